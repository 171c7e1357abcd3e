// The case list works without this script (plain links by country, status and year). With it, a
// box narrows the list as the visitor types, matching any part of a name, country or status.
(function () {
  'use strict';
  var box = document.querySelector('.case-filter');
  var input = document.getElementById('case-filter-input');
  var status = document.getElementById('case-filter-status');
  var items = Array.prototype.slice.call(document.querySelectorAll('#case-list .case-item'));
  if (!box || !input || !items.length) {
    return;
  }
  box.hidden = false;
  input.addEventListener('input', function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var text = item.getAttribute('data-search');
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      item.hidden = !match;
      if (match) { shown++; }
    });
    status.textContent = shown === 0 ? input.getAttribute('data-count') : '';
  });
})();

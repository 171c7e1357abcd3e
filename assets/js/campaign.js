// Campaign pages work without this script; it adds what only a script can do: copy the letter
// to the clipboard and open the print dialog. Buttons stay hidden when scripts do not run.
(function () {
  'use strict';

  document.querySelectorAll('.copy-button').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentNode.querySelector('.copy-status');
    if (!source || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent).then(function () {
        status.textContent = button.getAttribute('data-copied');
      });
    });
  });

  document.querySelectorAll('.print-button').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();

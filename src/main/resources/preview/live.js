// Preview only (never published): reloads the page when an edit changed it, and shows the
// build's problems over the page while the content has any.
(function () {
  'use strict';
  var overlay = null;
  var broken = false;

  function show(problems) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
        'background:#fff4f4;color:#600;border-bottom:4px solid #b00;padding:1em 1.5em;font:16px/1.5 sans-serif;' +
        'white-space:pre-wrap;box-shadow:0 4px 12px rgba(0,0,0,.3)';
      document.body.appendChild(overlay);
    }
    var title = document.documentElement.lang === 'ru'
      ? 'Сайт не обновлён: исправьте, пожалуйста:'
      : 'The site was not updated. Please fix:';
    overlay.textContent = title + '\n\n' + problems.join('\n');
  }

  var source = new EventSource('/__preview/events');
  source.onmessage = function (event) {
    var state = JSON.parse(event.data);
    if (state.problems.length > 0) {
      broken = true;
      show(state.problems);
      return;
    }
    var here = decodeURI(location.pathname);
    if (broken || state.changed.indexOf(here) >= 0) {
      location.reload();
    }
  };
})();

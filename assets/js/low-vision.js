// The low-vision switch in the header works without this script (CSS alone restyles the page
// while it is ticked); the script only remembers the choice from page to page, on this device.
(function () {
  'use strict';
  var box = document.getElementById('low-vision');
  if (!box) {
    return;
  }
  try {
    box.checked = localStorage.getItem('low-vision') === 'on';
    box.addEventListener('change', function () {
      localStorage.setItem('low-vision', box.checked ? 'on' : 'off');
    });
  } catch (e) {
    // Storage may be switched off; the switch then lasts for the page only.
  }
})();

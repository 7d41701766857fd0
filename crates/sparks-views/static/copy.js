// Copy buttons on the media pack: progressive enhancement. Without JavaScript the post text
// is there to select by hand; with it, each post gets a button that copies its text.
(function () {
  'use strict';
  if (!navigator.clipboard) return;
  document.querySelectorAll('[data-copy-target]').forEach(function (slot) {
    var source = document.getElementById(slot.getAttribute('data-copy-target'));
    if (!source) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = slot.getAttribute('data-copy-label');
    var status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'copy-status';
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        status.textContent = ' ' + slot.getAttribute('data-copied-label');
      });
    });
    slot.appendChild(button);
    slot.appendChild(status);
  });
})();

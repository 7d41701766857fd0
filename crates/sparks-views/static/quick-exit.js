// Quick exit, as progressive enhancement: the link already works without JavaScript. With
// it, Escape leaves too, and location.replace() takes this page out of the history so that
// the Back button does not bring it back.
(function () {
  "use strict";
  var link = document.getElementById("quick-exit");
  if (!link) {
    return;
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    window.location.replace(link.href);
  }
  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") {
      leave(event);
    }
  });
})();

// Quick exit, as progressive enhancement of GOV.UK's "Exit this page" pattern. The link
// (#quick-exit) already works without JavaScript; its href is the only place the destination
// is written, because the Content-Security-Policy allows no inline script to carry it.
// With JavaScript:
// - pressing Shift three times in a row leaves, from anywhere, even while typing: a key
//   nobody presses three times alone by accident, and one that never loses a word typed;
// - Escape leaves too (the help page has long said so), but not while the focus is in a
//   form field, where Escape belongs to the field and a reply being written must survive;
// - leaving uses location.replace(), which takes this page out of the history so that the
//   Back button does not bring it back.
(function () {
  "use strict";
  var link = document.getElementById("quick-exit");
  if (!link) {
    return;
  }
  // The three presses must come within this many milliseconds of the first, with no other
  // key in between: quick enough for someone in a hurry, too tight to happen by chance.
  var SHIFT_WINDOW_MS = 1500;
  var presses = 0;
  var firstPressAt = 0;
  // Whether the last key released was pressed with Shift held: Shift used to type a capital
  // letter is not a press of Shift on its own.
  var lastKeyWasShifted = false;

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    window.location.replace(link.href);
  }

  // Where Escape has a job of its own and leaving would throw away what was typed or chosen.
  function inField(element) {
    if (!element) {
      return false;
    }
    var tag = element.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || element.isContentEditable;
  }

  link.addEventListener("click", leave);

  // Counted on keyup, as GOV.UK does: holding Shift down repeats keydown but releases once.
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || lastKeyWasShifted) {
      presses = 0;
      lastKeyWasShifted = event.key !== "Shift" && event.shiftKey;
      return;
    }
    var now = Date.now();
    if (presses === 0 || now - firstPressAt > SHIFT_WINDOW_MS) {
      presses = 0;
      firstPressAt = now;
    }
    presses += 1;
    if (presses >= 3) {
      presses = 0;
      leave(event);
    }
  }, true);

  document.addEventListener("keydown", function (event) {
    if ((event.key === "Escape" || event.key === "Esc") && !inField(document.activeElement)) {
      leave(event);
    }
  });
})();

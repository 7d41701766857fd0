// Quick exit, as progressive enhancement of GOV.UK's "Exit this page" pattern. The link
// (#quick-exit) already works without JavaScript; its href is the only place the destination
// is written, because the Content-Security-Policy allows no inline script to carry it.
// With JavaScript:
// - pressing Shift three times in a row leaves, from anywhere, even while typing: a key
//   nobody presses three times alone by accident, and one that never loses a word typed;
// - Escape leaves too (the help page has long said so), but not while the focus is in a
//   form field, where Escape belongs to the field and a reply being written must survive;
// - leaving uses location.replace(), which takes this page out of the history so that the
//   Back button does not bring it back;
// - as GOV.UK does, each of the first two presses is announced to screen readers ("Shift,
//   press 2 more times to exit", then "1 more time") in a polite live region
//   (#quick-exit-status), so that someone who pressed Shift by chance knows what is counting.
//   The translated texts come from the region's data attributes; the region is emptied when
//   the count starts over, so a stale count is never read out.
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
  var status = document.getElementById("quick-exit-status");
  var clearStatusTimer = 0;

  // Says how many presses are left (2 or 1) in the live region until `forMs` have passed,
  // when the count ends with its window; 0 empties it. The text is written with textContent:
  // it comes from the page, but is never markup.
  function announce(left, forMs) {
    if (!status) {
      return;
    }
    window.clearTimeout(clearStatusTimer);
    var text = left === 2 ? status.getAttribute("data-press-two")
      : left === 1 ? status.getAttribute("data-press-one") : "";
    if (status.textContent !== (text || "")) {
      status.textContent = text || "";
    }
    if (left > 0) {
      clearStatusTimer = window.setTimeout(function () {
        announce(0);
      }, forMs);
    }
  }

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
      if (presses > 0) {
        announce(0);
      }
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
      announce(0);
      leave(event);
    } else {
      announce(3 - presses, firstPressAt + SHIFT_WINDOW_MS - now);
    }
  }, true);

  document.addEventListener("keydown", function (event) {
    if ((event.key === "Escape" || event.key === "Esc") && !inField(document.activeElement)) {
      leave(event);
    }
  });
})();

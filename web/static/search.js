// On a phone the results come first and the filters fold behind one control.
// Without this script the filters stay open below the results: nothing is lost.
(function () {
  "use strict";
  var filters = document.querySelector("details.filters");
  if (filters && window.matchMedia("(max-width: 760px)").matches) { filters.open = false; }
}());

// On a phone the results come first and the filters fold behind one control.
// Without this script the filters stay open below the results, and the link to them leads there.
(function () {
  "use strict";
  var filters = document.querySelector("details.filters");
  if (!filters) { return; }
  if (window.matchMedia("(max-width: 760px)").matches && location.hash !== "#filters") { filters.open = false; }
  // The link at the top of the results ("Filter by ...") opens them as it leads there.
  Array.prototype.forEach.call(document.querySelectorAll("a[href='#filters']"), function (link) {
    link.addEventListener("click", function () { filters.open = true; });
  });
}());

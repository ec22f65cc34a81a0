// A timeline is one stop for the keyboard (a roving tabindex): Tab enters the chart at one bar and
// leaves it at the next, the arrow keys (and Home, End) move between the years that have statements,
// Enter follows the bar's link. Without this script every bar is a stop of its own: nothing is lost.
(function () {
  "use strict";
  var KEYS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  Array.prototype.forEach.call(document.querySelectorAll("figure.timeline svg"), function (chart) {
    var bars = Array.prototype.slice.call(chart.querySelectorAll("a[href]"));
    if (bars.length < 2) { return; }
    function choose(chosen) {
      bars.forEach(function (bar) { bar.setAttribute("tabindex", bar === chosen ? "0" : "-1"); });
    }
    choose(bars[0]);
    // Chromium makes the chart itself a stop once its bars have a tabindex: it is not one.
    chart.setAttribute("tabindex", "-1");
    var caption = chart.closest("figure").querySelector("figcaption");
    if (caption) { caption.appendChild(document.createTextNode(" Arrow keys move between bars.")); }
    chart.addEventListener("focusin", function (event) {
      if (bars.indexOf(event.target) !== -1) { choose(event.target); }
    });
    chart.addEventListener("keydown", function (event) {
      var at = bars.indexOf(event.target);
      if (at === -1) { return; }
      var to = event.key === "Home" ? 0 : event.key === "End" ? bars.length - 1
        : event.key in KEYS ? Math.min(bars.length - 1, Math.max(0, at + KEYS[event.key])) : -1;
      if (to === -1) { return; }
      event.preventDefault();
      choose(bars[to]);
      bars[to].focus();
    });
  });
}());

// Hit navigation for the reading view: Previous/Next buttons and the keys
// n (next) and p (previous). The page works without it: marks have ids and
// the hit bar links to the first and the last.
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll(".body mark[id^='hit-']"));
  var bar = document.querySelector(".hitnav");
  var current = -1;

  function show(index) {
    if (!marks.length) { return; }
    current = (index + marks.length) % marks.length;
    marks.forEach(function (mark) { mark.classList.remove("current"); });
    var mark = marks[current];
    mark.classList.add("current");
    mark.scrollIntoView({block: "center"});
    if (history.replaceState) { history.replaceState(null, "", "#" + mark.id); }
    var counter = bar.querySelector(".counter");
    counter.textContent = "Hit " + (current + 1) + " of " + marks.length;
  }

  if (bar && marks.length) {
    var previous = document.createElement("button");
    previous.type = "button";
    previous.className = "previous-hit";
    previous.textContent = "Previous hit";
    var next = document.createElement("button");
    next.type = "button";
    next.className = "next-hit";
    next.textContent = "Next hit";
    // Before any hit is current, "previous" is the last hit and "next" the first.
    function step(delta) { show(current < 0 ? (delta > 0 ? 0 : marks.length - 1) : current + delta); }
    previous.addEventListener("click", function () { step(-1); });
    next.addEventListener("click", function () { step(1); });
    bar.appendChild(previous);
    bar.appendChild(next);
    var start = marks.findIndex(function (mark) { return "#" + mark.id === location.hash; });
    if (start >= 0) { show(start); }
    document.addEventListener("keydown", function (event) {
      var target = event.target.tagName;
      if (target === "INPUT" || target === "TEXTAREA" || event.ctrlKey || event.metaKey || event.altKey) { return; }
      if (event.key === "n" || event.key === "j") { step(1); event.preventDefault(); }
      if (event.key === "p" || event.key === "k") { step(-1); event.preventDefault(); }
    });
  }

  var copy = document.querySelector("button.copy");
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      var text = document.getElementById(copy.dataset.copy).textContent;
      navigator.clipboard.writeText(text).then(function () { copy.textContent = "Copied"; });
    });
  }
}());

// The search box's first script, loaded by every page: it stays small and
// loads the search itself (search-ui.js, beside it) the first time the
// box is focused, pressed or typed in. Keys typed before it arrives stay
// in the box, and search-ui.js searches them at once.

var me = document.currentScript;
var form = document.querySelector("[data-search-box]");
var input = form && form.querySelector("input[name=q]");
if (me && me.src && input) {
  var events = ["focus", "pointerdown", "input"];
  var start = function () {
    events.forEach(function (t) { input.removeEventListener(t, start); });
    var s = document.createElement("script");
    s.src = new URL("search-ui.js", me.src).href;
    document.head.appendChild(s);
  };
  events.forEach(function (t) { input.addEventListener(t, start); });
  if (document.activeElement === input) {
    start();
  }
}

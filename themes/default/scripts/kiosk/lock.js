// Nothing leaves the kiosk: no menu, no selection, no zoom, no link
// followed.

export function lock() {
  function stop(e) {
    e.preventDefault();
  }
  ["contextmenu", "selectstart", "dragstart", "gesturestart", "gesturechange", "dblclick"].forEach(function (t) {
    document.addEventListener(t, stop, { capture: true });
  });
  document.addEventListener("wheel", function (e) {
    if (e.ctrlKey) {
      e.preventDefault();
    }
  }, { capture: true, passive: false });
  document.addEventListener("touchmove", function (e) {
    if (e.touches && e.touches.length > 1) {
      e.preventDefault();
    }
  }, { capture: true, passive: false });
  document.addEventListener("keydown", function (e) {
    if ((e.ctrlKey || e.metaKey) && /^[-+=0sSpPoO]$/.test(e.key)) {
      e.preventDefault();
    }
  }, { capture: true });
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href]");
    if (a) {
      e.preventDefault();
    }
  }, { capture: true });
}

// Offline over HTTP: the service worker (kiosk/sw.js) keeps every file a
// kiosk needs.

import { root } from "../lib/load.js";

// offline registers the service worker of the kiosk of showroom slug (""
// for the whole catalog), scoped to that kiosk's own folder so that two
// kiosks opened in one browser keep a worker and a cache each, and calls
// onUpdate when a new build of that same worker takes over from the one
// the page runs (not when the page first comes under a worker, nor when
// another kiosk's worker hands it over).
export function offline(slug, onUpdate) {
  if ((location.protocol !== "http:" && location.protocol !== "https:") || !navigator.serviceWorker) {
    return;
  }
  var sw = navigator.serviceWorker;
  var script = function () { return sw.controller ? sw.controller.scriptURL : ""; };
  var had = script();
  sw.register(root + "kiosk/sw.js?k=" + encodeURIComponent(slug || ""), { scope: root + "kiosk/" + (slug ? slug + "/" : "") })
    .then(function (reg) {
      setInterval(function () { reg.update().catch(function () {}); }, 30 * 60 * 1000);
    }).catch(function () {});
  sw.addEventListener("controllerchange", function () {
    var now = script();
    if (had && now === had) {
      onUpdate();
    }
    had = now;
  });
}

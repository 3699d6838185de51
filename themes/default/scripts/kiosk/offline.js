// Offline over HTTP: the service worker (kiosk/sw.js) keeps every file a
// kiosk needs.

import { root } from "../lib/load.js";

// offline registers the service worker of the kiosk of showroom slug (""
// for the whole catalog) and calls onUpdate when a new build takes over
// from the one the page runs.
export function offline(slug, onUpdate) {
  if ((location.protocol !== "http:" && location.protocol !== "https:") || !navigator.serviceWorker) {
    return;
  }
  var had = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.register(root + "kiosk/sw.js?k=" + encodeURIComponent(slug || ""), { scope: root + "kiosk/" })
    .then(function (reg) {
      setInterval(function () { reg.update().catch(function () {}); }, 30 * 60 * 1000);
    }).catch(function () {});
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (had) {
      onUpdate();
    }
    had = true;
  });
}

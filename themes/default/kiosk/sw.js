// Service worker of the showroom kiosks (kiosk/ and kiosk/<showroom>/).
//
// On install it caches every file its kiosk needs (the kiosk named by
// ?k= in its own address; "" is the whole catalog): the page, data.js and
// the detail files, the scripts and styles, the images shown, and the
// search index. Pages are fetched from the network first and from the
// cache when the network fails; every other file of the site comes from
// the cache first. The cache's name holds a hash of all these files, so a
// new build installs a new cache and deletes the old ones; the page
// reloads itself when that happens while nobody is using it.
//
// The build replaces the marker below with the lists ("v", "common",
// "kiosks"); paths are relative to the site root.
"use strict";
var KIOSK = /*OCOP_KIOSK*/null;
var ROOT = new URL("../", self.location.href).href;
var SLUG = new URL(self.location.href).searchParams.get("k") || "";
// One cache per kiosk ("ocop-kiosk:<slug>:<version>"): a build replaces
// its own kiosk's cache and leaves the other kiosks' caches alone.
var CACHE = "ocop-kiosk:" + SLUG + ":" + KIOSK.v;
var FILES = KIOSK.common.concat(KIOSK.kiosks[SLUG] || KIOSK.kiosks[""] || []);
var PAGE = ROOT + (KIOSK.kiosks[SLUG] ? KIOSK.kiosks[SLUG][0] : "kiosk/");

self.addEventListener("install", function (e) {
  e.waitUntil(caches.open(CACHE).then(function (c) {
    return c.addAll(FILES.map(function (p) { return new Request(ROOT + p, { cache: "reload" }); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (e) {
  e.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      // This kiosk's older caches, and caches named the way builds
      // before one cache per kiosk named them ("ocop-kiosk-…").
      return (n.lastIndexOf("ocop-kiosk:" + SLUG + ":", 0) === 0 && n !== CACHE) ||
        n.lastIndexOf("ocop-kiosk-", 0) === 0;
    }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function fromCache(req) {
  return caches.open(CACHE).then(function (c) {
    return c.match(req, { ignoreSearch: true });
  });
}

self.addEventListener("fetch", function (e) {
  var req = e.request;
  if (req.method !== "GET" || req.url.lastIndexOf(ROOT, 0) !== 0) {
    return;
  }
  if (req.mode === "navigate") {
    e.respondWith(fetch(req).then(function (res) {
      if (!res.ok) {
        throw new Error(String(res.status));
      }
      return res;
    }).catch(function () {
      return fromCache(req).then(function (hit) {
        return hit || fromCache(PAGE);
      }).then(function (hit) {
        return hit || Response.error();
      });
    }));
    return;
  }
  e.respondWith(fromCache(req).then(function (hit) {
    if (hit) {
      return hit;
    }
    return fetch(req).then(function (res) {
      if (res.ok && res.type === "basic") {
        var copy = res.clone();
        caches.open(CACHE).then(function (c) { c.put(req.url.split("?")[0], copy); });
      }
      return res;
    });
  }));
});

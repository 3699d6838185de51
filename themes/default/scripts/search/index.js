// The index in the browser: the files under search/ are classic scripts
// that call ocopSearch.add(type, key, data), loaded on demand with
// <script> elements; store holds what they gave.

import { root, fileMode, loadScript } from "../lib/load.js";
import { alphabet } from "./codec.js";

// store holds the manifest (i), the word and description shards by key
// (w, t), the facets (f) and the display chunks by "lang/n" (d).
export var store = { i: null, w: {}, t: {}, f: null, d: {} };
// pending holds the loads asked for, by path.
export var pending = {};

// add takes the data of one index file.
export function add(type, key, data) {
  if (type === "i" || type === "f") {
    store[type] = data;
  } else if (store[type]) {
    store[type][key] = data;
  }
}

// load loads the index file at path (from the site root) once; with the
// manifest loaded, over HTTP, its hash names the version.
export function load(path) {
  if (!pending[path]) {
    pending[path] = loadScript(root + path + (fileMode || !store.i ? "" : "?v=" + store.i.h));
  }
  return pending[path];
}
export function loadAll(paths) {
  return Promise.all(paths.map(load));
}

// boot loads the manifest and resolves to it, with what the engine
// derives from it once: the counts by kind, the shard and bundle numbers
// and the page's language.
export function boot() {
  return load("search/i.js").then(function () {
    var I = store.i;
    if (!I || I.v !== 1 || !I.a || !I.rk) {
      throw new Error("search index");
    }
    if (!I.n0) {
      alphabet(I.a);
      I.n0 = I.n[0];
      I.n1 = I.n[0] + I.n[1];
      I.N = I.n1 + I.n[2];
      I.wi = indexOf(I.w);
      I.ti = indexOf(I.t);
      I.wbi = indexOf(I.wb || []);
      I.tbi = indexOf(I.tb || []);
      I.wbn = members(I.w, I.wbi);
      I.tbn = members(I.t, I.tbi);
      I.li = Math.max(0, I.l.indexOf(document.documentElement.lang));
    }
    return I;
  });
}
// ready returns the manifest when boot has read it, else null.
export function ready() {
  var I = store.i;
  return I && I.wi ? I : null;
}
// members counts the shard keys of each bundle of bi.
function members(keys, bi) {
  var n = [];
  keys.forEach(function (k) {
    var b = bundleOf(bi, k);
    if (b !== undefined) {
      n[b] = (n[b] || 0) + 1;
    }
  });
  return n;
}
// bundleOf returns the bundle that holds shard key k, if any.
export function bundleOf(bi, k) {
  return k.indexOf(" ") < 0 ? bi.get(Array.from(k).slice(0, 2).join("")) : undefined;
}
function indexOf(keys) {
  var m = new Map();
  keys.forEach(function (k, i) { m.set(k, i); });
  return m;
}

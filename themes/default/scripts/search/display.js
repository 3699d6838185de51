// What results show: the display chunks (search/<lang>/<n>.js) give each
// record's name, picture and line under the name.

import { root, fileMode } from "../lib/load.js";
import { tokens } from "./fold.js";
import { store } from "./index.js";
import { kindOf, unpack } from "./facets.js";

// chunkPath is the display chunk of record d in language li (an index of
// I.l; the page's language without it).
export function chunkPath(I, d, li) {
  return "search/" + I.l[li === undefined ? I.li : li] + "/" + Math.floor(d / I.c) + ".js";
}
// chunksFor returns the display chunks of ids not loaded yet.
export function chunksFor(I, ids, li) {
  var ps = [];
  for (var i = 0; i < ids.length; i++) {
    var p = chunkPath(I, ids[i], li);
    if (ps.indexOf(p) < 0 && !store.d[p.slice(7, -3)]) {
      ps.push(p);
    }
  }
  return ps;
}
// record returns what a result shows of record d, in language li (the
// page's without it), or null while its chunk is not loaded.
export function record(I, d, li) {
  if (li === undefined) {
    li = I.li;
  }
  var c = store.d[I.l[li] + "/" + Math.floor(d / I.c)];
  var rec = c && c[d % I.c];
  if (!rec) {
    return null;
  }
  var kind = kindOf(I, d), fx = unpack(I, rec[1]);
  var name = rec[0], slug = rec[3] || simpleSlug(name), img = rec[4] || "";
  if (!img) {
    img = fx.g ? I.g[fx.g - 1].i : I.ph[kind === 2 ? 1 : 0];
  } else if (img.charAt(0) === "/") {
    img = img.slice(1);
  } else {
    img = I.sec[kind][0] + slug + "/" + img;
  }
  return {
    d: d, kind: kind, name: name, vi: rec[5] === 1, expired: rec[6] === 1, sub: rec[2] || "", shops: rec[7] || [],
    href: link(I.sec[kind][li] + slug + "/"), img: root + img, placeholder: !rec[4],
    g: fx.g, s: fx.s, dist: fx.d, k: fx.k
  };
}
function simpleSlug(name) {
  return tokens(name).map(function (t) { return t.f; }).join("-");
}
// link is the address of the page at path from the site root.
export function link(path) {
  return root + path + (fileMode ? "index.html" : "");
}
// label is the name of facet value i (from 1) of list, in the page's
// language.
export function label(list, i, I) {
  var f = i > 0 && list[i - 1];
  return f ? f.n[I.li] || f.n[0] : "";
}
// searchURL is the search page's address for query q.
export function searchURL(I, q) {
  return link(I.sp[I.li]) + (q ? "?q=" + encodeURIComponent(q).replace(/%20/g, "+") : "");
}

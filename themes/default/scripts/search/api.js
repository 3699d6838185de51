// window.ocopSearch: what the index files call (add) and what other
// scripts, the kiosk and tests search with.

import { fold, tokens } from "./fold.js";
import { add, boot, loadAll } from "./index.js";
import { parse, words1, shards, shardPaths, ranked } from "./rank.js";
import { facetData, filter, narrow } from "./facets.js";
import { record, chunksFor } from "./display.js";

// search resolves to the record numbers query q finds, best first, and
// whether they are partial (no record has every word). Filters narrow
// them: type (product, producer, site), and the IDs of group, district,
// kind and showroom, stars as a number; text: false searches names,
// places, groups and tags only, not descriptions. A query of a single
// letter finds nothing.
function search(q, filters) {
  var f = filters || {};
  return boot().then(function (I) {
    var terms = words1(parse(String(q || "")));
    if (!terms.length) {
      return { ids: new Int32Array(0), partial: false };
    }
    var sh = shards(I, terms), text = f.text !== false;
    var facetsNeeded = !!(f.group || f.stars || f.district || f.kind || f.showroom);
    var paths = shardPaths(I, sh, text);
    if (facetsNeeded) {
      paths.push("search/f.js");
    }
    return loadAll(paths).then(function () {
      var r = ranked(I, terms, sh, text);
      var st = { type: f.type || "", group: f.group || "", stars: f.stars ? String(f.stars) : "",
        district: f.district || "", kind: f.kind || "", showroom: f.showroom || "" };
      if (!st.type && !facetsNeeded) {
        return { ids: r.ids, partial: r.partial };
      }
      if (facetsNeeded && !facetData(I)) {
        throw new Error("search facets");
      }
      return { ids: narrow(I, r, filter(I, st), "").ids, partial: r.partial };
    });
  });
}

// records resolves to what results show of the records ids, in language
// lang (the page's without it): name (n), kind (0 product, 1 producer,
// 2 site), address (href), picture (img), the line under the name (sub).
function records(ids, lang) {
  return boot().then(function (I) {
    var li = lang ? I.l.indexOf(lang) : I.li;
    if (li < 0) {
      li = I.li;
    }
    var list = Array.prototype.slice.call(ids);
    return loadAll(chunksFor(I, list, li)).then(function () {
      return list.map(function (d) {
        var r = record(I, d, li);
        return r && { d: d, n: r.name, kind: r.kind, href: r.href, img: r.img, sub: r.sub, vi: r.vi, s: r.s };
      });
    });
  });
}

// install puts the engine of this script on window.ocopSearch.
export function install() {
  window.ocopSearch = {
    add: add,
    ready: function () { return boot(); },
    find: search,
    records: records,
    tokens: tokens,
    fold: fold
  };
  return window.ocopSearch;
}

// One search: load the shards a query needs, then rank.

import { boot, ready, loadAll } from "./index.js";
import { parse, shards, shardPaths, ranked, has } from "./rank.js";

// find runs query q. When text is false it stops at the word shards
// unless they give nothing. It resolves to the ranking and the terms,
// with text set when descriptions were searched.
export function find(q, text) {
  return boot().then(function (I) {
    var terms = parse(q);
    if (!terms.length) {
      return { I: I, terms: terms, ids: new Int32Array(0), tier: null, text: true };
    }
    var sh = shards(I, terms);
    return loadAll(shardPaths(I, sh, text)).then(function () {
      if (!text) {
        var r = ranked(I, terms, sh, false);
        if (r.ids.length) {
          return r;
        }
      }
      return loadAll(shardPaths(I, sh, true)).then(function () {
        return ranked(I, terms, sh, true);
      });
    });
  });
}
// cached returns the ranking of q at once when every shard it needs
// (descriptions included) has loaded, else null.
export function cached(q) {
  var I = ready();
  if (!I) {
    return null;
  }
  var terms = parse(q);
  if (!terms.length) {
    return { I: I, terms: terms, ids: new Int32Array(0), tier: null, text: true };
  }
  var sh = shards(I, terms);
  if (!has("w", sh.w) || !has("t", sh.t)) {
    return null;
  }
  return ranked(I, terms, sh, true);
}

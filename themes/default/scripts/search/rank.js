// Ranking, the same as the Go half of the ranking vectors
// (internal/search/testdata/rank): the points of each kind of match, the
// weight of each field and the field of descriptions come from the
// manifest's rk (search.Ranking), set by rank before it runs.

import { tokens, runes, END_RE } from "./fold.js";
import { store, pending, bundleOf } from "./index.js";
import { list } from "./codec.js";

var WEIGHTS, TEXT, EXACT, PREFIX, FUZZY, ADJACENT;

// use takes the numbers of the manifest's ranking.
function use(rk) {
  WEIGHTS = rk.w; TEXT = rk.t;
  EXACT = rk.e; PREFIX = rk.p; FUZZY = rk.f; ADJACENT = rk.j;
}

// parse splits a query into terms: folded f, toned t, marked m (typed
// with marks), prefix p (the last word, still being typed). The terms of
// the last query are kept, as a key parses it more than once; they are
// not to be changed.
var parsed = { q: null, terms: null };
export function parse(q) {
  if (parsed.q !== q) {
    parsed.terms = parse1(q);
    parsed.q = q;
  }
  return parsed.terms;
}
function parse1(q) {
  var terms = tokens(q).map(function (t) {
    return { f: t.f, t: t.t, m: t.f !== t.t, p: false };
  });
  if (terms.length && END_RE.test(q)) {
    var last = terms[terms.length - 1];
    if (runes(last.f) >= 2) {
      last.p = true;
    } else if (terms.length > 1) {
      terms.pop();
    }
  }
  return terms;
}
// words1 leaves out a query of a single letter, which would match
// almost everything: results start at two.
export function words1(terms) {
  return terms.length === 1 && runes(terms[0].f) < 2 ? [] : terms;
}
export function shardFor(keys, w) {
  var best = "";
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (k.length > best.length && w.lastIndexOf(k, 0) === 0) {
      best = k;
    }
  }
  return best;
}
// shardsOf returns the shards of word among keys, and with prefix those
// of every word it begins; a single word's completions are never in a
// shard of pairs. They are kept, as typing asks for the same words again
// at every key.
var shardsKept = new Map();
export function shardsOf(keys, type, word, prefix) {
  var id = type + (prefix ? "+" : "=") + word, out = shardsKept.get(id);
  if (out) {
    return out;
  }
  out = [];
  var k = shardFor(keys, word), single = word.indexOf(" ") < 0;
  if (k) {
    out.push(k);
  }
  if (prefix) {
    keys.forEach(function (k) {
      if (k.lastIndexOf(word, 0) === 0 && out.indexOf(k) < 0 && !(single && k.indexOf(" ") >= 0)) {
        out.push(k);
      }
    });
  }
  if (shardsKept.size > 1000) {
    shardsKept.clear();
  }
  shardsKept.set(id, out);
  return out;
}
// shards returns the word and description shards terms need.
export function shards(I, terms) {
  var w = [], t = [];
  // add adds the shards of word to dst.
  function add(keys, dst, word, prefix) {
    var ks = shardsOf(keys, dst === w ? "w" : "t", word, prefix);
    for (var i = 0; i < ks.length; i++) {
      if (dst.indexOf(ks[i]) < 0) {
        dst.push(ks[i]);
      }
    }
  }
  terms.forEach(function (tm, i) {
    add(I.w, w, tm.f, tm.p);
    add(I.t, t, tm.f, tm.p);
    if (i + 1 < terms.length) {
      add(I.w, w, tm.f + " " + terms[i + 1].f, terms[i + 1].p);
    }
  });
  return { w: w, t: t };
}
// shardPaths returns the files that hold the shards of sh not loaded
// yet, the descriptions' too when text is set.
export function shardPaths(I, sh, text) {
  var ps = paths(I, "w", sh.w);
  return text ? ps.concat(paths(I, "t", sh.t)) : ps;
}
// paths returns the files for the shards keys of a type: a bundle when
// keys need every shard it holds, none of them loaded (the first two
// letters of a word being typed need them all), else each shard's file.
export function paths(I, type, keys) {
  var idx = I[type + "i"], bi = I[type + "bi"], bn = I[type + "bn"], out = [], by = new Map();
  function put(p) {
    if (out.indexOf(p) < 0) {
      out.push(p);
    }
  }
  keys.forEach(function (k) {
    if (store[type][k]) {
      return;
    }
    var b = bundleOf(bi, k);
    var own = "search/" + type + "/" + idx.get(k) + ".js";
    if (b === undefined) {
      put(own);
      return;
    }
    var bp = "search/" + type + "b/" + b + ".js";
    if (pending[bp]) {
      put(bp);
      return;
    }
    var l = by.get(bp);
    if (!l) {
      by.set(bp, l = []);
      l.b = b;
    }
    l.push(own);
  });
  by.forEach(function (l, bp) {
    if (l.length === bn[l.b]) {
      put(bp);
    } else {
      l.forEach(put);
    }
  });
  return out;
}
export function has(type, keys) {
  return keys.every(function (k) { return store[type][k]; });
}
// words returns the words of the given loaded shards.
var wordLists = { w: {}, t: {} };
export function words(type, keys) {
  var out = [];
  keys.forEach(function (k) {
    var ws = wordLists[type][k];
    if (!ws) {
      if (!store[type][k]) {
        return;
      }
      ws = wordLists[type][k] = Object.keys(store[type][k]);
    }
    for (var i = 0; i < ws.length; i++) {
      out.push(ws[i]);
    }
  });
  return out;
}
function oneEdit(a, b) {
  var x = Array.from(a), y = Array.from(b), t;
  if (x.length < y.length) {
    t = x; x = y; y = t;
  }
  if (x.length - y.length > 1) {
    return false;
  }
  var i = 0;
  while (i < y.length && x[i] === y[i]) {
    i++;
  }
  if (x.length === y.length) {
    if (i === x.length) {
      return false;
    }
    if (x.slice(i + 1).join("") === y.slice(i + 1).join("")) {
      return true;
    }
    return i + 1 < x.length && x[i] === y[i + 1] && x[i + 1] === y[i] &&
      x.slice(i + 2).join("") === y.slice(i + 2).join("");
  }
  return x.slice(i + 1).join("") === y.slice(i).join("");
}
// candidates returns the words of the index a term matches, with their
// points: the word, completions of the last word, or else words one
// edit away.
function candidates(I, type, ws, t) {
  var out = [];
  if (t.p) {
    ws.forEach(function (k) {
      if (k.lastIndexOf(t.f, 0) === 0 && k.indexOf(" ") < 0) {
        out.push({ k: k, p: k === t.f ? EXACT : PREFIX });
      }
    });
  } else if (lookup(type, I, t.f) !== undefined) {
    out.push({ k: t.f, p: EXACT });
  }
  if (out.length || runes(t.f) < 3) {
    return out;
  }
  ws.forEach(function (k) {
    if (k.indexOf(" ") < 0 && oneEdit(k, t.f)) {
      out.push({ k: k, p: FUZZY });
    }
  });
  return out;
}
function quality(c, toned, t) {
  if (!toned) {
    toned = c.k;
  }
  var p = c.p;
  if (t.m) {
    var ok = toned === t.t;
    if (c.p !== EXACT || t.p) {
      ok = c.p !== FUZZY && toned.lastIndexOf(t.t, 0) === 0;
    }
    if (!ok) {
      p--;
    }
  }
  return p;
}
// lookup returns the entry of word w in the loaded shards of a type.
export function lookup(type, I, w) {
  var m = store[type][shardFor(type === "w" ? I.w : I.t, w)];
  return m && Object.prototype.hasOwnProperty.call(m, w) ? m[w] : undefined;
}

// rank scores every record for terms with the loaded shards sh, the
// descriptions included when text is set. It returns the records in
// order (tier, score, number) and the tier of each: 1 every word in a
// name, place, group or tag; 2 some only in a description; 3 some words
// missing (only when no record has them all).
export function rank(I, terms, sh, text) {
  use(I.rk);
  var n = I.N, T = terms.length, i, j, d;
  var ww = words("w", sh.w), tw = text ? words("t", sh.t) : null;
  var bw = [], bt = [];
  for (i = 0; i < T; i++) {
    var t = terms[i], a = scratch(2 * i, n), b = scratch(2 * i + 1, n);
    bw.push(a);
    bt.push(b);
    candidates(I, "w", ww, t).forEach(function (c) {
      var vs = lookup("w", I, c.k);
      for (var j = 0; j + 1 < vs.length; j += 2) {
        var q = quality(c, vs[j], t), segs = vs[j + 1].split(" ");
        for (var s = 0; s < segs.length; s++) {
          var pts = WEIGHTS[segs[s].charCodeAt(0) - 48] * q, l = list(segs[s].slice(1));
          for (var x = 0; x < l.length; x++) {
            if (a[l[x]] < pts) {
              a[l[x]] = pts;
            }
          }
        }
      }
    });
    if (text) {
      candidates(I, "t", tw, t).forEach(function (c) {
        var vs = lookup("t", I, c.k);
        for (var j = 0; j + 1 < vs.length; j += 2) {
          var pts = WEIGHTS[TEXT] * quality(c, vs[j], t), l = list(vs[j + 1]);
          for (var x = 0; x < l.length; x++) {
            if (b[l[x]] < pts) {
              b[l[x]] = pts;
            }
          }
        }
      });
    }
  }
  var adj = scratch(-1, n);
  for (i = 0; i + 1 < T; i++) {
    var pair = terms[i].f + " " + terms[i + 1].f, next = terms[i + 1].p;
    var bonus = scratch(-2, n);
    ww.forEach(function (k) {
      if (k === pair || next && k.lastIndexOf(pair, 0) === 0) {
        var segs = lookup("w", I, k).split(" ");
        for (var s = 0; s < segs.length; s++) {
          var pts = WEIGHTS[segs[s].charCodeAt(0) - 48] * ADJACENT, l = list(segs[s].slice(1));
          for (var x = 0; x < l.length; x++) {
            if (bonus[l[x]] < pts) {
              bonus[l[x]] = pts;
            }
          }
        }
      }
    });
    for (d = 0; d < n; d++) {
      adj[d] += bonus[d];
    }
  }
  var keys = [], tier = new Int8Array(n), most = 0, found, sum, tr, v;
  for (d = 0; d < n; d++) {
    sum = adj[d];
    found = 0;
    tr = 1;
    for (j = 0; j < T; j++) {
      v = bw[j][d];
      if (bt[j][d] > v) {
        v = bt[j][d];
        if (bw[j][d] === 0) {
          tr = 2;
        }
      }
      if (v > 0) {
        found++;
      }
      sum += v;
    }
    if (found === T) {
      tier[d] = tr;
      keys.push(sortKey(tr, sum, d));
    } else if (found > 0 && text && T > 1 && found > most) {
      most = found;
    }
  }
  if (!keys.length && most > 0) {
    for (d = 0; d < n; d++) {
      sum = adj[d];
      found = 0;
      for (j = 0; j < T; j++) {
        v = Math.max(bw[j][d], bt[j][d]);
        if (v > 0) {
          found++;
          sum += v;
        }
      }
      if (found === most) {
        tier[d] = 3;
        keys.push(sortKey(3, sum, d));
      }
    }
  }
  var ks = Float64Array.from(keys).sort(), ids = new Int32Array(ks.length);
  for (i = 0; i < ks.length; i++) {
    ids[i] = ks[i] % 2097152;
  }
  return { ids: ids, tier: tier, partial: ids.length > 0 && tier[ids[0]] === 3 };
}
// scratch returns a zeroed array of n scores, reused from search to
// search so that typing makes little garbage.
var scratches = new Map();
function scratch(id, n) {
  var a = scratches.get(id);
  if (!a || a.length !== n) {
    a = new Int32Array(n);
    scratches.set(id, a);
  } else {
    a.fill(0);
  }
  return a;
}
function sortKey(tier, score, d) {
  return (tier * 1048576 + (1048575 - score)) * 2097152 + d;
}

// ranked is rank, with what it was made from (I, terms, text, sh), keeping
// the last rankings made: a key often asks for the ranking that reading
// ahead made.
var rankings = [];
export function ranked(I, terms, sh, text) {
  var id = (text ? "t" : "w") + terms.map(function (t) { return t.f + "/" + t.t + "/" + t.m + "/" + t.p; }).join(" ") +
    "|" + sh.w.filter(function (k) { return store.w[k]; }).length + "/" + (text ? sh.t.filter(function (k) { return store.t[k]; }).length : "");
  for (var i = 0; i < rankings.length; i++) {
    if (rankings[i].id === id) {
      return rankings[i].r;
    }
  }
  var r = rank(I, terms, sh, text);
  r.I = I; r.terms = terms; r.text = text; r.sh = sh;
  rankings.unshift({ id: id, r: r });
  rankings.length = Math.min(rankings.length, 4);
  return r;
}

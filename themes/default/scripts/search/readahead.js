// Reading ahead: while a visitor types, the word shards the next key most
// likely needs, judged from the catalog's own words and word pairs.

import { tokens, runes, END_RE } from "./fold.js";
import { store, loadAll } from "./index.js";
import { parse, shardFor, shardsOf, shards, shardPaths, paths, has, words, lookup, ranked } from "./rank.js";
import { afterPaint } from "../lib/dom.js";

// guess returns the terms of the query the next key most likely makes:
// the last word with one more letter, the letter that the catalog's
// words (after the word before it, from the pairs of adjacent words)
// most often have there, counted by their records; or, when the word
// most often ends there, the word whole, as a space would make it. It
// reads only loaded shards, and returns null when q does not end in a
// word or when nothing is known.
function guess(I, q) {
  var ts = END_RE.test(q) ? tokens(q) : [], n = ts.length;
  if (!n) {
    return null;
  }
  var last = ts[n - 1], stem = n > 1 ? ts[n - 2].f + " " + last.f : last.f, pair = n > 1;
  // A word typed with marks counts only the spellings that begin so.
  var marked = !pair && last.t !== last.f;
  var keys = shardsOf(I.w, "w", stem, true), by = new Map(), tops = new Map(), best = null, most = 0;
  for (var s = 0; s < keys.length; s++) {
    var m = store.w[keys[s]], ws = words("w", [keys[s]]);
    for (var i = 0; i < ws.length; i++) {
      var k = ws[i];
      if (k.lastIndexOf(stem, 0) !== 0 || !pair && k.indexOf(" ") >= 0) {
        continue;
      }
      var e = m[k], c = 0;
      if (typeof e === "string") {
        c = e.length;
      } else {
        for (var j = 0; j + 1 < e.length; j += 2) {
          if (!marked || (e[j] || k).lastIndexOf(last.t, 0) === 0) {
            c += e[j + 1].length;
          }
        }
      }
      if (!c) {
        continue;
      }
      var next = k.length > stem.length ? Array.from(k.slice(stem.length))[0] : "";
      if (next === " ") {
        next = "";
      }
      var top = tops.get(next);
      if (!top || c > top.c) {
        tops.set(next, { k: k, c: c });
      }
      c += by.get(next) || 0;
      by.set(next, c);
      if (c > most) {
        most = c;
        best = next;
      }
    }
  }
  var terms = parse(q).slice(), word = last.f + best;
  if (best === null || best === "" && (runes(word) < 2 || !terms.length)) {
    return null;
  }
  if (runes(last.f) >= 2 || n === 1) {
    // parse keeps the last word but for a single letter after others.
    terms.pop();
  }
  if (best === "") {
    // The word most often ends here: the next key is likely a space.
    terms.push({ f: word, t: last.t, m: last.t !== word, p: false });
    return terms;
  }
  var whole = tops.get(best).k;
  terms.push({ f: word, t: last.t + best, m: last.t + best !== word, p: true });
  terms.typed = last.t;
  terms.word = pair ? whole.slice(whole.indexOf(" ") + 1) : whole;
  terms.marks = ts.some(function (t) { return t.f !== t.t; });
  return terms;
}
// tone spells the last of the terms guess made as the reader would
// type it: when they type marks, as the commonest spelling of the word
// guess expects that starts as they typed; else unmarked. It reads
// only loaded shards.
function tone(I, terms) {
  var last = terms[terms.length - 1], e = terms.marks ? lookup("w", I, terms.word) : null;
  var l = runes(last.f), best = "", most = 0;
  for (var j = 0; Array.isArray(e) && j + 1 < e.length; j += 2) {
    var v = Array.from(e[j] || terms.word).slice(0, l).join("");
    if (v.lastIndexOf(terms.typed, 0) === 0 && e[j + 1].length > most) {
      most = e[j + 1].length;
      best = v;
    }
  }
  if (best) {
    terms[terms.length - 1] = { f: last.f, t: best, m: best !== last.f, p: true };
  }
  return terms;
}
// readAhead loads, once a key's results are painted, the word shards of
// the query guess expects next, ranks it (descriptions too when they
// are loaded, unless wordsOnly) and hands the ranking to show, which
// loads what its first rows show. The ranking is kept for the next key
// (see ranked). A wrong guess costs a shard file and a ranking, made
// while the reader is between keys.
export function readAhead(I, q, wordsOnly, current, show) {
  afterPaint().then(function () {
    var ts = END_RE.test(q) ? tokens(q) : [], n = ts.length, k = "";
    if (current() && n > 1 && runes(ts[n - 1].f) === 1) {
      // The pairs of the word before the new word's first letter.
      k = shardFor(I.w, ts[n - 2].f + " " + ts[n - 1].f);
    }
    return current() && loadAll(k ? paths(I, "w", [k]) : []);
  }).then(function () {
    var terms = current() && guess(I, q);
    if (!terms) {
      return null;
    }
    var sh = shards(I, terms);
    return loadAll(shardPaths(I, sh, false)).then(function () {
      if (current()) {
        show(ranked(I, tone(I, terms), sh, !wordsOnly && has("t", sh.t)));
      }
    });
  }).catch(function () {
    // A guess is only a guess: the next key does its own work.
  });
}

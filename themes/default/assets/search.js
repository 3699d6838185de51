// Search for the OCOP catalog: the search box at the top of every page
// (an ARIA 1.2 combobox) and the search page (/tim-kiem/, /en/search/).
//
// The index is a set of classic scripts under search/ that call
// ocopSearch.add(type, key, data); they are injected only when search is
// used, so nothing loads up front on other pages, and search works from
// any static server, under a sub-path, offline and from file://. Links in
// the index are root-relative and resolved against the site root, which is
// found from this script's own address.
//
// Folding and ranking mirror internal/search (fold.go, query.go); change
// both together. Results are built with textContent only.
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !("normalize" in String.prototype) || !window.Promise || !window.URL) {
    return;
  }
  var root = new URL("../", me.src).href;
  var fileMode = location.protocol === "file:";
  var html = document.documentElement;

  // ---- Folding: NFC, lower case, no tone or vowel marks, đ as d.

  var TONE_OLD = {}, A = "àáảãạ", E = "èéẻẽẹ", O = "òóỏõọ", U = "ùúủũụ", Y = "ỳýỷỹỵ";
  for (var i = 0; i < 5; i++) {
    TONE_OLD["o" + A[i]] = O[i] + "a";
    TONE_OLD["o" + E[i]] = O[i] + "e";
    TONE_OLD["u" + Y[i]] = U[i] + "y";
  }
  var TONE_RE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g;
  var WORD_RE = /[\p{L}\p{N}\p{M}]+/gu, BASE_RE = /[\p{L}\p{N}]/u, END_RE = /[\p{L}\p{N}\p{M}]$/u;

  function lower(s) {
    return s.normalize("NFC").toLowerCase().replace(/ς/g, "σ")
      .replace(TONE_RE, function (m) { return TONE_OLD[m]; });
  }
  function fold(s) {
    return lower(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[đð]/g, "d").normalize("NFC");
  }
  // tokens returns the words of s, each folded (f) and toned (t). The
  // folding of each word is kept: typing folds the same words again at
  // every key.
  var folded = new Map();
  function tokens(s) {
    var out = [], ws = lower(s).match(WORD_RE) || [];
    for (var i = 0; i < ws.length; i++) {
      var f = folded.get(ws[i]);
      if (f === undefined) {
        f = BASE_RE.test(ws[i]) ? fold(ws[i]) : "";
        if (!BASE_RE.test(f)) {
          f = "";
        }
        if (folded.size > 1000) {
          folded.clear();
        }
        folded.set(ws[i], f);
      }
      if (f) {
        out.push({ f: f, t: ws[i] });
      }
    }
    return out;
  }
  function runes(s) { return Array.from(s).length; }

  // ---- Loading index files with <script> elements.

  var store = { i: null, w: {}, t: {}, f: null, d: {} };
  var pending = {};
  window.ocopSearch = {
    add: function (type, key, data) {
      if (type === "i" || type === "f") {
        store[type] = data;
      } else if (store[type]) {
        store[type][key] = data;
      }
    },
    fold: fold,
    tokens: tokens
  };
  function load(path) {
    if (!pending[path]) {
      pending[path] = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = root + path + (fileMode || !store.i ? "" : "?v=" + store.i.h);
        s.onload = function () { resolve(true); };
        s.onerror = function () { resolve(false); };
        document.head.appendChild(s);
      });
    }
    return pending[path];
  }
  function loadAll(paths) {
    return Promise.all(paths.map(load));
  }
  function boot() {
    return load("search/i.js").then(function () {
      var I = store.i;
      if (!I || I.v !== 1) {
        throw new Error("search index");
      }
      if (!I.n0) {
        I.n0 = I.n[0];
        I.n1 = I.n[0] + I.n[1];
        I.N = I.n1 + I.n[2];
        I.wi = indexOf(I.w);
        I.ti = indexOf(I.t);
        I.wbi = indexOf(I.wb || []);
        I.tbi = indexOf(I.tb || []);
        I.wbn = members(I.w, I.wbi);
        I.tbn = members(I.t, I.tbi);
        I.li = Math.max(0, I.l.indexOf(html.lang));
      }
      return I;
    });
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
  function bundleOf(bi, k) {
    return k.indexOf(" ") < 0 ? bi.get(Array.from(k).slice(0, 2).join("")) : undefined;
  }
  function indexOf(keys) {
    var m = new Map();
    keys.forEach(function (k, i) { m.set(k, i); });
    return m;
  }

  // ---- Lists of records: gaps as base-32 numbers, or a bitmap.

  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = new Int8Array(128);
  for (i = 0; i < 64; i++) {
    DIGIT[DIGITS.charCodeAt(i)] = i;
  }
  var lists = new Map();
  function list(s) {
    var l = lists.get(s);
    if (l) {
      return l;
    }
    var out = [], i, c, b;
    if (s.charCodeAt(0) === 33) {
      for (i = 1; i < s.length; i++) {
        c = DIGIT[s.charCodeAt(i)];
        for (b = 0; b < 6; b++) {
          if (c & (1 << b)) {
            out.push((i - 1) * 6 + b);
          }
        }
      }
    } else {
      var prev = -1, v = 0;
      for (i = 0; i < s.length; i++) {
        c = DIGIT[s.charCodeAt(i)];
        v = v * 32 + (c & 31);
        if (c < 32) {
          prev += v + 1;
          out.push(prev);
          v = 0;
        }
      }
    }
    l = Int32Array.from(out);
    lists.set(s, l);
    return l;
  }

  // ---- Queries.

  var WEIGHTS = [20, 16, 12, 8, 8, 6, 2], TEXT = 6;
  var EXACT = 10, PREFIX = 8, FUZZY = 5, ADJACENT = 5;

  // parse splits a query into terms: folded f, toned t, marked m (typed
  // with marks), prefix p (the last word, still being typed). The terms of
  // the last query are kept, as a key parses it more than once; they are
  // not to be changed.
  var parsed = { q: null, terms: null };
  function parse(q) {
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
  function words1(terms) {
    return terms.length === 1 && runes(terms[0].f) < 2 ? [] : terms;
  }
  function shardFor(keys, w) {
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
  function shardsOf(keys, type, word, prefix) {
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
  function shards(I, terms) {
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
  function shardPaths(I, sh, text) {
    var ps = paths(I, "w", sh.w);
    return text ? ps.concat(paths(I, "t", sh.t)) : ps;
  }
  // paths returns the files for the shards keys of a type: a bundle when
  // keys need every shard it holds, none of them loaded (the first two
  // letters of a word being typed need them all), else each shard's file.
  function paths(I, type, keys) {
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
  function has(type, keys) {
    return keys.every(function (k) { return store[type][k]; });
  }
  // words returns the words of the given loaded shards.
  var wordLists = { w: {}, t: {} };
  function words(type, keys) {
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
  function lookup(type, I, w) {
    var m = store[type][shardFor(type === "w" ? I.w : I.t, w)];
    return m && Object.prototype.hasOwnProperty.call(m, w) ? m[w] : undefined;
  }

  // rank scores every record for terms with the loaded shards sh, the
  // descriptions included when text is set. It returns the records in
  // order (tier, score, number) and the tier of each: 1 every word in a
  // name, place, group or tag; 2 some only in a description; 3 some words
  // missing (only when no record has them all).
  function rank(I, terms, sh, text) {
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

  // ---- Facets: group, stars, district, producer kind of every record,
  // its showrooms and price.

  var facets = null;
  function facetData(I) {
    if (facets || !store.f) {
      return facets;
    }
    var F = store.f, n = I.N, pw = I.pw, r = I.r;
    var fx = { g: new Int8Array(n), s: new Int8Array(n), d: new Int8Array(n), k: new Int8Array(n), p: new Float64Array(n), r: [] };
    for (var d = 0; d < n; d++) {
      var v = 0;
      for (var c = 0; c < pw; c++) {
        v = v * 64 + DIGIT[F.f.charCodeAt(d * pw + c)];
      }
      fx.k[d] = v % r[3]; v = Math.floor(v / r[3]);
      fx.d[d] = v % r[2]; v = Math.floor(v / r[2]);
      fx.s[d] = v % r[1]; v = Math.floor(v / r[1]);
      fx.g[d] = v % r[0];
    }
    var p = F.p, x = 0, val = 0;
    for (d = 0; d < p.length && x < I.n0; d++) {
      var ch = DIGIT[p.charCodeAt(d)];
      val = val * 32 + (ch & 31);
      if (ch < 32) {
        fx.p[x++] = val % 2 === 0 ? val / 2 * 1000 : (val - 1) / 2;
        val = 0;
      }
    }
    // r: each showroom's records; rm: each record's showrooms as bits.
    fx.rm = F.s.length <= 31 ? new Int32Array(n) : null;
    F.s.forEach(function (s, si) {
      var m = new Uint8Array(n), l = list(s);
      for (var j = 0; j < l.length; j++) {
        m[l[j]] = 1;
        if (fx.rm) {
          fx.rm[l[j]] |= 1 << si;
        }
      }
      fx.r.push(m);
    });
    facets = fx;
    return fx;
  }
  function kindOf(I, d) {
    return d < I.n0 ? 0 : d < I.n1 ? 1 : 2;
  }
  // unpack reads the packed facets of a display record.
  function unpack(I, s) {
    var v = 0, r = I.r;
    for (var c = 0; c < s.length; c++) {
      v = v * 64 + DIGIT[s.charCodeAt(c)];
    }
    var k = v % r[3]; v = Math.floor(v / r[3]);
    var d = v % r[2]; v = Math.floor(v / r[2]);
    var st = v % r[1];
    return { g: Math.floor(v / r[1]), s: st, d: d, k: k };
  }

  // ---- What results show.

  function chunkPath(I, d) {
    return "search/" + I.l[I.li] + "/" + Math.floor(d / I.c) + ".js";
  }
  function record(I, d) {
    var c = store.d[I.l[I.li] + "/" + Math.floor(d / I.c)];
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
      d: d, kind: kind, name: name, vi: rec[5] === 1, sub: rec[2] || "",
      href: link(I.sec[kind][I.li] + slug + "/"), img: root + img, placeholder: !rec[4],
      g: fx.g, s: fx.s, dist: fx.d, k: fx.k
    };
  }
  function simpleSlug(name) {
    return tokens(name).map(function (t) { return t.f; }).join("-");
  }
  function link(path) {
    return root + path + (fileMode ? "index.html" : "");
  }
  function label(list, i, I) {
    var f = i > 0 && list[i - 1];
    return f ? f.n[I.li] || f.n[0] : "";
  }

  // ---- Small DOM helpers: text only, never markup from data.

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }
  function fmt(s, v) {
    return (s || "").replace("%d", String(v)).replace("%s", String(v));
  }
  var formsOf = new Map();
  function plural(node, key, n) {
    var forms = formsOf.get(key);
    if (!forms) {
      forms = (node.getAttribute(key) || "").split("|");
      formsOf.set(key, forms);
    }
    return fmt(n === 1 ? forms[0] : forms[1] || forms[0], n);
  }
  function vnd(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".") + " ₫";
  }
  function announce(node, text) {
    if (node && node.textContent !== text) {
      node.textContent = text;
    }
  }
  // later sets a live region's text once typing has paused, so that a
  // screen reader announces the count once, not at every key.
  var timers = new Map();
  function later(node, text) {
    if (!node) {
      return;
    }
    clearTimeout(timers.get(node));
    timers.set(node, setTimeout(function () { announce(node, text); }, 600));
  }
  function stars(n, box, cls) {
    var p = el("p", cls || "stars");
    var g = el("span", "stars-glyphs", "★★★★★".slice(0, n) + "☆☆☆☆☆".slice(0, 5 - n));
    g.setAttribute("aria-hidden", "true");
    p.appendChild(g);
    p.appendChild(el("span", "visually-hidden", plural(box, "data-t-stars", n)));
    return p;
  }
  function searchURL(I, q) {
    return link(I.sp[I.li]) + (q ? "?q=" + encodeURIComponent(q).replace(/%20/g, "+") : "");
  }
  // afterPaint resolves once the frame with the current page is painted.
  function afterPaint() {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () { setTimeout(resolve, 0); });
    });
  }
  function signal(name, detail) {
    document.dispatchEvent(new CustomEvent(name, { detail: detail }));
  }

  // ---- One search: load what it needs, rank, load what it shows.

  // find runs query q. When text is false it stops at the word shards
  // unless they give nothing. It resolves to the ranking and the terms,
  // with text set when descriptions were searched.
  function find(q, text) {
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
  function cached(q) {
    var I = store.i;
    if (!I || !I.wi) {
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
  // ---- Reading ahead: the next key.

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
  function readAhead(I, q, wordsOnly, current, show) {
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
  // ranked is rank, with what it was made from (I, terms, text, sh), keeping
  // the last rankings made: a key often asks for the ranking that reading
  // ahead made.
  var rankings = [];
  function ranked(I, terms, sh, text) {
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

  function chunksFor(I, ids) {
    var ps = [];
    for (var i = 0; i < ids.length; i++) {
      var p = chunkPath(I, ids[i]);
      if (ps.indexOf(p) < 0 && !store.d[p.slice(7, -3)]) {
        ps.push(p);
      }
    }
    return ps;
  }

  // ---- The search box of every page: an ARIA 1.2 combobox.

  var MAX_OPTIONS = 8;

  function searchBox(form) {
    var input = form.querySelector("input[name=q]");
    var status = form.querySelector("[data-search-status]");
    if (!input) {
      return;
    }
    var listId = input.id + "-list";
    var box = el("ul", "sb-list");
    box.id = listId;
    box.setAttribute("role", "listbox");
    box.setAttribute("aria-label", form.getAttribute("data-t-list") || "");
    box.hidden = true;
    input.parentNode.appendChild(box);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    var options = [], active = -1, gen = 0, started = false, leaving = false;

    function open(on) {
      box.hidden = !on;
      input.setAttribute("aria-expanded", on ? "true" : "false");
      if (!on) {
        setActive(-1);
      }
    }
    function setActive(i) {
      if (active >= 0 && options[active]) {
        options[active].setAttribute("aria-selected", "false");
        options[active].classList.remove("is-active");
      }
      active = i;
      if (i >= 0 && options[i]) {
        options[i].setAttribute("aria-selected", "true");
        options[i].classList.add("is-active");
        input.setAttribute("aria-activedescendant", options[i].id);
        options[i].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }
    function option(href, id) {
      var li = el("li", "sb-option");
      li.id = listId + "-" + id;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.setAttribute("data-href", href);
      li.addEventListener("mousedown", function (e) { e.preventDefault(); });
      li.addEventListener("click", function () { go(href); });
      return li;
    }
    function go(href) {
      leaving = true;
      open(false);
      location.href = href;
    }
    function show(r, q) {
      var I = r.I, kinds = (form.getAttribute("data-t-kinds") || "").split("|");
      var ids = r.ids.subarray(0, MAX_OPTIONS);
      box.textContent = "";
      options = [];
      active = -1;
      input.removeAttribute("aria-activedescendant");
      for (var i = 0; i < ids.length; i++) {
        var rec = record(I, ids[i]);
        if (!rec) {
          continue;
        }
        var li = option(rec.href, i);
        var name = el("span", "sb-name", rec.name);
        if (rec.vi) {
          name.lang = "vi";
        }
        li.appendChild(name);
        var meta = [kinds[rec.kind]];
        if (rec.sub) {
          meta.push(rec.sub);
        }
        var dl = label(I.d, rec.dist, I);
        if (dl) {
          meta.push(dl);
        }
        li.appendChild(el("span", "sb-meta", meta.join(" · ")));
        box.appendChild(li);
        options.push(li);
      }
      var all = option(searchURL(I, q), "all");
      all.className = "sb-option sb-all";
      all.textContent = fmt(form.getAttribute(ids.length ? "data-t-all" : "data-t-none"), q.trim());
      box.appendChild(all);
      options.push(all);
      open(true);
      later(status, ids.length ? plural(form, "data-t-count", ids.length) : fmt(form.getAttribute("data-t-none"), q.trim()));
      signal("ocop-search-results", { box: true, query: q, count: ids.length });
    }
    function update() {
      var q = input.value, my = ++gen;
      if (!words1(parse(q)).length) {
        box.textContent = "";
        options = [];
        open(false);
        later(status, "");
        signal("ocop-search-results", { box: true, query: q, count: 0 });
        return;
      }
      find(q, false).then(function (r) {
        if (my !== gen) {
          return null;
        }
        var need = chunksFor(r.I, r.ids.subarray(0, MAX_OPTIONS));
        if (!need.length) {
          return show(r, q);
        }
        return loadAll(need).then(function () {
          if (my === gen) {
            show(r, q);
          }
        });
      }).then(function () {
        if (my === gen) {
          readAhead(store.i, q, true, function () { return my === gen; }, function (r) {
            loadAll(chunksFor(store.i, r.ids.subarray(0, MAX_OPTIONS)));
          });
        }
      }).catch(function () {
        announce(status, form.getAttribute("data-t-error") || "");
      });
    }
    function start() {
      if (!started) {
        started = true;
        boot().catch(function () {});
      }
    }
    input.addEventListener("focus", start);
    input.addEventListener("input", function () { start(); update(); });
    input.addEventListener("keydown", function (e) {
      var n = options.length;
      switch (e.key) {
        case "ArrowDown":
          e.preventDefault();
          if (box.hidden) {
            if (n) {
              open(true);
            } else {
              update();
            }
            return;
          }
          setActive(n ? (active + 1) % n : -1);
          break;
        case "ArrowUp":
          e.preventDefault();
          if (!box.hidden && n) {
            setActive(active <= 0 ? n - 1 : active - 1);
          }
          break;
        case "Enter":
          if (!box.hidden && active >= 0 && options[active]) {
            e.preventDefault();
            go(options[active].getAttribute("data-href"));
          }
          break;
        case "Escape":
          if (!box.hidden) {
            e.preventDefault();
            open(false);
          } else if (input.value) {
            e.preventDefault();
            input.value = "";
            update();
          }
          break;
        case "Tab":
          open(false);
          break;
      }
    });
    input.addEventListener("blur", function () {
      window.setTimeout(function () { open(false); }, 150);
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (leaving) {
        return;
      }
      boot().then(function (I) { location.href = searchURL(I, input.value.trim()); })
        .catch(function () { form.submit(); });
    });
  }

  // ---- The search page: results, facets, sort, all in the URL.

  var PAGE = 20;
  // ROW_MIN is less than the height of any result row, in CSS pixels.
  var ROW_MIN = 64;
  var DIMS = ["type", "group", "stars", "district", "kind", "showroom"];
  var SORTS = ["", "stars", "name", "price", "price-desc"];

  function searchPage(form) {
    var results = document.querySelector("[data-search-results]");
    var list = document.querySelector("[data-search-list]");
    var status = document.querySelector("[data-search-status-page]");
    var live = document.querySelector("[data-search-live]");
    var partialNote = document.querySelector("[data-search-partial]");
    var more = document.querySelector("[data-search-more]");
    var filters = form.querySelector("[data-search-filters]");
    var input = form.elements.q;
    if (!results || !list || !input) {
      return;
    }
    var kinds = (form.getAttribute("data-t-kinds") || "").split("|");
    var selects = {};
    DIMS.forEach(function (k) {
      var s = form.elements[k];
      if (s) {
        selects[k] = s;
        Array.prototype.forEach.call(s.options, function (o) { o.setAttribute("data-label", o.textContent); });
      }
    });
    var shown = PAGE, gen = 0;
    // The other controls, looked up once: a named look-up in form.elements
    // walks the form again after every change to the options.
    var sortSel = form.elements.sort, minIn = form.elements.min, maxIn = form.elements.max;

    function state() {
      var st = { q: input.value, sort: sortSel ? sortSel.value : "" };
      for (var i = 0; i < DIMS.length; i++) {
        st[DIMS[i]] = selects[DIMS[i]] ? selects[DIMS[i]].value : "";
      }
      st.min = minIn ? minIn.value : "";
      st.max = maxIn ? maxIn.value : "";
      return st;
    }
    function restore() {
      var ps = new URLSearchParams(location.search);
      input.value = ps.get("q") || "";
      DIMS.concat(["sort", "min", "max"]).forEach(function (k) {
        var e = form.elements[k], v = ps.get(k);
        if (e && v !== null) {
          e.value = v;
          if (e.value !== v) {
            e.value = "";
          }
        }
      });
    }
    // save puts the state in the address once typing pauses (replaceState
    // is slow enough to show at every key).
    var saving = 0;
    function save(st) {
      clearTimeout(saving);
      saving = setTimeout(function () { saveNow(st); }, 250);
    }
    function saveNow(st) {
      var ps = new URLSearchParams();
      ["q"].concat(DIMS, ["min", "max", "sort"]).forEach(function (k) {
        var v = (st[k] || "").trim();
        if (v) {
          ps.set(k, v);
        }
      });
      var s = ps.toString();
      var url = location.pathname + (s ? "?" + s : "") + location.hash;
      if (url !== location.pathname + location.search + location.hash) {
        history.replaceState(null, "", url);
      }
    }
    // filter returns the filter of st as indexes: -1 for any.
    function filter(I, st) {
      function idx(list, v) {
        for (var i = 0; i < list.length; i++) {
          if (list[i].id === v) {
            return i + 1;
          }
        }
        return v ? 0 : -1;
      }
      return {
        type: st.type ? ["product", "producer", "site"].indexOf(st.type) : -1,
        group: idx(I.g, st.group), stars: st.stars ? parseInt(st.stars, 10) || 0 : -1,
        district: idx(I.d, st.district), kind: idx(I.k, st.kind),
        showroom: st.showroom ? idx(I.s, st.showroom) - 1 : -1,
        min: parseFloat(st.min) || 0, max: parseFloat(st.max) || 0
      };
    }
    function needsFacets(st) {
      return !!(st.group || st.stars || st.district || st.kind || st.showroom || st.min || st.max || st.sort);
    }
    // narrow applies the filter to the ranked ids, counts every facet
    // value under the other facets, and sorts.
    function narrow(I, r, f, sort) {
      var fx = facetData(I), ids = r.ids, m = 0, out = new Int32Array(ids.length);
      var c = { type: new Int32Array(3) };
      if (fx) {
        c.group = new Int32Array(I.g.length + 1);
        c.stars = new Int32Array(6);
        c.district = new Int32Array(I.d.length + 1);
        c.kind = new Int32Array(I.k.length + 1);
        c.showroom = new Int32Array(I.s.length);
      }
      var n0 = I.n0, n1 = I.n1, priced = f.min > 0 || f.max > 0;
      var sr = fx && f.showroom >= 0 ? fx.r[f.showroom] : null;
      var rm = fx && fx.rm;
      function showrooms(d) {
        if (rm) {
          for (var b = rm[d], s = 0; b; b >>>= 1, s++) {
            if (b & 1) {
              c.showroom[s]++;
            }
          }
          return;
        }
        for (var s = 0; s < fx.r.length; s++) {
          if (fx.r[s][d]) {
            c.showroom[s]++;
          }
        }
      }
      for (var i = 0; i < ids.length; i++) {
        var d = ids[i], fails = 0, miss = -1, g = 0, st = 0, di = 0, k = 0;
        var ty = d < n0 ? 0 : d < n1 ? 1 : 2;
        if (f.type >= 0 && ty !== f.type) {
          fails++; miss = 0;
        }
        if (fx) {
          g = fx.g[d]; st = fx.s[d]; di = fx.d[d]; k = fx.k[d];
          if (f.group >= 0 && g !== f.group) { fails++; miss = 1; }
          if (f.stars >= 0 && st !== f.stars) { fails++; miss = 2; }
          if (f.district >= 0 && di !== f.district) { fails++; miss = 3; }
          if (f.kind >= 0 && k !== f.kind) { fails++; miss = 4; }
          if (f.showroom >= 0 && !(sr && sr[d])) { fails++; miss = 5; }
          if (priced) {
            var p = fx.p[d];
            if (!p || f.min > 0 && p < f.min || f.max > 0 && p > f.max) {
              fails += 2;
            }
          }
        }
        if (fails === 0) {
          out[m++] = d;
          c.type[ty]++;
          if (fx) {
            c.group[g]++; c.stars[st]++; c.district[di]++; c.kind[k]++;
            showrooms(d);
          }
        } else if (fails === 1) {
          // Counted under the one facet it fails: choosing that value
          // instead would show it.
          switch (miss) {
            case 0: c.type[ty]++; break;
            case 1: c.group[g]++; break;
            case 2: c.stars[st]++; break;
            case 3: c.district[di]++; break;
            case 4: c.kind[k]++; break;
            case 5: showrooms(d); break;
          }
        }
      }
      var list = out.subarray(0, m);
      if (fx && sort) {
        list = Array.prototype.slice.call(list);
        var pos = new Int32Array(I.N);
        list.forEach(function (d, i) { pos[d] = i; });
        list.sort(function (a, b) {
          switch (sort) {
            case "stars":
              if (fx.s[a] !== fx.s[b]) { return fx.s[b] - fx.s[a]; }
              break;
            case "name":
              return a - b;
            case "price":
            case "price-desc":
              var pa = fx.p[a] || (sort === "price" ? Infinity : -1);
              var pb = fx.p[b] || (sort === "price" ? Infinity : -1);
              if (pa !== pb) { return sort === "price" ? pa - pb : pb - pa; }
              break;
          }
          return pos[a] - pos[b];
        });
      }
      return { ids: list, counts: c };
    }
    // showCounts writes the count of every facet value in its option. Most
    // keys leave the counts as they were: then nothing is read or written.
    var shownCounts = "";
    function showCounts(I, n, fx) {
      var key = !!fx + DIMS.map(function (k) { return n.counts[k] ? Array.prototype.join.call(n.counts[k]) : ""; }).join("/");
      if (key === shownCounts) {
        return;
      }
      shownCounts = key;
      DIMS.forEach(function (k, di) {
        var s = selects[k];
        if (!s) {
          return;
        }
        var c = n.counts[k];
        Array.prototype.forEach.call(s.options, function (o) {
          var base = o.getAttribute("data-label");
          if (!o.value || (di > 0 && !fx)) {
            if (o.textContent !== base) {
              o.textContent = base;
            }
            return;
          }
          var key;
          switch (k) {
            case "type": key = ["product", "producer", "site"].indexOf(o.value); break;
            case "group": key = idxOf(I.g, o.value) + 1; break;
            case "stars": key = parseInt(o.value, 10); break;
            case "district": key = idxOf(I.d, o.value) + 1; break;
            case "kind": key = idxOf(I.k, o.value) + 1; break;
            case "showroom": key = idxOf(I.s, o.value); break;
          }
          var text = base + " (" + (c[key] || 0) + ")";
          if (o.textContent !== text) {
            o.textContent = text;
          }
        });
      });
    }
    function idxOf(list, id) {
      for (var i = 0; i < list.length; i++) {
        if (list[i].id === id) {
          return i;
        }
      }
      return -2;
    }
    function item(I, rec) {
      var li = el("li", "sr-item sr-" + ["product", "producer", "site"][rec.kind]);
      var img = el("img", "sr-thumb" + (rec.placeholder ? " placeholder" : ""));
      img.src = rec.img;
      img.alt = "";
      img.width = 96;
      img.height = 72;
      img.loading = "lazy";
      img.decoding = "async";
      li.appendChild(img);
      var body = el("div", "sr-body");
      var kind = [kinds[rec.kind]], gl = label(I.g, rec.g, I);
      if (gl) {
        kind.push(gl);
      }
      body.appendChild(el("p", "sr-kind", kind.join(" · ")));
      var h = el("h3", "sr-name"), a = el("a", "", rec.name);
      a.href = rec.href;
      if (rec.vi) {
        a.lang = "vi";
      }
      h.appendChild(a);
      body.appendChild(h);
      if (rec.s) {
        body.appendChild(stars(rec.s, form));
      }
      var meta = [];
      if (rec.sub) {
        meta.push(rec.sub);
      } else if (rec.kind === 1 && rec.k) {
        meta.push(label(I.k, rec.k, I));
      }
      var dl = label(I.d, rec.dist, I);
      if (dl) {
        meta.push(dl);
      }
      var fx = facets;
      if (fx && fx.p[rec.d]) {
        meta.push(vnd(fx.p[rec.d]));
      }
      if (meta.length) {
        body.appendChild(el("p", "sr-meta", meta.join(" · ")));
      }
      li.appendChild(body);
      return li;
    }
    // paint shows the first rows results of n, reusing the items already
    // made (an item is the same for a record until the prices load). Fewer
    // rows than a page are the rows in view, shown while the rest load:
    // the count, facets and "show more" wait for the whole page.
    var items = new Map(), itemsPriced = false, painted = "";
    function paint(r, n, st, final, rows) {
      var I = r.I, complete = rows >= Math.min(shown, n.ids.length);
      if (itemsPriced !== !!facets) {
        items.clear();
        itemsPriced = !!facets;
      }
      var ids = n.ids.slice(0, rows), key = ids.join(",") + "/" + itemsPriced;
      if (key !== painted) {
        var nodes = [];
        for (var i = 0; i < ids.length; i++) {
          var li = items.get(ids[i]);
          if (!li) {
            var rec = record(I, ids[i]);
            if (!rec) {
              continue;
            }
            li = item(I, rec);
            items.set(ids[i], li);
          }
          nodes.push(li);
        }
        list.replaceChildren.apply(list, nodes);
        painted = key;
      }
      results.hidden = false;
      more.hidden = !complete || n.ids.length <= shown;
      partialNote.hidden = !r.partial;
      if (final && complete) {
        showCounts(I, n, facets);
        var text = n.ids.length ? plural(form, "data-t-results", n.ids.length) :
          fmt(form.getAttribute("data-t-none"), st.q.trim());
        announce(status, text);
        later(live, text);
        // While the reader looks, fetch what "show more" will show.
        var next = chunksFor(I, n.ids.slice(shown, shown + PAGE)), my = gen;
        if (next.length) {
          setTimeout(function () {
            if (my === gen) {
              loadAll(next);
            }
          }, 300);
        }
      }
      signal("ocop-search-results", { page: true, query: st.q, count: n.ids.length, final: final, complete: complete });
    }
    // inView is the number of result rows that fit between the top of the
    // list (or, while it is hidden, the bottom of the form) and the bottom
    // of the window, counting rows lower than any row is. It is measured
    // only when some rows must wait for their records, as it may lay out
    // the page.
    function inView() {
      var y = results.hidden ? form.getBoundingClientRect().bottom : list.getBoundingClientRect().top;
      return Math.max(1, Math.min(shown, Math.ceil((window.innerHeight - Math.max(0, y)) / ROW_MIN)));
    }
    function everything(I) {
      var ids = new Int32Array(I.N);
      for (var i = 0; i < ids.length; i++) {
        ids[i] = i;
      }
      return { I: I, terms: [], ids: ids, partial: false, text: true, sh: { w: [], t: [] } };
    }
    // run searches for the state of the form; typing says a key was
    // typed, so that the rows in view come first.
    function run(typing) {
      var st = state(), my = ++gen, terms = words1(parse(st.q));
      save(st);
      if (!terms.length) {
        st.q = "";
      }
      if (!terms.length && !needsFacets(st) && !st.type) {
        list.textContent = "";
        painted = "";
        results.hidden = true;
        more.hidden = true;
        announce(status, "");
        later(live, "");
        signal("ocop-search-results", { page: true, query: "", count: 0, final: true });
        return;
      }
      // draw narrows and sorts r, loads what the page shows and paints it;
      // at once when all is at hand. While typing, the rows in view are
      // painted as soon as their records are at hand, the rest after.
      function draw(r, final) {
        if (my !== gen) {
          return null;
        }
        var n = narrow(r.I, r, filter(r.I, st), st.sort);
        var top = n.ids.slice(0, shown), need = chunksFor(r.I, top);
        if (!need.length) {
          paint(r, n, st, final, shown);
          return null;
        }
        var k = typing ? inView() : shown, first = k < top.length ? chunksFor(r.I, top.slice(0, k)) : need;
        function whole() {
          return loadAll(need).then(function () {
            if (my === gen) {
              paint(r, n, st, final, shown);
            }
          });
        }
        if (first.length === need.length) {
          return whole();
        }
        if (!first.length) {
          paint(r, n, st, final, k);
          return whole();
        }
        // The rest is asked for once the rows in view are painted: files
        // asked for together arrive together.
        return loadAll(first).then(function () {
          if (my !== gen) {
            return null;
          }
          paint(r, n, st, final, k);
          return afterPaint().then(function () {
            return my === gen ? whole() : null;
          });
        });
      }
      // ahead, once a typed key's results are painted, reads ahead for
      // the next key: its word shards, its ranking, then the records of
      // the rows in view.
      function ahead() {
        var I = store.i;
        if (typing && my === gen) {
          readAhead(I, st.q, false, function () { return my === gen; }, function (r) {
            loadAll(chunksFor(I, narrow(I, r, filter(I, st), st.sort).ids.slice(0, inView())));
          });
        }
      }
      var I = store.i && store.i.wi ? store.i : null;
      var r = I && (terms.length ? cached(st.q) : everything(I));
      if (r && facets) {
        Promise.resolve(draw(r, true)).then(ahead);
        return;
      }
      boot().then(function (I) {
        var f = needsFacets(st) ? load("search/f.js") : Promise.resolve();
        return f.then(function () {
          return r || (terms.length ? find(st.q, false) : everything(I));
        });
      }).then(function (r) {
        if (my !== gen) {
          return null;
        }
        facetData(r.I);
        var final = r.text && !!facets;
        return Promise.resolve(draw(r, final)).then(function () {
          if (final || my !== gen) {
            return null;
          }
          return afterPaint();
        }).then(function () {
          if (final || my !== gen) {
            return null;
          }
          // Then the descriptions and the facets, for the full count.
          return loadAll(shardPaths(r.I, r.sh, true).concat(["search/f.js"])).then(function () {
            if (my !== gen) {
              return null;
            }
            facetData(r.I);
            var full = r;
            if (!r.text) {
              full = ranked(r.I, r.terms, r.sh, true);
            }
            return draw(full, true);
          });
        });
      }).then(ahead).catch(function () {
        announce(status, form.getAttribute("data-t-error") || "");
      });
    }
    input.addEventListener("focus", function () { boot().catch(function () {}); });
    restore();
    if (filters) {
      filters.hidden = false;
    }
    form.addEventListener("submit", function (e) { e.preventDefault(); shown = PAGE; run(); });
    form.addEventListener("input", function () { shown = PAGE; run(true); });
    form.addEventListener("change", function () { shown = PAGE; run(); });
    form.addEventListener("reset", function () {
      window.setTimeout(function () { shown = PAGE; run(); input.focus(); }, 0);
    });
    more.addEventListener("click", function () {
      shown += PAGE;
      var firstNew = list.children.length;
      run();
      document.addEventListener("ocop-search-results", function focusNew() {
        document.removeEventListener("ocop-search-results", focusNew);
        var a = list.children[firstNew] && list.children[firstNew].querySelector("a");
        if (a) {
          a.focus();
        }
      });
    });
    run();
  }

  var boxForm = document.querySelector("[data-search-box]");
  if (boxForm) {
    searchBox(boxForm);
  }
  var pageForm = document.querySelector("[data-search-page]");
  if (pageForm) {
    searchPage(pageForm);
  }
})();

// Facets: the group, stars, district and producer kind of every record
// (packed in search/f.js), its showrooms and price; a filter of them
// over a ranking, with the count of every facet value.

import { store } from "./index.js";
import { DIGIT, list, number } from "./codec.js";

// facets is what facetData read from search/f.js, once.
export var facets = null;
export function facetData(I) {
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
export function kindOf(I, d) {
  return d < I.n0 ? 0 : d < I.n1 ? 1 : 2;
}
// unpack reads the packed facets of a display record.
export function unpack(I, s) {
  var v = number(s), r = I.r;
  var k = v % r[3]; v = Math.floor(v / r[3]);
  var d = v % r[2]; v = Math.floor(v / r[2]);
  var st = v % r[1];
  return { g: Math.floor(v / r[1]), s: st, d: d, k: k };
}
// filter returns the filter of st as indexes: -1 for any.
export function filter(I, st) {
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
export function needsFacets(st) {
  return !!(st.group || st.stars || st.district || st.kind || st.showroom || st.min || st.max || st.sort);
}
// narrow applies the filter to the ranked ids, counts every facet
// value under the other facets, and sorts.
export function narrow(I, r, f, sort) {
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

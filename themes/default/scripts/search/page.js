// The search page (/tim-kiem/, /en/search/): results, facets and sort,
// all kept in the address so that a search can be shared.

import { el, fmt, plural, announce, later, signal, afterPaint } from "../lib/dom.js";
import { vnd, starGlyphs } from "../lib/format.js";
import { store, boot, load, loadAll } from "./index.js";
import { parse, words1, shardPaths, ranked } from "./rank.js";
import { find, cached } from "./find.js";
import { facets, facetData, filter, needsFacets, narrow } from "./facets.js";
import { record, label, chunksFor } from "./display.js";
import { readAhead } from "./readahead.js";

var PAGE = 20;
// ROW_MIN is less than the height of any result row, in CSS pixels.
var ROW_MIN = 64;
var DIMS = ["type", "group", "stars", "district", "kind", "showroom"];

// stars is a record's rating: the glyphs, and for screen readers the
// words of the form's data-t-stars.
function stars(n, form) {
  var p = el("p", "stars");
  var g = el("span", "stars-glyphs", starGlyphs(n));
  g.setAttribute("aria-hidden", "true");
  p.appendChild(g);
  p.appendChild(el("span", "visually-hidden", plural(form, "data-t-stars", n)));
  return p;
}

export function searchPage(form) {
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
  var soldAt = form.getAttribute("data-t-sold") || "", offerNote = form.getAttribute("data-t-offer") || "%s";
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
  // where is a product result's line on where to buy it: the showrooms
  // that offer it (search/f.js, by the offering rule), saying so where a
  // showroom offers its district's products, and its online shops; ""
  // when none is known or the facets are not loaded yet.
  function where(I, rec, fx) {
    if (rec.kind !== 0 || !fx) {
      return "";
    }
    var vi = I.l[I.li] === "vi", parts = [];
    for (var s = 0; s < fx.r.length; s++) {
      if (!fx.r[s][rec.d]) {
        continue;
      }
      var sr = I.s[s], name = sr.n[I.li] || sr.n[0];
      if (sr.o) {
        var note = fmt(offerNote, low(label(I.d, sr.o, I), vi));
        name += " (" + low(note, vi) + ")";
      }
      parts.push(name);
    }
    parts = parts.concat(rec.shops);
    return parts.length ? soldAt + ": " + parts.join("; ") : "";
  }
  // low writes the first letter of s in lower case, on a Vietnamese page
  // ("huyện Hải Hậu" within a sentence).
  function low(s, vi) {
    return vi && s ? s.charAt(0).toLowerCase() + s.slice(1) : s;
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
    } else if (rec.kind === 0) {
      body.appendChild(el("p", "stars stars-unknown", form.getAttribute("data-t-unrated") || ""));
    }
    if (rec.expired) {
      var badge = el("p", "sr-badge");
      badge.appendChild(el("span", "badge badge-expired", form.getAttribute("data-t-expired") || ""));
      body.appendChild(badge);
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
    var buy = where(I, rec, fx);
    if (buy) {
      body.appendChild(el("p", "sr-buy", buy));
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
      // The first results are seen without scrolling: their pictures
      // load at once, the others as they come near.
      for (var e = 0; e < nodes.length && e < 4; e++) {
        nodes[e].querySelector(".sr-thumb").loading = "eager";
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

// The kiosk's search screen: the on-screen keys type into the box;
// ocopSearch.find gives the record numbers of the query among the kiosk's
// products (narrowed by D.nw), which data.js's products carry (x), best
// first, and the screen lists those products.

import { el, button, fmt, plural, announce, later } from "../lib/dom.js";
import { vnd, starGlyphs } from "../lib/format.js";

// kioskSearch builds the search screen searchScreen of the kiosk of data
// D; opt.thumb makes a product's picture, opt.open opens product i. It returns
// clear(), which empties the box and the results.
export function kioskSearch(searchScreen, D, opt) {
  var ui = D.ui || {}, thumb = opt.thumb, openProduct = opt.open;
  var form = searchScreen.querySelector("[data-k-form]");
  var input = form && form.elements.q;
  var results = searchScreen.querySelector("[data-k-results]");
  var R = {};
  ["status-page", "live", "results", "partial", "list", "more"].forEach(function (k) {
    R[k] = results && results.querySelector("[data-search-" + k + "]");
  });
  var byDoc = new Map();
  D.products.forEach(function (p, i) { byDoc.set(p.x, i); });
  var narrowBy = { type: "product" };
  if (D.nw) {
    narrowBy[D.nw.dim] = D.nw.value;
  }
  var SEARCH_PAGE = 20, searchGen = 0, found = [], foundShown = SEARCH_PAGE;
  function build() {
    input.placeholder = ui.type;
    var kb = searchScreen.querySelector("[data-k-keyboard]");
    kb.textContent = "";
    ["1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"].forEach(function (row) {
      var r = el("div", "k-keys");
      Array.prototype.forEach.call(row, function (ch) {
        var k = button("k-key", ch, function () { type(input.value + ch.toLowerCase()); });
        k.setAttribute("data-key", ch.toLowerCase());
        r.appendChild(k);
      });
      kb.appendChild(r);
    });
    var last = el("div", "k-keys");
    var sp = button("k-key k-key-wide", ui.space, function () {
      if (input.value && input.value.slice(-1) !== " ") {
        type(input.value + " ");
      }
    });
    sp.setAttribute("data-key", "space");
    var bs = button("k-key", "⌫ " + ui.backspace, function () { type(input.value.slice(0, -1)); });
    bs.setAttribute("data-key", "backspace");
    var cl = button("k-key", ui.clear, function () { type(""); });
    cl.setAttribute("data-key", "clear");
    last.appendChild(sp);
    last.appendChild(bs);
    last.appendChild(cl);
    kb.appendChild(last);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    R.more.addEventListener("click", function () {
      foundShown += SEARCH_PAGE;
      drawFound(input.value, found.partial);
    });
  }
  // type sets the query and searches it.
  function type(text) {
    input.value = text;
    results.classList.toggle("is-empty", !text.trim());
    var my = ++searchGen, api = window.ocopSearch;
    // Results start at two letters, as the engine's do: a single letter
    // shows nothing rather than "none found".
    var ws = api ? api.tokens(text) : [];
    if (!ws.length || ws.length === 1 && Array.from(ws[0].f).length < 2) {
      found = [];
      R.list.textContent = "";
      R.results.hidden = true;
      R["status-page"].textContent = "";
      return;
    }
    api.find(text, narrowBy).then(function (r) {
      if (my !== searchGen) {
        return;
      }
      found = [];
      for (var i = 0; i < r.ids.length; i++) {
        var j = byDoc.get(r.ids[i]);
        if (j !== undefined) {
          found.push(j);
        }
      }
      foundShown = SEARCH_PAGE;
      drawFound(text, r.partial);
    }).catch(function () {
      if (my === searchGen) {
        announce(R["status-page"], form.getAttribute("data-t-error") || "");
      }
    });
  }
  // drawFound lists the products found, as many as foundShown.
  function drawFound(q, partial) {
    found.partial = partial;
    R.list.textContent = "";
    found.slice(0, foundShown).forEach(function (i) {
      var p = D.products[i], li = el("li", "sr-item sr-product");
      li.appendChild(thumb(p));
      var body = el("div", "sr-body"), h = el("h3", "sr-name"), a = el("a", "", p.n);
      a.href = "#p=" + encodeURIComponent(p.s);
      h.appendChild(a);
      body.appendChild(h);
      if (p.ss === "expired") {
        body.appendChild(el("p", "k-badge k-badge-expired", ui.badge_expired));
      }
      if (p.st) {
        var st = el("p", "stars"), g = el("span", "stars-glyphs", starGlyphs(p.st));
        g.setAttribute("aria-hidden", "true");
        st.appendChild(g);
        st.appendChild(el("span", "visually-hidden", plural(form, "data-t-stars", p.st)));
        body.appendChild(st);
      }
      var meta = [], pr = D.producers[p.pr], di = D.districts[p.d];
      if (pr) {
        meta.push(pr.n);
      }
      if (di) {
        meta.push(di.n);
      }
      if (p.p) {
        meta.push(vnd(p.p));
      }
      if (meta.length) {
        body.appendChild(el("p", "sr-meta", meta.join(" · ")));
      }
      li.appendChild(body);
      // A result opens its details here instead of leaving the kiosk.
      li.addEventListener("click", function (e) {
        e.preventDefault();
        openProduct(i);
      });
      R.list.appendChild(li);
    });
    R.results.hidden = false;
    R.partial.hidden = !partial;
    R.more.hidden = found.length <= foundShown;
    var text = found.length ? plural(form, "data-t-results", found.length) : fmt(form.getAttribute("data-t-none"), q.trim());
    announce(R["status-page"], text);
    later(R.live, text);
  }
  build();
  return { clear: function () {
    if (input.value) {
      type("");
    }
    results.classList.add("is-empty");
  } };
}

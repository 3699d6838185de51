// The showroom kiosk: a full-screen touch app (kiosk/, kiosk/<showroom>/)
// for a screen that runs all day in a showroom, often offline.
//
// Screens: the slides shown while nobody touches the screen (attract),
// browsing by group, stars and district (browse), search with an
// on-screen keyboard (search), and a product's or tourism site's details
// over them. After idle seconds without a touch everything is cleared and
// the slides return.
//
// Data comes from data.js (window.ocopKioskData) and the d<n>.js files
// (ocopKiosk.add), loaded with <script> elements like the search index,
// so the kiosk works from file:// as well as over HTTP; over HTTP a
// service worker (kiosk/sw.js) keeps every file for when the network
// fails. Search is the engine of this script (window.ocopSearch): the
// kiosk asks it for the record numbers of a query and shows its own
// products that have them. Text is always
// set with textContent; nothing links away: addresses are QR codes.
//
// A product without a photo is shown in type, as a first-class look: its
// group's colour and icon, its name large, stars or "Chưa rõ hạng sao",
// district and producer (art, typeSlide). Where a fact is not recorded
// the details say whom to ask: the staff of the showroom, named (D.ask).
//
// For tests and set-up, ?idle=N and ?slide=N (seconds) override the
// showroom's settings, and #browse, #search or #p=<slug> opens a screen.
//
// This module holds the screens that share the kiosk's state (slides,
// browse, details, idle reset); the search screen (search.js), the QR
// codes (qr.js), the details files (details.js), the lock against leaving
// (lock.js), the layout (orient.js) and the service worker (offline.js)
// are modules of their own.

import { el, button, fmt } from "../lib/dom.js";
import { vnd, starGlyphs } from "../lib/format.js";
import { me, root } from "../lib/load.js";
import { qr } from "./qr.js";
import { icon } from "./icons.js";
import { loader } from "./details.js";
import { lock } from "./lock.js";
import { orientation } from "./orient.js";
import { offline } from "./offline.js";
import { kioskSearch } from "./search.js";

export function kiosk() {
  var D = window.ocopKioskData;
  if (!me || !D) {
    return;
  }
  var ui = D.ui || {};
  var params = new URLSearchParams(location.search);
  var idleMs = 1000 * (parseFloat(params.get("idle")) || D.idle);
  var slideMs = 1000 * (parseFloat(params.get("slide")) || D.slide);
  var html = document.documentElement;
  var $ = function (id) { return document.getElementById(id); };
  var attract = $("k-attract"), browse = $("k-browse"), searchScreen = $("k-search"), detail = $("k-detail");

  function img(path, cls, placeholder) {
    var i = el("img", cls + (placeholder ? " is-placeholder" : ""));
    i.src = root + path;
    i.alt = "";
    i.decoding = "async";
    i.draggable = false;
    return i;
  }
  function stars(n) {
    var p = el("p", "k-stars");
    if (n > 0) {
      var g = el("span", "k-glyphs", starGlyphs(n));
      g.setAttribute("aria-hidden", "true");
      p.appendChild(g);
      p.appendChild(el("span", "k-stars-text", fmt(ui.star_n, n)));
    } else {
      p.appendChild(el("span", "k-stars-text", ui.stars_unknown));
    }
    return p;
  }
  // badge returns the badge of a product whose certificate has expired
  // (data.js's ss), or null: every screen that shows the product shows it.
  function badge(p) {
    return p.ss === "expired" ? el("p", "k-badge k-badge-expired", ui.badge_expired) : null;
  }
  function addBadge(box, p) {
    var b = badge(p);
    if (b) {
      box.appendChild(b);
    }
  }

  // The facts of product p that several screens show.
  function group(p) {
    return p.g >= 0 && D.groups[p.g] ? D.groups[p.g] : null;
  }
  function districtName(p) {
    return p.d >= 0 && D.districts[p.d] ? D.districts[p.d].n : "";
  }
  function producer(p) {
    return p.pr >= 0 ? D.producers[p.pr] || null : null;
  }
  // tint gives box the colour of p's group (kiosk.css, data-group).
  function tint(box, p) {
    var g = group(p);
    box.setAttribute("data-group", g ? g.id : "none");
    return box;
  }
  // art is what stands for a missing photo: the group's icon and name on
  // its colour, and the district when withDistrict.
  function art(p, cls, withDistrict) {
    var a = tint(el("div", "k-art " + cls), p), g = group(p);
    a.appendChild(icon(g ? g.id : "", "k-art-icon"));
    if (g) {
      a.appendChild(el("p", "k-art-group", g.n));
    }
    if (withDistrict && districtName(p)) {
      a.appendChild(el("p", "k-art-district", districtName(p)));
    }
    return a;
  }
  // offerLine says what the kiosk shows (D.of, the district rule), or
  // null.
  function offerLine(cls) {
    return D.rule === "district" && D.of ? el("p", cls, D.of) : null;
  }

  var details = loader(D.chunk);
  var bySlug = {};
  D.products.forEach(function (p, i) { bySlug[p.s] = i; });

  // ---- Screens.

  var screen = "";
  function show(name) {
    screen = name;
    attract.hidden = name !== "attract";
    browse.hidden = name !== "browse";
    searchScreen.hidden = name !== "search";
    html.setAttribute("data-screen", name);
    if (name === "attract") {
      startSlides();
    } else {
      stopSlides();
    }
  }
  function bar(target) {
    target.textContent = "";
    var head = el("div", "k-head");
    head.appendChild(el("h1", "k-title", D.title));
    if (D.sub) {
      head.appendChild(el("p", "k-sub", D.sub));
    }
    target.appendChild(head);
    var nav = el("nav", "k-nav");
    nav.appendChild(button("k-nav-browse", ui.products, function () { closeDetail(); show("browse"); }));
    nav.appendChild(button("k-nav-search", ui.search, function () { closeDetail(); show("search"); }));
    nav.appendChild(button("k-nav-home", ui.home, function () { reset(); }));
    target.appendChild(nav);
  }

  // ---- Attract loop.

  var slideTimer = 0, slideAt = -1, slideLayer = 0;
  // The slides are the first D.sl products (expired ones only when the
  // showroom's settings include them), at most 30.
  var SLIDES = Math.min(D.sl || 0, 30);
  function buildAttract() {
    attract.textContent = "";
    attract.appendChild(el("div", "k-slide", ""));
    attract.appendChild(el("div", "k-slide", ""));
    var cta = el("p", "k-cta", ui.touch);
    attract.appendChild(cta);
    var head = el("div", "k-attract-head");
    head.appendChild(el("p", "k-attract-title", D.title));
    var of = offerLine("k-attract-offer");
    if (of) {
      head.appendChild(of);
    }
    attract.appendChild(head);
    attract.addEventListener("click", function () {
      show("browse");
    });
  }
  // slide is product i's slide: its photo beside its facts, or without a
  // photo its facts in type on its group's colour beside the group's
  // icon (is-type).
  function slide(i) {
    var p = D.products[i], s = el("div", "k-slide-inner"), g = group(p);
    if (p.ph) {
      s.classList.add("is-type");
      tint(s, p);
      s.appendChild(art(p, "k-slide-art", false));
    } else {
      s.appendChild(img(p.i, "k-slide-img", false));
    }
    var info = el("div", "k-slide-info");
    var kicker = [p.ph || !g ? "" : g.n, districtName(p)].filter(Boolean).join(" · ");
    if (kicker) {
      info.appendChild(el("p", "k-slide-kicker", kicker));
    }
    info.appendChild(el("h2", "k-slide-name", p.n));
    addBadge(info, p);
    info.appendChild(stars(p.st));
    if (producer(p)) {
      info.appendChild(el("p", "k-slide-producer", producer(p).n));
    }
    if (p.p) {
      info.appendChild(el("p", "k-price", vnd(p.p) + (p.k ? " · " + p.k : "")));
    }
    var code = el("div", "k-slide-qr");
    info.appendChild(code);
    details(i).then(function (det) {
      if (det) {
        code.appendChild(qr(det.q, ui.scan, D.a));
      }
    });
    s.appendChild(info);
    return s;
  }
  function nextSlide() {
    var layers = attract.querySelectorAll(".k-slide");
    if (!SLIDES) {
      if (!layers[0].firstChild) {
        var empty = el("div", "k-slide-inner k-slide-empty");
        empty.appendChild(el("h2", "k-slide-name", D.title));
        empty.appendChild(el("p", "k-empty-text", D.rule === "none" && D.of ? D.of : ui.none));
        layers[0].appendChild(empty);
        layers[0].classList.add("is-on");
        attract.classList.add("is-empty");
      }
      return;
    }
    slideAt = (slideAt + 1) % SLIDES;
    var next = layers[1 - slideLayer], prev = layers[slideLayer];
    next.textContent = "";
    next.appendChild(slide(slideAt));
    next.classList.add("is-on");
    prev.classList.remove("is-on");
    slideLayer = 1 - slideLayer;
    attract.setAttribute("data-slide", String(slideAt));
    details((slideAt + 1) % SLIDES);
  }
  function startSlides() {
    if (slideTimer) {
      return;
    }
    nextSlide();
    slideTimer = setInterval(nextSlide, slideMs);
  }
  function stopSlides() {
    clearInterval(slideTimer);
    slideTimer = 0;
  }

  // ---- Browse by group, stars, district.

  var PAGE = 24;
  var tab = "group", value = -1, shown = PAGE;
  var grid, chips, tabs, more, count;
  function buildBrowse() {
    browse.textContent = "";
    var b = el("div", "k-bar");
    bar(b);
    browse.appendChild(b);
    tabs = el("div", "k-tabs");
    tabs.setAttribute("role", "tablist");
    [["group", ui.group], ["stars", ui.stars], ["district", ui.district]].forEach(function (t) {
      var x = button("k-tab", t[1], function () {
        tab = t[0];
        value = -1;
        shown = PAGE;
        drawBrowse();
      });
      x.setAttribute("role", "tab");
      x.setAttribute("data-tab", t[0]);
      tabs.appendChild(x);
    });
    browse.appendChild(tabs);
    chips = el("div", "k-chips");
    browse.appendChild(chips);
    var body = el("div", "k-scroll k-browse-body");
    var of = offerLine("k-offer");
    if (of) {
      browse.insertBefore(of, tabs);
    }
    // A showroom that offers nothing says why, and whom to ask, instead
    // of an empty grid.
    if (D.rule === "none") {
      tabs.hidden = chips.hidden = true;
      body.appendChild(el("p", "k-offer-none", D.of));
    }
    count = el("p", "k-count");
    body.appendChild(count);
    grid = el("ul", "k-grid");
    body.appendChild(grid);
    more = button("k-more", ui.more, function () {
      shown += PAGE;
      drawGrid();
    });
    body.appendChild(more);
    browse.appendChild(body);
  }
  function key(p) {
    return tab === "group" ? p.g : tab === "stars" ? p.st || 0 : p.d;
  }
  function values() {
    var counts = {};
    D.products.forEach(function (p) {
      var k = key(p);
      counts[k] = (counts[k] || 0) + 1;
    });
    var out = [];
    if (tab === "stars") {
      for (var s = 5; s >= 1; s--) {
        if (counts[s]) {
          out.push([s, fmt(ui.star_n, s), counts[s]]);
        }
      }
      if (counts[0]) {
        out.push([0, ui.stars_unknown, counts[0]]);
      }
    } else {
      (tab === "group" ? D.groups : D.districts).forEach(function (f, i) {
        if (counts[i]) {
          out.push([i, f.n, counts[i]]);
        }
      });
    }
    return out;
  }
  function drawBrowse() {
    Array.prototype.forEach.call(tabs.children, function (t) {
      var on = t.getAttribute("data-tab") === tab;
      t.classList.toggle("is-on", on);
      t.setAttribute("aria-selected", on ? "true" : "false");
    });
    chips.textContent = "";
    var all = button("k-chip", ui.all + " (" + D.products.length + ")", function () {
      value = -1;
      shown = PAGE;
      drawBrowse();
    });
    all.classList.toggle("is-on", value < 0);
    all.setAttribute("aria-pressed", value < 0 ? "true" : "false");
    chips.appendChild(all);
    values().forEach(function (v) {
      var c = button("k-chip", v[1] + " (" + v[2] + ")", function () {
        value = v[0];
        shown = PAGE;
        drawBrowse();
      });
      c.classList.toggle("is-on", value === v[0]);
      c.setAttribute("aria-pressed", value === v[0] ? "true" : "false");
      c.setAttribute("data-value", String(v[0]));
      chips.appendChild(c);
    });
    drawGrid();
  }
  function drawGrid() {
    var list = [];
    D.products.forEach(function (p, i) {
      if (value < 0 || key(p) === value) {
        list.push(i);
      }
    });
    count.textContent = list.length ? fmt(ui.count, list.length) : D.rule === "none" ? "" : ui.none;
    grid.textContent = "";
    list.slice(0, shown).forEach(function (i) {
      var p = D.products[i], li = el("li", "k-card-item");
      var c = button("k-card", "", function () { openProduct(i); });
      // Without a photo, a band of the group's colour with its icon and
      // name heads the card; the facts below are the same.
      if (p.ph) {
        c.classList.add("is-type");
        var band = tint(el("span", "k-card-band"), p), g = group(p);
        band.appendChild(icon(g ? g.id : "", "k-card-icon"));
        if (g) {
          band.appendChild(el("span", "k-card-group", g.n));
        }
        c.appendChild(band);
      } else {
        c.appendChild(img(p.i, "k-card-img", false));
      }
      c.appendChild(el("span", "k-card-name", p.n));
      if (badge(p)) {
        c.appendChild(el("span", "k-badge k-badge-expired", ui.badge_expired));
      }
      var st = stars(p.st);
      st.className = "k-stars k-card-stars";
      c.appendChild(st);
      var meta = [producer(p) ? producer(p).n : "", districtName(p)].filter(Boolean);
      meta.forEach(function (t) { c.appendChild(el("span", "k-card-meta", t)); });
      if (p.p) {
        c.appendChild(el("span", "k-price", vnd(p.p)));
      }
      li.appendChild(c);
      grid.appendChild(li);
    });
    more.hidden = list.length <= shown;
  }

  // ---- Details of a product or a tourism site.

  var detailGen = 0;
  function closeDetail() {
    detailGen++;
    detail.hidden = true;
    detail.textContent = "";
    html.removeAttribute("data-detail");
  }
  function panel(title, onBack) {
    detail.textContent = "";
    detail.hidden = false;
    var top = el("div", "k-detail-bar");
    top.appendChild(button("k-close", "✕ " + ui.close, onBack || closeDetail));
    detail.appendChild(top);
    var body = el("article", "k-detail-body k-scroll");
    body.setAttribute("aria-label", title);
    detail.appendChild(body);
    return body;
  }
  function paragraphs(box, list) {
    (list || []).forEach(function (t) { box.appendChild(el("p", "k-text", t)); });
  }
  function openProduct(i) {
    var p = D.products[i], my = ++detailGen;
    if (!p) {
      return;
    }
    html.setAttribute("data-detail", p.s);
    var body = panel(p.n);
    var head = el("div", "k-detail-head");
    var visual = el("div", "k-detail-visual");
    visual.appendChild(p.ph ? art(p, "k-detail-art", true) : img(p.i, "k-detail-img", false));
    head.appendChild(visual);
    var info = el("div", "k-detail-info");
    info.appendChild(el("h2", "k-detail-name", p.n));
    addBadge(info, p);
    info.appendChild(stars(p.st));
    var facts = el("ul", "k-facts");
    if (group(p)) {
      facts.appendChild(el("li", "", group(p).n));
    }
    info.appendChild(facts);
    var pr = producer(p);
    // Where to buy and whom to call, at once for a showroom's kiosk;
    // the whole catalog's names the showrooms of the product's details.
    var where = el("section", "k-buy");
    info.appendChild(where);
    if (D.here) {
      buy(where, p, null);
    }
    var code = el("div", "k-detail-qr");
    visual.appendChild(code);
    head.appendChild(info);
    body.appendChild(head);
    var story = el("section", "k-story");
    body.appendChild(story);
    if (pr && (pr.t && pr.t.length || pr.w)) {
      var who = el("section", "k-producer");
      who.appendChild(el("h3", "", ui.producer));
      who.appendChild(el("p", "k-producer-name", pr.n + (pr.k ? " · " + pr.k : "")));
      paragraphs(who, pr.t);
      if (pr.w) {
        who.appendChild(qr(pr.w, ui.scan_web, D.a));
      }
      body.appendChild(who);
    }
    var near = nearby(p);
    if (near.length) {
      var sites = el("section", "k-nearby");
      sites.appendChild(el("h3", "", ui.nearby));
      var ul = el("ul", "k-grid k-grid-sites");
      near.forEach(function (si) {
        var s = D.sites[si], li = el("li", "k-card-item");
        var c = button("k-card", "", function () { openSite(si, i); });
        if (s.ph) {
          c.classList.add("is-type");
          var band = el("span", "k-card-band");
          band.setAttribute("data-group", "du-lich");
          band.appendChild(icon("du-lich", "k-card-icon"));
          c.appendChild(band);
        } else {
          c.appendChild(img(s.i, "k-card-img", false));
        }
        c.appendChild(el("span", "k-card-name", s.n));
        if (s.k) {
          c.appendChild(el("span", "k-muted", s.k));
        }
        li.appendChild(c);
        ul.appendChild(li);
      });
      sites.appendChild(ul);
      body.appendChild(sites);
    }
    details(i).then(function (det) {
      if (!det || my !== detailGen) {
        return;
      }
      if (!D.here) {
        buy(where, p, det);
      }
      if (det.pl) {
        facts.appendChild(el("li", "", det.pl));
      }
      if (det.lv) {
        facts.appendChild(el("li", "", det.lv));
      }
      code.appendChild(qr(det.q, ui.scan, D.a));
      if (det.t && det.t.length) {
        story.appendChild(el("h3", "", ui.story));
        paragraphs(story, det.t);
      }
    });
  }
  // buy fills box with where product p is and whom to call: the
  // showroom (D.here) or the showrooms that offer it (det.at), the
  // producer's name, phone and address, price and pack. What is not
  // recorded says so and whom to ask, never an empty line.
  function buy(box, p, det) {
    box.textContent = "";
    box.appendChild(el("h3", "k-buy-title", ui.buy));
    var at = det && det.at || [], pr = producer(p);
    var ask = D.ask || (at.length ? fmt(ui.ask, at.join(", ")) : pr ? fmt(ui.ask_producer, pr.n) : "");
    var missing = false;
    function unknown(what) {
      missing = true;
      return what;
    }
    box.appendChild(el("p", "k-buy-here", D.here || (at.length ? fmt(ui.offered_at, at.join(", ")) : ui.offered_nowhere + ".")));
    if (pr) {
      box.appendChild(el("p", "k-buy-producer", pr.n + (pr.k ? " · " + pr.k : "")));
      box.appendChild(pr.ph ? el("p", "k-buy-phone", fmt(ui.phone, pr.ph)) : el("p", "k-buy-unknown", unknown(ui.phone_unknown)));
      if (pr.a || pr.pl) {
        box.appendChild(el("p", "k-buy-address", fmt(ui.address, pr.a || pr.pl)));
      }
      if (pr.a && pr.pl) {
        box.appendChild(el("p", "k-muted", pr.pl));
      }
    } else {
      box.appendChild(el("p", "k-buy-unknown", unknown(ui.producer_unknown)));
    }
    box.appendChild(p.p ? el("p", "k-buy-price k-price", fmt(ui.price, vnd(p.p) + (p.k ? " / " + p.k : ""))) : el("p", "k-buy-unknown", unknown(ui.price_unknown)));
    // One line says whom to ask for all that is not recorded.
    if (missing && ask) {
      box.appendChild(el("p", "k-buy-ask", ask.charAt(0).toUpperCase() + ask.slice(1) + "."));
    }
  }
  // nearby returns the tourism sites of the product's commune, then of
  // its district.
  function nearby(p) {
    var same = [], district = [];
    D.sites.forEach(function (s, i) {
      if (p.u && s.u === p.u) {
        same.push(i);
      } else if (p.d >= 0 && s.d === p.d) {
        district.push(i);
      }
    });
    return same.concat(district).slice(0, 6);
  }
  function openSite(si, from) {
    var s = D.sites[si];
    ++detailGen;
    var body = panel(s.n, function () { openProduct(from); });
    var head = el("div", "k-detail-head");
    if (s.ph) {
      var a = el("div", "k-art k-detail-art");
      a.setAttribute("data-group", "du-lich");
      a.appendChild(icon("du-lich", "k-art-icon"));
      if (s.k) {
        a.appendChild(el("p", "k-art-group", s.k));
      }
      head.appendChild(a);
    } else {
      head.appendChild(img(s.i, "k-detail-img", false));
    }
    var info = el("div", "k-detail-info");
    info.appendChild(el("h2", "k-detail-name", s.n));
    var facts = el("ul", "k-facts");
    [s.k, s.pl, s.h ? fmt(ui.hours, s.h) : ""].forEach(function (t) {
      if (t) {
        facts.appendChild(el("li", "", t));
      }
    });
    info.appendChild(facts);
    info.appendChild(qr(s.q, ui.scan, D.a));
    head.appendChild(info);
    body.appendChild(head);
    paragraphs(body, s.t);
  }

  // ---- Search: see search.js.

  var search = searchScreen.querySelector("[data-k-form]") && kioskSearch(searchScreen, D, { thumb: thumb, open: openProduct });
  // thumb is a search result's picture: the photo, or the group's icon
  // on its colour.
  function thumb(p) {
    if (!p.ph) {
      return img(p.i, "sr-thumb", false);
    }
    var t = tint(el("span", "sr-thumb k-thumb"), p), g = group(p);
    t.appendChild(icon(g ? g.id : "", "k-thumb-icon"));
    return t;
  }

  // ---- Idle: any input, seen in the capture phase, restarts the count.

  var last = Date.now(), reloadWhenIdle = false;
  ["pointerdown", "pointerup", "mousedown", "touchstart", "touchmove", "keydown", "wheel", "scroll", "input"].forEach(function (t) {
    window.addEventListener(t, function () { last = Date.now(); }, { capture: true, passive: true });
  });
  setInterval(function () {
    if (screen !== "attract" && Date.now() - last >= idleMs) {
      reset();
    } else if (screen === "attract" && reloadWhenIdle) {
      location.reload();
    }
  }, Math.min(1000, idleMs / 4));
  // reset clears what the last visitor did and shows the slides.
  function reset() {
    closeDetail();
    if (search) {
      search.clear();
    }
    tab = "group";
    value = -1;
    shown = PAGE;
    drawBrowse();
    Array.prototype.forEach.call(document.querySelectorAll(".k-scroll"), function (s) {
      s.scrollTop = 0;
    });
    window.scrollTo(0, 0);
    slideAt = -1;
    show("attract");
  }

  lock();
  orientation(D.orient);
  // A new build took over: reload once nobody is using the screen.
  offline(D.slug, function () { reloadWhenIdle = true; });

  // ---- Start.

  buildAttract();
  buildBrowse();
  if (search) {
    var sbar = searchScreen.querySelector("[data-k-bar]");
    bar(sbar);
    if (D.rule === "none") {
      sbar.parentNode.insertBefore(el("p", "k-offer-none", D.of), sbar.nextSibling);
    }
  }
  drawBrowse();
  var hash = location.hash.slice(1);
  if (hash === "browse" || hash === "search") {
    show(hash);
  } else if (hash.lastIndexOf("p=", 0) === 0 && bySlug[hash.slice(2)] !== undefined) {
    show("browse");
    openProduct(bySlug[hash.slice(2)]);
  } else {
    show("attract");
  }
  html.setAttribute("data-ready", "1");
}

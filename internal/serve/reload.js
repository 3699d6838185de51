// Live reload for `ocop serve`. Added to every page the development
// server sends, never to the output of `ocop build`. It listens for the
// server's events: "reload" (a page changed: reload this one if it is
// among them, keeping the scroll position), "css" (a style sheet
// changed: swap it without a reload), "problems" (the content has errors:
// show them over the page) and "ok" (no errors: hide them).
(function () {
  "use strict";
  var me = document.currentScript;
  var gen = me ? me.getAttribute("data-ocop-gen") : "0";
  var base = (me && me.getAttribute("data-ocop-base")) || "/";
  var scrollKey = "ocop-serve-scroll";

  function here() {
    var p = location.pathname;
    if (p.slice(-10) === "index.html") p = p.slice(0, -10);
    return p;
  }

  // Restore the scroll position saved before a reload of this page.
  try {
    var saved = JSON.parse(sessionStorage.getItem(scrollKey) || "null");
    if (saved && saved.path === location.pathname) {
      sessionStorage.removeItem(scrollKey);
      var restore = function () { window.scrollTo(saved.x, saved.y); };
      if (document.readyState === "complete") restore();
      else window.addEventListener("load", restore);
    }
  } catch (e) {}

  function reload() {
    try {
      sessionStorage.setItem(scrollKey, JSON.stringify({ path: location.pathname, x: window.scrollX, y: window.scrollY }));
    } catch (e) {}
    location.reload();
  }

  function mine(paths) {
    var p = here();
    for (var i = 0; i < paths.length; i++) {
      var q = paths[i];
      if (q === p || q === p + "/" || q + "/" === p || q === location.pathname) return true;
    }
    return false;
  }

  function swapCSS(paths) {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      var l = links[i];
      var u = new URL(l.href, location.href);
      if (u.origin !== location.origin || paths.indexOf(u.pathname) < 0) continue;
      u.searchParams.set("ocop", String(Date.now()));
      l.href = u.pathname + u.search;
    }
  }

  var overlay = null;
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  function show(data) {
    hide();
    var o = document.createElement("div");
    o.id = "ocop-serve-errors";
    o.setAttribute("role", "alert");
    var s = o.style;
    s.position = "fixed"; s.left = "0"; s.right = "0"; s.top = "0"; s.maxHeight = "70vh";
    s.overflow = "auto"; s.zIndex = "2147483647"; s.background = "#fff8f6";
    s.color = "#2b0b05"; s.borderBottom = "4px solid #b3261e"; s.padding = "1rem 1.25rem";
    s.font = "15px/1.45 system-ui, sans-serif"; s.boxShadow = "0 4px 16px rgba(0,0,0,.25)";
    // The words come from the server, in the editor's language.
    var h = document.createElement("h2");
    h.textContent = data.title || "";
    h.style.margin = "0 0 .5rem"; h.style.fontSize = "1.1rem"; h.style.color = "#b3261e";
    o.appendChild(h);
    var p = document.createElement("p");
    p.textContent = data.note || "";
    p.style.margin = "0 0 .75rem";
    o.appendChild(p);
    var ul = document.createElement("ul");
    ul.style.margin = "0"; ul.style.paddingLeft = "1.2rem";
    var list = data.problems || [];
    for (var i = 0; i < list.length; i++) {
      var li = document.createElement("li");
      li.style.marginBottom = ".35rem";
      var pos = document.createElement("code");
      pos.textContent = list[i].pos;
      pos.style.fontWeight = "bold";
      li.appendChild(pos);
      li.appendChild(document.createTextNode(": " + (list[i].label || list[i].severity) + ": " + list[i].message));
      ul.appendChild(li);
    }
    o.appendChild(ul);
    if (data.more) {
      var m = document.createElement("p");
      m.textContent = data.moreText || ("… +" + data.more);
      o.appendChild(m);
    }
    if (data.hide) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = data.hide;
      b.style.marginTop = ".5rem"; b.style.font = "inherit";
      b.addEventListener("click", hide);
      o.appendChild(b);
    }
    (document.body || document.documentElement).appendChild(o);
    overlay = o;
  }

  if (!window.EventSource) return;
  var src = new EventSource(base + "_ocop/events?gen=" + encodeURIComponent(gen) + "&path=" + encodeURIComponent(location.pathname));
  src.addEventListener("reload", function (e) {
    var d = JSON.parse(e.data);
    if (d.all || mine(d.paths || [])) reload();
  });
  src.addEventListener("css", function (e) {
    swapCSS(JSON.parse(e.data).paths || []);
  });
  src.addEventListener("problems", function (e) {
    if (e.data) show(JSON.parse(e.data));
  });
  src.addEventListener("ok", function () { hide(); });
})();

// The search box of every page: an ARIA 1.2 combobox that lists the best
// results while the visitor types.

import { el, fmt, plural, announce, later, signal } from "../lib/dom.js";
import { store, boot, loadAll } from "./index.js";
import { parse, words1 } from "./rank.js";
import { find } from "./find.js";
import { record, label, searchURL, chunksFor } from "./display.js";
import { readAhead } from "./readahead.js";

var MAX_OPTIONS = 8;

export function searchBox(form) {
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
      if (rec.expired) {
        meta.push(form.getAttribute("data-t-expired") || "");
      }
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
  // Keys typed before this script arrived (it loads on first use) are
  // in the box already: search them now.
  if (document.activeElement === input) {
    start();
    if (input.value) {
      update();
    }
  }
}

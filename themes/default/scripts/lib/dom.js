// Small DOM helpers shared by the search and the kiosk: text only, never
// markup from data.

export function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) {
    e.className = cls;
  }
  if (text) {
    e.textContent = text;
  }
  return e;
}
// button makes a button of class k-button and cls that calls onTap.
export function button(cls, text, onTap) {
  var b = el("button", "k-button " + (cls || ""), text);
  b.type = "button";
  b.addEventListener("click", function (e) {
    e.preventDefault();
    onTap(e);
  });
  return b;
}
// fmt puts v in place of the %d or %s of s.
export function fmt(s, v) {
  return (s || "").replace("%d", String(v)).replace("%s", String(v));
}
// plural formats n with the form of the attribute key of node
// ("one|other") that n takes.
var formsOf = new Map();
export function plural(node, key, n) {
  var forms = formsOf.get(key);
  if (!forms) {
    forms = (node.getAttribute(key) || "").split("|");
    formsOf.set(key, forms);
  }
  return fmt(n === 1 ? forms[0] : forms[1] || forms[0], n);
}
// announce sets the text of a live region, unless it has it already:
// rewriting the same text makes some screen readers repeat it.
export function announce(node, text) {
  if (node && node.textContent !== text) {
    node.textContent = text;
  }
}
// later sets a live region's text once typing has paused, so that a
// screen reader announces the count once, not at every key.
var timers = new Map();
export function later(node, text) {
  if (!node) {
    return;
  }
  clearTimeout(timers.get(node));
  timers.set(node, setTimeout(function () { announce(node, text); }, 600));
}
// afterPaint resolves once the frame with the current page is painted.
export function afterPaint() {
  return new Promise(function (resolve) {
    requestAnimationFrame(function () { setTimeout(resolve, 0); });
  });
}
// signal dispatches an event on the document, for tests and themes.
export function signal(name, detail) {
  document.dispatchEvent(new CustomEvent(name, { detail: detail }));
}

// In-page filter for the all-products page. Optional: without JavaScript
// every product is still listed and the browse links reach every list page.

import { tokens } from "../search/fold.js";

// filter filters the cards of list (elements with data-search) by the
// fields of form as they change, starting with the address's query.
export function filter(form, list) {
  var cards = Array.prototype.slice.call(list.querySelectorAll("[data-search]"));
  var status = document.querySelector("[data-filter-status]");
  var result = document.querySelector("[data-filter-result]");
  var empty = document.querySelector("[data-filter-empty]");

  // words folds what is typed as search folds words, which is how the
  // build folds each card's data-search attribute (tested against
  // internal/search/testdata/fold.tsv).
  function words(s) {
    return tokens(s).map(function (w) { return w.f; });
  }

  function apply() {
    var g = form.elements.group.value;
    var s = form.elements.stars.value;
    var d = form.elements.district.value;
    var typed = words(form.elements.q.value);
    var shown = 0;
    cards.forEach(function (c) {
      var text = " " + c.getAttribute("data-search") + " ";
      var ok = (!g || c.getAttribute("data-group") === g) &&
        (!s || c.getAttribute("data-stars") === s) &&
        (!d || c.getAttribute("data-district") === d) &&
        typed.every(function (w) { return text.indexOf(" " + w) >= 0; });
      c.hidden = !ok;
      if (ok) {
        shown++;
      }
    });
    if (status) {
      var text = shown === 0 && status.getAttribute("data-empty") ?
        status.getAttribute("data-empty") :
        status.getAttribute("data-template").replace("%d", String(shown));
      // Rewriting the same text would make some screen readers repeat it.
      if (status.textContent !== text) {
        status.textContent = text;
      }
    }
    if (empty) {
      empty.hidden = shown !== 0;
    }
    if (result) {
      result.classList.toggle("is-empty", shown === 0);
    }
  }

  var params = new URLSearchParams(window.location.search);
  ["q", "group", "stars", "district"].forEach(function (k) {
    var v = params.get(k);
    if (v !== null && form.elements[k]) {
      form.elements[k].value = v;
    }
  });
  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () {
    // The empty-state button hides itself: keep the focus in the form.
    var fromEmpty = empty && empty.contains(document.activeElement);
    window.setTimeout(function () {
      apply();
      if (fromEmpty) {
        form.elements.q.focus();
      }
    }, 0);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  apply();
}

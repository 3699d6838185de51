// The all-products page's script: its in-page filter.

import { filter } from "./filter/filter.js";

var form = document.querySelector("[data-filter]");
var list = document.querySelector("[data-cards]");
if (form && list && "normalize" in String.prototype) {
  filter(form, list);
}

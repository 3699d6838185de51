// The search box of every page, loaded by search.js on first use.

import { ok } from "./search/start.js";
import { searchBox } from "./search/box.js";

var form = document.querySelector("[data-search-box]");
if (ok && form) {
  searchBox(form);
}

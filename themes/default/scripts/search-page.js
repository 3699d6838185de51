// The search page's script: the box and the page at once.

import { ok } from "./search/start.js";
import { searchBox } from "./search/box.js";
import { searchPage } from "./search/page.js";

var box = document.querySelector("[data-search-box]");
if (ok && box) {
  searchBox(box);
}
var page = document.querySelector("[data-search-page]");
if (ok && page) {
  searchPage(page);
}

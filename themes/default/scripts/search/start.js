// The start of a search script: ok tells whether the browser has what the
// search needs; install puts the engine on window.ocopSearch.

import { me } from "../lib/load.js";
import { install } from "./api.js";

// ok is false in browsers without String.prototype.normalize, promises
// or URL, and when the script's own address is unknown.
export var ok = !!(me && me.src && "normalize" in String.prototype && window.Promise && window.URL);

if (ok) {
  install();
}

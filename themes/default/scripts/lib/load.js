// Loading classic scripts with <script> elements, which works from any
// static server, under a sub-path, offline and from file://, where
// fetch and modules do not.

// me is the script element of the bundle this module is in, found while
// the bundle runs; root is the site root, the folder above assets/.
export const me = document.currentScript;
export const root = me && me.src ? new URL("../", me.src).href : "";
// fileMode is set for a site opened straight from the disk, where a
// folder's page must be named (index.html) and no query is sent.
export const fileMode = location.protocol === "file:";

// loadScript appends a script of url to the page and resolves to whether
// it loaded.
export function loadScript(url) {
  return new Promise(function (resolve) {
    var s = document.createElement("script");
    s.src = url;
    s.onload = function () { resolve(true); };
    s.onerror = function () { resolve(false); };
    document.head.appendChild(s);
  });
}

// QR codes of the kiosk, drawn from data.js.

import { el } from "../lib/dom.js";

// qr draws a QR code of data.js ("size:digits", six modules a digit,
// digits the 64 digits in order) as an SVG path.
export function qr(code, caption, digits) {
  var fig = el("figure", "k-qr");
  var colon = (code || "").indexOf(":");
  if (colon < 1) {
    return fig;
  }
  var n = parseInt(code.slice(0, colon), 10), bits = code.slice(colon + 1), d = "";
  function dark(x, y) {
    var i = y * n + x, c = digits.indexOf(bits.charAt(Math.floor(i / 6)));
    return c >= 0 && (c >> (i % 6) & 1) === 1;
  }
  for (var y = 0; y < n; y++) {
    for (var x = 0; x < n; x++) {
      if (dark(x, y)) {
        var run = 1;
        while (x + run < n && dark(x + run, y)) {
          run++;
        }
        d += "M" + x + " " + y + "h" + run + "v1h-" + run + "z";
        x += run - 1;
      }
    }
  }
  var NS = "http://www.w3.org/2000/svg";
  var svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "-4 -4 " + (n + 8) + " " + (n + 8));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", caption || "QR");
  var bg = document.createElementNS(NS, "rect");
  bg.setAttribute("x", "-4");
  bg.setAttribute("y", "-4");
  bg.setAttribute("width", String(n + 8));
  bg.setAttribute("height", String(n + 8));
  bg.setAttribute("fill", "#fff");
  var path = document.createElementNS(NS, "path");
  path.setAttribute("d", d);
  path.setAttribute("fill", "#000");
  svg.appendChild(bg);
  svg.appendChild(path);
  fig.appendChild(svg);
  if (caption) {
    fig.appendChild(el("figcaption", "", caption));
  }
  return fig;
}

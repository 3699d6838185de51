// The kiosk's icons of the browse groups, drawn in the group's colour
// where a product has no photo (see art in main.js). The shapes are the
// theme's placeholder pictures (assets/placeholder-<group>.svg) as line
// art: "i" parts take the text colour, "a" parts the accent, "c" parts
// the background (cut-outs).

var NS = "http://www.w3.org/2000/svg";

// shapes are each group's parts: [kind, tag, attributes].
var shapes = {
  "thuc-pham": [
    ["i", "path", { d: "M130 150h140a70 70 0 0 1-140 0z" }],
    ["i", "rect", { x: 150, y: 218, width: 100, height: 12, rx: 6 }],
    ["i", "path", { d: "M165 140c0-20 20-30 35-40M200 140c0-25 15-35 30-45M235 140c0-18 10-26 22-32", stroke: 8, fill: "none" }]
  ],
  "do-uong": [
    ["i", "path", { d: "M185 60h30v35c25 12 35 30 35 55v80a14 14 0 0 1-14 14h-72a14 14 0 0 1-14-14v-80c0-25 10-43 35-55z" }],
    ["a", "rect", { x: 178, y: 48, width: 44, height: 16, rx: 4 }],
    ["c", "rect", { x: 165, y: 160, width: 70, height: 44, rx: 6 }]
  ],
  "duoc-lieu": [
    ["i", "path", { d: "M200 240V120", stroke: 8 }],
    ["i", "path", { d: "M200 170c-50 0-75-35-75-80 45 0 75 30 75 80zM200 140c45 0 70-30 70-75-42 0-70 28-70 75z" }]
  ],
  "thu-cong-my-nghe": [
    ["i", "path", { d: "M160 70h80l-10 30c35 20 50 55 45 95-5 35-30 50-75 50s-70-15-75-50c-5-40 10-75 45-95z" }],
    ["c", "path", { d: "M138 170h124M145 200h110", stroke: 8 }]
  ],
  "sinh-vat-canh": [
    ["a", "rect", { x: 150, y: 205, width: 100, height: 40, rx: 8 }],
    ["i", "path", { d: "M200 205v-60c0-15-10-25-25-30M200 160c10-15 25-20 40-20", stroke: 10, fill: "none" }],
    ["i", "ellipse", { cx: 165, cy: 105, rx: 45, ry: 28 }],
    ["i", "ellipse", { cx: 245, cy: 130, rx: 40, ry: 25 }]
  ],
  "du-lich": [
    ["a", "path", { d: "M120 130l80-60 80 60z" }],
    ["i", "rect", { x: 140, y: 130, width: 120, height: 110 }],
    ["c", "rect", { x: 185, y: 180, width: 30, height: 60 }],
    ["a", "path", { d: "M110 130h180", stroke: 10 }]
  ],
  "": [
    ["i", "path", { d: "M200 60l24 49 54 8-39 38 9 54-48-25-48 25 9-54-39-38 54-8z" }]
  ]
};

// icon returns the icon of browse group id (the star of OCOP for an
// unknown group) as an SVG element of class cls, hidden from screen
// readers: the group's name is always written beside it.
export function icon(id, cls) {
  var parts = shapes[id] || shapes[""];
  var svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "100 40 200 215");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", "k-icon " + (cls || ""));
  parts.forEach(function (part) {
    var e = document.createElementNS(NS, part[1]), a = part[2];
    var paint = part[0] === "i" ? "currentColor" : part[0] === "a" ? "var(--k-accent)" : "var(--k-cut)";
    Object.keys(a).forEach(function (k) {
      if (k !== "stroke" && k !== "fill") {
        e.setAttribute(k, String(a[k]));
      }
    });
    if (a.stroke) {
      e.setAttribute("stroke", paint);
      e.setAttribute("stroke-width", String(a.stroke));
      e.setAttribute("stroke-linecap", "round");
      e.setAttribute("fill", "none");
    } else {
      e.setAttribute("fill", paint);
    }
    svg.appendChild(e);
  });
  return svg;
}

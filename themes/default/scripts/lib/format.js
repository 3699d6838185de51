// Numbers as the site writes them, the same as internal/format.

// vnd writes a price in đồng with dots between thousands and a no-break
// space before the sign: 120.000 ₫.
export function vnd(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".") + "\u00a0₫";
}

// starGlyphs is n filled stars out of five.
export function starGlyphs(n) {
  return "★★★★★".slice(0, n) + "☆☆☆☆☆".slice(0, 5 - n);
}

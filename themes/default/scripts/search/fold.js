// Folding, the same as internal/search/fold.go (tested against
// internal/search/testdata/fold.tsv): NFC, lower case, no tone or vowel
// marks, đ as d.

var TONE_OLD = {}, A = "àáảãạ", E = "èéẻẽẹ", O = "òóỏõọ", U = "ùúủũụ", Y = "ỳýỷỹỵ";
for (var i = 0; i < 5; i++) {
  TONE_OLD["o" + A[i]] = O[i] + "a";
  TONE_OLD["o" + E[i]] = O[i] + "e";
  TONE_OLD["u" + Y[i]] = U[i] + "y";
}
var TONE_RE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g;
var WORD_RE = /[\p{L}\p{N}\p{M}]+/gu, BASE_RE = /[\p{L}\p{N}]/u;
export var END_RE = /[\p{L}\p{N}\p{M}]$/u;

export function lower(s) {
  return s.normalize("NFC").toLowerCase().replace(/ς/g, "σ")
    .replace(TONE_RE, function (m) { return TONE_OLD[m]; });
}
export function fold(s) {
  return lower(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[đð]/g, "d").normalize("NFC");
}
// tokens returns the words of s, each folded (f) and toned (t). The
// folding of each word is kept: typing folds the same words again at
// every key.
var folded = new Map();
export function tokens(s) {
  var out = [], ws = lower(s).match(WORD_RE) || [];
  for (var i = 0; i < ws.length; i++) {
    var f = folded.get(ws[i]);
    if (f === undefined) {
      f = BASE_RE.test(ws[i]) ? fold(ws[i]) : "";
      if (!BASE_RE.test(f)) {
        f = "";
      }
      if (folded.size > 1000) {
        folded.clear();
      }
      folded.set(ws[i], f);
    }
    if (f) {
      out.push({ f: f, t: ws[i] });
    }
  }
  return out;
}
export function runes(s) { return Array.from(s).length; }

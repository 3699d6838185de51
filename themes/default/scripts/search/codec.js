// The digits of the index: lists of records (gaps as base-32 numbers, or
// a bitmap) and packed numbers, in the alphabet of the manifest (a, from
// search.Alphabet), the same as internal/search/encode.go writes them.

// DIGIT is the value of each digit by its character code, set by
// alphabet once the manifest is read.
export var DIGIT = new Int8Array(128);

// alphabet sets the 64 digits, in order.
export function alphabet(a) {
  for (var i = 0; i < 64 && i < a.length; i++) {
    DIGIT[a.charCodeAt(i)] = i;
  }
}

// number reads the digits of s as one base-64 number.
export function number(s) {
  var v = 0;
  for (var c = 0; c < s.length; c++) {
    v = v * 64 + DIGIT[s.charCodeAt(c)];
  }
  return v;
}

// list decodes a list of records, kept for the next time it is asked.
var lists = new Map();
export function list(s) {
  var l = lists.get(s);
  if (l) {
    return l;
  }
  var out = [], i, c, b;
  if (s.charCodeAt(0) === 33) {
    for (i = 1; i < s.length; i++) {
      c = DIGIT[s.charCodeAt(i)];
      for (b = 0; b < 6; b++) {
        if (c & (1 << b)) {
          out.push((i - 1) * 6 + b);
        }
      }
    }
  } else {
    var prev = -1, v = 0;
    for (i = 0; i < s.length; i++) {
      c = DIGIT[s.charCodeAt(i)];
      v = v * 32 + (c & 31);
      if (c < 32) {
        prev += v + 1;
        out.push(prev);
        v = 0;
      }
    }
  }
  l = Int32Array.from(out);
  lists.set(s, l);
  return l;
}

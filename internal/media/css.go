package media

import (
	"strings"
	"unicode/utf8"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// cssFunctions are the CSS functions an SVG's styles may use: colours,
// transforms, shapes, arithmetic and selectors. url() is allowed only to
// an element of the same file (url(#id)). Anything else (image-set(),
// src(), attr(), expression(), …) is a finding: a function of CSS is the
// one way a style loads another file.
var cssFunctions = setOf(
	"url", "rgb", "rgba", "hsl", "hsla",
	"matrix", "translate", "translatex", "translatey", "scale", "scalex", "scaley",
	"rotate", "skewx", "skewy",
	"rect", "inset", "circle", "ellipse", "polygon", "calc",
	"not", "is", "where", "nth-child", "nth-of-type", "nth-last-child", "nth-last-of-type", "lang",
)

// cssAtRules are the at-rules a <style> may hold; @import, @font-face
// (which loads fonts) and the rest are findings.
var cssAtRules = setOf("media", "keyframes", "-webkit-keyframes")

// cssProblem returns, in plain words, the first thing a CSS text (a
// stylesheet, a style attribute or an attribute's value) has that may not
// be in a published SVG, or nil when it has none. The text is read as a
// browser reads it: comments dropped, escapes (\75 rl, \u) decoded, in
// any ASCII case.
func cssProblem(css string) error {
	s := cssDecode(css)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '@':
			name := cssIdent(s[i+1:])
			if !cssAtRules[name] {
				return message.Errorf("a style rule @%s", name)
			}
		case '(':
			j := i
			for j > 0 && isIdentByte(s[j-1]) {
				j--
			}
			name := s[j:i]
			if name == "" {
				continue // a parenthesis alone, as in @media (min-width: 40em)
			}
			if !cssFunctions[name] {
				return message.Errorf("a style function %s()", name)
			}
			if name == "url" {
				if arg := cssURL(s[i+1:]); !localRef(arg) {
					return message.Errorf("a style that loads another file (url(%s))", short(arg))
				}
			}
		}
	}
	return nil
}

// cssDecode returns css with comments removed, escapes decoded and ASCII
// letters in lower case.
func cssDecode(css string) string {
	var b strings.Builder
	for i := 0; i < len(css); {
		c := css[i]
		switch {
		case c == '/' && i+1 < len(css) && css[i+1] == '*':
			end := strings.Index(css[i+2:], "*/")
			if end < 0 {
				i = len(css)
			} else {
				i += 2 + end + 2
			}
			b.WriteByte(' ')
		case c == '\\':
			r, n := cssEscape(css[i+1:])
			i += 1 + n
			if r >= 0 {
				b.WriteRune(lowerASCII(r))
			}
		default:
			b.WriteByte(byte(lowerASCII(rune(c))))
			i++
		}
	}
	return b.String()
}

// cssEscape decodes the escape after a backslash at the start of s: up to
// six hex digits and one optional white space, or any one character; a
// backslash before a newline is a line continuation (r is -1). n is the
// number of bytes read.
func cssEscape(s string) (r rune, n int) {
	if s == "" {
		return utf8.RuneError, 0
	}
	for n < len(s) && n < 6 && isHex(s[n]) {
		n++
	}
	if n == 0 {
		if s[0] == '\n' || s[0] == '\f' || s[0] == '\r' {
			return -1, 1
		}
		r, size := utf8.DecodeRuneInString(s)
		return r, size
	}
	var v rune
	for _, c := range s[:n] {
		v = v*16 + rune(hexVal(byte(c)))
	}
	if n < len(s) {
		switch s[n] {
		case ' ', '\t', '\n', '\f':
			n++
		case '\r':
			n++
			if n < len(s) && s[n] == '\n' {
				n++
			}
		}
	}
	if v == 0 || v > utf8.MaxRune || v >= 0xD800 && v <= 0xDFFF {
		v = utf8.RuneError
	}
	return v, n
}

// cssURL returns the argument of an url( whose rest is s: quoted or not,
// without surrounding white space.
func cssURL(s string) string {
	s = strings.TrimLeft(s, " \t\n\r\f")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		if end := strings.IndexByte(s[1:], s[0]); end >= 0 {
			return s[1 : 1+end]
		}
		return s[1:]
	}
	if end := strings.IndexByte(s, ')'); end >= 0 {
		s = s[:end]
	}
	return strings.TrimRight(s, " \t\n\r\f")
}

// cssIdent returns the identifier at the start of s.
func cssIdent(s string) string {
	n := 0
	for n < len(s) && isIdentByte(s[n]) {
		n++
	}
	return s[:n]
}

// isIdentByte reports whether c may be part of a CSS identifier (letters,
// digits, - and _, and every byte of a non-ASCII character).
func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c >= 0x80
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}

func lowerASCII(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// localRef reports whether a link (an href, or the argument of a CSS
// url()) points at an element of the same file: "#" and a name, read as
// a browser reads it, with ASCII white space and control characters
// removed.
func localRef(ref string) bool {
	s := strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, ref)
	return len(s) > 1 && s[0] == '#' && !strings.ContainsAny(s, "()\\\"'")
}

// short returns s cut to 40 characters with "…" for a message.
func short(s string) string {
	n := 0
	for i := range s {
		if n == 40 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

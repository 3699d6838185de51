package load

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

var bom = []byte{0xEF, 0xBB, 0xBF}

// text turns a file's bytes into the form every record is parsed in: valid
// UTF-8 without a byte-order mark, LF line endings, NFC. For bytes that are
// not UTF-8 it returns ok false and a diagnostic at the first bad byte.
func text(path string, b []byte) (string, catalog.Diagnostic, bool) {
	b = bytes.TrimPrefix(b, bom)
	if !utf8.Valid(b) {
		line, col := 1, 1
		for i := 0; i < len(b); {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			if r == '\n' || (r == '\r' && (i+1 == len(b) || b[i+1] != '\n')) {
				// LF, CRLF and a lone CR each end a line, as below.
				line, col = line+1, 1
			} else if r == '\r' {
				// The CR of a CRLF: its LF ends the line.
			} else {
				col++
			}
			i += size
		}
		var ds catalog.Diagnostics
		ds.Errorf(catalog.Pos{Path: path, Line: line, Col: col}, "file is not UTF-8 text; save it as UTF-8 (in most editors: Save with encoding, UTF-8)")
		return "", ds[0], false
	}
	if bytes.IndexByte(b, '\r') >= 0 {
		b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
		b = bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
	}
	return norm.NFC.String(string(b)), catalog.Diagnostic{}, true
}

// frontMatter splits a Markdown record into its YAML front matter and body.
// The front matter starts on the file's second line; body starts on
// bodyLine. ok is false when the file does not start with "---" or the
// block is not closed.
func frontMatter(s string) (yamlText, body string, bodyLine int, ok, unclosed bool) {
	if s != "---" && !hasPrefixLine(s, "---") {
		return "", s, 1, false, false
	}
	rest := s[len("---"):]
	rest = trimLineEnd(rest)
	line := 2
	i := 0
	for i <= len(rest) {
		j := indexFrom(rest, i, '\n')
		var l string
		if j < 0 {
			l = rest[i:]
		} else {
			l = rest[i:j]
		}
		if isDelim(l) {
			yamlText = rest[:i]
			if j < 0 {
				return yamlText, "", line + 1, true, false
			}
			return yamlText, rest[j+1:], line + 1, true, false
		}
		if j < 0 {
			break
		}
		i = j + 1
		line++
	}
	return "", "", 0, false, true
}

func isDelim(l string) bool {
	for len(l) > 3 && (l[len(l)-1] == ' ' || l[len(l)-1] == '\t') {
		l = l[:len(l)-1]
	}
	return l == "---"
}

func hasPrefixLine(s, p string) bool {
	if len(s) < len(p) || s[:len(p)] != p {
		return false
	}
	r := s[len(p):]
	for len(r) > 0 && (r[0] == ' ' || r[0] == '\t') {
		r = r[1:]
	}
	return r == "" || r[0] == '\n'
}

// trimLineEnd drops trailing blanks and the newline of the opening line.
func trimLineEnd(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '\n' {
		return s[1:]
	}
	return s
}

func indexFrom(s string, i int, c byte) int {
	k := strings.IndexByte(s[i:], c)
	if k < 0 {
		return -1
	}
	return i + k
}

// Package i18n holds the UI strings of a theme, one language at a time.
//
// A theme keeps them in flat files of `key: text` lines, one file a
// language: i18n/<lang>.yaml for the pages and the kiosks (whose strings
// are the keys that start with kiosk_), print/i18n/<lang>.yaml for the
// brochures and shelf labels. A text may hold fmt verbs (%s, %d) that T
// fills in; a count has two keys, <key>_one and <key>_other, that N
// chooses between.
package i18n

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Dict is the UI strings of one language, as read from one file. Its
// methods are safe for concurrent use.
type Dict struct {
	path string // the file, for messages: "i18n/vi.yaml"
	m    map[string]string
}

// Load reads dir/<lang>.yaml of theme ("i18n", "print/i18n") and returns
// its strings, or an error naming the language or the file and line.
func Load(theme fs.FS, dir, lang string) (*Dict, error) {
	p := path.Join(dir, lang+".yaml")
	b, err := fs.ReadFile(theme, p)
	if err != nil {
		return nil, fmt.Errorf("UI strings for language %q: %w", lang, err)
	}
	return Parse(p, string(b))
}

// Parse parses src, the text of the file named name, as a flat YAML file
// of UI strings: one `key: value` per line, the value plain,
// "double-quoted" (with Go/YAML escapes) or 'single-quoted'; blank lines
// and # comments are skipped. Nested blocks, lists and multi-line values
// are rejected, so a theme file is never silently misread. An error reads
// "name: line N: what is wrong".
func Parse(name, src string) (*Dict, error) {
	d := &Dict{path: name, m: map[string]string{}}
	src = strings.TrimPrefix(src, "\ufeff")
	for i, line := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		n := i + 1
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			return nil, fmt.Errorf("%s: line %d: indented line; the file is flat, one key: value per line", name, n)
		}
		k, v, ok := strings.Cut(t, ":")
		k = strings.TrimSpace(k)
		if !ok || k == "" || strings.ContainsAny(k, " \"'") {
			return nil, fmt.Errorf("%s: line %d: want key: value", name, n)
		}
		val, err := value(strings.TrimSpace(v))
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: %s: %w", name, n, k, err)
		}
		if _, dup := d.m[k]; dup {
			return nil, fmt.Errorf("%s: line %d: key %s is set twice", name, n, k)
		}
		d.m[k] = val
	}
	return d, nil
}

// value decodes the value of one line.
func value(v string) (string, error) {
	switch {
	case v == "":
		return "", fmt.Errorf("empty value; nested blocks are not supported")
	case v[0] == '"':
		s, err := strconv.Unquote(v)
		if err != nil {
			return "", fmt.Errorf("bad double-quoted value %s", v)
		}
		return s, nil
	case v[0] == '\'':
		if len(v) < 2 || v[len(v)-1] != '\'' {
			return "", fmt.Errorf("unclosed single-quoted value")
		}
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'"), nil
	case v[0] == '[' || v[0] == '{' || v[0] == '|' || v[0] == '>' || v[0] == '&' || v[0] == '*':
		return "", fmt.Errorf("only plain or quoted text is supported, got %s", v)
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	return v, nil
}

// Path returns the file the strings were read from: "i18n/vi.yaml".
func (d *Dict) Path() string { return d.path }

// T returns the string of key, formatted with args (fmt verbs) when any
// are given, or an error naming the key and the file when it has none.
func (d *Dict) T(key string, args ...any) (string, error) {
	s, ok := d.m[key]
	if !ok {
		return "", fmt.Errorf("no UI string %q in %s", key, d.path)
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...), nil
	}
	return s, nil
}

// N returns the string of key_one (for n = 1) or key_other, formatted
// with n: N("stars", 4) is "4 sao" or "4 stars".
func (d *Dict) N(key string, n int) (string, error) {
	if n == 1 {
		return d.T(key+"_one", n)
	}
	return d.T(key+"_other", n)
}

// Has reports whether the file sets key.
func (d *Dict) Has(key string) bool {
	_, ok := d.m[key]
	return ok
}

// Keys returns every key of the file, sorted.
func (d *Dict) Keys() []string {
	ks := make([]string, 0, len(d.m))
	for k := range d.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Prefixed returns the strings whose keys start with prefix, keyed by the
// rest of the key: Prefixed("kiosk_") maps "idle" to the text of
// kiosk_idle, and Prefixed("") returns every string. The map is the
// caller's.
func (d *Dict) Prefixed(prefix string) map[string]string {
	out := map[string]string{}
	for k, v := range d.m {
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			out[rest] = v
		}
	}
	return out
}

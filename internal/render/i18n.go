package render

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// dict is the UI strings of one language: i18n/<lang>.yaml of the theme.
type dict map[string]string

// loadDicts reads i18n/<lang>.yaml of the theme for every language.
func loadDicts(theme fs.FS, langs []string) (map[string]dict, error) {
	ds := make(map[string]dict, len(langs))
	for _, lang := range langs {
		p := path.Join("i18n", lang+".yaml")
		b, err := fs.ReadFile(theme, p)
		if err != nil {
			return nil, fmt.Errorf("theme: UI strings for language %q: %w", lang, err)
		}
		d, err := parseDict(string(b))
		if err != nil {
			return nil, fmt.Errorf("theme: %s: %w", p, err)
		}
		ds[lang] = d
	}
	return ds, nil
}

// parseDict parses a flat YAML file of UI strings: one `key: value` per
// line, the value plain, "double-quoted" (with Go/YAML escapes) or
// 'single-quoted'; blank lines and # comments are skipped. Nested blocks,
// lists and multi-line values are rejected, so a theme file is never
// silently misread.
func parseDict(src string) (dict, error) {
	d := dict{}
	src = strings.TrimPrefix(src, "\ufeff")
	for i, line := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		n := i + 1
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			return nil, fmt.Errorf("line %d: indented line; the file is flat, one key: value per line", n)
		}
		k, v, ok := strings.Cut(t, ":")
		k = strings.TrimSpace(k)
		if !ok || k == "" || strings.ContainsAny(k, " \"'") {
			return nil, fmt.Errorf("line %d: want key: value", n)
		}
		val, err := dictValue(strings.TrimSpace(v))
		if err != nil {
			return nil, fmt.Errorf("line %d: %s: %w", n, k, err)
		}
		if _, dup := d[k]; dup {
			return nil, fmt.Errorf("line %d: key %s is set twice", n, k)
		}
		d[k] = val
	}
	return d, nil
}

// dictValue decodes one value of a dict line.
func dictValue(v string) (string, error) {
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

// keys returns the dict's keys, sorted.
func (d dict) keys() []string {
	ks := make([]string, 0, len(d))
	for k := range d {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

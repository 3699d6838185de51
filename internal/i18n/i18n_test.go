package i18n

import (
	"io/fs"
	"maps"
	"strings"
	"testing"
	"testing/fstest"

	"gopkg.in/yaml.v3"

	"github.com/namdinh-ocop/ocop/themes"
)

func TestParse(t *testing.T) {
	d, err := Parse("i18n/vi.yaml", "# c\na: \"x \\\"y\\\"\"\nb: 'it''s'\nc: plain # note\n\n")
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"a": `x "y"`, "b": "it's", "c": "plain"} {
		if got, err := d.T(k); err != nil || got != want {
			t.Errorf("T(%q) = %q, %v, want %q", k, got, err, want)
		}
	}
	for bad, want := range map[string]string{
		"a:\n  b: c\n":     "i18n/vi.yaml: line 1: a: empty value; nested blocks are not supported",
		"a: x\na: y\n":     "i18n/vi.yaml: line 2: key a is set twice",
		"novalue\n":        "i18n/vi.yaml: line 1: want key: value",
		"a: [x]\n":         "i18n/vi.yaml: line 1: a: only plain or quoted text is supported, got [x]",
		"a: \"open\n":      `i18n/vi.yaml: line 1: a: bad double-quoted value "open`,
		"a: b\n  c: d\n":   "i18n/vi.yaml: line 2: indented line; the file is flat, one key: value per line",
		"a: 'unclosed\n":   "i18n/vi.yaml: line 1: a: unclosed single-quoted value",
		"x: 1\ny: |\n z\n": "i18n/vi.yaml: line 2: y: only plain or quoted text is supported, got |",
	} {
		_, err := Parse("i18n/vi.yaml", bad)
		if err == nil || err.Error() != want {
			t.Errorf("Parse(%q) = %v, want %s", bad, err, want)
		}
	}
}

func TestDict(t *testing.T) {
	d, err := Parse("print/i18n/en.yaml", "stars_one: \"%d star\"\nstars_other: \"%d stars\"\nkiosk_idle: Touch\nkiosk_back: Back\nprinted: \"Printed %s\"\n")
	if err != nil {
		t.Fatal(err)
	}
	for n, want := range map[int]string{1: "1 star", 4: "4 stars", 0: "0 stars"} {
		if got, err := d.N("stars", n); err != nil || got != want {
			t.Errorf("N(stars, %d) = %q, %v, want %q", n, got, err, want)
		}
	}
	if got, _ := d.T("printed", "1/9/2025"); got != "Printed 1/9/2025" {
		t.Errorf("T(printed) = %q", got)
	}
	if got, _ := d.T("printed"); got != "Printed %s" {
		t.Errorf("T(printed) without arguments = %q, want the text as written", got)
	}
	if _, err := d.T("nope"); err == nil || err.Error() != `no UI string "nope" in print/i18n/en.yaml` {
		t.Errorf("T(nope) error = %v", err)
	}
	if !d.Has("kiosk_idle") || d.Has("idle") {
		t.Error("Has is wrong")
	}
	if got, want := d.Prefixed("kiosk_"), map[string]string{"idle": "Touch", "back": "Back"}; !maps.Equal(got, want) {
		t.Errorf("Prefixed = %v, want %v", got, want)
	}
	if got := strings.Join(d.Keys(), " "); got != "kiosk_back kiosk_idle printed stars_one stars_other" {
		t.Errorf("Keys = %s", got)
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"i18n/vi.yaml":       {Data: []byte("\ufeffa: một\r\nb: hai\r\n")},
		"print/i18n/vi.yaml": {Data: []byte("a:\n  b: c\n")},
	}
	d, err := Load(fsys, "i18n", "vi")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := d.T("b"); got != "hai" || d.Path() != "i18n/vi.yaml" {
		t.Errorf("Load: b = %q, path %s", got, d.Path())
	}
	if _, err := Load(fsys, "print/i18n", "vi"); err == nil || !strings.HasPrefix(err.Error(), "print/i18n/vi.yaml: line 1: ") {
		t.Errorf("Load of a nested file: %v", err)
	}
	if _, err := Load(fsys, "i18n", "en"); err == nil || !strings.HasPrefix(err.Error(), `UI strings for language "en": `) {
		t.Errorf("Load of a missing file: %v", err)
	}
}

// themeFiles returns the UI string files of the default theme.
func themeFiles(t *testing.T) (fs.FS, []string) {
	t.Helper()
	theme, err := themes.Layered(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, dir := range []string{"i18n", "print/i18n"} {
		for _, lang := range []string{"vi", "en"} {
			files = append(files, dir+"/"+lang+".yaml")
		}
	}
	return theme, files
}

// TestThemeFilesReadAsYAML checks that the flat parser reads every UI
// string file of the default theme as a YAML parser does.
func TestThemeFilesReadAsYAML(t *testing.T) {
	theme, files := themeFiles(t)
	for _, p := range files {
		b, err := fs.ReadFile(theme, p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(p, string(b))
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{}
		if err := yaml.Unmarshal(b, &want); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if !maps.Equal(d.m, want) {
			t.Errorf("%s: the flat parser reads %v, YAML %v", p, d.m, want)
		}
	}
}

// TestI18nKeysMatch checks that the default theme's languages have the
// same keys, none empty, with the same number of fmt verbs.
func TestI18nKeysMatch(t *testing.T) {
	theme, _ := themeFiles(t)
	for _, dir := range []string{"i18n", "print/i18n"} {
		vi, err := Load(theme, dir, "vi")
		if err != nil {
			t.Fatal(err)
		}
		en, err := Load(theme, dir, "en")
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range vi.Keys() {
			if !en.Has(k) {
				t.Errorf("%s lacks %q", en.Path(), k)
			}
		}
		for _, k := range en.Keys() {
			if !vi.Has(k) {
				t.Errorf("%s lacks %q", vi.Path(), k)
			}
		}
		for _, d := range []*Dict{vi, en} {
			for k, v := range d.m {
				if strings.TrimSpace(v) == "" {
					t.Errorf("%s: %s is empty", d.Path(), k)
				}
				if strings.Count(vi.m[k], "%") != strings.Count(en.m[k], "%") {
					t.Errorf("%s: %s: vi and en have different placeholders", dir, k)
				}
			}
		}
	}
}

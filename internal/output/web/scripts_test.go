package web

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Each kind of page loads only its own scripts: an ordinary page the
// search box's first script, the all-products page the filter too, the
// search page the search page's script alone, a kiosk its data and the
// kiosk's script; and every script a page loads is written.
func TestPageScripts(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	src := regexp.MustCompile(`<script src="([^"]+)"`)
	kinds := map[string][]string{
		"index.html":           {"assets/search.js"},
		"en/index.html":        {"assets/search.js"},
		"404.html":             {"assets/search.js"},
		"san-pham/":            {"assets/filter.js", "assets/search.js"},
		"en/products/":         {"assets/filter.js", "assets/search.js"},
		"tim-kiem/":            {"assets/search-page.js"},
		"en/search/":           {"assets/search-page.js"},
		"kiosk/":               {"data.js", "assets/kiosk.js"},
		"san-pham/<a product>": {"assets/search.js"},
	}
	seen := map[string]bool{}
	for _, p := range w.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		key := p
		switch {
		case strings.HasSuffix(p, "/index.html") && kinds[strings.TrimSuffix(p, "index.html")] != nil:
			key = strings.TrimSuffix(p, "index.html")
		case strings.HasPrefix(p, "kiosk/"):
			key = "kiosk/"
		case strings.HasPrefix(p, "san-pham/") && strings.Count(p, "/") == 2:
			key = "san-pham/<a product>"
		}
		want, ok := kinds[key]
		if !ok {
			want = []string{"assets/search.js"}
		}
		seen[key] = true
		var got []string
		for _, m := range src.FindAllStringSubmatch(string(w.Files[p]), -1) {
			s := m[1]
			for strings.HasPrefix(s, "../") {
				s = s[3:]
			}
			s = strings.TrimPrefix(s, "/")
			got = append(got, s)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s loads %q, want %q", p, got, want)
		}
	}
	for k := range kinds {
		if !seen[k] {
			t.Errorf("no page of kind %s", k)
		}
	}
	for _, p := range []string{"assets/search.js", "assets/search-ui.js", "assets/search-page.js", "assets/filter.js", "assets/kiosk.js"} {
		if len(w.Files[p]) == 0 {
			t.Errorf("%s is not written", p)
		}
	}
}

// A problem in a theme's script module stops the build with its place in
// the module.
func TestScriptError(t *testing.T) {
	opt, err := options(fixture(), "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	opt.Theme = overlay{base: opt.Theme, files: map[string]string{
		"scripts/search/fold.js": "export function fold(s) {\n  return s +;\n}\n",
	}}
	_, err = renderWith(loadSite(t, fixture()), opt)
	if err == nil || !strings.Contains(err.Error(), "scripts/search/fold.js:2:") {
		t.Errorf("err = %v, want one at scripts/search/fold.js:2", err)
	}
}

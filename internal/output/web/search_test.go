package web

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// The in-page filter's words are folded as search folds them, so the
// filter (which folds what is typed with search.js) and search agree on
// every line of the shared fixture, such as Ð for Đ (case search-002).
func TestFilterWordsFoldAsSearch(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Ðậu phụ Nam Ðịnh", "dau phu nam dinh"},
		{"Rượu 40° – Straße", "ruou 40 straße"},
		{"Nem nắm Giao Thủy – gia truyền", "nem nam giao thuy gia truyen"},
	} {
		p := &catalog.Product{Head: catalog.Head{Name: tc.name}}
		if got := searchWords(p); got != tc.want {
			t.Errorf("searchWords(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// The search page offers no facet that has no data in the whole
// catalog: no price fields or sorting by price while no product has a
// price, no showroom that offers nothing, no producer kind no producer
// has, never a "(0)" to choose.
func TestSearchHidesEmptyFacets(t *testing.T) {
	page := func(t *testing.T, src fs.FS, change func(c *catalog.Catalog)) string {
		t.Helper()
		c := loadSite(t, src)
		change(c)
		w, err := renderCatalog(c, src, "https://ocop.example.vn/")
		if err != nil {
			t.Fatal(err)
		}
		return string(w.Files["tim-kiem/index.html"])
	}
	has := map[string]string{
		"price":    `id="sp-min"`,
		"sort":     `<option value="price">`,
		"showroom": `id="sp-showroom"`,
		"htx":      `<option value="htx">`,
		"company":  `<option value="doanh-nghiep">`,
	}
	check := func(t *testing.T, html string, want map[string]bool) {
		t.Helper()
		for k, s := range has {
			if strings.Contains(html, s) != want[k] {
				t.Errorf("%s (%s) shown: %v, want %v", k, s, !want[k], want[k])
			}
		}
	}
	t.Run("fixture", func(t *testing.T) {
		check(t, page(t, fixture(), func(*catalog.Catalog) {}), map[string]bool{"price": true, "sort": true, "showroom": true, "htx": true})
	})
	t.Run("no price", func(t *testing.T) {
		check(t, page(t, fixture(), func(c *catalog.Catalog) {
			for _, p := range c.Products {
				p.Price = 0
			}
		}), map[string]bool{"showroom": true, "htx": true})
	})
	t.Run("showroom offers nothing", func(t *testing.T) {
		src := overlay{base: fixture(), files: map[string]string{}}
		for _, f := range []string{"content/products/khan-theu-nam-truc.md", "content/products/gao-nep-dien-xa/index.md", "content/products/tra-sen-nam-truc.md"} {
			b, err := fs.ReadFile(fixture(), f)
			if err != nil {
				t.Fatal(err)
			}
			src.files[f] = regexp.MustCompile(`(?m)^showrooms:.*\n`).ReplaceAllString(string(b), "")
		}
		check(t, page(t, src, func(*catalog.Catalog) {}), map[string]bool{"price": true, "sort": true, "htx": true})
	})
}

package web

import (
	"strings"
	"testing"
)

// Showroom and fair pages link to their brochures only when the build
// writes them (Options.Print), honouring the base URL.
func TestPrintLinks(t *testing.T) {
	site := fixture()
	c := loadSite(t, site)
	for _, print := range []bool{false, true} {
		opt, err := options(site, "https://example.gov.vn/ocop/")
		if err != nil {
			t.Fatal(err)
		}
		opt.Print = print
		w, err := renderWith(c, opt)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct{ page, link string }{
			{"hoi-cho/hoi-cho-ocop-nam-dinh-2024/index.html", `href="/ocop/in-an/hoi-cho/hoi-cho-ocop-nam-dinh-2024.pdf"`},
			{"en/fairs/hoi-cho-ocop-nam-dinh-2024/index.html", `href="/ocop/en/print/fairs/hoi-cho-ocop-nam-dinh-2024/"`},
		} {
			html, ok := w.Files[tc.page]
			if !ok {
				t.Fatalf("no page %s; pages: %v", tc.page, w.Paths()[:5])
			}
			if got := strings.Contains(string(html), tc.link); got != print {
				t.Errorf("Print=%v: %s has %s: %v, want %v", print, tc.page, tc.link, got, print)
			}
		}
	}
}

package sitemap

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/internal/output/web"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// render renders the web output's test site with its sitemap.
func render(t *testing.T) *outputtest.Writer {
	t.Helper()
	src := os.DirFS("../web/testdata/site")
	base, err := urls.ParseBase("https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	theme, err := themes.Layered(src, "")
	if err != nil {
		t.Fatal(err)
	}
	opt := site.Options{Base: base, Theme: theme, Content: src}
	w, err := outputtest.Render(outputtest.Load(t, src), opt, web.Web{}, Sitemap{})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// The sitemap and robots.txt of the web output's test site.
func TestGolden(t *testing.T) {
	w := render(t)
	outputtest.Golden(t, w.Files, []string{"sitemap.xml", "robots.txt"}, filepath.Join("testdata", "golden"), "./internal/output/sitemap", *update)
}

// The sitemap lists every page of the site once, in order, and nothing
// else.
func TestSitemap(t *testing.T) {
	w := render(t)
	sm := string(w.Files["sitemap.xml"])
	locs := regexp.MustCompile(`<loc>([^<]*)</loc>`).FindAllStringSubmatch(sm, -1)
	seen := map[string]bool{}
	prev := ""
	for _, m := range locs {
		if seen[m[1]] {
			t.Errorf("sitemap lists %s twice", m[1])
		}
		seen[m[1]] = true
		if m[1] < prev {
			t.Errorf("sitemap is not sorted: %s after %s", m[1], prev)
		}
		prev = m[1]
	}
	pages := 0
	for p := range w.Files {
		if strings.HasSuffix(p, "index.html") && web.IsPage(p) {
			pages++
			loc := "https://ocop.example.vn/" + strings.TrimSuffix(p, "index.html")
			if !seen[loc] {
				t.Errorf("sitemap lacks %s", loc)
			}
		}
	}
	if len(locs) != pages {
		t.Errorf("sitemap has %d URLs for %d pages", len(locs), pages)
	}
	if strings.Contains(sm, "404") {
		t.Error("sitemap lists the 404 page")
	}
}

package sitemap

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/internal/output/web"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// The sitemap and robots.txt of the web output's test site.
func TestGolden(t *testing.T) {
	src := os.DirFS("../web/testdata/site")
	base, err := urls.ParseBase("https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	theme, err := themes.Layered(src, "")
	if err != nil {
		t.Fatal(err)
	}
	opt := site.Options{Base: base, Theme: theme, Content: src, Today: outputtest.Today}
	w, err := outputtest.Render(outputtest.Load(t, src), opt, web.Web{}, Sitemap{})
	if err != nil {
		t.Fatal(err)
	}
	outputtest.Golden(t, w.Files, []string{"sitemap.xml", "robots.txt"}, filepath.Join("testdata", "golden"), "./internal/output/sitemap", *update)
}

package kiosk

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/internal/output/searchindex"
	"github.com/namdinh-ocop/ocop/internal/output/web"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// fixture is the test site of the web output.
func fixture() fs.FS { return os.DirFS("../web/testdata/site") }

// options are the site options of src with the default theme under base.
func options(src fs.FS, base string) (site.Options, error) {
	b, err := urls.ParseBase(base)
	if err != nil {
		return site.Options{}, err
	}
	theme, err := themes.Layered(src, "")
	if err != nil {
		return site.Options{}, err
	}
	return site.Options{Base: b, Theme: theme, Content: src}, nil
}

// render renders c, read from src, under base: the pages (whose photos
// the kiosks cache), the search index and the kiosks.
func render(c *catalog.Catalog, src fs.FS, base string) (*outputtest.Writer, error) {
	opt, err := options(src, base)
	if err != nil {
		return nil, err
	}
	return outputtest.Render(c, opt, web.Web{}, searchindex.Index{}, Kiosks{})
}

// The kiosks of the test site: the whole catalog's, and a showroom's
// page.
func TestGolden(t *testing.T) {
	w, err := render(outputtest.Load(t, fixture()), fixture(), "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	outputtest.Golden(t, w.Files, []string{
		"kiosk/index.html",
		"kiosk/data.js",
		"kiosk/d0.js",
		"kiosk/diem-gioi-thieu-san-pham-ocop-thanh-pho-nam-dinh/index.html",
		"kiosk/diem-gioi-thieu-san-pham-ocop-thanh-pho-nam-dinh/data.js",
	}, filepath.Join("testdata", "golden"), "./internal/output/kiosk", *update)
}

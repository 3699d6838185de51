package web

import (
	"io/fs"
	"os"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/output/kiosk"
	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/internal/output/searchindex"
	"github.com/namdinh-ocop/ocop/internal/output/sitemap"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// loadSite loads a site's content and fails the test on any content
// error.
func loadSite(t *testing.T, site fs.FS) *catalog.Catalog {
	t.Helper()
	return outputtest.Load(t, site)
}

// renderSite renders site with the default theme under base.
func renderSite(t *testing.T, site fs.FS, base string) *outputtest.Writer {
	t.Helper()
	c := loadSite(t, site)
	w, err := renderCatalog(c, site, base)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// outputs are the outputs a build runs besides the print documents, in
// its order (build.Outputs), for the tests that look at the whole site
// a page links into.
func outputs() []output.Output {
	return []output.Output{Web{}, searchindex.Index{}, kiosk.Kiosks{}, sitemap.Sitemap{}}
}

// renderCatalog renders c with the default theme under base: every
// output of outputs, each planned with the jobs before it.
func renderCatalog(c *catalog.Catalog, src fs.FS, base string) (*outputtest.Writer, error) {
	opt, err := options(src, base)
	if err != nil {
		return nil, err
	}
	return renderWith(c, opt)
}

// renderWith renders c with opt as renderCatalog does.
func renderWith(c *catalog.Catalog, opt Options) (*outputtest.Writer, error) {
	return outputtest.Render(c, opt, outputs()...)
}

// options are the render options of site with the default theme.
func options(site fs.FS, base string) (Options, error) {
	b, err := urls.ParseBase(base)
	if err != nil {
		return Options{}, err
	}
	theme, err := themes.Layered(site, "")
	if err != nil {
		return Options{}, err
	}
	return Options{Base: b, Theme: theme, Content: site}, nil
}

// fixture is the test site.
func fixture() fs.FS { return os.DirFS("testdata/site") }

package web

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"sync"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/output/kiosk"
	"github.com/namdinh-ocop/ocop/internal/output/searchindex"
	"github.com/namdinh-ocop/ocop/internal/output/sitemap"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// fixtureToday is the date the fixture's certificates are checked against.
var fixtureToday = catalog.Date{Year: 2025, Month: 1, Day: 15}

// memWriter collects output files in memory; safe for concurrent use.
type memWriter struct {
	mu    sync.Mutex
	files map[string][]byte
}

func newMemWriter() *memWriter { return &memWriter{files: map[string][]byte{}} }

func (w *memWriter) WriteFile(p string, data []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, dup := w.files[p]; dup {
		return fs.ErrExist
	}
	w.files[p] = append([]byte(nil), data...)
	return nil
}

// paths returns the written paths, sorted.
func (w *memWriter) paths() []string {
	ps := make([]string, 0, len(w.files))
	for p := range w.files {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

// loadSite loads a site's content and fails the test on any content
// error.
func loadSite(t *testing.T, site fs.FS) *catalog.Catalog {
	t.Helper()
	c, ds := load.Content(site)
	ds = append(ds, c.Validate(catalog.CheckOptions{Today: fixtureToday, Exists: func(p string) bool {
		_, err := fs.Stat(site, p)
		return err == nil
	}})...)
	if ds.HasErrors() {
		for _, d := range ds {
			if d.Severity == catalog.Error {
				t.Errorf("content: %s", d)
			}
		}
		t.FailNow()
	}
	return c
}

// renderSite renders site with the default theme under base.
func renderSite(t *testing.T, site fs.FS, base string) *memWriter {
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
func renderCatalog(c *catalog.Catalog, src fs.FS, base string) (*memWriter, error) {
	opt, err := options(src, base)
	if err != nil {
		return nil, err
	}
	return renderWith(c, opt)
}

// renderWith renders c with opt as renderCatalog does.
func renderWith(c *catalog.Catalog, opt Options) (*memWriter, error) {
	s, err := site.Prepare(c, SiteOptions(opt))
	if err != nil {
		return nil, err
	}
	w := newMemWriter()
	var all []output.Job
	for _, o := range outputs() {
		jobs, err := o.Plan(s, all)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", o.Name(), err)
		}
		all = append(all, jobs...)
		if err := output.CheckPaths(all); err != nil {
			return nil, err
		}
		if err := output.Run(context.Background(), jobs, w, runtime.GOMAXPROCS(0)); err != nil {
			return nil, err
		}
	}
	return w, nil
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
	return Options{Base: b, Theme: theme, Content: site, Today: fixtureToday}, nil
}

// fixture is the test site.
func fixture() fs.FS { return os.DirFS("testdata/site") }

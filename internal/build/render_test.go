package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/namdinh-ocop/ocop/internal/filetree"
	"github.com/namdinh-ocop/ocop/internal/publish"

	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/internal/output/web"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// Render writes the files of every output and counts them: the site's
// pages (not the kiosks' or the print documents'), all files and the
// kiosks.
func TestRenderStats(t *testing.T) {
	src := os.DirFS("../output/web/testdata/site")
	base, err := urls.ParseBase("https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	theme, err := themes.Layered(src, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, print := range []bool{false, true} {
		w := outputtest.NewWriter()
		opt := site.Options{Base: base, Theme: theme, Content: src, Print: print}
		st, err := Render(outputtest.Load(t, src), opt, w)
		if err != nil {
			t.Fatal(err)
		}
		pages, printed := 0, 0
		for p := range w.Files {
			switch {
			case strings.HasPrefix(p, "in-an/") || strings.HasPrefix(p, "en/print/"):
				printed++
			case web.IsPage(p):
				pages++
			}
		}
		if st.Pages != pages || st.Files != len(w.Files) || st.Kiosks != 2 {
			t.Errorf("print %v: Stats = %+v; wrote %d pages, %d files", print, st, pages, len(w.Files))
		}
		for _, p := range []string{"index.html", "sitemap.xml", "robots.txt", "search/i.js", "kiosk/sw.js", "kiosk/data.js"} {
			if _, ok := w.Files[p]; !ok {
				t.Errorf("print %v: %s was not written", print, p)
			}
		}
		if (printed > 0) != print {
			t.Errorf("print %v: %d print files", print, printed)
		}
	}
}

// A build (Site: a Builder's first run, published to a folder) writes
// the files Render writes with every output, byte for byte, with and
// without the print documents: the live preview's builds and ocop build
// are one pipeline, and the outputs run alone give the same files.
func TestSiteEqualsRender(t *testing.T) {
	src := os.DirFS("../output/web/testdata/site")
	base, err := urls.ParseBase("https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	theme, err := themes.Layered(src, "")
	if err != nil {
		t.Fatal(err)
	}
	// Noon in Vietnam on outputtest.Today.
	now := time.Date(outputtest.Today.Year, time.Month(outputtest.Today.Month), outputtest.Today.Day, 5, 0, 0, 0, time.UTC)
	for _, print := range []bool{false, true} {
		w := outputtest.NewWriter()
		opt := site.Options{Base: base, Theme: theme, Content: src, Print: print}
		if _, err := Render(outputtest.Load(t, src), opt, w); err != nil {
			t.Fatal(err)
		}
		dest := filepath.Join(t.TempDir(), "public")
		res, err := Site(Options{Source: src, Dest: dest, Now: now, Brochures: print})
		if err != nil {
			t.Fatalf("print %v: %v", print, err)
		}
		got := filetree.Read(t, dest, false)
		delete(got, publish.Marker)
		if len(got) != len(w.Files) || res.Files != len(w.Files) {
			t.Errorf("print %v: Site wrote %d files (said %d), Render %d", print, len(got), res.Files, len(w.Files))
		}
		for p, b := range w.Files {
			if got[p] != string(b) {
				t.Errorf("print %v: %s differs between Site and Render", print, p)
			}
		}
	}
}

package build

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/publish"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/synth"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// The benchmarks run the pipeline's steps on a synthetic catalog of
// benchProducts products (internal/synth, seed 1), generated once into a
// temporary folder.
const benchProducts = 10000

var (
	synthOnce sync.Once
	synthDir  string
	synthErr  error
)

func synthSite(b *testing.B) string {
	b.Helper()
	synthOnce.Do(func() {
		synthDir, synthErr = os.MkdirTemp("", "ocop-bench-")
		if synthErr != nil {
			return
		}
		_, synthErr = synth.Write(synth.Options{Products: benchProducts, Seed: 1, Out: synthDir, Reference: os.DirFS("../..")})
	})
	if synthErr != nil {
		b.Fatal(synthErr)
	}
	return synthDir
}

func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS(synthSite(b))
	b.ReportAllocs()
	for b.Loop() {
		load.Content(fsys)
	}
}

func BenchmarkValidate(b *testing.B) {
	fsys := os.DirFS(synthSite(b))
	c, _ := load.Content(fsys)
	b.ReportAllocs()
	for b.Loop() {
		c.Validate(catalog.CheckOptions{Today: catalog.Today(time.Now())})
	}
}

// discard is an output.Writer that keeps nothing.
type discard struct{}

func (discard) WriteFile(string, []byte) error { return nil }

func BenchmarkRender(b *testing.B) {
	fsys := os.DirFS(synthSite(b))
	c, _ := load.Content(fsys)
	base, _ := urls.ParseBase(c.Config.BaseURL)
	theme, err := themes.Layered(fsys, "")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Render(c, site.Options{Base: base, Theme: theme, Content: fsys}, discard{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	fsys := os.DirFS(synthSite(b))
	c, _ := load.Content(fsys)
	base, _ := urls.ParseBase(c.Config.BaseURL)
	theme, _ := themes.Layered(fsys, "")
	dest := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	for b.Loop() {
		out, err := publish.Begin(dest, publish.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Render(c, site.Options{Base: base, Theme: theme, Content: fsys}, out); err != nil {
			b.Fatal(err)
		}
		if err := out.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSite(b *testing.B) {
	fsys := os.DirFS(synthSite(b))
	dest := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Site(Options{Source: fsys, Dest: dest}); err != nil {
			b.Fatal(err)
		}
	}
}

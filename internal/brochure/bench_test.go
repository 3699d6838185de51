package brochure

import (
	"os"
	"sync"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/synth"
)

// benchProducts is the size of the catalog of the brochure benchmark:
// about the province's target for 2030 (300 products).
const benchProducts = 300

var (
	benchOnce sync.Once
	benchCat  *catalog.Catalog
	benchDir  string
	benchErr  error
)

// benchCatalog generates a synthetic catalog of benchProducts products
// (internal/synth, seed 1) once.
func benchCatalog(b *testing.B) (*catalog.Catalog, Options) {
	b.Helper()
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "ocop-brochure-bench-")
		if benchErr != nil {
			return
		}
		_, benchErr = synth.Write(synth.Options{Products: benchProducts, Seed: 1, Out: benchDir, Reference: os.DirFS("../..")})
		if benchErr == nil {
			benchCat, _ = load.Content(os.DirFS(benchDir))
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchCat, options(b, benchCat, os.DirFS(benchDir))
}

// BenchmarkPDF300 makes the brochure of the whole synthetic catalog of
// 300 products, and reports its pages and bytes. The goal is at most
// 3 s and 20 MB allocated per brochure.
func BenchmarkPDF300(b *testing.B) {
	c, opt := benchCatalog(b)
	if len(c.Products) != benchProducts {
		b.Fatalf("%d products, want %d", len(c.Products), benchProducts)
	}
	sel := Selection{All: true}
	bk, err := newBook(c, sel, opt)
	if err != nil {
		b.Fatal(err)
	}
	pages := len(layoutBook(bk, specs["A4"]).pages)
	var size int
	b.ReportAllocs()
	for b.Loop() {
		pdf, err := PDF(c, sel, opt)
		if err != nil {
			b.Fatal(err)
		}
		size = len(pdf)
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(size), "bytes")
}

// BenchmarkLabels300 makes label sheets of 300 products.
func BenchmarkLabels300(b *testing.B) {
	c, opt := benchCatalog(b)
	r := &catalog.Showroom{Head: catalog.Head{Name: "Điểm bán thử"}, Links: catalog.ShowroomLinks{Products: c.Products}}
	r.Slug = "thu"
	sel := Selection{Showroom: r, Labels: true}
	var size int
	b.ReportAllocs()
	for b.Loop() {
		pdf, err := PDF(c, sel, opt)
		if err != nil {
			b.Fatal(err)
		}
		size = len(pdf)
	}
	b.ReportMetric(float64((benchProducts+labelsPerPage-1)/labelsPerPage), "pages")
	b.ReportMetric(float64(size), "bytes")
}

// BenchmarkAll makes every PDF of the synthetic catalog, as a build with
// brochures does.
func BenchmarkAll(b *testing.B) {
	c, opt := benchCatalog(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := All(c, opt, &memWriter{}); err != nil {
			b.Fatal(err)
		}
	}
}

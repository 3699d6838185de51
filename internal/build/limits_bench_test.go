package build

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// The benchmarks below show that no input makes a build cost more than
// linear in its size. Each builds a site of the real catalog's reference
// files (site.yaml, groups.yaml, geo/), one producer and one product
// that carries the input, from memory, and renders it into a writer that
// keeps nothing, so the disk does not blur the figures; BENCHMARKS.md
// has the results.

// oneProductSite returns the reference files, a producer, and a product
// whose front matter ends with front and whose body is body.
func oneProductSite(b *testing.B, front, body string) fstest.MapFS {
	b.Helper()
	fsys := fstest.MapFS{}
	for _, p := range []string{"content/site.yaml", "content/groups.yaml", "content/geo/2024-05-01.yaml", "content/geo/2025-03-01.yaml", "content/geo/2025-07-01.yaml"} {
		data, err := os.ReadFile(filepath.Join("../..", p))
		if err != nil {
			b.Fatal(err)
		}
		fsys[p] = &fstest.MapFile{Data: data}
	}
	fsys["content/producers/htx-hai-hau.md"] = &fstest.MapFile{Data: []byte("---\nname: HTX Hải Hậu\nkind: HTX\ndistrict: Hải Hậu\n---\nHợp tác xã.\n")}
	fsys["content/products/nuoc-mam.md"] = &fstest.MapFile{Data: []byte("---\nname: Nước mắm Hải Hậu\nname_en: Hai Hau fish sauce\nproducer: htx-hai-hau\ngroup: thuc-pham\nstars: 4\ndistrict: Hải Hậu\n" + front + "---\n" + body)}
	return fsys
}

// build runs the build's steps on fsys once: load and check, then
// render into a writer that keeps nothing, only when check finds no
// error unless always is set. It returns the time of each and the number
// of errors.
func build(b *testing.B, fsys fstest.MapFS, theme fs.FS, always bool) (check, rend time.Duration, errors int) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	t0 := time.Now()
	r, _ := Check(Options{Source: fsys, Now: now})
	t1 := time.Now()
	errors, _ = r.Diagnostics.Count()
	if errors > 0 && !always {
		return t1.Sub(t0), 0, errors
	}
	base, _ := urls.ParseBase(r.Catalog.Config.BaseURL)
	if _, err := Render(r.Catalog, site.Options{Base: base, Theme: theme, Content: fsys}, discard{}); err != nil {
		b.Fatal(err)
	}
	return t1.Sub(t0), time.Since(t1), errors
}

// extra builds the site without the input (empty) and with it (full)
// in turn, b.N times each, and reports the time the input adds to each
// step, per unit of its size n: "check-ns/<unit>" and "render-ns/<unit>"
// (render only when full passes check, unless always is set). Building
// both in turn keeps the fixed cost of the site, and the load of the
// machine, out of the figures. It returns the number of errors in full.
func extra(b *testing.B, empty, full fstest.MapFS, n int, unit string, always bool) int {
	b.Helper()
	theme, err := themes.Layered(full, "")
	if err != nil {
		b.Fatal(err)
	}
	var check, rend time.Duration
	errors := 0
	for b.Loop() {
		c0, r0, _ := build(b, empty, theme, true)
		c1, r1, e := build(b, full, theme, always)
		check += c1 - c0
		if e == 0 || always {
			rend += r1 - r0
		}
		errors = e
	}
	per := float64(b.N) * float64(n)
	b.ReportMetric(float64(check.Nanoseconds())/per, "check-ns/"+unit)
	if errors == 0 || always {
		b.ReportMetric(float64(rend.Nanoseconds())/per, "render-ns/"+unit)
	}
	return errors
}

// BenchmarkWordLength measures what a word of 1,000, 10,000, 100,000 and
// 1,000,000 characters (ASCII letters, so one byte each) in a product's
// description adds to each step of the build. ocop check refuses a
// paragraph longer than catalog.MaxParagraphRunes, so ocop build stops
// after check for words longer than that; the benchmark renders them
// anyway (Render does not check), so that every step of the build
// (search index, Markdown, kiosk, pages) is measured against the word's
// length. ns/op is the time of the site built without the word and with
// it; the metrics are the time the word adds, per character.
func BenchmarkWordLength(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("chars=%d", n), func(b *testing.B) {
			word := strings.Repeat("nuocmamdacbiet", n/14+1)[:n]
			empty := oneProductSite(b, "", "Nước mắm cốt.\n")
			full := oneProductSite(b, "", "Nước mắm cốt.\n\n"+word+"\n")
			if errs := extra(b, empty, full, n, "char", true); (errs > 0) != (n > catalog.MaxParagraphRunes) {
				b.Fatalf("%d errors", errs)
			}
		})
	}
}

// BenchmarkTagCount measures what a product's tags add to the build: 30
// tags (catalog.MaxTags, the most check accepts), built in full (load,
// check, render), and 1,000, 10,000 and 100,000 tags, which check
// refuses: for those only load and check run, as in ocop build, and must
// stay linear while refusing. ns/op is the time of the site built
// without the tags and with them; the metrics are the time the tags add,
// per tag.
func BenchmarkTagCount(b *testing.B) {
	for _, n := range []int{catalog.MaxTags, 1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("tags=%d", n), func(b *testing.B) {
			var front strings.Builder
			front.WriteString("tags:\n")
			for i := range n {
				fmt.Fprintf(&front, "  - nhãn %d\n", i)
			}
			empty := oneProductSite(b, "", "Nước mắm cốt.\n")
			full := oneProductSite(b, front.String(), "Nước mắm cốt.\n")
			if errs := extra(b, empty, full, n, "tag", false); (errs > 0) != (n > catalog.MaxTags) {
				b.Fatalf("%d errors", errs)
			}
		})
	}
}

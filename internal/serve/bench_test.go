package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/synth"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// BenchmarkEditLatency10k measures, on the 10,000-product synthetic
// catalog, the time from the save of a product file to the reload event
// naming its page (reload-p50-ms, reload-p95-ms), and to the settled
// event, when everything the save affects is rebuilt (settled-p50-ms,
// settled-p95-ms); one operation is one edit, of a different product
// each time. The preview is driven as an editor's browser sees it: Run,
// its event stream and atomic saves. It runs with OCOP_SERVE_BENCH=1
// (OCOP_SERVE_BENCH_DIR reuses a catalog already written there); use
// -benchtime 50x for percentiles worth reading.
func BenchmarkEditLatency10k(b *testing.B) {
	if os.Getenv("OCOP_SERVE_BENCH") != "1" {
		b.Skip("set OCOP_SERVE_BENCH=1 to measure edit latency on 10,000 products")
	}
	dir := os.Getenv("OCOP_SERVE_BENCH_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	if _, err := os.Stat(filepath.Join(dir, "content")); err != nil {
		if _, err := synth.Write(synth.Options{Products: 10000, Seed: 1, Out: dir, Reference: os.DirFS(repoRoot)}); err != nil {
			b.Fatal(err)
		}
	}
	res, err := build.Check(build.Options{Source: os.DirFS(dir), Now: testNow})
	if err != nil {
		b.Fatal(err)
	}
	prods := res.Catalog.Products
	var p preview
	if err := p.start(dir, 50*time.Millisecond, message.EN); err != nil {
		b.Fatal(err)
	}
	defer func() {
		if err := p.stop(); err != nil {
			b.Error(err)
		}
	}()
	next := func(what string, ok func(streamEvent) bool) time.Time {
		timeout := time.After(2 * time.Minute)
		for {
			select {
			case e, open := <-p.stream.events:
				if !open {
					b.Fatalf("the event stream closed waiting for %s", what)
				}
				if ok(e) {
					return time.Now()
				}
			case <-timeout:
				b.Fatalf("no %s event in 2 minutes", what)
			}
		}
	}
	next("ok", func(e streamEvent) bool { return e.name == "ok" })

	var reload, settled []time.Duration
	i := 0
	for b.Loop() {
		pr := prods[(i*197)%len(prods)]
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(pr.Path)))
		if err != nil {
			b.Fatal(err)
		}
		text := strings.Replace(string(src), "\n---\n", fmt.Sprintf("\n---\n\nSửa lần %d.\n", i), 1)
		page := "/san-pham/" + pr.Slug + "/"
		tmp := filepath.Join(dir, filepath.FromSlash(pr.Path)+".tmp~")
		start := time.Now()
		if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(tmp, filepath.Join(dir, filepath.FromSlash(pr.Path))); err != nil {
			b.Fatal(err)
		}
		at := next("reload "+page, func(e streamEvent) bool { return e.matches("reload", page) })
		reload = append(reload, at.Sub(start))
		at = next("settled", func(e streamEvent) bool { return e.name == "settled" })
		settled = append(settled, at.Sub(start))
		i++
	}
	b.ReportMetric(pct(reload, 50), "reload-p50-ms")
	b.ReportMetric(pct(reload, 95), "reload-p95-ms")
	b.ReportMetric(pct(settled, 50), "settled-p50-ms")
	b.ReportMetric(pct(settled, 95), "settled-p95-ms")
}

// pct returns the p-th percentile of ds in milliseconds.
func pct(ds []time.Duration, p int) float64 {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p + 99) / 100
	return float64(s[max(i-1, 0)].Microseconds()) / 1000
}

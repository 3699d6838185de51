package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/namdinh-ocop/ocop/internal/synth"
)

// TestEditLatency10k measures, on the 10,000-product synthetic catalog,
// the time from the save of a product file to the reload event naming
// its page (phase 1), and to the end of the rebuild of everything the
// save affects (phase 2), over 50 edits. It runs with OCOP_SERVE_BENCH=1
// (OCOP_SERVE_BENCH_DIR reuses a catalog already written there).
func TestEditLatency10k(t *testing.T) {
	if os.Getenv("OCOP_SERVE_BENCH") != "1" {
		t.Skip("set OCOP_SERVE_BENCH=1 to measure edit latency on 10,000 products")
	}
	dir := os.Getenv("OCOP_SERVE_BENCH_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	if _, err := os.Stat(filepath.Join(dir, "content")); err != nil {
		t0 := time.Now()
		if _, err := synth.Write(synth.Options{Products: 10000, Seed: 1, Out: dir, Reference: os.DirFS(repoRoot)}); err != nil {
			t.Fatal(err)
		}
		t.Logf("synthetic catalog written in %v", time.Since(t0))
	}
	t0 := time.Now()
	r := runTest(t, dir, Options{quiet: 50 * time.Millisecond})
	t.Logf("first build: %v, %d files", time.Since(t0), r.s.out.count())
	events := r.events(t, "")
	prods := r.s.b.cat().Products
	var quick, settled []time.Duration
	for i := 0; i < 50; i++ {
		p := prods[(i*197)%len(prods)]
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p.Path)))
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Replace(string(src), "\n---\n", fmt.Sprintf("\n---\n\nSửa lần %d.\n", i), 1)
		page := "/san-pham/" + p.Slug + "/"
		b0 := r.s.b.builds.Load()
		start := time.Now()
		atomicSave(t, dir, p.Path, filepath.Base(p.Path)+".tmp~", text)
		e := events.next(t, "reload", func(e sseEvent) bool { return has(e.data.Paths, page) })
		quick = append(quick, e.at.Sub(start))
		s := events.next(t, "settled", nil)
		settled = append(settled, s.at.Sub(start))
		if r.s.b.builds.Load() != b0+1 {
			t.Fatalf("edit %d made %d rebuilds", i, r.s.b.builds.Load()-b0)
		}
	}
	t.Logf("save → reload of the product's page: p50 %v, p95 %v (%d edits, %d on the one-product path)", pct(quick, 50), pct(quick, 95), len(quick), r.s.b.quick.Load())
	t.Logf("save → every affected page rebuilt: p50 %v, p95 %v", pct(settled, 50), pct(settled, 95))
}

func pct(ds []time.Duration, p int) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p + 99) / 100
	return s[max(i-1, 0)].Round(time.Millisecond)
}

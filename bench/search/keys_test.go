package searchbench

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// BenchmarkKeystrokes measures keystroke → results painted on ocop's search
// page alone, for one or more built sites in turn (A, B, A, B …), so that
// two versions are compared on the same machine at the same time. It runs
// only when OCOP_SEARCH_KEYS lists the sites as name=dir,name=dir;
// OCOP_SEARCH_ROUNDS is the number of rounds (default 5). Each round types
// the first five queries of queries.txt into a new tab of each site, with
// the cache off, as BenchmarkSearchBytes does, and the report gives each site's
// median and range over the rounds of the p50 and p95 of all keys, of the
// keys that loaded no file, of keystroke → a whole page of results
// painted (search.js may paint the rows in view first), and of keystroke →
// final results painted (descriptions and facets in, the count
// announced). The same medians are reported as metrics, in one
// sub-benchmark per site: painted-p50-ms, painted-p95-ms, idle-p50-ms
// (keys that loaded no file), whole-p50-ms, whole-p95-ms, final-p50-ms,
// final-p95-ms. With OCOP_SEARCH_KEYS_OUT set, every key's figures are
// written there as JSON. The sites are measured once, whatever b.N:
// run it with -benchtime 1x.
func BenchmarkKeystrokes(b *testing.B) {
	spec := os.Getenv("OCOP_SEARCH_KEYS")
	if spec == "" {
		b.Skip("set OCOP_SEARCH_KEYS to name=dir[,name=dir…] of built sites")
	}
	exe := chromiumPath(b)
	type site struct{ name, base string }
	var sites []site
	for _, s := range strings.Split(spec, ",") {
		name, dir, ok := strings.Cut(s, "=")
		if !ok {
			b.Fatalf("OCOP_SEARCH_KEYS: %q is not name=dir", s)
		}
		sites = append(sites, site{name, serve(b, dir, false)})
	}
	rounds := 5
	if s := os.Getenv("OCOP_SEARCH_ROUNDS"); s != "" {
		var err error
		if rounds, err = strconv.Atoi(s); err != nil || rounds < 1 {
			b.Fatalf("OCOP_SEARCH_ROUNDS: %q", s)
		}
	}
	queries := readQueries(b, "queries.txt")
	queries = queries[:min(5, len(queries))]

	bctx := browser(b, exe)

	// all[site][round] are the keys typed.
	all := make([][][]keyTime, len(sites))
	for i := range all {
		all[i] = make([][]keyTime, rounds)
	}
	for r := range rounds {
		for si, s := range sites {
			for _, q := range queries {
				keys, err := typeKeys(bctx, s.base+"tim-kiem/", q)
				if err != nil {
					b.Fatalf("%s %q: %v", s.name, q, err)
				}
				all[si][r] = append(all[si][r], keys...)
			}
		}
	}
	if p := os.Getenv("OCOP_SEARCH_KEYS_OUT"); p != "" {
		out := map[string][][]keyTime{}
		for si, s := range sites {
			out[s.name] = all[si]
		}
		data, _ := json.MarshalIndent(out, "", " ")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	fmt.Printf("%d rounds of %d queries per site, sites in turn; median (min–max) over the rounds\n\n", rounds, len(queries))
	fmt.Printf("| site | keys | painted p50 | painted p95 | loading nothing: n, p50 | in the page p50 | whole page p50 | whole page p95 | final results p50 | final p95 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	var reports []func()
	for si, s := range sites {
		var p50, p95, warm, warmN, dom, whole, whole95, fin, fin95 []float64
		n := 0
		for _, keys := range all[si] {
			var xs, ws, ds, hs, fs []float64
			for _, k := range keys {
				if math.IsNaN(k.Painted) {
					continue
				}
				xs = append(xs, k.Painted)
				ds = append(ds, k.InPage)
				if k.Loads == 0 {
					ws = append(ws, k.Painted)
				}
				if !math.IsNaN(k.Whole) {
					hs = append(hs, k.Whole)
				}
				if !math.IsNaN(k.Final) {
					fs = append(fs, k.Final)
				}
			}
			n = len(xs)
			p50 = append(p50, pct(xs, 50))
			p95 = append(p95, pct(xs, 95))
			warm = append(warm, pct(ws, 50))
			warmN = append(warmN, float64(len(ws)))
			dom = append(dom, pct(ds, 50))
			whole = append(whole, pct(hs, 50))
			whole95 = append(whole95, pct(hs, 95))
			fin = append(fin, pct(fs, 50))
			fin95 = append(fin95, pct(fs, 95))
		}
		fmt.Printf("| %s | %d | %s | %s | %.0f, %s | %s | %s | %s | %s | %s |\n", s.name, n, spread(p50), spread(p95), pct(warmN, 50), spread(warm), spread(dom), spread(whole), spread(whole95), spread(fin), spread(fin95))
		reports = append(reports, func() {
			b.Run(s.name, func(b *testing.B) {
				metrics(b, map[string]float64{
					"painted-p50-ms": median(p50), "painted-p95-ms": median(p95), "idle-p50-ms": median(warm),
					"whole-p50-ms": median(whole), "whole-p95-ms": median(whole95),
					"final-p50-ms": median(fin), "final-p95-ms": median(fin95),
				})
			})
		})
	}
	// After the table, so that the sub-benchmarks' lines follow it.
	for _, r := range reports {
		r()
	}
}

// keyTime is one key typed: the query so far, its time to results
// painted, the files it loaded before them, its time to results in the
// page, to a whole page of results painted (search.js may paint the rows
// in view first) and to the final results painted (ms; NaN when they
// never came before the next key).
type keyTime struct {
	Query   string
	Painted float64
	Loads   float64
	Files   string
	InPage  float64
	Whole   float64
	Final   float64
}

// MarshalJSON writes NaN as null.
func (k keyTime) MarshalJSON() ([]byte, error) {
	f := func(x float64) any {
		if math.IsNaN(x) {
			return nil
		}
		return math.Round(x*10) / 10
	}
	return json.Marshal(map[string]any{"q": k.Query, "painted": f(k.Painted), "loads": f(k.Loads), "files": k.Files, "inPage": f(k.InPage), "whole": f(k.Whole), "final": f(k.Final)})
}

// typeKeys opens the search page in a new tab, cache off and probe in,
// types q as typeQuery does and returns each key's figures.
func typeKeys(bctx context.Context, page, q string) ([]keyTime, error) {
	ctx, cancel := chromedp.NewContext(bctx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 120*time.Second)
	defer cancelT()
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		return nil, err
	}
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		return nil, err
	}
	if err := addScript(ctx, probe); err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
		return nil, err
	}
	if _, err := typeQuery(ctx, "#sp-q", q); err != nil {
		return nil, err
	}
	// Let the last key's final results come.
	chromedp.Do(ctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(`window.__m.settled.length >= %d`, len([]rune(q))), chromedp.WithPollingTimeout(5*time.Second)))
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(window.__m.keys.map((x, i) => [x === x ? x : -1, window.__m.loads[i] === window.__m.loads[i] ? window.__m.loads[i] : -1, window.__m.dom[i] === window.__m.dom[i] ? window.__m.dom[i] : -1, window.__m.settled[i] === undefined ? -1 : window.__m.settled[i], window.__m.names[i] || "", window.__m.full[i] === undefined ? -1 : window.__m.full[i]]))`))
	if err != nil {
		return nil, err
	}
	var rows [][6]any
	if err := json.Unmarshal([]byte(v), &rows); err != nil {
		return nil, err
	}
	rs := []rune(q)
	var out []keyTime
	nan := func(x any) float64 {
		f, _ := x.(float64)
		if f < 0 {
			return math.NaN()
		}
		return f
	}
	for i, row := range rows {
		if i >= len(rs) {
			break
		}
		files, _ := row[4].(string)
		out = append(out, keyTime{Query: string(rs[:i+1]), Painted: nan(row[0]), Loads: nan(row[1]), InPage: nan(row[2]), Final: nan(row[3]), Whole: nan(row[5]), Files: files})
	}
	return out, nil
}

// median is the median of the figures of xs that are not NaN (NaN when
// none is).
func median(xs []float64) float64 {
	var ys []float64
	for _, x := range xs {
		if !math.IsNaN(x) {
			ys = append(ys, x)
		}
	}
	return pct(ys, 50)
}

// spread writes the median and range of xs.
func spread(xs []float64) string {
	var ys []float64
	for _, x := range xs {
		if !math.IsNaN(x) {
			ys = append(ys, x)
		}
	}
	if len(ys) == 0 {
		return "–"
	}
	sort.Float64s(ys)
	return fmt.Sprintf("%.1f ms (%.1f–%.1f)", pct(ys, 50), ys[0], ys[len(ys)-1])
}

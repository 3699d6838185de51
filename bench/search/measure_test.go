// Package searchbench compares ocop's search with Pagefind on one built
// site, in headless Chromium. It runs only when OCOP_SEARCH_BENCH names a
// built public/ folder that Pagefind has indexed (bench/search/compare.sh
// prepares one); plain `go test ./...` skips it.
//
// For each engine it measures, with the browser cache off:
//
//   - the bytes the engine transfers before its first results are on the
//     screen, for a query given in the address (ocop: /tim-kiem/?q=…;
//     Pagefind: its JavaScript API on a minimal page, top 5 results with
//     their fragments, main thread). Both with and without gzip on the
//     server;
//   - keystroke → results painted: the queries typed one key at a time,
//     from the input event to the frame after the results are in the
//     page (a setTimeout after requestAnimationFrame);
//   - the top 5 records of each query of queries.txt.
package searchbench

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/urls"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// pagefindPage runs Pagefind's JavaScript API: window.pf(q) searches and
// shows the first five results with their titles and addresses, then
// signals as search.js does.
const pagefindPage = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><input id="q" type="search" autocomplete="off"><ol id="r"></ol>
<script>
var ready = import("./pagefind/pagefind.js").then(async function (pf) {
  await pf.options({ noWorker: true, excerptLength: 15 });
  return pf;
});
var gen = 0;
window.pf = async function (q, n) {
  var my = ++gen;
  var pf = await ready;
  var s = await pf.search(q);
  if (!s || my !== gen) { return null; }
  var data = await Promise.all(s.results.slice(0, n || 5).map(function (r) { return r.data(); }));
  if (my !== gen) { return null; }
  var ol = document.getElementById("r");
  ol.textContent = "";
  data.forEach(function (d) {
    var li = document.createElement("li"), a = document.createElement("a");
    a.href = d.url; a.textContent = d.meta.title; li.appendChild(a); ol.appendChild(li);
  });
  document.dispatchEvent(new CustomEvent("ocop-search-results", { detail: { query: q, count: s.results.length } }));
  return { count: s.results.length, urls: data.map(function (d) { return d.url; }), titles: data.map(function (d) { return d.meta.title; }) };
};
document.getElementById("q").addEventListener("input", function (e) { window.pf(e.target.value); });
var q = new URLSearchParams(location.search).get("q");
if (q) { window.pf(q); }
</script></body></html>`

// probe is added to every measured page: it records, for the first
// results and for every keystroke, when they were painted and what had
// been transferred by then.
const probe = `(function () {
  window.__m = { first: null, keys: [] };
  var lastInput = null, lastCount = 0;
  window.__m.loads = [];
  window.__m.dom = [];
  // settled: from the input event to the frame after the search page's
  // final results for it (descriptions and facets included), per key;
  // names: the files each key loaded before its first results.
  window.__m.settled = [];
  window.__m.names = [];
  var lastFinal = null, keyNo = -1;
  document.addEventListener("input", function (e) { lastInput = e.timeStamp; lastFinal = e.timeStamp; keyNo++; (window.__m.delay = window.__m.delay || []).push(performance.now() - e.timeStamp); lastCount = performance.getEntriesByType("resource").length; }, true);
  // full: from the input event to the frame after a whole page of
  // results is in the list (search.js may show the rows in view first).
  window.__m.full = [];
  var lastFull = null;
  document.addEventListener("input", function (e) { lastFull = e.timeStamp; }, true);
  document.addEventListener("ocop-search-results", function (e) {
    if (lastFull === null || e.detail && e.detail.complete === false) { return; }
    var t0 = lastFull, k = keyNo;
    lastFull = null;
    requestAnimationFrame(function () {
      setTimeout(function () { window.__m.full[k] = performance.now() - t0; }, 0);
    });
  });
  document.addEventListener("ocop-search-results", function (e) {
    if (!e.detail || !e.detail.final || e.detail.complete === false || lastFinal === null) { return; }
    var t0 = lastFinal, k = keyNo;
    lastFinal = null;
    requestAnimationFrame(function () {
      setTimeout(function () { window.__m.settled[k] = performance.now() - t0; }, 0);
    });
  });
  function bytes(t, match) {
    var n = 0, all = 0;
    performance.getEntriesByType("resource").forEach(function (r) {
      if (r.responseEnd <= t) {
        all += r.transferSize;
        if (match.test(r.name)) { n += r.transferSize; }
      }
    });
    return [n, all];
  }
  document.addEventListener("ocop-search-results", function (e) {
    var t0 = lastInput;
    lastInput = null;
    // What had arrived when the results went into the page.
    var at = performance.now();
    if (!window.__m.first) {
      var b = bytes(at, /\/(search\/|assets\/search[-a-z]*\.js|pagefind\/)/);
      window.__m.first = { at: at, engine: b[0], all: b[1], files: performance.getEntriesByType("resource").filter(function (r) { return r.responseEnd <= at; }).map(function (r) { return r.name.replace(location.origin, "") + " " + r.transferSize; }) };
    }
    requestAnimationFrame(function () {
      setTimeout(function () {
        var now = performance.now();
        if (t0 !== null) { window.__m.keys.push(now - t0); window.__m.dom.push(at - t0); window.__m.loads.push(performance.getEntriesByType("resource").length - lastCount); window.__m.names.push(performance.getEntriesByType("resource").slice(lastCount).map(function (r) { return r.name.replace(/^.*?\/(search|assets)\//, "$1/").replace(/\?.*/, ""); }).join(" ")); }
      }, 0);
    });
  });
})();`

type result struct {
	Query     string
	OcopBytes [2]int // plain, gzip
	PFBytes   [2]int
	OcopFiles []string
	PFFiles   []string
	OcopTop   []string
	PFTop     []string
	OcopRanks map[string]int // rank in ocop of each of Pagefind's top records
	// OcopRelevant and PFRelevant are how many of each engine's top 5 are
	// relevant; PFRelevantFound how many of Pagefind's relevant ones ocop
	// returns, and NotRelevantAbove how many records that are not relevant
	// ocop ranks above the last of them.
	OcopRelevant, PFRelevant, PFRelevantFound, NotRelevantAbove int
	// Mirror is false when the engine's whole ranking (ocopSearch.find)
	// does not start with the page's first 200 records.
	Mirror    bool
	OcopCount int
	PFCount   int
	// OcopKeys and PFKeys are each keystroke's time to results painted
	// (ms), the number of files it loaded, and its time to results in the
	// page (ms; the frame is painted after).
	OcopKeys [][3]float64
	PFKeys   [][3]float64
}

// BenchmarkSearchBytes compares ocop's search with Pagefind's on the
// built site named by OCOP_SEARCH_BENCH, the two engines in turn for
// each query (OCOP_SEARCH_QUERIES names another list than queries.txt;
// OCOP_SEARCH_ALL measures the bytes of every query, not only the first
// five). It prints the report of the package doc (to OCOP_SEARCH_OUT
// when set) and reports, in one sub-benchmark per engine, the median
// over the queries of the bytes transferred before the first results,
// plain and gzipped (first-B, first-gzip-B), and of keystroke → results
// painted (key-p50-ms, key-p90-ms). Run it once: -benchtime 1x.
func BenchmarkSearchBytes(b *testing.B) {
	dir := os.Getenv("OCOP_SEARCH_BENCH")
	if dir == "" {
		b.Skip("set OCOP_SEARCH_BENCH to a built site indexed by Pagefind (see bench/search/compare.sh)")
	}
	exe := chromiumPath(b)
	plain := serve(b, dir, false)
	zipped := serve(b, dir, true)
	qfile := "queries.txt"
	if f := os.Getenv("OCOP_SEARCH_QUERIES"); f != "" {
		qfile = f
	}
	queries := readQueries(b, qfile)
	judge := newJudge(b, filepath.Dir(filepath.Clean(dir)))

	bctx := browser(b, exe)

	// open runs in a new tab with the cache off, the probe installed.
	open := func(u string, then func(ctx context.Context) error) {
		b.Helper()
		ctx, cancel := chromedp.NewContext(bctx)
		defer cancel()
		ctx, cancelT := context.WithTimeout(ctx, 120*time.Second)
		defer cancelT()
		if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
			b.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
			b.Fatal(err)
		}
		if err := addScript(ctx, probe); err != nil {
			b.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
			b.Fatalf("%s: %v", u, err)
		}
		if err := then(ctx); err != nil {
			b.Fatalf("%s: %v", u, err)
		}
	}
	first := func(ctx context.Context) (int, []string, error) {
		if err := chromedp.Do(ctx, chromedp.Poll[chromedp.Void](`window.__m && window.__m.first`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
			return 0, nil, err
		}
		var f struct {
			Engine int
			Files  []string
		}
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(window.__m.first)`))
		if err != nil {
			return 0, nil, err
		}
		err = json.Unmarshal([]byte(v), &f)
		return f.Engine, f.Files, err
	}

	var results []*result
	for i, q := range queries {
		r := &result{Query: q, OcopRanks: map[string]int{}}
		results = append(results, r)
		esc := url.QueryEscape(q)
		measureBytes := i < 5 || os.Getenv("OCOP_SEARCH_ALL") != ""
		for z, base := range []string{plain, zipped} {
			if !measureBytes {
				break
			}
			open(base+"tim-kiem/?q="+esc, func(ctx context.Context) (err error) {
				var files []string
				r.OcopBytes[z], files, err = first(ctx)
				if z == 0 {
					r.OcopFiles = files
				}
				return err
			})
			open(base+"pagefind-bench.html?q="+esc, func(ctx context.Context) (err error) {
				var files []string
				r.PFBytes[z], files, err = first(ctx)
				if z == 0 {
					r.PFFiles = files
				}
				return err
			})
		}
		// Rankings: ocop's whole ranking as the page shows it, Pagefind's
		// first records.
		open(plain+"tim-kiem/?q="+esc, func(ctx context.Context) error {
			if err := chromedp.Do(ctx, chromedp.Poll[chromedp.Void](`document.querySelector("[data-search-status-page]").textContent !== ""`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
				return err
			}
			var err error
			r.OcopTop, err = ocopRecords(ctx, 5)
			return err
		})
		open(plain+"pagefind-bench.html", func(ctx context.Context) error {
			v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.pf(`+jsString(q)+`, 40).then(r => JSON.stringify(r))`, chromedp.EvalAwaitPromise))
			if err != nil {
				return err
			}
			var pr struct {
				Count int
				URLs  []string
			}
			if err := json.Unmarshal([]byte(v), &pr); err != nil {
				return err
			}
			r.PFCount = pr.Count
			for _, u := range pr.URLs {
				if isRecord(u) && len(r.PFTop) < 5 {
					r.PFTop = append(r.PFTop, strings.TrimPrefix(u, "/"))
				}
			}
			return nil
		})
		// Where ocop ranks Pagefind's records: load every result page.
		open(plain+"tim-kiem/?q="+esc, func(ctx context.Context) error {
			if err := chromedp.Do(ctx, chromedp.Poll[chromedp.Void](`document.querySelector("[data-search-status-page]").textContent !== ""`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
				return err
			}
			top, err := ocopRecords(ctx, 200)
			if err != nil {
				return err
			}
			// The whole ranking from the page's engine
			// (ocopSearch.find), checked against the page's first 200.
			arg, _ := json.Marshal(q)
			all, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`ocopSearch.find(`+string(arg)+`).
				then(r => ocopSearch.records(r.ids, "vi")).then(rs => rs.map(r => new URL(r.href).pathname.replace(/^\//, "")))`,
				chromedp.EvalAwaitPromise))
			if err != nil {
				return err
			}
			r.OcopCount = len(all)
			r.Mirror = len(all) >= len(top) && strings.Join(all[:len(top)], " ") == strings.Join(top, " ")
			for _, u := range r.PFTop {
				r.OcopRanks[u] = slicesIndex(all, u) + 1
			}
			for _, u := range r.OcopTop {
				if judge.relevant(u, q) {
					r.OcopRelevant++
				}
			}
			last := 0
			for _, u := range r.PFTop {
				if judge.relevant(u, q) {
					r.PFRelevant++
					if rk := r.OcopRanks[u]; rk > 0 {
						r.PFRelevantFound++
						last = max(last, rk)
					}
				}
			}
			for _, u := range all[:last] {
				if !judge.relevant(u, q) {
					r.NotRelevantAbove++
				}
			}
			return nil
		})
	}

	// Keystroke → results painted, typing the first queries.
	for _, r := range results[:min(len(results), 5)] {
		open(plain+"tim-kiem/", func(ctx context.Context) (err error) {
			r.OcopKeys, err = typeQuery(ctx, "#sp-q", r.Query)
			return err
		})
		open(plain+"pagefind-bench.html", func(ctx context.Context) (err error) {
			r.PFKeys, err = typeQuery(ctx, "#q", r.Query)
			return err
		})
	}
	report(b, results)
	reportBytes(b, results)
}

// ocopRecords returns the root-relative addresses of the first n results
// of the search page, pressing "show more" as needed.
func ocopRecords(ctx context.Context, n int) ([]string, error) {
	for {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("[data-search-list] .sr-name a")).map(a => new URL(a.href).pathname.replace(/^\//, ""))`))
		if err != nil {
			return nil, err
		}
		more, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`!document.querySelector("[data-search-more]").hidden`))
		if err != nil {
			return nil, err
		}
		if len(v) >= n || !more {
			if len(v) > n {
				v = v[:n]
			}
			return v, nil
		}
		had := len(v)
		if err := chromedp.Do(ctx,
			chromedp.Evaluate[chromedp.Void](`document.querySelector("[data-search-more]").click()`),
			chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelectorAll("[data-search-list] li").length > %d`, had), chromedp.WithPollingTimeout(20*time.Second)),
		); err != nil {
			return nil, err
		}
	}
}

// typeQuery types q into the field one key at a time, waiting for the
// results of each key, and returns each key's time to results painted.
// keyInterval is the time between two keys typed.
const keyInterval = 150 * time.Millisecond

func typeQuery(ctx context.Context, field, q string) ([][3]float64, error) {
	if err := chromedp.Do(ctx, chromedp.WaitVisible(field), chromedp.Focus(field)); err != nil {
		return nil, err
	}
	// The page is ready when the engine has loaded (Pagefind's module,
	// ocop's script); nothing of either index is loaded yet.
	if err := chromedp.Do(ctx, chromedp.Poll[chromedp.Void](`window.ocopSearch || window.pf`)); err != nil {
		return nil, err
	}
	for i, r := range []rune(q) {
		want := i + 1
		// A quick typist: a key every 150 ms, or as soon as the previous
		// results are painted when that takes longer.
		start := time.Now()
		if err := chromedp.Do(ctx,
			chromedp.KeyEvent(string(r)),
			chromedp.Poll[chromedp.Void](fmt.Sprintf(`window.__m.keys.length >= %d`, want), chromedp.WithPollingTimeout(30*time.Second)),
		); err != nil {
			// A key that changes nothing (a space) may show no results.
			if !strings.ContainsRune(" ", r) {
				return nil, fmt.Errorf("key %d (%q): %w", i, r, err)
			}
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf(`(window.__m.keys.length < %d && (window.__m.keys.push(NaN), window.__m.dom.push(NaN), window.__m.loads.push(NaN), window.__m.names.push("")), 0)`, want))); err != nil {
			return nil, err
		}
		time.Sleep(time.Until(start.Add(keyInterval)))
	}
	return chromedp.Run(ctx, chromedp.Evaluate[[][3]float64](`window.__m.keys.map((x, i) => [x, window.__m.loads[i], window.__m.dom[i]]).filter(x => x[0] === x[0])`))
}

func addScript(ctx context.Context, src string) error {
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
	return err
}

// isRecord reports whether a root-relative address is a product, producer
// or tourism site page (Pagefind also finds list pages).
func isRecord(u string) bool {
	parts := strings.Split(strings.Trim(u, "/"), "/")
	return len(parts) == 2 && (parts[0] == "san-pham" || parts[0] == "chu-the" || parts[0] == "du-lich")
}

func slicesIndex(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -2
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func readQueries(t testing.TB, name string) []string {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s := sc.Text()
		if i := strings.Index(s, "#"); i >= 0 {
			s = s[:i]
		}
		if s = strings.TrimSpace(s); s != "" {
			qs = append(qs, s)
		}
	}
	return qs
}

// serve serves dir on a local port, with the Pagefind test page; with
// zip, text files are gzipped as a typical server does (Pagefind's own
// files are compressed already and are sent as they are).
func serve(t testing.TB, dir string, zip bool) string {
	fsrv := http.FileServer(http.Dir(dir))
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/pagefind-bench.html" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			write(w, r, zip, []byte(pagefindPage))
			return
		}
		switch path.Ext(r.URL.Path) {
		case ".js", ".css", ".html", ".json", ".svg", "":
			if zip && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				rec := &buffer{header: http.Header{}}
				fsrv.ServeHTTP(rec, r)
				for k, v := range rec.header {
					w.Header()[k] = v
				}
				if rec.code != 0 && rec.code != http.StatusOK {
					w.WriteHeader(rec.code)
					w.Write(rec.body)
					return
				}
				write(w, r, true, rec.body)
				return
			}
		}
		fsrv.ServeHTTP(w, r)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/"
}

func write(w http.ResponseWriter, r *http.Request, zip bool, b []byte) {
	if zip && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		w.Header().Del("Content-Length")
		w.Header().Set("Content-Encoding", "gzip")
		gz, _ := gzip.NewWriterLevel(w, 6)
		gz.Write(b)
		gz.Close()
		return
	}
	w.Write(b)
}

type buffer struct {
	header http.Header
	code   int
	body   []byte
}

func (b *buffer) Header() http.Header         { return b.header }
func (b *buffer) WriteHeader(c int)           { b.code = c }
func (b *buffer) Write(p []byte) (int, error) { b.body = append(b.body, p...); return len(p), nil }

var _ io.Writer = (*buffer)(nil)

func report(t testing.TB, rs []*result) {
	out := os.Stdout
	if p := os.Getenv("OCOP_SEARCH_OUT"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		out = f
		b, _ := json.MarshalIndent(rs, "", " ")
		os.WriteFile(strings.TrimSuffix(p, filepath.Ext(p))+".json", b, 0o644)
	}
	fmt.Fprintf(out, "### Bytes transferred before the first results\n\n")
	fmt.Fprintf(out, "| query | ocop | Pagefind | ocop, gzip | Pagefind, gzip |\n|---|---:|---:|---:|---:|\n")
	for _, r := range rs {
		if r.OcopBytes[0] == 0 {
			continue
		}
		fmt.Fprintf(out, "| `%s` | %s | %s | %s | %s |\n", r.Query, kb(r.OcopBytes[0]), kb(r.PFBytes[0]), kb(r.OcopBytes[1]), kb(r.PFBytes[1]))
	}
	type stats struct{ all, warm, dom []float64 }
	collect := func(get func(*result) [][3]float64) (st stats) {
		for _, r := range rs {
			for _, k := range get(r) {
				st.all = append(st.all, k[0])
				st.dom = append(st.dom, k[2])
				if k[1] == 0 {
					st.warm = append(st.warm, k[0])
				}
			}
		}
		return st
	}
	o := collect(func(r *result) [][3]float64 { return r.OcopKeys })
	p := collect(func(r *result) [][3]float64 { return r.PFKeys })
	fmt.Fprintf(out, "\n### Keystroke → results painted\n\n")
	fmt.Fprintf(out, "| engine | keystrokes | p50 | p90 | max | keystrokes loading nothing: n, p50 | keystroke → results in the page, p50 |\n|---|---:|---:|---:|---:|---:|---:|\n")
	for _, e := range []struct {
		name string
		st   stats
	}{{"ocop (search page)", o}, {"Pagefind (API, main thread)", p}} {
		fmt.Fprintf(out, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %d, %.1f ms | %.1f ms |\n", e.name, len(e.st.all), pct(e.st.all, 50), pct(e.st.all, 90), pct(e.st.all, 100), len(e.st.warm), pct(e.st.warm, 50), pct(e.st.dom, 50))
	}
	fmt.Fprintf(out, "\n### Top 5 records\n\n")
	fmt.Fprintf(out, "| query | ocop: results, top 5 | Pagefind: results, top 5 records | ocop's rank of each Pagefind record | relevant in top 5: ocop, Pagefind | Pagefind's relevant found by ocop | not relevant ranked above them |\n|---|---|---|---|---|---|---|\n")
	for _, r := range rs {
		var ranks []string
		for _, u := range r.PFTop {
			rk := r.OcopRanks[u]
			s := fmt.Sprint(rk)
			if rk <= 0 {
				s = "–"
			}
			ranks = append(ranks, s)
		}
		mirror := ""
		if !r.Mirror {
			mirror = " (find differs)"
		}
		fmt.Fprintf(out, "| `%s` | %d: %s%s | %d: %s | %s | %d, %d | %d of %d | %d |\n", r.Query, r.OcopCount, short(r.OcopTop), mirror, r.PFCount, short(r.PFTop), strings.Join(ranks, ", "),
			r.OcopRelevant, r.PFRelevant, r.PFRelevantFound, r.PFRelevant, r.NotRelevantAbove)
	}
	if os.Getenv("OCOP_SEARCH_FILES") != "" {
		for _, r := range rs {
			fmt.Fprintf(out, "\n%s\nocop: %s\npagefind: %s\n", r.Query, strings.Join(r.OcopFiles, ", "), strings.Join(r.PFFiles, ", "))
		}
	}
}

// reportBytes reports each engine's medians over the queries, in a
// sub-benchmark of its own.
func reportBytes(b *testing.B, rs []*result) {
	type engine struct {
		name  string
		bytes func(*result) [2]int
		keys  func(*result) [][3]float64
	}
	for _, e := range []engine{
		{"ocop", func(r *result) [2]int { return r.OcopBytes }, func(r *result) [][3]float64 { return r.OcopKeys }},
		{"pagefind", func(r *result) [2]int { return r.PFBytes }, func(r *result) [][3]float64 { return r.PFKeys }},
	} {
		var plain, zipped, keys []float64
		for _, r := range rs {
			if n := e.bytes(r); n[0] > 0 {
				plain = append(plain, float64(n[0]))
				zipped = append(zipped, float64(n[1]))
			}
			for _, k := range e.keys(r) {
				keys = append(keys, k[0])
			}
		}
		b.Run(e.name, func(b *testing.B) {
			metrics(b, map[string]float64{
				"first-B":      pct(plain, 50),
				"first-gzip-B": pct(zipped, 50),
				"key-p50-ms":   pct(keys, 50),
				"key-p90-ms":   pct(keys, 90),
			})
		})
	}
}

// metrics reports figures measured beforehand, in place of a time per
// operation; a figure not measured (NaN) is left out.
func metrics(b *testing.B, m map[string]float64) {
	b.ReportMetric(0, "ns/op")
	for unit, v := range m {
		if !math.IsNaN(v) {
			b.ReportMetric(v, unit)
		}
	}
}

func short(us []string) string {
	var s []string
	for _, u := range us {
		s = append(s, path.Base(strings.TrimSuffix(u, "/")))
	}
	return strings.Join(s, ", ")
}

func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1024) }

func pct(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(0, min(i, len(s)-1))]
}

// judge decides, independently of either engine, whether a record is
// relevant to a query: every query word (folded; the last one may be a
// beginning; a word found nowhere in the catalog may be one edit away from
// the record's word) is in the record's name, or every one is in its
// place (district and commune, as recorded and today), or, for a product,
// in its producer's name.
type judge struct {
	fields map[string][][]string // page path → word lists
	vocab  map[string]bool
}

func newJudge(t testing.TB, site string) *judge {
	c, _ := load.Content(os.DirFS(site))
	j := &judge{fields: map[string][][]string{}, vocab: map[string]bool{}}
	add := func(path string, texts ...[]string) {
		var fs [][]string
		for _, ts := range texts {
			var ws []string
			for _, s := range ts {
				ws = append(ws, search.FoldedWords(s)...)
			}
			for _, w := range ws {
				j.vocab[w] = true
			}
			fs = append(fs, ws)
		}
		j.fields[path] = fs
	}
	place := func(d, cm string, dd *catalog.District, u *catalog.Unit, present []*catalog.Unit) []string {
		ws := []string{d, cm}
		if dd != nil {
			ws = append(ws, dd.Name)
		}
		if u != nil {
			ws = append(ws, u.Name)
		}
		for _, p := range present {
			ws = append(ws, p.Name)
			if p.District != nil {
				ws = append(ws, p.District.Name)
			}
		}
		return ws
	}
	for _, p := range c.Products {
		prod := ""
		if p.Links.Producer != nil {
			prod = p.Links.Producer.Name
		}
		add(urls.Page(urls.Product, "vi", p.Slug), []string{p.Name}, place(p.District, p.Commune, p.Links.District, p.Links.Unit, p.Links.Present), []string{prod})
	}
	for _, p := range c.Producers {
		add(urls.Page(urls.Producer, "vi", p.Slug), []string{p.Name}, place(p.District, p.Commune, p.Links.District, p.Links.Unit, p.Links.Present))
	}
	for _, s := range c.Sites {
		add(urls.Page(urls.Site, "vi", s.Slug), []string{s.Name}, place(s.District, s.Commune, s.Links.District, s.Links.Unit, s.Links.Present))
	}
	if len(j.fields) == 0 {
		t.Fatalf("no records in %s", site)
	}
	return j
}

func (j *judge) relevant(path, q string) bool {
	terms := search.FoldedWords(q)
	if len(terms) == 0 {
		return false
	}
	for _, field := range j.fields[path] {
		all := true
		for i, t := range terms {
			found := false
			for _, w := range field {
				if w == t || i == len(terms)-1 && strings.HasPrefix(w, t) ||
					!j.vocab[t] && len([]rune(t)) >= 3 && oneEdit(w, t) {
					found = true
					break
				}
			}
			if !found {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// chromiumPath returns the Chromium executable, skipping the test when
// none is installed.
func chromiumPath(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium is not installed")
	return ""
}

// browser starts headless Chromium exe at 1280×900 with a fresh profile
// and returns its context, closed when the test ends.
func browser(t testing.TB, exe string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.Flag("headless", true),
		chromedp.Flag("disable-gpu", true), chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true), chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelA)
	bctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(cancelB)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatal(err)
	}
	return bctx
}

// oneEdit reports whether a and b differ by one insertion, deletion,
// substitution or transposition of adjacent runes, as a query word one
// edit away from an index word matches it.
func oneEdit(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(x)-len(y) > 1 {
		return false
	}
	i := 0
	for i < len(y) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		if i == len(x) {
			return false
		}
		if string(x[i+1:]) == string(y[i+1:]) {
			return true
		}
		return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
	}
	return string(x[i+1:]) == string(y[i:])
}

package browser

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/bundle"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/themes"
)

// engineEntry is a script made for these tests of the default theme's
// modules: the search engine (window.ocopSearch) and, on window.ocopTest,
// the modules the engine decodes lists and writes prices with.
const engineEntry = `import "./search/start.js";
import { alphabet, list } from "./search/codec.js";
import { vnd } from "./lib/format.js";
window.ocopTest = { alphabet: alphabet, list: list, vnd: vnd };
`

// overlay is a file system of files over a base one.
type overlay struct {
	files fstest.MapFS
	base  fs.FS
}

func (o overlay) Open(name string) (fs.File, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Open(name)
	}
	return o.base.Open(name)
}

// engineSite writes a folder served over HTTP with a blank page that
// loads the engine script, beside the search index files, and opens the
// page in a new tab once the engine is there.
func engineSite(t *testing.T, files []search.File) *tab {
	t.Helper()
	theme, err := fs.Sub(themes.Default, "default")
	if err != nil {
		t.Fatal(err)
	}
	src := overlay{files: fstest.MapFS{"scripts/test-engine.js": {Data: []byte(engineEntry)}}, base: theme}
	scripts, err := bundle.Scripts(src, []bundle.Entry{{Src: "scripts/test-engine.js", Out: "assets/engine.js"}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	put := func(p string, b []byte) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	put(scripts[0].Path, scripts[0].Data)
	for _, f := range files {
		put(f.Path, f.Data)
	}
	put("index.html", []byte(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>engine</title></head><body><script src="assets/engine.js"></script></body></html>`))
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	tb := newTab(t)
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.Poll[chromedp.Void](`window.ocopSearch && window.ocopTest`, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		t.Fatal(err)
	}
	return tb
}

// The browser half of the ranking vectors (internal/search/testdata/rank):
// the engine the theme's scripts make, asked through ocopSearch.find,
// lists the records of every query in the vector's order, for the query
// as written and decomposed (NFD), with any shard size.
func TestRankVectors(t *testing.T) {
	paths, err := filepath.Glob("../search/testdata/rank/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no vectors: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			v, err := search.ReadRankVector(a)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			for _, limit := range []int{0, 64} {
				x, err := search.Build(v.Input)
				if err != nil {
					t.Fatal(err)
				}
				files, err := x.Write(search.Options{ShardBytes: limit})
				if err != nil {
					t.Fatal(err)
				}
				tb := engineSite(t, files)
				for _, q := range v.Queries {
					section := "queries"
					if !q.Text {
						section = "queries/words"
					}
					for _, s := range []string{q.Q, norm.NFD.String(q.Q)} {
						arg, _ := json.Marshal(s)
						got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](
							`ocopSearch.find(`+string(arg)+`, {text: `+map[bool]string{true: "true", false: "false"}[q.Text]+`}).
								then(r => ocopSearch.records(r.ids, "vi")).then(rs => rs.map(r => r.n))`,
							chromedp.EvalAwaitPromise))
						if err != nil {
							t.Fatalf("%s: %q: %v", path, s, err)
						}
						if !slices.Equal(got, q.Order) {
							t.Errorf("%s: %s:%d (shards of %d bytes): %q\ngot  %q\nwant %q",
								path, section, q.Line, limit, s, strings.Join(got, " | "), strings.Join(q.Order, " | "))
						}
					}
				}
			}
		})
	}
}

// The engine decodes every list of internal/search/testdata/lists.tsv as
// the Go encoder wrote it, and writes every amount of
// internal/format/testdata/vnd.tsv as format.VND does.
func TestEngineCoding(t *testing.T) {
	tb := engineSite(t, nil)
	type row struct{ in, want string }
	read := func(name string, cols int) [][]string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var rows [][]string
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if s := sc.Text(); s != "" && !strings.HasPrefix(s, "#") {
				c := strings.Split(s, "\t")
				if len(c) != cols {
					t.Fatalf("%s: %q: %d columns, want %d", name, s, len(c), cols)
				}
				rows = append(rows, c)
			}
		}
		return rows
	}
	lists := read("../search/testdata/lists.tsv", 3)
	var in []string
	for _, r := range lists {
		in = append(in, r[2])
	}
	arg, _ := json.Marshal(in)
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](
		`ocopTest.alphabet(`+mustJSON(search.Alphabet)+`), `+string(arg)+`.map(s => Array.from(ocopTest.list(s)).join(","))`))
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range lists {
		if got[i] != r[1] {
			t.Errorf("lists.tsv: list(%q) = %q, want %q", r[2], got[i], r[1])
		}
	}
	amounts := read("../format/testdata/vnd.tsv", 2)
	in = in[:0]
	for _, r := range amounts {
		in = append(in, r[0])
	}
	arg, _ = json.Marshal(in)
	got, err = chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](string(arg)+`.map(s => ocopTest.vnd(Number(s)))`))
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range amounts {
		if got[i] != r[1] {
			t.Errorf("vnd.tsv: vnd(%s) = %q, want %q", r[0], got[i], r[1])
		}
	}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

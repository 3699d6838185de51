package searchindex

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/internal/output/web"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/synth"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// indexOf renders the fixture under base and returns the words of its
// word shards.
func indexOf(t *testing.T, base string) (map[string]bool, *outputtest.Writer) {
	t.Helper()
	opt, err := options(fixture(), base)
	if err != nil {
		t.Fatal(err)
	}
	w, err := outputtest.Render(outputtest.Load(t, fixture()), opt, web.Web{}, Index{})
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{}
	for _, p := range w.Paths() {
		if !strings.HasPrefix(p, "search/w/") && !strings.HasPrefix(p, "search/wb/") {
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(string(w.Files[p])), "\n") {
			typ, _, data, err := search.ReadScript([]byte(line))
			var m map[string]json.RawMessage
			if err == nil && typ == "w" {
				err = json.Unmarshal(data, &m)
			}
			if err != nil {
				t.Fatalf("%s: type %q, %v", p, typ, err)
			}
			for k := range m {
				words[k] = true
			}
		}
	}
	return words, w
}

// readScript reads the index file p, of type typ, into v.
func readScript(t *testing.T, w *outputtest.Writer, p, typ string, v any) {
	t.Helper()
	got, _, data, err := search.ReadScript(w.Files[p])
	if err == nil && got != typ {
		err = fmt.Errorf("type %q, want %q", got, typ)
	}
	if err == nil {
		err = json.Unmarshal(data, v)
	}
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
}

// manifestOf reads search/i.js.
func manifestOf(t *testing.T, w *outputtest.Writer) search.Manifest {
	t.Helper()
	var m search.Manifest
	readScript(t, w, "search/i.js", "i", &m)
	return m
}

// The search page exists in both languages, and the index holds the
// words of a product's name, its producer, and of the commune of its
// decision as well as the present-day ward (Điền Xá, now part of Vị
// Khê). Which records each query finds, in what order, the ranking
// vectors check in the browser.
func TestSearchIndex(t *testing.T) {
	words, w := indexOf(t, "https://ocop.example.vn/")
	for _, p := range []string{"tim-kiem/index.html", "en/search/index.html", "search/i.js", "search/f.js"} {
		if _, ok := w.Files[p]; !ok {
			t.Errorf("%s was not written", p)
		}
	}
	m := manifestOf(t, w)
	if !slices.Equal(m.SearchPaths, []string{"tim-kiem/", "en/search/"}) || !slices.Equal(m.Sections[0], []string{"san-pham/", "en/products/"}) {
		t.Errorf("manifest: search pages %q, product sections %q", m.SearchPaths, m.Sections[0])
	}
	for _, g := range m.Groups {
		if g.ID == "" || len(g.Labels) != len(m.Langs) {
			t.Errorf("manifest: group %q has labels %q, want one per language %q", g.ID, g.Labels, m.Langs)
		}
	}
	var f search.FacetsFile
	readScript(t, w, "search/f.js", "f", &f)
	n := 0
	for _, c := range m.Counts {
		n += c
	}
	if len(f.Facets) != n*m.PackWidth {
		t.Errorf("facets file: %d digits, want %d records of %d", len(f.Facets), n, m.PackWidth)
	}
	for _, q := range []string{"gao nep cai", "gạo nếp", "dien xa", "vi khe", "Phường Vị Khê", "nam truc"} {
		for _, word := range search.FoldedWords(q) {
			if !words[word] {
				t.Errorf("%q: the index lacks %q", q, word)
			}
		}
	}
	page := string(w.Files["tim-kiem/index.html"])
	for _, want := range []string{`<script src="../assets/search-page.js" defer>`, `href="../assets/site.css"`, `data-search-page`, `<noscript>`, `href="/nhom/`} {
		if !strings.Contains(page, want) {
			t.Errorf("search page lacks %s", want)
		}
	}
	if en := string(w.Files["en/search/index.html"]); !strings.Contains(en, `<script src="../../assets/search-page.js" defer>`) {
		t.Error("English search page does not load search-page.js relatively")
	}
	// Every page has the search box, pointing at the search page of its
	// language, and loads no index file up front.
	for p, want := range map[string]string{"index.html": `action="/tim-kiem/"`, "en/index.html": `action="/en/search/"`} {
		s := string(w.Files[p])
		if !strings.Contains(s, `class="site-search" `+want) || strings.Contains(s, "search/i.js") {
			t.Errorf("%s: no search box with %s, or the index loads up front", p, want)
		}
	}
}

// Case urls-002 for the index: under a sub-path the index holds only
// root-relative paths, so it works wherever the site is put.
func TestSearchIndexSubPath(t *testing.T) {
	_, w := indexOf(t, "https://example.gov.vn/ocop/")
	_, plain := indexOf(t, "https://ocop.example.vn/")
	for _, p := range w.Paths() {
		if !strings.HasPrefix(p, "search/") {
			continue
		}
		if string(w.Files[p]) != string(plain.Files[p]) {
			t.Errorf("%s depends on the base URL", p)
		}
		if s := string(w.Files[p]); strings.Contains(s, "example") || strings.Contains(s, `"/`) {
			t.Errorf("%s holds an absolute address", p)
		}
	}
}

// BenchmarkSearchIndex times indexing the synthetic catalog of 10,000
// products and writing the index files.
func BenchmarkSearchIndex(b *testing.B) {
	dir := b.TempDir()
	root, _ := filepath.Abs("../../..")
	if _, err := synth.Write(synth.Options{Products: 10000, Seed: 1, Out: dir, Reference: os.DirFS(root)}); err != nil {
		b.Fatal(err)
	}
	src := os.DirFS(dir)
	c, _ := load.Content(src)
	opt, err := options(src, "https://ocop.example.vn/")
	if err != nil {
		b.Fatal(err)
	}
	s, err := site.Prepare(c, opt)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := (Index{}).Plan(s, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// fixture is the test site of the web output.
func fixture() fs.FS { return os.DirFS("../web/testdata/site") }

// options are the site options of src with the default theme under base.
func options(src fs.FS, base string) (site.Options, error) {
	b, err := urls.ParseBase(base)
	if err != nil {
		return site.Options{}, err
	}
	theme, err := themes.Layered(src, "")
	if err != nil {
		return site.Options{}, err
	}
	return site.Options{Base: b, Theme: theme, Content: src}, nil
}

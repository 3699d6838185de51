package serve

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// repoRoot is the repository, whose content/ gives the reference data
// (site.yaml, groups.yaml, geography) of the test sites.
const repoRoot = "../.."

// testNow is the date test sites are checked and rendered against.
var testNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// product is a product record of a test site.
type product struct {
	id, name, nameEN, producer, group, district, commune, body string
	stars                                                      int
	showrooms                                                  []string
	featured, bundle                                           bool
}

func (p product) path() string {
	if p.bundle {
		return "content/products/" + p.id + "/index.md"
	}
	return "content/products/" + p.id + ".md"
}

func (p product) text() string {
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "name: %q\n", p.name)
	if p.nameEN != "" {
		fmt.Fprintf(&b, "name_en: %q\n", p.nameEN)
	}
	if p.producer != "" {
		fmt.Fprintf(&b, "producer: %s\n", p.producer)
	}
	if p.group != "" {
		fmt.Fprintf(&b, "group: %s\n", p.group)
	}
	if p.stars != 0 {
		fmt.Fprintf(&b, "stars: %d\n", p.stars)
	}
	if p.district != "" {
		fmt.Fprintf(&b, "district: %q\n", p.district)
	}
	if p.commune != "" {
		fmt.Fprintf(&b, "commune: %q\n", p.commune)
	}
	if len(p.showrooms) > 0 {
		fmt.Fprintf(&b, "showrooms: [%s]\n", strings.Join(p.showrooms, ", "))
	}
	if p.featured {
		b.WriteString("featured: true\n")
	}
	if p.bundle {
		b.WriteString("images: [anh.svg]\n")
	}
	b.WriteString("---\n\n")
	b.WriteString(p.body)
	b.WriteString("\n")
	return b.String()
}

const testSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#c60"/></svg>`

// newSite writes a small site into a temporary folder: the repository's
// reference data, four producers, two showrooms, a tourism site, a fair
// and the given products.
func newSite(t testing.TB, products []product) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"content/site.yaml", "content/groups.yaml"} {
		copyFile(t, filepath.Join(repoRoot, f), filepath.Join(dir, f))
	}
	geo, err := filepath.Glob(filepath.Join(repoRoot, "content/geo/*.yaml"))
	if err != nil || len(geo) == 0 {
		t.Fatalf("no geography in %s: %v", repoRoot, err)
	}
	for _, g := range geo {
		copyFile(t, g, filepath.Join(dir, "content/geo", filepath.Base(g)))
	}
	for i, name := range []string{"HTX Nghĩa Bình", "Công ty TNHH Văn Hoa", "Hộ kinh doanh Hương Cúc", "HTX Tuấn Hiệp"} {
		writeFile(t, dir, fmt.Sprintf("content/producers/p%d.md", i+1),
			fmt.Sprintf("---\nname: %q\nkind: HTX\ndistrict: \"Hải Hậu\"\n---\n\nChủ thể số %d.\n", name, i+1))
	}
	writeFile(t, dir, "content/showrooms/s1.md", "---\nname: \"Điểm bán Hải Hậu\"\nslug: hai-hau\ndistrict: \"Hải Hậu\"\n---\n\nĐiểm bán.\n")
	writeFile(t, dir, "content/showrooms/s2.md", "---\nname: \"Điểm bán Giao Thủy\"\nslug: giao-thuy\ndistrict: \"Giao Thủy\"\n---\n\nĐiểm bán.\n")
	writeFile(t, dir, "content/fairs/f1.md", "---\nname: \"Hội chợ OCOP Nam Định\"\nstart: 2024-10-01\nend: 2024-10-05\nselect:\n  min_stars: 3\n---\n\nHội chợ.\n")
	var ids []string
	for _, p := range products {
		ids = append(ids, p.id)
		writeProduct(t, dir, p)
	}
	site := "---\nname: \"Làng nghề Vị Khê\"\ndistrict: \"Nam Trực\"\nkind: làng nghề\n"
	if len(ids) > 0 {
		site += "products: [" + ids[0] + "]\n"
	}
	site += "producers: [p1]\n---\n\nLàng nghề.\n"
	writeFile(t, dir, "content/sites/vi-khe.md", site)
	return dir
}

func writeProduct(t testing.TB, dir string, p product) {
	t.Helper()
	writeFile(t, dir, p.path(), p.text())
	if p.bundle {
		writeFile(t, dir, "content/products/"+p.id+"/anh.svg", testSVG)
	}
}

func writeFile(t testing.TB, dir, rel, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t testing.TB, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// syncWriter is an output.Writer into a map, safe for concurrent use.
type syncWriter struct {
	mu    sync.Mutex
	files map[string][]byte
}

func (w *syncWriter) WriteFile(p string, data []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.files[p] = append([]byte(nil), data...)
	return nil
}

// fullBuild renders the site in dir from scratch, as `ocop build` does
// (print pages aside), for base.
func fullBuild(t testing.TB, dir, base string) (map[string][]byte, catalog.Diagnostics) {
	t.Helper()
	fsys := os.DirFS(dir)
	res, err := build.Check(build.Options{Source: fsys, BaseURL: base, Now: testNow})
	if err != nil {
		return nil, res.Diagnostics
	}
	b, err := urls.ParseBase(res.Catalog.Config.BaseURL)
	if err != nil {
		t.Fatal(err)
	}
	theme, err := themes.Layered(fsys, res.Catalog.Config.Theme)
	if err != nil {
		t.Fatal(err)
	}
	w := &syncWriter{files: map[string][]byte{}}
	if _, err := build.Render(res.Catalog, site.Options{Base: b, Theme: theme, Content: fsys}, w); err != nil {
		t.Fatal(err)
	}
	return w.files, res.Diagnostics
}

// sameFiles reports the differences between two outputs, at most a few.
func sameFiles(got, want map[string][]byte) []string {
	var diffs []string
	for p, w := range want {
		g, ok := got[p]
		switch {
		case !ok:
			diffs = append(diffs, "missing "+p)
		case string(g) != string(w):
			diffs = append(diffs, "differs "+p)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			diffs = append(diffs, "extra "+p)
		}
	}
	sort.Strings(diffs)
	if len(diffs) > 8 {
		diffs = append(diffs[:8], fmt.Sprintf("… %d in all", len(diffs)))
	}
	return diffs
}

// startTest starts a server on the site in dir, without a listener.
func startTest(t testing.TB, dir string, opt Options) *Server {
	t.Helper()
	opt.Source = dir
	if opt.BaseURL == "" {
		opt.BaseURL = "http://127.0.0.1:1313/"
	}
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	opt.now = testNow
	if opt.quiet == 0 {
		opt.quiet = 30 * time.Millisecond
	}
	s, err := Start(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// files returns the server's current output.
func (s *Server) files() map[string][]byte {
	m, _ := s.out.snapshot()
	return m
}

// baseProducts are the products of most test sites.
func baseProducts() []product {
	return []product{
		{id: "gao-nep", name: "Gạo nếp bắc Nghĩa Bình", nameEN: "Glutinous rice", producer: "p1", group: "thuc-pham", stars: 4, district: "Nghĩa Hưng", featured: true, body: "Gạo nếp thơm."},
		{id: "nuoc-mam-van-hoa", name: "Nước mắm Văn Hoa", producer: "p2", group: "thuc-pham", stars: 3, district: "Hải Hậu", showrooms: []string{"s1"}, body: "Nước mắm cốt."},
		{id: "banh-gai", name: "Bánh gai Hương Cúc", producer: "p3", group: "thuc-pham", stars: 3, district: "Hải Hậu", showrooms: []string{"s1", "s2"}, bundle: true, body: "Bánh gai lá gai."},
		{id: "ruou-nep", name: "Rượu nếp Hải Hậu", producer: "p4", group: "do-uong", stars: 5, district: "Hải Hậu", body: "Rượu nếp cái hoa vàng."},
		{id: "cay-tra", name: "Cây trà mi cổ", producer: "p1", group: "luu-niem-noi-that-trang-tri", stars: 2, district: "Nam Trực", commune: "Điền Xá", body: "Cây cảnh."},
	}
}

package brochure

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// printed is the date of printing every test uses.
var printed = catalog.Date{Year: 2025, Month: 9, Day: 1}

// tool returns the path of an external program the test needs. Without
// it the test is skipped with a message, except under CI=true, where it
// fails: CI must have poppler-utils and chromium.
func tool(t testing.TB, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not installed, and CI=true requires it (apt-get install %s)", name, pkg)
	}
	t.Skipf("%s is not installed; skipping (apt-get install %s)", name, pkg)
	return ""
}

// run runs a program and returns its standard output.
func run(t testing.TB, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.Bytes())
	}
	return out
}

// options returns brochure options for a catalog.
func options(t testing.TB, c *catalog.Catalog, content fs.FS) Options {
	t.Helper()
	base, err := urls.ParseBase(c.Config.BaseURL)
	if err != nil {
		t.Fatal(err)
	}
	theme, err := themes.Layered(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	return Options{Base: base, Theme: theme, Content: content, Printed: printed}
}

// realCatalog loads the repository's own content.
func realCatalog(t testing.TB) (*catalog.Catalog, Options) {
	t.Helper()
	root := os.DirFS("../..")
	c, ds := load.Content(root)
	if ds.HasErrors() {
		t.Fatalf("the real catalog has errors:\n%v", ds)
	}
	return c, options(t, c, root)
}

// fx is a product of a synthetic fixture.
type fx struct {
	id, name, nameEN string
	group            string // a group ID of decision 148
	stars            int    // 0: not stated
	price            int64
	pack, summary    string
	showrooms        []string
	district         string
	image            string // file name of a generated photo beside the record
}

// fixture builds a site from the real site config, groups and geography
// with the given products, two showrooms (cua-hang-a and cua-hang-b)
// and a fair of 4-star products. It returns the linked catalog, its
// options and the site's files.
func fixture(t testing.TB, products []fx) (*catalog.Catalog, Options) {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, p := range []string{"content/site.yaml", "content/groups.yaml", "content/geo/2024-05-01.yaml", "content/geo/2025-03-01.yaml", "content/geo/2025-07-01.yaml"} {
		b, err := os.ReadFile(filepath.Join("../..", p))
		if err != nil {
			t.Fatal(err)
		}
		fsys[p] = &fstest.MapFile{Data: b}
	}
	add := func(p, s string) { fsys[p] = &fstest.MapFile{Data: []byte(s)} }
	add("content/producers/htx-a.md", "---\nname: HTX Điền Xá\nkind: HTX\ndistrict: Nam Trực\ncommune: Điền Xá\n---\n")
	add("content/showrooms/cua-hang-a.md", "---\nname: Điểm bán OCOP Hải Hậu\nslug: cua-hang-a\ndistrict: Hải Hậu\naddress: số 1 đường Trần Hưng Đạo\nhours: 7:00–17:00 hằng ngày\nphone: 0228 3123 456\n---\n")
	add("content/showrooms/cua-hang-b.md", "---\nname: Điểm bán OCOP Giao Thủy\nslug: cua-hang-b\ndistrict: Giao Thủy\n---\n")
	add("content/fairs/hoi-cho.md", "---\nname: Hội chợ OCOP 4 sao\nstart: 2025-10-01\nend: 2025-10-05\nvenue: Quảng trường 3/2\nselect:\n  min_stars: 4\n---\nHội chợ giới thiệu sản phẩm OCOP từ 4 sao.\n")
	for _, p := range products {
		var b strings.Builder
		fmt.Fprintf(&b, "---\nname: %q\n", p.name)
		if p.nameEN != "" {
			fmt.Fprintf(&b, "name_en: %q\n", p.nameEN)
		}
		fmt.Fprintf(&b, "producer: htx-a\ncriteria: \"148\"\ngroup: %s\n", p.group)
		if p.stars > 0 {
			fmt.Fprintf(&b, "stars: %d\n", p.stars)
		}
		d := p.district
		if d == "" {
			d = "Nam Trực"
		}
		fmt.Fprintf(&b, "district: %q\n", d)
		if p.price > 0 {
			fmt.Fprintf(&b, "price: %d\npack: %q\n", p.price, p.pack)
		}
		if p.summary != "" {
			fmt.Fprintf(&b, "summary: %q\n", p.summary)
		}
		if len(p.showrooms) > 0 {
			fmt.Fprintf(&b, "showrooms: [%s]\n", strings.Join(p.showrooms, ", "))
		}
		file := "content/products/" + p.id + ".md"
		if p.image != "" {
			fmt.Fprintf(&b, "images: [%s]\n", p.image)
			file = "content/products/" + p.id + "/index.md"
			fsys["content/products/"+p.id+"/"+p.image] = &fstest.MapFile{Data: photoPNG(t)}
		}
		b.WriteString("---\nSản phẩm của hợp tác xã.\n")
		add(file, b.String())
	}
	c, ds := load.Content(fsys)
	for _, d := range ds {
		if d.Severity == catalog.Error {
			t.Fatalf("fixture: %v", d)
		}
	}
	return c, options(t, c, fsys)
}

// photoPNG is a 320 × 200 test photo: a gradient with a dark square.
func photoPNG(t testing.TB) []byte {
	m := image.NewRGBA(image.Rect(0, 0, 320, 200))
	for y := 0; y < 200; y++ {
		for x := 0; x < 320; x++ {
			c := color.RGBA{uint8(x * 255 / 320), uint8(120 + y/4), 90, 255}
			if x > 130 && x < 190 && y > 70 && y < 130 {
				c = color.RGBA{20, 40, 30, 255}
			}
			m.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// memWriter keeps written files in memory; safe for concurrent use.
type memWriter struct {
	mu    sync.Mutex
	files map[string][]byte
}

func (w *memWriter) WriteFile(p string, b []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.files == nil {
		w.files = map[string][]byte{}
	}
	if _, dup := w.files[p]; dup {
		return fmt.Errorf("%s written twice", p)
	}
	w.files[p] = append([]byte(nil), b...)
	return nil
}

func (w *memWriter) paths() []string {
	var ps []string
	for p := range w.files {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

// writeTemp writes a PDF to a temporary file and returns its path.
func writeTemp(t testing.TB, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// pdfText returns the text of a PDF's pages first to last (0 for the
// last page), whitespace collapsed to single spaces.
func pdfText(t testing.TB, file string, first, last int) string {
	t.Helper()
	args := []string{"-enc", "UTF-8"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first))
	}
	if last > 0 {
		args = append(args, "-l", strconv.Itoa(last))
	}
	args = append(args, file, "-")
	return flat(string(run(t, tool(t, "pdftotext", "poppler-utils"), args...)))
}

// flat collapses runs of white space (no-break spaces included) to one
// space.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// pdfPages returns a PDF's page count, from pdfinfo.
func pdfPages(t testing.TB, file string) int {
	t.Helper()
	out := string(run(t, tool(t, "pdfinfo", "poppler-utils"), file))
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// occurrences counts name in text, not counting where it is part of one
// of the longer names in others.
func occurrences(text, name string, others []string) int {
	n := strings.Count(text, name)
	for _, o := range others {
		if o != name && strings.Contains(o, name) {
			n -= strings.Count(text, o) * strings.Count(o, name)
		}
	}
	return n
}

// printedSummaries returns the summaries a laid-out brochure prints, one
// string, so that a name quoted in another product's summary is not
// counted as a card of its own.
func printedSummaries(L *bookLayout) string {
	var parts []string
	for _, cb := range L.cards() {
		var ls []string
		for _, l := range cb.text.lines {
			if l.role == "summary" {
				ls = append(ls, l.text)
			}
		}
		parts = append(parts, flat(strings.Join(ls, " ")))
	}
	return strings.Join(parts, " | ")
}

// productIDs returns the IDs of products, sorted.
func productIDs(ps []*catalog.Product) []string {
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.ID)
	}
	sort.Strings(ids)
	return ids
}

// dirOf is path.Dir for output paths.
func dirOf(p string) string { return path.Dir(p) }

// expected returns the products a selection must print, worked out by
// the catalog's own table-tested rules, not by the code under test: what
// the showroom offers (catalog.Offer, the one rule), those a fair's rule
// picks (FairProducts), or all; but for a fair, only those Promoted keeps
// (neither expired nor not certified).
func expected(c *catalog.Catalog, sel Selection) []*catalog.Product {
	var out []*catalog.Product
	switch {
	case sel.Showroom != nil:
		out = c.Offer(sel.Showroom).Products
	case sel.Fair != nil:
		out = c.FairProducts(sel.Fair)
	default:
		out = c.Products
	}
	if sel.Fair == nil {
		out = c.Promoted(out)
	}
	return out
}

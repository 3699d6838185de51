package load

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// base is the smallest valid site, kept in testdata/base (path →
// contents): config, groups and two geography snapshots, the first with
// two districts. The cases of testdata/content run on it too.
var base = siteFiles("testdata/base")

// siteFiles reads every file under dir.
func siteFiles(dir string) map[string]string {
	files := map[string]string{}
	fsys := os.DirFS(dir)
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		files[p] = string(b)
		return err
	})
	if err != nil {
		panic(err)
	}
	return files
}

// site returns base plus files.
func site(files map[string]string) fstest.MapFS {
	fs := fstest.MapFS{}
	for k, v := range base {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	for k, v := range files {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fs
}

func errorsOf(ds catalog.Diagnostics) []string {
	var out []string
	for _, d := range ds {
		if d.Severity == catalog.Error {
			out = append(out, d.String())
		}
	}
	return out
}

// Case frontmatter-001: a BOM, CRLF line endings, or both, load exactly
// like the plain LF file.
func TestBOMAndCRLF(t *testing.T) {
	plain := "---\nname: Bánh cuốn\n---\nNội dung\n"
	variants := map[string]string{
		"lf":      plain,
		"bom":     "\uFEFF" + plain,
		"crlf":    strings.ReplaceAll(plain, "\n", "\r\n"),
		"bomcrlf": "\uFEFF" + strings.ReplaceAll(plain, "\n", "\r\n"),
		"cr":      strings.ReplaceAll(plain, "\n", "\r"),
	}
	for name, src := range variants {
		c, ds := Content(site(map[string]string{"content/products/banh-cuon.md": src}))
		if errs := errorsOf(ds); len(errs) > 0 {
			t.Errorf("%s: errors: %v", name, errs)
			continue
		}
		if len(c.Products) != 1 {
			t.Fatalf("%s: got %d products, want 1", name, len(c.Products))
		}
		p := c.Products[0]
		if p.Name != "Bánh cuốn" {
			t.Errorf("%s: name = %q, want %q", name, p.Name, "Bánh cuốn")
		}
		if p.Body != "Nội dung\n" {
			t.Errorf("%s: body = %q, want %q", name, p.Body, "Nội dung\n")
		}
	}
}

// Text in decomposed Unicode (NFD) is read as NFC.
func TestNFC(t *testing.T) {
	nfd := "Ba\u0301nh cuô\u0301n" // Bánh cuốn, decomposed
	c, _ := Content(site(map[string]string{"content/products/x.md": "---\nname: " + nfd + "\n---\n"}))
	if got := c.Products[0].Name; got != "Bánh cuốn" {
		t.Errorf("name = %q (% x), want NFC %q", got, got, "Bánh cuốn")
	}
}

func TestNotUTF8(t *testing.T) {
	_, ds := Content(site(map[string]string{
		"content/products/latin1.md": "---\nname: B\xe1nh\n---\n",
	}))
	want := "content/products/latin1.md:2:8: file is not UTF-8 text"
	if got := strings.Join(errorsOf(ds), "\n"); !strings.Contains(got, want) {
		t.Errorf("got %s\nwant prefix %s", got, want)
	}
}

func TestIgnoredFiles(t *testing.T) {
	for _, name := range []string{"a.md~", "a.md.tmp", ".a.md.swp", "4913", ".#a.md", "a.bck", "#a.md#", ".hidden.md"} {
		if !Ignored(name) {
			t.Errorf("Ignored(%q) = false, want true", name)
		}
	}
	for _, name := range []string{"a.md", "index.md", "anh.jpg", "2024.md"} {
		if Ignored(name) {
			t.Errorf("Ignored(%q) = true, want false", name)
		}
	}
	c, _ := Content(site(map[string]string{
		"content/products/a.md":       "---\nname: A\n---\n",
		"content/products/a.md~":      "---\nname: A old\n---\n",
		"content/products/.a.md.swp":  "junk",
		"content/products/a.md.tmp":   "---\nname: A tmp\n---\n",
		"content/products/b/index.md": "---\nname: B\n---\n",
		"content/products/x/y/c.md":   "---\nname: C\n---\n",
	}))
	var ids []string
	for _, p := range c.Products {
		ids = append(ids, p.ID)
	}
	if got := strings.Join(ids, ","); got != "a,b,c" {
		t.Errorf("product IDs = %s, want a,b,c", got)
	}
}

func TestPresentDayName(t *testing.T) {
	c, ds := Content(site(map[string]string{
		"content/products/a.md": "---\nname: A\ndistrict: Nam Trực\ncommune: Điền Xá\n---\n",
	}))
	if errs := errorsOf(ds); len(errs) > 0 {
		t.Fatal(errs)
	}
	l := c.Products[0].Links
	if l.Unit == nil || l.Unit.Name != "Xã Điền Xá" {
		t.Fatalf("unit = %v, want Xã Điền Xá", l.Unit)
	}
	if len(l.Present) != 1 || l.Present[0].Name != "Phường Vị Khê" || l.Present[0].Snapshot.Province != "Ninh Bình" {
		t.Errorf("present = %v, want Phường Vị Khê of Ninh Bình", l.Present)
	}
}

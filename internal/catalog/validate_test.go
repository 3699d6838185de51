package catalog_test

import (
	"flag"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/sitetest"
)

// update rewrites the want sections of the cases of testdata/validate.
var update = flag.Bool("update", false, "rewrite the want sections of testdata/validate/*.txtar")

// TestValidateCases runs the cases of testdata/validate: each is a few
// files on the small site of testdata/base, checked as ocop check does,
// with every diagnostic it must give (package sitetest).
func TestValidateCases(t *testing.T) {
	sitetest.Run(t, "testdata/validate", sitetest.Options{Base: "testdata/base", Update: *update})
}

// base is the small site of testdata/base (path → contents), which the
// Go tests of this package add their files to.
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

// good is a product with every field right; tests add one line to it.
const good = "name: Gạo tám\nname_en: Fragrant rice\nproducer: htx\ngroup: thuc-pham\nstars: 4\ndistrict: Nam Trực\ncommune: Điền Xá\nimages: [pic.jpg]\n"

func check(t *testing.T, files map[string]string) catalog.Diagnostics {
	t.Helper()
	fs := fstest.MapFS{}
	for k, v := range base {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	for k, v := range files {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	c, ds := load.Content(fs)
	ds = append(ds, c.Validate(catalog.CheckOptions{
		Today:  catalog.Date{Year: 2026, Month: 11, Day: 29},
		Exists: func(p string) bool { _, ok := fs[p]; return ok },
	})...)
	ds.Sort()
	return ds
}

func TestRules(t *testing.T) {
	for _, tc := range []struct{ score, stars int }{{100, 5}, {90, 5}, {89, 4}, {70, 4}, {69, 3}, {50, 3}, {49, 2}, {30, 2}, {29, 1}, {0, 1}, {101, 0}, {-1, 0}} {
		if got := catalog.StarsForScore(tc.score); got != tc.stars {
			t.Errorf("StarsForScore(%d) = %d, want %d", tc.score, got, tc.stars)
		}
	}
	for _, tc := range []struct {
		d    catalog.Date
		n    int
		want string
	}{
		{catalog.Date{Year: 2021, Month: 12, Day: 13}, 36, "2024-12-13"},
		{catalog.Date{Year: 2021, Month: 8, Day: 31}, 36, "2024-08-31"},
		{catalog.Date{Year: 2020, Month: 2, Day: 29}, 12, "2021-02-28"},
		{catalog.Date{Year: 2023, Month: 11, Day: 30}, 3, "2024-02-29"},
	} {
		if got := tc.d.AddMonths(tc.n).String(); got != tc.want {
			t.Errorf("%s + %d months = %s, want %s", tc.d, tc.n, got, tc.want)
		}
	}
}

// withArchive returns the files of files with those of the txtar archive
// at name on top.
func withArchive(t *testing.T, files map[string]string, name string) fstest.MapFS {
	t.Helper()
	a, err := txtar.ParseFile(name)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for k, v := range files {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	for _, f := range a.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

// The kiosk shows the kiosk's featured products first, in the order
// listed, then products marked featured, then the rest by stars; a
// showroom's kiosk only its products and its featured ones.
func TestKioskProducts(t *testing.T) {
	c, _ := load.Content(withArchive(t, base, "testdata/kiosk-products.txtar"))
	names := func(ps []*catalog.Product) string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		showroom *catalog.Showroom
		want     string
	}{
		{c.Showroom("hh"), "c b e d h a"},
		{c.Showroom("gt"), "d"},
		{c.Showroom("nt"), "h g"},
		{nil, "e d f h c g a b"},
	} {
		if got := names(c.KioskProducts(tc.showroom)); got != tc.want {
			t.Errorf("KioskProducts(%v) = %q, want %q", tc.showroom != nil, got, tc.want)
		}
	}
}

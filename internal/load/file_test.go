package load_test

import (
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
)

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		p    string
		want string // "kind id", or "" for no record
	}{
		{"content/products/gao.md", "product gao"},
		{"content/products/gao/index.md", "product gao"},
		{"content/products/gao/_index.md", "product gao"},
		{"content/products/nhom/gao.md", "product gao"},
		{"content/producers/htx.md", "producer htx"},
		{"content/sites/den-tran.md", "site den-tran"},
		{"content/showrooms/s1.md", "showroom s1"},
		{"content/fairs/hoi-cho.md", "fair hoi-cho"},
		{"content/products/Gia\u0300o.md", "product Giào"},
		{"content/products/index.md", ""},
		{"content/products/_index.md", ""},
		{"content/products/gao/anh.jpg", ""},
		{"content/products/gao", ""},
		{"content/products/gao.yaml", ""},
		{"content/products/.gao.md", ""},
		{"content/products/gao.md~", ""},
		{"content/products/.nhom/gao.md", ""},
		{"content/products/ga\u202eo.md", ""},
		{"content/site.yaml", ""},
		{"content/groups.yaml", ""},
		{"content/geo/2024-05-01.yaml", ""},
		{"content/other/gao.md", ""},
		{"themes/default/layouts/product.html", ""},
		{"products/gao.md", ""},
	} {
		k, id, ok := load.Classify(tc.p)
		got := ""
		if ok {
			got = fmt.Sprintf("%s %s", k, id)
		}
		if got != tc.want {
			t.Errorf("Classify(%q) = %q, want %q", tc.p, got, tc.want)
		}
	}
}

// TestFileAsContent reads every record file of the real catalog, and a
// few broken ones, alone, and checks that File gives the record and the
// problems of the file that Content gives reading the whole tree.
func TestFileAsContent(t *testing.T) {
	fsys := fstest.MapFS{}
	real := os.DirFS("../..")
	err := fs.WalkDir(real, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(real, p)
		fsys[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	fsys["content/products/hong.md"] = &fstest.MapFile{Data: []byte("---\nname: [\n---\n")}
	fsys["content/products/chua-dong/index.md"] = &fstest.MapFile{Data: []byte("---\nname: Chưa đóng\n")}
	fsys["content/fairs/khong-ten.md"] = &fstest.MapFile{Data: []byte("---\nselect:\n  min_stars: x\n---\n")}
	c, all := load.Content(fsys)
	byPath := map[string]catalog.Diagnostics{}
	for _, d := range all {
		byPath[d.Pos.Path] = append(byPath[d.Pos.Path], d)
	}
	n := 0
	for p := range fsys {
		k, id, ok := load.Classify(p)
		if !ok {
			continue
		}
		n++
		rec, ds := load.File(fsys, p)
		if !reflect.DeepEqual(ds, byPath[p]) {
			t.Errorf("%s: File gives diagnostics %v, Content %v", p, ds, byPath[p])
		}
		want := c.Record(k, id)
		switch {
		case want == nil && rec != nil:
			t.Errorf("%s: File gives a record, Content none", p)
		case want != nil && rec == nil:
			t.Errorf("%s: File gives no record, Content one", p)
		case want != nil:
			// Link assigns slugs; File's record is not linked.
			rec.RecordHead().Slug = want.RecordHead().Slug
			if !catalog.Same(rec, want) {
				t.Errorf("%s: File's record differs from Content's:\n%+v\n%+v", p, rec, want)
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d record files read", n)
	}
	if rec, ds := load.File(fsys, "content/site.yaml"); rec != nil || !ds.HasErrors() {
		t.Errorf("File(site.yaml) = %v, %v; want no record and an error", rec, ds)
	}
}

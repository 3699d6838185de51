package catalog_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
)

// updateSite is a small site for Replace and Remove: the reference files
// of testdata/fair (its products left out) and the records of
// testdata/update.txtar.
func updateSite() map[string]string {
	files := map[string]string{}
	err := fs.WalkDir(os.DirFS("testdata/fair"), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(p, "content/products/") {
			return err
		}
		b, err := os.ReadFile(filepath.Join("testdata/fair", p))
		files[p] = string(b)
		return err
	})
	if err != nil {
		panic(err)
	}
	ar, err := txtar.ParseFile("testdata/update.txtar")
	if err != nil {
		panic(err)
	}
	for _, f := range ar.Files {
		files[f.Name] = string(f.Data)
	}
	return files
}

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for k, v := range files {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fsys
}

// shape describes every record of c with its slug and links, by ID.
func shape(c *catalog.Catalog) string {
	var b strings.Builder
	ids := func(rs []catalog.Record) string {
		var s []string
		for _, r := range rs {
			s = append(s, r.RecordHead().ID)
		}
		return strings.Join(s, ",")
	}
	for _, p := range c.Products {
		prod := ""
		if p.Links.Producer != nil {
			prod = p.Links.Producer.ID
		}
		var srs, sites []catalog.Record
		for _, s := range p.Links.Showrooms {
			srs = append(srs, s)
		}
		for _, s := range p.Links.Sites {
			sites = append(sites, s)
		}
		fmt.Fprintf(&b, "product %s %s %s by %s in [%s] at [%s]\n", p.ID, p.Slug, p.Name, prod, ids(srs), ids(sites))
	}
	for _, p := range c.Producers {
		var ps, sites []catalog.Record
		for _, q := range p.Links.Products {
			ps = append(ps, q)
		}
		for _, s := range p.Links.Sites {
			sites = append(sites, s)
		}
		fmt.Fprintf(&b, "producer %s %s [%s] at [%s]\n", p.ID, p.Slug, ids(ps), ids(sites))
	}
	for _, s := range c.Showrooms {
		var ps []catalog.Record
		for _, q := range s.Links.Products {
			ps = append(ps, q)
		}
		fmt.Fprintf(&b, "showroom %s %s [%s]\n", s.ID, s.Slug, ids(ps))
	}
	for _, s := range c.Sites {
		var ps, prs []catalog.Record
		for _, q := range s.Links.Products {
			ps = append(ps, q)
		}
		for _, q := range s.Links.Producers {
			prs = append(prs, q)
		}
		fmt.Fprintf(&b, "site %s %s [%s] [%s]\n", s.ID, s.Slug, ids(ps), ids(prs))
	}
	for _, f := range c.Fairs {
		fmt.Fprintf(&b, "fair %s %s\n", f.ID, f.Slug)
	}
	return b.String()
}

// TestReplaceRemove applies one change of a file to a loaded catalog
// with Replace or Remove and checks that the catalog is linked as a new
// load of the changed files links it, and that the Change names the
// pages before and after.
func TestReplaceRemove(t *testing.T) {
	for _, tc := range []struct {
		name string
		path string
		text string // "" deletes the file
		want []string
	}{
		{"product stars", "content/products/b.md",
			"---\nname: Bình\nproducer: p1\nshowrooms: [s1, s2]\nstars: 5\ngroup: do-uong\ndistrict: Hải Hậu\n---\n",
			[]string{"product/b", "producer/p1", "showroom/s1", "showroom/s2", "stars/5", "fair/f1", "group/do-uong"}},
		{"product to another producer and showroom", "content/products/a.md",
			"---\nname: An mới\nproducer: p2\nshowrooms: [s2]\nstars: 4\ngroup: thuc-pham\ndistrict: Nam Trực\n---\n",
			[]string{"product/a", "producer/p1", "producer/p2", "showroom/s1", "showroom/s2", "site/t1"}},
		{"new product", "content/products/d.md",
			"---\nname: Dừa\nproducer: p2\nshowrooms: [s1]\nstars: 3\ngroup: thuc-pham\n---\n",
			[]string{"product/d", "producer/p2", "showroom/s1", "stars/3"}},
		{"product deleted", "content/products/a.md", "",
			[]string{"product/a", "producer/p1", "showroom/s1", "site/t1", "stars/4"}},
		{"producer renamed", "content/producers/p1.md", "---\nname: HTX Một Mới\nslug: mot\nkind: HTX\n---\n",
			[]string{"producer/p1", "product/a", "product/b", "showroom/s2"}},
		{"producer deleted", "content/producers/p2.md", "",
			[]string{"producer/p2", "product/c", "site/t1"}},
		{"site names another product", "content/sites/t1.md", "---\nname: Đền\nkind: di tích\nproducts: [b]\n---\n",
			[]string{"site/t1", "product/a", "product/b", "producer/p2"}},
		{"new site", "content/sites/t2.md", "---\nname: Chùa\nkind: di tích\nproducts: [c]\n---\n",
			[]string{"site/t2", "product/c"}},
		{"showroom kiosk", "content/showrooms/s1.md", "---\nname: Điểm Một\nkiosk:\n  idle_seconds: 90\n---\n",
			[]string{"showroom/s1", "product/a", "product/b"}},
		{"showroom deleted", "content/showrooms/s2.md", "", []string{"showroom/s2", "product/b"}},
		{"fair selects", "content/fairs/f1.md", "---\nname: Hội chợ\nselect:\n  min_stars: 5\n---\n", []string{"fair/f1"}},
		{"new fair", "content/fairs/f2.md", "---\nname: Hội chợ hai\n---\n", []string{"fair/f2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := updateSite()
			c, ds := load.Content(mapFS(files))
			if ds.HasErrors() {
				t.Fatalf("base site: %v", ds)
			}
			if tc.text == "" {
				delete(files, tc.path)
			} else {
				files[tc.path] = tc.text
			}
			fsys := mapFS(files)
			want, ds := load.Content(fsys)
			if ds.HasErrors() {
				t.Fatalf("changed site: %v", ds)
			}
			k, id, ok := load.Classify(tc.path)
			if !ok {
				t.Fatalf("%s is not a record", tc.path)
			}
			var ch catalog.Change
			if tc.text == "" {
				ch = c.Remove(k, id)
			} else {
				r, ds := load.File(fsys, tc.path)
				if r == nil || ds.HasErrors() {
					t.Fatalf("File: %v", ds)
				}
				ch = c.Replace(r)
			}
			if got, w := shape(c), shape(want); got != w {
				t.Errorf("after the change:\n%s\nwant (a new load):\n%s", got, w)
			}
			for _, k := range tc.want {
				if !slices.Contains(ch.Keys, k) {
					t.Errorf("Change.Keys = %v, want %s among them", ch.Keys, k)
				}
			}
			if ch.All {
				t.Errorf("Change.All is set")
			}
		})
	}
}

func TestRemoveMissing(t *testing.T) {
	c, _ := load.Content(mapFS(updateSite()))
	before := shape(c)
	if ch := c.Remove(catalog.KindProduct, "none"); len(ch.Keys) != 0 || ch.All {
		t.Errorf("Remove of a missing record = %+v, want no change", ch)
	}
	if shape(c) != before {
		t.Errorf("Remove of a missing record changed the catalog")
	}
}

func TestChangeMerge(t *testing.T) {
	ch := catalog.Change{Keys: []string{"product/a", "stars/3"}}
	ch.Merge(catalog.Change{Keys: []string{"stars/3", "group/x"}})
	if got := strings.Join(ch.Keys, " "); got != "product/a stars/3 group/x" || ch.All {
		t.Errorf("Merge = %q %v", got, ch.All)
	}
	ch.Merge(catalog.Change{All: true})
	if !ch.All {
		t.Errorf("Merge lost All")
	}
}

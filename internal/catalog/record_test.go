package catalog_test

import (
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

func TestKinds(t *testing.T) {
	ks := catalog.Kinds()
	if len(ks) != int(catalog.NumKinds) {
		t.Fatalf("len(Kinds()) = %d, want %d", len(ks), catalog.NumKinds)
	}
	urlSeen := map[any]bool{}
	for i, ki := range ks {
		if ki.Kind != catalog.Kind(i) {
			t.Errorf("Kinds()[%d].Kind = %v, want %v", i, ki.Kind, catalog.Kind(i))
		}
		if got := ki.Kind.Info().Folder; got != ki.Folder {
			t.Errorf("%v.Info().Folder = %q, want %q", ki.Kind, got, ki.Folder)
		}
		if got, ok := catalog.KindOfFolder(ki.Folder); !ok || got != ki.Kind {
			t.Errorf("KindOfFolder(%q) = %v, %v, want %v, true", ki.Folder, got, ok, ki.Kind)
		}
		r := ki.New()
		if got := r.RecordKind(); got != ki.Kind {
			t.Errorf("%s: New().RecordKind() = %v, want %v", ki.Name, got, ki.Kind)
		}
		if r.RecordHead() == nil {
			t.Errorf("%s: New().RecordHead() = nil", ki.Name)
		}
		loc, pl := r.Where()
		if (loc == nil) != (ki.Kind == catalog.KindFair) || (loc == nil) != (pl == nil) {
			t.Errorf("%s: Where() = %v, %v; only a fair has no place", ki.Name, loc, pl)
		}
		if got, want := catalog.Key(ki.Kind, "x"), ki.Name+"/x"; got != want {
			t.Errorf("Key(%v, \"x\") = %q, want %q", ki.Kind, got, want)
		}
		if urlSeen[ki.URL] {
			t.Errorf("%s: URL kind %v used twice", ki.Name, ki.URL)
		}
		urlSeen[ki.URL] = true
	}
	if _, ok := catalog.KindOfFolder("geo"); ok {
		t.Errorf("KindOfFolder(\"geo\") = _, true, want false")
	}
}

func TestAddRecords(t *testing.T) {
	c := &catalog.Catalog{}
	for _, ki := range catalog.Kinds() {
		r := ki.New()
		r.RecordHead().ID = ki.Name + "-1"
		c.Add(r)
	}
	c.Link()
	for _, ki := range catalog.Kinds() {
		rs := c.Records(ki.Kind)
		if len(rs) != 1 || rs[0].RecordHead().ID != ki.Name+"-1" {
			t.Errorf("Records(%v) = %v, want one record %s-1", ki.Kind, rs, ki.Name)
		}
		if r := c.Record(ki.Kind, ki.Name+"-1"); r == nil || r.RecordKind() != ki.Kind {
			t.Errorf("Record(%v, %q) = %v", ki.Kind, ki.Name+"-1", r)
		}
		if r := c.Record(ki.Kind, "none"); r != nil {
			t.Errorf("Record(%v, \"none\") = %v, want nil", ki.Kind, r)
		}
	}
	if len(c.Products) != 1 || len(c.Fairs) != 1 {
		t.Errorf("Add filled %d products, %d fairs, want 1, 1", len(c.Products), len(c.Fairs))
	}
}

func TestSame(t *testing.T) {
	a := &catalog.Product{Head: catalog.Head{Name: "Nước mắm"}, Stars: 4}
	b := &catalog.Product{Head: catalog.Head{Name: "Nước mắm"}, Stars: 4}
	b.Links.Producer = &catalog.Producer{}
	if !catalog.Same(a, b) {
		t.Errorf("Same = false for products that differ only in links")
	}
	b.Stars = 5
	if catalog.Same(a, b) {
		t.Errorf("Same = true for products of 4 and 5 stars")
	}
	s := &catalog.Site{Head: catalog.Head{Name: "Nước mắm"}}
	if catalog.Same(a, s) {
		t.Errorf("Same = true for a product and a site")
	}
	f1, f2 := &catalog.Fair{Venue: "A"}, &catalog.Fair{Venue: "A"}
	if !catalog.Same(f1, f2) {
		t.Errorf("Same = false for equal fairs")
	}
}

func TestSortByName(t *testing.T) {
	names := []struct{ name, id string }{
		{"Đường phèn", "d2"}, {"dừa", "d1"}, {"Ăn", "a2"}, {"an", "a1"}, {"Đường phèn", "d0"}, {"Bánh", "b"},
	}
	var ps []*catalog.Producer
	for _, n := range names {
		ps = append(ps, &catalog.Producer{Head: catalog.Head{Meta: catalog.Meta{ID: n.id}, Name: n.name}})
	}
	catalog.SortByName(ps)
	var got []string
	for _, p := range ps {
		got = append(got, p.ID)
	}
	// a < ă < b < d < đ in Vietnamese; equal names by ID.
	want := "a1 a2 b d1 d0 d2"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("SortByName order = %s, want %s", g, want)
	}
}

package completeness

import (
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

// fixture loads testdata/fixture.txtar on the real reference files, on
// the day 2026-12-05.
func fixture(t *testing.T) *catalog.Catalog {
	t.Helper()
	fsys := fstest.MapFS{}
	root := filepath.Join("..", "..")
	for _, rel := range []string{"content/site.yaml", "content/groups.yaml", "content/geo/2024-05-01.yaml", "content/geo/2025-03-01.yaml", "content/geo/2025-07-01.yaml"} {
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		fsys[rel] = &fstest.MapFile{Data: b}
	}
	a, err := txtar.ParseFile(filepath.Join("testdata", "fixture.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	c, ds := load.Content(fsys)
	if ds.HasErrors() {
		t.Fatalf("fixture has errors:\n%s", ds)
	}
	c.Today = catalog.Date{Year: 2026, Month: 12, Day: 5}
	return c
}

func keys(items []Item) string {
	var out []string
	for _, i := range items {
		out = append(out, i.Key())
	}
	return strings.Join(out, " ")
}

func TestScores(t *testing.T) {
	r := Of(fixture(t))
	got := map[string]Entry{}
	for _, es := range [][]Entry{r.Products, r.Producers, r.Showrooms} {
		for _, e := range es {
			got[e.Record.RecordKind().String()+"/"+e.Record.RecordHead().ID] = e
		}
	}
	for _, c := range []struct {
		key      string
		score    int
		district string
		missing  string
	}{
		{"product/day-du", 100, "Huyện Hải Hậu", ""},
		// Offered nowhere: the Hải Hậu showroom is named by day-du, so
		// it offers only the products that name it.
		{"product/trong", 0, "Huyện Hải Hậu", "photo stars price contact description_en where_to_buy certificate"},
		// Sold online; a certificate without its date is not enough.
		{"product/ban-online", 43, "Huyện Giao Thủy", "photo price description_en certificate"},
		// Offered by its district's showroom, which no product names.
		{"product/o-huyen", 29, "Huyện Giao Thủy", "photo price contact description_en certificate"},
		{"producer/htx-a", 100, "Huyện Hải Hậu", ""},
		{"producer/htx-b", 50, "", "address"},
		{"showroom/hai-hau", 100, "Huyện Hải Hậu", ""},
		{"showroom/giao-thuy", 0, "Huyện Giao Thủy", "address contact hours offer"},
	} {
		e, ok := got[c.key]
		if !ok {
			t.Errorf("%s: not in the report", c.key)
			continue
		}
		if e.Score() != c.score || e.District != c.district || keys(e.Missing) != c.missing {
			t.Errorf("%s: score %d, district %q, missing %q; want %d, %q, %q", c.key, e.Score(), e.District, keys(e.Missing), c.score, c.district, c.missing)
		}
	}
	if _, ok := got["product/chua-cong-nhan"]; ok || r.NotCertified != 1 {
		t.Errorf("a product not certified is counted (NotCertified = %d)", r.NotCertified)
	}
	var order []string
	for _, e := range r.Products {
		order = append(order, e.Record.RecordHead().ID)
	}
	if want := []string{"trong", "o-huyen", "ban-online", "day-du"}; !slices.Equal(order, want) {
		t.Errorf("products in order %q, want worst first %q", order, want)
	}
}

func TestSums(t *testing.T) {
	r := Of(fixture(t))
	type sum struct {
		district string
		products int
		average  float64
		missing  [NumItems]int
	}
	var got []sum
	for _, s := range append(slices.Clone(r.Districts), r.Total) {
		got = append(got, sum{s.District, s.Products, s.Average, s.Missing})
	}
	m := func(photo, stars, price, contact, english, buy, cert int) [NumItems]int {
		return [NumItems]int{Photo: photo, Stars: stars, Price: price, Contact: contact, English: english, WhereToBuy: buy, Certificate: cert}
	}
	want := []sum{
		{"Huyện Giao Thủy", 2, (43.0 + 29) / 2, m(2, 0, 2, 1, 2, 0, 2)},
		{"Huyện Hải Hậu", 2, 50, m(1, 1, 1, 1, 1, 1, 1)},
		{"", 4, (100.0 + 0 + 43 + 29) / 4, m(3, 1, 3, 2, 3, 1, 3)},
	}
	if !slices.Equal(got, want) {
		t.Errorf("sums:\n got %v\nwant %v", got, want)
	}
}

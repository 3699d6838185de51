package catalog_test

import (
	"os"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
)

// TestFairProducts checks the fair selection rule on the small catalog
// of testdata/fair: products of every star rating, in three browse
// groups (one reached through a 1048 group that maps onto another browse
// group) and three districts (one written without its kind word, one
// that is not in the geography).
func TestFairProducts(t *testing.T) {
	c, _ := load.Content(os.DirFS("testdata/fair"))
	for _, tc := range []struct {
		name string
		sel  catalog.FairSelection
		// want are product IDs in the expected order.
		want     string
		minStars int
	}{
		{"default is three stars or more, by stars then name", catalog.FairSelection{},
			"a5 a4 b4 c4 d3 e3", 3},
		{"min_stars 4", catalog.FairSelection{MinStars: 4}, "a5 a4 b4 c4", 4},
		{"min_stars 1 keeps unknown ratings out", catalog.FairSelection{MinStars: 1},
			"a5 a4 b4 c4 d3 e3 g2 h1", 1},
		{"min_stars above 5 selects nothing", catalog.FairSelection{MinStars: 6}, "", 6},
		{"browse groups, a 1048 group counting under its browse group",
			catalog.FairSelection{Groups: []string{"duoc-lieu", "do-uong"}}, "c4 e3", 3},
		{"districts matched without kind words or case",
			catalog.FairSelection{Districts: []string{"Huyện Hải Hậu"}}, "a5 c4 e3", 3},
		{"a district missing from the geography matches as written",
			catalog.FairSelection{Districts: []string{"xuân trường"}}, "d3", 3},
		{"groups and districts together",
			catalog.FairSelection{Groups: []string{"thuc-pham"}, Districts: []string{"Nam Trực"}}, "a4 b4", 3},
		{"an explicit list is the whole selection, whatever the stars",
			catalog.FairSelection{MinStars: 5, Groups: []string{"do-uong"}, Products: []string{"k0", "h1", "nope", "b4", "h1"}},
			"b4 h1 k0", 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &catalog.Fair{Head: catalog.Head{Name: "Hội chợ"}, Select: tc.sel}
			var got []string
			for _, p := range c.FairProducts(f) {
				got = append(got, p.ID)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("FairProducts = %q, want %q", g, tc.want)
			}
			if m := f.MinStars(); m != tc.minStars {
				t.Errorf("MinStars = %d, want %d", m, tc.minStars)
			}
		})
	}
}

package catalog_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
)

// fairSite is a small catalog for the fair selection rule: products of
// every star rating, in three browse groups (one reached through a 1048
// group that maps onto another browse group) and three districts (one
// written without its kind word, one that is not in the geography).
var fairSite = map[string]string{
	"content/site.yaml": "title: OCOP\nbase_url: https://example.gov.vn/\ndefault_criteria: \"1048\"\n",
	"content/groups.yaml": `browse:
  - {id: thuc-pham, name: Thực phẩm}
  - {id: do-uong, name: Đồ uống}
  - {id: duoc-lieu, name: Dược liệu}
systems:
  - id: "1048"
    decision: 1048/QĐ-TTg
    groups:
      - {id: thuc-pham, name: Thực phẩm, browse: thuc-pham}
      - {id: do-uong, name: Đồ uống, browse: do-uong}
      - {id: thao-duoc, name: Thảo dược, browse: duoc-lieu}
`,
	"content/geo/2024-05-01.yaml": `date: 2024-05-01
province: Nam Định
districts:
  - code: "365"
    name: Huyện Nam Trực
    units:
      - {code: "13960", name: Xã Điền Xá}
  - code: "368"
    name: Huyện Hải Hậu
    units:
      - {code: "14001", name: Xã Hải Hòa}
`,
	"content/products/a5.md": "---\nname: Ánh dương\nstars: 5\ngroup: thuc-pham\ndistrict: Hải Hậu\n---\n",
	"content/products/b4.md": "---\nname: Bánh đa\nstars: 4\ngroup: thuc-pham\ndistrict: Huyện Nam Trực\n---\n",
	"content/products/c4.md": "---\nname: Cà phê\nstars: 4\ngroup: do-uong\ndistrict: Hải Hậu\n---\n",
	"content/products/d3.md": "---\nname: Đậu phụ\nstars: 3\ngroup: thuc-pham\ndistrict: Xuân Trường\n---\n",
	"content/products/e3.md": "---\nname: Ếch khô\nstars: 3\ngroup: thao-duoc\ndistrict: huyện hải hậu\n---\n",
	"content/products/g2.md": "---\nname: Gạo tám\nstars: 2\ngroup: thuc-pham\ndistrict: Hải Hậu\n---\n",
	"content/products/h1.md": "---\nname: Hạt sen\nstars: 1\ngroup: do-uong\ndistrict: Nam Trực\n---\n",
	"content/products/k0.md": "---\nname: Kẹo lạc\ngroup: thuc-pham\ndistrict: Hải Hậu\n---\n",
	"content/products/a4.md": "---\nname: Anh đào\nstars: 4\ngroup: thuc-pham\ndistrict: Nam Trực\n---\n",
}

func TestFairProducts(t *testing.T) {
	fsys := fstest.MapFS{}
	for k, v := range fairSite {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	c, _ := load.Content(fsys)
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

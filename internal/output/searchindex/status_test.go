package searchindex

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/catalog"

	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/site"
)

// TestIndexStatus checks what the index holds of the test site's
// products by status (on outputtest.Today): the product that is not
// certified (Trà sen Nam Trực) is in no record, count or facet; the
// expired one (Rượu nếp Hải Hậu) is, marked so that its result shows
// the badge; no other record is marked.
func TestIndexStatus(t *testing.T) {
	opt, err := options(fixture(), "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Prepare(outputtest.Load(t, fixture()), opt)
	if err != nil {
		t.Fatal(err)
	}
	in := Input(s)
	products, inShowroom := 0, 0
	for _, d := range in.Docs {
		if d.Kind != search.Product {
			continue
		}
		products++
		name := d.Fields[search.Name][0]
		if name == "Trà sen Nam Trực" {
			t.Error("the index holds the product that is not certified")
		}
		if d.Expired != (name == "Rượu nếp Hải Hậu") {
			t.Errorf("%s: Expired %v", name, d.Expired)
		}
		inShowroom += len(d.Showrooms)
	}
	if products != 6 {
		t.Errorf("%d products indexed, want the 6 OCOP products of 7 records", products)
	}
	// The showroom is named by two OCOP products and by Trà sen.
	if inShowroom != 2 {
		t.Errorf("showroom facet counts %d products, want 2", inShowroom)
	}

	_, w := indexOf(t, "https://ocop.example.vn/")
	m := manifestOf(t, w)
	if m.Counts[0] != 6 {
		t.Errorf("manifest counts %d products, want 6", m.Counts[0])
	}
	for _, lang := range []string{"vi", "en"} {
		var recs [][]json.RawMessage
		readScript(t, w, "search/"+lang+"/0.js", "d", &recs)
		marked := 0
		for i, r := range recs[:m.Counts[0]] {
			var name string
			_ = json.Unmarshal(r[0], &name)
			if strings.Contains(name, "Trà sen") {
				t.Errorf("%s display chunk shows the product that is not certified", lang)
			}
			if len(r) > 6 && string(r[6]) == "1" {
				marked++
				if !strings.HasPrefix(name, "Rượu nếp") {
					t.Errorf("%s record %d (%s) is marked expired", lang, i, name)
				}
			}
		}
		if marked != 1 {
			t.Errorf("%s: %d records marked expired, want 1", lang, marked)
		}
	}
	for _, p := range w.Paths() {
		if strings.HasPrefix(p, "search/") && strings.Contains(string(w.Files[p]), "Trà sen") {
			t.Errorf("%s holds the product that is not certified", p)
		}
	}
}

// The showroom facet of every product is the showrooms
// catalog.OfferedAt gives, under both halves of the offering rule: the
// test site's showroom is named by its products; moved to Hải Hậu and
// named by none, it offers Hải Hậu's certified products.
func TestShowroomFacetFollowsOffer(t *testing.T) {
	named := fixture()
	district := overlay{base: named, files: map[string]string{
		"content/showrooms/diem-ban-nam-dinh.md": "---\nname: \"Điểm giới thiệu sản phẩm OCOP huyện Hải Hậu\"\ndistrict: \"Hải Hậu\"\n---\n",
	}}
	for _, f := range []string{"content/products/khan-theu-nam-truc.md", "content/products/gao-nep-dien-xa/index.md", "content/products/tra-sen-nam-truc.md"} {
		b, err := fs.ReadFile(named, f)
		if err != nil {
			t.Fatal(err)
		}
		district.files[f] = regexp.MustCompile(`(?m)^showrooms:.*\n`).ReplaceAllString(string(b), "")
	}
	for _, tc := range []struct {
		name string
		rule catalog.OfferRule
		src  fs.FS
		want int // products offered at a showroom
	}{
		{"named", catalog.OfferNamed, named, 2},
		{"district", catalog.OfferDistrict, district, 3}, // not Rượu nếp, expired
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt, err := options(tc.src, "https://ocop.example.vn/")
			if err != nil {
				t.Fatal(err)
			}
			c := outputtest.Load(t, tc.src)
			if got := c.Offer(c.Showrooms[0]).Rule; got != tc.rule {
				t.Fatalf("rule %v, want %v", got, tc.rule)
			}
			s, err := site.Prepare(c, opt)
			if err != nil {
				t.Fatal(err)
			}
			in := Input(s)
			if sd := in.Showrooms[0].District; (sd > 0) != (tc.rule == catalog.OfferDistrict) ||
				sd > 0 && in.Districts[sd-1].ID != c.Showrooms[0].Links.District.Slug {
				t.Errorf("showroom facet's district %d, rule %v", sd, tc.rule)
			}
			offered := 0
			for _, p := range s.Lists.All {
				var got, want []string
				for _, i := range in.Docs[s.Doc(p)].Showrooms {
					got = append(got, in.Showrooms[i].ID)
				}
				for _, sh := range c.OfferedAt(p) {
					want = append(want, sh.Slug)
				}
				if strings.Join(got, " ") != strings.Join(want, " ") {
					t.Errorf("%s: showroom facet %q, want %q", p.ID, got, want)
				}
				if len(want) > 0 {
					offered++
				}
			}
			if offered != tc.want {
				t.Errorf("%d products offered at a showroom, want %d", offered, tc.want)
			}
		})
	}
}

// overlay is a file system whose files replace those of base.
type overlay struct {
	base  fs.FS
	files map[string]string
}

func (o overlay) Open(name string) (fs.File, error) {
	if s, ok := o.files[name]; ok {
		return fstest.MapFS{name: {Data: []byte(s)}}.Open(name)
	}
	return o.base.Open(name)
}

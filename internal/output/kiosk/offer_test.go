package kiosk

import (
	"slices"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
)

// TestKioskOffer: a showroom's kiosk holds exactly the products
// catalog.Offer gives the showroom, under each of its rules, searches
// only those (Narrow), and says in words what it shows: under the
// district rule the words of offer_district, under none why it shows
// nothing.
func TestKioskOffer(t *testing.T) {
	const name = "Điểm giới thiệu sản phẩm OCOP thành phố Nam Định"
	for _, tc := range []struct {
		name string
		// move changes the loaded test site before the kiosks are made.
		move   func(c *catalog.Catalog, s *catalog.Showroom)
		rule   catalog.OfferRule
		want   []string
		narrow *Narrow
		// data are Data's Rule, Offer and Here.
		ruleKey, offer, here string
	}{
		{
			name:    "named by its products",
			move:    func(*catalog.Catalog, *catalog.Showroom) {},
			rule:    catalog.OfferNamed,
			want:    []string{"gao-nep-cai-hoa-vang-dien-xa", "khan-theu-tay-nam-truc"},
			narrow:  &Narrow{"showroom", "diem-gioi-thieu-san-pham-ocop-thanh-pho-nam-dinh"},
			ruleKey: "named",
			here:    "Có bán tại điểm này",
		},
		{
			// No product names the showroom, which is moved to Hải Hậu:
			// its district's certified products, the expired rice wine
			// left out.
			name: "its district's",
			move: func(c *catalog.Catalog, s *catalog.Showroom) {
				for _, p := range c.Products {
					p.Showrooms = nil
				}
				s.District, s.Commune = "Hải Hậu", ""
			},
			rule:    catalog.OfferDistrict,
			want:    []string{"mat-ong-hoa-nhan", "banh-da-cua-hai-hau", "muoi-hat-hai-hau"},
			narrow:  &Narrow{"district", "hai-hau"},
			ruleKey: "district",
			offer:   "Sản phẩm OCOP của huyện Hải Hậu",
			here:    "Sản phẩm OCOP của huyện Hải Hậu, được giới thiệu tại điểm này",
		},
		{
			// No product names it and the city has no OCOP product.
			name: "none",
			move: func(c *catalog.Catalog, s *catalog.Showroom) {
				for _, p := range c.Products {
					p.Showrooms = nil
				}
			},
			rule:    catalog.OfferNone,
			ruleKey: "none",
			offer: "Danh mục chưa ghi sản phẩm OCOP nào bán tại điểm này. " +
				"Thành phố Nam Định chưa có sản phẩm OCOP nào còn hiệu lực chứng nhận trong danh mục. " +
				"Xin hỏi nhân viên của " + name + ".",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := outputtest.Load(t, fixture())
			s := c.Showrooms[0]
			tc.move(c, s)
			c.Link()
			off := c.Offer(s)
			if off.Rule != tc.rule {
				t.Fatalf("Offer rule = %d, want %d", off.Rule, tc.rule)
			}
			w, err := render(c, fixture(), "https://ocop.example.vn/")
			if err != nil {
				t.Fatal(err)
			}
			d := kioskData(t, w, "kiosk/"+s.Slug+"/data.js")
			var got, offered []string
			for _, p := range d.Products {
				got = append(got, p.Slug)
			}
			for _, p := range off.Products {
				offered = append(offered, p.Slug)
			}
			slices.Sort(got)
			slices.Sort(offered)
			if !slices.Equal(got, offered) {
				t.Errorf("kiosk products = %q, want Offer's %q", got, offered)
			}
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("kiosk products = %q, want %q", got, want)
			}
			if d.Narrow == nil && tc.narrow != nil || d.Narrow != nil && (tc.narrow == nil || *d.Narrow != *tc.narrow) {
				t.Errorf("narrow = %+v, want %+v", d.Narrow, tc.narrow)
			}
			if d.Rule != tc.ruleKey || d.Offer != tc.offer || d.Here != tc.here {
				t.Errorf("rule %q, offer %q, here %q; want %q, %q, %q", d.Rule, d.Offer, d.Here, tc.ruleKey, tc.offer, tc.here)
			}
			if wantAsk := "xin hỏi nhân viên của " + name; d.Ask != wantAsk {
				t.Errorf("ask = %q, want %q", d.Ask, wantAsk)
			}
			// Each product's details name the showrooms that offer it:
			// this one.
			if len(d.Products) > 0 {
				var det []Detail
				script(t, w, "kiosk/"+s.Slug+"/d0.js", "ocopKiosk.add(0,", &det)
				for i, p := range d.Products {
					if i < len(det) && !slices.Equal(det[i].At, []string{name}) {
						t.Errorf("%s: offered at %q, want %q", p.Slug, det[i].At, name)
					}
				}
			}
		})
	}
}

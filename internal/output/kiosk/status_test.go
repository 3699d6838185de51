package kiosk

import (
	"slices"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
)

// The fixture products whose status the kiosks must honour: the rice
// wine's certificate has expired (and it is marked featured), the lotus
// tea is registered only, not certified (also featured, and named by the
// showroom).
const (
	expiredSlug      = "ruou-nep-hai-hau"
	notCertifiedSlug = "tra-sen-nam-truc"
)

// TestKioskStatus: the slides (the attract loop) leave an expired
// product out unless the showroom's kiosk.include_expired says so, and
// then carry its status; browsing and search (every product of data.js)
// show it, always with its status so that kiosk.js badges it; a product
// that is not certified is in no kiosk file at all, even when the
// showroom features it.
func TestKioskStatus(t *testing.T) {
	for _, tc := range []struct {
		name string
		// include is the showroom's kiosk.include_expired; sells says
		// the showroom sells the rice wine.
		include, sells bool
		// kiosk is the data.js to read: the whole catalog's ("") or the
		// showroom's.
		whole bool
		// slides are the slugs the attract loop shows; browse all
		// data.js's products.
		slides, browse []string
	}{
		{
			name:   "whole catalog",
			whole:  true,
			slides: []string{"gao-nep-cai-hoa-vang-dien-xa", "mat-ong-hoa-nhan", "banh-da-cua-hai-hau", "khan-theu-tay-nam-truc", "muoi-hat-hai-hau"},
			browse: []string{"gao-nep-cai-hoa-vang-dien-xa", "mat-ong-hoa-nhan", "banh-da-cua-hai-hau", "khan-theu-tay-nam-truc", "muoi-hat-hai-hau", expiredSlug},
		},
		{
			name:   "showroom, expired left out of the slides",
			sells:  true,
			slides: []string{"gao-nep-cai-hoa-vang-dien-xa", "khan-theu-tay-nam-truc"},
			browse: []string{"gao-nep-cai-hoa-vang-dien-xa", "khan-theu-tay-nam-truc", expiredSlug},
		},
		{
			name:    "showroom, include_expired",
			sells:   true,
			include: true,
			slides:  []string{"gao-nep-cai-hoa-vang-dien-xa", expiredSlug, "khan-theu-tay-nam-truc"},
			browse:  []string{"gao-nep-cai-hoa-vang-dien-xa", expiredSlug, "khan-theu-tay-nam-truc"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := outputtest.Load(t, fixture())
			s := c.Showrooms[0]
			// The showroom features the tea it names, not certified: never
			// shown all the same.
			s.Kiosk = catalog.KioskSettings{Featured: []string{notCertifiedSlug}, IncludeExpired: tc.include}
			if tc.sells {
				c.Product(expiredSlug).Showrooms = []string{s.ID}
			}
			c.Link()
			w, err := render(c, fixture(), "https://ocop.example.vn/")
			if err != nil {
				t.Fatal(err)
			}
			dir := "kiosk/" + s.Slug + "/"
			if tc.whole {
				dir = "kiosk/"
			}
			d := kioskData(t, w, dir+"data.js")
			var browse []string
			for _, p := range d.Products {
				browse = append(browse, p.Slug)
			}
			if d.Slides < 0 || d.Slides > len(browse) {
				t.Fatalf("slides = %d of %d products", d.Slides, len(browse))
			}
			if got := browse[:d.Slides]; !slices.Equal(got, tc.slides) {
				t.Errorf("slides = %q, want %q", got, tc.slides)
			}
			if !slices.Equal(browse, tc.browse) {
				t.Errorf("products = %q, want %q", browse, tc.browse)
			}
			for _, p := range d.Products {
				want := map[string]string{expiredSlug: "expired"}[p.Slug]
				if p.Status != want {
					t.Errorf("%s: status %q, want %q", p.Slug, p.Status, want)
				}
			}
			if d.UI["badge_expired"] != "Hết hạn chứng nhận" || d.UI["stars_unknown"] != "Chưa rõ hạng sao" {
				t.Errorf("ui: badge_expired %q, stars_unknown %q", d.UI["badge_expired"], d.UI["stars_unknown"])
			}
			if _, ok := d.UI["unrated"]; ok {
				t.Errorf("ui still has unrated: %q", d.UI["unrated"])
			}
			for _, p := range w.Paths() {
				if strings.HasPrefix(p, "kiosk/") && (strings.Contains(string(w.Files[p]), notCertifiedSlug) || strings.Contains(string(w.Files[p]), "Trà sen Nam Trực")) {
					t.Errorf("%s shows the product that is not certified", p)
				}
			}
		})
	}
}

package web

import (
	"regexp"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
)

// pageText is a page's text: tags dropped, white space collapsed.
func pageText(b []byte) string {
	return strings.Join(strings.Fields(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(string(b), "")), " ")
}

// TestFairPage: a fair's products are "participating" only when the
// fair record lists them; otherwise the page calls them eligible and
// states its rule in words, in both languages. The expired product
// (ruou-nep-hai-hau) is left out unless select.include_expired, and the
// product that is not certified (tra-sen-nam-truc) is never shown, even
// when the record lists it. Dates and venue not in the record read "not
// announced".
func TestFairPage(t *testing.T) {
	const (
		expired      = "Rượu nếp Hải Hậu"
		notCertified = "Trà sen Nam Trực"
	)
	for _, tc := range []struct {
		name string
		sel  catalog.FairSelection
		// undated leaves out the dates and the venue.
		undated bool
		// vi and en are texts each page must hold; viNot and enNot texts
		// it must not.
		vi, viNot, en, enNot []string
	}{
		{
			name: "rule by groups",
			sel:  catalog.FairSelection{Groups: []string{"thuc-pham", "do-uong"}},
			vi: []string{"Điều kiện tham gia Sản phẩm OCOP từ 3 sao trở lên, chưa hết hạn chứng nhận; thuộc nhóm Thực phẩm, Đồ uống",
				"Sản phẩm đủ điều kiện tham gia (4)", "không phải danh sách sản phẩm tham gia hội chợ", "Thời gian 01/10/2024 – 05/10/2024"},
			viNot: []string{"Sản phẩm tham gia hội chợ (", expired, notCertified, "Chưa công bố"},
			en: []string{"Eligibility OCOP products of 3 stars or more whose certificate has not expired; in the groups Food, Drinks",
				"Eligible products (4)"},
			enNot: []string{"Products at the fair", "Participating products", "Rượu nếp", "Trà sen"},
		},
		{
			name:    "rule by district, expired included, no dates",
			sel:     catalog.FairSelection{MinStars: 3, Districts: []string{"Hải Hậu"}, IncludeExpired: true},
			undated: true,
			vi: []string{"Sản phẩm OCOP từ 3 sao trở lên, kể cả sản phẩm đã hết hạn chứng nhận; của Hải Hậu",
				"Sản phẩm đủ điều kiện tham gia (4)", expired, "Thời gian Chưa công bố", "Địa điểm Chưa công bố"},
			viNot: []string{notCertified, "Sản phẩm tham gia hội chợ ("},
			en:    []string{"including those whose certificate has expired", "Dates Not announced", "Venue Not announced", "Eligible products (4)"},
			enNot: []string{"Participating products"},
		},
		{
			name:  "listed participants",
			sel:   catalog.FairSelection{Products: []string{"ruou-nep-hai-hau", "tra-sen-nam-truc", "mat-ong-hoa-nhan", "khan-theu-nam-truc"}},
			vi:    []string{"Sản phẩm tham gia Theo danh sách sản phẩm tham gia do ban tổ chức công bố", "Sản phẩm tham gia hội chợ (2)", "Mật ong hoa nhãn"},
			viNot: []string{"đủ điều kiện", "Điều kiện tham gia", expired, notCertified},
			en:    []string{"Participating products As listed by the organisers", "Products at the fair (2)"},
			enNot: []string{"Eligible", "Eligibility"},
		},
		{
			name:  "listed participants, expired included",
			sel:   catalog.FairSelection{Products: []string{"ruou-nep-hai-hau", "tra-sen-nam-truc", "mat-ong-hoa-nhan"}, IncludeExpired: true},
			vi:    []string{"Sản phẩm tham gia hội chợ (2)", expired, "Mật ong hoa nhãn"},
			viNot: []string{"đủ điều kiện", notCertified},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := loadSite(t, fixture())
			f := c.Fairs[0]
			f.Select = tc.sel
			if tc.undated {
				f.Start, f.End, f.Venue = catalog.Date{}, catalog.Date{}, ""
			}
			opt, err := options(fixture(), "https://ocop.example.vn/")
			if err != nil {
				t.Fatal(err)
			}
			w, err := outputtest.Render(c, opt, Web{})
			if err != nil {
				t.Fatal(err)
			}
			for _, page := range []struct {
				path      string
				want, not []string
			}{
				{"hoi-cho/" + f.Slug + "/index.html", tc.vi, tc.viNot},
				{"en/fairs/" + f.Slug + "/index.html", tc.en, tc.enNot},
			} {
				b, ok := w.Files[page.path]
				if !ok {
					t.Fatalf("%s was not written", page.path)
				}
				text := pageText(b)
				for _, s := range page.want {
					if !strings.Contains(text, s) {
						t.Errorf("%s lacks %q:\n%s", page.path, s, text)
					}
				}
				for _, s := range page.not {
					if strings.Contains(text, s) {
						t.Errorf("%s has %q:\n%s", page.path, s, text)
					}
				}
				if strings.Contains(string(b), "tra-sen-nam-truc") {
					t.Errorf("%s links to the product that is not certified", page.path)
				}
			}
			if list := pageText(w.Files["hoi-cho/index.html"]); tc.undated && !strings.Contains(list, "Thời gian: Chưa công bố") {
				t.Errorf("the list of fairs does not say the dates are not announced:\n%s", list)
			}
		})
	}
}

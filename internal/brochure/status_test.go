package brochure

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
)

// The shared test site (checked on outputtest.Today): the rice wine's
// certificate has expired (it is marked featured), the lotus tea is
// registered only, not certified (featured too, and named by the
// showroom).
const (
	expiredID      = "ruou-nep-hai-hau"
	expiredName    = "Rượu nếp Hải Hậu"
	notCertifiedID = "tra-sen-nam-truc"
	notCertName    = "Trà sen Nam Trực"
	badgeVI        = "Hết hạn chứng nhận"
)

// statusSite loads the shared test site, with the showroom selling the
// expired rice wine too and the salt's rating not recorded.
func statusSite(t *testing.T) (*catalog.Catalog, Options) {
	t.Helper()
	src := os.DirFS("../output/web/testdata/site")
	c := outputtest.Load(t, src)
	c.Product(expiredID).Showrooms = []string{c.Showrooms[0].ID}
	c.Product("muoi-hat-hai-hau").Stars = 0
	c.Link()
	return c, options(t, c, src)
}

// TestPrintStatus: brochures (the whole catalog's, a showroom's, a
// fair's) and shelf labels leave the expired product out unless the
// selection (the command's option) or the fair's select.include_expired
// includes it, and then badge it; the product that is not certified is
// never printed, in the PDF or the print-ready page.
func TestPrintStatus(t *testing.T) {
	c, opt := statusSite(t)
	showroom, fair := c.Showrooms[0], c.Fairs[0]
	fairIncluding := *fair
	fairIncluding.Select.IncludeExpired = true
	for _, tc := range []struct {
		name string
		sel  Selection
		// expired says whether the expired product is printed.
		expired bool
	}{
		{"whole catalog", Selection{All: true}, false},
		{"whole catalog, expired included", Selection{All: true, IncludeExpired: true}, true},
		{"showroom", Selection{Showroom: showroom}, false},
		{"showroom, expired included", Selection{Showroom: showroom, IncludeExpired: true}, true},
		{"labels", Selection{Showroom: showroom, Labels: true}, false},
		{"labels, expired included", Selection{Showroom: showroom, Labels: true, IncludeExpired: true}, true},
		{"fair", Selection{Fair: fair}, false},
		{"fair, expired included by the option", Selection{Fair: fair, IncludeExpired: true}, true},
		{"fair, expired included by the record", Selection{Fair: &fairIncluding}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, err := Products(c, tc.sel)
			if err != nil {
				t.Fatal(err)
			}
			ids := productIDs(ps)
			if got := slices.Contains(ids, expiredID); got != tc.expired {
				t.Errorf("products %q: expired product printed %v, want %v", ids, got, tc.expired)
			}
			if slices.Contains(ids, notCertifiedID) {
				t.Errorf("products %q: the product that is not certified is printed", ids)
			}
			b, err := newBook(c, tc.sel, opt)
			if err != nil {
				t.Fatal(err)
			}
			for _, cd := range b.cards {
				want := ""
				if cd.p.ID == expiredID {
					want = badgeVI
				}
				if cd.badge != want {
					t.Errorf("%s: badge %q, want %q", cd.p.ID, cd.badge, want)
				}
			}
			tmpl, err := parseTemplates(opt.Theme)
			if err != nil {
				t.Fatal(err)
			}
			page, err := tmpl.page(b, opt, tc.sel.HTMLPath("vi"))
			if err != nil {
				t.Fatal(err)
			}
			pdf, err := PDF(c, tc.sel, opt)
			if err != nil {
				t.Fatal(err)
			}
			text := pdfText(t, writeTemp(t, "doc.pdf", pdf), 0, 0)
			for _, doc := range []struct{ name, text string }{{"PDF", text}, {"page", string(page)}} {
				if got := strings.Contains(doc.text, expiredName); got != tc.expired {
					t.Errorf("%s: %q printed %v, want %v", doc.name, expiredName, got, tc.expired)
				}
				if got := strings.Contains(doc.text, badgeVI); got != tc.expired {
					t.Errorf("%s: badge %q printed %v, want %v", doc.name, badgeVI, got, tc.expired)
				}
				if strings.Contains(doc.text, notCertName) || strings.Contains(doc.text, notCertifiedID) {
					t.Errorf("%s prints the product that is not certified", doc.name)
				}
				if strings.Contains(doc.text, "Chưa xếp hạng") {
					t.Errorf("%s says %q", doc.name, "Chưa xếp hạng")
				}
			}
			// The salt, its rating not recorded, is in the whole catalog
			// only (a fair's rule asks for stars).
			if tc.sel.All && !strings.Contains(text, "Muối hạt Hải Hậu Chưa rõ hạng sao") {
				t.Errorf("PDF does not say the salt's rating is not recorded:\n%s", text)
			}
		})
	}
}

// TestFairRuleWords: a fair brochure's cover calls its products
// participating only when the fair record lists them; otherwise it
// states the rule that makes them eligible, in the words of the fair's
// page, and says they are not a list of participants. Dates and venue
// the record does not give read "not announced".
func TestFairRuleWords(t *testing.T) {
	c, opt := statusSite(t)
	for _, tc := range []struct {
		name    string
		sel     catalog.FairSelection
		include bool
		lang    string
		undated bool
		want    []detail
	}{
		{
			name: "rule by groups", sel: catalog.FairSelection{Groups: []string{"thuc-pham", "do-uong"}}, lang: "vi",
			want: []detail{
				{"Thời gian", "01/10/2024 – 05/10/2024"},
				{"Địa điểm", "Quảng trường 3/2, thành phố Nam Định"},
				{"Điều kiện tham gia", "Sản phẩm OCOP từ 3 sao trở lên, chưa hết hạn chứng nhận; thuộc nhóm Thực phẩm, Đồ uống"},
				{"", "Sản phẩm đủ điều kiện tham gia: Đây là các sản phẩm trong danh mục đáp ứng điều kiện trên, không phải danh sách sản phẩm tham gia hội chợ."},
			},
		},
		{
			name: "rule by stars and district, expired included by the option, undated", sel: catalog.FairSelection{MinStars: 4, Districts: []string{"Huyện Hải Hậu"}},
			include: true, undated: true, lang: "en",
			want: []detail{
				{"Dates", "Not announced"},
				{"Venue", "Not announced"},
				{"Eligibility", "OCOP products of 4 stars or more, including those whose certificate has expired; from Hải Hậu district"},
				{"", "Eligible products: These are the catalog's products that meet the rule above, not a list of the fair's participants."},
			},
		},
		{
			name: "listed participants", sel: catalog.FairSelection{Products: []string{"mat-ong-hoa-nhan"}}, lang: "vi",
			want: []detail{
				{"Thời gian", "01/10/2024 – 05/10/2024"},
				{"Địa điểm", "Quảng trường 3/2, thành phố Nam Định"},
				{"Sản phẩm tham gia", "Theo danh sách sản phẩm tham gia do ban tổ chức công bố"},
			},
		},
		{
			name: "listed participants in English", sel: catalog.FairSelection{Products: []string{"mat-ong-hoa-nhan"}}, lang: "en",
			want: []detail{
				{"Dates", "1 October 2024 – 5 October 2024"},
				{"Venue", "Quảng trường 3/2, thành phố Nam Định"},
				{"Participating products", "As listed by the organisers"},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := *c.Fairs[0]
			f.Select = tc.sel
			if tc.undated {
				f.Start, f.End, f.Venue = catalog.Date{}, catalog.Date{}, ""
			}
			o := opt
			o.Lang = tc.lang
			b, err := newBook(c, Selection{Fair: &f, IncludeExpired: tc.include}, o)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(b.details, tc.want) {
				t.Errorf("details:\n got %q\nwant %q", b.details, tc.want)
			}
		})
	}
}

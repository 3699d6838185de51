package brochure

import (
	"strings"
	"testing"
)

// TestStarsUnknown checks that a product whose record states no rating
// says so on brochure cards and shelf labels, in print pages and PDFs,
// with the words the web pages use.
func TestStarsUnknown(t *testing.T) {
	ps := uniform(2, "Gạo nếp thơm.")
	ps = append(ps, fx{id: "chua-ro", name: "Mắm cáy Giao Thủy", group: "thuc-pham", showrooms: []string{"cua-hang-a"}})
	c, opt := fixture(t, ps)
	w := &memWriter{}
	if _, err := HTML(c, opt, w); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ page, want string }{
		{"in-an/diem-ban/cua-hang-a/index.html", `<p class="rating rating-unknown">Chưa rõ hạng sao</p>`},
		{"in-an/nhan/cua-hang-a/index.html", `<p class="rating"><strong class="ocop">OCOP</strong> <span class="rating-unknown">Chưa rõ hạng sao</span></p>`},
	} {
		page := tt.page
		got := string(w.files[page])
		if n := strings.Count(got, tt.want); n != 1 {
			t.Errorf("%s: %d cards say the rating is not recorded, want 1", page, n)
		}
		if strings.Contains(got, "Chưa xếp hạng") {
			t.Errorf("%s says %q", page, "Chưa xếp hạng")
		}
	}
	for _, tt := range []struct {
		lang, want string
		sel        Selection
	}{
		{"vi", "Chưa rõ hạng sao", Selection{Showroom: c.Showroom("cua-hang-a")}},
		{"en", "Rating not recorded", Selection{Showroom: c.Showroom("cua-hang-a")}},
		{"vi", "Chưa rõ hạng sao", Selection{Showroom: c.Showroom("cua-hang-a"), Labels: true}},
	} {
		o := opt
		o.Lang = tt.lang
		b, err := PDF(c, tt.sel, o)
		if err != nil {
			t.Fatal(err)
		}
		file := writeTemp(t, "sao.pdf", b)
		if text := flat(pdfText(t, file, 0, 0)); strings.Count(text, tt.want) != 1 {
			t.Errorf("%s PDF (labels %v): %q %d times, want once", tt.lang, tt.sel.Labels, tt.want, strings.Count(text, tt.want))
		}
	}
}

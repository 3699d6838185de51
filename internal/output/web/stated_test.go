package web

import (
	"strings"
	"testing"
)

// renderFixture renders the shared test site and returns its files.
func renderFixture(t *testing.T) map[string]string {
	t.Helper()
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	out := map[string]string{}
	for p, b := range w.Files {
		out[p] = string(b)
	}
	return out
}

// TestStatedFacts checks that pages show a product's criteria system
// only where its record states one (khan-theu-nam-truc states 148), not
// the site's default_criteria, and say that a rating is not recorded
// where the record states none (tra-sen-nam-truc).
func TestStatedFacts(t *testing.T) {
	files := renderFixture(t)
	tests := []struct {
		page     string
		want     []string
		dontWant []string
	}{
		{"san-pham/khan-theu-tay-nam-truc/index.html", []string{"Nhóm theo bộ tiêu chí", "Quyết định 148/QĐ-TTg"}, nil},
		{"san-pham/ruou-nep-hai-hau/index.html", nil, []string{"bộ tiêu chí", "1048/QĐ-TTg"}},
		{"en/products/gao-nep-cai-hoa-vang-dien-xa/index.html", nil, []string{"Group in the criteria", "1048/QĐ-TTg"}},
		{"san-pham/tra-sen-nam-truc/index.html", []string{`<p class="stars stars-unknown">Chưa rõ hạng sao</p>`}, []string{"Chưa xếp hạng", `class="stars-glyphs"`}},
		{"en/products/tra-sen-nam-truc/index.html", []string{`<p class="stars stars-unknown">Rating not recorded</p>`}, []string{"Not rated"}},
		{"chu-the/hop-tac-xa-nong-nghiep-dien-xa/index.html", []string{`<p class="stars stars-unknown">Chưa rõ hạng sao</p>`}, []string{"Chưa xếp hạng"}},
	}
	for _, tt := range tests {
		got, ok := files[tt.page]
		if !ok {
			t.Errorf("%s: not written", tt.page)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: no %q", tt.page, w)
			}
		}
		for _, w := range tt.dontWant {
			if strings.Contains(got, w) {
				t.Errorf("%s: has %q", tt.page, w)
			}
		}
	}
}

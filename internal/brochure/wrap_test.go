package brochure

import (
	"slices"
	"strings"
	"testing"
)

// wrapNaive is wrap's breaking of a word wider than a line as it was
// written first, measuring every start of the word again, for a line at
// least one character wide.
func wrapNaive(f *face, size, width float64, w string) []string {
	var lines []string
	for ww := f.width(w, size); ww > width; ww = f.width(w, size) {
		r := []rune(w)
		n := len(r) - 1
		for n > 1 && f.width(string(r[:n]), size) > width {
			n--
		}
		for k := n; k > n/2; k-- {
			if r[k-1] == '/' || r[k-1] == '-' {
				n = k
				break
			}
		}
		head := len(string(r[:n]))
		lines = append(lines, w[:head])
		w = w[head:]
	}
	return append(lines, w)
}

// A word wider than a line is broken into the same pieces as before; a
// line narrower than one character (a header whose room a long site
// title takes) gives one character a line, where wrap looped forever.
func TestWrapLongWords(t *testing.T) {
	f := mustFaces().regular
	for _, tc := range []struct {
		name  string
		width float64
		s     string
	}{
		{"word", 60, strings.Repeat("Nướcmắmđặcbiệt", 20)},
		{"address", 80, "https://ocop.namdinh.gov.vn/" + strings.Repeat("san-pham/gao-tam/", 12)},
		{"path", 50, strings.Repeat("a/bc-", 40)},
	} {
		got := wrap(f, 8, tc.width, tc.s)
		if want := wrapNaive(f, 8, tc.width, tc.s); !slices.Equal(got, want) {
			t.Errorf("%s: got %q\nwant %q", tc.name, got, want)
		}
	}
	for _, width := range []float64{0, -40} {
		s := "Sản phẩm " + strings.Repeat("ạ", 500)
		got := wrap(f, 8, width, s)
		if len(got) != 7+500 || strings.Join(got, "") != strings.ReplaceAll(s, " ", "") {
			t.Errorf("width %g: %d lines, want 507 of one character", width, len(got))
		}
	}
	if got := clamp(f, 8, -10, []string{"Sản", "phẩm"}, 1); !slices.Equal(got, []string{"…"}) {
		t.Errorf("clamp to no room: %q", got)
	}
	if got := clamp(f, 8, 30, []string{strings.Repeat("ạ", 1000), "b"}, 1); len(got) != 1 || !strings.HasSuffix(got[0], "…") || f.width(got[0], 8) > 30 {
		t.Errorf("clamp: %q", got)
	}
}

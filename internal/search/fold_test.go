package search

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldFixture is the shared folding fixture: the browser test runs the
// same pairs through search.js.
const FoldFixture = "testdata/fold.tsv"

// readFixture returns the (input, folded words) pairs of fold.tsv.
func readFixture(t *testing.T) [][2]string {
	t.Helper()
	f, err := os.Open(FoldFixture)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		in, want, ok := strings.Cut(s, "\t")
		if !ok {
			t.Fatalf("%s:%d: no tab", FoldFixture, line)
		}
		a, err1 := strconv.Unquote(`"` + in + `"`)
		b, err2 := strconv.Unquote(`"` + want + `"`)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s:%d: %v %v", FoldFixture, line, err1, err2)
		}
		out = append(out, [2]string{a, b})
	}
	if len(out) < 20 {
		t.Fatalf("%s: only %d pairs", FoldFixture, len(out))
	}
	return out
}

func TestFoldFixture(t *testing.T) {
	for _, p := range readFixture(t) {
		if got := strings.Join(FoldedWords(p[0]), " "); got != p[1] {
			t.Errorf("FoldedWords(%+q) = %q, want %q", p[0], got, p[1])
		}
	}
}

// Folding never deletes a base letter and never changes the number of
// words: the toned and folded words pair up, and each folded word has as
// many letters and digits as its toned one, đ included.
func TestFoldKeepsLettersAndWords(t *testing.T) {
	for _, p := range readFixture(t) {
		toned := words(Lower(p[0]))
		ts := Tokens(p[0])
		if len(ts) != len(toned) {
			t.Errorf("%+q: %d words, %d tokens", p[0], len(toned), len(ts))
			continue
		}
		for _, tk := range ts {
			if bases(tk.Toned) != bases(tk.Folded) {
				t.Errorf("%+q: %q folds to %q, letters lost", p[0], tk.Toned, tk.Folded)
			}
			if !norm.NFC.IsNormalString(tk.Folded) || tk.Folded != Fold(tk.Folded) {
				t.Errorf("%+q: folded %q is not stable", p[0], tk.Folded)
			}
		}
	}
	for _, s := range []string{"ĐƯỜNG", "Đậu phụ Nam Định", "đ", "Ð"} {
		if n := utf8.RuneCountInString(Fold(s)); n != utf8.RuneCountInString(norm.NFC.String(s)) {
			t.Errorf("Fold(%q) = %q changes the length", s, Fold(s))
		}
	}
}

// bases counts the letters and digits of s, decomposed.
func bases(s string) int {
	n := 0
	for _, r := range norm.NFD.String(s) {
		if isWordRune(r) && !(r >= 0x300 && r <= 0x36f) {
			n++
		}
	}
	return n
}

func TestTokensToned(t *testing.T) {
	ts := Tokens("Gạo TÁM, Hoà Bình")
	want := []Token{{"gao", "gạo"}, {"tam", "tám"}, {"hoa", "hòa"}, {"binh", "bình"}}
	if len(ts) != len(want) {
		t.Fatalf("Tokens = %v", ts)
	}
	for i := range want {
		if ts[i] != want[i] {
			t.Errorf("token %d = %v, want %v", i, ts[i], want[i])
		}
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"mam", "mamm", true}, {"mam", "mm", true}, {"mam", "mat", true}, {"nuoc", "nouc", true},
		{"mam", "mam", false}, {"mam", "maxx", false}, {"nuoc", "ocun", false}, {"ab", "ba", true},
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

package format

import (
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

func TestFormats(t *testing.T) {
	for n, want := range map[int64]string{0: "0\u00a0₫", 500: "500\u00a0₫", 35000: "35.000\u00a0₫", 1250000: "1.250.000\u00a0₫", 100000000: "100.000.000\u00a0₫"} {
		if got := VND(n); got != want {
			t.Errorf("VND(%d) = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{0: "", 1: "★☆☆☆☆", 4: "★★★★☆", 5: "★★★★★", 6: ""} {
		if got := Stars(n); got != want {
			t.Errorf("Stars(%d) = %q, want %q", n, got, want)
		}
	}
	if got := Excerpt("một hai ba bốn năm", 10); got != "một hai…" {
		t.Errorf("Excerpt = %q, want %q", got, "một hai…")
	}
	d := catalog.Date{Year: 2021, Month: time.December, Day: 13}
	for lang, want := range map[string]string{"vi": "13/12/2021", "en": "13 December 2021"} {
		if got := Date(lang, d); got != want {
			t.Errorf("Date(%q) = %q, want %q", lang, got, want)
		}
	}
	if got := Date("vi", catalog.Date{}); got != "" {
		t.Errorf("Date of the zero date = %q, want \"\"", got)
	}
	for f, want := range map[float64]string{20.42: "20.42", 106.1683: "106.1683", -0.5: "-0.5", 0: "0"} {
		if got := Coord(f); got != want {
			t.Errorf("Coord(%v) = %q, want %q", f, got, want)
		}
	}
}

// TestVNDTable checks VND against testdata/vnd.tsv, the table a browser
// check holds the scripts' own price format to.
func TestVNDTable(t *testing.T) {
	b, err := os.ReadFile("testdata/vnd.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		in, want, ok := strings.Cut(line, "\t")
		n, err := strconv.ParseInt(in, 10, 64)
		if !ok || err != nil {
			t.Fatalf("testdata/vnd.tsv:%d: want amount<TAB>text, got %q", i+1, line)
		}
		if got := VND(n); got != want {
			t.Errorf("testdata/vnd.tsv:%d: VND(%d) = %q, want %q", i+1, n, got, want)
		}
		rows++
	}
	if rows == 0 {
		t.Fatal("testdata/vnd.tsv has no rows")
	}
}

// TestExcerptMatchesReference checks the one-pass Excerpt against the
// plain definition: fields joined by one space, cut at n runes, back to the
// last space in the second half, "…" added.
func TestExcerptMatchesReference(t *testing.T) {
	ref := func(s string, n int) string {
		s = strings.Join(strings.Fields(s), " ")
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		cut := string(r[:n])
		if i := strings.LastIndex(cut, " "); i > n/2 {
			cut = cut[:i]
		}
		return strings.TrimRight(cut, " ,.;:–-") + "…"
	}
	pieces := []string{"gạo", "tám", " ", "  ", "\n", "\t", "nước mắm,", "Đ", "…", ".", "-", "–", "\u00a0", "x"}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 5000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s, n := b.String(), 1+rng.IntN(30)
		if i%7 == 0 {
			n = 160
		}
		if got, want := Excerpt(s, n), ref(s, n); got != want {
			t.Fatalf("Excerpt(%q, %d) = %q, want %q", s, n, got, want)
		}
	}
}

package catalog

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestNearest(t *testing.T) {
	ids := []string{"htx-nghia-binh", "htx-a", "ho-kinh-doanh-huong-cuc", "HTX-B", "xyz"}
	for _, tc := range []struct {
		word string
		max  int
		want string
	}{
		{"htx-nghia-bihn", 3, "htx-nghia-binh"},
		{"htx-b", 1, "HTX-B"}, // case is ignored
		{"htx-d", 1, "htx-a"}, // ties go to the earlier candidate
		{"htx-c", 0, ""},
		{"htx-nghia", 3, ""},
		{"ho-kinh-doanh-huong-cu", 5, "ho-kinh-doanh-huong-cuc"},
		{"", 3, "xyz"},
		{strings.Repeat("a", 500), 125, ""},
	} {
		if got := Nearest(tc.word, ids, tc.max); got != tc.want {
			t.Errorf("Nearest(%.20q, %d) = %q, want %q", tc.word, tc.max, got, tc.want)
		}
	}
}

// Skipping candidates by length finds what comparing with every one finds.
func TestNearestSkipsByLength(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]rune, r.IntN(12))
		for i := range b {
			b[i] = []rune("abcđạA")[r.IntN(6)]
		}
		return string(b)
	}
	for range 2000 {
		cands := make([]string, 1+r.IntN(8))
		for i := range cands {
			cands[i] = word()
		}
		w, max := word(), r.IntN(5)
		want, bestD := "", max+1
		for _, c := range cands {
			if d := distance(strings.ToLower(w), strings.ToLower(c)); d < bestD {
				want, bestD = c, d
			}
		}
		if got := Nearest(w, cands, max); got != want {
			t.Fatalf("Nearest(%q, %q, %d) = %q, want %q", w, cands, max, got, want)
		}
	}
}

// Hints stop once MaxHintWork is spent, so a catalog with many unknown
// references is checked in linear time; the references are still
// reported.
func TestHintWork(t *testing.T) {
	c := &Catalog{}
	for i := range 2000 {
		c.Producers = append(c.Producers, &Producer{Head: Head{Meta: Meta{ID: fmt.Sprintf("htx-so-%04d", i)}}})
	}
	v := &validator{c: c}
	cs := v.hints.producerIDs(c)
	if cs.runes != 2000*11 {
		t.Fatalf("runes %d", cs.runes)
	}
	got, first := 0, -1
	for i := range 2000 {
		if v.didYouMean(fmt.Sprintf("htx-so-%04dx", i), cs).EN != "" {
			got++
		} else if first < 0 {
			first = i
		}
	}
	perSearch := 13 * (2000*11 + 2000)
	if want := MaxHintWork / perSearch; got != want || first != want {
		t.Errorf("%d hints, the first missing at %d; want %d", got, first, want)
	}
	if v.hints.work > MaxHintWork {
		t.Errorf("work %d > %d", v.hints.work, MaxHintWork)
	}
}

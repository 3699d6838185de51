package catalog

import (
	"strings"
	"unicode/utf8"
)

// Nearest returns the candidate closest to word by edit distance (in
// runes, ignoring case), if it is at most maxDist edits away; else "". Ties
// go to the earlier candidate. It powers "did you mean" hints for typos in
// keys, references and place names.
func Nearest(word string, candidates []string, maxDist int) string {
	w := strings.ToLower(word)
	n := utf8.RuneCountInString(w)
	best, bestD := "", maxDist+1
	for _, c := range candidates {
		lc := strings.ToLower(c)
		// The distance is at least the difference of the lengths.
		if m := utf8.RuneCountInString(lc); m-n >= bestD || n-m >= bestD {
			continue
		}
		if d := distance(w, lc); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

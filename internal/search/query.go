package search

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// This file is the Go twin of the ranking in search.js, for tests and
// for comparing engines offline: the browser remains the truth, and the
// browser tests check it there. It reads the index from the files Write
// makes, so it also checks that they decode.

// Reader is an index read back from its files.
type Reader struct {
	man   Manifest
	w, t  map[string]json.RawMessage // word and description entries, every shard merged
	wkeys []string
	tkeys []string
	// wby and tby list the words of each shard.
	wby, tby map[string][]string
	facet    []string // packed facets per doc
	price    []int64  // per product
	shows    [][]int32
	// show holds the display records per language.
	show map[string][][]json.RawMessage
}

// Open reads an index from its files.
func Open(files []File) (*Reader, error) {
	r := &Reader{w: map[string]json.RawMessage{}, t: map[string]json.RawMessage{}, show: map[string][][]json.RawMessage{}}
	chunks := map[string]map[int][][]json.RawMessage{}
	for _, f := range files {
		for _, line := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
			if err := r.add(f.Path, []byte(line), chunks); err != nil {
				return nil, err
			}
		}
	}
	if r.man.Version != Version {
		return nil, fmt.Errorf("search: index version %d, want %d", r.man.Version, Version)
	}
	for lang, cs := range chunks {
		for i := 0; i < len(cs); i++ {
			r.show[lang] = append(r.show[lang], cs[i]...)
		}
	}
	r.wkeys, r.tkeys = r.man.WordKeys, r.man.TextKeys
	r.wby, r.tby = group(r.w, r.wkeys), group(r.t, r.tkeys)
	return r, nil
}

// add reads one ocopSearch.add call of file path.
func (r *Reader) add(path string, line []byte, chunks map[string]map[int][][]json.RawMessage) error {
	typ, key, data, err := ReadScript(line)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	switch typ {
	case "i":
		err = json.Unmarshal(data, &r.man)
	case "w", "t":
		m := map[string]json.RawMessage{}
		if err = json.Unmarshal(data, &m); err == nil {
			dst := r.w
			if typ == "t" {
				dst = r.t
			}
			for k, v := range m {
				dst[k] = v
			}
		}
	case "f":
		var fd FacetsFile
		if err = json.Unmarshal(data, &fd); err == nil {
			r.facet = []string{fd.Facets}
			for p := fd.Prices; p != ""; {
				var v uint64
				v, p = getUint(p)
				if v%2 == 0 {
					r.price = append(r.price, int64(v/2)*1000)
				} else {
					r.price = append(r.price, int64(v/2))
				}
			}
			for _, s := range fd.Showrooms {
				r.shows = append(r.shows, nil)
				r.shows[len(r.shows)-1] = decodeList(s, 0)
			}
		}
	case "d":
		lang, n, _ := strings.Cut(key, "/")
		var recs [][]json.RawMessage
		if err = json.Unmarshal(data, &recs); err == nil {
			if chunks[lang] == nil {
				chunks[lang] = map[int][][]json.RawMessage{}
			}
			var i int
			fmt.Sscan(n, &i)
			chunks[lang][i] = recs
		}
	default:
		err = fmt.Errorf("unknown type %q", typ)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// N is the number of records.
func (r *Reader) N() int {
	n := 0
	for _, c := range r.man.Counts {
		n += c
	}
	return n
}

// getUint reads a number written by putUint.
func getUint(s string) (uint64, string) {
	var v uint64
	for i := 0; i < len(s); i++ {
		c := uint64(strings.IndexByte(Alphabet, s[i]))
		v = v*32 + c&31
		if c < 32 {
			return v, s[i+1:]
		}
	}
	return v, ""
}

// decodeList reads a list written by encodeList.
func decodeList(s string, n int) []int32 {
	var out []int32
	if strings.HasPrefix(s, "!") {
		for i := 1; i < len(s); i++ {
			c := strings.IndexByte(Alphabet, s[i])
			for b := 0; b < 6; b++ {
				if c&(1<<b) != 0 {
					out = append(out, int32((i-1)*6+b))
				}
			}
		}
		return out
	}
	prev := int32(-1)
	for s != "" {
		var v uint64
		v, s = getUint(s)
		prev += int32(v) + 1
		out = append(out, prev)
	}
	return out
}

// QueryTerm is a word of a query.
type QueryTerm struct {
	Folded, Toned string
	// Marked says the word was typed with marks, so an exact spelling
	// ranks higher.
	Marked bool
	// Prefix says the word is the last one and may be a beginning.
	Prefix bool
}

// ParseQuery splits a query into terms. The last word, when the query
// does not end after it, is a prefix; a one-letter prefix after other
// words is left out until more is typed.
func ParseQuery(q string) []QueryTerm {
	ts := Tokens(q)
	if len(ts) == 0 {
		return nil
	}
	terms := make([]QueryTerm, len(ts))
	for i, t := range ts {
		terms[i] = QueryTerm{Folded: t.Folded, Toned: t.Toned, Marked: t.Folded != t.Toned}
	}
	r, _ := utf8.DecodeLastRuneInString(q)
	if isWordRune(r) {
		last := &terms[len(terms)-1]
		switch {
		case utf8.RuneCountInString(last.Folded) >= 2:
			last.Prefix = true
		case len(terms) > 1:
			terms = terms[:len(terms)-1]
		}
	}
	return terms
}

// shardFor returns the key of the shard that holds word w: the longest
// key that starts it, or "".
func shardFor(keys []string, w string) string {
	best := ""
	for _, k := range keys {
		if len(k) > len(best) && strings.HasPrefix(w, k) {
			best = k
		}
	}
	return best
}

// Shards returns the keys of the word shards a query needs, and of the
// description shards.
func (r *Reader) Shards(q string) (w, t []string) {
	terms := ParseQuery(q)
	add := func(keys []string, dst *[]string, word string, prefix bool) {
		seen := map[string]bool{}
		for _, k := range *dst {
			seen[k] = true
		}
		put := func(k string) {
			if k != "" && !seen[k] {
				seen[k] = true
				*dst = append(*dst, k)
			}
		}
		put(shardFor(keys, word))
		if prefix {
			// A single word's completions are never in a shard of pairs.
			single := !strings.Contains(word, " ")
			for _, k := range keys {
				if strings.HasPrefix(k, word) && !(single && strings.Contains(k, " ")) {
					put(k)
				}
			}
		}
	}
	for i, tm := range terms {
		add(r.wkeys, &w, tm.Folded, tm.Prefix)
		add(r.tkeys, &t, tm.Folded, tm.Prefix)
		if i+1 < len(terms) {
			add(r.wkeys, &w, tm.Folded+" "+terms[i+1].Folded, terms[i+1].Prefix)
		}
	}
	sort.Strings(w)
	sort.Strings(t)
	return w, t
}

// Hit is a result.
type Hit struct {
	Doc   int
	Score int
	// Tier is 1 when every word is found in a name, place, group or tag,
	// 2 when some only in a description, 3 for a result that lacks some
	// words (shown only when no result has them all).
	Tier int
}

// cand is a word of the index that a query term matches.
type cand struct {
	key    string
	points int
}

// candidates returns the words of m matching term t; fuzzy ones only
// when nothing else matches.
func candidates(m map[string]json.RawMessage, keys []string, t QueryTerm) []cand {
	var out []cand
	if t.Prefix {
		for _, k := range keys {
			if strings.HasPrefix(k, t.Folded) && !strings.Contains(k, " ") {
				p := PointsPrefix
				if k == t.Folded {
					p = PointsExact
				}
				out = append(out, cand{k, p})
			}
		}
	} else if _, ok := m[t.Folded]; ok {
		out = append(out, cand{t.Folded, PointsExact})
	}
	if len(out) > 0 || utf8.RuneCountInString(t.Folded) < 3 {
		return out
	}
	for _, k := range keys {
		if !strings.Contains(k, " ") && oneEdit(k, t.Folded) {
			out = append(out, cand{k, PointsFuzzy})
		}
	}
	return out
}

// oneEdit reports whether a and b differ by one insertion, deletion,
// substitution or transposition of adjacent runes.
func oneEdit(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(x)-len(y) > 1 {
		return false
	}
	i := 0
	for i < len(y) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		if i == len(x) {
			return false
		}
		if string(x[i+1:]) == string(y[i+1:]) {
			return true
		}
		return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
	}
	return string(x[i+1:]) == string(y[i:])
}

// keysIn returns the words of the index that sit in the given shards.
func keysIn(byShard map[string][]string, shards []string) []string {
	var out []string
	for _, s := range shards {
		out = append(out, byShard[s]...)
	}
	sort.Strings(out)
	return out
}

// group lists the words of m by the shard they sit in.
func group(m map[string]json.RawMessage, keys []string) map[string][]string {
	out := map[string][]string{}
	for k := range m {
		s := shardFor(keys, k)
		out[s] = append(out[s], k)
	}
	return out
}

// Search ranks the records for q as search.js does once every shard it
// needs has loaded, descriptions included when text is set.
func (r *Reader) Search(q string, text bool) []Hit {
	terms := ParseQuery(q)
	if len(terms) == 0 {
		return nil
	}
	n := r.N()
	ws, ts := r.Shards(q)
	wk := keysIn(r.wby, ws)
	tk := keysIn(r.tby, ts)
	bestW := make([][]int, len(terms))
	bestT := make([][]int, len(terms))
	for i, t := range terms {
		bestW[i] = make([]int, n)
		bestT[i] = make([]int, n)
		for _, c := range candidates(r.w, wk, t) {
			var vs []string
			json.Unmarshal(r.w[c.key], &vs)
			for j := 0; j+1 < len(vs); j += 2 {
				q := quality(c, vs[j], t)
				for _, seg := range strings.Split(vs[j+1], " ") {
					f := int(seg[0] - '0')
					s := Weights[f] * q
					for _, d := range decodeList(seg[1:], n) {
						bestW[i][d] = max(bestW[i][d], s)
					}
				}
			}
		}
		if !text {
			continue
		}
		for _, c := range candidates(r.t, tk, t) {
			var vs []string
			json.Unmarshal(r.t[c.key], &vs)
			for j := 0; j+1 < len(vs); j += 2 {
				s := Weights[Text] * quality(c, vs[j], t)
				for _, d := range decodeList(vs[j+1], n) {
					bestT[i][d] = max(bestT[i][d], s)
				}
			}
		}
	}
	adj := make([]int, n)
	for i := 0; i+1 < len(terms); i++ {
		pair := terms[i].Folded + " " + terms[i+1].Folded
		bonus := make([]int, n)
		for _, k := range wk {
			if k == pair || terms[i+1].Prefix && strings.HasPrefix(k, pair) {
				var segs string
				json.Unmarshal(r.w[k], &segs)
				for _, seg := range strings.Split(segs, " ") {
					s := Weights[seg[0]-'0'] * PointsAdjacent
					for _, d := range decodeList(seg[1:], n) {
						bonus[d] = max(bonus[d], s)
					}
				}
			}
		}
		for d, b := range bonus {
			adj[d] += b
		}
	}
	var hits []Hit
	most := 0
	for d := 0; d < n; d++ {
		sum, found, tier := adj[d], 0, 1
		for i := range terms {
			b := bestW[i][d]
			if bestT[i][d] > b {
				b = bestT[i][d]
				if bestW[i][d] == 0 {
					tier = 2
				}
			}
			if b > 0 {
				found++
			}
			sum += b
		}
		switch {
		case found == len(terms):
			hits = append(hits, Hit{d, sum, tier})
		case found > 0 && text && len(terms) > 1:
			most = max(most, found)
		}
	}
	if len(hits) == 0 && most > 0 {
		// No record has every word: those with the most of them.
		for d := 0; d < n; d++ {
			sum, found := adj[d], 0
			for i := range terms {
				if b := max(bestW[i][d], bestT[i][d]); b > 0 {
					found++
					sum += b
				}
			}
			if found == most {
				hits = append(hits, Hit{d, sum, 3})
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Tier != b.Tier {
			return a.Tier < b.Tier
		}
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.Doc < b.Doc
	})
	return hits
}

// quality is the points of a match of candidate c in spelling toned ("",
// the folded word itself) for term t.
func quality(c cand, toned string, t QueryTerm) int {
	if toned == "" {
		toned = c.key
	}
	p := c.points
	if t.Marked {
		ok := toned == t.Toned
		if c.points != PointsExact || t.Prefix {
			ok = c.points != PointsFuzzy && strings.HasPrefix(toned, t.Toned)
		}
		if !ok {
			p--
		}
	}
	return p
}

// Name returns the name a record shows in lang.
func (r *Reader) Name(doc int, lang string) string {
	recs := r.show[lang]
	if doc < 0 || doc >= len(recs) || len(recs[doc]) == 0 {
		return ""
	}
	var s string
	json.Unmarshal(recs[doc][0], &s)
	return s
}

// ReadFiles returns the index files under search/ of a built site.
func ReadFiles(site fs.FS) ([]File, error) {
	var files []File
	err := fs.WalkDir(site, "search", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") {
			return err
		}
		b, err := fs.ReadFile(site, p)
		files = append(files, File{Path: p, Data: b})
		return err
	})
	return files, err
}

// Path returns the root-relative page of a record in lang, as search.js
// links it.
func (r *Reader) Path(doc int, lang string) string {
	recs := r.show[lang]
	if doc < 0 || doc >= len(recs) || len(recs[doc]) == 0 {
		return ""
	}
	li := slices.Index(r.man.Langs, lang)
	kind, rest := 0, doc
	for kind < len(r.man.Counts)-1 && rest >= r.man.Counts[kind] {
		rest -= r.man.Counts[kind]
		kind++
	}
	var name, slug string
	json.Unmarshal(recs[doc][0], &name)
	if len(recs[doc]) > 3 {
		json.Unmarshal(recs[doc][3], &slug)
	}
	if slug == "" {
		slug = SimpleSlug(name)
	}
	if li < 0 || kind >= len(r.man.Sections) || li >= len(r.man.Sections[kind]) {
		return ""
	}
	return r.man.Sections[kind][li] + slug + "/"
}

// OneEdit reports whether a and b differ by one insertion, deletion,
// substitution or transposition of adjacent runes, the misspellings
// search forgives.
func OneEdit(a, b string) bool { return oneEdit(a, b) }

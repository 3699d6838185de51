package search

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// readBack is an index read back from its files, for the tests of what
// Write puts where; ranking is the browser's (see TestRankVectors).
type readBack struct {
	man  Manifest
	w, t map[string]json.RawMessage // word and description entries, every shard merged
	// wby and tby list the words of each shard.
	wby, tby map[string][]string
	// show holds the display records per language.
	show map[string][][]json.RawMessage
}

// readIndex reads the index files back.
func readIndex(t *testing.T, files []File) *readBack {
	t.Helper()
	r := &readBack{w: map[string]json.RawMessage{}, t: map[string]json.RawMessage{}, show: map[string][][]json.RawMessage{}}
	chunks := map[string]map[int][][]json.RawMessage{}
	for _, f := range files {
		for _, line := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
			if err := r.add(line, chunks); err != nil {
				t.Fatalf("%s: %v", f.Path, err)
			}
		}
	}
	if r.man.Version != Version {
		t.Fatalf("index version %d, want %d", r.man.Version, Version)
	}
	for lang, cs := range chunks {
		for i := 0; i < len(cs); i++ {
			r.show[lang] = append(r.show[lang], cs[i]...)
		}
	}
	r.wby, r.tby = group(r.w, r.man.WordKeys), group(r.t, r.man.TextKeys)
	return r
}

// add reads one ocopSearch.add call.
func (r *readBack) add(line string, chunks map[string]map[int][][]json.RawMessage) error {
	typ, key, data, err := ReadScript([]byte(line))
	if err != nil {
		return err
	}
	switch typ {
	case "i":
		return json.Unmarshal(data, &r.man)
	case "w", "t":
		m := map[string]json.RawMessage{}
		if err := json.Unmarshal(data, &m); err != nil {
			return err
		}
		dst := r.w
		if typ == "t" {
			dst = r.t
		}
		for k, v := range m {
			dst[k] = v
		}
	case "f":
		return json.Unmarshal(data, new(FacetsFile))
	case "d":
		lang, n, _ := strings.Cut(key, "/")
		var recs [][]json.RawMessage
		if err := json.Unmarshal(data, &recs); err != nil {
			return err
		}
		if chunks[lang] == nil {
			chunks[lang] = map[int][][]json.RawMessage{}
		}
		var i int
		fmt.Sscan(n, &i)
		chunks[lang][i] = recs
	default:
		return fmt.Errorf("unknown type %q", typ)
	}
	return nil
}

// group lists the words of m by the shard of keys that holds them.
func group(m map[string]json.RawMessage, keys []string) map[string][]string {
	out := map[string][]string{}
	for w := range m {
		k := shardFor(keys, w)
		out[k] = append(out[k], w)
	}
	return out
}

// shardFor returns the key of the shard that holds word w: the longest
// key that starts it, or "", as the browser looks for it.
func shardFor(keys []string, w string) string {
	best := ""
	for _, k := range keys {
		if len(k) > len(best) && strings.HasPrefix(w, k) {
			best = k
		}
	}
	return best
}

// name returns the name record doc shows in lang.
func (r *readBack) name(doc int, lang string) string {
	recs := r.show[lang]
	if doc < 0 || doc >= len(recs) || len(recs[doc]) == 0 {
		return ""
	}
	var s string
	json.Unmarshal(recs[doc][0], &s)
	return s
}

// path returns the root-relative page of record doc in lang, as the
// browser links it.
func (r *readBack) path(doc int, lang string) string {
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

// decodeList reads a list written by encodeList, as the browser does.
func decodeList(s string) []int32 {
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

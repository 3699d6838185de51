package search

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/text/unicode/norm"
)

// TestRankVectors is the Go half of the ranking vectors (the browser
// half, internal/browser TestRankVectors, checks the order): it writes
// the index of each vector with any shard size, reads it back, checks
// that the manifest carries the alphabet and ranking of this package, and
// that every record a query must list has a word of the query (as typed
// or decomposed, NFD), a beginning of it or a word one edit away, in the
// fields the query searches.
func TestRankVectors(t *testing.T) {
	paths, err := filepath.Glob("testdata/rank/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no vectors: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			v, err := ReadRankVector(a)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			for _, limit := range []int{0, 64} {
				x, err := Build(v.Input)
				if err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				files, err := x.Write(Options{ShardBytes: limit})
				if err != nil {
					t.Fatal(err)
				}
				checkManifest(t, files, v.Input)
				r := readIndex(t, files)
				docs := map[string]int32{}
				for d := range v.Input.Docs {
					docs[r.name(d, "vi")] = int32(d)
				}
				for _, q := range v.Queries {
					section := "queries"
					if !q.Text {
						section = "queries/words"
					}
					for _, s := range []string{q.Q, norm.NFD.String(q.Q)} {
						for _, name := range q.Order {
							d, ok := docs[name]
							if !ok || !r.matches(d, FoldedWords(s), q.Text) {
								t.Errorf("%s: %s:%d (shards of %d bytes): %q lists %q, which has none of its words",
									path, section, q.Line, limit, s, name)
							}
						}
					}
				}
			}
		})
	}
}

// checkManifest reads search/i.js back as a Manifest and checks that it
// counts every record of in by kind, in its languages.
func checkManifest(t *testing.T, files []File, in *Input) {
	t.Helper()
	i := slices.IndexFunc(files, func(f File) bool { return f.Path == "search/i.js" })
	if i < 0 {
		t.Fatal("no search/i.js")
	}
	typ, _, data, err := ReadScript(files[i].Data)
	if err != nil || typ != "i" {
		t.Fatalf("search/i.js: type %q, %v", typ, err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	counts := make([]int, numKinds)
	for _, d := range in.Docs {
		counts[d.Kind]++
	}
	if m.Version != Version || m.Chunk != ChunkSize || !slices.Equal(m.Counts, counts) || !slices.Equal(m.Langs, in.Langs) {
		t.Errorf("manifest: version %d, chunk %d, counts %v, langs %q; want %d, %d, %v, %q",
			m.Version, m.Chunk, m.Counts, m.Langs, Version, ChunkSize, counts, in.Langs)
	}
	if m.Alphabet != Alphabet || m.Ranking == nil || *m.Ranking != Rank() {
		t.Errorf("manifest: alphabet %q, ranking %+v; want %q, %+v", m.Alphabet, m.Ranking, Alphabet, Rank())
	}
}

// matches reports whether record d has one of words, a word that begins
// with one or a word one edit away from one, in the word entries or, with
// text, the description entries.
func (r *readBack) matches(d int32, words []string, text bool) bool {
	maps := []map[string]json.RawMessage{r.w}
	if text {
		maps = append(maps, r.t)
	}
	for _, w := range words {
		for mi, m := range maps {
			for k := range m {
				if strings.Contains(k, " ") || k != w && !strings.HasPrefix(k, w) && !oneEdit(k, w) {
					continue
				}
				if slices.Contains(records(m[k], mi == 1), d) {
					return true
				}
			}
		}
	}
	return false
}

// records decodes the records of an entry: a word's entry is pairs of a
// toned spelling and its lists, each list after its field's digit
// ("<field><list> …"), a description word's entry pairs of a toned
// spelling and one list.
func records(e json.RawMessage, text bool) []int32 {
	var pairs []string
	if json.Unmarshal(e, &pairs) != nil {
		return nil
	}
	var out []int32
	for i := 1; i < len(pairs); i += 2 {
		if text {
			out = append(out, decodeList(pairs[i])...)
			continue
		}
		for _, seg := range strings.Fields(pairs[i]) {
			out = append(out, decodeList(seg[1:])...)
		}
	}
	return out
}

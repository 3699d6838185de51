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

// TestRankVectors writes the index of each vector, reads it back and
// checks that every query lists the records in the vector's order, the
// same for the query in decomposed form (NFD), with any shard size.
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
				r, err := Open(files)
				if err != nil {
					t.Fatal(err)
				}
				for _, q := range v.Queries {
					section := "queries"
					if !q.Text {
						section = "queries/words"
					}
					for _, s := range []string{q.Q, norm.NFD.String(q.Q)} {
						var got []string
						for _, h := range r.Search(s, q.Text) {
							got = append(got, r.Name(h.Doc, "vi"))
						}
						if !slices.Equal(got, q.Order) {
							t.Errorf("%s: %s:%d (shards of %d bytes): %q\ngot  %q\nwant %q",
								path, section, q.Line, limit, s, strings.Join(got, " | "), strings.Join(q.Order, " | "))
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

package search

import (
	"bufio"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/text/unicode/norm"
)

// A ranking vector, testdata/rank/<name>.txtar, holds records and the
// order a query must list them in:
//
//	-- records --
//	product: Nước mắm cốt Giao Châu; producer=HTX nước mắm Giao Châu
//	producer: HTX nước mắm Giao Châu
//	-- queries --
//	nuoc mam → Nước mắm cốt Giao Châu | HTX nước mắm Giao Châu
//	-- queries/words --
//	nuoc mam → …
//
// A record is its kind (product, producer or site; in that order), its
// Vietnamese name, then fields as name=text, several texts of a field
// separated by "|": name_en, producer, place, group, tags, text. A query
// lists the Vietnamese names of every result, best first, separated by
// " | ", and nothing when it finds none; a query with spaces at either
// end is written as a Go string ("gạo tám "). Queries under "queries" search
// descriptions too, those under "queries/words" only the word shards.

// rankVector is one file of testdata/rank.
type rankVector struct {
	in      *Input
	queries []rankQuery
}

// rankQuery is one query of a vector with the order it must give.
type rankQuery struct {
	line  int // in the file's section, from 1
	q     string
	text  bool
	order []string
}

var rankKinds = map[string]Kind{"product": Product, "producer": ProducerKind, "site": Site}

var rankFields = map[string]Field{"name_en": NameEN, "producer": Producer, "place": Place, "group": Group, "tags": Tags, "text": Text}

// readRankVector reads a vector archive.
func readRankVector(a *txtar.Archive) (*rankVector, error) {
	v := &rankVector{in: &Input{
		Langs:       []string{"vi", "en"},
		Sections:    [numKinds][]string{{"san-pham/", "en/products/"}, {"chu-the/", "en/producers/"}, {"du-lich/", "en/tourism/"}},
		SearchPaths: []string{"tim-kiem/", "en/search/"},
	}}
	seen := map[string]bool{}
	for _, f := range a.Files {
		seen[f.Name] = true
		sc := bufio.NewScanner(strings.NewReader(string(f.Data)))
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			var err error
			switch f.Name {
			case "records":
				err = v.addRecord(line)
			case "queries", "queries/words":
				q, order, ok := strings.Cut(line, "→")
				if !ok {
					err = fmt.Errorf("no →")
					break
				}
				rq := rankQuery{line: n, q: strings.TrimSpace(q), text: f.Name == "queries"}
				if strings.HasPrefix(rq.q, `"`) {
					if rq.q, err = strconv.Unquote(rq.q); err != nil {
						break
					}
				}
				if o := strings.TrimSpace(order); o != "" {
					for _, s := range strings.Split(o, "|") {
						rq.order = append(rq.order, strings.TrimSpace(s))
					}
				}
				v.queries = append(v.queries, rq)
			default:
				return nil, fmt.Errorf("unknown section %q", f.Name)
			}
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", f.Name, n, err)
			}
		}
	}
	if !seen["records"] || !seen["queries"] && !seen["queries/words"] {
		return nil, fmt.Errorf("want sections records and queries")
	}
	return v, nil
}

// addRecord adds the record of one line of the records section.
func (v *rankVector) addRecord(line string) error {
	kind, rest, ok := strings.Cut(line, ":")
	k, known := rankKinds[kind]
	if !ok || !known {
		return fmt.Errorf("want product:, producer: or site:")
	}
	parts := strings.Split(rest, ";")
	name := strings.TrimSpace(parts[0])
	d := Doc{Kind: k, Group: -1, District: -1, PKind: -1,
		Show: []Show{{Name: name, Slug: SimpleSlug(name)}, {Name: name, NameVI: true, Slug: SimpleSlug(name)}}}
	d.Fields[Name] = []string{name}
	for _, p := range parts[1:] {
		key, val, ok := strings.Cut(strings.TrimSpace(p), "=")
		f, known := rankFields[key]
		if !ok || !known {
			return fmt.Errorf("field %q: want name_en, producer, place, group, tags or text, then =", key)
		}
		for _, s := range strings.Split(val, "|") {
			d.Fields[f] = append(d.Fields[f], strings.TrimSpace(s))
		}
	}
	v.in.Docs = append(v.in.Docs, d)
	return nil
}

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
			v, err := readRankVector(a)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			for _, limit := range []int{0, 64} {
				x, err := Build(v.in)
				if err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				files, err := x.Write(Options{ShardBytes: limit})
				if err != nil {
					t.Fatal(err)
				}
				checkManifest(t, files, v.in)
				r, err := Open(files)
				if err != nil {
					t.Fatal(err)
				}
				for _, q := range v.queries {
					section := "queries"
					if !q.text {
						section = "queries/words"
					}
					for _, s := range []string{q.q, norm.NFD.String(q.q)} {
						var got []string
						for _, h := range r.Search(s, q.text) {
							got = append(got, r.Name(h.Doc, "vi"))
						}
						if !slices.Equal(got, q.order) {
							t.Errorf("%s: %s:%d (shards of %d bytes): %q\ngot  %q\nwant %q",
								path, section, q.line, limit, s, strings.Join(got, " | "), strings.Join(q.order, " | "))
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
}

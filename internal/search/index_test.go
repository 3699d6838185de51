package search

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// doc makes a product with a name and optional fields.
func doc(name string, set func(d *Doc)) Doc {
	d := Doc{Kind: Product, Group: -1, District: -1, PKind: -1,
		Show: []Show{{Name: name, Slug: SimpleSlug(name)}, {Name: name, NameVI: true, Slug: SimpleSlug(name)}}}
	d.Fields[Name] = []string{name}
	if set != nil {
		set(&d)
	}
	return d
}

func testInput() *Input {
	return &Input{
		Langs:       []string{"vi", "en"},
		Sections:    [numKinds][]string{{"san-pham/", "en/products/"}, {"chu-the/", "en/producers/"}, {"du-lich/", "en/tourism/"}},
		SearchPaths: []string{"tim-kiem/", "en/search/"},
		Groups:      []Facet{{ID: "thuc-pham", Labels: []string{"Thực phẩm", "Food"}, Image: "assets/placeholder-thuc-pham.svg"}},
		Districts:   []Facet{{ID: "hai-hau", Labels: []string{"Huyện Hải Hậu", "Hải Hậu district"}}},
		PKinds:      []Facet{{ID: "htx", Labels: []string{"Hợp tác xã", "Cooperative"}}},
		Showrooms:   []Facet{{ID: "giao-thuy", Labels: []string{"Giao Thủy", "Giao Thủy"}}},
		Placeholder: "assets/placeholder.svg", SitePlaceholder: "assets/placeholder-du-lich.svg",
		Docs: []Doc{
			doc("Bánh gai Hải Hậu", func(d *Doc) { d.Fields[Text] = []string{"Bánh ăn kèm nước mắm"} }),
			doc("Đậu phụ Nam Định", func(d *Doc) { d.Fields[Place] = []string{"Thành phố Nam Định"} }),
			doc("Gạo tám Hải Hậu", func(d *Doc) {
				d.Group, d.Stars, d.District, d.Price = 0, 4, 0, 35000
				d.Fields[Place] = []string{"Hải Hậu", "Hải Đông"}
			}),
			doc("Gạo tấm Hải Hậu", func(d *Doc) { d.Stars, d.Price = 3, 12500 }),
			doc("Mắm tôm Nam Trực, gạo nếp Định Hòa", nil),
			doc("Muối biển", func(d *Doc) { d.Fields[Tags] = []string{"nước mắm"} }),
			doc("Nước mắm cốt Giao Châu", func(d *Doc) {
				d.Showrooms = []int{0}
				d.Fields[Producer] = []string{"HTX nước mắm Giao Châu"}
				d.Show[0].Image = "san-pham/nuoc-mam-cot-giao-chau/anh.jpg"
			}),
			doc("Rượu nếp", func(d *Doc) { d.Fields[Producer] = []string{"Cơ sở Nước Mắm"} }),
			{Kind: ProducerKind, Group: -1, District: 0, PKind: 0, Fields: [NumFields][]string{Name: {"HTX nước mắm Giao Châu"}},
				Show: []Show{{Name: "HTX nước mắm Giao Châu", Slug: "htx-giao-chau"}, {Name: "HTX nước mắm Giao Châu", Slug: "htx-giao-chau"}}},
		},
	}
}

func open(t *testing.T, in *Input, opt Options) *readBack {
	t.Helper()
	x, err := Build(in)
	if err != nil {
		t.Fatal(err)
	}
	files, err := x.Write(opt)
	if err != nil {
		t.Fatal(err)
	}
	return readIndex(t, files)
}

// Small shards split, and every word stays where shardFor looks for it.
func TestShardSplit(t *testing.T) {
	for _, limit := range []int{1, 64, 1 << 20} {
		r := open(t, testInput(), Options{ShardBytes: limit})
		for w := range r.w {
			k := shardFor(r.man.WordKeys, w)
			if !slices.Contains(r.wby[k], w) {
				t.Errorf("limit %d: %q not in shard %q", limit, w, k)
			}
		}
		if limit == 1 && len(r.man.WordKeys) < 10 {
			t.Errorf("limit %d: %d word shards", limit, len(r.man.WordKeys))
		}
	}
}

// A bundle holds, byte for byte, the shards of single words whose keys
// start with its two runes, for every two runes with more than one such
// shard; pairs are never bundled.
func TestBundles(t *testing.T) {
	in := testInput()
	in.Docs[1].Fields[Text] = []string{"Mắm tôm, măng, mặn"}
	x, err := Build(in)
	if err != nil {
		t.Fatal(err)
	}
	files, err := x.Write(Options{ShardBytes: 1})
	if err != nil {
		t.Fatal(err)
	}
	data := map[string]string{}
	for _, f := range files {
		data[f.Path] = string(f.Data)
	}
	r := readIndex(t, files)
	var man Manifest
	_, _, raw, err := ReadScript([]byte(data["search/i.js"]))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &man); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		typ, dir  string
		keys, bds []string
	}{{"w", "w", r.man.WordKeys, man.WordBundles}, {"t", "t", r.man.TextKeys, man.TextBundles}} {
		if len(c.bds) == 0 {
			t.Errorf("%s: no bundles with one word a shard", c.typ)
		}
		for b, p := range c.bds {
			var want strings.Builder
			n := 0
			for i, k := range c.keys {
				if !strings.Contains(k, " ") && runePrefix(k, 2) == p {
					want.WriteString(data["search/"+c.dir+"/"+strconv.Itoa(i)+".js"])
					n++
				}
			}
			got := data["search/"+c.dir+"b/"+strconv.Itoa(b)+".js"]
			if n < 2 || got != want.String() {
				t.Errorf("%s bundle %q (%d shards): %q, want %q", c.typ, p, n, got, want.String())
			}
		}
		// Every two runes with more than one shard have a bundle.
		count := map[string]int{}
		for _, k := range c.keys {
			if !strings.Contains(k, " ") {
				count[runePrefix(k, 2)]++
			}
		}
		for p, n := range count {
			if n > 1 && !slices.Contains(c.bds, p) {
				t.Errorf("%s: %d shards start with %q, and no bundle", c.typ, n, p)
			}
		}
	}
}

// TestListCoding reads testdata/lists.tsv: per line, the number of
// records, the document numbers, and the list encodeList writes for
// them, which decodeList (and the browser, TestEngineCoding) reads back.
func TestListCoding(t *testing.T) {
	b, err := os.ReadFile("testdata/lists.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("lists.tsv:%d: %d columns, want 3", i+1, len(cols))
		}
		n, err := strconv.Atoi(cols[0])
		if err != nil {
			t.Fatalf("lists.tsv:%d: %v", i+1, err)
		}
		var ids []int32
		if cols[1] != "" {
			for _, s := range strings.Split(cols[1], ",") {
				id, err := strconv.Atoi(s)
				if err != nil {
					t.Fatalf("lists.tsv:%d: %v", i+1, err)
				}
				ids = append(ids, int32(id))
			}
		}
		if got := encodeList(ids, n); got != cols[2] {
			t.Errorf("lists.tsv:%d: encodeList = %q, want %q", i+1, got, cols[2])
		}
		if got := decodeList(cols[2]); !slices.Equal(got, ids) {
			t.Errorf("lists.tsv:%d: decodeList(%q) = %v, want %v", i+1, cols[2], got, ids)
		}
		if strings.ContainsAny(cols[2], ` "\`) {
			t.Errorf("lists.tsv:%d: list %q has a separator", i+1, cols[2])
		}
	}
	for _, v := range []uint64{0, 1, 31, 32, 1023, 1024, 1 << 40} {
		var b strings.Builder
		putUint(&b, v)
		if got, rest := getUint(b.String() + "x"); got != v || rest != "x" {
			t.Errorf("putUint %d → %q → %d %q", v, b.String(), got, rest)
		}
	}
}

func TestSimpleSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Nước mắm cốt Giao Châu": "nuoc-mam-cot-giao-chau",
		"Trà & Mật ong":          "tra-mat-ong",
		"北京":                     "",
	} {
		if got := SimpleSlug(in); got != want {
			t.Errorf("SimpleSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

// Records must come in kind order, with a display per language.
func TestBuildChecks(t *testing.T) {
	in := testInput()
	in.Docs[0], in.Docs[len(in.Docs)-1] = in.Docs[len(in.Docs)-1], in.Docs[0]
	if _, err := Build(in); err == nil {
		t.Error("Build accepted records out of kind order")
	}
	in = testInput()
	in.Docs[0].Show = in.Docs[0].Show[:1]
	if _, err := Build(in); err == nil {
		t.Error("Build accepted a record without a display per language")
	}
}

// Every file is one ocopSearch.add call a line (several only in a
// bundle), and no index word is cut: each folded word of a name is a key.
func TestFiles(t *testing.T) {
	x, err := Build(testInput())
	if err != nil {
		t.Fatal(err)
	}
	files, err := x.Write(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !strings.HasPrefix(f.Path, "search/") || !strings.HasSuffix(f.Path, ".js") || !utf8.Valid(f.Data) {
			t.Errorf("file %s", f.Path)
		}
		lines := strings.Split(strings.TrimSuffix(string(f.Data), "\n"), "\n")
		if len(lines) > 1 && !strings.HasPrefix(f.Path, "search/wb/") && !strings.HasPrefix(f.Path, "search/tb/") {
			t.Errorf("%s: %d lines", f.Path, len(lines))
		}
		for _, l := range lines {
			if _, _, _, err := ReadScript([]byte(l)); err != nil {
				t.Errorf("%s: %v", f.Path, err)
			}
		}
	}
	r := readIndex(t, files)
	for _, w := range FoldedWords("Đậu phụ Nam Định Nước mắm cốt Giao Châu") {
		if _, ok := r.w[w]; !ok {
			t.Errorf("word %q is not in the index", w)
		}
	}
}

// A record's display gives its page as the browser links it.
func TestDisplayPath(t *testing.T) {
	r := open(t, testInput(), Options{})
	for doc, want := range map[int]string{0: "san-pham/banh-gai-hai-hau/", 8: "chu-the/htx-giao-chau/"} {
		if got := r.path(doc, "vi"); got != want {
			t.Errorf("path(%d) = %q, want %q", doc, got, want)
		}
	}
	if got := r.path(0, "en"); got != "en/products/banh-gai-hai-hau/" {
		t.Errorf("path(0, en) = %q", got)
	}
}

// Indexing in parallel ranges gives the same files as in one range.
func TestBuildParallel(t *testing.T) {
	in := testInput()
	base := in.Docs
	in.Docs = nil
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"nước", "mắm", "gạo", "tám", "tấm", "Hải", "Hậu", "Giao", "Thủy", "đậu", "phụ", "mật", "ong"}
	for i := 0; i < 3000; i++ {
		d := base[i%8]
		var name []string
		for j := 0; j < 2+rng.IntN(4); j++ {
			name = append(name, words[rng.IntN(len(words))])
		}
		d.Fields[Name] = []string{strings.Join(name, " ")}
		d.Fields[Text] = []string{strings.Join(name, " ") + " " + words[rng.IntN(len(words))]}
		in.Docs = append(in.Docs, d)
	}
	write := func(parts int) []File {
		x := &Index{in: in, n: len(in.Docs), terms: map[string]*term{}, bigrams: map[string]*[Text][]int32{}}
		x.counts[Product] = len(in.Docs)
		files, err := x.build(parts).Write(Options{})
		if err != nil {
			t.Fatal(err)
		}
		return files
	}
	one, four := write(1), write(4)
	if len(one) != len(four) {
		t.Fatalf("%d and %d files", len(one), len(four))
	}
	for i := range one {
		if one[i].Path != four[i].Path || string(one[i].Data) != string(four[i].Data) {
			t.Errorf("%s differs", one[i].Path)
		}
	}
}

// A word of MaxWordRunes runes is indexed; a longer one is not, nor are
// the pairs it would be part of, and its neighbours do not become a pair.
func TestLongWordsNotIndexed(t *testing.T) {
	atMax := strings.Repeat("ă", MaxWordRunes)
	over := strings.Repeat("b", MaxWordRunes+1)
	in := testInput()
	in.Docs = append(in.Docs[:len(in.Docs)-1],
		doc("Chè "+atMax, func(d *Doc) { d.Fields[Text] = []string{"trước " + over + " sau"} }),
		doc("Mứt "+over+" sen", nil))
	r := open(t, in, Options{ShardBytes: 64})
	folded := strings.Repeat("a", MaxWordRunes)
	for _, tc := range []struct {
		key  string
		m    map[string]json.RawMessage
		want bool
	}{
		{folded, r.w, true},
		{"che " + folded, r.w, true},
		{over, r.w, false},
		{over, r.t, false},
		{"mut " + over, r.w, false},
		{over + " sen", r.w, false},
		{"mut sen", r.w, false},
		{"truoc", r.t, true},
	} {
		if _, ok := tc.m[tc.key]; ok != tc.want {
			t.Errorf("%.20q… indexed: %v, want %v", tc.key, ok, tc.want)
		}
	}
}

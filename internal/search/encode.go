package search

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The index is written as classic scripts under search/, each a single
// call of ocopSearch.add(type, key, data) with JSON arguments, so that it
// loads with a <script> element from any server and from file://:
//
//	search/i.js        type "i": the manifest, facet names, sections
//	search/w/<n>.js    type "w": word shard n (names, producer, place,
//	                   group, tags, and adjacent-word pairs)
//	search/t/<n>.js    type "t": description shard n
//	search/wb/<n>.js   bundle n of word shards: the shards of single
//	search/tb/<n>.js   words (not pairs) whose keys start with the same
//	                   two runes, one ocopSearch.add call a line; written
//	                   for every two runes with more than one such shard
//	search/f.js        type "f": every record's facets and price
//	search/<lang>/<n>.js  type "d": what results show, chunk n of
//	                   ChunkSize records, in one language
//
// A word typed so far is a beginning that needs every shard whose key
// starts with it: its first two runes need them all, in one bundle rather
// than one file each, while a query given whole (in the address) loads
// only the shards its words need. The manifest's "wb" and "tb" list the
// two runes of each bundle, in file order.
//
// A word shard holds the folded words whose first runes are its key: the
// keys are the words' first two runes, and a shard larger than
// Options.ShardBytes is split by the third rune, and so on (words no
// longer than the key stay in it). A word lives in the shard of the
// longest key that starts it; a word longer than MaxWordRunes is not
// indexed. Pairs of adjacent words ("nuoc mam") are keyed and sharded the
// same way, as one string with a space: they stay with their first word
// until its shard is split past it.
//
// Document lists are strings over the 64 digits of Alphabet: ascending
// document numbers written as the first number, then each gap minus one,
// each as a base-32 number whose digits but the last have 32 added; or,
// when shorter, "!" and a bitmap of every document, six per digit. A word
// shard maps a folded word to [toned, lists, toned, lists …] (toned ""
// when it is the folded word itself), where lists is one list per field
// that has the word, each preceded by the field's number and separated
// by spaces; and a pair "a b" to its lists directly. A description shard
// maps a folded word to [toned, list, toned, list …].
//
// A display chunk is a list of records [name, facets, sub, slug, image,
// vi, expired, shops], trailing empty values left out: facets are the record's group,
// stars, district and producer kind packed in mixed radix (the
// manifest's "r") in "pw" digits; sub is a product's producer or a site's
// kind; slug is left out when it is the name's folded words joined by
// "-"; image is relative to the record's Vietnamese page folder, or
// root-relative after a "/", and left out for the placeholder; vi is 1
// when the name is the Vietnamese one on a page in another language;
// expired is 1 for a product whose certificate has expired (Doc.Expired);
// shops are the names of a product's online shops (Show.Shops). The
// facets file holds "f", the packed facets of every record; "p", each
// product's price as numbers (thousands of đồng times 2, or đồng times 2
// plus 1); and "s", the list of records of each showroom. Records are
// numbered products first, then producers, then sites, each by name.
// Every path in the index is relative to the site root, which the search
// script finds from its own address, so one index serves any base URL.

// ChunkSize is the number of records of a display chunk.
const ChunkSize = 16

// Version is the format of the index; the search script checks it.
const Version = 1

// Options tune the index files.
type Options struct {
	// ShardBytes is the size above which a shard is split; 0 means the
	// default, DefaultShardBytes.
	ShardBytes int
}

// DefaultShardBytes is the default shard size limit.
const DefaultShardBytes = 12 << 10

// File is one output file of the index.
type File struct {
	// Path is slash-separated and relative to the site root, such as
	// "search/w/12.js".
	Path string
	Data []byte
}

// putUint writes v as a base-32 number, most significant digit first,
// every digit but the last with 32 added.
func putUint(b *strings.Builder, v uint64) {
	var buf [13]byte
	i := len(buf) - 1
	buf[i] = Alphabet[v&31]
	v >>= 5
	for v > 0 {
		i--
		buf[i] = Alphabet[32+v&31]
		v >>= 5
	}
	b.Write(buf[i:])
}

// encodeList writes an ascending list of document numbers below n, as
// gaps or as a bitmap, whichever is shorter.
func encodeList(ids []int32, n int) string {
	var b strings.Builder
	prev := int32(-1)
	for _, id := range ids {
		putUint(&b, uint64(id-prev-1))
		prev = id
	}
	if bits := 1 + (n+5)/6; b.Len() > bits {
		bm := make([]byte, (n+5)/6)
		for _, id := range ids {
			bm[id/6] |= 1 << (id % 6)
		}
		for i, c := range bm {
			bm[i] = Alphabet[c]
		}
		return "!" + string(bm)
	}
	return b.String()
}

// lists writes the lists of fields below end, "" when all are empty.
func lists(ls []([]int32), n int) string {
	var parts []string
	for f, l := range ls {
		if len(l) > 0 {
			parts = append(parts, strconv.Itoa(f)+encodeList(l, n))
		}
	}
	return strings.Join(parts, " ")
}

// script writes one index file: ocopSearch.add(type, key, data).
func script(typ, key string, data any) ([]byte, error) {
	b, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}
	k, _ := json.Marshal(key)
	return []byte("ocopSearch.add(\"" + typ + "\"," + string(k) + "," + string(b) + ");\n"), nil
}

// entry is one key of a shard with its JSON value and size.
type entry struct {
	word  string // the word that decides the shard: the first of a pair
	key   string
	value any
	size  int
	runes int // the number of runes of word, set by shardKeys
}

// shardKeys groups entries by leading runes of their word: groups of two
// runes, each split by one more rune while larger than limit. Each level
// of splitting costs time linear in the size of the entries it splits,
// and there are at most as many levels as the longest word has runes
// (at most 2*MaxWordRunes+1, for a pair), so the whole costs time linear
// in the size of es.
func shardKeys(es []entry, limit int) map[string][]entry {
	for i := range es {
		es[i].runes = utf8.RuneCountInString(es[i].word)
	}
	out := map[string][]entry{}
	var split func(prefix int, es []entry)
	split = func(k int, es []entry) {
		groups := map[string][]entry{}
		var order []string
		for _, e := range es {
			p := runePrefix(e.word, k)
			if _, ok := groups[p]; !ok {
				order = append(order, p)
			}
			groups[p] = append(groups[p], e)
		}
		for _, p := range order {
			g := groups[p]
			size := 0
			longer := false
			for _, e := range g {
				size += e.size
				if e.runes > k {
					longer = true
				}
			}
			if size <= limit || !longer {
				out[p] = append(out[p], g...)
				continue
			}
			var rest []entry
			for _, e := range g {
				if e.runes > k {
					rest = append(rest, e)
				} else {
					out[p] = append(out[p], e)
				}
			}
			split(k+1, rest)
		}
	}
	split(2, es)
	return out
}

// runePrefix returns the first k runes of s (all of s when shorter).
func runePrefix(s string, k int) string {
	i := 0
	for n := 0; n < k && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}

// writeShards writes the shards of es as search/<dir>/<n>.js files of
// type typ and returns their keys, in file order.
func writeShards(typ, dir string, es []entry, limit int, files *[]File) ([]string, error) {
	groups := shardKeys(es, limit)
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		m := make(map[string]any, len(groups[k]))
		for _, e := range groups[k] {
			m[e.key] = e.value
		}
		b, err := script(typ, k, m)
		if err != nil {
			return nil, err
		}
		*files = append(*files, File{Path: "search/" + dir + "/" + strconv.Itoa(i) + ".js", Data: b})
	}
	return keys, nil
}

// bundles writes, for every two runes that begin the keys of more than
// one shard of single words, a file search/<dir>/<n>.js holding those
// shards, and returns the two runes of each bundle in file order. shards
// are the files of keys, in the same order.
func bundles(dir string, keys []string, shards []File, files *[]File) []string {
	members := map[string][]int{}
	var order []string
	for i, k := range keys {
		if strings.Contains(k, " ") {
			continue
		}
		p := runePrefix(k, 2)
		if members[p] == nil {
			order = append(order, p)
		}
		members[p] = append(members[p], i)
	}
	sort.Strings(order)
	out := []string{}
	for _, p := range order {
		if len(members[p]) < 2 {
			continue
		}
		var b []byte
		for _, i := range members[p] {
			b = append(b, shards[i].Data...)
		}
		*files = append(*files, File{Path: "search/" + dir + "/" + strconv.Itoa(len(out)) + ".js", Data: b})
		out = append(out, p)
	}
	return out
}

// radices are the ranges of the packed facets of a record: group, stars,
// district and producer kind, each 0 for none.
func (x *Index) radices() []int {
	in := x.in
	return []int{len(in.Groups) + 1, 6, len(in.Districts) + 1, len(in.PKinds) + 1}
}

// packed writes the facets of doc d in w digits.
func (x *Index) packed(d *Doc, w int) string {
	r := x.radices()
	vals := []int{d.Group + 1, min(max(d.Stars, 0), 5), d.District + 1, d.PKind + 1}
	v := 0
	for i, rv := range vals {
		if rv < 0 || rv >= r[i] {
			rv = 0
		}
		v = v*r[i] + rv
	}
	out := make([]byte, w)
	for i := w - 1; i >= 0; i-- {
		out[i] = Alphabet[v&63]
		v >>= 6
	}
	return string(out)
}

// packedWidth is the number of digits of the packed facets.
func (x *Index) packedWidth() int {
	p := 1
	for _, r := range x.radices() {
		p *= r
	}
	w := 1
	for c := 64; c < p; c *= 64 {
		w++
	}
	return w
}

// SimpleSlug is the slug search.js derives from a name: its folded words
// joined by "-", made of a–z and 0–9 only. A record whose slug differs
// stores its slug in the index.
func SimpleSlug(name string) string {
	return simpleSlug(nil, name)
}

func simpleSlug(tz *tokenizer, name string) string {
	var ws []string
	for _, t := range tz.tokens(name) {
		w := t.Folded
		ok := true
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
				ok = false
				break
			}
		}
		if !ok {
			return ""
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, "-")
}

// Write returns the index files.
func (x *Index) Write(opt Options) ([]File, error) {
	limit := opt.ShardBytes
	if limit <= 0 {
		limit = DefaultShardBytes
	}
	in := x.in
	var files []File

	// Words and pairs.
	var words, texts []entry
	for f, t := range x.terms {
		var w, tx []string
		for _, v := range t.variants {
			toned := v.toned
			if toned == f {
				toned = ""
			}
			if s := lists(v.lists[:Text], x.n); s != "" {
				w = append(w, toned, s)
			}
			if l := v.lists[Text]; len(l) > 0 {
				tx = append(tx, toned, encodeList(l, x.n))
			}
		}
		if len(w) > 0 {
			words = append(words, entry{word: f, key: f, value: w, size: jsonSize(f, w)})
		}
		if len(tx) > 0 {
			texts = append(texts, entry{word: f, key: f, value: tx, size: jsonSize(f, tx)})
		}
	}
	for k, b := range x.bigrams {
		s := lists(b[:], x.n)
		words = append(words, entry{word: k, key: k, value: s, size: jsonSize(k, s)})
	}
	sortEntries(words)
	sortEntries(texts)
	from := len(files)
	wkeys, err := writeShards("w", "w", words, limit, &files)
	if err != nil {
		return nil, err
	}
	wb := bundles("wb", wkeys, files[from:], &files)
	from = len(files)
	tkeys, err := writeShards("t", "t", texts, limit, &files)
	if err != nil {
		return nil, err
	}
	tb := bundles("tb", tkeys, files[from:from+len(tkeys)], &files)

	// Facets of every record, and prices.
	pw := x.packedWidth()
	var fb, pb strings.Builder
	for i := range in.Docs {
		d := &in.Docs[i]
		fb.WriteString(x.packed(d, pw))
		if d.Kind == Product {
			p := uint64(0)
			if d.Price > 0 {
				if d.Price%1000 == 0 {
					p = uint64(d.Price/1000) * 2
				} else {
					p = uint64(d.Price)*2 + 1
				}
			}
			putUint(&pb, p)
		}
	}
	shows := make([][]int32, len(in.Showrooms))
	for i := range in.Docs {
		for _, s := range in.Docs[i].Showrooms {
			if s >= 0 && s < len(shows) {
				shows[s] = appendID(shows[s], int32(i))
			}
		}
	}
	showLists := make([]string, len(shows))
	for i, l := range shows {
		showLists[i] = encodeList(l, x.n)
	}
	b, err := script("f", "", FacetsFile{Facets: fb.String(), Prices: pb.String(), Showrooms: showLists})
	if err != nil {
		return nil, err
	}
	files = append(files, File{Path: "search/f.js", Data: b})

	// What results show, per language, in chunks.
	tz := &tokenizer{cache: map[string]Token{}}
	for li, lang := range in.Langs {
		for c := 0; c*ChunkSize < len(in.Docs); c++ {
			var recs [][]any
			for i := c * ChunkSize; i < min(len(in.Docs), (c+1)*ChunkSize); i++ {
				d := &in.Docs[i]
				s := d.Show[li]
				slug := s.Slug
				if slug == simpleSlug(tz, s.Name) {
					slug = ""
				}
				img := s.Image
				if dir := in.Sections[d.Kind][0] + s.Slug + "/"; img != "" {
					if rest, ok := strings.CutPrefix(img, dir); ok {
						img = rest
					} else {
						img = "/" + img
					}
				}
				vi := 0
				if s.NameVI {
					vi = 1
				}
				expired := 0
				if d.Expired {
					expired = 1
				}
				rec := []any{s.Name, x.packed(d, pw), s.Sub, slug, img, vi, expired, s.Shops}
				for len(rec) > 2 && isZero(rec[len(rec)-1]) {
					rec = rec[:len(rec)-1]
				}
				recs = append(recs, rec)
			}
			b, err := script("d", lang+"/"+strconv.Itoa(c), recs)
			if err != nil {
				return nil, err
			}
			files = append(files, File{Path: ChunkPath(lang, c*ChunkSize), Data: b})
		}
	}

	// The manifest.
	facet := func(fs []Facet) []FacetEntry {
		out := []FacetEntry{}
		for _, f := range fs {
			out = append(out, FacetEntry{Image: f.Image, ID: f.ID, Labels: f.Labels, District: f.District})
		}
		return out
	}
	sections := make([][]string, numKinds)
	for k := range sections {
		sections[k] = in.Sections[k]
	}
	h := sha256.New()
	for _, f := range files {
		h.Write([]byte(f.Path))
		h.Write(f.Data)
	}
	rank := Rank()
	manifest := Manifest{
		Version: Version, Hash: hex.EncodeToString(h.Sum(nil))[:12],
		Counts: x.counts[:], Chunk: ChunkSize, WordKeys: wkeys, TextKeys: tkeys, WordBundles: wb, TextBundles: tb,
		PackWidth: pw, Radices: x.radices(), Langs: in.Langs, Sections: sections, SearchPaths: in.SearchPaths,
		Groups: facet(in.Groups), Districts: facet(in.Districts), PKinds: facet(in.PKinds), Showrooms: facet(in.Showrooms),
		Placeholders: []string{in.Placeholder, in.SitePlaceholder},
		Alphabet:     Alphabet, Ranking: &rank,
	}
	b, err = script("i", "", manifest)
	if err != nil {
		return nil, err
	}
	files = append(files, File{Path: "search/i.js", Data: b})
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}

func isZero(v any) bool {
	switch v := v.(type) {
	case string:
		return v == ""
	case int:
		return v == 0
	case []string:
		return len(v) == 0
	}
	return false
}

func jsonSize(k string, v any) int {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("search: %v", err))
	}
	return len(k) + 4 + len(b)
}

func sortEntries(es []entry) {
	sort.Slice(es, func(i, j int) bool { return es[i].key < es[j].key })
}

// ChunkPath returns the file of the display chunk that holds record doc
// in lang: search/<lang>/<doc / ChunkSize>.js.
func ChunkPath(lang string, doc int) string {
	return "search/" + lang + "/" + strconv.Itoa(doc/ChunkSize) + ".js"
}

package search

import (
	"fmt"
	"runtime"
	"sort"
	"unicode/utf8"

	"github.com/namdinh-ocop/ocop/internal/parallel"
)

// Field is a part of a record that words are found in.
type Field uint8

// Fields, in order of weight.
const (
	// Name is the record's Vietnamese name.
	Name Field = iota
	// NameEN is its English name.
	NameEN
	// Producer is the name of a product's producer.
	Producer
	// Place holds the district and commune names, as recorded and as they
	// are today (catalog Links.Unit and Links.Present).
	Place
	// Group is the product group's name.
	Group
	// Tags are the record's tags (or a site's or producer's kind).
	Tags
	// Text is the description or story.
	Text
	// NumFields is the number of fields.
	NumFields
)

// Kind is a kind of result.
type Kind uint8

// Kinds of result. Docs are numbered in this order: every product, then
// every producer, then every site.
const (
	Product Kind = iota
	ProducerKind
	Site
	numKinds
)

// Doc is one record to index.
type Doc struct {
	Kind Kind
	// Fields are the texts of each field; each text is split into words on
	// its own, so adjacent words never span two texts.
	Fields [NumFields][]string
	// Group, District and PKind index Input.Groups, Input.Districts and
	// Input.PKinds; -1 when unknown or not applicable.
	Group, District, PKind int
	// Stars is the star rating, 0 when unknown.
	Stars int
	// Showrooms index Input.Showrooms.
	Showrooms []int
	// Price is the retail price in đồng, 0 when unknown.
	Price int64
	// Show is what a result shows, per language of Input.Langs.
	Show []Show
	// Expired marks a product whose OCOP certificate has expired: its
	// results show the expired badge.
	Expired bool
}

// Show is what a result shows in one language.
type Show struct {
	// Name is the record's name in the language; NameVI says it is the
	// Vietnamese name on a page in another language.
	Name   string
	NameVI bool
	// Sub is the line under the name: a product's producer, a site's kind.
	Sub string
	// Slug is the record's URL segment.
	Slug string
	// Image is the root-relative path of its first photo, "" for the
	// placeholder of its group.
	Image string
	// Shops are the names of a product's online shops.
	Shops []string
}

// Facet is a value a result can be narrowed to.
type Facet struct {
	// ID is the value in the page's query string.
	ID string
	// Labels are the value's names per language of Input.Langs.
	Labels []string
	// Image is the root-relative placeholder image of a group.
	Image string
	// District is, for a showroom that offers its district's products
	// because no product names it, the district's index in
	// Input.Districts plus one; 0 otherwise. Results say so.
	District int
}

// Input is everything the index is built from.
type Input struct {
	// Langs are the site's language codes, the first being the default.
	Langs []string
	// Docs are the records in the order results tie in: by kind (products,
	// producers, sites), then by name.
	Docs []Doc
	// Sections are each kind's root-relative section folder per language:
	// Sections[Product] is ["san-pham/", "en/products/"].
	Sections [numKinds][]string
	// SearchPaths are the search page's root-relative folder per language.
	SearchPaths                          []string
	Groups, Districts, PKinds, Showrooms []Facet
	// Placeholder is the image of a record without one and without a
	// group; SitePlaceholder that of a tourism site.
	Placeholder, SitePlaceholder string
}

// variant is one toned spelling of a folded word with the docs it is
// found in, per field.
type variant struct {
	toned string
	lists [NumFields][]int32
}

// term is a folded word and its spellings.
type term struct {
	folded   string
	variants []*variant
}

// Index is the inverted index of an Input.
type Index struct {
	in      *Input
	n       int
	counts  [numKinds]int
	terms   map[string]*term
	bigrams map[string]*[Text][]int32
}

// Build indexes in. Docs must come in kind order. Large inputs are
// split into ranges of records indexed in parallel, then merged in order.
func Build(in *Input) (*Index, error) {
	x := &Index{in: in, n: len(in.Docs), terms: map[string]*term{}, bigrams: map[string]*[Text][]int32{}}
	prev := Kind(0)
	for i := range in.Docs {
		d := &in.Docs[i]
		if d.Kind < prev || d.Kind >= numKinds {
			return nil, fmt.Errorf("search: doc %d: kind %d out of order", i, d.Kind)
		}
		if len(d.Show) != len(in.Langs) {
			return nil, fmt.Errorf("search: doc %d: %d display languages, want %d", i, len(d.Show), len(in.Langs))
		}
		prev = d.Kind
		x.counts[d.Kind]++
	}
	return x.build(min(runtime.GOMAXPROCS(0), 8, max(1, len(in.Docs)/1000))), nil
}

// build indexes the records in parts ranges, in parallel.
func (x *Index) build(parts int) *Index {
	in := x.in
	idx := make([]*Index, parts)
	parallel.Workers(parts, parts, func(p int) {
		part := &Index{terms: map[string]*term{}, bigrams: map[string]*[Text][]int32{}}
		part.index(in.Docs, p*len(in.Docs)/parts, (p+1)*len(in.Docs)/parts)
		idx[p] = part
	})
	for _, part := range idx {
		x.merge(part)
	}
	for _, t := range x.terms {
		sort.Slice(t.variants, func(i, j int) bool { return t.variants[i].toned < t.variants[j].toned })
	}
	return x
}

// MaxWordRunes is the length, in runes, of the longest word indexed. No
// word of a name or description is that long; a longer run of letters
// (a code, or letters typed without spaces) is left out of the index,
// with the pairs it would be part of, so that no word costs more than a
// bounded amount to shard (see shardKeys) and the index stays linear in
// the size of the text.
const MaxWordRunes = 64

// indexable reports whether a folded word is at most MaxWordRunes runes.
func indexable(folded string) bool {
	return len(folded) <= MaxWordRunes || utf8.RuneCountInString(folded) <= MaxWordRunes
}

// index adds the records from to end of docs.
func (x *Index) index(docs []Doc, from, end int) {
	tz := &tokenizer{cache: map[string]Token{}}
	for i := from; i < end; i++ {
		d := &docs[i]
		id := int32(i)
		for f := Field(0); f < NumFields; f++ {
			for _, text := range d.Fields[f] {
				ts := tz.tokens(text)
				for j, t := range ts {
					if !indexable(t.Folded) {
						continue
					}
					x.add(t, f, id)
					if f < Text && j > 0 && indexable(ts[j-1].Folded) {
						k := ts[j-1].Folded + " " + t.Folded
						b := x.bigrams[k]
						if b == nil {
							b = new([Text][]int32)
							x.bigrams[k] = b
						}
						b[f] = appendID(b[f], id)
					}
				}
			}
		}
	}
}

// merge appends the lists of part, whose records all come after x's.
func (x *Index) merge(part *Index) {
	for f, pt := range part.terms {
		t := x.terms[f]
		if t == nil {
			x.terms[f] = pt
			continue
		}
		for _, pv := range pt.variants {
			v := t.variant(pv.toned)
			for i := range v.lists {
				v.lists[i] = append(v.lists[i], pv.lists[i]...)
			}
		}
	}
	for k, pb := range part.bigrams {
		b := x.bigrams[k]
		if b == nil {
			x.bigrams[k] = pb
			continue
		}
		for i := range b {
			b[i] = append(b[i], pb[i]...)
		}
	}
}

// variant returns the spelling toned of t, adding it when new.
func (t *term) variant(toned string) *variant {
	for _, v := range t.variants {
		if v.toned == toned {
			return v
		}
	}
	v := &variant{toned: toned}
	t.variants = append(t.variants, v)
	return v
}

func (x *Index) add(t Token, f Field, id int32) {
	tm := x.terms[t.Folded]
	if tm == nil {
		tm = &term{folded: t.Folded}
		x.terms[t.Folded] = tm
	}
	v := tm.variant(t.Toned)
	v.lists[f] = appendID(v.lists[f], id)
}

// appendID appends id to a sorted list unless it is already last.
func appendID(l []int32, id int32) []int32 {
	if n := len(l); n > 0 && l[n-1] == id {
		return l
	}
	return append(l, id)
}

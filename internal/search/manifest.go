package search

import (
	"encoding/json"
	"fmt"
	"strings"
)

// The numbers the theme's search scripts read and rank with, in one
// place: the digits of lists, the weight of each field and the points of
// each kind of match. The manifest carries them (Manifest.Alphabet and
// Manifest.Ranking); the scripts repeat none of them.

// Alphabet are the 64 digits of lists and numbers (and of the kiosks' QR
// codes, which the kiosks' data carries too).
const Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"

// Weights are the points a word found in each field is worth.
var Weights = [NumFields]int{20, 16, 12, 8, 8, 6, 2}

// Points of a match of each kind: an exact
// word, a completion of the last word as typed, a word one edit away. A
// toned query word that the matched spelling does not have loses one
// point; a pair of adjacent query words found adjacent adds
// PointsAdjacent (times the field's weight), as a word does.
const (
	PointsExact    = 10
	PointsPrefix   = 8
	PointsFuzzy    = 5
	PointsAdjacent = 5
)

// Manifest is the data of search/i.js: what the search needs before it
// loads any shard. Its fields are in the order of their JSON keys, so it
// encodes as a map with the same keys would.
type Manifest struct {
	// Alphabet are the digits of lists and packed facets (Alphabet).
	Alphabet string `json:"a,omitempty"`
	// Chunk is the number of records of a display chunk (ChunkSize).
	Chunk int `json:"c"`
	// Districts, Groups and PKinds name the facets records are packed with.
	Districts []FacetEntry `json:"d"`
	Groups    []FacetEntry `json:"g"`
	// Hash is the first 12 hex digits of the SHA-256 of every other file.
	Hash   string       `json:"h"`
	PKinds []FacetEntry `json:"k"`
	// Langs are the languages of the display chunks.
	Langs []string `json:"l"`
	// Counts are the numbers of records of each kind: products,
	// producers, sites.
	Counts []int `json:"n"`
	// Placeholders are the pictures of a product and of a site without
	// one.
	Placeholders []string `json:"ph"`
	// PackWidth is the number of digits of a record's packed facets, and
	// Radices the range of each facet, in packing order.
	PackWidth int   `json:"pw"`
	Radices   []int `json:"r"`
	// Ranking holds the numbers the search ranks with (Rank).
	Ranking   *Ranking     `json:"rk,omitempty"`
	Showrooms []FacetEntry `json:"s"`
	// Sections are the page folders of each kind, per language.
	Sections [][]string `json:"sec"`
	// SearchPaths are the search pages, per language.
	SearchPaths []string `json:"sp"`
	// TextKeys and WordKeys are the keys of the description and word
	// shards, in file order; TextBundles and WordBundles the two runes of
	// each bundle.
	TextKeys    []string `json:"t"`
	TextBundles []string `json:"tb"`
	// Version is the format of the index (Version).
	Version     int      `json:"v"`
	WordKeys    []string `json:"w"`
	WordBundles []string `json:"wb"`
}

// FacetEntry is one value of a facet: its ID, its label per language and
// an optional picture.
type FacetEntry struct {
	Image  string   `json:"i,omitempty"`
	ID     string   `json:"id"`
	Labels []string `json:"n"`
	// District is, for a showroom that offers its district's products
	// (no product names it), that district's number in Districts plus
	// one; 0 otherwise.
	District int `json:"o,omitempty"`
}

// FacetsFile is the data of search/f.js: every record's packed facets,
// every product's price, and each showroom's list of records.
type FacetsFile struct {
	Facets    string   `json:"f"`
	Prices    string   `json:"p"`
	Showrooms []string `json:"s"`
}

// Ranking is what the search ranks with: the points of each kind of
// match, the field of descriptions and the weight of each field.
type Ranking struct {
	Exact    int            `json:"e"`
	Fuzzy    int            `json:"f"`
	Adjacent int            `json:"j"`
	Prefix   int            `json:"p"`
	Text     Field          `json:"t"`
	Weights  [NumFields]int `json:"w"`
}

// Rank returns the ranking of this package's constants: the Points
// values, Text and Weights.
func Rank() Ranking {
	return Ranking{Exact: PointsExact, Fuzzy: PointsFuzzy, Adjacent: PointsAdjacent,
		Prefix: PointsPrefix, Text: Text, Weights: Weights}
}

// ReadScript reads one line of an index file, ocopSearch.add(typ, key,
// data), and returns its arguments, data undecoded.
func ReadScript(b []byte) (typ, key string, data json.RawMessage, err error) {
	s := strings.TrimSpace(string(b))
	if !strings.HasPrefix(s, "ocopSearch.add(") || !strings.HasSuffix(s, ");") {
		return "", "", nil, fmt.Errorf("not an ocopSearch.add call")
	}
	var args []json.RawMessage
	if err := json.Unmarshal([]byte("["+s[len("ocopSearch.add("):len(s)-2]+"]"), &args); err != nil {
		return "", "", nil, err
	}
	if len(args) != 3 {
		return "", "", nil, fmt.Errorf("%d arguments", len(args))
	}
	if err := json.Unmarshal(args[0], &typ); err != nil {
		return "", "", nil, err
	}
	if err := json.Unmarshal(args[1], &key); err != nil {
		return "", "", nil, err
	}
	return typ, key, args[2], nil
}

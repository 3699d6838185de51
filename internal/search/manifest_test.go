package search

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
)

// The typed files encode their keys in sorted order, as maps did, so that
// a field added in the wrong place cannot change the bytes of the index.
func TestManifestKeyOrder(t *testing.T) {
	rk := Rank()
	for _, v := range []any{
		Manifest{Alphabet: Alphabet, Ranking: &rk, Districts: []FacetEntry{{Image: "x", ID: "y"}}},
		FacetsFile{}, rk,
	} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		keys := topKeys(t, b)
		if !slices.IsSorted(keys) {
			t.Errorf("%T: keys %q are not sorted", v, keys)
		}
	}
	b, _ := json.Marshal(FacetEntry{Image: "x", ID: "y"})
	if keys := topKeys(t, b); !slices.IsSorted(keys) {
		t.Errorf("FacetEntry: keys %q are not sorted", keys)
	}
}

// topKeys returns the keys of the JSON object b, in order.
func topKeys(t *testing.T, b []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// Rank holds the constants the search ranks with.
func TestRank(t *testing.T) {
	rk := Rank()
	if rk.Text != Text || rk.Weights != Weights || rk.Exact != PointsExact || rk.Prefix != PointsPrefix ||
		rk.Fuzzy != PointsFuzzy || rk.Adjacent != PointsAdjacent {
		t.Errorf("Rank() = %+v", rk)
	}
}

package catalog

import (
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// nameCollator makes sort keys of names in Vietnamese alphabetical order,
// ignoring case: the one collation of record names. It is not safe for
// concurrent use.
type nameCollator struct {
	col *collate.Collator
	buf collate.Buffer
}

func newNameCollator() *nameCollator {
	return &nameCollator{col: collate.New(language.Vietnamese, collate.IgnoreCase)}
}

// key returns the sort key of name; keys compare as strings.
func (n *nameCollator) key(name string) string {
	k := string(n.col.KeyFromString(&n.buf, name))
	n.buf.Reset()
	return k
}

// SortByName sorts rs in place in Vietnamese alphabetical order of their
// names, ignoring case, ties broken by ID, so the order is total.
func SortByName[T Record](rs []T) {
	n := newNameCollator()
	type item struct {
		k, id string
		r     T
	}
	items := make([]item, len(rs))
	for i, r := range rs {
		h := r.RecordHead()
		items[i] = item{n.key(h.Name), h.ID, r}
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].k != items[j].k {
			return items[i].k < items[j].k
		}
		return items[i].id < items[j].id
	})
	for i := range items {
		rs[i] = items[i].r
	}
}

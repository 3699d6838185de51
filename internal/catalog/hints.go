package catalog

import "unicode/utf8"

// MaxHintWork bounds the work of the "did you mean" hints of one check,
// in pairs of characters compared. Finding the nearest ID compares a
// reference with every ID of its kind, so without a bound a catalog with
// many unknown references would be checked in time that grows with the
// square of its size; once the work is spent, an unknown reference is
// still reported, without a hint. A real catalog's hints take a tiny
// part of it.
const MaxHintWork = 20_000_000

// candidates are the names a hint is looked for among, with the total
// of their lengths in characters.
type candidates struct {
	names []string
	runes int
}

func newCandidates(names []string) *candidates {
	c := &candidates{names: names}
	for _, n := range names {
		c.runes += utf8.RuneCountInString(n)
	}
	return c
}

// hints lists the candidates of each kind of reference once per check
// and keeps the work spent on hints. The zero value is ready to use.
type hints struct {
	producers, showrooms, products *candidates
	work                           int
}

// producerIDs returns the IDs of c's producers.
func (h *hints) producerIDs(c *Catalog) *candidates {
	if h.producers == nil {
		h.producers = newCandidates(ids(c.Producers))
	}
	return h.producers
}

// showroomIDs returns the IDs of c's showrooms.
func (h *hints) showroomIDs(c *Catalog) *candidates {
	if h.showrooms == nil {
		h.showrooms = newCandidates(ids(c.Showrooms))
	}
	return h.showrooms
}

// productRefs returns the IDs and the slugs of c's products.
func (h *hints) productRefs(c *Catalog) *candidates {
	if h.products == nil {
		h.products = newCandidates(append(ids(c.Products), slugs(c.Products)...))
	}
	return h.products
}

// spend reports whether a search for word among cs fits in what is left
// of MaxHintWork, and counts its work when it does.
func (h *hints) spend(word string, cs *candidates) bool {
	cost := (utf8.RuneCountInString(word) + 1) * (cs.runes + len(cs.names))
	if h.work+cost > MaxHintWork {
		return false
	}
	h.work += cost
	return true
}

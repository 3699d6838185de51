package catalog

// Change says which pages an update of the catalog may have changed.
type Change struct {
	// Keys are the owner keys (Key, GroupKey, StarsKey, DistrictKey) of
	// every page that may differ: the pages Related names before the
	// update and after it.
	Keys []string
	// All says that every page may differ: the site config, the groups
	// or the geography changed.
	All bool
}

// Merge adds o to ch: its keys not already in ch, and All.
func (ch *Change) Merge(o Change) {
	ch.All = ch.All || o.All
	seen := make(map[string]bool, len(ch.Keys))
	for _, k := range ch.Keys {
		seen[k] = true
	}
	for _, k := range o.Keys {
		if !seen[k] {
			seen[k] = true
			ch.Keys = append(ch.Keys, k)
		}
	}
}

// Replace puts r, a record just read from its file, in the catalog in
// place of the record of its kind and ID, or adds it when there is none,
// and returns what may have changed. A product already in the catalog
// keeps its place (and its pointer: r's fields are copied into it) and
// only the lists that name it are linked again, so saving a product does
// not cost a Link of the whole catalog; any other record is linked with
// Link. The catalog must have been linked. r itself is not kept when it
// replaces a product: c.Record(kind, ID) returns the record in place.
func (c *Catalog) Replace(r Record) Change {
	h := r.RecordHead()
	k := r.RecordKind()
	delete(c.Broken.Records, Key(k, h.ID))
	old := c.Record(k, h.ID)
	var ch Change
	if old != nil {
		ch.Keys = c.Related(old)
	}
	if p, ok := r.(*Product); ok && old != nil {
		op := old.(*Product)
		links := op.Links
		*op = *p
		op.Links = Links{}
		relinkProduct(c, op, links)
		c.offered = nil
		ch.Merge(Change{Keys: c.Related(op)})
		return ch
	}
	if old != nil {
		c.drop(k, h.ID)
	}
	c.Add(r)
	c.Link()
	ch.Merge(Change{Keys: c.Related(r)})
	return ch
}

// Remove takes the record of kind k and the given ID out of the catalog
// (its file was deleted), links the catalog again and returns what may
// have changed. Removing a record that is not there changes nothing.
func (c *Catalog) Remove(k Kind, id string) Change {
	delete(c.Broken.Records, Key(k, id))
	old := c.Record(k, id)
	if old == nil {
		return Change{}
	}
	ch := Change{Keys: c.Related(old)}
	c.drop(k, id)
	c.Link()
	return ch
}

// drop takes the record of kind k with the given ID out of its list.
func (c *Catalog) drop(k Kind, id string) {
	switch k {
	case KindProduct:
		c.Products = dropID(c.Products, id)
	case KindProducer:
		c.Producers = dropID(c.Producers, id)
	case KindSite:
		c.Sites = dropID(c.Sites, id)
	case KindShowroom:
		c.Showrooms = dropID(c.Showrooms, id)
	case KindFair:
		c.Fairs = dropID(c.Fairs, id)
	}
}

// dropID returns rs without the record of the given ID, in place.
func dropID[T Record](rs []T, id string) []T {
	out := rs[:0]
	for _, r := range rs {
		if r.RecordHead().ID != id {
			out = append(out, r)
		}
	}
	clear(rs[len(out):])
	return out
}

// relinkProduct updates c after product p's fields were replaced in
// place (same ID) by a new reading, as Link would: p's slug and links,
// and the product lists of its old and new producer and showrooms. old
// are p's links before; the tourism sites that name p are unchanged,
// since they name it by ID.
func relinkProduct(c *Catalog, p *Product, old Links) {
	l := c.ResolveProduct(p)
	l.Sites = old.Sites
	for _, s := range old.Showrooms {
		s.Links.Products = without(s.Links.Products, p)
	}
	for _, s := range l.Showrooms {
		s.Links.Products = append(s.Links.Products, p)
	}
	// Stars and name order both lists; a product that moved must be put
	// back in its place.
	for _, s := range old.Showrooms {
		SortProducts(s.Links.Products, ByStars)
	}
	for _, s := range l.Showrooms {
		SortProducts(s.Links.Products, ByStars)
	}
	if old.Producer != nil {
		old.Producer.Links.Products = without(old.Producer.Links.Products, p)
	}
	if l.Producer != nil {
		l.Producer.Links.Products = append(l.Producer.Links.Products, p)
		SortProducts(l.Producer.Links.Products, ByName)
	}
	p.Links = l
}

// without returns ps without p, in place.
func without(ps []*Product, p *Product) []*Product {
	out := ps[:0]
	for _, q := range ps {
		if q != p {
			out = append(out, q)
		}
	}
	clear(ps[len(out):])
	return out
}

package catalog

import "reflect"

// Related returns the keys (see Key, GroupKey, StarsKey, DistrictKey) of
// every page that shows something of r in the current state of c: its
// own page, and the pages and lists that show it or its card. Computed
// once before an edit and once after, their union is what the edit
// affects, besides the pages every record is on.
func (c *Catalog) Related(r Record) []string {
	rel := related{c: c, seen: map[string]bool{}}
	rel.of(r)
	return rel.keys
}

// related collects the keys of Related without repeats.
type related struct {
	c         *Catalog
	seen      map[string]bool
	keys      []string
	districts map[string]*District
	// inDistrict are the products of each district, made on first use.
	inDistrict map[*District][]*Product
	// done are the products whose pages and cards are already added.
	done map[*Product]bool
}

func (rel *related) add(k string) {
	if !rel.seen[k] {
		rel.seen[k] = true
		rel.keys = append(rel.keys, k)
	}
}

func (rel *related) of(r Record) {
	switch v := r.(type) {
	case *Product:
		if rel.done[v] {
			return
		}
		if rel.done == nil {
			rel.done = map[*Product]bool{}
		}
		rel.done[v] = true
		rel.add(Key(KindProduct, v.ID))
		if v.Producer != "" {
			rel.add(Key(KindProducer, v.Producer))
		}
		if v.Links.Producer != nil {
			rel.add(Key(KindProducer, v.Links.Producer.ID))
		}
		for _, id := range v.Showrooms {
			rel.add(Key(KindShowroom, id))
			if s := rel.c.Showroom(id); s != nil {
				rel.offered(s)
			}
		}
		// A showroom that offers v lists it. Only when v is all it
		// offers can v's edit change the rule that decides what it
		// offers, and so the other products' pages and cards.
		for _, s := range rel.c.OfferedAt(v) {
			rel.add(Key(KindShowroom, s.ID))
			if len(rel.c.Offer(s).Products) <= 1 {
				rel.offered(s)
			}
		}
		for _, s := range v.Links.Sites {
			rel.add(Key(KindSite, s.ID))
		}
		if v.Links.Browse != nil {
			rel.add(GroupKey(v.Links.Browse.ID))
		}
		if v.Stars >= 1 && v.Stars <= 5 {
			rel.add(StarsKey(v.Stars))
		}
		if d := rel.district(v); d != nil {
			rel.add(DistrictKey(d.Slug))
		}
		// A fair selects by stars, group and district: any product
		// change may add it to a fair or take it out.
		for _, f := range rel.c.Fairs {
			rel.add(Key(KindFair, f.ID))
		}
	case *Producer:
		rel.add(Key(KindProducer, v.ID))
		for _, s := range v.Links.Sites {
			rel.add(Key(KindSite, s.ID))
		}
		// Its products' pages and cards name it.
		for _, p := range v.Links.Products {
			rel.of(p)
		}
	case *Site:
		rel.add(Key(KindSite, v.ID))
		for _, id := range v.Products {
			rel.add(Key(KindProduct, id))
		}
		for _, id := range v.Producers {
			rel.add(Key(KindProducer, id))
		}
	case *Showroom:
		rel.add(Key(KindShowroom, v.ID))
		for _, p := range v.Links.Products {
			rel.of(p)
		}
		rel.offered(v)
	case *Fair:
		rel.add(Key(KindFair, v.ID))
	}
}

// offered adds showroom s and the pages and lists of the products it
// offers (Catalog.Offer), whose pages and cards name it where to buy
// them: a product that
// starts or stops naming s, or a showroom added to a district, changes
// what s offers and so the pages of all of them.
//
// The products of s's district are added too, whatever the rule gives
// now: once no product names s it offers them (Keys are computed before
// an edit and after, and a product deleted is looked at only before).
func (rel *related) offered(s *Showroom) {
	rel.add(Key(KindShowroom, s.ID))
	for _, p := range rel.c.Offer(s).Products {
		rel.of(p)
	}
	if d := s.Links.District; d != nil {
		if rel.inDistrict == nil {
			rel.inDistrict = map[*District][]*Product{}
			for _, p := range rel.c.Products {
				if p.Links.District != nil {
					rel.inDistrict[p.Links.District] = append(rel.inDistrict[p.Links.District], p)
				}
			}
		}
		for _, p := range rel.inDistrict[d] {
			rel.of(p)
		}
	}
}

// district returns the district whose list page shows p: the district
// Link resolved, else the one named as written, matched by PlaceKey
// among Districts.
func (rel *related) district(p *Product) *District {
	if rel.districts == nil {
		rel.districts = map[string]*District{}
		for _, d := range rel.c.Districts() {
			rel.districts[PlaceKey(d.Name)] = d
		}
	}
	name := p.District
	if p.Links.District != nil {
		name = p.Links.District.Name
	}
	if name == "" {
		return nil
	}
	return rel.districts[PlaceKey(name)]
}

// Same reports whether a and b are the same kind of record with the same
// fields as read from their files; the links Link fills are ignored.
func Same(a, b Record) bool {
	switch a := a.(type) {
	case *Product:
		b, ok := b.(*Product)
		if !ok {
			return false
		}
		x, y := *a, *b
		x.Links, y.Links = Links{}, Links{}
		return reflect.DeepEqual(x, y)
	case *Producer:
		b, ok := b.(*Producer)
		if !ok {
			return false
		}
		x, y := *a, *b
		x.Links, y.Links = ProducerLinks{}, ProducerLinks{}
		return reflect.DeepEqual(x, y)
	case *Site:
		b, ok := b.(*Site)
		if !ok {
			return false
		}
		x, y := *a, *b
		x.Links, y.Links = SiteLinks{}, SiteLinks{}
		return reflect.DeepEqual(x, y)
	case *Showroom:
		b, ok := b.(*Showroom)
		if !ok {
			return false
		}
		x, y := *a, *b
		x.Links, y.Links = ShowroomLinks{}, ShowroomLinks{}
		return reflect.DeepEqual(x, y)
	case *Fair:
		b, ok := b.(*Fair)
		return ok && reflect.DeepEqual(*a, *b)
	}
	return false
}

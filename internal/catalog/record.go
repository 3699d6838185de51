package catalog

// Record is a record read from one file of content/: a *Product,
// *Producer, *Site, *Showroom or *Fair. Code outside this package asks a
// record for what it needs through these methods and the interfaces
// below, never by its concrete type.
type Record interface {
	// RecordKind returns the record's kind. (Not Kind: Producer and
	// Site have a field Kind.)
	RecordKind() Kind
	// RecordHead returns what every record shares: its Meta (ID, path,
	// body, keys, slug) and names.
	RecordHead() *Head
	// Where returns the place as the file names it and as Link resolved
	// it; nil, nil for a record without a place (a fair).
	Where() (*Location, *PlaceLinks)
	// Names returns the Vietnamese and English names.
	Names() (vi, en string)

	// sealed keeps records to the types of this package.
	sealed()
}

// Named is anything with a Vietnamese and an optional English name: a
// Record, a *BrowseGroup, a *Group or a *District.
type Named interface {
	Names() (vi, en string)
}

// Illustrated is a record with photos: a *Product or a *Site.
type Illustrated interface {
	Record
	// PhotoPaths returns the photo paths as written, relative to the
	// record's folder.
	PhotoPaths() []string
	// Category returns what a picture stands for when there is no
	// photo: a product's browse group (nil until Link, or when its
	// group is unknown), a site's kind as written.
	Category() (group *BrowseGroup, kind string)
}

// Described is a record with a short text of its own besides its body:
// a *Product or a *Site.
type Described interface {
	Record
	// Excerpt returns the summary written for cards, "" when none is
	// (the body's start is shown instead).
	Excerpt() string
	// EnglishText returns the short English description, "" when none.
	EnglishText() string
}

// RecordHead returns h itself; it makes the embedding type's Head
// reachable through Record.
func (h *Head) RecordHead() *Head { return h }

// Names returns the Vietnamese and English names.
func (h *Head) Names() (vi, en string) { return h.Name, h.NameEN }

// Names returns the Vietnamese and English names.
func (g *BrowseGroup) Names() (vi, en string) { return g.Name, g.NameEN }

// Names returns the Vietnamese and English names.
func (g *Group) Names() (vi, en string) { return g.Name, g.NameEN }

// Names returns the district's name and "": districts have no English
// name of their own.
func (d *District) Names() (vi, en string) { return d.Name, "" }

// RecordKind returns KindProduct.
func (*Product) RecordKind() Kind { return KindProduct }

// RecordKind returns KindProducer.
func (*Producer) RecordKind() Kind { return KindProducer }

// RecordKind returns KindSite.
func (*Site) RecordKind() Kind { return KindSite }

// RecordKind returns KindShowroom.
func (*Showroom) RecordKind() Kind { return KindShowroom }

// RecordKind returns KindFair.
func (*Fair) RecordKind() Kind { return KindFair }

// Where returns the product's place, as written and as resolved.
func (p *Product) Where() (*Location, *PlaceLinks) { return &p.Location, &p.Links.PlaceLinks }

// Where returns the producer's place, as written and as resolved.
func (p *Producer) Where() (*Location, *PlaceLinks) { return &p.Location, &p.Links.PlaceLinks }

// Where returns the site's place, as written and as resolved.
func (s *Site) Where() (*Location, *PlaceLinks) { return &s.Location, &s.Links.PlaceLinks }

// Where returns the showroom's place, as written and as resolved.
func (s *Showroom) Where() (*Location, *PlaceLinks) { return &s.Location, &s.Links.PlaceLinks }

// Where returns nil, nil: a fair's place is its Venue, in words.
func (*Fair) Where() (*Location, *PlaceLinks) { return nil, nil }

func (*Product) sealed()  {}
func (*Producer) sealed() {}
func (*Site) sealed()     {}
func (*Showroom) sealed() {}
func (*Fair) sealed()     {}

// PhotoPaths returns the product's Images.
func (p *Product) PhotoPaths() []string { return p.Images }

// PhotoPaths returns the site's Images.
func (s *Site) PhotoPaths() []string { return s.Images }

// Category returns the product's browse group and "".
func (p *Product) Category() (*BrowseGroup, string) { return p.Links.Browse, "" }

// Category returns nil and the site's Kind.
func (s *Site) Category() (*BrowseGroup, string) { return nil, s.Kind }

// Excerpt returns the product's Summary.
func (p *Product) Excerpt() string { return p.Summary }

// EnglishText returns the product's DescriptionEN.
func (p *Product) EnglishText() string { return p.DescriptionEN }

// Excerpt returns "": a site has no summary of its own.
func (*Site) Excerpt() string { return "" }

// EnglishText returns the site's DescriptionEN.
func (s *Site) EnglishText() string { return s.DescriptionEN }

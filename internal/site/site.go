// Package site prepares, once per build, what every output is made from:
// the linked catalog with the site's languages and UI strings, every
// record's rendered body and photos, and the theme's placeholders.
package site

import (
	"fmt"
	"io/fs"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/i18n"
	"github.com/namdinh-ocop/ocop/internal/markdown"
	"github.com/namdinh-ocop/ocop/internal/media"
	"github.com/namdinh-ocop/ocop/internal/parallel"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Options are the inputs of Prepare besides the catalog.
type Options struct {
	// Base is the parsed base URL every link is built under.
	Base urls.Base
	// Theme holds the theme files, already layered (see themes.Layered):
	// layouts/, assets/ and i18n/ at its root.
	Theme fs.FS
	// Content is the site's source root, from which images are read at
	// their catalog paths, such as "content/products/gao-tam/anh.jpg".
	Content fs.FS
	// Print says the build also writes the brochures.
	Print bool
}

// Site is what the outputs of one build are made from. Prepare makes it;
// while outputs run it is only read, by any number of goroutines.
type Site struct {
	// Catalog is the linked catalog.
	Catalog *catalog.Catalog
	// Base, Theme, Content and Print are those of Options.
	Base           urls.Base
	Theme, Content fs.FS
	Print          bool
	// Today is the catalog's day (catalog.Catalog.Today): the day every
	// product's status is decided on and the date brochures are printed
	// on.
	Today catalog.Date
	// Langs are the site's languages without repeats, Vietnamese alone
	// when none is configured.
	Langs []catalog.Language
	// Lists are the records grouped and sorted as the outputs list them.
	Lists *Lists

	district func(recorded string, d *catalog.District) int
	dicts    map[string]*i18n.Dict
	md       *markdown.Markdown
	med      *gallery
	pics     map[*catalog.Meta][]Picture
	bodies   map[*catalog.Meta]markdown.Body
	holder   placeholders
}

// Prepare reads the theme's UI strings and placeholders for c, which must
// be linked (catalog.Link), renders every record's Markdown body and
// resolves its photos, registering the files to copy beside its
// Vietnamese page. It works on every core and returns the first error in
// record order, wrapped with the page and record path.
func Prepare(c *catalog.Catalog, opt Options) (*Site, error) {
	if opt.Theme == nil {
		return nil, fmt.Errorf("site: no theme")
	}
	s := &Site{
		Catalog: c,
		Base:    opt.Base,
		Theme:   opt.Theme,
		Content: opt.Content,
		Today:   c.Today,
		Print:   opt.Print,
		Langs:   siteLangs(c.Config.Languages),
		md:      markdown.New(),
		med:     &gallery{lib: media.NewLibrary(opt.Content), base: opt.Base, copies: map[string]Copy{}},
		pics:    map[*catalog.Meta][]Picture{},
		bodies:  map[*catalog.Meta]markdown.Body{},
	}
	s.dicts = make(map[string]*i18n.Dict, len(s.Langs))
	for _, l := range s.Langs {
		d, err := i18n.Load(opt.Theme, "i18n", l.Code)
		if err != nil {
			return nil, fmt.Errorf("theme: %w", err)
		}
		s.dicts[l.Code] = d
	}
	s.holder = newPlaceholders(opt.Theme, opt.Base, c.Groups.Browse)
	if err := s.prepare(); err != nil {
		return nil, err
	}
	s.Reindex()
	return s, nil
}

// Reindex groups the catalog's records again (Lists, Doc, District),
// after records changed. It must not run while outputs do.
func (s *Site) Reindex() {
	s.Lists = newLists(s.Catalog)
	s.district = districtIndex(s.Catalog)
}

// Doc returns the search record number of r: its place in the search
// index, which holds the products (in Lists.All order), then the
// producers, then the tourism sites (in Lists order). The search index
// and the kiosks number records with it. It returns -1 for a record the
// index does not hold.
func (s *Site) Doc(r catalog.Record) int {
	if n, ok := s.Lists.docs[r]; ok {
		return n
	}
	return -1
}

// District returns the index in Catalog.Districts() of a record's
// district: of the resolved district d when not nil, else of the
// district named as recorded (compared by catalog.PlaceKey); -1 when
// neither is known. The search index and the kiosks number districts
// alike with it.
func (s *Site) District(recorded string, d *catalog.District) int {
	return s.district(recorded, d)
}

// Dict returns the UI strings of lang, and false for a language the site
// does not have.
func (s *Site) Dict(lang string) (*i18n.Dict, bool) {
	d, ok := s.dicts[lang]
	return d, ok
}

// Body returns the rendered Markdown body of the record with head m.
func (s *Site) Body(m *catalog.Meta) markdown.Body { return s.bodies[m] }

// Pictures returns the photos of the record with head m, in the order of
// its images field; none when it has no photos (never placeholders).
func (s *Site) Pictures(m *catalog.Meta) []Picture { return s.pics[m] }

// Photo returns the output path of the first photo of the record with
// head m, "" when it has none.
func (s *Site) Photo(m *catalog.Meta) string {
	if pics := s.pics[m]; len(pics) > 0 {
		return pics[0].Path
	}
	return ""
}

// Placeholder returns the theme's stand-in image for the browse group
// browseID: assets/placeholder-<id>.svg, or the generic
// assets/placeholder.svg when the theme has none for the group.
func (s *Site) Placeholder(browseID string) Picture { return s.holder.of(browseID) }

// siteLangs returns the site's languages without repeats; Vietnamese
// alone when none is configured.
func siteLangs(ls []catalog.Language) []catalog.Language {
	var out []catalog.Language
	seen := map[string]bool{}
	for _, l := range ls {
		if l.Code == "" || seen[l.Code] {
			continue
		}
		seen[l.Code] = true
		if l.Name == "" {
			l.Name = l.Code
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		out = []catalog.Language{{Code: "vi", Name: "Tiếng Việt"}}
	}
	return out
}

// prepare renders the Markdown body of every record and resolves its
// images, on every core.
func (s *Site) prepare() error {
	type rec struct {
		meta   *catalog.Meta
		kind   urls.Kind
		images []string
	}
	var recs []rec
	for _, ki := range catalog.Kinds() {
		for _, x := range s.Catalog.Records(ki.Kind) {
			var images []string
			if il, ok := x.(catalog.Illustrated); ok {
				images = il.PhotoPaths()
			}
			recs = append(recs, rec{&x.RecordHead().Meta, ki.URL, images})
		}
	}
	// Results land at their record's index, so the first error reported
	// is the same whatever the order.
	type prepared struct {
		pics []Picture
		body markdown.Body
		err  error
	}
	out := make([]prepared, len(recs))
	parallel.For(len(recs), func(i int) {
		x := recs[i]
		pics, body, err := s.record(x.meta, x.kind, x.images)
		out[i] = prepared{pics, body, err}
	})
	for i, x := range recs {
		if out[i].err != nil {
			return out[i].err
		}
		s.pics[x.meta] = out[i].pics
		s.bodies[x.meta] = out[i].body
	}
	return nil
}

// record resolves the photos and renders the body of one record; it is
// safe for concurrent use.
func (s *Site) record(m *catalog.Meta, kind urls.Kind, images []string) ([]Picture, markdown.Body, error) {
	dir := urls.Page(kind, "vi", m.Slug)
	pics, err := s.med.images(m, images, dir)
	if err != nil {
		return nil, markdown.Body{}, fmt.Errorf("%sindex.html: %s: %w", dir, m.Path, err)
	}
	b, err := s.md.Render(m.Body, s.med.bodyImage(m, dir))
	if err != nil {
		return nil, markdown.Body{}, fmt.Errorf("%sindex.html: %s: body: %w", dir, m.Path, err)
	}
	return pics, b, nil
}

// Forget drops what was prepared for the product p (its body, photos
// and copied files), before its fields are replaced in place. It must
// not run while outputs do.
func (s *Site) Forget(p *catalog.Product) {
	delete(s.pics, &p.Meta)
	delete(s.bodies, &p.Meta)
	s.med.drop(urls.Page(urls.Product, "vi", p.Slug))
}

// PrepareProduct renders product p's body and resolves its photos again
// after its fields were replaced in place and the catalog relinked, as
// Prepare does for every record. It must not run while outputs do.
func (s *Site) PrepareProduct(p *catalog.Product) error {
	pics, b, err := s.record(&p.Meta, urls.Product, p.Images)
	if err != nil {
		return err
	}
	s.pics[&p.Meta] = pics
	s.bodies[&p.Meta] = b
	return nil
}

package web

import (
	"html/template"
	"sync"
	"sync/atomic"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/i18n"
	"github.com/namdinh-ocop/ocop/internal/site"
)

// renderer holds everything pages are made from: the prepared site and
// the theme's templates. It is built once; while pages render in
// parallel it is only read.
type renderer struct {
	s     *site.Site
	c     *catalog.Catalog
	opt   Options
	langs []catalog.Language
	dicts map[string]*i18n.Dict
	// tmpl maps a language and a page template name to its template set.
	tmpl map[string]map[string]*template.Template
	// words are each product's search words for in-page filtering,
	// computed once since a card appears on many list pages.
	words map[*catalog.Product]string
	// cards caches each product card's HTML per language (a *sync.Map of
	// cardView to template.HTML): a card appears on many list pages, and
	// rendering it once is most of the saving at 10,000 products.
	cards map[string]*sync.Map
	// cardTmpl is, per language, a template set holding the "card"
	// template.
	cardTmpl map[string]*template.Template
	// sizes holds, per page layout, the size in bytes of its largest
	// page rendered so far (see sizeHint).
	sizes map[string]*atomic.Int64
}

// newRenderer prepares the site (site.Prepare: UI strings, every
// record's body and images), reads the theme's templates and groups the
// catalog.
func newRenderer(c *catalog.Catalog, opt Options) (*renderer, error) {
	s, err := site.Prepare(c, opt)
	if err != nil {
		return nil, err
	}
	return rendererOf(s, opt)
}

// rendererOf reads the theme's templates for the prepared site s and
// groups its catalog; opt must be the options s was prepared with.
func rendererOf(s *site.Site, opt Options) (*renderer, error) {
	c := s.Catalog
	r := &renderer{
		s:     s,
		c:     c,
		opt:   opt,
		langs: s.Langs,
		dicts: map[string]*i18n.Dict{},
		cards: map[string]*sync.Map{},
		words: make(map[*catalog.Product]string, len(c.Products)),
	}
	for _, l := range r.langs {
		r.dicts[l.Code], _ = s.Dict(l.Code)
	}
	for _, p := range c.Products {
		r.words[p] = searchWords(p)
	}
	if err := r.parseTemplates(); err != nil {
		return nil, err
	}
	return r, nil
}

// dict returns the UI strings of lang, none for a language the site does
// not have (every string is then reported missing, by its file).
func (r *renderer) dict(lang string) *i18n.Dict {
	if d, ok := r.dicts[lang]; ok {
		return d
	}
	d, _ := i18n.Parse("i18n/"+lang+".yaml", "")
	return d
}

// lctx returns the renderer seen from pages in lang.
func (r *renderer) lctx(lang string) *lctx {
	return &lctx{r: r, lang: lang, in: site.NewLang(lang, r.dict(lang))}
}

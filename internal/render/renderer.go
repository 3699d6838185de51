package render

import (
	"fmt"
	"html/template"
	"io/fs"
	"sync"
	"sync/atomic"

	"github.com/namdinh-ocop/ocop/internal/parallel"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/i18n"
	"github.com/namdinh-ocop/ocop/internal/markdown"
	"github.com/namdinh-ocop/ocop/internal/media"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// renderer holds everything pages are made from. It is built once; while
// pages render in parallel it is only read.
type renderer struct {
	c     *catalog.Catalog
	opt   Options
	langs []catalog.Language
	dicts map[string]*i18n.Dict
	// tmpl maps a language and a page template name to its template set.
	tmpl map[string]map[string]*template.Template
	x    *index
	md   *markdown.Markdown
	med  *gallery
	// pics and bodies are each record's photos and rendered body.
	pics   map[*catalog.Meta][]picture
	bodies map[*catalog.Meta]markdown.Body
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
	sizes  map[string]*atomic.Int64
	holder placeholders
}

// newRenderer reads the theme's templates and UI strings, groups the
// catalog and renders every record's body and resolves its images.
func newRenderer(c *catalog.Catalog, opt Options) (*renderer, error) {
	if opt.Theme == nil {
		return nil, fmt.Errorf("render: no theme")
	}
	r := &renderer{
		c:      c,
		opt:    opt,
		langs:  siteLangs(c.Config.Languages),
		md:     markdown.New(),
		med:    &gallery{lib: media.NewLibrary(opt.Content), base: opt.Base, copies: map[string]copyFile{}},
		pics:   map[*catalog.Meta][]picture{},
		bodies: map[*catalog.Meta]markdown.Body{},
		cards:  map[string]*sync.Map{},
	}
	codes := make([]string, len(r.langs))
	for i, l := range r.langs {
		codes[i] = l.Code
	}
	var err error
	if r.dicts, err = loadDicts(opt.Theme, codes); err != nil {
		return nil, err
	}
	if err := r.parseTemplates(); err != nil {
		return nil, err
	}
	r.x = newIndex(c)
	r.holder = newPlaceholders(opt.Theme, opt.Base, c.Groups.Browse)
	if err := r.prepare(); err != nil {
		return nil, err
	}
	return r, nil
}

// loadDicts reads i18n/<lang>.yaml of the theme for every language.
func loadDicts(theme fs.FS, langs []string) (map[string]*i18n.Dict, error) {
	ds := make(map[string]*i18n.Dict, len(langs))
	for _, lang := range langs {
		d, err := i18n.Load(theme, "i18n", lang)
		if err != nil {
			return nil, fmt.Errorf("theme: %w", err)
		}
		ds[lang] = d
	}
	return ds, nil
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
// images, registering the files to copy beside its Vietnamese page. It
// works on every core.
func (r *renderer) prepare() error {
	type rec struct {
		meta   *catalog.Meta
		kind   urls.Kind
		images []string
	}
	var recs []rec
	r.words = make(map[*catalog.Product]string, len(r.c.Products))
	for _, p := range r.c.Products {
		r.words[p] = searchWords(p)
	}
	for _, ki := range catalog.Kinds() {
		for _, x := range r.c.Records(ki.Kind) {
			var images []string
			if il, ok := x.(catalog.Illustrated); ok {
				images = il.PhotoPaths()
			}
			recs = append(recs, rec{&x.RecordHead().Meta, ki.URL, images})
		}
	}
	// Records are prepared on every core; results land at their record's
	// index, so the first error reported is the same whatever the order.
	type prepared struct {
		pics []picture
		body markdown.Body
		err  error
	}
	out := make([]prepared, len(recs))
	parallel.For(len(recs), func(i int) {
		x := recs[i]
		dir := urls.Page(x.kind, "vi", x.meta.Slug)
		pics, err := r.med.images(x.meta, x.images, dir)
		if err != nil {
			out[i].err = fmt.Errorf("%sindex.html: %s: %w", dir, x.meta.Path, err)
			return
		}
		b, err := r.md.Render(x.meta.Body, r.med.bodyImage(x.meta, dir))
		if err != nil {
			out[i].err = fmt.Errorf("%sindex.html: %s: body: %w", dir, x.meta.Path, err)
			return
		}
		out[i] = prepared{pics: pics, body: b}
	})
	for i, x := range recs {
		if out[i].err != nil {
			return out[i].err
		}
		r.pics[x.meta] = out[i].pics
		r.bodies[x.meta] = out[i].body
	}
	return nil
}

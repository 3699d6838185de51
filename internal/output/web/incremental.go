package web

import (
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// This file is the API of incremental rebuilds, for a development server
// (package serve) that keeps the site in memory and re-renders only what
// an edit affects. Everything here makes the files a build makes, byte
// for byte.
//
// Every page and copied file is owned by a dependency key (catalog.Key,
// GroupKey, StarsKey, DistrictKey; see Deps):
//
//	product/<id>  producer/<id>  site/<id>  showroom/<id>  fair/<id>
//	group/<browse group id>  stars/<n>  district/<district slug>
//
// a record's own page (in every language) and the photos copied beside
// it are owned by the record's key, and the list page of a browse group,
// star rating or district by its list key. Every other file (home,
// section indexes, the all-products and search pages, sitemap.xml,
// robots.txt, the search index) is shared: "" owns it, and it is
// re-rendered on every rebuild. Theme assets are owned by AssetOwner.

// AssetOwner owns the theme's asset files: they change only when the
// theme does.
const AssetOwner = "asset"

// Incremental is a renderer kept across edits. It is not safe for
// concurrent use, except that the Make functions of the jobs it returns
// may run in parallel with each other (not with its methods).
type Incremental struct {
	r *renderer
}

// NewIncremental prepares the rendering of c (linked and valid) as a build
// does: it reads the theme, renders every record's body and resolves its
// images.
func NewIncremental(c *catalog.Catalog, opt Options) (*Incremental, error) {
	r, err := newRenderer(c, opt)
	if err != nil {
		return nil, err
	}
	return &Incremental{r: r}, nil
}

// Site returns the prepared site the pages are made from, which the
// other outputs of a build are planned from too.
func (in *Incremental) Site() *site.Site { return in.r.s }

// Catalog returns the catalog being rendered.
func (in *Incremental) Catalog() *catalog.Catalog { return in.r.c }

// Plan lists every file of the site with their owners: those of Web,
// then those of after (the other outputs of a build, in its order), as a
// build makes them. The files of after are shared (owner "").
func (in *Incremental) Plan(after ...output.Output) ([]output.Job, error) {
	jobs, err := in.r.plan(after...)
	if err != nil {
		return nil, err
	}
	owners := in.owners()
	out := make([]output.Job, len(jobs))
	for i, j := range jobs {
		o := output.Job{Out: j.out, Owner: owners[j.out], Page: j.page, Make: j.make}
		if cf, ok := in.r.s.CopyAt(j.out); ok {
			o.Src = cf.Src
			o.Owner = in.copyOwner(j.out, owners)
		} else if j.asset {
			o.Owner = AssetOwner
		}
		out[i] = o
	}
	return out, nil
}

// ProductJobs returns the jobs of a product's own pages, in every
// language, and of the photos copied beside them: what an edit of the
// product shows first.
func (in *Incremental) ProductJobs(p *catalog.Product) []output.Job {
	r := in.r
	s := r.productSpec(p)
	key := catalog.Key(catalog.KindProduct, p.ID)
	var jobs []output.Job
	for _, l := range r.specLangs(s) {
		jobs = append(jobs, output.Job{Out: s.path(l.Code) + "index.html", Owner: key, Make: func() ([]byte, error) {
			return r.render(s, l.Code)
		}})
	}
	dir := urls.Page(urls.Product, "vi", p.Slug)
	for _, cf := range r.s.Copies() {
		if strings.HasPrefix(cf.Out, dir) {
			jobs = append(jobs, output.Job{Out: cf.Out, Owner: key, Src: cf.Src, Make: func() ([]byte, error) {
				return r.s.Publish(cf)
			}})
		}
	}
	return jobs
}

// Deps returns the keys of every page that shows something of rec in
// the current state of the catalog (see catalog.Catalog.Related).
func (in *Incremental) Deps(rec catalog.Record) []string {
	return in.r.c.Related(rec)
}

// owners maps the output path of every record page and list page to its
// key.
func (in *Incremental) owners() map[string]string {
	r := in.r
	c := r.c
	m := map[string]string{}
	page := func(k urls.Kind, slug, key string) {
		for _, l := range r.langs {
			m[urls.Page(k, l.Code, slug)+"index.html"] = key
		}
	}
	for _, ki := range catalog.Kinds() {
		for _, rec := range c.Records(ki.Kind) {
			h := rec.RecordHead()
			page(ki.URL, h.Slug, catalog.Key(ki.Kind, h.ID))
		}
	}
	for i := range c.Groups.Browse {
		g := &c.Groups.Browse[i]
		page(urls.Group, g.Slug, catalog.GroupKey(g.ID))
	}
	for _, d := range c.Districts() {
		page(urls.District, d.Slug, catalog.DistrictKey(d.Slug))
	}
	for n := 1; n <= 5; n++ {
		for _, l := range r.langs {
			m[starsPath(l.Code, n)+"index.html"] = catalog.StarsKey(n)
		}
	}
	return m
}

// copyOwner returns the key of the record whose page folder (a page of
// owners) a copied photo is in, "" when none is.
func (in *Incremental) copyOwner(out string, owners map[string]string) string {
	for i := len(out) - 1; i > 0; i-- {
		if out[i] == '/' {
			if k, ok := owners[out[:i+1]+"index.html"]; ok {
				return k
			}
		}
	}
	return ""
}

// Forget drops what was prepared for product p (its body, photos, search
// words and cached cards), before its fields are replaced in place.
func (in *Incremental) Forget(p *catalog.Product) {
	in.r.s.Forget(p)
	delete(in.r.words, p)
	in.dropCards(p)
}

// Prepare renders product p's body and resolves its photos again after
// its fields were replaced in place and the catalog relinked, as
// NewIncremental does for every record. Reindex must follow before Plan.
func (in *Incremental) Prepare(p *catalog.Product) error {
	in.r.words[p] = searchWords(p)
	return in.r.s.PrepareProduct(p)
}

// Reindex groups the catalog's records again for the list pages, after
// records changed.
func (in *Incremental) Reindex() {
	in.r.s.Reindex()
}

// dropCards removes the cached cards of p, in every language and with
// and without its producer.
func (in *Incremental) dropCards(p *catalog.Product) {
	for _, m := range in.r.cards {
		for _, producer := range []bool{false, true} {
			for _, eager := range []bool{false, true} {
				m.Delete(fragmentKey{"card", cardView{p, producer, eager}})
			}
		}
	}
}

package web

import (
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/format"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// homeData is the home page's data.
type homeData struct {
	Featured []*catalog.Product
	Facets   site.Facets
	Products int
	Sites    []*catalog.Site
	// Showrooms and Fairs are listed in full; the catalog has few.
	Showrooms []*catalog.Showroom
	Fairs     []*catalog.Fair
	Producers int
	// Reported is the province's latest reported total of OCOP
	// products (content/programme.yaml), nil when there is none; the
	// home page sets Products against it, linking to the programme page.
	Reported *totalView
}

// listData is the data of a list of products.
type listData struct {
	Products []*catalog.Product
	// Facets is set on the all-products page, which links to every list
	// page and has the in-page filter form.
	Facets *site.Facets
	// Group, District and Stars say what the list is of.
	Group    *catalog.BrowseGroup
	District *catalog.District
	Stars    int
}

// fairData is a fair's page data.
type fairData struct {
	Fair     *catalog.Fair
	Products []*catalog.Product
	MinStars int
}

// specs returns every page of the site.
func (r *renderer) specs() []*spec {
	c, x := r.c, r.s.Lists
	var ss []*spec
	add := func(s *spec) { ss = append(ss, s) }

	add(&spec{tmpl: "home", path: fixed(""), build: func(l *lctx, p *page) error {
		p.Title = p.SiteTitle
		desc, err := l.t("home_intro")
		if err != nil {
			return err
		}
		if l.lang == "vi" && c.Config.Description != "" {
			desc = c.Config.Description
		}
		p.Description = desc
		p.Data = homeData{
			Featured: x.Featured, Facets: x.Facets(c, true), Products: len(x.All),
			Sites: x.Sites, Showrooms: x.Showrooms, Fairs: x.Fairs, Producers: len(x.Producers),
		}
		if ts := c.Programme.Totals; len(ts) > 0 && c.Programme.Path != "" {
			tv := l.totalView(ts[len(ts)-1])
			d := p.Data.(homeData)
			d.Reported = &tv
			p.Data = d
		}
		return nil
	}})
	add(&spec{tmpl: "404", path: fixed(""), out: "404.html", onlyFirst: true, build: func(l *lctx, p *page) error {
		p.NoIndex = true
		p.Alternates = nil
		var others []string
		for _, o := range r.langs[1:] {
			others = append(others, o.Code)
		}
		p.Data = others
		var err error
		p.Title, err = l.t("not_found_title")
		return err
	}})

	// Products.
	add(r.listSpec(listPath(urls.Product), "all_products_title", func(d *listData) {
		f := x.Facets(c, true)
		d.Products, d.Facets = x.All, &f
	}))
	for _, pr := range c.Products {
		add(r.productSpec(pr))
	}
	for i := range c.Groups.Browse {
		g := &c.Groups.Browse[i]
		add(r.listSpec(kindPath(urls.Group, g.Slug), "", func(d *listData) {
			d.Products, d.Group = x.ByBrowse[g.ID], g
		}))
	}
	for n := 5; n >= 1; n-- {
		if len(x.ByStars[n]) == 0 {
			continue
		}
		add(r.listSpec(func(lang string) string { return starsPath(lang, n) }, "", func(d *listData) {
			d.Products, d.Stars = x.ByStars[n], n
		}))
	}
	for _, dt := range c.Districts() {
		add(r.listSpec(kindPath(urls.District, dt.Slug), "", func(d *listData) {
			d.Products, d.District = x.ByDistrict[dt.Slug], dt
		}))
	}
	add(r.indexSpec("groups", "products", urls.Group, "groups_title", func() any { return x.Facets(c, false).Groups }))
	add(r.indexSpec("ratings", "products", urls.Stars, "ratings_title", func() any { return x.Facets(c, false).Stars }))
	add(r.indexSpec("districts", "products", urls.District, "districts_title", func() any { return x.Facets(c, false).Districts }))

	// Other records.
	add(r.indexSpec("producers", "producers", urls.Producer, "producers_title", func() any { return x.Producers }))
	for _, pr := range c.Producers {
		add(r.recordSpec("producer", "producers", urls.Producer, "producers_title", pr, pr.Slug, nil))
	}
	add(r.indexSpec("sites", "sites", urls.Site, "sites_title", func() any { return x.Sites }))
	for _, s := range c.Sites {
		add(r.recordSpec("site", "sites", urls.Site, "sites_title", s, s.Slug, nil))
	}
	add(r.indexSpec("showrooms", "showrooms", urls.Showroom, "showrooms_title", func() any { return x.Showrooms }))
	for _, s := range c.Showrooms {
		add(r.recordSpec("showroom", "showrooms", urls.Showroom, "showrooms_title", s, s.Slug, nil))
	}
	add(r.indexSpec("fairs", "fairs", urls.Fair, "fairs_title", func() any { return x.Fairs }))
	for _, f := range c.Fairs {
		data := fairData{Fair: f, Products: c.FairProducts(f), MinStars: f.MinStars()}
		add(r.recordSpec("fair", "fairs", urls.Fair, "fairs_title", f, f.Slug, data))
	}
	if s := r.programmeSpec(); s != nil {
		add(s)
	}
	return ss
}

// crumbs starts a breadcrumb trail at the home page, followed by the
// index of section k when titleKey is set.
func (l *lctx) crumbs(k urls.Kind, titleKey string) ([]crumb, error) {
	home, err := l.t("home")
	if err != nil {
		return nil, err
	}
	cs := []crumb{{Name: home, Path: urls.Lang(l.lang)}}
	if titleKey != "" {
		t, err := l.t(titleKey)
		if err != nil {
			return nil, err
		}
		cs = append(cs, crumb{Name: t, Path: urls.List(k, l.lang)})
	}
	return cs, nil
}

// indexSpec is a section's index page, listing items().
func (r *renderer) indexSpec(tmpl, section string, k urls.Kind, titleKey string, items func() any) *spec {
	return &spec{tmpl: tmpl, section: section, path: listPath(k), build: func(l *lctx, p *page) error {
		var err error
		if p.Title, err = l.t(titleKey); err != nil {
			return err
		}
		if p.Description, err = l.t(titleKey + "_desc"); err != nil {
			return err
		}
		if p.Crumbs, err = l.crumbs(k, ""); err != nil {
			return err
		}
		p.Data = items()
		return nil
	}}
}

// recordSpec is the page of a producer, tourism site, showroom or fair.
// data is the page's data, the record itself when nil.
func (r *renderer) recordSpec(tmpl, section string, k urls.Kind, titleKey string, rec catalog.Record, slug string, data any) *spec {
	return &spec{tmpl: tmpl, section: section, path: kindPath(k, slug), build: func(l *lctx, p *page) error {
		var err error
		if p.Title, err = l.name(rec); err != nil {
			return err
		}
		if p.TitleLang, err = l.nameLang(rec); err != nil {
			return err
		}
		if p.Description, err = r.summary(rec); err != nil {
			return err
		}
		if p.Description == "" {
			p.Description = p.Title
		}
		if p.Crumbs, err = l.crumbs(k, titleKey); err != nil {
			return err
		}
		if d, ok := rec.(catalog.Described); ok && l.lang == "en" && d.EnglishText() != "" {
			p.Description = format.Excerpt(d.EnglishText(), summaryLen)
		}
		if il, ok := rec.(catalog.Illustrated); ok {
			if pics := r.s.Pictures(&il.RecordHead().Meta); len(pics) > 0 {
				p.Image = pics[0].Path
			}
		}
		p.Data = rec
		if data != nil {
			p.Data = data
		}
		return nil
	}}
}

// listSpec is a list of products: all of them (titleKey set), or those of
// the browse group, star rating or district fill sets.
func (r *renderer) listSpec(path func(string) string, titleKey string, fill func(*listData)) *spec {
	return &spec{tmpl: "products", section: "products", path: path, build: func(l *lctx, p *page) error {
		d := &listData{}
		fill(d)
		var err error
		var parent urls.Kind
		parentKey := ""
		switch {
		case titleKey != "":
			p.Title, err = l.t(titleKey)
			p.Script = true
		case d.Group != nil:
			p.Title, err = l.name(d.Group)
			parent, parentKey = urls.Group, "groups_title"
		case d.District != nil:
			p.Title = site.UnitLabel(l.lang, d.District.Name)
			parent, parentKey = urls.District, "districts_title"
		default:
			p.Title, err = l.t("stars_title", d.Stars)
			parent, parentKey = urls.Stars, "ratings_title"
		}
		if err != nil {
			return err
		}
		n, err := l.tn("products_count", len(d.Products))
		if err != nil {
			return err
		}
		p.Description = p.Title + " – " + n
		if p.Crumbs, err = l.crumbs(parent, parentKey); err != nil {
			return err
		}
		p.Data = d
		return nil
	}}
}

// productSpec is a product's page.
func (r *renderer) productSpec(pr *catalog.Product) *spec {
	return &spec{tmpl: "product", section: "products", path: kindPath(urls.Product, pr.Slug), build: func(l *lctx, p *page) error {
		var err error
		if p.Title, err = l.name(pr); err != nil {
			return err
		}
		if p.TitleLang, err = l.nameLang(pr); err != nil {
			return err
		}
		p.Description, _ = r.summary(pr)
		if l.lang == "en" && pr.DescriptionEN != "" {
			p.Description = format.Excerpt(pr.DescriptionEN, summaryLen)
		}
		if p.Description == "" {
			p.Description = p.Title
		}
		if !r.c.Status(pr).OCOP() {
			return r.notCertified(l, pr, p)
		}
		if p.Crumbs, err = l.crumbs(urls.Product, "products_title"); err != nil {
			return err
		}
		if g := pr.Links.Browse; g != nil {
			name, err := l.name(g)
			if err != nil {
				return err
			}
			p.Crumbs = append(p.Crumbs, crumb{Name: name, Path: urls.Page(urls.Group, l.lang, g.Slug)})
		}
		return r.productPage(l, pr, p)
	}}
}

// notCertified fills the page of a product that is not certified, which
// nothing lists but its producer's page: its title and description say
// it is not an OCOP product, and its breadcrumbs lead to its producer,
// not to the list of OCOP products.
func (r *renderer) notCertified(l *lctx, pr *catalog.Product, p *page) error {
	var err error
	if p.TitleNote, err = l.t("status_not_certified"); err != nil {
		return err
	}
	p.Description = p.TitleNote + ". " + p.Description
	if p.Crumbs, err = l.crumbs(urls.Producer, "producers_title"); err != nil {
		return err
	}
	if pd := pr.Links.Producer; pd != nil {
		name, err := l.name(pd)
		if err != nil {
			return err
		}
		p.Crumbs = append(p.Crumbs, crumb{Name: name, Path: urls.Page(urls.Producer, l.lang, pd.Slug)})
	}
	return r.productPage(l, pr, p)
}

// productPage fills what every product page has besides its title,
// description and breadcrumbs: its image, structured data and record.
func (r *renderer) productPage(l *lctx, pr *catalog.Product, p *page) error {
	if pics := r.s.Pictures(&pr.Meta); len(pics) > 0 {
		p.Image = pics[0].Path
	}
	var err error
	if p.JSONLD, err = l.productLD(pr, p); err != nil {
		return err
	}
	p.Data = pr
	return nil
}

package web

import (
	"regexp"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// searchPath is the search page's root-relative folder: tim-kiem/ in
// Vietnamese, en/search/ in English.
func searchPath(lang string) string {
	if lang == "" || lang == "vi" {
		return urls.Lang(lang) + "tim-kiem/"
	}
	return urls.Lang(lang) + "search/"
}

// searchHref is the link to the search page in the page's language, for
// the search box of every page.
func (l *lctx) searchHref() string { return l.r.opt.Base.Rel(searchPath(l.lang)) }

// searchData is the search page's data.
type searchData struct {
	// Root leads from the page's folder to the site root ("../"), so that
	// the page finds its stylesheet and script when opened from disk.
	Root   string
	Facets site.Facets
	// Kinds are the producer kinds to filter by; Showrooms the showrooms.
	Kinds     []searchKind
	Showrooms []*catalog.Showroom
}

// searchKind is a producer kind: its ID in the query string and its
// name as recorded ("HTX").
type searchKind struct{ ID, Name string }

// searchSpec is the search page. Results are made in the browser from
// the index that searchJobs writes; without JavaScript the page offers
// the browse links of the all-products page.
func (r *renderer) searchSpec() *spec {
	return &spec{tmpl: "search", section: "search", path: searchPath, build: func(l *lctx, p *page) error {
		var err error
		if p.Title, err = l.t("search_title"); err != nil {
			return err
		}
		if p.Description, err = l.t("search_desc"); err != nil {
			return err
		}
		if p.Crumbs, err = l.crumbs(urls.Product, ""); err != nil {
			return err
		}
		d := searchData{
			Root:      strings.Repeat("../", strings.Count(p.Path, "/")),
			Facets:    r.s.Lists.Facets(r.c, true),
			Showrooms: r.s.Lists.Showrooms,
		}
		for _, k := range catalog.ProducerKinds {
			d.Kinds = append(d.Kinds, searchKind{ID: urls.Slug(k), Name: k})
		}
		p.Data = d
		return nil
	}}
}

// searchJobs indexes the catalog and appends a job per index file to
// jobs; it also returns the index files.
func (r *renderer) searchJobs(jobs []job) ([]job, []search.File, error) {
	x, err := search.Build(r.searchInput())
	if err != nil {
		return nil, nil, err
	}
	files, err := x.Write(search.Options{})
	if err != nil {
		return nil, nil, err
	}
	for _, f := range files {
		jobs = append(jobs, job{out: f.Path, make: func() ([]byte, error) { return f.Data, nil }})
	}
	return jobs, files, nil
}

// searchInput gathers the records to index: products, producers and
// tourism sites, each by name, with what a result shows in every
// language.
func (r *renderer) searchInput() *search.Input {
	c, x := r.c, r.s.Lists
	in := &search.Input{}
	ls := make([]*lctx, len(r.langs))
	for i, l := range r.langs {
		in.Langs = append(in.Langs, l.Code)
		ls[i] = r.lctx(l.Code)
	}
	labels := func(f func(l *lctx) string) []string {
		out := make([]string, len(ls))
		for i, l := range ls {
			out[i] = f(l)
		}
		return out
	}
	for k, kind := range []urls.Kind{urls.Product, urls.Producer, urls.Site} {
		in.Sections[k] = labels(func(l *lctx) string { return urls.List(kind, l.lang) })
	}
	in.SearchPaths = labels(func(l *lctx) string { return searchPath(l.lang) })
	in.Placeholder = r.s.Placeholder("").Path
	in.SitePlaceholder = r.s.Placeholder("du-lich").Path

	groupIdx := map[string]int{}
	for i := range c.Groups.Browse {
		g := &c.Groups.Browse[i]
		groupIdx[g.ID] = i
		in.Groups = append(in.Groups, search.Facet{ID: g.Slug, Image: r.s.Placeholder(g.ID).Path,
			Labels: labels(func(l *lctx) string { n, _ := l.name(g); return n })})
	}
	for _, d := range c.Districts() {
		in.Districts = append(in.Districts, search.Facet{ID: d.Slug,
			Labels: labels(func(l *lctx) string { return l.in.UnitLabel(d.Name) })})
	}
	kindIdx := map[string]int{}
	for i, k := range catalog.ProducerKinds {
		kindIdx[search.Fold(k)] = i
		in.PKinds = append(in.PKinds, search.Facet{ID: urls.Slug(k), Labels: labels(func(l *lctx) string { return l.kind(k) })})
	}
	showIdx := map[*catalog.Showroom]int{}
	for i, s := range x.Showrooms {
		showIdx[s] = i
		in.Showrooms = append(in.Showrooms, search.Facet{ID: s.Slug, Labels: labels(func(l *lctx) string { n, _ := l.name(s); return n })})
	}
	district := r.s.District
	pkind := func(p *catalog.Producer) int {
		if p == nil {
			return -1
		}
		if i, ok := kindIdx[search.Fold(p.Kind)]; ok {
			return i
		}
		return -1
	}
	show := func(v any, m *catalog.Meta, sub func(l *lctx) string) []search.Show {
		out := make([]search.Show, len(ls))
		for i, l := range ls {
			name, _ := l.name(v)
			vi, _ := l.nameLang(v)
			out[i] = search.Show{Name: name, NameVI: vi == "vi", Slug: m.Slug, Image: r.s.Photo(m)}
			if sub != nil {
				out[i].Sub = sub(l)
			}
		}
		return out
	}
	kindWords := func(k string) []string {
		if k == "" {
			return nil
		}
		ws := []string{k}
		for _, l := range ls {
			ws = append(ws, l.kind(k))
		}
		return ws
	}

	for _, p := range x.All {
		d := search.Doc{Kind: search.Product, Group: -1, Stars: p.Stars, Price: p.Price,
			District: district(p.District, p.Links.District), PKind: pkind(p.Links.Producer)}
		d.Fields[search.Name] = []string{p.Name}
		d.Fields[search.NameEN] = []string{p.NameEN}
		if pr := p.Links.Producer; pr != nil {
			d.Fields[search.Producer] = []string{pr.Name, pr.NameEN}
		}
		d.Fields[search.Place] = placeWords(p.District, p.Commune, "", p.Links.District, p.Links.Unit, p.Links.Present)
		if g := p.Links.Browse; g != nil {
			d.Group = groupIdx[g.ID]
			d.Fields[search.Group] = []string{g.Name, g.NameEN}
		}
		if g := p.Links.Group; g != nil {
			d.Fields[search.Group] = append(d.Fields[search.Group], g.Name, g.NameEN)
		}
		d.Fields[search.Tags] = p.Tags
		d.Fields[search.Text] = []string{p.Summary, p.DescriptionEN, plainBody(p.Body)}
		for _, s := range p.Links.Showrooms {
			d.Showrooms = append(d.Showrooms, showIdx[s])
		}
		d.Show = show(p, &p.Meta, func(l *lctx) string {
			if pr := p.Links.Producer; pr != nil {
				n, _ := l.name(pr)
				return n
			}
			return ""
		})
		in.Docs = append(in.Docs, d)
	}
	for _, p := range x.Producers {
		d := search.Doc{Kind: search.ProducerKind, Group: -1,
			District: district(p.District, p.Links.District), PKind: pkind(p)}
		d.Fields[search.Name] = []string{p.Name}
		d.Fields[search.NameEN] = []string{p.NameEN}
		d.Fields[search.Place] = placeWords(p.District, p.Commune, p.Address, p.Links.District, p.Links.Unit, p.Links.Present)
		d.Fields[search.Tags] = kindWords(p.Kind)
		d.Fields[search.Text] = []string{plainBody(p.Body)}
		d.Show = show(p, &p.Meta, nil)
		in.Docs = append(in.Docs, d)
	}
	for _, s := range x.Sites {
		d := search.Doc{Kind: search.Site, Group: -1, PKind: -1, Stars: s.Stars,
			District: district(s.District, s.Links.District)}
		d.Fields[search.Name] = []string{s.Name}
		d.Fields[search.NameEN] = []string{s.NameEN}
		d.Fields[search.Place] = placeWords(s.District, s.Commune, s.Address, s.Links.District, s.Links.Unit, s.Links.Present)
		d.Fields[search.Tags] = kindWords(s.Kind)
		d.Fields[search.Text] = []string{s.DescriptionEN, plainBody(s.Body)}
		d.Show = show(s, &s.Meta, func(l *lctx) string { return l.kind(s.Kind) })
		in.Docs = append(in.Docs, d)
	}
	return in
}

// placeWords are the names a record's place is found by: as recorded, as
// resolved, and the present-day communes with their districts.
func placeWords(district, commune, address string, d *catalog.District, u *catalog.Unit, present []*catalog.Unit) []string {
	ws := []string{district, commune, address}
	if d != nil {
		ws = append(ws, d.Name)
	}
	if u != nil {
		ws = append(ws, u.Name)
	}
	for _, p := range present {
		ws = append(ws, p.Name)
		if p.District != nil {
			ws = append(ws, p.District.Name)
		}
		if p.Snapshot != nil && p.Snapshot.Province != "" {
			ws = append(ws, p.Snapshot.Province)
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, w := range ws {
		// The kind word is a text of its own, so that "xã Hải Xuân"
		// makes no pair of adjacent words "xã hải" in every record.
		for _, part := range splitKind(w) {
			if part != "" && !seen[part] {
				seen[part] = true
				out = append(out, part)
			}
		}
	}
	return out
}

// placeKinds are the kind words a place name may start with, in lower
// case, longest first.
var placeKinds = []string{"thành phố", "thị trấn", "thị xã", "huyện", "phường", "tỉnh", "xã", "tp.", "tp", "tt.", "tt"}

// splitKind splits a leading kind word off a place name: "Xã Hải Xuân"
// gives "Xã" and "Hải Xuân".
func splitKind(name string) []string {
	name = strings.TrimSpace(name)
	for _, k := range placeKinds {
		if n := len(k); len(name) > n && name[n] == ' ' && strings.EqualFold(name[:n], k) {
			return []string{name[:n], strings.TrimSpace(name[n:])}
		}
	}
	return []string{name}
}

// markdownNoise are the parts of a Markdown body that are not words a
// reader sees: link destinations and bare addresses.
var markdownNoise = regexp.MustCompile(`\]\([^)]*\)|<[a-z]+:[^>]*>|https?://\S+`)

// plainBody returns a Markdown body's words without link destinations.
func plainBody(s string) string {
	if !strings.Contains(s, "](") && !strings.Contains(s, "://") && !strings.Contains(s, "<") {
		return s
	}
	return markdownNoise.ReplaceAllString(s, "]")
}

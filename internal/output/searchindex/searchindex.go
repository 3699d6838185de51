// Package searchindex is the output of the site's search index: the
// files under search/ that the search box, the search page and the kiosks
// read, built from the prepared site with package search.
package searchindex

import (
	"regexp"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Index is the output of the search index: the files under search/ that
// the search box, the search page and the kiosks load (package search
// writes them). The index is built and encoded while the output is
// planned; its jobs only hand over the bytes.
type Index struct{}

// Name returns "search".
func (Index) Name() string { return "search" }

// Needs returns 0: the index is made from the site alone.
func (Index) Needs() output.Needs { return 0 }

// Plan indexes the products, producers and tourism sites of s and
// returns a job per index file, in the order package search writes them.
func (Index) Plan(s *site.Site, _ []output.Job) ([]output.Job, error) {
	x, err := search.Build(Input(s))
	if err != nil {
		return nil, err
	}
	files, err := x.Write(search.Options{})
	if err != nil {
		return nil, err
	}
	jobs := make([]output.Job, len(files))
	for i, f := range files {
		jobs[i] = output.Job{Out: f.Path, Make: func() ([]byte, error) { return f.Data, nil }}
	}
	return jobs, nil
}

// Input gathers the records of s to index: products, producers and
// tourism sites, each by name, with what a result shows in every
// language. Each record is at its number, s.Doc.
func Input(s *site.Site) *search.Input {
	c, x := s.Catalog, s.Lists
	in := &search.Input{Docs: make([]search.Doc, x.Docs())}
	ls := make([]*site.Lang, len(s.Langs))
	for i, l := range s.Langs {
		in.Langs = append(in.Langs, l.Code)
		ls[i] = s.In(l.Code)
	}
	labels := func(f func(l *site.Lang) string) []string {
		out := make([]string, len(ls))
		for i, l := range ls {
			out[i] = f(l)
		}
		return out
	}
	for k, kind := range []urls.Kind{urls.Product, urls.Producer, urls.Site} {
		in.Sections[k] = labels(func(l *site.Lang) string { return urls.List(kind, l.Code()) })
	}
	in.SearchPaths = labels(func(l *site.Lang) string { return urls.SearchPage(l.Code()) })
	in.Placeholder = s.Placeholder("").Path
	in.SitePlaceholder = s.Placeholder("du-lich").Path

	groupIdx := map[string]int{}
	for i := range c.Groups.Browse {
		g := &c.Groups.Browse[i]
		groupIdx[g.ID] = i
		in.Groups = append(in.Groups, search.Facet{ID: g.Slug, Image: s.Placeholder(g.ID).Path,
			Labels: labels(func(l *site.Lang) string { n, _ := l.Name(g); return n })})
	}
	districtIdx := map[*catalog.District]int{}
	for i, d := range c.Districts() {
		districtIdx[d] = i
		in.Districts = append(in.Districts, search.Facet{ID: d.Slug,
			Labels: labels(func(l *site.Lang) string { return l.UnitLabel(d.Name) })})
	}
	kindIdx := map[string]int{}
	for i, k := range catalog.ProducerKinds {
		kindIdx[search.Fold(k)] = i
		in.PKinds = append(in.PKinds, search.Facet{ID: urls.Slug(k), Labels: labels(func(l *site.Lang) string { return l.Kind(k) })})
	}
	showIdx := map[*catalog.Showroom]int{}
	for i, sh := range x.Showrooms {
		showIdx[sh] = i
		f := search.Facet{ID: sh.Slug, Labels: labels(func(l *site.Lang) string { n, _ := l.Name(sh); return n })}
		if i, ok := districtIdx[sh.Links.District]; ok && c.Offer(sh).Rule == catalog.OfferDistrict {
			f.District = i + 1
		}
		in.Showrooms = append(in.Showrooms, f)
	}
	district := s.District
	pkind := func(p *catalog.Producer) int {
		if p == nil {
			return -1
		}
		if i, ok := kindIdx[search.Fold(p.Kind)]; ok {
			return i
		}
		return -1
	}
	show := func(v any, m *catalog.Meta, sub func(l *site.Lang) string) []search.Show {
		out := make([]search.Show, len(ls))
		for i, l := range ls {
			name, _ := l.Name(v)
			vi, _ := l.NameLang(v)
			out[i] = search.Show{Name: name, NameVI: vi == "vi", Slug: m.Slug, Image: s.Photo(m)}
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
			ws = append(ws, l.Kind(k))
		}
		return ws
	}

	for _, p := range x.All {
		d := search.Doc{Kind: search.Product, Group: -1, Stars: p.Stars, Price: p.Price,
			District: district(p.District, p.Links.District), PKind: pkind(p.Links.Producer),
			Expired: c.Status(p) == catalog.StatusExpired}
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
		if _, g := c.StatedCriteria(p); g != nil {
			d.Fields[search.Group] = append(d.Fields[search.Group], g.Name, g.NameEN)
		}
		d.Fields[search.Tags] = p.Tags
		d.Fields[search.Text] = []string{p.Summary, p.DescriptionEN, plainBody(p.Body)}
		// The showrooms that offer p, by the one offering rule (never
		// p's own showrooms list alone).
		for _, sh := range c.OfferedAt(p) {
			d.Showrooms = append(d.Showrooms, showIdx[sh])
		}
		d.Show = show(p, &p.Meta, func(l *site.Lang) string {
			if pr := p.Links.Producer; pr != nil {
				n, _ := l.Name(pr)
				return n
			}
			return ""
		})
		var shops []string
		for _, sh := range p.Buy {
			if catalog.ShopURL(sh.URL) && strings.TrimSpace(sh.Name) != "" {
				shops = append(shops, strings.TrimSpace(sh.Name))
			}
		}
		for i := range d.Show {
			d.Show[i].Shops = shops
		}
		in.Docs[s.Doc(p)] = d
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
		in.Docs[s.Doc(p)] = d
	}
	for _, st := range x.Sites {
		d := search.Doc{Kind: search.Site, Group: -1, PKind: -1, Stars: st.Stars,
			District: district(st.District, st.Links.District)}
		d.Fields[search.Name] = []string{st.Name}
		d.Fields[search.NameEN] = []string{st.NameEN}
		d.Fields[search.Place] = placeWords(st.District, st.Commune, st.Address, st.Links.District, st.Links.Unit, st.Links.Present)
		d.Fields[search.Tags] = kindWords(st.Kind)
		d.Fields[search.Text] = []string{st.DescriptionEN, plainBody(st.Body)}
		d.Show = show(st, &st.Meta, func(l *site.Lang) string { return l.Kind(st.Kind) })
		in.Docs[s.Doc(st)] = d
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

package web

import (
	"fmt"
	"html/template"
	"net/mail"
	"net/url"
	"strconv"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/format"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// lctx is the renderer seen from pages of one language; its methods are
// the template functions.
type lctx struct {
	r    *renderer
	lang string
	in   *site.Lang
}

// funcs returns the template functions for pages in lang.
func (r *renderer) funcs(lang string) template.FuncMap {
	l := r.lctx(lang)
	return template.FuncMap{
		// UI strings.
		"t":  l.t,
		"tn": l.tn,
		"tl": r.tl,
		// Links.
		"rel":       r.opt.Base.Rel,
		"abs":       r.opt.Base.Abs,
		"asset":     func(name string) string { return r.opt.Base.Rel("assets/" + name) },
		"home":      func() string { return r.opt.Base.Rel(urls.Lang(lang)) },
		"href":      l.href,
		"list":      l.list,
		"starsHref": func(n int) string { return r.opt.Base.Rel(starsPath(lang, n)) },
		"langHome":  func(code string) string { return r.opt.Base.Rel(urls.Lang(code)) },
		// programme is the link to the programme page, "" when the site
		// has none.
		"programme": func() string {
			if r.c.Programme.Path == "" {
				return ""
			}
			return r.opt.Base.Rel(urls.ProgrammePage(lang))
		},
		"safe":     urls.SafeExternal,
		"external": external,
		"tel":      telURL,
		"mailto":   mailtoURL,
		"zalo":     catalog.ZaloURL,
		"osm":      osmURL,
		// Records.
		"lang":     func() string { return lang },
		"browse":   r.c.Groups.BrowseGroup,
		"name":     l.name,
		"nameLang": l.nameLang,
		"place":    l.place,
		"level":    l.level,
		"kind":     l.kind,
		"status":   l.status,
		"ocop":     func(ps []*catalog.Product) []*catalog.Product { return r.c.OCOP(ps) },
		"notOCOP":  r.notOCOP,
		"pictures": l.pictures,
		"thumb":    l.thumb,
		"body":     r.body,
		"summary":  r.summary,
		"search":   r.search,
		"district": func(p *catalog.Product) *catalog.District { return r.s.Lists.District[p] },
		"unit":     l.in.UnitLabel,
		"card":     func(p *catalog.Product, producer bool) cardView { return cardView{p, producer, false} },
		"cardHTML": l.cardHTML,
		"fragment": l.fragment,
		"footer":   l.footer,
		"print":    l.printLinks,
		"printing": func() bool { return r.opt.Print },
		// Showrooms (showroom.go).
		"offer":     l.offer,
		"offeredAt": r.c.OfferedAt,
		"printable": l.printable,
		"mapURL":    l.mapURL,
		"criteria":  r.criteria,
		"buy":       l.buy,
		"host":      sourceHost,
		"pathOf":    sourcePath,
		// Formats.
		"stars":     format.Stars,
		"starsText": func(n int) (string, error) { return l.tn("stars", n) },
		"vnd":       format.VND,
		"date":      func(d catalog.Date) string { return format.Date(lang, d) },
		"iso":       func(d catalog.Date) string { return d.String() },
		"coord":     format.Coord,
		// Search.
		"searchHref": l.searchHref,
	}
}

// t returns the UI string key, formatted with args when given.
func (l *lctx) t(key string, args ...any) (string, error) {
	return l.in.T(key, args...)
}

// tn returns the UI string key_one (for n = 1) or key_other formatted
// with n: tn "stars" 4 is "4 sao" or "4 stars".
func (l *lctx) tn(key string, n int) (string, error) {
	return l.in.N(key, n)
}

// tl returns the UI string key of another language, for pages such as
// 404.html that speak to everyone.
func (r *renderer) tl(lang, key string) (string, error) {
	d, ok := r.dicts[lang]
	if !ok {
		return "", fmt.Errorf("no UI strings for language %q", lang)
	}
	return d.T(key)
}

// starsPath is the list page of a star rating: hang-sao/4-sao/ or
// en/stars/4-stars/.
func starsPath(lang string, n int) string {
	if lang == "en" {
		return urls.Page(urls.Stars, lang, strconv.Itoa(n)+"-stars")
	}
	return urls.Page(urls.Stars, lang, strconv.Itoa(n)+"-sao")
}

// pagePath returns the page path of a record, browse group or district
// in lang.
func pagePath(lang string, v any) (string, error) {
	switch v := v.(type) {
	case catalog.Record:
		return urls.Page(v.RecordKind().Info().URL, lang, v.RecordHead().Slug), nil
	case *catalog.BrowseGroup:
		return urls.Page(urls.Group, lang, v.Slug), nil
	case *catalog.District:
		return urls.Page(urls.District, lang, v.Slug), nil
	}
	return "", fmt.Errorf("href: %T has no page", v)
}

// href returns the link to a record's page.
func (l *lctx) href(v any) (string, error) {
	p, err := pagePath(l.lang, v)
	if err != nil {
		return "", err
	}
	return l.r.opt.Base.Rel(p), nil
}

// sectionKind returns the page kind of a section named in a template's
// list call: a folder of records (see catalog.Kinds), "groups", "stars"
// or "districts".
func sectionKind(section string) (urls.Kind, bool) {
	if k, ok := catalog.KindOfFolder(section); ok {
		return k.Info().URL, true
	}
	switch section {
	case "groups":
		return urls.Group, true
	case "stars":
		return urls.Stars, true
	case "districts":
		return urls.District, true
	}
	return 0, false
}

// list returns the link to a section's index: list "products".
func (l *lctx) list(section string) (string, error) {
	k, ok := sectionKind(section)
	if !ok {
		return "", fmt.Errorf("list: no section %q", section)
	}
	return l.r.opt.Base.Rel(urls.List(k, l.lang)), nil
}

// name returns a record's name in the page's language (site.Lang.Name).
func (l *lctx) name(v any) (string, error) { return l.in.Name(v) }

// nameLang returns "vi" when a record's name is shown in Vietnamese on a
// page in another language (site.Lang.NameLang), else "".
func (l *lctx) nameLang(v any) (string, error) { return l.in.NameLang(v) }

// place writes a record's commune and district with the present-day name
// (site.Lang.Place).
func (l *lctx) place(v any) (string, error) { return l.in.Place(v) }

// level names a product's rating council (site.Lang.Level).
func (l *lctx) level(p *catalog.Product) (string, error) { return l.in.Level(p) }

// kind translates a producer or site kind (site.Lang.Kind).
func (l *lctx) kind(k string) string { return l.in.Kind(k) }

// cardView is a product card: the product, whether the card names its
// producer (not on the producer's own page), and whether its photo loads
// at once (Eager: the first cards of a list, seen without scrolling)
// rather than lazily.
type cardView struct {
	Product  *catalog.Product
	Producer bool
	Eager    bool
}

// pictureView is a picture with its alt text in the page's language.
type pictureView struct {
	site.Picture
	Alt string
	// Caption names what a placeholder stands for in the page's language
	// (the product group, "Tourism"), since the images carry no text; ""
	// for photos.
	Caption string
}

// pictures returns a product's or site's photos, or its placeholder.
func (l *lctx) pictures(v any) ([]pictureView, error) {
	name, err := l.name(v)
	if err != nil {
		return nil, err
	}
	rec, ok := v.(catalog.Illustrated)
	if !ok {
		return nil, fmt.Errorf("pictures: %T has no images", v)
	}
	browse, caption, err := l.placeholderOf(rec)
	if err != nil {
		return nil, err
	}
	meta := &rec.RecordHead().Meta
	pics := l.r.s.Pictures(meta)
	if len(pics) == 0 {
		alt, err := l.t("no_photo", name)
		if err != nil {
			return nil, err
		}
		return []pictureView{{l.r.s.Placeholder(browse), alt, caption}}, nil
	}
	out := make([]pictureView, len(pics))
	for i, p := range pics {
		alt := name
		if i > 0 {
			n, err := l.t("photo_n", i+1)
			if err != nil {
				return nil, err
			}
			alt += " – " + n
		}
		out[i] = pictureView{Picture: p, Alt: alt}
	}
	return out, nil
}

// placeholderOf returns the browse group whose placeholder stands for a
// record without photos, and the caption naming what it stands for: a
// product's browse group, or "du-lich" and the kind of a tourism site.
func (l *lctx) placeholderOf(rec catalog.Illustrated) (browse, caption string, err error) {
	g, kind := rec.Category()
	if rec.RecordKind() == catalog.KindSite {
		if caption = l.kind(kind); caption == "" {
			caption, err = l.t("nav_sites")
		}
		return "du-lich", caption, err
	}
	if g == nil {
		return "", "", nil
	}
	caption, err = l.name(g)
	return g.ID, caption, err
}

// thumb returns the first of pictures.
func (l *lctx) thumb(v any) (pictureView, error) {
	ps, err := l.pictures(v)
	if err != nil {
		return pictureView{}, err
	}
	return ps[0], nil
}

// meta returns the Meta of a record.
func meta(v any) (*catalog.Meta, error) {
	if r, ok := v.(catalog.Record); ok {
		return &r.RecordHead().Meta, nil
	}
	return nil, fmt.Errorf("%T is not a record", v)
}

// body returns a record's rendered Markdown body.
func (r *renderer) body(v any) (template.HTML, error) {
	m, err := meta(v)
	if err != nil {
		return "", err
	}
	return r.s.Body(m).HTML, nil
}

// summaryLen is the most runes a summary shows.
const summaryLen = 160

// summary returns a product's summary, or the start of its description.
func (r *renderer) summary(v any) (string, error) {
	m, err := meta(v)
	if err != nil {
		return "", err
	}
	if d, ok := v.(catalog.Described); ok && strings.TrimSpace(d.Excerpt()) != "" {
		return strings.TrimSpace(d.Excerpt()), nil
	}
	return format.Excerpt(r.s.Body(m).Summary, summaryLen), nil
}

// search returns the words a product card is found by in the in-page
// filter: its names, producer, place and tags without marks, in lower
// case, as filter.js normalises what the reader types.
func (r *renderer) search(p *catalog.Product) string {
	if w, ok := r.words[p]; ok {
		return w
	}
	return searchWords(p)
}

// searchWords joins a product's names, place, producer and tags, folded
// word by word as search folds them (search.FoldedWords), which is how
// the in-page filter folds what is typed (assets/filter.js holds the
// search's folding, scripts/search/fold.js).
func searchWords(p *catalog.Product) string {
	words := []string{p.Name, p.NameEN, p.District, p.Commune}
	if p.Links.Producer != nil {
		words = append(words, p.Links.Producer.Name)
	}
	words = append(words, p.Tags...)
	return strings.Join(search.FoldedWords(strings.Join(words, " ")), " ")
}

// criteriaView is the criteria system a product's record states: its
// group in that system and the system's decision, such as "1048/QĐ-TTg".
type criteriaView struct {
	Group    *catalog.Group
	Decision string
}

// criteria returns the criteria system p's record states, or nil when it
// states none (catalog.StatedCriteria): the site's default is never
// shown.
func (r *renderer) criteria(p *catalog.Product) *criteriaView {
	sys, g := r.c.StatedCriteria(p)
	if sys == nil || g == nil {
		return nil
	}
	return &criteriaView{Group: g, Decision: sys.Decision}
}

// external returns the addresses of list that pages may link to.
func external(list []string) []string {
	var out []string
	for _, s := range list {
		if urls.SafeExternal(s) {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

// sourceHost returns the host name of a source's address, such as
// "namdinh.gov.vn", or the address itself when it has none.
func sourceHost(addr string) string {
	u, err := url.Parse(strings.TrimSpace(addr))
	if err != nil || u.Host == "" {
		return addr
	}
	return u.Host
}

// sourcePath returns what follows the host in a source's address (its
// path, query and fragment), "" for none or "/", or when the address has
// no host.
func sourcePath(addr string) string {
	u, err := url.Parse(strings.TrimSpace(addr))
	if err != nil || u.Host == "" {
		return ""
	}
	rest := strings.TrimPrefix(strings.TrimSpace(addr), u.Scheme+"://"+u.Host)
	if rest == "/" || !strings.HasPrefix(strings.TrimSpace(addr), u.Scheme+"://"+u.Host) {
		return ""
	}
	return rest
}

// mailtoURL returns the mailto: link of a single plain email address, or
// "" for anything else.
func mailtoURL(email string) string {
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || a.Name != "" {
		return ""
	}
	return "mailto:" + email
}

// osmURL links to a point on OpenStreetMap. Nothing is loaded from there:
// it is a plain link.
func osmURL(c catalog.Coordinates) string {
	lat, lon := format.Coord(c.Lat), format.Coord(c.Lon)
	q := url.Values{"mlat": {lat}, "mlon": {lon}}
	return "https://www.openstreetmap.org/?" + q.Encode() + "#map=15/" + lat + "/" + lon
}

// cardHTML returns the HTML of a product card; i is its place in its
// list, from 0: the first eagerCards load their photo at once. A card
// appears on many list pages; it is rendered once per product, variant
// and language.
func (l *lctx) cardHTML(p *catalog.Product, producer bool, i int) (template.HTML, error) {
	return l.fragment("card", cardView{p, producer, i < eagerCards})
}

// eagerCards is how many cards at the top of a list load their photo at
// once: those a phone or a desktop shows without scrolling.
const eagerCards = 4

// fragmentKey is the key of a cached fragment: the template's name and
// its data.
type fragmentKey struct {
	name string
	data any
}

// fragment returns the output of the theme's template name executed with
// data, rendering it once per language and data value and reusing it on
// every page: for the parts every page repeats (the navigation with its
// current section, the footer) and product cards. data must be comparable
// and must determine the output.
func (l *lctx) fragment(name string, data any) (template.HTML, error) {
	k := fragmentKey{name, data}
	cache := l.r.cards[l.lang]
	if h, ok := cache.Load(k); ok {
		return h.(template.HTML), nil
	}
	t := l.r.cardTmpl[l.lang]
	if t == nil || t.Lookup(name) == nil {
		return "", fmt.Errorf("the theme has no %q template", name)
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, name, data); err != nil {
		return "", err
	}
	h := template.HTML(b.String())
	cache.Store(k, h)
	return h, nil
}

// printLink is a link to a print document: its print-ready page and its
// PDF.
type printLink struct {
	Label, Page, PDF string
}

// printLinks returns the links, under label, to the print document of
// kind ("all", "showroom", "fair" or "labels") for the record with the
// given slug ("" for "all").
func (l *lctx) printLinks(kind, slug, label string) (printLink, error) {
	k, ok := map[string]urls.PrintKind{"all": urls.PrintAll, "showroom": urls.PrintShowroom, "fair": urls.PrintFair, "labels": urls.PrintLabels}[kind]
	if !ok {
		return printLink{}, fmt.Errorf("print: unknown kind %q", kind)
	}
	return printLink{
		Label: label,
		Page:  l.r.opt.Base.Rel(urls.PrintPage(k, l.lang, slug)),
		PDF:   l.r.opt.Base.Rel(urls.PrintPDF(k, l.lang, slug)),
	}, nil
}

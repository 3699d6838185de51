// Package kiosk is the output of the kiosks: the full-screen touch apps
// of the showrooms, made from the prepared site and the search index.
package kiosk

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"rsc.io/qr"

	"github.com/namdinh-ocop/ocop/internal/bundle"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/format"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/parallel"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// The kiosks are the full-screen touch apps of the showrooms: kiosk/ for
// the whole catalog and kiosk/<showroom slug>/ for each showroom. Each
// folder holds
//
//	index.html   the page (theme file kiosk/index.html)
//	data.js      window.ocopKioskData = {…}: settings, UI strings, the
//	             products (the slides first, in slide order, then the
//	             rest), their producers, the tourism sites, the browse
//	             groups and districts, and what the showroom offers in
//	             words: the products catalog.Offer gives it and no
//	             other, by which rule, and whom a visitor asks
//	d<n>.js      ocopKiosk.add(n, […]): the details of products
//	             n·Chunk … (n+1)·Chunk−1 (story, place, QR code)
//
// and kiosk/sw.js is the service worker (theme file kiosk/sw.js with the
// lists of files each kiosk caches and a hash of them all). The page's
// script (assets/kiosk.js, made of the theme's scripts/kiosk modules)
// holds the search engine: it asks for the record numbers of a query
// (ocopSearch.find), reading the index under search/, and shows the
// products of data.js that have them (Product.Doc). Everything is
// loaded by classic <script> elements, so the kiosk works from file:// as
// well as over HTTP. Nothing in the kiosk links away: addresses become QR
// codes.

// Chunk is the number of products whose details share a d<n>.js
// file.
const Chunk = 32

// Theme files of the kiosk.
const (
	kioskLayout = "kiosk/index.html"
	kioskSW     = "kiosk/sw.js"
	// kioskSWMarker is replaced in kiosk/sw.js by the caches' settings.
	kioskSWMarker = "/*OCOP_KIOSK*/null"
)

// sharedUI are the keys of the theme's strings, shared with the other
// outputs, that a kiosk shows besides its own kiosk_* ones: the words for
// a rating not recorded and the badge of an expired certificate.
var sharedUI = []string{"stars_unknown", "badge_expired"}

// kioskScript is the kiosks' script, which this output bundles.
const kioskScript = "assets/kiosk.js"

// kioskAssets are the theme assets every kiosk loads, and its script.
var kioskAssets = []string{"assets/favicon.svg", "assets/kiosk.css", kioskScript}

// asset returns the bytes of one of kioskAssets.
func (k *kiosks) asset(p string) ([]byte, error) {
	if p == kioskScript {
		return k.script, nil
	}
	return fs.ReadFile(k.s.Theme, p)
}

// kioskDir is the output folder of a kiosk: "kiosk/" for the whole
// catalog (s nil), "kiosk/<slug>/" for a showroom.
func kioskDir(s *catalog.Showroom) string {
	if s == nil {
		return "kiosk/"
	}
	return "kiosk/" + s.Slug + "/"
}

// Data is data.js: what a kiosk shows. Field names are short since
// the file is read by kiosk.js alone; paths are relative to the site
// root. ReadData reads it back.
type Data struct {
	V int `json:"v"`
	// Slug is the showroom's slug ("" for the whole catalog), Title the
	// kiosk's heading and Sub the line under it (address, hours, phone).
	Slug  string `json:"slug"`
	Title string `json:"title"`
	Sub   string `json:"sub,omitempty"`
	// Rule is how catalog.Offer chose a showroom's products: "named",
	// "district" or "none"; "" for the whole catalog.
	Rule string `json:"rule,omitempty"`
	// Offer says in words what the kiosk shows under the district rule
	// ("Sản phẩm OCOP của huyện Hải Hậu", theme string offer_district),
	// and why it shows nothing under none; "" otherwise.
	Offer string `json:"of,omitempty"`
	// Here says on each product's details how the showroom has it: "Có
	// bán tại điểm này" under the named rule, a district product shown
	// here under the district rule; "" for the whole catalog.
	Here string `json:"here,omitempty"`
	// Ask names whom a visitor asks for what a record does not state:
	// "xin hỏi nhân viên của <showroom>"; "" for the whole catalog,
	// whose details name the showrooms that offer each product.
	Ask string `json:"ask,omitempty"`
	// Idle and Slide are seconds; Orient is landscape, portrait or auto.
	Idle   int    `json:"idle"`
	Slide  int    `json:"slide"`
	Orient string `json:"orient"`
	// Chunk is Chunk.
	Chunk int `json:"chunk"`
	// UI are the kiosk's strings: the kiosk_* keys of the theme's
	// Vietnamese strings without the prefix, and the shared keys of
	// sharedUI under their own names.
	UI        map[string]string `json:"ui"`
	Groups    []Facet           `json:"groups"`
	Districts []Facet           `json:"districts"`
	Products  []Product         `json:"products"`
	// Slides is how many of Products, from the first, the attract loop
	// shows: the products that may be put forward (catalog's
	// Status.Promoted), and the expired ones too when the showroom's
	// kiosk.include_expired says so. The rest (expired products) are
	// shown by browsing and search only, with their badge.
	Slides    int        `json:"sl"`
	Producers []Producer `json:"producers"`
	Sites     []Site     `json:"sites"`
	// Narrow is the search facet that narrows search to the kiosk's
	// products, as catalog.Offer chose them: the showroom's, or its
	// district's; nil for the whole catalog.
	Narrow *Narrow `json:"nw,omitempty"`
	// Digits are the 64 digits of the QR codes (search.Alphabet).
	Digits string `json:"a,omitempty"`
}

// Facet is a browse group or a district.
type Facet struct {
	ID   string `json:"id"`
	Name string `json:"n"`
}

// Product is a product in data.js. Indexes are -1 when unknown.
type Product struct {
	Slug     string `json:"s"`
	Name     string `json:"n"`
	Stars    int    `json:"st,omitempty"`
	Group    int    `json:"g"`
	District int    `json:"d"`
	// Unit is the commune's name as resolved, for nearby tourism sites.
	Unit     string `json:"u,omitempty"`
	Producer int    `json:"pr"`
	Price    int64  `json:"p,omitempty"`
	Pack     string `json:"k,omitempty"`
	Image    string `json:"i"`
	// Placeholder is 1 when Image is the group's placeholder.
	Placeholder int `json:"ph,omitempty"`
	// Doc is the product's record number in the search index, by which
	// kiosk.js finds it among the results of ocopSearch.find.
	Doc int `json:"x"`
	// Status is "expired" (catalog.Status's key) for a product whose
	// certificate has expired, which kiosk.js badges wherever it shows
	// it; left out for every other product, to keep data.js small.
	Status string `json:"ss,omitempty"`
}

// Detail is a product's entry in a d<n>.js file.
type Detail struct {
	// Story is the description's paragraphs as plain text.
	Story []string `json:"t,omitempty"`
	Place string   `json:"pl,omitempty"`
	Level string   `json:"lv,omitempty"`
	// QR is the QR code of the product's page (see kioskQR).
	QR string `json:"q"`
	// At are the names of the showrooms that offer the product
	// (catalog.OfferedAt).
	At []string `json:"at,omitempty"`
}

// Producer is a producer of a kiosk's products.
type Producer struct {
	Name  string `json:"n"`
	Kind  string `json:"k,omitempty"`
	Place string `json:"pl,omitempty"`
	// Address is the street address as recorded.
	Address string `json:"a,omitempty"`
	Phone   string `json:"ph,omitempty"`
	// Story is the start of the producer's story, at most
	// producerStory runes.
	Story []string `json:"t,omitempty"`
	// Web is the QR code of the producer's website.
	Web string `json:"w,omitempty"`
}

// producerStory is the most runes of a producer's story a kiosk
// shows under a product; the whole story is on the producer's page.
const producerStory = 280

// Site is a tourism site.
type Site struct {
	Name     string `json:"n"`
	Kind     string `json:"k,omitempty"`
	District int    `json:"d"`
	Unit     string `json:"u,omitempty"`
	Place    string `json:"pl,omitempty"`
	Hours    string `json:"h,omitempty"`
	Image    string `json:"i"`
	// Placeholder is 1 when Image is the tourism sites' placeholder.
	Placeholder int      `json:"ph,omitempty"`
	Story       []string `json:"t,omitempty"`
	QR          string   `json:"q"`
}

// Narrow is a search facet, as ocopSearch.find takes it ("showroom"
// or "district"), and its value, an ID of the facet.
type Narrow struct {
	Name  string `json:"dim"`
	Value string `json:"value"`
}

// narrow returns the search facet of the products of s's kiosk.
func (k *kiosks) narrow(s *catalog.Showroom) *Narrow {
	if s == nil {
		return nil
	}
	switch k.s.Catalog.Offer(s).Rule {
	case catalog.OfferNamed:
		return &Narrow{"showroom", s.Slug}
	case catalog.OfferDistrict:
		return &Narrow{"district", s.Links.District.Slug}
	}
	return nil
}

// offerWords sets what d, the kiosk of showroom s, says of its products
// (Data.Rule, Offer, Here and Ask), by the rule of catalog.Offer.
func (k *kiosks) offerWords(d *Data, s *catalog.Showroom) error {
	var err error
	if d.Ask, err = k.l.T("kiosk_ask", s.Name); err != nil {
		return err
	}
	switch k.s.Catalog.Offer(s).Rule {
	case catalog.OfferNamed:
		d.Rule = "named"
		d.Here, err = k.l.T("kiosk_sold_here")
	case catalog.OfferDistrict:
		d.Rule = "district"
		if d.Offer, err = k.l.OfferDistrict(s.Links.District); err == nil {
			d.Here, err = k.l.T("kiosk_district_here", site.UnitInText(k.l.Code(), s.Links.District.Name))
		}
	default:
		d.Rule = "none"
		words := []string{}
		var t string
		if t, err = k.l.T("kiosk_offer_none"); err != nil {
			return err
		}
		words = append(words, t)
		if dist := s.Links.District; dist != nil {
			if t, err = k.l.T("kiosk_offer_none_district", k.l.UnitLabel(dist.Name)); err != nil {
				return err
			}
			words = append(words, t)
		}
		if t, err = k.l.T("kiosk_ask_staff", s.Name); err != nil {
			return err
		}
		d.Offer = strings.Join(append(words, t), " ")
	}
	return err
}

// kioskPage is the data of the kiosk page template.
type kioskPage struct {
	// Root leads from the kiosk's folder to the site root ("../../").
	Root  string
	Title string
	// T are the UI strings the page needs.
	T map[string]string
}

// kioskFile is one output file of the kiosks.
type kioskFile struct {
	out  string
	data []byte
}

// Kiosks is the output of the kiosks: the whole catalog's, every
// showroom's, and the service worker, whose caches list the files of the
// search index (package searchindex, planned before it).
type Kiosks struct{}

// Name returns "kiosk".
func (Kiosks) Name() string { return "kiosk" }

// Needs returns NeedsPrior: the service worker lists and hashes the
// search index's files, the prior jobs under search/.
func (Kiosks) Needs() output.Needs { return output.NeedsPrior }

// Plan makes the kiosks of s and the service worker, which caches the
// search index files among prior. The files are made at once, since the
// service worker holds a hash of them all; the jobs hand over the bytes.
func (Kiosks) Plan(s *site.Site, prior []output.Job) ([]output.Job, error) {
	var index []search.File
	for _, j := range prior {
		if strings.HasPrefix(j.Out, "search/") {
			b, err := j.Make()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", j.Out, err)
			}
			index = append(index, search.File{Path: j.Out, Data: b})
		}
	}
	k, err := newKiosks(s)
	if err != nil {
		return nil, err
	}
	script, err := bundle.Scripts(s.Theme, []bundle.Entry{{Src: "scripts/kiosk.js", Out: kioskScript}})
	if err != nil {
		return nil, err
	}
	k.script = script[0].Data
	shows := append([]*catalog.Showroom{nil}, s.Catalog.Showrooms...)
	lists := make([][]*catalog.Product, len(shows))
	slides := make([]int, len(shows))
	parallel.For(len(shows), func(i int) { lists[i], slides[i] = kioskProducts(s.Catalog, shows[i]) })
	k.products = make(map[*catalog.Showroom][]*catalog.Product, len(shows))
	k.slides = make(map[*catalog.Showroom]int, len(shows))
	for i, s := range shows {
		k.products[s], k.slides[s] = lists[i], slides[i]
	}
	outs := make([][]kioskFile, len(shows))
	errs := make([]error, len(shows))
	parallel.For(len(shows), func(i int) { outs[i], errs[i] = k.kiosk(shows[i]) })
	var files []kioskFile
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%sindex.html: %w", kioskDir(shows[i]), err)
		}
		files = append(files, outs[i]...)
	}
	sw, err := k.serviceWorker(shows, outs, index)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", kioskSW, err)
	}
	files = append(files, sw, kioskFile{out: kioskScript, data: k.script})
	jobs := make([]output.Job, len(files))
	for i, f := range files {
		jobs[i] = output.Job{Out: f.out, Make: func() ([]byte, error) { return f.data, nil }}
	}
	return jobs, nil
}

// kiosks holds what every kiosk shares.
type kiosks struct {
	s    *site.Site
	l    *site.Lang
	page *template.Template
	ui   map[string]string
	// script is assets/kiosk.js, made of the theme's scripts/kiosk
	// modules and the search engine's (see package bundle).
	script []byte
	// details are each product's details.
	details map[*catalog.Product][]byte
	// products are each kiosk's products (kioskProducts), by showroom
	// (nil for the whole catalog), and slides how many of them are
	// slides.
	products map[*catalog.Showroom][]*catalog.Product
	slides   map[*catalog.Showroom]int
	// producers and sites are the data of each producer and every site.
	producers map[*catalog.Producer]Producer
	sites     []Site
	groups    map[string]int
	// groupFacets and districtFacets are the browse groups and districts
	// every kiosk lists.
	groupFacets, districtFacets []Facet
	// district returns the index in Districts() of a record's district,
	// or -1 (districtIndex).
	district func(recorded string, d *catalog.District) int
}

// newKiosks makes what every kiosk of s shares.
func newKiosks(s *site.Site) (*kiosks, error) {
	l := s.In("vi")
	k := &kiosks{s: s, l: l, ui: l.Dict().Prefixed("kiosk_")}
	for _, key := range sharedUI {
		t, err := l.T(key)
		if err != nil {
			return nil, err
		}
		k.ui[key] = t
	}
	src, err := fs.ReadFile(s.Theme, kioskLayout)
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	k.page, err = template.New(kioskLayout).Parse(string(src))
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}

	// Each product's details, made once on every core: a product is in
	// the whole catalog's kiosk and in its showrooms'.
	k.details = make(map[*catalog.Product][]byte, len(s.Catalog.Products))
	dets := make([][]byte, len(s.Catalog.Products))
	errs := make([]error, len(s.Catalog.Products))
	parallel.For(len(s.Catalog.Products), func(i int) {
		d, err := k.detail(s.Catalog.Products[i])
		if err == nil {
			dets[i], err = kioskJSON(d)
		}
		errs[i] = err
	})
	for i, p := range s.Catalog.Products {
		if errs[i] != nil {
			return nil, fmt.Errorf("%s: %w", p.Path, errs[i])
		}
		k.details[p] = dets[i]
	}

	k.groups = map[string]int{}
	k.groupFacets = []Facet{}
	for i, g := range s.Catalog.Groups.Browse {
		k.groups[g.ID] = i
		k.groupFacets = append(k.groupFacets, Facet{ID: g.ID, Name: g.Name})
	}
	k.districtFacets = []Facet{}
	for _, d := range s.Catalog.Districts() {
		k.districtFacets = append(k.districtFacets, Facet{ID: d.Slug, Name: d.Name})
	}
	k.district = s.District
	k.sites = []Site{}
	k.producers = map[*catalog.Producer]Producer{}
	for _, p := range s.Catalog.Producers {
		kp := Producer{Name: p.Name, Kind: k.l.Kind(p.Kind), Address: p.Address, Phone: p.Phone}
		if st := k.story(&p.Meta, 1); len(st) > 0 {
			kp.Story = []string{format.Excerpt(st[0], producerStory)}
		}
		if kp.Place, err = k.l.Place(p); err != nil {
			return nil, err
		}
		if urls.SafeExternal(p.Website) {
			if kp.Web, err = kioskQR(p.Website); err != nil {
				return nil, fmt.Errorf("%s: QR code: %w", p.Path, err)
			}
		}
		k.producers[p] = kp
	}
	for _, st := range s.Lists.Sites {
		ks := Site{Name: st.Name, Kind: k.l.Kind(st.Kind), District: k.district(st.District, st.Links.District),
			Hours: st.Hours, Story: k.story(&st.Meta, 3)}
		var holder bool
		if ks.Image, holder = k.image(&st.Meta, "du-lich"); holder {
			ks.Placeholder = 1
		}
		if st.Links.Unit != nil {
			ks.Unit = st.Links.Unit.Name
		}
		if ks.Place, err = k.l.Place(st); err != nil {
			return nil, err
		}
		if ks.QR, err = kioskQR(s.Base.Abs(urls.Page(urls.Site, "vi", st.Slug))); err != nil {
			return nil, fmt.Errorf("%s: QR code: %w", st.Path, err)
		}
		k.sites = append(k.sites, ks)
	}
	return k, nil
}

// detail makes a product's details: the QR code of its page, its story,
// place and rating level.
func (k *kiosks) detail(p *catalog.Product) (Detail, error) {
	var d Detail
	var err error
	if d.QR, err = kioskQR(k.s.Base.Abs(urls.Page(urls.Product, "vi", p.Slug))); err != nil {
		return d, fmt.Errorf("QR code: %w", err)
	}
	d.Story = k.story(&p.Meta, 6)
	if len(d.Story) == 0 && strings.TrimSpace(p.Summary) != "" {
		d.Story = []string{strings.TrimSpace(p.Summary)}
	}
	if d.Place, err = k.l.Place(p); err != nil {
		return d, err
	}
	if d.Level, err = k.l.Level(p); err != nil {
		return d, err
	}
	for _, s := range k.s.Catalog.OfferedAt(p) {
		d.At = append(d.At, s.Name)
	}
	return d, nil
}

// image returns the root-relative path of a record's first photo, or of
// the placeholder of browse group g, and whether it is the placeholder.
func (k *kiosks) image(m *catalog.Meta, g string) (string, bool) {
	if p := k.s.Photo(m); p != "" {
		return p, false
	}
	return k.s.Placeholder(g).Path, true
}

// browseID returns the ID of a product's browse group, "" for none.
func browseID(p *catalog.Product) string {
	if b := p.Links.Browse; b != nil {
		return b.ID
	}
	return ""
}

// blockEnd ends a paragraph, heading or list item of a rendered body;
// tags are what remains to strip.
var (
	blockEnd = regexp.MustCompile(`</(p|h[1-6]|li|blockquote|pre)>`)
	tags     = regexp.MustCompile(`<[^>]*>`)
)

// story returns up to max paragraphs of a record's rendered body as plain
// text (the body is sanitised HTML; the kiosk shows text only).
func (k *kiosks) story(m *catalog.Meta, max int) []string {
	var out []string
	for _, part := range blockEnd.Split(string(k.s.Body(m).HTML), -1) {
		t := strings.Join(strings.Fields(html.UnescapeString(tags.ReplaceAllString(part, " "))), " ")
		if t != "" {
			out = append(out, t)
		}
		if len(out) == max {
			break
		}
	}
	return out
}

// kioskProducts returns the products of s's kiosk (the whole catalog's
// for s nil) in the order of Data.Products, and how many of them, from
// the first, are slides: catalog.KioskProducts, OCOP products only (a
// featured product that is not certified is never shown), the slides
// first in their order, then the expired products the slides leave
// out, in the same order.
func kioskProducts(c *catalog.Catalog, s *catalog.Showroom) ([]*catalog.Product, int) {
	include := s != nil && s.Kiosk.IncludeExpired
	var slides, rest []*catalog.Product
	for _, p := range c.OCOP(c.KioskProducts(s)) {
		if st := c.Status(p); st.Promoted() || include && st == catalog.StatusExpired {
			slides = append(slides, p)
		} else {
			rest = append(rest, p)
		}
	}
	return append(slides, rest...), len(slides)
}

// kiosk makes the files of one kiosk: s's, or the whole catalog's for s
// nil.
func (k *kiosks) kiosk(s *catalog.Showroom) ([]kioskFile, error) {
	dir := kioskDir(s)
	d := Data{V: 1, Idle: catalog.KioskIdleDefault, Slide: catalog.KioskSlideDefault, Orient: "auto",
		Chunk: Chunk, UI: k.ui, Title: k.s.Catalog.Config.Title, Narrow: k.narrow(s), Digits: search.Alphabet}
	if s != nil {
		d.Slug, d.Title = s.Slug, s.Name
		var sub []string
		if s.Address != "" {
			sub = append(sub, s.Address)
		}
		if s.Hours != "" {
			sub = append(sub, s.Hours)
		}
		if s.Phone != "" {
			t, err := k.l.T("kiosk_phone", s.Phone)
			if err != nil {
				return nil, err
			}
			sub = append(sub, t)
		}
		d.Sub = strings.Join(sub, " · ")
		if err := k.offerWords(&d, s); err != nil {
			return nil, err
		}
		if n := s.Kiosk.IdleSeconds; n > 0 {
			d.Idle = n
		}
		if n := s.Kiosk.SlideSeconds; n > 0 {
			d.Slide = n
		}
		if o := s.Kiosk.Orientation; o != "" {
			d.Orient = o
		}
	}
	d.Groups, d.Districts, d.Sites = k.groupFacets, k.districtFacets, k.sites

	ps := k.products[s]
	d.Slides = k.slides[s]
	producers := map[*catalog.Producer]int{}
	d.Producers = []Producer{}
	d.Products = make([]Product, 0, len(ps))
	var files []kioskFile
	var details [][]byte
	for i, p := range ps {
		kp := Product{Slug: p.Slug, Name: p.Name, Stars: p.Stars, Group: -1, Producer: -1,
			District: k.district(p.District, p.Links.District), Price: p.Price, Pack: p.Pack, Doc: k.s.Doc(p)}
		if p.Price == 0 {
			kp.Pack = ""
		}
		if st := k.s.Catalog.Status(p); st == catalog.StatusExpired {
			kp.Status = st.String()
		}
		if g := browseID(p); g != "" {
			kp.Group = k.groups[g]
		}
		var holder bool
		if kp.Image, holder = k.image(&p.Meta, browseID(p)); holder {
			kp.Placeholder = 1
		}
		if p.Links.Unit != nil {
			kp.Unit = p.Links.Unit.Name
		}
		if pr := p.Links.Producer; pr != nil {
			n, ok := producers[pr]
			if !ok {
				n = len(d.Producers)
				producers[pr] = n
				d.Producers = append(d.Producers, k.producers[pr])
			}
			kp.Producer = n
		}
		d.Products = append(d.Products, kp)

		details = append(details, k.details[p])
		if len(details) == Chunk || i == len(ps)-1 {
			n := i / Chunk
			b := []byte("ocopKiosk.add(" + strconv.Itoa(n) + ",[")
			b = append(b, bytes.Join(details, []byte(","))...)
			b = append(b, "]);\n"...)
			files = append(files, kioskFile{out: dir + "d" + strconv.Itoa(n) + ".js", data: b})
			details = details[:0]
		}
	}
	b, err := kioskJSON(d)
	if err != nil {
		return nil, err
	}
	data := kioskFile{out: dir + "data.js", data: []byte(kioskDataPrefix + string(b) + ";\n")}

	pg := kioskPage{Root: strings.Repeat("../", strings.Count(dir, "/")), Title: d.Title, T: map[string]string{}}
	for _, key := range []string{"result_product", "result_producer", "result_site", "search_results_one", "search_results_other",
		"search_error", "stars_one", "stars_other", "search_partial", "search_more", "search_label"} {
		if pg.T[key], err = k.l.T(key); err != nil {
			return nil, err
		}
	}
	// The kiosk has no filters to remove: its own "nothing found".
	if pg.T["search_none"], err = k.l.T("search_none_kiosk"); err != nil {
		return nil, err
	}
	pg.T["title"] = d.Title
	var buf bytes.Buffer
	if err := k.page.Execute(&buf, pg); err != nil {
		return nil, err
	}
	return append([]kioskFile{{out: dir + "index.html", data: buf.Bytes()}, data}, files...), nil
}

// kioskDataPrefix starts data.js, which assigns Data to a global.
const kioskDataPrefix = "window.ocopKioskData="

// ReadData reads a kiosk's data.js back: the JSON between
// "window.ocopKioskData=" and the final ";".
func ReadData(b []byte) (Data, error) {
	var d Data
	s, ok := strings.CutPrefix(string(b), kioskDataPrefix)
	if !ok {
		return d, fmt.Errorf("kiosk data does not start with %q", kioskDataPrefix)
	}
	err := json.Unmarshal([]byte(strings.TrimSuffix(strings.TrimSpace(s), ";")), &d)
	return d, err
}

// kioskJSON encodes v without escaping <, > and & (the files are scripts,
// not HTML, and kiosk.js sets text with textContent only); U+2028 and
// U+2029 are escaped all the same by encoding/json.
func kioskJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// kioskQR encodes text as a QR code (error correction level M) and
// returns it as kiosk.js reads it: the size in modules, ":", then the
// modules row by row, six per digit of the search index's alphabet
// (least significant bit first), dark as 1.
func kioskQR(text string) (string, error) {
	c, err := qr.Encode(text, qr.M)
	if err != nil {
		return "", err
	}
	digits := search.Alphabet
	n := c.Size
	var b strings.Builder
	b.WriteString(strconv.Itoa(n))
	b.WriteByte(':')
	v, bit := 0, 0
	for y := range n {
		for x := range n {
			if c.Black(x, y) {
				v |= 1 << bit
			}
			if bit++; bit == 6 {
				b.WriteByte(digits[v])
				v, bit = 0, 0
			}
		}
	}
	if bit > 0 {
		b.WriteByte(digits[v])
	}
	return b.String(), nil
}

// Cache is what kiosk/sw.js is told: the cache's version and, per
// kiosk, the files it caches.
type Cache struct {
	// Version is a hash of every file the kiosks cache.
	Version string `json:"v"`
	// Common are the files of every kiosk; Kiosks those of each, by the
	// showroom's slug ("" for the whole catalog). Paths are relative to
	// the site root; a kiosk's folder is listed as its page.
	Common []string            `json:"common"`
	Kiosks map[string][]string `json:"kiosks"`
}

// serviceWorker makes kiosk/sw.js, with the lists of the files each kiosk
// caches: its own files, the theme assets and images it shows, and the
// search index but its display chunks (the kiosk shows results from its
// data.js).
func (k *kiosks) serviceWorker(shows []*catalog.Showroom, outs [][]kioskFile, index []search.File) (kioskFile, error) {
	src, err := fs.ReadFile(k.s.Theme, kioskSW)
	if err != nil {
		return kioskFile{}, fmt.Errorf("theme: %w", err)
	}
	if !bytes.Contains(src, []byte(kioskSWMarker)) {
		return kioskFile{}, fmt.Errorf("theme: %s has no %s to replace", kioskSW, kioskSWMarker)
	}
	h := sha256.New()
	hash := func(name string, b []byte) {
		fmt.Fprintf(h, "%s %d\n", name, len(b))
		h.Write(b)
	}
	cache := Cache{Kiosks: map[string][]string{}}
	for _, a := range kioskAssets {
		b, err := k.asset(a)
		if err != nil {
			return kioskFile{}, fmt.Errorf("theme: %w", err)
		}
		hash(a, b)
		cache.Common = append(cache.Common, a)
	}
	for _, f := range index {
		if strings.HasPrefix(f.Path, "search/") && !k.isDisplayChunk(f.Path) {
			cache.Common = append(cache.Common, f.Path)
		}
		hash(f.Path, f.Data)
	}
	for _, files := range outs {
		for _, f := range files {
			hash(f.out, f.data)
		}
	}
	for i, s := range shows {
		dir := kioskDir(s)
		list := []string{dir}
		for _, f := range outs[i] {
			if f.out != dir+"index.html" {
				list = append(list, f.out)
			}
		}
		seen := map[string]bool{}
		var extra []string
		add := func(p string) {
			if p != "" && !seen[p] {
				seen[p] = true
				extra = append(extra, p)
			}
		}
		for _, p := range k.products[s] {
			img, _ := k.image(&p.Meta, browseID(p))
			add(img)
		}
		for _, st := range k.sites {
			add(st.Image)
		}
		sort.Strings(extra)
		slug := ""
		if s != nil {
			slug = s.Slug
		}
		cache.Kiosks[slug] = append(list, extra...)
	}
	// The bytes of the photos as published go into the version too, so a
	// photo replaced under the same name reaches kiosks that cached the
	// old one.
	var photos []string
	for _, list := range cache.Kiosks {
		for _, p := range list {
			if _, ok := k.s.CopyAt(p); ok {
				photos = append(photos, p)
			}
		}
	}
	sort.Strings(photos)
	for i, p := range photos {
		if i > 0 && photos[i-1] == p {
			continue
		}
		cf, _ := k.s.CopyAt(p)
		b, err := k.s.Publish(cf)
		if err != nil {
			return kioskFile{}, fmt.Errorf("image %s: %w", cf.Src, err)
		}
		hash(p, b)
	}
	lists, err := kioskJSON(cache)
	if err != nil {
		return kioskFile{}, err
	}
	hash("lists", lists)
	sum := h.Sum(nil)
	cache.Version = hex.EncodeToString(sum[:8])
	b, err := kioskJSON(cache)
	if err != nil {
		return kioskFile{}, err
	}
	return kioskFile{out: kioskSW, data: bytes.Replace(src, []byte(kioskSWMarker), b, 1)}, nil
}

// isDisplayChunk reports whether a search index file is a display chunk
// of one of the site's languages (search/<lang>/<n>.js), which kiosks
// cache only for their products, in Vietnamese. Everything else under
// search/ (the manifest, facets, word and description shards and their
// bundles) every kiosk caches, since any query may need it.
func (k *kiosks) isDisplayChunk(p string) bool {
	rest := strings.TrimPrefix(p, "search/")
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return false
	}
	for _, l := range k.s.Langs {
		if rest[:i] == l.Code {
			return true
		}
	}
	return false
}

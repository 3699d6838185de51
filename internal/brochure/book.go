package brochure

import (
	"fmt"
	"path"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/format"
	"github.com/namdinh-ocop/ocop/internal/markdown"
	"github.com/namdinh-ocop/ocop/internal/media"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// book is what a brochure or a label sheet says, in one language, before
// it is laid out as a PDF or an HTML page.
type book struct {
	lang   string
	s      *strs
	md     *markdown.Markdown
	labels bool
	paper  string

	// kicker names what the document is about ("Điểm giới thiệu và bán
	// sản phẩm OCOP", "Hội chợ"); title is the showroom's or fair's name,
	// or the site's title.
	kicker, title string
	// lead is the start of the showroom's or fair's description, or the
	// site's, shown on the cover of a Vietnamese brochure.
	lead string
	// details are the showroom's or fair's facts shown on the cover.
	details []detail
	// printed is "Ngày in: 01/09/2025", or "" without a date.
	printed string
	// pageURL is the absolute URL of the showroom's or fair's page, or of
	// the site's home page for the whole catalog.
	pageURL string
	// siteURL is the home page in the brochure's language; siteText is
	// it without its scheme, for print.
	siteURL, siteText string
	siteTitle         string
	// program names the OCOP programme of the catalog's province
	// ("Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Nam Định").
	program string
	// offer says, for a showroom no product names, that what it shows
	// are its district's products ("Sản phẩm OCOP của huyện Hải Hậu"; see
	// catalog.OfferDistrict); "" otherwise.
	offer string
	// here is the showroom whose brochure or labels this is, nil for the
	// whole catalog or a fair.
	here *catalog.Showroom

	groups []*section
	cards  []*card
	// stars counts the cards by rating (index 0: unknown).
	stars [6]int

	// venues are every showroom, for the back page.
	venues []venue
	// docTitle is the PDF's title; subject its subject.
	docTitle, subject string
	// qrPage and qrSite encode pageURL and siteURL.
	qrPage, qrSite *qrCode
}

// detail is one fact on the cover: "Địa chỉ: …".
type detail struct{ label, value string }

// section is one product group of a brochure.
type section struct {
	// id is the browse group's ID ("" for products without one); anchor is
	// its fragment in the HTML page.
	id, anchor, name string
	cards            []*card
}

// card is one product as printed.
type card struct {
	p *catalog.Product
	// name is the product's name in the brochure's language; nameVI the
	// Vietnamese name shown under an English one ("" when the same).
	name, nameVI string
	// nameLang is "vi" when name is Vietnamese on an English page.
	nameLang string
	stars    int
	// starsText is "4 sao", or the words for a rating not recorded
	// ("Chưa rõ hạng sao").
	starsText string
	// badge is the badge of an expired certificate ("Hết hạn chứng
	// nhận"), "" for the others.
	badge           string
	producer, place string
	// where says where else to buy it and whom to call: the other
	// showrooms that offer it (catalog.OfferedAt) and the producer's
	// phone; "" when neither is known.
	where string
	// price is "35.000 ₫" ("" when unknown); pack is "chai 500 ml";
	// priceNote is said instead of an unknown price on a card, naming
	// whom to ask (the producer); labelPriceNote on a shelf label (the
	// showroom's staff).
	price, pack, priceNote string
	labelPriceNote         string
	summary                string
	summaryLang            string
	// url is the absolute URL of the product's page; urlText is it
	// without its scheme, printed under the QR code.
	url, urlText string
	// photo is the content path of the first photo ("" for none).
	photo string
	// photoRel is the photo's link from the site root, where render
	// publishes it (beside the product's Vietnamese page).
	photoRel string
	// group is the browse group's name and groupID its ID ("" for
	// none), which gives a card without a photo its colour.
	group, groupID string
	qr             *qrCode
}

// whereToBuy is a card's line on where to buy p and whom to call: the
// showrooms that offer it (the one offering rule, catalog.OfferedAt)
// other than the brochure's own, and its producer's phone.
func whereToBuy(c *catalog.Catalog, p *catalog.Product, b *book) string {
	var parts, names []string
	for _, r := range c.OfferedAt(p) {
		if r != b.here {
			names = append(names, r.Name)
		}
	}
	if len(names) > 0 {
		parts = append(parts, b.s.t("sold_at", strings.Join(names, ", ")))
	}
	if pr := p.Links.Producer; pr != nil && strings.TrimSpace(pr.Phone) != "" {
		parts = append(parts, b.s.t("producer_phone", strings.TrimSpace(pr.Phone)))
	}
	return strings.Join(parts, " · ")
}

// venue is a showroom on the back page. place is its address, or the
// words saying it is being updated, naming the district.
type venue struct {
	name, place, hours, phone string
	here                      bool
}

// selected returns the products of a selection, in no particular order:
// those the showroom offers (catalog.Offer, the one rule), the fair shows
// (catalog.FairProducts) or all, leaving out the products that are not
// certified, and the expired ones unless sel.IncludeExpired (or, for a
// fair, its select.include_expired).
func selected(c *catalog.Catalog, sel Selection) []*catalog.Product {
	var ps []*catalog.Product
	switch {
	case sel.Showroom != nil:
		ps = c.Offer(sel.Showroom).Products
	case sel.Fair != nil:
		f := *sel.Fair
		f.Select.IncludeExpired = f.Select.IncludeExpired || sel.IncludeExpired
		return c.FairProducts(&f)
	default:
		ps = c.Products
	}
	out := make([]*catalog.Product, 0, len(ps))
	for _, p := range ps {
		if st := c.Status(p); st.Promoted() || sel.IncludeExpired && st == catalog.StatusExpired {
			out = append(out, p)
		}
	}
	return out
}

// group is the products of one browse group, sorted.
type group struct {
	browse   *catalog.BrowseGroup
	products []*catalog.Product
}

// groupProducts groups ps by browse group in groups.yaml order, products
// without a browse group last, each group by stars then name.
func groupProducts(c *catalog.Catalog, ps []*catalog.Product) []group {
	by := map[string][]*catalog.Product{}
	for _, p := range ps {
		id := ""
		if p.Links.Browse != nil {
			id = p.Links.Browse.ID
		}
		by[id] = append(by[id], p)
	}
	var out []group
	add := func(b *catalog.BrowseGroup, id string) {
		if len(by[id]) == 0 {
			return
		}
		g := append([]*catalog.Product(nil), by[id]...)
		catalog.SortProducts(g, catalog.ByStars)
		out = append(out, group{b, g})
		delete(by, id)
	}
	for i := range c.Groups.Browse {
		add(&c.Groups.Browse[i], c.Groups.Browse[i].ID)
	}
	// A product whose browse group is not in the list (a broken catalog)
	// counts among the others.
	var rest []*catalog.Product
	for _, ps := range by {
		rest = append(rest, ps...)
	}
	if len(rest) > 0 {
		catalog.SortProducts(rest, catalog.ByStars)
		out = append(out, group{nil, rest})
	}
	return out
}

// newBook gathers what the document of sel says.
func newBook(c *catalog.Catalog, sel Selection, opt Options) (*book, error) {
	if err := sel.check(); err != nil {
		return nil, err
	}
	lang := langOf(opt)
	if opt.Lang != "" && opt.Lang != "vi" && opt.Lang != "en" {
		return nil, fmt.Errorf("brochure: language %q: want vi or en", opt.Lang)
	}
	paper := "A4"
	switch strings.ToUpper(opt.Paper) {
	case "", "A4":
	case "A5":
		paper = "A5"
	default:
		return nil, fmt.Errorf("brochure: paper %q: want A4 or A5", opt.Paper)
	}
	if opt.Theme == nil {
		return nil, fmt.Errorf("brochure: no theme")
	}
	s, err := loadStrings(opt.Theme, lang)
	if err != nil {
		return nil, err
	}
	en := lang == "en"
	pick := func(vi, e string) string {
		if en && strings.TrimSpace(e) != "" {
			return e
		}
		return vi
	}
	b := &book{lang: lang, s: s, md: markdown.New(), labels: sel.Labels, paper: paper, here: sel.Showroom}
	b.siteTitle = pick(c.Config.Title, c.Config.TitleEN)
	if b.siteTitle == "" {
		b.siteTitle = s.t("site_title")
	}
	b.program = s.t("program")
	if p := province(c); p != "" {
		b.program = s.t("program_of", p)
	}
	b.siteURL = opt.Base.Abs(urls.Lang(lang))
	b.siteText = displayURL(b.siteURL)
	if !opt.Printed.IsZero() {
		b.printed = s.t("printed", format.Date(lang, opt.Printed))
	}

	switch {
	case sel.Showroom != nil:
		r := sel.Showroom
		b.kicker = s.t("kicker_showroom")
		if sel.Labels {
			b.kicker = s.t("kicker_labels")
		}
		b.title = pick(r.Name, r.NameEN)
		b.pageURL = opt.Base.Abs(urls.Page(urls.Showroom, lang, r.Slug))
		if off := c.Offer(r); off.Rule == catalog.OfferDistrict {
			b.offer = s.shared("offer_district", districtName(s, r))
		}
		b.details = append(b.details, detail{s.t("address"), venuePlace(s, r)})
		b.lead = sentences(firstParagraph(b.md, r.Body), excerptMax)
		if r.Hours != "" {
			b.details = append(b.details, detail{s.t("hours"), r.Hours})
		}
		if r.Phone != "" {
			b.details = append(b.details, detail{s.t("phone"), r.Phone})
		}
	case sel.Fair != nil:
		f := sel.Fair
		b.kicker = s.t("kicker_fair")
		b.title = pick(f.Name, f.NameEN)
		b.pageURL = opt.Base.Abs(urls.Page(urls.Fair, lang, f.Slug))
		// Dates and venue a record does not give are not announced, as
		// the fair's page says.
		d, venue := fairDates(lang, f), f.Venue
		if d == "" {
			d = s.shared("fair_not_announced")
		}
		if venue == "" {
			venue = s.shared("fair_not_announced")
		}
		b.details = append(b.details, detail{s.t("dates"), d}, detail{s.t("venue"), venue})
		if f.Participants() {
			b.details = append(b.details, detail{s.shared("fair_participants"), s.shared("fair_participants_list")})
		} else {
			b.details = append(b.details, detail{s.shared("fair_eligibility"), fairRule(s, c, f, sel.IncludeExpired, pick)},
				detail{"", s.shared("fair_eligible") + ": " + s.shared("fair_eligible_note")})
		}
		b.lead = sentences(firstParagraph(b.md, f.Body), excerptMax)
	default:
		b.kicker = s.t("kicker_all")
		b.title = b.siteTitle
		b.pageURL = b.siteURL
		b.lead = cut(c.Config.Description, excerptMax)
	}
	if en || sel.Labels {
		b.lead = ""
	}
	b.docTitle = b.title
	if b.title != b.siteTitle {
		if en || sel.Labels {
			b.lead = ""
		}
		b.docTitle = b.title + " – " + b.siteTitle
	}
	b.subject = b.kicker

	for _, g := range groupProducts(c, selected(c, sel)) {
		sec := &section{}
		if g.browse != nil {
			sec.id = g.browse.ID
			sec.name = pick(g.browse.Name, g.browse.NameEN)
		} else {
			sec.name = s.t("other_group")
		}
		sec.anchor = "nhom-" + sec.id
		if sec.id == "" {
			sec.anchor = "nhom-khac"
		}
		for _, p := range g.products {
			cd, err := newCard(c, p, b, opt, sec.name)
			if err != nil {
				return nil, err
			}
			sec.cards = append(sec.cards, cd)
			b.cards = append(b.cards, cd)
			if p.Stars >= 1 && p.Stars <= 5 {
				b.stars[p.Stars]++
			} else {
				b.stars[0]++
			}
		}
		b.groups = append(b.groups, sec)
	}

	for _, r := range c.Showrooms {
		v := venue{
			name:  pick(r.Name, r.NameEN),
			hours: r.Hours,
			phone: r.Phone,
			here:  sel.Showroom == r,
		}
		v.place = venuePlace(s, r)
		b.venues = append(b.venues, v)
	}
	b.normalize()
	if b.qrPage, err = encodeQR(b.pageURL); err != nil {
		return nil, fmt.Errorf("QR code of %s: %w", b.pageURL, err)
	}
	if b.qrSite, err = encodeQR(b.siteURL); err != nil {
		return nil, fmt.Errorf("QR code of %s: %w", b.siteURL, err)
	}
	if err := s.err(); err != nil {
		return nil, err
	}
	return b, nil
}

// normalize puts every text of the book in NFC, so that both forms print
// and search alike whatever the records were typed in (the loader
// already normalises content; catalogs built in code may not be).
func (b *book) normalize() {
	for _, p := range []*string{&b.kicker, &b.title, &b.lead, &b.siteTitle, &b.docTitle, &b.subject, &b.program, &b.offer} {
		*p = norm.NFC.String(*p)
	}
	for i := range b.details {
		b.details[i].value = norm.NFC.String(b.details[i].value)
	}
	for i := range b.venues {
		v := &b.venues[i]
		for _, p := range []*string{&v.name, &v.place, &v.hours, &v.phone} {
			*p = norm.NFC.String(*p)
		}
	}
	for _, g := range b.groups {
		g.name = norm.NFC.String(g.name)
	}
	for _, c := range b.cards {
		for _, p := range []*string{&c.name, &c.nameVI, &c.producer, &c.place, &c.pack, &c.summary, &c.group, &c.starsText, &c.badge} {
			*p = norm.NFC.String(*p)
		}
	}
}

// newCard gathers what a product's card says.
func newCard(c *catalog.Catalog, p *catalog.Product, b *book, opt Options, groupName string) (*card, error) {
	s := b.s
	cd := &card{p: p, name: p.Name, stars: p.Stars, group: groupName}
	if p.Links.Browse != nil {
		cd.groupID = p.Links.Browse.ID
	}
	if b.lang == "en" {
		if strings.TrimSpace(p.NameEN) != "" {
			cd.name = p.NameEN
			if p.NameEN != p.Name {
				cd.nameVI = p.Name
			}
		} else {
			cd.nameLang = "vi"
		}
	}
	if p.Stars >= 1 && p.Stars <= 5 {
		cd.starsText = s.tn("stars", p.Stars)
	} else {
		cd.starsText = s.shared("stars_unknown")
	}
	if c.Status(p) == catalog.StatusExpired {
		cd.badge = s.shared("badge_expired")
	}
	if pr := p.Links.Producer; pr != nil {
		cd.producer = pr.Name
		if b.lang == "en" && pr.NameEN != "" {
			cd.producer = pr.NameEN
		}
	}
	cd.place = placeText(s, p.District, p.Commune, p.Links.District, p.Links.Unit, p.Links.Present)
	cd.where = whereToBuy(c, p, b)
	if p.Price > 0 {
		cd.price = format.VND(p.Price)
		cd.pack = strings.TrimSpace(p.Pack)
	} else {
		cd.priceNote = s.t("price_unknown")
		cd.labelPriceNote = s.t("price_unknown_label")
	}
	cd.summary, cd.summaryLang = summaryOf(b.md, p, b.lang)
	if cd.summaryLang == b.lang {
		cd.summaryLang = ""
	}
	cd.url = opt.Base.Abs(urls.Page(urls.Product, b.lang, p.Slug))
	cd.urlText = displayURL(cd.url)
	lib := media.NewLibrary(opt.Content)
	for _, rel := range p.Images {
		if img, err := lib.Find(p.Dir, rel); err == nil && img.Type.Print {
			cd.photo = img.Src
			cd.photoRel = path.Join(urls.Page(urls.Product, "vi", p.Slug), img.Out)
			break
		}
	}
	q, err := encodeQR(cd.url)
	if err != nil {
		return nil, fmt.Errorf("QR code of %s: %w", p.Path, err)
	}
	cd.qr = q
	return cd, nil
}

// displayURL is an absolute URL as printed: without "https://".
func displayURL(u string) string {
	u = strings.TrimPrefix(u, "https://")
	return strings.TrimPrefix(u, "http://")
}

// fairDates writes a fair's dates: "01/10/2024 – 05/10/2024", or one date.
func fairDates(lang string, f *catalog.Fair) string {
	a, z := format.Date(lang, f.Start), format.Date(lang, f.End)
	switch {
	case a != "" && z != "" && a != z:
		return a + " – " + z
	case a != "":
		return a
	}
	return z
}

// fairRule writes in words the rule that makes a fair's products
// eligible (a fair whose record lists no participants): the stars,
// whether expired certificates count (the fair's select.include_expired,
// or includeExpired), the groups and the districts, in the words of the
// fair's page (the theme's fair_rule_* strings).
func fairRule(s *strs, c *catalog.Catalog, f *catalog.Fair, includeExpired bool, pick func(vi, en string) string) string {
	key := "fair_rule_stars"
	if f.Select.IncludeExpired || includeExpired {
		key = "fair_rule_stars_expired"
	}
	out := s.shared(key, f.MinStars())
	if len(f.Select.Groups) > 0 {
		var names []string
		for _, id := range f.Select.Groups {
			if g := c.Groups.BrowseGroup(id); g != nil {
				names = append(names, pick(g.Name, g.NameEN))
			} else {
				names = append(names, id)
			}
		}
		out += "; " + s.shared("fair_rule_groups") + " " + strings.Join(names, ", ")
	}
	if len(f.Select.Districts) > 0 {
		ds := make([]string, len(f.Select.Districts))
		for i, d := range f.Select.Districts {
			ds[i] = site.UnitLabel(s.lang, d)
		}
		out += "; " + s.shared("fair_rule_districts") + " " + strings.Join(ds, ", ")
	}
	return out
}

// venuePlace writes a showroom's address followed by its commune and
// district, unless the address names the district already, and the
// present-day units: "số 1 đường Trần Hưng Đạo, thị trấn Yên Định, huyện
// Hải Hậu (nay là …)". A showroom whose record gives no address is said
// to have its address being updated, naming its district: "Địa chỉ đang
// được cập nhật (huyện Hải Hậu)".
func venuePlace(s *strs, r *catalog.Showroom) string {
	where, now := placeParts(s, r.District, r.Commune, r.Links.District, r.Links.Unit, r.Links.Present)
	addr := strings.TrimSpace(r.Address)
	switch {
	case addr == "" && where != "":
		addr = s.t("address_pending", where)
	case addr == "":
		addr = s.t("address_pending_none")
	case where != "" && !strings.Contains(catalog.PlaceKey(addr), districtKey(r)):
		addr += ", " + where
	}
	if now != "" && addr != "" {
		addr += " (" + now + ")"
	}
	return addr
}

// districtKey is the PlaceKey of a showroom's district as resolved (or as
// written), to tell whether its address names it.
func districtKey(r *catalog.Showroom) string {
	name := r.District
	if r.Links.District != nil {
		name = r.Links.District.Name
	}
	if name == "" {
		return "\x00" // matches no address
	}
	return catalog.PlaceKey(name)
}

// districtName writes a showroom's district inside a phrase, as resolved
// or as written: "huyện Hải Hậu", "Hải Hậu district".
func districtName(s *strs, r *catalog.Showroom) string {
	if r.Links.District != nil {
		return unitName(s.lang, r.Links.District.Name)
	}
	return r.District
}

// province returns the province of the catalog's districts: the province
// of its earliest geo/ file, the units its records were written in ("" for
// none).
func province(c *catalog.Catalog) string {
	for _, sn := range c.Geo.Snapshots {
		if p := strings.TrimSpace(sn.Province); p != "" {
			return p
		}
	}
	return ""
}

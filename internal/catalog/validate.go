package catalog

import (
	"fmt"
	"io/fs"
	"net/mail"
	"regexp"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/markdown"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// CheckOptions are the inputs of Validate beyond the catalog itself.
type CheckOptions struct {
	// Today is the date certificates are checked against (Vietnam's
	// calendar date; see Today).
	Today Date
	// Exists reports whether a file exists at a slash-separated path
	// relative to the source directory. Nil means every file exists.
	// Files, when set, replaces it.
	Exists func(path string) bool
	// Files is the source directory, read for the images records name
	// (see images.go); nil leaves their files unread.
	Files fs.FS
	// Reported reports whether the file at a slash-separated path was
	// already reported as one the site never reads (a link out of the
	// site, a named pipe, a file over the size limit); a reference to it
	// gets no second message. Nil means none was.
	Reported func(path string) bool
}

// Validate checks every rule of the content model across all records and
// returns every problem found, sorted by file and position. It expects Link
// to have run. Errors fail a build; warnings list gaps in the catalog (a
// completeness report) and fail only `ocop check --strict`.
func (c *Catalog) Validate(opt CheckOptions) Diagnostics {
	v := &validator{c: c, opt: opt}
	v.config()
	v.programme()
	for _, p := range c.Products {
		v.product(p)
	}
	for _, p := range c.Producers {
		v.producer(p)
	}
	for _, s := range c.Sites {
		v.site(s)
	}
	for _, s := range c.Showrooms {
		v.showroom(s)
	}
	for _, f := range c.Fairs {
		v.fair(f)
	}
	v.limits()
	v.slugs()
	v.ds.Sort()
	return v.ds
}

// ValidateProduct returns the problems Validate reports in product p's
// file, on a catalog where p is linked (the live preview checks a saved
// product this way, without checking the whole catalog again). Duplicate
// slugs are not checked here; Validate checks them across records.
func (c *Catalog) ValidateProduct(p *Product, opt CheckOptions) Diagnostics {
	v := &validator{c: c, opt: opt}
	v.product(p)
	v.ds.Sort()
	return v.ds
}

type validator struct {
	c     *Catalog
	opt   CheckOptions
	ds    Diagnostics
	hints hints
	md    *markdown.Markdown // read the tables of bodies; made on first use
}

func (v *validator) config() {
	cf := &v.c.Config
	if cf.Path == "" {
		return
	}
	if !cf.Bad["title"] && strings.TrimSpace(cf.Title) == "" {
		v.ds.Errorf(cf.At("title"), "title is empty; give the site's title, such as \"Sản phẩm OCOP Nam Định\"")
	}
	if cf.Bad["base_url"] {
		// Already reported by the loader.
	} else if cf.BaseURL == "" {
		v.ds.Errorf(cf.At("base_url"), "base_url is missing; give the address the site is published at, such as https://ocop.namdinh.gov.vn/")
	} else if _, err := urls.ParseBase(cf.BaseURL); err != nil {
		v.ds.Errorf(cf.At("base_url"), "%s", err)
	}
	if !v.c.Broken.Groups && !cf.Bad["default_criteria"] && v.c.Groups.System(cf.DefaultCriteria) == nil {
		v.ds.Errorf(cf.At("default_criteria"), "default_criteria must be %s, got %q", v.systemList(), cf.DefaultCriteria)
	}
	for i, l := range cf.Languages {
		if l.Code != "vi" && l.Code != "en" {
			v.ds.Errorf(cf.At(fmt.Sprintf("languages.%d.code", i)), "language code must be vi or en, got %q", l.Code)
		}
	}
	if len(cf.Languages) > 0 && cf.Languages[0].Code != "vi" {
		v.ds.Errorf(cf.At("languages.0.code"), "the first language must be vi (Vietnamese is the site's main language), got %q", cf.Languages[0].Code)
	}
	if _, ok := message.ParseLang(cf.EditorLanguage); !ok {
		v.ds.Errorf(cf.At("editor_language"), "editor_language must be vi or en, got %q", cf.EditorLanguage)
	}
}

// systemList lists the IDs of the group systems, joined by "or".
func (v *validator) systemList() message.Localizer {
	var ids []string
	for _, s := range v.c.Groups.Systems {
		ids = append(ids, s.ID)
	}
	return orList(ids)
}

// name checks the name of a record of kind what.
func (v *validator) name(m *Meta, name string, what Kind) {
	if !m.Has("name") {
		v.ds.Errorf(m.At("name"), "name is missing; every %s needs a name", what)
	} else if !m.Bad["name"] && strings.TrimSpace(name) == "" {
		v.ds.Errorf(m.At("name"), "name is empty; give the %s's name", what)
	}
}

func (v *validator) product(p *Product) {
	v.name(&p.Meta, p.Name, KindProduct)
	v.productLimits(p)

	// Programme status of a product that is not certified.
	if p.Valid("status") {
		if !contains(ProgrammeStatuses, p.Status) {
			v.ds.Errorf(p.At("status"), "status must be %s (a product that entered the programme without a certificate), got %q; leave status out for a certified product", orList(ProgrammeStatuses), p.Status)
		}
		for _, key := range []string{"stars", "score", "level", "certificate", "year"} {
			if p.Has(key) {
				v.ds.Errorf(p.At(key), "%s is set, but status: %s says the product is not certified; remove status: if a recognition decision is known, else remove %s", key, p.Status, key)
			}
		}
	}

	// Star rating, score and level (Decision 1048/QĐ-TTg, 148/QĐ-TTg).
	switch {
	case p.Has("status"):
	case !p.Has("stars"):
		v.ds.Warnf(p.At("stars"), "star rating is unknown; add stars: 1–5 when the certificate is known")
	case !p.Valid("stars"):
	case p.Stars < 1 || p.Stars > 5:
		v.ds.Errorf(p.At("stars"), "stars must be 1–5, got %d", p.Stars)
	}
	if p.Valid("score") {
		if p.Score < 0 || p.Score > 100 {
			v.ds.Errorf(p.At("score"), "score must be 0–100, got %d", p.Score)
		} else if p.Stars >= 1 && p.Stars <= 5 {
			if lo, hi, _ := ScoreBand(p.Stars); p.Score < lo || p.Score > hi {
				v.ds.Errorf(p.At("score"), "score %d is a %d★ score, but stars is %d; a %d★ product scores %d–%d", p.Score, StarsForScore(p.Score), p.Stars, p.Stars, lo, hi)
			}
		}
	}
	if p.Valid("level") {
		switch {
		case !contains(Levels, p.Level):
			v.ds.Errorf(p.At("level"), "level must be %s, got %q", orList(Levels), p.Level)
		case p.Stars == 5 && p.Level != LevelNational:
			v.ds.Errorf(p.At("level"), "a 5★ product is recognised by the national council; level must be national, got %q", p.Level)
		case p.Stars == 4 && p.Level == LevelDistrict:
			v.ds.Errorf(p.At("level"), "a 4★ product is recognised by the province; level must be province or national, got %q", p.Level)
		}
	}

	// Group of the criteria system.
	crit := v.c.Criteria(p)
	sys := v.c.Groups.System(crit)
	known := v.c.groupsKnown(p)
	if known && p.Valid("criteria") && sys == nil {
		v.ds.Errorf(p.At("criteria"), "criteria must be %s (the decision the product was rated under), got %q", v.systemList(), p.Criteria)
	}
	switch {
	case !p.Has("group"):
		v.ds.Warnf(p.At("group"), "product group is unknown; when a source gives it, add group: one of the groups of Decision %s", decisionOf(sys, crit))
	case !p.Valid("group"):
	case known && sys != nil && p.Links.Group == nil:
		var ids []string
		for _, g := range sys.Groups {
			ids = append(ids, g.ID)
		}
		v.ds.Errorf(p.At("group"), "group %q is not a group of Decision %s; expected %s", p.Group, sys.Decision, orList(ids))
	}

	// References.
	switch {
	case !p.Has("producer"):
		v.ds.Warnf(p.At("producer"), "producer is unknown; when a source names it, add producer: the ID of a file in content/producers/")
	case !p.Valid("producer"):
	case p.Links.Producer == nil && !v.c.unread("producer", p.Producer):
		v.ds.Errorf(p.At("producer"), "producer %q does not exist; expected the ID of a file in content/producers/ (its name without .md)%s", p.Producer, v.didYouMean(p.Producer, v.hints.producerIDs(v.c)))
	}
	for i, id := range p.Showrooms {
		if v.c.Showroom(id) == nil && !v.c.unread("showroom", id) {
			v.ds.Errorf(p.At(fmt.Sprintf("showrooms.%d", i)), "showroom %q does not exist; expected the ID of a file in content/showrooms/%s", id, v.didYouMean(id, v.hints.showroomIDs(v.c)))
		}
	}
	v.place(&p.Meta, p.District, p.Commune, true)

	// Certificate (Decision 148/QĐ-TTg: valid 36 months).
	cert := p.Certificate
	untilBad := false // valid_until is before the date: no expiry follows from it
	if p.Has("certificate") {
		if cert.Number == "" && !p.Bad["certificate.number"] {
			v.ds.Warnf(p.At("certificate"), "certificate has no number; when the decision is known, add number: its number, such as 2700/QĐ-UBND")
		}
		if !p.Has("certificate.date") {
			v.ds.Warnf(p.At("certificate"), "certificate has no date; when the decision is known, add date: the day it was signed, YYYY-MM-DD")
		}
		if !cert.ValidUntil.IsZero() && !cert.Date.IsZero() && cert.ValidUntil.Before(cert.Date) {
			v.ds.Errorf(p.At("certificate.valid_until"), "valid_until %s is before the decision date %s", cert.ValidUntil, cert.Date)
			untilBad = true
		}
		if !cert.Date.IsZero() && !v.opt.Today.IsZero() && v.opt.Today.Before(cert.Date) {
			v.ds.Errorf(p.At("certificate.date"), "certificate date %s is in the future; expected the date the decision was signed", cert.Date)
		}
	}
	if p.Status == "" && !p.Has("certificate") && !p.Has("year") {
		v.ds.Warnf(p.FilePos, "nothing says when the product was recognised as OCOP; add certificate: (the recognition decision's number and date) or year: from its source, or status: if it is not recognised")
	}
	if until, ok := p.ValidUntil(); ok && !untilBad && !v.opt.Today.IsZero() {
		key := "certificate.date"
		if p.Has("certificate.valid_until") {
			key = "certificate.valid_until"
		}
		// The status decides (StatusOn), as on every output; the date
		// is only said.
		switch p.StatusOn(v.opt.Today) {
		case StatusExpired:
			v.ds.Warnf(p.At(key), "certificate expired on %s; renew it or record the new decision", until)
		case StatusExpiring:
			v.ds.Warnf(p.At(key), "certificate expires on %s, within %d days", until, ExpiryWarningDays)
		}
	}
	if p.Valid("year") && (p.Year < 2019 || (v.opt.Today.Year > 0 && p.Year > v.opt.Today.Year)) {
		v.ds.Errorf(p.At("year"), "year must be a year of the OCOP programme (2019 or later, not in the future), got %d", p.Year)
	}

	if p.Valid("price") && p.Price <= 0 {
		v.ds.Errorf(p.At("price"), "price must be a whole number of đồng above 0, such as 35000, got %d", p.Price)
	}
	if p.Price > 0 && p.Pack == "" {
		v.ds.Warnf(p.At("price"), "price has no pack; add pack: what the price buys, such as \"chai 500 ml\"")
	}
	v.images(&p.Meta, p.Images, urls.Product)
	if len(p.Images) == 0 && !p.Bad["images"] {
		v.ds.Warnf(p.At("images"), "no image; a placeholder is shown until images: lists a photo")
	}
	if p.NameEN == "" && !p.Bad["name_en"] {
		v.ds.Warnf(p.At("name_en"), "no English name; add name_en for the English pages")
	}
	if strings.TrimSpace(p.DescriptionEN) == "" && !p.Bad["description_en"] {
		v.ds.Warnf(p.At("description_en"), "no English description; add description_en: a sentence or two in English, in your own words, for the English pages")
	}
	v.strings(&p.Meta, "tags", p.Tags)
	v.shops(p)
	v.gtin(p)
	v.sources(&p.Meta, p.Sources)
}

func decisionOf(sys *System, id string) string {
	if sys != nil {
		return sys.Decision
	}
	return id
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// place checks a district and commune pair.
func (v *validator) place(m *Meta, district, commune string, warnMissing bool) {
	if district == "" {
		if commune != "" {
			v.ds.Errorf(m.At("commune"), "commune %q needs a district; add district: the huyện it was in", commune)
		} else if warnMissing {
			v.ds.Warnf(m.At("district"), "district is unknown; when a source gives it, add district: the huyện named in the decision")
		}
		return
	}
	if v.c.Broken.Geo {
		return // the names cannot be checked against a broken geography
	}
	if v.c.Geo.FindDistrict(district) == nil {
		var names []string
		if ds := v.c.Districts(); len(ds) > 0 {
			for _, d := range ds {
				names = append(names, d.Name)
			}
		}
		if near := nearPlace(district, names); near != "" {
			v.ds.Errorf(m.At("district"), "district %q is not a district of Nam Định; did you mean %q?", district, near)
		} else {
			v.ds.Errorf(m.At("district"), "district %q is not a district of Nam Định; expected %s", district, orList(quoteAll(names)))
		}
		return
	}
	if commune == "" {
		return
	}
	u := v.c.Geo.FindUnit(district, commune)
	if u == nil {
		v.ds.Errorf(m.At("commune"), "commune %q is not in district %q; %s", commune, district, v.communeHint(district, commune))
		return
	}
	if u.Snapshot != v.c.Geo.Snapshots[len(v.c.Geo.Snapshots)-1] && len(v.c.Geo.Present(u)) == 0 {
		v.ds.Warnf(m.At("commune"), "the present-day unit of %s is not recorded, so the page cannot say what it is called now; add a from: link in content/geo/", u.Name)
	}
}

func (v *validator) strings(m *Meta, key string, xs []string) {
	for i, x := range xs {
		if strings.TrimSpace(x) == "" {
			v.ds.Errorf(m.At(fmt.Sprintf("%s.%d", key, i)), "%s has an empty entry; remove it or write a word", key)
		}
	}
}

func (v *validator) sources(m *Meta, srcs []string) {
	for i, s := range srcs {
		if !urls.SafeExternal(s) {
			v.ds.Errorf(m.At(fmt.Sprintf("sources.%d", i)), "source %q must be an http:// or https:// address", s)
		}
	}
}

// phoneRe accepts Vietnamese numbers as written: digits with optional
// spaces, dots or hyphens, optionally starting with +84.
var phoneRe = regexp.MustCompile(PhonePattern)

// phoneNumber reports whether s is written as a Vietnamese phone number.
func phoneNumber(s string) bool {
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return phoneRe.MatchString(s) && digits >= 9 && digits <= 12
}

func (v *validator) phone(m *Meta, phone string) {
	if phone == "" {
		return
	}
	if !phoneNumber(phone) {
		v.ds.Errorf(m.At("phone"), "phone %q is not a phone number; expected 10 or 11 digits starting with 0 or +84, such as 0912345678 or 0228 3123 456", phone)
	}
}

func (v *validator) coordinates(m *Meta, c Coordinates) {
	if !m.Has("coordinates") {
		return
	}
	inRange := true
	if c.Lat < -90 || c.Lat > 90 {
		v.ds.Errorf(m.At("coordinates.lat"), "latitude must be between -90 and 90 degrees, got %g", c.Lat)
		inRange = false
	}
	if c.Lon < -180 || c.Lon > 180 {
		v.ds.Errorf(m.At("coordinates.lon"), "longitude must be between -180 and 180 degrees, got %g", c.Lon)
		inRange = false
	}
	if !inRange {
		return
	}
	// Nam Định lies near 20.4° N, 106.2° E; a point far from Vietnam is
	// usually latitude and longitude swapped.
	if c.Lat < 8 || c.Lat > 24 || c.Lon < 102 || c.Lon > 110 {
		v.ds.Errorf(m.At("coordinates"), "coordinates %g, %g are outside Vietnam; expected lat about 20.2–20.5 and lon about 106.0–106.6 (are they swapped?)", c.Lat, c.Lon)
	}
}

func (v *validator) producer(p *Producer) {
	v.name(&p.Meta, p.Name, KindProducer)
	switch {
	case !p.Has("kind"):
		v.ds.Warnf(p.At("kind"), "kind is unknown; when a source says it, add kind: %s", orList(quoteAll(ProducerKinds)))
	case !p.Valid("kind"):
	case !contains(ProducerKinds, p.Kind):
		v.ds.Errorf(p.At("kind"), "kind must be %s, got %q", orList(quoteAll(ProducerKinds)), p.Kind)
	}
	v.place(&p.Meta, p.District, p.Commune, true)
	v.phone(&p.Meta, p.Phone)
	if p.Email != "" {
		if a, err := mail.ParseAddress(p.Email); err != nil || a.Address != p.Email {
			v.ds.Errorf(p.At("email"), "email %q is not an email address; expected a form such as htx@example.vn", p.Email)
		}
	}
	v.zalo(p)
	if p.Website != "" && !urls.SafeExternal(p.Website) {
		v.ds.Errorf(p.At("website"), "website %q must be an http:// or https:// address", p.Website)
	}
	if p.Valid("founded") && (p.Founded < 1800 || (v.opt.Today.Year > 0 && p.Founded > v.opt.Today.Year)) {
		v.ds.Errorf(p.At("founded"), "founded must be a year between 1800 and this year, got %d", p.Founded)
	}
	if len(p.Links.Products) == 0 {
		v.ds.Warnf(p.At("name"), "no product names this producer; link a product with producer: %s", p.ID)
	}
	v.sources(&p.Meta, p.Sources)
	v.images(&p.Meta, nil, urls.Producer)
}

func (v *validator) site(s *Site) {
	v.name(&s.Meta, s.Name, KindSite)
	switch {
	case !s.Has("kind"):
		v.ds.Warnf(s.At("kind"), "kind is unknown; when a source says it, add kind: %s", orList(quoteAll(SiteKinds)))
	case !s.Valid("kind"):
	case !contains(SiteKinds, s.Kind):
		v.ds.Errorf(s.At("kind"), "kind must be %s, got %q", orList(quoteAll(SiteKinds)), s.Kind)
	}
	v.place(&s.Meta, s.District, s.Commune, true)
	v.coordinates(&s.Meta, s.Coordinates)
	if s.Valid("stars") && (s.Stars < 1 || s.Stars > 5) {
		v.ds.Errorf(s.At("stars"), "stars must be 1–5, got %d", s.Stars)
	}
	for i, id := range s.Products {
		if v.c.Product(id) == nil && !v.c.unread("product", id) {
			v.ds.Errorf(s.At(fmt.Sprintf("products.%d", i)), "product %q does not exist; expected the ID of a file in content/products/", id)
		}
	}
	for i, id := range s.Producers {
		if v.c.Producer(id) == nil && !v.c.unread("producer", id) {
			v.ds.Errorf(s.At(fmt.Sprintf("producers.%d", i)), "producer %q does not exist; expected the ID of a file in content/producers/", id)
		}
	}
	v.images(&s.Meta, s.Images, urls.Site)
	v.sources(&s.Meta, s.Sources)
}

func (v *validator) showroom(s *Showroom) {
	v.name(&s.Meta, s.Name, KindShowroom)
	v.place(&s.Meta, s.District, s.Commune, true)
	if s.Address == "" {
		v.ds.Warnf(s.At("address"), "address is unknown; when a source gives it, add address: so visitors can find the showroom")
	}
	v.phone(&s.Meta, s.Phone)
	v.coordinates(&s.Meta, s.Coordinates)
	v.sources(&s.Meta, s.Sources)
	v.images(&s.Meta, nil, urls.Showroom)
	v.kiosk(s)
}

// kiosk checks a showroom's kiosk settings, and says when its kiosk
// falls back to the whole catalog.
func (v *validator) kiosk(s *Showroom) {
	offer := v.c.Offer(s)
	pool := offer.Products
	if offer.Rule == OfferNone && !v.c.Broken.Geo {
		at := s.At("district")
		if !s.Has("district") {
			at = s.At("name")
		}
		v.ds.Warnf(at, "the showroom offers no product: no product names it in its showrooms list and its district has no certified product, so its page, kiosk and brochure are empty; add showrooms: [%s] to the products it sells", s.ID)
	}
	inPool := make(map[*Product]bool, len(pool))
	for _, p := range pool {
		inPool[p] = true
	}
	k := s.Kiosk
	if s.Valid("kiosk.idle_seconds") && (k.IdleSeconds < KioskIdleMin || k.IdleSeconds > KioskIdleMax) {
		v.ds.Errorf(s.At("kiosk.idle_seconds"), "kiosk.idle_seconds must be %d–%d seconds, got %d; leave it out for the default, %d", KioskIdleMin, KioskIdleMax, k.IdleSeconds, KioskIdleDefault)
	}
	if s.Valid("kiosk.slide_seconds") && (k.SlideSeconds < KioskSlideMin || k.SlideSeconds > KioskSlideMax) {
		v.ds.Errorf(s.At("kiosk.slide_seconds"), "kiosk.slide_seconds must be %d–%d seconds, got %d; leave it out for the default, %d", KioskSlideMin, KioskSlideMax, k.SlideSeconds, KioskSlideDefault)
	}
	if s.Valid("kiosk.orientation") && !contains(KioskOrientations, k.Orientation) {
		v.ds.Errorf(s.At("kiosk.orientation"), "kiosk.orientation must be %s, got %q", orList(KioskOrientations), k.Orientation)
	}
	seen := map[*Product]string{}
	for i, ref := range k.Featured {
		key := fmt.Sprintf("kiosk.featured.%d", i)
		if strings.TrimSpace(ref) == "" {
			continue // reported by the loader as an empty item
		}
		p := v.c.FindProduct(ref)
		if p == nil && v.c.unread("product", ref) {
			continue
		}
		if p == nil {
			v.ds.Errorf(s.At(key), "featured product %q does not exist; expected the ID of a file in content/products/ or a product's slug%s", ref, v.didYouMean(ref, v.hints.productRefs(v.c)))
			continue
		}
		if first, dup := seen[p]; dup {
			v.ds.Warnf(s.At(key), "featured product %q is listed twice (first as %q); keep one", ref, first)
			continue
		}
		seen[p] = ref
		switch {
		case inPool[p]:
		case offer.Rule == OfferNamed:
			v.ds.Warnf(s.At(key), "featured product %q is not sold here: its showrooms list does not name %q, so the kiosk leaves it out; add %q to its showrooms list", ref, s.ID, s.ID)
		default:
			v.ds.Warnf(s.At(key), "featured product %q is not offered here: no product names %q, so the showroom offers its district's certified products, and this is not one of them; the kiosk leaves it out", ref, s.ID)
		}
	}
}

// slugs returns the slug of each product.
func slugs(ps []*Product) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Slug
	}
	return out
}

func (v *validator) fair(f *Fair) {
	v.name(&f.Meta, f.Name, KindFair)
	if !f.Start.IsZero() && !f.End.IsZero() && f.End.Before(f.Start) {
		v.ds.Errorf(f.At("end"), "end %s is before start %s", f.End, f.Start)
	}
	if f.Start.IsZero() && !f.Bad["start"] {
		v.ds.Warnf(f.At("start"), "fair dates are unknown; when they are announced, add start: and end: (YYYY-MM-DD)")
	}
	sel := f.Select
	if f.Valid("select.min_stars") && (sel.MinStars < 1 || sel.MinStars > 5) {
		v.ds.Errorf(f.At("select.min_stars"), "min_stars must be 1–5, got %d", sel.MinStars)
	}
	for i, g := range sel.Groups {
		if !v.c.Broken.Groups && v.c.Groups.BrowseGroup(g) == nil {
			var ids []string
			for _, b := range v.c.Groups.Browse {
				ids = append(ids, b.ID)
			}
			v.ds.Errorf(f.At(fmt.Sprintf("select.groups.%d", i)), "group %q is not a browse group; expected %s", g, orList(ids))
		}
	}
	for i, d := range sel.Districts {
		if !v.c.Broken.Geo && v.c.Geo.FindDistrict(d) == nil {
			v.ds.Errorf(f.At(fmt.Sprintf("select.districts.%d", i)), "district %q is not a district of Nam Định", d)
		}
	}
	for i, id := range sel.Products {
		if v.c.Product(id) == nil && !v.c.unread("product", id) {
			v.ds.Errorf(f.At(fmt.Sprintf("select.products.%d", i)), "product %q does not exist; expected the ID of a file in content/products/", id)
		}
	}
	v.sources(&f.Meta, f.Sources)
	v.images(&f.Meta, nil, urls.Fair)
}

// slugs reports two records of one kind that would be published at the
// same URL, naming both files. Nothing is renamed silently: the editor
// chooses which record gets a slug: override.
func (v *validator) slugs() {
	check := func(kind Kind, section string, metas []*Meta) {
		seen := make(map[string]*Meta, len(metas))
		for _, m := range metas {
			if m.Slug == "" {
				continue
			}
			if first, ok := seen[m.Slug]; ok {
				key := "name"
				if m.Has("slug") {
					key = "slug"
				}
				v.ds.Errorf(m.At(key), "%s URL /%s/%s/ is already used by %s; give one of them a different slug: in its front matter", kind, section, m.Slug, first.Path)
				continue
			}
			seen[m.Slug] = m
		}
	}
	for _, ki := range Kinds() {
		rs := v.c.Records(ki.Kind)
		ms := make([]*Meta, len(rs))
		for i, r := range rs {
			ms[i] = &r.RecordHead().Meta
		}
		check(ki.Kind, urls.Section(ki.URL, "vi"), ms)
	}
}

// ids returns the ID of each record.
func ids[T Record](rs []T) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.RecordHead().ID
	}
	return out
}

// didYouMean returns "; did you mean "x"?" (in each language) for the
// ID nearest to id, or for the ID that id's slug is (an editor who wrote
// a name, such as "HTX Nghĩa Bình", where the ID htx-nghia-binh was
// wanted), else empty words; also empty once the check's MaxHintWork is
// spent.
func (v *validator) didYouMean(id string, cs *candidates) message.Words {
	if !v.hints.spend(id, cs) {
		return message.Words{}
	}
	ids := cs.names
	near := ""
	want := urls.Slug(id)
	for _, x := range ids {
		if x == want {
			near = x
			break
		}
	}
	if near == "" {
		near = Nearest(id, ids, len([]rune(id))/4)
	}
	if near == "" {
		return message.Words{}
	}
	return inBoth(func(l message.Lang) string { return message.Sprintf(l, "; did you mean %q?", near) })
}

// nearPlace returns the name among names that name most likely means: the
// one written alike but for tone marks, case and kind word ("Hai Hau" for
// "Huyện Hải Hậu"), else the nearest spelling; "" when none is near.
func nearPlace(name string, names []string) string {
	want := urls.Slug(placeKey(name))
	keys := make([]string, len(names))
	for i, n := range names {
		keys[i] = urls.Slug(placeKey(n))
		if keys[i] == want {
			return n
		}
	}
	near := Nearest(want, keys, len([]rune(want))/4)
	for i, k := range keys {
		if near != "" && k == near {
			return names[i]
		}
	}
	return ""
}

// communeHint says where a commune that is not in the given district is:
// in another district, or a near spelling in this one.
func (v *validator) communeHint(district, commune string) message.Words {
	key := PlaceKey(commune)
	var elsewhere []string
	var names []string
	for _, s := range v.c.Geo.Snapshots {
		for _, d := range s.Districts {
			same := PlaceKey(d.Name) == PlaceKey(district)
			for _, u := range d.Units {
				if same {
					names = append(names, strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(u.Name, "Xã "), "Phường "), "Thị trấn ")))
				} else if PlaceKey(u.Name) == key {
					elsewhere = append(elsewhere, d.Name)
				}
			}
		}
	}
	if near := Nearest(commune, names, 2); near != "" {
		return inBoth(func(l message.Lang) string { return message.Sprintf(l, "did you mean %q?", near) })
	}
	if len(elsewhere) > 0 {
		in := orList(quoteAll(dedupe(elsewhere)))
		return inBoth(func(l message.Lang) string {
			return message.Sprintf(l, "a unit of that name is in %s; check district", in)
		})
	}
	return inBoth(func(l message.Lang) string {
		return message.Sprintf(l, "expected the name of a xã, phường or thị trấn of that district as listed in content/geo/")
	})
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

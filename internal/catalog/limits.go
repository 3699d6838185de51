package catalog

import (
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/namdinh-ocop/ocop/internal/markdown"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Limits of the content model. Validate refuses a value beyond them, so
// that every record that passes `ocop check` can be built: its pages'
// paths are valid file names on every common file system (see package
// urls), its QR codes hold its addresses, and no value makes a build
// slow. Each is far above what a real record needs; text is counted in
// characters (runes, after NFC).
const (
	// MaxNameRunes is the longest name: a record's name and name_en, the
	// site's title and title_en, the names in groups.yaml and geo/.
	MaxNameRunes = 150
	// MaxLineRunes is the longest other single-line text: an address,
	// opening hours, a pack, a venue, a phone, a reference to another
	// record, an entry of a list other than tags and sources.
	MaxLineRunes = 200
	// MaxTextRunes is the longest short text in front matter: summary,
	// description_en, the site's description, a source note.
	MaxTextRunes = 1000
	// MaxTagRunes is the longest tag.
	MaxTagRunes = 50
	// MaxParagraphRunes is the longest paragraph of a record's body, in
	// characters: the longest run of lines without a blank line between
	// them (a paragraph, or a list or table written without blank
	// lines). The Markdown parser takes time that grows faster than the
	// length of some paragraphs (many nested brackets or quotes), so a
	// body is read in time linear in its length only while paragraphs
	// are bounded.
	MaxParagraphRunes = 3000
	// MaxTableColumns is the most columns a table of a body may have, and
	// MaxTableCells the most cells all the tables of one body may show
	// together. A table row written as "|" still shows a cell for every
	// column, so a body's tables, not its length, bound its page: 1,000
	// cells are a few dozen kilobytes of page.
	MaxTableColumns = 20
	MaxTableCells   = 1000
	// MaxURLRunes is the longest address (sources, website, base_url):
	// even written with 4-byte characters, it fits a QR code (2,331 bytes
	// at level M) with room for a page's path.
	MaxURLRunes = 500
	// MaxBaseURLBytes is the longest base_url as the site writes it, in
	// bytes, with each letter outside ASCII written as %-codes (up to 12
	// bytes): a QR code (2,331 bytes at level M) holds it with the path
	// of any page.
	MaxBaseURLBytes = 2000
)

// Limits on the number of entries of a list.
const (
	MaxTags          = 30   // a product's tags
	MaxImages        = 30   // a record's images
	MaxShowrooms     = 50   // a product's showrooms
	MaxSources       = 20   // a record's sources
	MaxRelated       = 200  // a tourism site's products, and its producers
	MaxFeatured      = 50   // a kiosk's featured products
	MaxFairGroups    = 20   // a fair's select.groups
	MaxFairDistricts = 50   // a fair's select.districts
	MaxFairProducts  = 1000 // a fair's select.products
	MaxLanguages     = 2    // the site's languages: vi and en
	MaxBrowseGroups  = 20   // groups.yaml's browse list
	MaxSystems       = 10   // groups.yaml's systems
	MaxSystemGroups  = 100  // the groups of one system
	MaxDistricts     = 100  // the districts of a geo/ snapshot
	MaxUnits         = 2000 // the units of a snapshot, or of one district
	MaxFrom          = 50   // the units one unit was formed from
	MaxTotals        = 500  // programme.yaml's reported totals
	MaxTargets       = 50   // programme.yaml's targets
)

// Limits on the number of records of a kind whose pages list products:
// each showroom's kiosk holds the products it shows (the whole catalog
// while none names it) and each fair's page lists its selection, so the
// size of the site grows with these numbers times the number of
// products. With them bounded, it grows linearly with the catalog.
const (
	MaxShowroomRecords = 100
	MaxFairRecords     = 200
)

// MaxSnapshots is the most files of content/geo/: each is a
// reorganisation of the province's units (three so far), and a commune
// that is not found is looked for in all of them.
const MaxSnapshots = 20

// listLimits are the limits on lists by key ("#" stands for an index): a
// list longer than its limit is an error at its first entry beyond it.
var listLimits = map[string]int{
	"tags":                     MaxTags,
	"images":                   MaxImages,
	"showrooms":                MaxShowrooms,
	"buy":                      MaxShops,
	"sources":                  MaxSources,
	"products":                 MaxRelated,
	"producers":                MaxRelated,
	"kiosk.featured":           MaxFeatured,
	"select.groups":            MaxFairGroups,
	"select.districts":         MaxFairDistricts,
	"select.products":          MaxFairProducts,
	"languages":                MaxLanguages,
	"browse":                   MaxBrowseGroups,
	"systems":                  MaxSystems,
	"systems.#.groups":         MaxSystemGroups,
	"districts":                MaxDistricts,
	"districts.#.units":        MaxUnits,
	"districts.#.units.#.from": MaxFrom,
	"units":                    MaxUnits,
	"units.#.from":             MaxFrom,
	"totals":                   MaxTotals,
	"totals.#.sources":         MaxSources,
	"targets":                  MaxTargets,
	"targets.#.groups":         MaxSystemGroups,
	"targets.#.sources":        MaxSources,
}

// textLimits are the longest values of text keys, by the key's last
// part ("#" for an entry of a list); any other text key is a single line
// of at most MaxLineRunes.
var textLimits = map[string]int{
	"name":           MaxNameRunes,
	"name_en":        MaxNameRunes,
	"title":          MaxNameRunes,
	"title_en":       MaxNameRunes,
	"summary":        MaxTextRunes,
	"description":    MaxTextRunes,
	"description_en": MaxTextRunes,
	"source":         MaxTextRunes,
	"note":           MaxTextRunes,
	"note_en":        MaxTextRunes,
	"conflict":       MaxTextRunes,
	"conflict_en":    MaxTextRunes,
	"tags.#":         MaxTagRunes,
	"sources.#":      MaxURLRunes,
	"website":        MaxURLRunes,
	"url":            MaxURLRunes,
	"zalo":           MaxURLRunes,
	"base_url":       MaxURLRunes,
}

// limits checks the limits of every record, of the site config and of
// the reference files, the slugs of every record but products (see
// productLimits), the addresses made from group IDs and district names,
// and the published paths of every tourism site's photos.
func (v *validator) limits() {
	c := v.c
	v.fields(&c.Config.Meta, &c.Config)
	v.fields(&c.Groups.Meta, &c.Groups)
	if c.Programme.Path != "" {
		v.fields(&c.Programme.Meta, &c.Programme)
	}
	for _, s := range c.Geo.Snapshots {
		v.fields(&s.Meta, s)
	}
	v.baseURL()
	v.groupSlugs()
	v.districtSlugs()
	if n := len(c.Showrooms); n > MaxShowroomRecords {
		v.ds.Errorf(c.Showrooms[MaxShowroomRecords].At("name"), "a site may have at most %d showrooms, since each showroom's kiosk holds the products it shows, got %d; this is showroom %d in the order of their IDs", MaxShowroomRecords, n, MaxShowroomRecords+1)
	}
	if n := len(c.Geo.Snapshots); n > MaxSnapshots {
		v.ds.Errorf(Pos{Path: c.Geo.Snapshots[MaxSnapshots].Path}, "content/geo/ may hold at most %d files, one for each reorganisation of the province's units, got %d; this is file %d in the order of their dates", MaxSnapshots, n, MaxSnapshots+1)
	}
	if n := len(c.Fairs); n > MaxFairRecords {
		v.ds.Errorf(c.Fairs[MaxFairRecords].At("name"), "a site may have at most %d fairs, since each fair's page lists its products, got %d; this is fair %d in the order of their IDs; keep the fairs that still need a page", MaxFairRecords, n, MaxFairRecords+1)
	}
	for _, k := range Kinds() {
		if k.Kind == KindProduct {
			continue // with the product's other rules, in productLimits
		}
		for _, r := range c.Records(k.Kind) {
			h := r.RecordHead()
			v.fields(&h.Meta, r)
			v.body(&h.Meta)
			v.slug(&h.Meta, h.SlugOverride, h.Name, k.URL)
		}
	}
}

// productLimits checks the limits of product p, its body and its slug
// (the published paths of its photos are checked with the images, in
// images.go).
func (v *validator) productLimits(p *Product) {
	v.fields(&p.Meta, p)
	v.body(&p.Meta)
	v.slug(&p.Meta, p.SlugOverride, p.Name, urls.Product)
}

// body checks the length of each paragraph of the record's body (each
// run of lines without a blank line between them, counted with the line
// breaks inside it) and the size of its tables.
func (v *validator) body(m *Meta) {
	v.tables(m)
	start, n := 0, 0 // the run starts on line start of the body and has n characters
	end := func() {
		if n > MaxParagraphRunes {
			v.ds.Errorf(Pos{Path: m.Path, Line: m.BodyLine + start, Col: 1}, "this paragraph is %d characters long, more than the %d a paragraph (the lines between two blank lines) may have; split it with a blank line", n, MaxParagraphRunes)
		}
	}
	rest := m.Body
	for line := 0; ; line++ {
		l, tail, more := strings.Cut(rest, "\n")
		switch {
		case strings.TrimSpace(l) == "":
			end()
			start, n = line+1, 0
		case n > 0:
			n += 1 + utf8.RuneCountInString(l)
		default:
			n = utf8.RuneCountInString(l)
		}
		if !more {
			end()
			return
		}
		rest = tail
	}
}

// tables checks the tables of the record's body against MaxTableColumns
// and MaxTableCells, at the line of each table that passes a limit.
func (v *validator) tables(m *Meta) {
	if !strings.Contains(m.Body, "|") {
		return // no table without a pipe; most bodies need no parse
	}
	if v.md == nil {
		v.md = markdown.New()
	}
	cells := 0
	for _, t := range v.md.Tables([]byte(m.Body)) {
		pos := Pos{Path: m.Path, Line: m.BodyLine + t.Line - 1, Col: 1}
		if t.Columns > MaxTableColumns {
			v.ds.Errorf(pos, "this table has %d columns, more than the %d a table may have; split it into narrower tables", t.Columns, MaxTableColumns)
			continue
		}
		cells += t.Cells()
		if cells > MaxTableCells {
			v.ds.Errorf(pos, "the tables of this text show %d cells up to here, more than the %d a text may have (a row shows a cell for every column, even when it writes fewer); shorten the tables", cells, MaxTableCells)
			return
		}
	}
}

var dateType = reflect.TypeFor[Date]()

// fields checks every text and list of the record rec (a pointer to a
// struct whose fields carry yaml tags, positions in m) against
// textLimits and listLimits. It costs time linear in the record's size.
func (v *validator) fields(m *Meta, rec any) {
	v.walk(m, reflect.ValueOf(rec).Elem(), "", "")
}

// walk checks value x at key (with "#" for indexes in pattern).
func (v *validator) walk(m *Meta, x reflect.Value, key, pattern string) {
	switch x.Kind() {
	case reflect.Pointer:
		if !x.IsNil() {
			v.walk(m, x.Elem(), key, pattern)
		}
	case reflect.String:
		v.text(m, key, "", 0, pattern, x.String())
	case reflect.Struct:
		if x.Type() == dateType {
			return
		}
		t := x.Type()
		for i := range t.NumField() {
			name, opts, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
			if name == "" && opts == "inline" {
				v.walk(m, x.Field(i), key, pattern)
				continue
			}
			if name == "" || name == "-" {
				continue
			}
			v.walk(m, x.Field(i), join(key, name), join(pattern, name))
		}
	case reflect.Slice:
		n := x.Len()
		if max, ok := listLimits[pattern]; ok && n > max {
			v.ds.Errorf(m.At(key+"."+strconv.Itoa(max)), "%s must have at most %d entries, got %d; this is entry %d", label(key), max, n, max+1)
		}
		item := pattern + ".#"
		for i := range n {
			if e := x.Index(i); e.Kind() == reflect.String {
				v.text(m, "", key, i, item, e.String())
			} else {
				v.walk(m, e, key+"."+strconv.Itoa(i), item)
			}
		}
	}
}

// join joins a key prefix and a name with a dot.
func join(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

// text checks the length of the text s at key, or of entry i of the
// list at list when key is "".
func (v *validator) text(m *Meta, key, list string, i int, pattern, s string) {
	max := TextLimit(pattern)
	if len(s) <= max {
		return // at most max bytes, so at most max characters
	}
	n := utf8.RuneCountInString(s)
	if n <= max {
		return
	}
	what := message.Words{VI: label(key), EN: label(key)}
	if key == "" {
		key = list + "." + strconv.Itoa(i)
		l := label(list)
		what = inBoth(func(lang message.Lang) string { return message.Sprintf(lang, "each entry of %s", l) })
	}
	hint := inBoth(func(lang message.Lang) string { return message.Sprintf(lang, "shorten it") })
	if max == MaxURLRunes {
		hint = inBoth(func(lang message.Lang) string {
			return message.Sprintf(lang, "give a shorter address of the same page")
		})
	}
	v.ds.Errorf(m.At(key), "%s must be at most %d characters, got %d; %s", what, max, n, hint)
}

// label is the name of key an editor sees: the key without the part up
// to its last index ("certificate.number"; "name" for
// "districts.2.name", "from" for "units.3.from").
func label(key string) string {
	parts := strings.Split(key, ".")
	for i := len(parts) - 1; i >= 0; i-- {
		if _, err := strconv.Atoi(parts[i]); err == nil {
			return strings.Join(parts[i+1:], ".")
		}
	}
	return key
}

// slug checks the slug of a record of kind k, given or made from its
// name, with urls.SlugDefect, and reports whether it is valid.
func (v *validator) slug(m *Meta, override, name string, k urls.Kind) bool {
	sec := urls.Section(k, "vi")
	if m.Has("slug") {
		switch urls.SlugDefect(override) {
		case urls.NoDefect:
			return true
		case urls.TooLong:
			v.ds.Errorf(m.At("slug"), "slug must be at most %d characters, got %d; shorten it, such as %q", urls.MaxSlugBytes, len(override), urls.ShortenSlug(override, urls.MaxSlugBytes))
		case urls.DeviceName:
			v.ds.Errorf(m.At("slug"), "slug %q is the name of a device on Windows, where no folder can be named so; give another slug", override)
		default:
			v.ds.Errorf(m.At("slug"), "slug %q may use only a–z, 0–9 and single hyphens, such as \"gao-tam-hai-hau\"", clip(override))
		}
		return false
	}
	d := urls.SlugDefect(m.Slug)
	switch {
	case d == urls.NoDefect:
		return true
	case !m.Has("name") || strings.TrimSpace(name) == "":
		// reported as a missing or empty name
	case urls.Slug(name) == "":
		v.ds.Errorf(m.At("name"), "the name has no letter or digit to make the page's address /%s/…/ from, and the file name %q cannot be one; add slug: with the address, such as \"gao-tam-hai-hau\"", sec, clip(m.ID))
	case d == urls.TooLong:
		v.ds.Errorf(m.At("name"), "the page's address made from the name, /%s/%s…/, is %d characters long, more than %d; add a shorter slug:, such as slug: %s", sec, m.Slug[:20], len(m.Slug), urls.MaxSlugBytes, urls.ShortenSlug(m.Slug, 60))
	case d == urls.DeviceName:
		v.ds.Errorf(m.At("name"), "the page's address made from the name, /%s/%s/, ends in the name of a device on Windows, where no folder can be named so; add slug: with another address", sec, m.Slug)
	default:
		v.ds.Errorf(m.At("name"), "the page's address made from the name, /%s/%s/, is not valid; add slug: with the address, such as \"gao-tam-hai-hau\"", sec, clip(m.Slug))
	}
	return false
}

// clip shortens s to 40 characters for a message.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	for i := range s {
		if i >= 40 {
			return s[:i] + "…"
		}
	}
	return s
}

// baseURL checks the length of the site's base URL as the site writes
// it in links and QR codes.
func (v *validator) baseURL() {
	cf := &v.c.Config
	if utf8.RuneCountInString(cf.BaseURL) > MaxURLRunes {
		return // reported as too long already
	}
	if b, err := urls.ParseBase(cf.BaseURL); err == nil && len(b.String()) > MaxBaseURLBytes {
		v.ds.Errorf(cf.At("base_url"), "base_url must be at most %d characters as written in a link, where each letter with marks takes up to 9 (%%E1%%BA%%A1 for ạ), got %d; give a shorter address", MaxBaseURLBytes, len(b.String()))
	}
}

// groupSlugs checks the IDs of the browse groups, which are the groups'
// addresses (/nhom/<id>/): each a valid slug, no two alike.
func (v *validator) groupSlugs() {
	g := &v.c.Groups
	first := make(map[string]int, len(g.Browse))
	for i, b := range g.Browse {
		key := "browse." + strconv.Itoa(i) + ".id"
		switch urls.SlugDefect(b.ID) {
		case urls.NoDefect:
		case urls.TooLong:
			v.ds.Errorf(g.At(key), "id must be at most %d characters, got %d, since it is the group's address /nhom/<id>/; shorten it", urls.MaxSlugBytes, len(b.ID))
			continue
		case urls.DeviceName:
			v.ds.Errorf(g.At(key), "id %q is the name of a device on Windows, where no folder can be named so, and it is the group's address /nhom/<id>/; give another id", b.ID)
			continue
		default:
			v.ds.Errorf(g.At(key), "id %q may use only a–z, 0–9 and single hyphens, such as \"thuc-pham\", since it is the group's address /nhom/<id>/", clip(b.ID))
			continue
		}
		if j, dup := first[b.ID]; dup {
			v.ds.Errorf(g.At(key), "id %q is already the id of browse group %d (line %d); give each group its own id", b.ID, j+1, g.At("browse."+strconv.Itoa(j)+".id").Line)
			continue
		}
		first[b.ID] = i
	}
}

// districtSlugs checks the addresses made from the names of the
// districts that have pages (/huyen/<slug>/, those of the oldest
// snapshot): each a valid slug, no two alike.
func (v *validator) districtSlugs() {
	if len(v.c.Geo.Snapshots) == 0 {
		return
	}
	s := v.c.Geo.Snapshots[0]
	first := make(map[string]int, len(s.Districts))
	for i, d := range s.Districts {
		key := "districts." + strconv.Itoa(i) + ".name"
		if strings.TrimSpace(d.Name) == "" {
			continue // no page is made for a district without a name
		}
		switch urls.SlugDefect(d.Slug) {
		case urls.NoDefect:
		case urls.Empty:
			v.ds.Errorf(s.At(key), "district name %q has no letter or digit to make the address of its page /huyen/…/ from", clip(d.Name))
			continue
		case urls.TooLong:
			v.ds.Errorf(s.At(key), "the address of the district's page made from its name is %d characters long, more than %d; the name is too long", len(d.Slug), urls.MaxSlugBytes)
			continue
		default:
			v.ds.Errorf(s.At(key), "the address of the district's page made from its name, /huyen/%s/, ends in the name of a device on Windows, where no folder can be named so", clip(d.Slug))
			continue
		}
		if j, dup := first[d.Slug]; dup {
			v.ds.Errorf(s.At(key), "district %q has the same address /huyen/%s/ as district %q (line %d); two districts cannot share one page", d.Name, d.Slug, s.Districts[j].Name, s.At("districts."+strconv.Itoa(j)+".name").Line)
			continue
		}
		first[d.Slug] = i
	}
}

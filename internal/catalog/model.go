package catalog

// Meta is what every record read from a file carries besides its fields.
type Meta struct {
	// ID is the file name without extension, or the folder name of a page
	// bundle. References between records use it.
	ID string
	// Path is the source file, slash-separated, relative to the source
	// directory (e.g. "content/products/gao-tam/index.md").
	Path string
	// Dir is the folder that images and other resources are relative to:
	// path.Dir(Path).
	Dir string
	// Body is the Markdown after the front matter, NFC-normalised, with LF
	// line endings. Empty for plain YAML records.
	Body string
	// BodyLine is the file line on which Body starts (1-based).
	BodyLine int
	// Keys maps each front matter key (dotted for nested keys, e.g.
	// "certificate.date", and indexed for lists, e.g. "images.1") to the
	// position of its value in the file.
	Keys map[string]Pos
	// Bad holds keys already reported by the loader: a value of the wrong
	// type, or a misspelt key (under the key meant). Validation skips
	// rules about them.
	Bad map[string]bool
	// FilePos is the position of the record's first key, used for problems
	// about a missing field.
	FilePos Pos
	// Slug is the final URL segment, assigned by package urls.
	Slug string
}

// At returns the position of key's value, or of the record's start when the
// key is absent.
func (m *Meta) At(key string) Pos {
	if p, ok := m.Keys[key]; ok {
		return p
	}
	if m.FilePos.Path != "" {
		return m.FilePos
	}
	return Pos{Path: m.Path, Line: 1, Col: 1}
}

// Has reports whether key was set in the record, even if its value was
// already reported as wrong.
func (m *Meta) Has(key string) bool {
	_, ok := m.Keys[key]
	return ok || m.Bad[key]
}

// Valid reports whether key was set and its value decoded: the rules
// about a value apply only then.
func (m *Meta) Valid(key string) bool {
	_, ok := m.Keys[key]
	return ok && !m.Bad[key]
}

// Head is what every record shares: its Meta, names and slug. Each
// record type embeds it first, so its keys come first in the front
// matter's key order.
type Head struct {
	Meta `yaml:"-"`

	// Name is the Vietnamese name.
	Name string `yaml:"name"`
	// NameEN is the English name, shown on English pages.
	NameEN string `yaml:"name_en"`
	// SlugOverride replaces the slug derived from Name.
	SlugOverride string `yaml:"slug"`
}

// Location is where a record is, as its file names it: a district
// (huyện) by name ("Hải Hậu", "Thành phố Nam Định"; see Geography) and a
// commune (xã, phường, thị trấn) within it.
type Location struct {
	District string `yaml:"district"`
	Commune  string `yaml:"commune"`
}

// Certificate is an OCOP recognition decision (quyết định công nhận).
type Certificate struct {
	// Number is the decision number, e.g. "2700/QĐ-UBND".
	Number string `yaml:"number"`
	// Date is the decision date.
	Date Date `yaml:"date"`
	// ValidUntil is the last day of validity; when zero it is Date plus 36
	// months (see CertificateValidity).
	ValidUntil Date `yaml:"valid_until"`
}

// Product is an OCOP product record: content/products/<id>.md or
// content/products/<id>/index.md. The Markdown body is its description.
type Product struct {
	Head `yaml:",inline"`

	// Producer is the ID of a Producer record.
	Producer string `yaml:"producer"`
	// Criteria is the rating system, "1048" (Decision 1048/QĐ-TTg, 2019) or
	// "148" (Decision 148/QĐ-TTg, 2023). Defaults to the site's
	// default_criteria.
	Criteria string `yaml:"criteria"`
	// Group is a group ID of the Criteria system (see Groups).
	Group string `yaml:"group"`
	// Stars is the star rating 1–5; 0 means unknown.
	Stars int `yaml:"stars"`
	// Score is the council's score out of 100; 0 means unknown. It must fall
	// in the band of Stars.
	Score int `yaml:"score"`
	// Level is the council that rated the product: "district", "province" or
	// "national", as the record's source states it; "" when no source
	// does. It is never derived from Stars: who recognised a rating of a
	// given number of stars changed over time (see the package doc).
	Level string `yaml:"level"`
	// Status is set only for a product that entered the programme
	// without being certified: one of ProgrammeStatuses ("registered",
	// "assessed"). Such a record is kept, but never shown as an OCOP
	// product (see StatusOn).
	Status string `yaml:"status"`
	// Year is the year of recognition, when no certificate date is known.
	Year        int         `yaml:"year"`
	Certificate Certificate `yaml:"certificate"`
	// Location is the district and commune named in the decision.
	Location `yaml:",inline"`
	// Price is the retail price in VND; 0 means unknown.
	Price int64 `yaml:"price"`
	// Pack is the pack the price is for, e.g. "chai 500 ml".
	Pack string `yaml:"pack"`
	// GTIN is the barcode number of the pack (GS1: 8, 12, 13 or 14
	// digits, the last a check digit), as printed on it.
	GTIN string `yaml:"gtin"`
	// Images are paths relative to the record's folder.
	Images []string `yaml:"images"`
	// Showrooms are IDs of Showroom records that sell the product.
	Showrooms []string `yaml:"showrooms"`
	// Buy are the online shops that sell the product, each with its
	// name and the https address of the product there (see Shop).
	Buy  []Shop   `yaml:"buy"`
	Tags []string `yaml:"tags"`
	// Summary is one or two sentences for cards; defaults to the start of
	// the description.
	Summary string `yaml:"summary"`
	// DescriptionEN is a short English description.
	DescriptionEN string `yaml:"description_en"`
	// Featured puts the product on the home page.
	Featured bool `yaml:"featured"`
	// Sources are the addresses (http or https) the facts come from.
	Sources []string `yaml:"sources"`

	Links Links `yaml:"-"`
}

// Shop is an online shop that sells a product: the producer's own shop
// or a marketplace such as Postmart, Voso, Shopee or Tiki.
type Shop struct {
	// Name is the shop's name as a buyer knows it, such as "Postmart".
	Name string `yaml:"name"`
	// URL is the https address of the product in the shop.
	URL string `yaml:"url"`
}

// Producer is a chủ thể OCOP: content/producers/<id>.md. The body is its
// story.
type Producer struct {
	Head `yaml:",inline"`

	// Kind is one of ProducerKinds: "doanh nghiệp", "HTX", "tổ hợp tác",
	// "hộ kinh doanh".
	Kind     string `yaml:"kind"`
	Address  string `yaml:"address"`
	Location `yaml:",inline"`
	// Phone is kept as written; a leading zero is never lost.
	Phone   string `yaml:"phone"`
	Email   string `yaml:"email"`
	Website string `yaml:"website"`
	// Zalo is the producer's Zalo: a phone number, as Phone is written,
	// or a https://zalo.me/ address (see ZaloURL).
	Zalo string `yaml:"zalo"`
	// Founded is the year the producer was founded.
	Founded int      `yaml:"founded"`
	Sources []string `yaml:"sources"`

	Links ProducerLinks `yaml:"-"`
}

// Coordinates is a WGS84 position in decimal degrees.
type Coordinates struct {
	Lat float64 `yaml:"lat"`
	Lon float64 `yaml:"lon"`
}

// IsZero reports whether no coordinates were given.
func (c Coordinates) IsZero() bool { return c.Lat == 0 && c.Lon == 0 }

// Site is a tourism site (điểm du lịch): content/sites/<id>.md. The body is
// its story.
type Site struct {
	Head `yaml:",inline"`

	// Kind is one of SiteKinds, e.g. "làng nghề", "du lịch cộng đồng".
	Kind        string `yaml:"kind"`
	Location    `yaml:",inline"`
	Address     string      `yaml:"address"`
	Coordinates Coordinates `yaml:"coordinates"`
	Hours       string      `yaml:"hours"`
	// Products and Producers are IDs of related records.
	Products  []string `yaml:"products"`
	Producers []string `yaml:"producers"`
	// Stars is set when the site is itself a rated OCOP tourism product.
	Stars         int      `yaml:"stars"`
	DescriptionEN string   `yaml:"description_en"`
	Images        []string `yaml:"images"`
	Sources       []string `yaml:"sources"`

	Links SiteLinks `yaml:"-"`
}

// Showroom is an OCOP showroom (điểm giới thiệu và bán sản phẩm OCOP):
// content/showrooms/<id>.md. The products it sells are those whose
// showrooms list names it.
type Showroom struct {
	Head        `yaml:",inline"`
	Location    `yaml:",inline"`
	Address     string      `yaml:"address"`
	Hours       string      `yaml:"hours"`
	Phone       string      `yaml:"phone"`
	Coordinates Coordinates `yaml:"coordinates"`
	Sources     []string    `yaml:"sources"`
	// Kiosk holds the settings of the showroom's kiosk screen
	// (public/kiosk/<slug>/); every field is optional.
	Kiosk KioskSettings `yaml:"kiosk"`

	Links ShowroomLinks `yaml:"-"`
}

// KioskSettings are a showroom's settings for its kiosk screen, the
// touch screen that shows the showroom's products all day. The zero value
// means the defaults.
type KioskSettings struct {
	// IdleSeconds is how long, in seconds, the screen waits without a
	// touch before it clears what the last visitor did and returns to
	// its slides: KioskIdleMin–KioskIdleMax; 0 means KioskIdleDefault.
	IdleSeconds int `yaml:"idle_seconds"`
	// SlideSeconds is how long, in seconds, each slide of the idle
	// screen shows: KioskSlideMin–KioskSlideMax; 0 means
	// KioskSlideDefault.
	SlideSeconds int `yaml:"slide_seconds"`
	// Orientation is the screen's orientation: one of KioskOrientations;
	// "" means "auto" (follow the screen's shape).
	Orientation string `yaml:"orientation"`
	// Featured are products shown first, in this order, each by ID or
	// slug (see Catalog.FindProduct).
	Featured []string `yaml:"featured"`
	// IncludeExpired also puts products whose certificate has expired
	// into the slides, with their badge; by default the slides leave them
	// out (browsing and search show them, badged, all the same).
	IncludeExpired bool `yaml:"include_expired"`
}

// FairSelection is the rule that picks a fair's products. Empty lists mean
// "any"; Products, when set, is the whole selection.
type FairSelection struct {
	// MinStars defaults to DefaultFairMinStars.
	MinStars  int      `yaml:"min_stars"`
	Groups    []string `yaml:"groups"`
	Districts []string `yaml:"districts"`
	// Products are the fair's participants, as the fair's organisers
	// list them; when set they are the whole selection.
	Products []string `yaml:"products"`
	// IncludeExpired also shows products whose certificate has expired,
	// with their badge; by default they are left out.
	IncludeExpired bool `yaml:"include_expired"`
}

// Fair is a trade fair (hội chợ): content/fairs/<id>.md.
type Fair struct {
	Head `yaml:",inline"`

	Start   Date          `yaml:"start"`
	End     Date          `yaml:"end"`
	Venue   string        `yaml:"venue"`
	Select  FairSelection `yaml:"select"`
	Sources []string      `yaml:"sources"`
}

// Language is one language of the site.
type Language struct {
	// Code is a BCP 47 tag such as "vi" or "en".
	Code string `yaml:"code"`
	Name string `yaml:"name"`
}

// Site config: content/site.yaml.
type Config struct {
	Meta `yaml:"-"`

	Title   string `yaml:"title"`
	TitleEN string `yaml:"title_en"`
	// BaseURL is the absolute URL the site is served from, ending in "/",
	// e.g. "https://ocop.namdinh.gov.vn/" or "https://example.gov.vn/ocop/".
	BaseURL string `yaml:"base_url"`
	// Languages lists the site's languages, the first being the default.
	Languages []Language `yaml:"languages"`
	// DefaultCriteria is the group system of products that don't say.
	DefaultCriteria string `yaml:"default_criteria"`
	// Theme names a folder under themes/ that overrides the default theme.
	Theme       string `yaml:"theme"`
	Description string `yaml:"description"`
	// Publisher is who publishes the catalog, as every page's footer
	// names it (Vietnamese), and PublisherEN its English name; Contact is
	// how to reach them (an address, a phone number or an email). Each
	// is optional: what is not known is left out.
	Publisher   string `yaml:"publisher"`
	PublisherEN string `yaml:"publisher_en"`
	Contact     string `yaml:"contact"`
	// Updated is the day editors last changed the content, when they
	// choose to say so; see Catalog.Changed.
	Updated Date `yaml:"updated"`
	// EditorLanguage is the language ocop speaks to the site's editors
	// (check, build and the preview): "vi" (the default) or "en". A
	// command's --lang flag wins over it.
	EditorLanguage string `yaml:"editor_language"`
}

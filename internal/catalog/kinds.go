package catalog

import (
	"strconv"

	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Kind is a kind of record: one folder of content/.
type Kind uint8

// Kinds of record, in the order records are linked, rendered and
// indexed.
const (
	KindProduct Kind = iota
	KindProducer
	KindSite
	KindShowroom
	KindFair
	// NumKinds is the number of kinds.
	NumKinds
)

// KindInfo is what the rest of the program needs to know of a kind of
// record.
type KindInfo struct {
	Kind Kind
	// Name is the kind in words, e.g. "product": in messages and keys.
	Name string
	// Folder is the folder under content/ that holds the records, e.g.
	// "products".
	Folder string
	// URL is the section of the records' pages.
	URL urls.Kind
	// New returns an empty record of the kind, for the loader to fill.
	New func() Record
}

// Kinds returns every kind of record, in the order of the Kind
// constants.
func Kinds() []KindInfo {
	return []KindInfo{
		{KindProduct, "product", "products", urls.Product, func() Record { return &Product{} }},
		{KindProducer, "producer", "producers", urls.Producer, func() Record { return &Producer{} }},
		{KindSite, "site", "sites", urls.Site, func() Record { return &Site{} }},
		{KindShowroom, "showroom", "showrooms", urls.Showroom, func() Record { return &Showroom{} }},
		{KindFair, "fair", "fairs", urls.Fair, func() Record { return &Fair{} }},
	}
}

// Info returns what is known of kind k; k must be below NumKinds.
func (k Kind) Info() KindInfo { return Kinds()[k] }

// String returns the kind's Name.
func (k Kind) String() string {
	if k >= NumKinds {
		return "Kind(" + strconv.Itoa(int(k)) + ")"
	}
	return k.Info().Name
}

// Localize returns the kind in words in lang, as messages name it:
// "sản phẩm", "chủ thể", "điểm du lịch", "điểm giới thiệu và bán sản
// phẩm OCOP", "hội chợ" in Vietnamese; "product", "producer", "tourism
// site", "showroom", "fair" in English. It makes Kind a
// message.Localizer.
func (k Kind) Localize(lang message.Lang) string {
	var w message.Words
	switch k {
	case KindProduct:
		w = message.Words{VI: "sản phẩm", EN: "product"}
	case KindProducer:
		w = message.Words{VI: "chủ thể", EN: "producer"}
	case KindSite:
		w = message.Words{VI: "điểm du lịch", EN: "tourism site"}
	case KindShowroom:
		w = message.Words{VI: "điểm giới thiệu và bán sản phẩm OCOP", EN: "showroom"}
	case KindFair:
		w = message.Words{VI: "hội chợ", EN: "fair"}
	default:
		return k.String()
	}
	return w.Localize(lang)
}

// KindOfFolder returns the kind of the records in folder (a folder
// name under content/, e.g. "products"), and false when the folder
// holds no records.
func KindOfFolder(folder string) (Kind, bool) {
	for _, ki := range Kinds() {
		if ki.Folder == folder {
			return ki.Kind, true
		}
	}
	return 0, false
}

// Key returns the key of the record of kind k with the given ID, e.g.
// "product/gao-tam": how a build names what a file depends on.
func Key(k Kind, id string) string { return k.Info().Name + "/" + id }

// GroupKey returns the key of the list page of a browse group.
func GroupKey(id string) string { return "group/" + id }

// StarsKey returns the key of the list page of a star rating.
func StarsKey(n int) string { return "stars/" + strconv.Itoa(n) }

// DistrictKey returns the key of the list page of a district, by slug.
func DistrictKey(slug string) string { return "district/" + slug }

// Add appends r to the records of its kind. Link sorts them.
func (c *Catalog) Add(r Record) {
	switch r := r.(type) {
	case *Product:
		c.Products = append(c.Products, r)
	case *Producer:
		c.Producers = append(c.Producers, r)
	case *Site:
		c.Sites = append(c.Sites, r)
	case *Showroom:
		c.Showrooms = append(c.Showrooms, r)
	case *Fair:
		c.Fairs = append(c.Fairs, r)
	}
}

// Records returns the records of kind k, in the catalog's order (by ID
// after Link).
func (c *Catalog) Records(k Kind) []Record {
	switch k {
	case KindProduct:
		return records(c.Products)
	case KindProducer:
		return records(c.Producers)
	case KindSite:
		return records(c.Sites)
	case KindShowroom:
		return records(c.Showrooms)
	case KindFair:
		return records(c.Fairs)
	}
	return nil
}

func records[T Record](rs []T) []Record {
	out := make([]Record, len(rs))
	for i, r := range rs {
		out[i] = r
	}
	return out
}

// Record returns the record of kind k with the given ID, or nil. It
// uses the indexes Link builds (a linear search for fairs).
func (c *Catalog) Record(k Kind, id string) Record {
	switch k {
	case KindProduct:
		if p := c.Product(id); p != nil {
			return p
		}
	case KindProducer:
		if p := c.Producer(id); p != nil {
			return p
		}
	case KindSite:
		if s := c.Site(id); s != nil {
			return s
		}
	case KindShowroom:
		if s := c.Showroom(id); s != nil {
			return s
		}
	case KindFair:
		for _, f := range c.Fairs {
			if f.ID == id {
				return f
			}
		}
	}
	return nil
}

// Package completeness measures what the catalog's records still miss:
// the editors' to-do list that "ocop check --report" prints.
//
// Each record is checked for the items that matter for its kind (Items):
// an OCOP product for its photo, star rating, price, its producer's
// contact, English description, where to buy it and its certificate's
// number and date; a producer for its contact and address; a showroom
// for its address, phone, opening hours and the products recorded as
// sold there. A record's score is the share of its checks met, 0–100.
// Products are then summed up by district and in all.
//
// Only OCOP products are counted (catalog.Status.OCOP): a record of a
// product that entered the programme without being certified is left
// out, and only its number is given. Where a product can be bought
// follows the catalog's one offering rule (Catalog.OfferedAt) or its
// online shops (buy:).
package completeness

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// Item is one thing a record may miss.
type Item int

// The items, in the order they are listed.
const (
	// Photo: a product lists no image (images:).
	Photo Item = iota
	// Stars: a product's star rating is unknown (stars:).
	Stars
	// Price: a product's retail price is unknown (price:).
	Price
	// Contact: a product's producer, or a producer, gives no phone,
	// email, website or Zalo; a showroom gives no phone.
	Contact
	// English: a product has no English description (description_en:).
	English
	// WhereToBuy: no showroom offers the product (Catalog.OfferedAt) and
	// it names no online shop (buy:).
	WhereToBuy
	// Certificate: a product's certificate number or date is unknown
	// (certificate.number, certificate.date).
	Certificate
	// Address: a producer or showroom gives no address (address:).
	Address
	// Hours: a showroom gives no opening hours (hours:).
	Hours
	// Offer: no product names the showroom in its showrooms list, so
	// what it sells is not recorded (its district's products are shown).
	Offer
	// NumItems is the number of items.
	NumItems
)

// Key returns the item's stable name, for JSON and tools:
// "photo", "stars", "price", "contact", "description_en",
// "where_to_buy", "certificate", "address", "hours", "offer".
func (i Item) Key() string {
	switch i {
	case Photo:
		return "photo"
	case Stars:
		return "stars"
	case Price:
		return "price"
	case Contact:
		return "contact"
	case English:
		return "description_en"
	case WhereToBuy:
		return "where_to_buy"
	case Certificate:
		return "certificate"
	case Address:
		return "address"
	case Hours:
		return "hours"
	case Offer:
		return "offer"
	}
	return "unknown"
}

// Items returns the items that matter for records of kind k, in the
// order they are listed; none for tourism sites and fairs.
func Items(k catalog.Kind) []Item {
	switch k {
	case catalog.KindProduct:
		return []Item{Photo, Stars, Price, Contact, English, WhereToBuy, Certificate}
	case catalog.KindProducer:
		return []Item{Contact, Address}
	case catalog.KindShowroom:
		return []Item{Address, Contact, Hours, Offer}
	}
	return nil
}

// Entry is one record's completeness.
type Entry struct {
	Record catalog.Record
	// District is the name of the record's district as linked, else as
	// written; "" when it names none.
	District string
	// Missing are the items the record misses, in the order of Items.
	Missing []Item
	// Checked is the number of items checked.
	Checked int
}

// Score returns the share of the entry's checks met, 0–100, rounded.
func (e Entry) Score() int {
	if e.Checked == 0 {
		return 100
	}
	return int(math.Round(100 * float64(e.Checked-len(e.Missing)) / float64(e.Checked)))
}

// Misses reports whether the entry misses item i.
func (e Entry) Misses(i Item) bool { return slices.Contains(e.Missing, i) }

// Sum is the completeness of a set of products: a district's or the
// whole catalog's.
type Sum struct {
	// District is the district's name; "" for the whole catalog, or for
	// the products that name no district.
	District string
	Products int
	// Average is the mean of the products' scores, 0–100 (0 when there
	// are no products).
	Average float64
	// Missing counts the products that miss each item.
	Missing [NumItems]int
}

// Report is the completeness of a catalog.
type Report struct {
	// Products are the OCOP products, Producers and Showrooms the
	// other records checked; each sorted worst first (lowest score,
	// then most items missing, then path).
	Products, Producers, Showrooms []Entry
	// Districts sum the products by district, worst average first; the
	// products that name no district come last.
	Districts []Sum
	// Total sums all the products.
	Total Sum
	// NotCertified is the number of product records left out because
	// they are not OCOP products (catalog.StatusNotCertified).
	NotCertified int
}

// Of measures the completeness of c, a linked catalog whose Today is set
// (Catalog.Status and Catalog.OfferedAt read it).
func Of(c *catalog.Catalog) *Report {
	r := &Report{}
	for _, p := range c.Products {
		if !c.Status(p).OCOP() {
			r.NotCertified++
			continue
		}
		r.Products = append(r.Products, product(c, p))
	}
	for _, p := range c.Producers {
		e := Entry{Record: p, District: district(p)}
		check(&e, Contact, contact(p))
		check(&e, Address, strings.TrimSpace(p.Address) != "")
		r.Producers = append(r.Producers, e)
	}
	for _, s := range c.Showrooms {
		e := Entry{Record: s, District: district(s)}
		check(&e, Address, strings.TrimSpace(s.Address) != "")
		check(&e, Contact, strings.TrimSpace(s.Phone) != "")
		check(&e, Hours, strings.TrimSpace(s.Hours) != "")
		check(&e, Offer, c.Offer(s).Rule == catalog.OfferNamed)
		r.Showrooms = append(r.Showrooms, e)
	}
	for _, es := range [][]Entry{r.Products, r.Producers, r.Showrooms} {
		slices.SortStableFunc(es, worstFirst)
	}
	r.Districts, r.Total = sums(r.Products)
	return r
}

// product checks one OCOP product.
func product(c *catalog.Catalog, p *catalog.Product) Entry {
	e := Entry{Record: p, District: district(p)}
	check(&e, Photo, len(p.Images) > 0)
	check(&e, Stars, p.Stars >= 1 && p.Stars <= 5)
	check(&e, Price, p.Price > 0)
	check(&e, Contact, p.Links.Producer != nil && contact(p.Links.Producer))
	check(&e, English, strings.TrimSpace(p.DescriptionEN) != "")
	check(&e, WhereToBuy, len(c.OfferedAt(p)) > 0 || len(p.Buy) > 0)
	check(&e, Certificate, strings.TrimSpace(p.Certificate.Number) != "" && !p.Certificate.Date.IsZero())
	return e
}

// contact reports whether a producer gives a way to reach it.
func contact(p *catalog.Producer) bool {
	for _, s := range []string{p.Phone, p.Email, p.Website, p.Zalo} {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}

func check(e *Entry, i Item, met bool) {
	e.Checked++
	if !met {
		e.Missing = append(e.Missing, i)
	}
}

// district returns the name of r's district, as linked or as written.
func district(r catalog.Record) string {
	loc, links := r.Where()
	switch {
	case links != nil && links.District != nil:
		return links.District.Name
	case loc != nil:
		return strings.TrimSpace(loc.District)
	}
	return ""
}

func worstFirst(a, b Entry) int {
	return cmp.Or(
		cmp.Compare(a.Score(), b.Score()),
		cmp.Compare(len(b.Missing), len(a.Missing)),
		strings.Compare(a.Record.RecordHead().Path, b.Record.RecordHead().Path),
	)
}

// sums returns the sums of es by district, worst average first (ties
// in Vietnamese alphabetical order, no district last), and in all.
func sums(es []Entry) ([]Sum, Sum) {
	by := map[string]*Sum{}
	var total Sum
	for _, e := range es {
		s := by[e.District]
		if s == nil {
			s = &Sum{District: e.District}
			by[e.District] = s
		}
		for _, t := range []*Sum{s, &total} {
			t.Products++
			t.Average += float64(e.Score())
			for _, i := range e.Missing {
				t.Missing[i]++
			}
		}
	}
	out := make([]Sum, 0, len(by))
	for _, s := range by {
		s.Average /= float64(s.Products)
		out = append(out, *s)
	}
	if total.Products > 0 {
		total.Average /= float64(total.Products)
	}
	col := collate.New(language.Vietnamese, collate.IgnoreCase)
	slices.SortFunc(out, func(a, b Sum) int {
		if (a.District == "") != (b.District == "") {
			if a.District == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.Average, b.Average), col.CompareString(a.District, b.District))
	})
	return out, total
}

package schema

import (
	"slices"
	"strconv"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Choice is one value a key may take, and how a form shows it.
type Choice struct {
	Value string
	// Title is what the value stands for (a producer's name for its
	// ID), or "" when the value says it.
	Title string
	// Variant says the value is another spelling of one listed before
	// it: a schema allows it, a form does not offer it.
	Variant bool
}

// Rule is what validation requires of a key's value, as far as a
// schema can say it. The zero value asks nothing.
type Rule struct {
	// Choices are the values the key may take; nil means any.
	Choices []Choice
	// Digits says that an unquoted value of digits is read as text, so a
	// schema (which sees a number there) accepts the number too.
	Digits bool
	// Min and Max bound a number.
	Min, Max *float64
	// Pattern is a regular expression (ECMA 262) a text must match.
	Pattern string
	// Format is a JSON Schema format ("date", "email").
	Format string
	// MaxLength, when not 0, is the most characters of a text, below
	// its limit in catalog.TextLimit.
	MaxLength int
	// Required says that leaving the key out is an error; such a key may
	// not be empty either.
	Required bool
}

// Content is what the schemas take from the content: the values of the
// keys that name other records, groups and places.
type Content struct {
	// Systems are the IDs of the criteria systems of groups.yaml.
	Systems []Choice
	// Groups are the group IDs of each system, by system ID.
	Groups map[string][]Choice
	// DefaultCriteria is site.yaml's default_criteria.
	DefaultCriteria string
	// Browse are the IDs of the browse groups.
	Browse []Choice
	// Districts and Communes are the place names of content/geo/, as
	// written there and without their kind word ("Huyện Hải Hậu",
	// "Hải Hậu"), every snapshot's.
	Districts, Communes []Choice
	// Producers, Showrooms and Products are the records' IDs, with their
	// names as titles; ProductRefs adds the products' slugs.
	Producers, Showrooms, Products, ProductRefs []Choice
}

// ContentOf returns what the schemas take from catalog c, which Link
// has run on.
func ContentOf(c *catalog.Catalog) Content {
	// Every list is non-nil: an empty one allows no value (a product
	// can name no producer while there is none).
	none := func() []Choice { return []Choice{} }
	ct := Content{
		Groups: map[string][]Choice{}, DefaultCriteria: c.Config.DefaultCriteria,
		Systems: none(), Browse: none(), Districts: none(), Communes: none(),
		Producers: none(), Showrooms: none(), Products: none(),
	}
	for _, s := range c.Groups.Systems {
		ct.Systems = append(ct.Systems, Choice{Value: s.ID, Title: s.Decision})
		for _, g := range s.Groups {
			ct.Groups[s.ID] = append(ct.Groups[s.ID], Choice{Value: g.ID, Title: g.Name})
		}
	}
	for _, b := range c.Groups.Browse {
		ct.Browse = append(ct.Browse, Choice{Value: b.ID, Title: b.Name})
	}
	for _, s := range c.Geo.Snapshots {
		for _, d := range s.Districts {
			ct.Districts = addPlace(ct.Districts, d.Name)
		}
		for _, u := range s.AllUnits() {
			ct.Communes = addPlace(ct.Communes, u.Name)
		}
	}
	for _, p := range c.Producers {
		ct.Producers = append(ct.Producers, Choice{Value: p.ID, Title: p.Name})
	}
	for _, s := range c.Showrooms {
		ct.Showrooms = append(ct.Showrooms, Choice{Value: s.ID, Title: s.Name})
	}
	for _, p := range c.Products {
		ct.Products = append(ct.Products, Choice{Value: p.ID, Title: p.Name})
	}
	ct.ProductRefs = slices.Clone(ct.Products)
	for _, p := range c.Products {
		if p.Slug != "" && p.Slug != p.ID {
			ct.ProductRefs = addChoice(ct.ProductRefs, Choice{Value: p.Slug, Title: p.Name})
		}
	}
	return ct
}

// placeKinds are the kind words a place name may start with, as the geo
// files write them.
var placeKinds = []string{"Thành phố ", "Thị trấn ", "Thị xã ", "Huyện ", "Phường ", "Xã "}

// addPlace adds a place name and its form without the kind word (which
// is how records mostly write it), and as variants the other spellings
// the loader matches it by that a form need not offer: the kind word in
// lower case ("xã Điền Xá"), "TT …" for a thị trấn, and each in the old
// tone style ("Hoà" for "Hòa"). Other capitalisations, which the loader
// takes too, are not listed.
func addPlace(cs []Choice, name string) []Choice {
	forms := []Choice{{Value: name}}
	for _, k := range placeKinds {
		if short, ok := strings.CutPrefix(name, k); ok {
			forms = append(forms, Choice{Value: short, Title: name})
			forms = append(forms, Choice{Value: strings.ToLower(k) + short, Title: name, Variant: true})
			if k == "Thị trấn " {
				forms = append(forms, Choice{Value: "TT " + short, Title: name, Variant: true})
			}
			break
		}
	}
	for _, f := range forms {
		cs = addChoice(cs, f)
		if old := catalog.OldToneStyle(f.Value); old != f.Value {
			cs = addChoice(cs, Choice{Value: old, Title: name, Variant: true})
		}
	}
	return cs
}

func addChoice(cs []Choice, c Choice) []Choice {
	for _, x := range cs {
		if x.Value == c.Value {
			return cs
		}
	}
	return append(cs, c)
}

func choices(xs []string) []Choice {
	cs := make([]Choice, len(xs))
	for i, x := range xs {
		cs[i] = Choice{Value: x}
	}
	return cs
}

func num(n int) *float64 { f := float64(n); return &f }

// starRange returns the star ratings there are: those catalog.ScoreBand
// knows.
func starRange() (lo, hi int) {
	for s := 0; s <= 10; s++ {
		if _, _, ok := catalog.ScoreBand(s); ok {
			if lo == 0 {
				lo = s
			}
			hi = s
		}
	}
	return lo, hi
}

// Patterns of text keys (ECMA 262, as JSON Schema reads them).
const (
	// slugPattern is a slug: a–z, 0–9 and single hyphens (urls.SlugDefect;
	// its length is urls.MaxSlugBytes).
	slugPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`
	// datePattern is a date written YYYY-MM-DD (catalog.ParseDate); the
	// format "date" adds that it is a day of the calendar.
	datePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
	// webPattern is an http(s) address with a host (urls.SafeExternal).
	webPattern = `^\s*[hH][tT][tT][pP][sS]?://[^/?#\s]`
	// shopPattern is an https address with a host (catalog.ShopURL).
	shopPattern = `^\s*[hH][tT][tT][pP][sS]://[^/?#\s]`
	// gtinPattern is 8, 12, 13 or 14 digits (catalog.GTINValid; the check
	// digit is left to ocop check).
	gtinPattern = `^([0-9]{8}|[0-9]{12,14})$`
	// nonBlankPattern is a text with a letter or digit in it.
	nonBlankPattern = `\S`
)

// RuleOf returns the rule of key (a Field's Key) of model kind, from the
// catalog's own values and the content ct.
func RuleOf(kind, key string, ct Content) Rule {
	stars := func() Rule {
		lo, hi := starRange()
		return Rule{Min: num(lo), Max: num(hi)}
	}
	langs := []string{string(message.VI), string(message.EN)}
	switch kind + "." + key {
	case "product.name", "producer.name", "site.name", "showroom.name", "fair.name",
		"config.title", "product.buy.name":
		return Rule{Required: true, Pattern: nonBlankPattern}
	case "config.base_url":
		return Rule{Required: true, Pattern: webPattern}
	case "product.buy.url":
		return Rule{Required: true, Pattern: shopPattern}
	case "product.stars", "site.stars", "fair.select.min_stars":
		return stars()
	case "product.score":
		lo, _, _ := catalog.ScoreBand(1)
		_, hi, _ := catalog.ScoreBand(5)
		return Rule{Min: num(lo), Max: num(hi)}
	case "product.level":
		return Rule{Choices: choices(catalog.Levels)}
	case "product.status":
		return Rule{Choices: choices(catalog.ProgrammeStatuses)}
	case "product.criteria", "config.default_criteria":
		return Rule{Choices: ct.Systems, Digits: true}
	case "product.group":
		var all []Choice
		for _, s := range ct.Systems {
			for _, g := range ct.Groups[s.Value] {
				all = addChoice(all, g)
			}
		}
		return Rule{Choices: all}
	case "product.year":
		// The first year of the OCOP programme, as validation says; "not
		// in the future" depends on the day and is left to ocop check.
		return Rule{Min: num(2019)}
	case "producer.founded":
		return Rule{Min: num(1800)}
	case "product.price":
		return Rule{Min: num(1)}
	case "product.gtin":
		return Rule{Pattern: gtinPattern, Digits: true}
	case "product.producer":
		return Rule{Choices: ct.Producers}
	case "product.showrooms":
		return Rule{Choices: ct.Showrooms}
	case "site.products", "fair.select.products":
		return Rule{Choices: ct.Products}
	case "site.producers":
		return Rule{Choices: ct.Producers}
	case "showroom.kiosk.featured":
		return Rule{Choices: ct.ProductRefs}
	case "fair.select.groups":
		return Rule{Choices: ct.Browse}
	case "groups.systems.groups.browse":
		return Rule{Choices: ct.Browse}
	case "groups.browse.id":
		return Rule{Pattern: slugPattern, MaxLength: urls.MaxSlugBytes}
	case "producer.kind":
		return Rule{Choices: choices(catalog.ProducerKinds)}
	case "site.kind":
		return Rule{Choices: choices(catalog.SiteKinds)}
	case "showroom.kiosk.orientation":
		return Rule{Choices: choices(catalog.KioskOrientations)}
	case "showroom.kiosk.idle_seconds":
		return Rule{Min: num(catalog.KioskIdleMin), Max: num(catalog.KioskIdleMax)}
	case "showroom.kiosk.slide_seconds":
		return Rule{Min: num(catalog.KioskSlideMin), Max: num(catalog.KioskSlideMax)}
	case "config.languages.code", "config.editor_language":
		return Rule{Choices: choices(langs)}
	case "producer.email":
		return Rule{Format: "email"}
	}
	if kind == "programme" {
		return programmeRule(key, ct)
	}
	switch key {
	case "slug":
		return Rule{Pattern: slugPattern, MaxLength: urls.MaxSlugBytes}
	case "district", "select.districts":
		return Rule{Choices: ct.Districts}
	case "commune":
		return Rule{Choices: ct.Communes}
	case "sources", "website":
		return Rule{Pattern: webPattern}
	case "phone":
		return Rule{Pattern: catalog.PhonePattern, Digits: true}
	case "zalo":
		return Rule{Digits: true}
	case "coordinates.lat":
		// Validation refuses a point outside Vietnam (lat 8–24, lon
		// 102–110), which covers the range of every coordinate.
		return Rule{Min: num(8), Max: num(24)}
	case "coordinates.lon":
		return Rule{Min: num(102), Max: num(110)}
	}
	return Rule{}
}

// digitValues returns the values of cs that are whole numbers, as
// numbers: how YAML reads them when they are not quoted.
func digitValues(cs []Choice) []any {
	var out []any
	for _, c := range cs {
		if n, err := strconv.Atoi(c.Value); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// programmeRule is RuleOf for programme.yaml.
func programmeRule(key string, ct Content) Rule {
	switch key {
	case "totals.as_of":
		// A day, or only a month when the source gives no day.
		return Rule{Required: true, Pattern: `^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$`}
	case "totals.products", "targets.products", "targets.year", "targets.by",
		"targets.groups.group", "targets.groups.count":
		r := Rule{Required: true}
		if key == "targets.groups.group" {
			r.Choices = RuleOf("product", "group", ct).Choices
		} else if key == "totals.products" {
			r.Min = num(0)
		}
		return r
	case "totals.sources":
		return Rule{Required: true, Pattern: webPattern}
	case "targets.sources":
		return Rule{Pattern: webPattern}
	case "targets.criteria":
		return Rule{Choices: ct.Systems, Digits: true}
	case "targets.min_stars":
		lo, hi := starRange()
		return Rule{Min: num(lo), Max: num(hi)}
	}
	// Every other number is a count or a share: never negative.
	switch key[strings.LastIndexByte(key, '.')+1:] {
	case "three_star", "four_star", "five_star", "producers", "about", "at_least", "min", "max":
		return Rule{Min: num(0)}
	}
	return Rule{}
}

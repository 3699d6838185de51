package catalog

import (
	"fmt"
	"strings"
	"time"

	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Programme is content/programme.yaml: the totals of OCOP products the
// province reported over time and the targets its decisions set, each
// with its sources. It states only what the sources state: a figure a
// source does not give is left out, never filled in or worked out.
type Programme struct {
	Meta `yaml:"-"`

	// Totals are the reported totals, oldest first.
	Totals []*ReportedTotal `yaml:"totals"`
	// Targets are the goals of the province's decisions and plans.
	Targets []*Target `yaml:"targets"`
}

// ReportedTotal is one figure the province reported: how many OCOP
// products (and, where the source says, how many of each star rating and
// how many producers) there were on a day.
type ReportedTotal struct {
	// AsOf is the day of the figure, written YYYY-MM-DD, or YYYY-MM when
	// the source gives no day (then When and WhenEN say in words when it
	// was reported, such as "đầu năm 2025").
	AsOf   string `yaml:"as_of"`
	When   string `yaml:"when"`
	WhenEN string `yaml:"when_en"`
	// Products is the total; the others are nil where the source does
	// not give them.
	Products  *int `yaml:"products"`
	ThreeStar *int `yaml:"three_star"`
	FourStar  *int `yaml:"four_star"`
	FiveStar  *int `yaml:"five_star"`
	Producers *int `yaml:"producers"`
	// Note says in a few words what the figure is; Conflict, where two
	// sources disagree, what they disagree about.
	Note       string   `yaml:"note"`
	NoteEN     string   `yaml:"note_en"`
	Conflict   string   `yaml:"conflict"`
	ConflictEN string   `yaml:"conflict_en"`
	Sources    []string `yaml:"sources"`
}

// Day returns the day of AsOf, the first of its month when the source
// gives only a month (exact is then false); ok is false when AsOf is
// neither YYYY-MM-DD nor YYYY-MM.
func (t *ReportedTotal) Day() (d Date, exact, ok bool) {
	if d, err := ParseDate(t.AsOf); err == nil {
		return d, true, true
	}
	m, err := time.Parse("2006-01", t.AsOf)
	if err != nil {
		return Date{}, false, false
	}
	return Date{m.Year(), m.Month(), 1}, false, true
}

// Target is the goal set by one decision or plan of the province.
type Target struct {
	// Document names the decision or plan, such as
	// "Quyết định 293/QĐ-UBND"; DocumentEN in English.
	Document   string `yaml:"document"`
	DocumentEN string `yaml:"document_en"`
	// Year is the year it was issued; Issued the day, where known.
	Year   int  `yaml:"year"`
	Issued Date `yaml:"issued"`
	// By is the year the goal is set for.
	By int `yaml:"by"`
	// Products is the number of OCOP products aimed at; MinStars, when
	// set, the rating they must have at least.
	Products Quantity `yaml:"products"`
	MinStars int      `yaml:"min_stars"`
	// FiveStar is a number of 5★ products; FiveStarPercent and
	// FourStarPercent are shares of all products, in percent.
	FiveStar        Quantity `yaml:"five_star"`
	FiveStarPercent Quantity `yaml:"five_star_percent"`
	FourStarPercent Quantity `yaml:"four_star_percent"`
	// CommunesPercent is the share of communes and towns with a
	// product; EveryCommune says every one of them should have one.
	CommunesPercent Quantity `yaml:"communes_percent"`
	EveryCommune    bool     `yaml:"every_commune"`
	// Criteria is the group system (an ID of content/groups.yaml) whose
	// groups Groups names.
	Criteria string        `yaml:"criteria"`
	Groups   []TargetGroup `yaml:"groups"`
	Note     string        `yaml:"note"`
	NoteEN   string        `yaml:"note_en"`
	// Sources are addresses where the goal is published; empty when only
	// the document itself is known.
	Sources []string `yaml:"sources"`
}

// TargetGroup is the number of products aimed at in one product group.
type TargetGroup struct {
	Group string   `yaml:"group"`
	Count Quantity `yaml:"count"`
}

// Quantity is a number as a source states it: about N, at least N, or a
// range from Min to Max. The zero Quantity is not set.
type Quantity struct {
	About   *int `yaml:"about"`
	AtLeast *int `yaml:"at_least"`
	Min     *int `yaml:"min"`
	Max     *int `yaml:"max"`
}

// IsZero reports whether q is not set.
func (q Quantity) IsZero() bool {
	return q.About == nil && q.AtLeast == nil && q.Min == nil && q.Max == nil
}

// Value returns the number a chart draws q at: N for about N and at
// least N, the lower end of a range; ok is false when q is not set.
func (q Quantity) Value() (n int, ok bool) {
	switch {
	case q.About != nil:
		return *q.About, true
	case q.AtLeast != nil:
		return *q.AtLeast, true
	case q.Min != nil:
		return *q.Min, true
	}
	return 0, false
}

// programme checks content/programme.yaml.
func (v *validator) programme() {
	pg := &v.c.Programme
	if pg.Path == "" {
		return
	}
	if len(pg.Totals) == 0 && !pg.Bad["totals"] {
		v.ds.Errorf(pg.At("totals"), "totals is empty; list the totals the province reported, each with as_of, products and sources")
	}
	var prev Date
	for i, t := range pg.Totals {
		prev = v.reportedTotal(pg, fmt.Sprintf("totals.%d", i), t, prev)
	}
	for i, t := range pg.Targets {
		v.target(pg, fmt.Sprintf("targets.%d", i), t)
	}
}

// reportedTotal checks one total; prev is the day of the total before it.
// It returns this total's day, or prev when it has none.
func (v *validator) reportedTotal(pg *Programme, k string, t *ReportedTotal, prev Date) Date {
	d, exact, ok := t.Day()
	switch {
	case pg.Bad[k+".as_of"]:
	case t.AsOf == "":
		v.ds.Errorf(pg.At(k), "%s.as_of is missing; give the day of the figure, such as 2024-11-18, or only the month (2025-03) when the source gives no day", k)
	case !ok:
		v.ds.Errorf(pg.At(k+".as_of"), "%s.as_of must be a day written YYYY-MM-DD, such as 2024-11-18, or a month written YYYY-MM, got %q", k, t.AsOf)
	case !prev.IsZero() && !prev.Before(d):
		v.ds.Errorf(pg.At(k+".as_of"), "%s.as_of %s is not after the total above it (%s); keep the totals in order, oldest first, one per day", k, t.AsOf, prev)
	}
	if ok && !exact {
		if strings.TrimSpace(t.When) == "" && !pg.Bad[k+".when"] {
			v.ds.Errorf(pg.At(k+".as_of"), "%s.as_of %s gives no day; say in when: how the source puts it, such as \"đầu năm 2025\"", k, t.AsOf)
		}
		if strings.TrimSpace(t.WhenEN) == "" && !pg.Bad[k+".when_en"] {
			v.ds.Errorf(pg.At(k+".as_of"), "%s.as_of %s gives no day; say in when_en: how the source puts it, such as \"early 2025\"", k, t.AsOf)
		}
	}
	if t.Products == nil || pg.Bad[k+".products"] {
		if !pg.Bad[k+".products"] {
			v.ds.Errorf(pg.At(k), "%s.products is missing; give the total number of products the source reports", k)
		}
	} else {
		v.count(pg, k+".products", *t.Products)
	}
	known, sum, all := 0, 0, true
	for _, s := range []struct {
		key string
		n   *int
	}{{"three_star", t.ThreeStar}, {"four_star", t.FourStar}, {"five_star", t.FiveStar}} {
		if s.n == nil || pg.Bad[k+"."+s.key] {
			all = false
			continue
		}
		v.count(pg, k+"."+s.key, *s.n)
		known++
		sum += *s.n
	}
	if t.Products != nil && known > 0 && !pg.Bad[k+".products"] {
		switch {
		case all && sum != *t.Products:
			v.ds.Errorf(pg.At(k+".products"), "%s: the products of each star rating add up to %d, not %d; check the figures against the source", k, sum, *t.Products)
		case sum > *t.Products:
			v.ds.Errorf(pg.At(k+".products"), "%s: the products of the star ratings given add up to %d, more than the total %d; check the figures against the source", k, sum, *t.Products)
		}
	}
	if t.Producers != nil && !pg.Bad[k+".producers"] {
		v.count(pg, k+".producers", *t.Producers)
	}
	v.bilingual(pg, k, "note", t.Note, t.NoteEN, true)
	v.bilingual(pg, k, "conflict", t.Conflict, t.ConflictEN, false)
	if len(t.Sources) == 0 && !pg.Bad[k+".sources"] {
		v.ds.Errorf(pg.At(k), "%s.sources is missing; give the address of the page that reports the figure", k)
	}
	v.programmeSources(pg, k, t.Sources)
	if ok {
		return d
	}
	return prev
}

// target checks one target.
func (v *validator) target(pg *Programme, k string, t *Target) {
	v.bilingual(pg, k, "document", t.Document, t.DocumentEN, true)
	switch {
	case pg.Bad[k+".year"]:
	case t.Year == 0:
		v.ds.Errorf(pg.At(k), "%s.year is missing; give the year the document was issued, such as 2019", k)
	case t.Year < 2000 || t.Year > 2100:
		v.ds.Errorf(pg.At(k+".year"), "%s.year must be a year such as 2019, got %d", k, t.Year)
	case !t.Issued.IsZero() && t.Issued.Year != t.Year:
		v.ds.Errorf(pg.At(k+".issued"), "%s.issued %s is not in %s.year %d; correct one of them", k, t.Issued, k, t.Year)
	}
	switch {
	case pg.Bad[k+".by"]:
	case t.By == 0:
		v.ds.Errorf(pg.At(k), "%s.by is missing; give the year the goal is set for, such as 2030", k)
	case t.Year != 0 && t.By < t.Year || t.By > 2100:
		v.ds.Errorf(pg.At(k+".by"), "%s.by %d must be a year from %s.year on", k, t.By, k)
	}
	if t.Products.IsZero() && !pg.Bad[k+".products"] {
		v.ds.Errorf(pg.At(k), "%s.products is missing; give the number of products aimed at, such as products: {about: 300}", k)
	}
	if t.MinStars != 0 && (t.MinStars < 1 || t.MinStars > 5) {
		v.ds.Errorf(pg.At(k+".min_stars"), "%s.min_stars must be 1–5, got %d", k, t.MinStars)
	}
	v.quantity(pg, k+".products", t.Products, 0)
	v.quantity(pg, k+".five_star", t.FiveStar, 0)
	v.quantity(pg, k+".five_star_percent", t.FiveStarPercent, 100)
	v.quantity(pg, k+".four_star_percent", t.FourStarPercent, 100)
	v.quantity(pg, k+".communes_percent", t.CommunesPercent, 100)
	if len(t.Groups) > 0 && t.Criteria == "" && !pg.Bad[k+".criteria"] {
		v.ds.Errorf(pg.At(k+".groups"), "%s.groups needs criteria: the group list the document uses, such as criteria: \"1048\"", k)
	}
	var sys *System
	if t.Criteria != "" && !v.c.Broken.Groups && !pg.Bad[k+".criteria"] {
		if sys = v.c.Groups.System(t.Criteria); sys == nil {
			v.ds.Errorf(pg.At(k+".criteria"), "%s.criteria must be %s, got %q", k, v.systemList(), t.Criteria)
		}
	}
	seen := map[string]bool{}
	for i, g := range t.Groups {
		gk := fmt.Sprintf("%s.groups.%d", k, i)
		switch {
		case pg.Bad[gk+".group"]:
		case g.Group == "":
			v.ds.Errorf(pg.At(gk), "%s.group is missing; give the ID of a group of content/groups.yaml", gk)
		case seen[g.Group]:
			v.ds.Errorf(pg.At(gk+".group"), "%s.group %q is listed twice; keep one", gk, g.Group)
		case sys != nil && v.c.Groups.Group(sys.ID, g.Group) == nil:
			v.ds.Errorf(pg.At(gk+".group"), "%s.group %q is not a group of %s in content/groups.yaml", gk, g.Group, sys.Decision)
		}
		seen[g.Group] = true
		if g.Count.IsZero() && !pg.Bad[gk+".count"] {
			v.ds.Errorf(pg.At(gk), "%s.count is missing; give the number as the document states it, such as count: {about: 5} or count: {min: 12, max: 15}", gk)
		}
		v.quantity(pg, gk+".count", g.Count, 0)
	}
	v.bilingual(pg, k, "note", t.Note, t.NoteEN, false)
	v.programmeSources(pg, k, t.Sources)
}

// quantity checks a number as a source states it: one of about, at_least
// or min with max, none negative, and none over limit when limit is set.
func (v *validator) quantity(pg *Programme, k string, q Quantity, limit int) {
	if q.IsZero() || pg.Bad[k] {
		return
	}
	forms := 0
	for _, set := range []bool{q.About != nil, q.AtLeast != nil, q.Min != nil || q.Max != nil} {
		if set {
			forms++
		}
	}
	if forms > 1 {
		v.ds.Errorf(pg.At(k), "%s gives more than one of about, at_least and min–max; keep the one the source states", k)
		return
	}
	if (q.Min == nil) != (q.Max == nil) {
		v.ds.Errorf(pg.At(k), "%s gives only one end of a range; give both min and max, or write about: or at_least:", k)
		return
	}
	for _, f := range []struct {
		key string
		n   *int
	}{{"about", q.About}, {"at_least", q.AtLeast}, {"min", q.Min}, {"max", q.Max}} {
		switch {
		case f.n == nil:
		case *f.n < 0:
			v.ds.Errorf(pg.At(k+"."+f.key), "%s.%s must not be negative, got %d", k, f.key, *f.n)
		case limit > 0 && *f.n > limit:
			v.ds.Errorf(pg.At(k+"."+f.key), "%s.%s is a percentage, 0–%d, got %d", k, f.key, limit, *f.n)
		}
	}
	if q.Min != nil && q.Max != nil && *q.Min >= *q.Max {
		v.ds.Errorf(pg.At(k+".max"), "%s.max %d must be more than min %d", k, *q.Max, *q.Min)
	}
}

// count checks a number of products or producers.
func (v *validator) count(pg *Programme, k string, n int) {
	if n < 0 {
		v.ds.Errorf(pg.At(k), "%s must not be negative, got %d", k, n)
	}
}

// bilingual checks a text in Vietnamese (key) and English (key_en): both
// are needed when required, and the English one when the Vietnamese one is
// given.
func (v *validator) bilingual(pg *Programme, k, key, vi, en string, required bool) {
	vk, ek := k+"."+key, k+"."+key+"_en"
	if strings.TrimSpace(vi) == "" && required && !pg.Bad[vk] {
		v.ds.Errorf(pg.At(k), "%s is missing; write it in Vietnamese in our own words", vk)
	}
	if strings.TrimSpace(en) == "" && (required || strings.TrimSpace(vi) != "") && !pg.Bad[ek] {
		v.ds.Errorf(pg.At(k), "%s is missing; write %s in English too", ek, vk)
	}
}

// programmeSources checks that every source is a web address.
func (v *validator) programmeSources(pg *Programme, k string, srcs []string) {
	for i, s := range srcs {
		if !urls.SafeExternal(s) {
			v.ds.Errorf(pg.At(fmt.Sprintf("%s.sources.%d", k, i)), "source %q must be an http:// or https:// address", s)
		}
	}
}

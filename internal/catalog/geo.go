package catalog

import (
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Unit is a commune-level administrative unit (xã, phường or thị trấn) in
// one Snapshot of the geography.
type Unit struct {
	// Code is the national statistics code, e.g. "13633".
	Code string `yaml:"code"`
	// Name is the full name with its kind, e.g. "Xã Điền Xá".
	Name string `yaml:"name"`
	// From lists the units of the previous snapshot this one was formed
	// from, as "District name/Unit name" (or "Unit name" where the previous
	// snapshot had no districts). When empty, the unit continues the unit of
	// the previous snapshot with the same Code.
	From []string `yaml:"from"`

	// District is the unit's district in its snapshot, nil where the
	// snapshot has no district level.
	District *District `yaml:"-"`
	// Snapshot is the snapshot the unit belongs to.
	Snapshot *Snapshot `yaml:"-"`
	// Next are the units of the following snapshot this one became part
	// of; empty when unknown or in the last snapshot.
	Next []*Unit `yaml:"-"`
}

// District is a district-level unit (huyện or thành phố) in a Snapshot.
type District struct {
	Code  string  `yaml:"code"`
	Name  string  `yaml:"name"`
	Units []*Unit `yaml:"units"`
	// Slug is the URL segment, assigned by package urls.
	Slug string `yaml:"-"`
	// Snapshot is the snapshot the district belongs to.
	Snapshot *Snapshot `yaml:"-"`
}

// Snapshot is the administrative geography in force from a date:
// content/geo/<date>.yaml. A province without a district level lists Units
// directly.
type Snapshot struct {
	Meta `yaml:"-"`

	// Date is the date the snapshot was in force from.
	Date Date `yaml:"date"`
	// Province is the province the units belong to.
	Province string `yaml:"province"`
	// Decision is the resolution that set this geography.
	Decision  string      `yaml:"decision"`
	Source    string      `yaml:"source"`
	Districts []*District `yaml:"districts"`
	Units     []*Unit     `yaml:"units"`
}

// AllUnits returns every unit of s, in file order.
func (s *Snapshot) AllUnits() []*Unit {
	if len(s.Districts) == 0 {
		return s.Units
	}
	var us []*Unit
	for _, d := range s.Districts {
		us = append(us, d.Units...)
	}
	return us
}

// Geography is the sequence of snapshots, oldest first. The first snapshot
// is the one products and producers are normally recorded in; later ones
// give present-day names.
type Geography struct {
	Snapshots []*Snapshot

	// index is built by Link: districts by placeKey (oldest snapshot
	// first wins), and per snapshot the units by "district key/unit key".
	districts map[string]*District
	units     []map[string][]*Unit
}

// buildIndex fills the lookup maps, so FindDistrict and FindUnit cost one
// map look-up instead of a scan of every unit.
func (g *Geography) buildIndex() {
	g.districts = map[string]*District{}
	g.units = make([]map[string][]*Unit, len(g.Snapshots))
	for i, s := range g.Snapshots {
		m := map[string][]*Unit{}
		for _, d := range s.Districts {
			dk := placeKey(d.Name)
			if _, ok := g.districts[dk]; !ok {
				g.districts[dk] = d
			}
			for _, u := range d.Units {
				k := dk + "/" + placeKey(u.Name)
				m[k] = append(m[k], u)
			}
		}
		g.units[i] = m
	}
}

// unitKinds are the kind words a unit or district name may start with,
// longest first, in lower case.
var unitKinds = []string{"thành phố", "thị trấn", "thị xã", "huyện", "phường", "xã", "tp.", "tp", "tt.", "tt", "h."}

// placeKey reduces a place name to the form names are matched in: NFC,
// lower case, single spaces, without a leading kind word ("Huyện", "TP",
// "Thị trấn", "xã" …), and with old-style tone placement ("Hoà") made
// new-style ("Hòa") so both spellings match.
func placeKey(s string) string {
	s = strings.ToLower(norm.NFC.String(strings.TrimSpace(s)))
	s = strings.Join(strings.Fields(s), " ")
	for _, k := range unitKinds {
		if strings.HasPrefix(s, k+" ") {
			s = strings.TrimSpace(s[len(k)+1:])
			break
		}
	}
	return toneStyle.Replace(s)
}

// toneStyle rewrites old-style tone placement on "oa", "oe", "uy" (hoà,
// khoẻ, thuỷ) to the new style (hòa, khỏe, thủy) used in the national unit
// list.
var toneStyle = strings.NewReplacer(tonePairs...)

// tonePairs are the old-style spellings and their new-style ones, in
// pairs.
var tonePairs = []string{
	"oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
	"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
	"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy",
}

// OldToneStyle returns s with new-style tone placement on "oa", "oe",
// "uy" (hòa, khỏe, thủy) written in the old style (hoà, khoẻ, thuỷ), the
// other spelling place names are matched in.
func OldToneStyle(s string) string {
	old := make([]string, len(tonePairs))
	for i := 0; i < len(tonePairs); i += 2 {
		old[i], old[i+1] = tonePairs[i+1], tonePairs[i]
	}
	return strings.NewReplacer(old...).Replace(s)
}

// PlaceKey is placeKey for other packages: the form in which district and
// commune names are compared.
func PlaceKey(s string) string { return placeKey(s) }

// FindDistrict returns the district named name in the oldest snapshot that
// has it ("Hải Hậu", "Huyện Hải Hậu" and "huyện hải hậu" all match), or nil.
func (g *Geography) FindDistrict(name string) *District {
	if g.units == nil {
		g.buildIndex()
	}
	return g.districts[placeKey(name)]
}

// FindUnit returns the unit named commune within district, searching the
// snapshots oldest first, so a name used in a decision before a merger
// still resolves. A kind word in commune ("TT Thịnh Long") is used to break
// a tie between a xã and a thị trấn of the same name. It returns nil when
// nothing matches.
func (g *Geography) FindUnit(district, commune string) *Unit {
	if g.units == nil {
		g.buildIndex()
	}
	k := placeKey(district) + "/" + placeKey(commune)
	kind := unitKindOf(commune)
	for _, m := range g.units {
		var found *Unit
		for _, u := range m[k] {
			if found == nil || (kind != "" && unitKindOf(u.Name) == kind) {
				found = u
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// unitKindOf returns "xã", "phường" or "thị trấn" when name starts with
// that kind (or its abbreviation), else "".
func unitKindOf(name string) string {
	s := strings.ToLower(norm.NFC.String(strings.TrimSpace(name)))
	switch {
	case strings.HasPrefix(s, "thị trấn ") || strings.HasPrefix(s, "tt ") || strings.HasPrefix(s, "tt. "):
		return "thị trấn"
	case strings.HasPrefix(s, "phường "):
		return "phường"
	case strings.HasPrefix(s, "xã "):
		return "xã"
	}
	return ""
}

// Present returns the units of the newest snapshot that u is part of today,
// following Next links; nil when the chain is not known. For a unit of the
// newest snapshot it returns nil (the name is already current).
func (g *Geography) Present(u *Unit) []*Unit {
	if u == nil || len(u.Next) == 0 {
		return nil
	}
	seen := map[*Unit]bool{}
	cur := []*Unit{u}
	for {
		var next []*Unit
		for _, c := range cur {
			for _, n := range c.Next {
				if !seen[n] {
					seen[n] = true
					next = append(next, n)
				}
			}
		}
		if len(next) == 0 {
			return cur
		}
		cur = next
	}
}

// Link fills District, Snapshot and Next of every unit. Problems (a From
// entry naming no unit) are returned as diagnostics at the snapshot file.
func (g *Geography) Link() Diagnostics {
	var ds Diagnostics
	g.buildIndex()
	for _, s := range g.Snapshots {
		for _, d := range s.Districts {
			d.Snapshot = s
			for _, u := range d.Units {
				u.District = d
				u.Snapshot = s
			}
		}
		for _, u := range s.Units {
			u.Snapshot = s
		}
	}
	for i := 1; i < len(g.Snapshots); i++ {
		prev, cur := g.Snapshots[i-1], g.Snapshots[i]
		byCode := map[string]*Unit{}
		byRef := map[string]*Unit{}
		for _, u := range prev.AllUnits() {
			byCode[u.Code] = u
			byRef[unitRef(u)] = u
		}
		for _, u := range cur.AllUnits() {
			if len(u.From) == 0 {
				if p := byCode[u.Code]; p != nil {
					p.Next = append(p.Next, u)
				}
				continue
			}
			for j, ref := range u.From {
				p := byRef[refKey(ref)]
				if p == nil {
					ds.Errorf(cur.At(cur.unitKey(u)+".from."+strconv.Itoa(j)), "%q names no unit of the snapshot of %s; write it as \"District/Unit\" exactly as in that file", ref, prev.Date)
					continue
				}
				p.Next = append(p.Next, u)
			}
		}
	}
	return ds
}

// unitKey returns the front matter key path of u in s, such as
// "districts.2.units.5" or "units.7".
func (s *Snapshot) unitKey(u *Unit) string {
	for i, d := range s.Districts {
		for j, v := range d.Units {
			if v == u {
				return "districts." + strconv.Itoa(i) + ".units." + strconv.Itoa(j)
			}
		}
	}
	for j, v := range s.Units {
		if v == u {
			return "units." + strconv.Itoa(j)
		}
	}
	return ""
}

func unitRef(u *Unit) string {
	if u.District != nil {
		return placeKey(u.District.Name) + "/" + placeKey(u.Name)
	}
	return placeKey(u.Name)
}

func refKey(ref string) string {
	if i := strings.LastIndex(ref, "/"); i >= 0 {
		return placeKey(ref[:i]) + "/" + placeKey(ref[i+1:])
	}
	return placeKey(ref)
}

// Place resolves a district and commune name pair: the district, the unit
// (nil when commune is empty or unknown) and its present-day units.
func (g *Geography) Place(district, commune string) (*District, *Unit, []*Unit) {
	if district == "" {
		return nil, nil, nil
	}
	d := g.FindDistrict(district)
	if d == nil || commune == "" {
		return d, nil, nil
	}
	u := g.FindUnit(district, commune)
	return d, u, g.Present(u)
}

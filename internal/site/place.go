package site

import (
	"fmt"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// where is a record's place as recorded and as resolved by Link.
type where struct {
	district, commune string
	d                 *catalog.District
	u                 *catalog.Unit
	present           []*catalog.Unit
}

// whereOf returns the place of a product, producer, tourism site or
// showroom.
func whereOf(v any) (where, error) {
	if r, ok := v.(catalog.Record); ok {
		if loc, pl := r.Where(); loc != nil {
			return where{loc.District, loc.Commune, pl.District, pl.Unit, pl.Present}, nil
		}
	}
	return where{}, fmt.Errorf("place: %T has no place", v)
}

// kindWords are the unit kinds a name may start with, written in lower
// case inside a Vietnamese sentence ("xã Điền Xá, huyện Nam Trực"), with
// the English word written after the name ("Điền Xá commune").
var kindWords = []struct{ vi, en string }{
	{"Thành phố ", "city"}, {"Thị trấn ", "township"}, {"Thị xã ", "town"},
	{"Huyện ", "district"}, {"Phường ", "ward"}, {"Xã ", "commune"}, {"Tỉnh ", "province"},
}

// unitName writes a unit or district name inside a sentence for a reader
// of lang: the kind word in lower case in Vietnamese ("huyện Nghĩa
// Hưng"), in English after the name ("Nghĩa Hưng district").
func unitName(lang, name string) string {
	if lang != "vi" {
		return UnitLabel(lang, name)
	}
	for _, k := range kindWords {
		if strings.HasPrefix(name, k.vi) {
			return strings.ToLower(k.vi) + name[len(k.vi):]
		}
	}
	return name
}

// UnitLabel returns a unit or district name written on its own (a card,
// a list) for a reader of lang: unchanged in Vietnamese ("Huyện Nghĩa
// Hưng"), with the English kind word after the name in other languages
// ("Nghĩa Hưng district", "Nam Định city"). A name without a known kind
// word is unchanged.
func UnitLabel(lang, name string) string {
	if lang == "vi" {
		return name
	}
	for _, k := range kindWords {
		if rest, ok := strings.CutPrefix(name, k.vi); ok && strings.TrimSpace(rest) != "" {
			return rest + " " + k.en
		}
	}
	return name
}

// placeText writes a place: "xã Điền Xá, huyện Nam Trực (nay là phường Vị
// Khê, tỉnh Ninh Bình)". Names that did not resolve are shown as written.
// The part in brackets names the present-day unit (or units, when the
// commune was split) with its district, where the newest snapshot has
// districts, and its province.
func (l *Lang) placeText(w where) (string, error) {
	var parts []string
	switch {
	case w.u != nil:
		parts = append(parts, unitName(l.code, w.u.Name))
	case w.commune != "":
		parts = append(parts, w.commune)
	}
	switch {
	case w.d != nil:
		parts = append(parts, unitName(l.code, w.d.Name))
	case w.district != "":
		parts = append(parts, w.district)
	}
	s := strings.Join(parts, ", ")
	if len(w.present) == 0 || s == "" {
		return s, nil
	}
	var now []string
	for _, u := range w.present {
		n := unitName(l.code, u.Name)
		if u.District != nil {
			n += ", " + unitName(l.code, u.District.Name)
		}
		now = append(now, n)
	}
	or, err := l.T("or")
	if err != nil {
		return "", err
	}
	today := strings.Join(now, " "+or+" ")
	if sn := w.present[0].Snapshot; sn != nil && sn.Province != "" {
		prov, err := l.T("province", sn.Province)
		if err != nil {
			return "", err
		}
		today += ", " + prov
	}
	note, err := l.T("place_now", today)
	if err != nil {
		return "", err
	}
	return s + " (" + note + ")", nil
}

// districtIndex returns a look-up of a record's district in
// c.Districts() (see Site.District).
func districtIndex(c *catalog.Catalog) func(recorded string, d *catalog.District) int {
	at := map[string]int{}
	for i, d := range c.Districts() {
		if _, dup := at[catalog.PlaceKey(d.Name)]; !dup {
			at[catalog.PlaceKey(d.Name)] = i
		}
	}
	return func(recorded string, d *catalog.District) int {
		name := recorded
		if d != nil {
			name = d.Name
		}
		if i, ok := at[catalog.PlaceKey(name)]; ok && name != "" {
			return i
		}
		return -1
	}
}

// UnitInText returns a unit or district name written inside a sentence
// for a reader of lang: the kind word in lower case in Vietnamese ("Sản
// phẩm OCOP của huyện Hải Hậu"), after the name in English ("Hải Hậu
// district").
func UnitInText(lang, name string) string { return unitName(lang, name) }

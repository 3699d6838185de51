package brochure

import (
	"fmt"
	"sync"

	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// The PDF's fonts are Liberation Sans Regular and Bold (SIL Open Font
// License 1.1), embedded in the binary by github.com/go-fonts/liberation.
// They cover Vietnamese whole: Ă Â Đ Ê Ô Ơ Ư in both cases, every toned
// vowel U+1EA0–U+1EF9 and the đồng sign ₫ (fonts_test.go checks it). Only
// the glyphs a document uses are embedded (gopdf subsets them); the
// names carry a fixed subset tag, so that viewers and pdffonts see a
// subset and two runs give the same bytes.
const (
	regular = "OCOPRG+LiberationSans"
	bold    = "OCOPBD+LiberationSans-Bold"
)

// face is one font's metrics, read once: the advance width of every
// character it has, in units of the font size, so text is measured
// without a PDF document at hand.
type face struct {
	name string
	ttf  []byte
	// adv maps a rune to its advance in ems; a rune it lacks is missing.
	adv map[rune]float64
	// ascent and descent are the font's, in ems (descent positive).
	ascent, descent float64
}

var faces = sync.OnceValues(func() (map[string]*face, error) {
	m := map[string]*face{}
	for _, f := range []struct {
		name string
		ttf  []byte
	}{{regular, liberationsansregular.TTF}, {bold, liberationsansbold.TTF}} {
		fc, err := readFace(f.name, f.ttf)
		if err != nil {
			return nil, err
		}
		m[f.name] = fc
	}
	return m, nil
})

// readFace parses a TrueType font and records the advance of every
// character of the Basic Multilingual Plane it maps to a glyph.
func readFace(name string, ttf []byte) (*face, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	var buf sfnt.Buffer
	upem := fixed.I(int(f.UnitsPerEm()))
	fc := &face{name: name, ttf: ttf, adv: map[rune]float64{}}
	for r := rune(0x20); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		gi, err := f.GlyphIndex(&buf, r)
		if err != nil || gi == 0 {
			continue
		}
		// At ppem = units per em (both in 26.6), advance / ppem is in ems.
		a, err := f.GlyphAdvance(&buf, gi, upem, 0)
		if err != nil {
			continue
		}
		fc.adv[r] = float64(a) / float64(upem)
	}
	m, err := f.Metrics(&buf, upem, 0)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	fc.ascent = float64(m.Ascent) / float64(upem)
	fc.descent = float64(m.Descent) / float64(upem)
	return fc, nil
}

// has reports whether the font has a glyph for r.
func (f *face) has(r rune) bool {
	_, ok := f.adv[r]
	return ok
}

// width returns the width of s set at size points, as gopdf sets it
// (advances only, no kerning); characters the font lacks are dropped,
// as the PDF drops them.
func (f *face) width(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += f.adv[r]
	}
	return w * size
}

// printable returns s in NFC with every character the fonts cannot draw
// replaced: spacing characters by a space, others by "?". Vietnamese in
// NFD (a base letter followed by combining marks) composes to the
// precomposed letters the fonts have.
func printable(s string, f *face) string {
	s = norm.NFC.String(s)
	ok := true
	for _, r := range s {
		if !f.has(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case f.has(r):
			out = append(out, r)
		case r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u202f' || r == '\u2009':
			out = append(out, ' ')
		case r < 0x20 || r == '\u200b' || r == '\u200d' || r == '\ufeff' || (r >= 0x300 && r <= 0x36f):
			// Control characters, zero-width characters and combining
			// marks left over from NFC are dropped.
		default:
			out = append(out, '?')
		}
	}
	return string(out)
}

package brochure

import (
	"fmt"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// vietnamese are the letters of Vietnamese beyond ASCII: the toned
// vowels of Latin Extended Additional (U+1EA0–U+1EF9), the letters with
// a breve, circumflex or horn and their tones in Latin-1 and Latin
// Extended-A/B, đ, and the đồng sign.
func vietnamese() []rune {
	var rs []rune
	for r := rune(0x1EA0); r <= 0x1EF9; r++ {
		rs = append(rs, r)
	}
	rs = append(rs, []rune("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư₫–…“”")...)
	return rs
}

// TestFontsCoverVietnamese checks that both embedded fonts have a glyph
// for every Vietnamese letter, the đồng sign, every character of every
// name in the real catalog and every character of the print UI strings.
func TestFontsCoverVietnamese(t *testing.T) {
	c, opt := realCatalog(t)
	var texts []string
	for _, p := range c.Products {
		texts = append(texts, p.Name, p.NameEN, p.Pack, p.Summary, p.DescriptionEN, p.Body)
		if p.Links.Producer != nil {
			texts = append(texts, p.Links.Producer.Name)
		}
	}
	for _, s := range c.Showrooms {
		texts = append(texts, s.Name, s.NameEN, s.Address, s.Hours, s.Body)
	}
	for _, f := range c.Fairs {
		texts = append(texts, f.Name, f.NameEN, f.Venue, f.Body)
	}
	for _, g := range c.Groups.Browse {
		texts = append(texts, g.Name, g.NameEN)
	}
	for _, lang := range []string{"vi", "en"} {
		s, err := loadStrings(opt.Theme, lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range s.d.Prefixed("") {
			texts = append(texts, v)
		}
	}
	want := vietnamese()
	for _, s := range texts {
		for _, r := range norm.NFC.String(s) {
			if r > ' ' && r != '\u00a0' {
				want = append(want, r)
			}
		}
	}
	fs := mustFaces()
	for _, f := range []*face{fs.regular, fs.bold} {
		var missing []string
		seen := map[rune]bool{}
		for _, r := range want {
			if !seen[r] && !f.has(r) {
				missing = append(missing, fmt.Sprintf("%c %U", r, r))
			}
			seen[r] = true
		}
		if len(missing) > 0 {
			t.Errorf("font %s has no glyph for %q", f.name, missing)
		}
	}
}

// TestPrintable checks that text reaches the PDF in NFC, and that a
// character no font has is replaced, not silently dropped.
func TestPrintable(t *testing.T) {
	f := mustFaces().regular
	nfd := norm.NFD.String("Nước mắm Hải Hậu")
	if got := printable(nfd, f); got != "Nước mắm Hải Hậu" || !norm.NFC.IsNormalString(got) {
		t.Errorf("printable(NFD) = %q", got)
	}
	if got, want := printable("Trà\u00a0xanh\t🍵", f), "Trà\u00a0xanh ?"; got != want {
		t.Errorf("printable = %q, want %q", got, want)
	}
}

// TestUIStringsMatch checks that the two languages have the same keys.
func TestUIStringsMatch(t *testing.T) {
	_, opt := realCatalog(t)
	keys := map[string]map[string]string{}
	for _, lang := range []string{"vi", "en"} {
		s, err := loadStrings(opt.Theme, lang)
		if err != nil {
			t.Fatal(err)
		}
		keys[lang] = s.d.Prefixed("")
	}
	for k := range keys["vi"] {
		if _, ok := keys["en"][k]; !ok {
			t.Errorf("en.yaml lacks %s", k)
		}
	}
	for k := range keys["en"] {
		if _, ok := keys["vi"][k]; !ok {
			t.Errorf("vi.yaml lacks %s", k)
		}
	}
}

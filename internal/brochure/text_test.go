package brochure

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestStringsMissingAndBad checks that a key missing from print/i18n is
// printed as itself and reported once, and that a file the flat parser
// cannot read is refused with its line.
func TestStringsMissingAndBad(t *testing.T) {
	theme := fstest.MapFS{
		"print/i18n/vi.yaml": {Data: []byte("# Chuỗi\nstars_one: \"%d sao\"\nstars_other: \"%d sao\"\n")},
		"print/i18n/en.yaml": {Data: []byte("stars_one: \"%d star\"\nstars:\n  other: \"%d stars\"\n")},
		"i18n/vi.yaml":       {Data: []byte("stars_unknown: \"Chưa rõ hạng sao\"\n")},
		"i18n/en.yaml":       {Data: []byte("stars_unknown: \"Rating not recorded\"\n")},
	}
	s, err := loadStrings(theme, "vi")
	if err != nil {
		t.Fatal(err)
	}
	if got := s.tn("stars", 4); got != "4 sao" {
		t.Errorf("tn(stars, 4) = %q, want %q", got, "4 sao")
	}
	if s.err() != nil {
		t.Errorf("err() = %v before a missing key", s.err())
	}
	for range 2 {
		if got := s.t("printed", "01/09/2025"); got != "printed" {
			t.Errorf("t(printed) = %q, want the key", got)
		}
	}
	if got := s.shared("stars_unknown"); got != "Chưa rõ hạng sao" {
		t.Errorf("shared(stars_unknown) = %q", got)
	}
	s.t("address")
	s.shared("badge_expired")
	if err, want := s.err(), "theme: print/i18n/vi.yaml has no address, printed; i18n/vi.yaml has no badge_expired"; err == nil || err.Error() != want {
		t.Errorf("err() = %v, want %s", err, want)
	}
	_, err = loadStrings(theme, "en")
	if want := "theme: print/i18n/en.yaml: line 2: stars: empty value; nested blocks are not supported"; err == nil || err.Error() != want {
		t.Errorf("loadStrings(en) = %v, want %s", err, want)
	}
	if _, err := loadStrings(theme, "fr"); err == nil || !strings.Contains(err.Error(), "print/i18n/fr.yaml") {
		t.Errorf("loadStrings(fr) = %v, want the missing file named", err)
	}
}

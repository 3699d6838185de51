package site

import (
	"os"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// prepared prepares the web pages' test site with the default theme.
func prepared(t *testing.T) *Site {
	t.Helper()
	src := os.DirFS("../output/web/testdata/site")
	c, ds := load.Content(src)
	if ds.HasErrors() {
		t.Fatalf("content: %v", ds)
	}
	theme, err := themes.Layered(src, "")
	if err != nil {
		t.Fatal(err)
	}
	b, err := urls.ParseBase("https://example.org/")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Prepare(c, Options{Base: b, Theme: theme, Content: src})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestPrepare(t *testing.T) {
	s := prepared(t)
	for _, l := range s.Langs {
		if _, ok := s.Dict(l.Code); !ok {
			t.Errorf("no UI strings for %s", l.Code)
		}
	}
	if _, ok := s.Dict("xx"); ok {
		t.Error("UI strings for a language the site does not have")
	}
	for _, c := range s.Copies() {
		if _, ok := s.CopyAt(c.Out); !ok {
			t.Errorf("%s: listed but not found", c.Out)
		}
	}
	photos := 0
	for _, p := range s.Catalog.Products {
		if s.Photo(&p.Meta) != "" {
			photos++
		}
		if p.Body != "" && s.Body(&p.Meta).HTML == "" {
			t.Errorf("%s: body not rendered", p.Path)
		}
	}
	if photos == 0 {
		t.Error("no product has a photo")
	}
	if got := s.Placeholder("no-such-group").Path; got != "assets/placeholder.svg" {
		t.Errorf("got placeholder %q, want the generic one", got)
	}
}

func TestForgetPrepareProduct(t *testing.T) {
	s := prepared(t)
	var p *catalog.Product
	for _, x := range s.Catalog.Products {
		if s.Photo(&x.Meta) != "" {
			p = x
			break
		}
	}
	if p == nil {
		t.Fatal("no product has a photo")
	}
	before := len(s.Copies())
	s.Forget(p)
	if s.Photo(&p.Meta) != "" {
		t.Error("photo kept after Forget")
	}
	dir := urls.Page(urls.Product, "vi", p.Slug)
	for _, c := range s.Copies() {
		if strings.HasPrefix(c.Out, dir) {
			t.Errorf("%s: copy kept after Forget", c.Out)
		}
	}
	if err := s.PrepareProduct(p); err != nil {
		t.Fatal(err)
	}
	if got := len(s.Copies()); got != before {
		t.Errorf("got %d copies after PrepareProduct, want %d", got, before)
	}
}

func TestSiteLangs(t *testing.T) {
	got := siteLangs([]catalog.Language{{Code: "vi"}, {Code: ""}, {Code: "en", Name: "English"}, {Code: "vi"}})
	if len(got) != 2 || got[0].Code != "vi" || got[0].Name != "vi" || got[1].Code != "en" {
		t.Errorf("got %v, want vi then en", got)
	}
	if got := siteLangs(nil); len(got) != 1 || got[0].Code != "vi" {
		t.Errorf("got %v, want Vietnamese alone", got)
	}
}

// A page states the rating council only where the record does: the
// stars never stand in for it, since who recognised a number of stars
// changed over time.
func TestLevelOnlyAsRecorded(t *testing.T) {
	s := prepared(t)
	for _, tc := range []struct {
		stars  int
		level  string
		vi, en string
	}{
		{3, "", "", ""},
		{4, "", "", ""},
		{5, "", "", ""},
		{0, "", "", ""},
		{3, catalog.LevelDistrict, "Cấp huyện", "District council"},
		{4, catalog.LevelProvince, "Cấp tỉnh", "Provincial council"},
		{5, catalog.LevelNational, "Cấp quốc gia", "National council"},
	} {
		p := &catalog.Product{Stars: tc.stars, Level: tc.level}
		for lang, want := range map[string]string{"vi": tc.vi, "en": tc.en} {
			got, err := s.In(lang).Level(p)
			if err != nil || got != want {
				t.Errorf("%d★, level %q, %s: %q, %v; want %q", tc.stars, tc.level, lang, got, err, want)
			}
		}
	}
}

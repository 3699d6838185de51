package build

import (
	"html"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/brochure"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// One showroom offers the same products on its page, in its brochure
// and on its shelf labels (print pages and PDFs), in both languages,
// under both halves of the offering rule (catalog.Offer): on the shared
// test site, where products name the showroom (OfferNamed), and on the
// same site with no product naming it, where it shows its district's
// products and every output says so in words (OfferDistrict).
func TestShowroomOfferEverywhere(t *testing.T) {
	named := os.DirFS("../output/web/testdata/site")
	district := withoutShowrooms(t, named)
	for _, tt := range []struct {
		name  string
		src   fs.FS
		rule  catalog.OfferRule
		words map[string]string
	}{
		{"named", named, catalog.OfferNamed, nil},
		{"district", district, catalog.OfferDistrict, map[string]string{
			"vi": "Sản phẩm OCOP của huyện Nam Trực", "en": "OCOP products of Nam Trực district"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := outputtest.Load(t, tt.src)
			s := c.Showroom("diem-ban-nam-dinh")
			if s == nil {
				t.Fatal("no showroom diem-ban-nam-dinh")
			}
			off := c.Offer(s)
			if off.Rule != tt.rule || len(off.Products) == 0 {
				t.Fatalf("Offer = rule %v, %d products; want rule %v and some", off.Rule, len(off.Products), tt.rule)
			}
			var want []string
			for _, p := range c.Promoted(off.Products) {
				want = append(want, p.Slug)
			}
			sort.Strings(want)
			if len(want) == 0 {
				t.Fatal("the showroom offers no certified product")
			}
			w := renderPrint(t, c, tt.src)
			for _, lang := range []string{"vi", "en"} {
				page := string(w.Files[urls.Page(urls.Showroom, lang, s.Slug)+"index.html"])
				sel := brochure.Selection{Showroom: s}
				lab := brochure.Selection{Showroom: s, Labels: true}
				got := map[string][]string{
					"page":     slugsIn(section(page, `id="products-h"`, "</section>")),
					"brochure": slugsIn(string(w.Files[sel.HTMLPath(lang)])),
					"labels":   labelSlugs(c, string(w.Files[lab.HTMLPath(lang)]), lang),
				}
				for out, g := range got {
					if strings.Join(g, " ") != strings.Join(want, " ") {
						t.Errorf("%s %s offers %q, want %q", lang, out, g, want)
					}
				}
				for _, p := range []string{sel.PDFPath(lang), lab.PDFPath(lang)} {
					if len(w.Files[p]) == 0 {
						t.Errorf("%s was not written", p)
					}
					if !strings.Contains(page, `href="/`+p+`"`) {
						t.Errorf("%s: the showroom page does not link %s", lang, p)
					}
				}
				words := tt.words[lang]
				for out, text := range map[string]string{"page": page, "brochure": string(w.Files[sel.HTMLPath(lang)]), "labels": string(w.Files[lab.HTMLPath(lang)])} {
					if words != "" && !strings.Contains(text, words) {
						t.Errorf("%s %s does not say %q", lang, out, words)
					}
					if words == "" && (strings.Contains(text, "Sản phẩm OCOP của huyện") || strings.Contains(text, "OCOP products of Nam Trực")) {
						t.Errorf("%s %s says the products are the district's", lang, out)
					}
				}
			}
		})
	}
}

// withoutShowrooms returns the test site with no product naming a
// showroom, and its showroom moved to Nam Trực, whose products are
// certified.
func withoutShowrooms(t *testing.T, src fs.FS) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		if strings.HasPrefix(p, "content/products/") && strings.HasSuffix(p, ".md") {
			b = regexp.MustCompile(`(?m)^showrooms:.*\n`).ReplaceAll(b, nil)
		}
		m[p] = &fstest.MapFile{Data: b, Mode: 0o644}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	m["content/showrooms/diem-ban-nam-dinh.md"] = &fstest.MapFile{Data: []byte("---\nname: \"Điểm giới thiệu sản phẩm OCOP huyện Nam Trực\"\nslug: diem-ban-nam-dinh\ndistrict: \"Nam Trực\"\n---\n"), Mode: 0o644}
	return m
}

// renderPrint renders c with every output, print documents included.
func renderPrint(t *testing.T, c *catalog.Catalog, src fs.FS) *outputtest.Writer {
	t.Helper()
	base, err := urls.ParseBase("https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	theme, err := themes.Layered(src, "")
	if err != nil {
		t.Fatal(err)
	}
	w := outputtest.NewWriter()
	opt := site.Options{Base: base, Theme: theme, Content: src, Print: true}
	if _, err := Render(c, opt, w); err != nil {
		t.Fatal(err)
	}
	return w
}

// section returns the part of s from the first from to the next to.
func section(s, from, to string) string {
	i := strings.Index(s, from)
	if i < 0 {
		return ""
	}
	s = s[i:]
	if j := strings.Index(s, to); j >= 0 {
		s = s[:j]
	}
	return s
}

// productLink matches a link to a product page in either language.
var productLink = regexp.MustCompile(`(?:san-pham|en/products)/([a-z0-9-]+)/"`)

// slugsIn returns the products linked from s, sorted, each once.
func slugsIn(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range productLink.FindAllStringSubmatch(s, -1) {
		if !seen[m[1]] {
			seen[m[1]] = true
			out = append(out, m[1])
		}
	}
	sort.Strings(out)
	return out
}

// labelNames matches a shelf label's product name.
var labelNames = regexp.MustCompile(`<p class="name"[^>]*>([^<]*)<`)

// labelSlugs returns the products of a label sheet, by their names in
// lang, sorted.
func labelSlugs(c *catalog.Catalog, page, lang string) []string {
	by := map[string]string{}
	for _, p := range c.Products {
		name := p.Name
		if lang == "en" && p.NameEN != "" {
			name = p.NameEN
		}
		by[name] = p.Slug
	}
	var out []string
	for _, m := range labelNames.FindAllStringSubmatch(page, -1) {
		out = append(out, by[html.UnescapeString(m[1])])
	}
	sort.Strings(out)
	return out
}

// Every link to a print document, on every page, leads to a file the
// build wrote: a brochure or label sheet with nothing to print is
// neither written nor linked. The site with no product naming its
// showroom, in the city of Nam Định, where no product is (OfferNone),
// gets no showroom brochure and no label sheet.
func TestPrintLinksLeadToFiles(t *testing.T) {
	none := withoutShowrooms(t, os.DirFS("../output/web/testdata/site")).(fstest.MapFS)
	none["content/showrooms/diem-ban-nam-dinh.md"] = &fstest.MapFile{Data: []byte("---\nname: \"Điểm bán Nam Định\"\nslug: diem-ban-nam-dinh\ndistrict: \"Thành phố Nam Định\"\n---\n"), Mode: 0o644}
	link := regexp.MustCompile(`href="/((?:in-an|en/print)/[^"]*)"`)
	for name, src := range map[string]fs.FS{"named": os.DirFS("../output/web/testdata/site"), "none": none} {
		c := outputtest.Load(t, src)
		w := renderPrint(t, c, src)
		links := 0
		for p, b := range w.Files {
			if !strings.HasSuffix(p, ".html") {
				continue
			}
			for _, m := range link.FindAllStringSubmatch(string(b), -1) {
				links++
				target := m[1]
				if strings.HasSuffix(target, "/") {
					target += "index.html"
				}
				if len(w.Files[target]) == 0 {
					t.Errorf("%s: %s links %s, which was not written", name, p, m[1])
				}
			}
		}
		s := c.Showroom("diem-ban-nam-dinh")
		if rule := c.Offer(s).Rule; (name == "none") != (rule == catalog.OfferNone) {
			t.Fatalf("%s: Offer rule %v", name, rule)
		}
		for _, sel := range []brochure.Selection{{Showroom: s}, {Showroom: s, Labels: true}} {
			_, wrote := w.Files[sel.PDFPath("vi")]
			if want := name == "named"; wrote != want {
				t.Errorf("%s: %s written: %v, want %v", name, sel.PDFPath("vi"), wrote, want)
			}
		}
		if name == "named" && links == 0 {
			t.Errorf("%s: no page links a print document", name)
		}
	}
}

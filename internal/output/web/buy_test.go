package web

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// showroomLinks returns the links of the showrooms part of a product
// page's where-to-buy block, and the text of that part.
func showroomLinks(t *testing.T, page string) (links []string, text string) {
	t.Helper()
	_, rest, ok := strings.Cut(page, `id="buy-showrooms-h"`)
	if !ok {
		t.Fatalf("no where-to-buy showrooms part")
	}
	part, _, _ := strings.Cut(rest, "</section>")
	for _, m := range regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(part, -1) {
		if strings.Contains(m[1], "/diem-ban/") || strings.Contains(m[1], "/showrooms/") {
			links = append(links, m[1])
		}
	}
	return links, part
}

// The where-to-buy block of every product page lists exactly the
// showrooms catalog.OfferedAt gives, under both halves of the offering
// rule: products that name the showroom (the test site), and, while no
// product names it, its district's products, said so in words.
func TestWhereToBuyFollowsOffer(t *testing.T) {
	named := fixture()
	// The same site with the showroom moved to Hải Hậu and named by no
	// product: it offers Hải Hậu's certified products.
	district := overlay{base: named, files: map[string]string{
		"content/showrooms/diem-ban-nam-dinh.md": "---\nname: \"Điểm giới thiệu sản phẩm OCOP huyện Hải Hậu\"\ndistrict: \"Hải Hậu\"\n---\n",
	}}
	for _, f := range []string{"content/products/khan-theu-nam-truc.md", "content/products/gao-nep-dien-xa/index.md", "content/products/tra-sen-nam-truc.md"} {
		b, err := fs.ReadFile(named, f)
		if err != nil {
			t.Fatal(err)
		}
		district.files[f] = regexp.MustCompile(`(?m)^showrooms:.*\n`).ReplaceAllString(string(b), "")
	}
	for _, tc := range []struct {
		name string
		rule catalog.OfferRule
		site overlay
	}{
		{"named", catalog.OfferNamed, overlay{base: named}},
		{"district", catalog.OfferDistrict, district},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := loadSite(t, tc.site)
			if got := c.Offer(c.Showrooms[0]).Rule; got != tc.rule {
				t.Fatalf("rule %v, want %v", got, tc.rule)
			}
			w, err := renderCatalog(c, tc.site, "https://ocop.example.vn/")
			if err != nil {
				t.Fatal(err)
			}
			offered := 0
			for _, p := range c.OCOP(c.Products) {
				for _, lang := range []string{"vi", "en"} {
					path := urls.Page(urls.Product, lang, p.Slug) + "index.html"
					got, text := showroomLinks(t, string(w.Files[path]))
					var want []string
					for _, s := range c.OfferedAt(p) {
						want = append(want, "/"+urls.Page(urls.Showroom, lang, s.Slug))
					}
					if strings.Join(got, " ") != strings.Join(want, " ") {
						t.Errorf("%s lists showrooms %q, want %q", path, got, want)
					}
					note := map[string]string{"vi": "Sản phẩm OCOP của huyện Hải Hậu", "en": "OCOP products of Hải Hậu district"}[lang]
					if has := strings.Contains(text, note); has != (tc.rule == catalog.OfferDistrict && len(want) > 0) {
						t.Errorf("%s says %q: %v; rule %v, %d showrooms", path, note, has, tc.rule, len(want))
					}
					if len(want) == 0 && !strings.Contains(text, map[string]string{"vi": "hãy hỏi", "en": "ask"}[lang]) {
						t.Errorf("%s: no showroom, and no word of whom to ask:\n%s", path, text)
					}
				}
				if len(c.OfferedAt(p)) > 0 {
					offered++
				}
			}
			if offered < 2 {
				t.Errorf("only %d products offered at a showroom; the case tests too little", offered)
			}
		})
	}
}

// The block links a product's online shops and its producer's Zalo, and
// the trade block of the English page names them too, with the pack's
// barcode number (also in the structured data).
func TestWhereToBuyShopsAndZalo(t *testing.T) {
	c := loadSite(t, fixture())
	p := c.Product("ruou-nep-hai-hau")
	p.Buy = []catalog.Shop{{Name: "Postmart", URL: "https://postmart.vn/ruou-nep"}, {Name: "Bad", URL: "javascript:alert(1)"}}
	p.Links.Producer.Zalo = "0912 345 678"
	p.GTIN = "4006381333931"
	w, err := renderCatalog(c, fixture(), "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	vi := string(w.Files["san-pham/ruou-nep-hai-hau/index.html"])
	en := string(w.Files["en/products/ruou-nep-hai-hau/index.html"])
	for _, want := range []string{
		`<li><a href="https://postmart.vn/ruou-nep" rel="external noopener noreferrer">Postmart</a></li>`,
		`<li>Zalo: <a href="https://zalo.me/0912345678" rel="external noopener noreferrer">0912 345 678</a></li>`,
		`<li>Điện thoại: <a href="tel:02283123456">0228 3123 456</a></li>`,
	} {
		if !strings.Contains(vi, want) {
			t.Errorf("Vietnamese page lacks %s", want)
		}
	}
	if !strings.Contains(vi, `"gtin":"4006381333931"`) {
		t.Errorf("the structured data gives no gtin")
	}
	if strings.Contains(vi, "javascript:") || strings.Contains(vi, ">Bad<") {
		t.Errorf("a shop without an https address is linked")
	}
	_, trade, _ := strings.Cut(en, `id="trade-h"`)
	for _, want := range []string{`<a href="https://postmart.vn/ruou-nep" rel="external noopener noreferrer">Postmart</a>`, `Zalo <a href="https://zalo.me/0912345678"`, "3 stars", "1520/QĐ-UBND", "chai 500 ml", "<dd>4006381333931</dd>"} {
		if !strings.Contains(trade, want) {
			t.Errorf("English trade block lacks %s", want)
		}
	}
}

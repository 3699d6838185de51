package browser

import (
	"encoding/json"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// buySite writes a small site: the real configuration, groups and
// geography, a producer with a phone, Zalo and website, a product with
// two online shops, and a showroom of its district that no product
// names, so that it offers the district's products.
func buySite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyDir(t, "../../content/geo", filepath.Join(dir, "content/geo"))
	for _, f := range []string{"site.yaml", "groups.yaml"} {
		copyFile(t, "../../content/"+f, filepath.Join(dir, "content", f))
	}
	write(t, filepath.Join(dir, "content/products/nuoc-mam.md"), `---
name: Nước mắm Hải Hậu
name_en: Hải Hậu fish sauce
producer: cty
group: thuc-pham
stars: 4
certificate: {number: 512/QĐ-UBND, date: 2024-03-10}
district: Hải Hậu
pack: chai 500 ml
buy:
  - {name: Postmart, url: "https://postmart.vn/nuoc-mam-hai-hau"}
  - {name: Cửa hàng của công ty, url: "https://example.vn/cua-hang?sp=1&loai=2"}
---
Nước mắm truyền thống.
`)
	write(t, filepath.Join(dir, "content/producers/cty.md"), "---\nname: Công ty Nước mắm Hải Hậu\nkind: doanh nghiệp\ndistrict: Hải Hậu\naddress: xóm 5, thị trấn Yên Định\nphone: \"0228 3123 456\"\nzalo: \"0912 345 678\"\nwebsite: https://example.vn/\n---\n")
	write(t, filepath.Join(dir, "content/showrooms/hai-hau.md"), "---\nname: Điểm giới thiệu và bán sản phẩm OCOP huyện Hải Hậu\nslug: hai-hau\ndistrict: Hải Hậu\n---\n")
	return dir
}

// link is an anchor of a page as the browser reads it.
type link struct {
	Text   string `json:"text"`
	Href   string `json:"href"`
	Attr   string `json:"attr"`
	Rel    string `json:"rel"`
	Target string `json:"target"`
}

// A product page's contact and shop links, in Chromium: the producer's
// phone is a tel: link, its Zalo and shops https links that open without
// giving the shop a hold on the page (rel noopener noreferrer, no
// target), and the showroom under the district rule says so.
func TestWhereToBuyLinks(t *testing.T) {
	tb := newTab(t)
	base := serve(t, buySite(t))
	for _, tc := range []struct {
		page, block, phone, note string
	}{
		{"san-pham/nuoc-mam-hai-hau/", ".buy", "Điện thoại", "Sản phẩm OCOP của huyện Hải Hậu"},
		{"en/products/nuoc-mam-hai-hau/", ".trade", "", "OCOP products of Hải Hậu district"},
	} {
		var raw, text string
		err := chromedp.Do(tb.ctx,
			chromedp.Navigate(base+tc.page),
			chromedp.WaitVisible(tc.block),
		)
		if err == nil {
			raw, err = chromedp.Run(tb.ctx, chromedp.Evaluate[string](`JSON.stringify(Array.from(document.querySelectorAll("`+tc.block+` a")).map(a => ({text: a.textContent, href: a.href, attr: a.getAttribute("href"), rel: a.rel, target: a.target})))`))
		}
		if err == nil {
			text, err = chromedp.Run(tb.ctx, chromedp.Text(".buy"))
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.page, err)
		}
		var links []link
		if err := json.Unmarshal([]byte(raw), &links); err != nil {
			t.Fatal(err)
		}
		by := map[string]link{}
		for _, l := range links {
			by[l.Text] = l
			if l.Target != "" {
				t.Errorf("%s: link %q opens in target %q", tc.page, l.Text, l.Target)
			}
			if u, err := url.Parse(l.Href); err != nil || u.Scheme == "javascript" {
				t.Errorf("%s: link %q to %q", tc.page, l.Text, l.Href)
			}
		}
		if l := by["0228 3123 456"]; l.Attr != "tel:02283123456" {
			t.Errorf("%s: phone links to %q, want tel:02283123456", tc.page, l.Attr)
		}
		for text, want := range map[string]string{
			"Postmart":             "https://postmart.vn/nuoc-mam-hai-hau",
			"Cửa hàng của công ty": "https://example.vn/cua-hang?sp=1&loai=2",
			"0912 345 678":         "https://zalo.me/0912345678",
		} {
			l, ok := by[text]
			if !ok {
				t.Errorf("%s: no link %q among %v", tc.page, text, links)
				continue
			}
			if l.Href != want || !strings.HasPrefix(l.Href, "https://") {
				t.Errorf("%s: %q links to %q, want %q", tc.page, text, l.Href, want)
			}
			if rel := strings.Fields(l.Rel); !contains(rel, "noopener") || !contains(rel, "noreferrer") || !contains(rel, "external") {
				t.Errorf("%s: %q has rel %q, want external noopener noreferrer", tc.page, text, l.Rel)
			}
		}
		if !strings.Contains(text, tc.note) {
			t.Errorf("%s: the showroom does not say %q:\n%s", tc.page, tc.note, text)
		}
		if tc.phone != "" && !strings.Contains(text, tc.phone) {
			t.Errorf("%s: no %q in\n%s", tc.page, tc.phone, text)
		}
	}
	// The search result says where to buy it, by the same rule.
	got := results(t, tb, base+"tim-kiem/", "q=nuoc+mam&type=product")
	if len(got) != 1 {
		t.Fatalf("nuoc mam finds %q", got)
	}
	line, err := chromedp.Run(tb.ctx, chromedp.Text(".sr-buy"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Bán tại: Điểm giới thiệu và bán sản phẩm OCOP huyện Hải Hậu (sản phẩm OCOP của huyện Hải Hậu); Postmart; Cửa hàng của công ty"; line != want {
		t.Errorf("result's where-to-buy line %q, want %q", line, want)
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

package sitemap

import (
	"regexp"
	"strings"
	"testing"
)

// The sitemap lists the pages of every product, whatever its status: a
// sitemap states nothing of a page but its address and languages. What
// it leads a search engine to must then say the status itself: the
// expired product's page its badge, and the page of the product that is
// not certified, in its title, description and structured data, that it
// is not an OCOP product (the web output's tests check those pages
// fully).
func TestSitemapStatus(t *testing.T) {
	w := render(t)
	xml := string(w.Files["sitemap.xml"])
	if strings.Contains(xml, "OCOP") || strings.Contains(xml, "<image") || strings.Contains(xml, "<news") {
		t.Errorf("sitemap.xml states more than addresses and languages:\n%s", xml)
	}
	title := regexp.MustCompile(`<title>([^<]*)</title>`)
	for _, tc := range []struct {
		slug, title, body string
	}{
		{"tra-sen-nam-truc", "Trà sen Nam Trực (Chưa được chứng nhận OCOP) – ", "Đây không phải là sản phẩm OCOP"},
		{"ruou-nep-hai-hau", "Rượu nếp Hải Hậu – ", `<strong class="badge badge-expired">Hết hạn chứng nhận`},
	} {
		loc := "<loc>https://ocop.example.vn/san-pham/" + tc.slug + "/</loc>"
		if !strings.Contains(xml, loc) {
			t.Errorf("sitemap.xml lacks %s", loc)
			continue
		}
		page := string(w.Files["san-pham/"+tc.slug+"/index.html"])
		m := title.FindStringSubmatch(page)
		if m == nil || !strings.HasPrefix(m[1], tc.title) || !strings.Contains(page, tc.body) {
			t.Errorf("%s: the page the sitemap lists does not state its status (title %q)", tc.slug, m)
		}
	}
}

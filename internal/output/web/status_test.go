package web

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// The test site's products by status on outputtest.Today (2025-01-15).
const (
	expiredSlug      = "ruou-nep-hai-hau" // expired 2024-06-30, featured: true
	expiringSlug     = "banh-da-cua-hai-hau"
	unknownSlug      = "muoi-hat-hai-hau"
	notCertifiedSlug = "tra-sen-nam-truc" // status: registered, featured: true
	notCertifiedHref = `href="/san-pham/tra-sen-nam-truc/"`
	expiredHref      = `href="/san-pham/ruou-nep-hai-hau/"`
	expiredBadge     = `<span class="badge badge-expired">Hết hạn chứng nhận</span>`
)

// card returns the product card that links to href on a page, "" when
// the page has none.
func card(page, href string) string {
	for _, c := range strings.Split(page, `<li class="card`)[1:] {
		c, _, _ = strings.Cut(c, "</li>")
		if strings.Contains(c, href) {
			return c
		}
	}
	return ""
}

// TestNotCertifiedLinkedOnlyByProducer checks every page of the site: the
// product that is not certified is linked from its producer's page (in a
// section of its own) and its own page alone, never from a list, the
// home page, a showroom, a fair or a group.
func TestNotCertifiedLinkedOnlyByProducer(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	allowed := map[string]bool{
		"chu-the/hop-tac-xa-nong-nghiep-dien-xa/index.html":      true,
		"en/producers/hop-tac-xa-nong-nghiep-dien-xa/index.html": true,
		"san-pham/tra-sen-nam-truc/index.html":                   true,
		"en/products/tra-sen-nam-truc/index.html":                true,
	}
	link := regexp.MustCompile(`href="/(en/products|san-pham)/tra-sen-nam-truc/"`)
	pages := 0
	for _, p := range w.Paths() {
		if !strings.HasSuffix(p, ".html") || strings.HasPrefix(p, "kiosk/") {
			continue
		}
		pages++
		s := string(w.Files[p])
		if link.MatchString(s) && !allowed[p] {
			t.Errorf("%s links to the product that is not certified", p)
		}
	}
	if pages < 20 {
		t.Fatalf("only %d pages checked", pages)
	}
	producer := string(w.Files["chu-the/hop-tac-xa-nong-nghiep-dien-xa/index.html"])
	ocop, rest, ok := strings.Cut(producer, `<section class="not-certified"`)
	if !ok {
		t.Fatal("producer page has no section for products that are not certified")
	}
	if strings.Contains(ocop, notCertifiedHref) {
		t.Error("producer page lists the product that is not certified among its OCOP products")
	}
	for _, want := range []string{"Sản phẩm tham gia chương trình, chưa được chứng nhận OCOP", notCertifiedHref, "Chưa được chứng nhận OCOP</span>"} {
		if !strings.Contains(rest, want) {
			t.Errorf("producer page's not-certified section lacks %q", want)
		}
	}
	if c := card(rest, notCertifiedHref); strings.Contains(c, `class="stars"`) {
		t.Errorf("not-certified card shows stars:\n%s", c)
	}
}

// TestStatusInListsAndCounts checks the cards, lists and counts of the
// web pages: only OCOP products are counted, the expired one keeps its
// place with its badge in words, and the home page features neither.
func TestStatusInListsAndCounts(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	page := func(p string) string {
		t.Helper()
		s, ok := w.Files[p]
		if !ok {
			t.Fatalf("no page %s", p)
		}
		return string(s)
	}
	home := page("index.html")
	if !strings.Contains(home, "<strong>6</strong>") {
		t.Error("home page does not count 6 OCOP products (7 records, 1 not certified)")
	}
	for _, href := range []string{expiredHref, notCertifiedHref} {
		if strings.Contains(home, href) {
			t.Errorf("home page features %s", href)
		}
	}
	for _, tc := range []struct {
		page string
		n    int // the number of product cards
		// expired says whether the expired product is on the page.
		expired bool
	}{
		{"san-pham/index.html", 6, true},
		{"en/products/index.html", 6, true},
		{"nhom/do-uong/index.html", 1, true},
		{"nhom/thuc-pham/index.html", 4, false},
		{"hang-sao/3-sao/index.html", 3, true},
		{"huyen/hai-hau/index.html", 4, true},
		{"huyen/nam-truc/index.html", 2, false},
		{"chu-the/co-so-san-xuat-hai-hau/index.html", 4, true},
		{"chu-the/hop-tac-xa-nong-nghiep-dien-xa/index.html", 3, false},
		{"diem-ban/diem-gioi-thieu-san-pham-ocop-thanh-pho-nam-dinh/index.html", 2, false},
	} {
		s := page(tc.page)
		ocop, _, _ := strings.Cut(s, `<section class="not-certified"`)
		n := strings.Count(ocop, `<li class="card card-`)
		if tc.page == "chu-the/hop-tac-xa-nong-nghiep-dien-xa/index.html" {
			n = strings.Count(s, `<li class="card card-`) // the OCOP ones and the one apart
		}
		if n != tc.n {
			t.Errorf("%s: %d product cards, want %d", tc.page, n, tc.n)
		}
		if strings.Contains(ocop, notCertifiedHref) {
			t.Errorf("%s lists the product that is not certified", tc.page)
		}
		href, badge := expiredHref, expiredBadge
		if strings.HasPrefix(tc.page, "en/") {
			href, badge = `href="/en/products/ruou-nep-hai-hau/"`, `<span class="badge badge-expired">Certificate expired</span>`
		}
		c := card(s, href)
		switch {
		case tc.expired && c == "":
			t.Errorf("%s leaves out the expired product", tc.page)
		case tc.expired && !strings.Contains(c, badge):
			t.Errorf("%s: the expired product's card has no badge:\n%s", tc.page, c)
		}
	}
	// Every count of a page of counts adds up to the OCOP products.
	count := regexp.MustCompile(`<span class="count">(\d+)</span>|<p class="card-meta">(\d+) sản phẩm</p>|\((\d+)\)</option>`)
	for _, tc := range []struct {
		page string
		sum  int
	}{
		{"nhom/index.html", 6}, {"hang-sao/index.html", 6}, {"huyen/index.html", 6},
		{"index.html", 3 * 6},              // the facets by group, stars and district
		{"san-pham/index.html", 2 * 3 * 6}, // the facets and the filter's options
	} {
		sum := 0
		for _, m := range count.FindAllStringSubmatch(page(tc.page), -1) {
			n, _ := strconv.Atoi(m[1] + m[2] + m[3])
			sum += n
		}
		if sum != tc.sum {
			t.Errorf("%s: counts add up to %d, want %d", tc.page, sum, tc.sum)
		}
	}
	showrooms := page("diem-ban/index.html")
	if !strings.Contains(showrooms, "2 sản phẩm") || strings.Contains(showrooms, "3 sản phẩm") {
		t.Error("showroom list counts the product that is not certified")
	}
	producers := page("chu-the/index.html")
	if !strings.Contains(producers, "4 sản phẩm") || !strings.Contains(producers, "2 sản phẩm") || strings.Contains(producers, "3 sản phẩm") {
		t.Error("producer list does not count 4 and 2 OCOP products")
	}
}

// TestStatusOnTourismSite checks that a tourism site's product list
// leaves out a product that is not certified, even one the site names.
func TestStatusOnTourismSite(t *testing.T) {
	c := loadSite(t, fixture())
	var tra *catalog.Product
	for _, p := range c.Products {
		if p.Slug == notCertifiedSlug {
			tra = p
		}
	}
	c.Sites[0].Links.Products = append(c.Sites[0].Links.Products, tra)
	w, err := renderCatalog(c, fixture(), "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	s := string(w.Files["du-lich/lang-theu-nam-truc/index.html"])
	if !strings.Contains(s, `href="/san-pham/khan-theu-tay-nam-truc/"`) || strings.Contains(s, notCertifiedHref) {
		t.Error("tourism site page does not list its OCOP product alone")
	}
}

// TestProductStatusBlock checks the status block of every product page of
// the test site, one status each.
func TestProductStatusBlock(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	for _, tc := range []struct {
		slug, class string
		want, not   []string
	}{
		{expiredSlug, "status-expired", []string{
			`<p class="status-note status-expired">`, "Hết hạn chứng nhận", "Giấy chứng nhận có hiệu lực đến hết ngày", `<time datetime="2024-06-30">30/06/2024</time>`, "chưa ghi nhận gia hạn",
		}, []string{"Đang hiệu lực"}},
		{expiringSlug, "status-expiring", []string{
			`<p class="status-note status-expiring">`, "Sắp hết hiệu lực", `Ngày cuối cùng còn hiệu lực: <time datetime="2025-03-10">10/03/2025</time>`,
		}, []string{"badge-expired"}},
		{unknownSlug, "status-unknown-validity", []string{"Chưa rõ thời hạn chứng nhận"}, []string{"status-note", "Đang hiệu lực"}},
		{"mat-ong-hoa-nhan", "status-certified", []string{"<strong>Đang hiệu lực</strong>"}, []string{"status-note"}},
		{"gao-nep-cai-hoa-vang-dien-xa", "status-certified", []string{
			`<strong>Đang hiệu lực</strong>, đến hết ngày <time datetime="2025-12-13">13/12/2025</time>`,
		}, []string{"status-note"}},
		{notCertifiedSlug, "status-not-certified", []string{
			"<title>Trà sen Nam Trực (Chưa được chứng nhận OCOP) – ",
			`<meta name="description" content="Chưa được chứng nhận OCOP. `,
			`<p class="status-note status-not-certified">`,
			"Đã đăng ký tham gia Chương trình OCOP, chưa được công nhận.",
			"Đây không phải là sản phẩm OCOP",
			`href="/chu-the/hop-tac-xa-nong-nghiep-dien-xa/"`,
		}, []string{`class="stars`, "★", "Đang hiệu lực", `href="/san-pham/">`}},
	} {
		s := string(w.Files["san-pham/"+tc.slug+"/index.html"])
		if !strings.Contains(s, `<dd class="status `+tc.class+`">`) {
			t.Errorf("%s: no status block %s", tc.slug, tc.class)
		}
		for _, want := range tc.want {
			if !strings.Contains(s, want) {
				t.Errorf("%s lacks %q", tc.slug, want)
			}
		}
		for _, not := range tc.not {
			if strings.Contains(s, not) {
				t.Errorf("%s has %q", tc.slug, not)
			}
		}
	}
	en := string(w.Files["en/products/"+notCertifiedSlug+"/index.html"])
	if !strings.Contains(en, "(Not OCOP-certified) – ") || !strings.Contains(en, "This is not an OCOP product") {
		t.Error("English page of the product that is not certified does not say so")
	}
}

// TestProductJSONLD checks the structured data of each product page: an
// award only while a certificate is not known to have expired, the
// expired certificate as inactive with its last day, and nothing about
// OCOP for a product that is not certified.
func TestProductJSONLD(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	ldOf := func(slug string) map[string]any {
		t.Helper()
		s := string(w.Files["san-pham/"+slug+"/index.html"])
		_, rest, ok := strings.Cut(s, `<script type="application/ld+json">`)
		if !ok {
			t.Fatalf("%s has no structured data", slug)
		}
		js, _, _ := strings.Cut(rest, "</script>")
		var v map[string]any
		if err := json.Unmarshal([]byte(js), &v); err != nil {
			t.Fatalf("%s: %v", slug, err)
		}
		return v
	}
	for _, tc := range []struct {
		slug, award, status, expires string
		cert                         bool
	}{
		{expiredSlug, "", "https://schema.org/CertificationInactive", "2024-06-30", true},
		{expiringSlug, "OCOP 4 sao", "https://schema.org/CertificationActive", "2025-03-10", true},
		{unknownSlug, "OCOP 3 sao", "", "", true},
		{"gao-nep-cai-hoa-vang-dien-xa", "OCOP 4 sao", "https://schema.org/CertificationActive", "2025-12-13", true},
		{notCertifiedSlug, "", "", "", false},
	} {
		ld := ldOf(tc.slug)
		if got, _ := ld["award"].(string); got != tc.award {
			t.Errorf("%s: award %q, want %q", tc.slug, got, tc.award)
		}
		cert, ok := ld["hasCertification"].(map[string]any)
		if ok != tc.cert {
			t.Errorf("%s: hasCertification %v, want %v", tc.slug, ok, tc.cert)
			continue
		}
		if !ok {
			continue
		}
		if got, _ := cert["certificationStatus"].(string); got != tc.status {
			t.Errorf("%s: certificationStatus %q, want %q", tc.slug, got, tc.status)
		}
		if got, _ := cert["expires"].(string); got != tc.expires {
			t.Errorf("%s: expires %q, want %q", tc.slug, got, tc.expires)
		}
	}
	ld := ldOf(notCertifiedSlug)
	if d, _ := ld["description"].(string); !strings.HasPrefix(d, "Chưa được chứng nhận OCOP. ") {
		t.Errorf("not-certified product's description %q does not say it is not certified", d)
	}
	for k, v := range ld {
		if s, ok := v.(string); ok && k != "description" && strings.Contains(s, "OCOP") {
			t.Errorf("not-certified product's %s names OCOP: %q", k, s)
		}
	}
}

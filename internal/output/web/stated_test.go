package web

import (
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// renderFixture renders the shared test site and returns its files.
func renderFixture(t *testing.T) map[string]string {
	t.Helper()
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	out := map[string]string{}
	for p, b := range w.Files {
		out[p] = string(b)
	}
	return out
}

// TestStatedFacts checks that pages show a product's criteria system
// only where its record states one (khan-theu-nam-truc states 148), not
// the site's default_criteria, and say that a rating is not recorded
// where an OCOP product's record states none (muoi-hat-hai-hau, its
// stars taken away here), but give no rating line at all to a product
// that is not certified (tra-sen-nam-truc).
func TestStatedFacts(t *testing.T) {
	c := loadSite(t, fixture())
	for _, p := range c.Products {
		if p.ID == "muoi-hat-hai-hau" {
			p.Stars = 0
		}
	}
	w, err := renderCatalog(c, fixture(), "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for p, b := range w.Files {
		files[p] = string(b)
	}
	tests := []struct {
		page     string
		want     []string
		dontWant []string
	}{
		{"san-pham/khan-theu-tay-nam-truc/index.html", []string{"Nhóm theo bộ tiêu chí", "Quyết định 148/QĐ-TTg"}, nil},
		{"san-pham/ruou-nep-hai-hau/index.html", nil, []string{"bộ tiêu chí", "1048/QĐ-TTg"}},
		{"en/products/gao-nep-cai-hoa-vang-dien-xa/index.html", nil, []string{"Group in the criteria", "1048/QĐ-TTg"}},
		{"san-pham/tra-sen-nam-truc/index.html", nil, []string{"Chưa xếp hạng", "Chưa rõ hạng sao", `class="stars`}},
		{"san-pham/muoi-hat-hai-hau/index.html", []string{`<p class="stars stars-unknown">Chưa rõ hạng sao</p>`}, []string{"Chưa xếp hạng", `class="stars-glyphs"`}},
		{"en/products/muoi-hat-hai-hau/index.html", []string{`<p class="stars stars-unknown">Rating not recorded</p>`}, []string{"Not rated"}},
		{"chu-the/co-so-san-xuat-hai-hau/index.html", []string{`<p class="stars stars-unknown">Chưa rõ hạng sao</p>`}, []string{"Chưa xếp hạng"}},
	}
	// No output derives a decision from the site's default: the search
	// index and the kiosks name no criteria system at all.
	for p, f := range files {
		if (strings.HasPrefix(p, "search/") || strings.HasPrefix(p, "kiosk/")) && strings.Contains(f, "QĐ-TTg") {
			t.Errorf("%s names a criteria decision", p)
		}
	}
	for _, tt := range tests {
		got, ok := files[tt.page]
		if !ok {
			t.Errorf("%s: not written", tt.page)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: no %q", tt.page, w)
			}
		}
		for _, w := range tt.dontWant {
			if strings.Contains(got, w) {
				t.Errorf("%s: has %q", tt.page, w)
			}
		}
	}
}

// TestSourcesOnEveryPage checks that every page stating facts has a
// sources block: a record's page its sources or a note that it has
// none, a list or the home page where its facts come from.
func TestSourcesOnEveryPage(t *testing.T) {
	files := renderFixture(t)
	n := 0
	for p, page := range files {
		if !strings.HasSuffix(p, ".html") || strings.HasPrefix(p, "kiosk/") || p == "404.html" ||
			strings.Contains(p, "tim-kiem/") || strings.Contains(p, "search/") {
			continue
		}
		n++
		if strings.Count(page, `<section class="sources" aria-labelledby="sources-h">`) != 1 {
			t.Errorf("%s: no sources block, or more than one", p)
		}
	}
	if n < 20 {
		t.Errorf("checked %d pages, want the whole test site", n)
	}
	for _, tt := range []struct{ page, want string }{
		{"san-pham/tra-sen-nam-truc/index.html", `<span class="source-host">example.gov.vn</span><span class="source-path">/ocop/2024/dang-ky</span>`},
		{"du-lich/lang-theu-nam-truc/index.html", "Hồ sơ này chưa ghi nguồn."},
		{"en/index.html", "each record&#39;s sources are listed at the foot of its own page"},
	} {
		if !strings.Contains(files[tt.page], tt.want) {
			t.Errorf("%s: no %q", tt.page, tt.want)
		}
	}
}

func TestSourceHostAndPath(t *testing.T) {
	for _, tt := range []struct{ in, host, path string }{
		{"https://namdinh.gov.vn/portal/ocop?id=2#x", "namdinh.gov.vn", "/portal/ocop?id=2#x"},
		{"https://namdinh.gov.vn/", "namdinh.gov.vn", ""},
		{"https://namdinh.gov.vn", "namdinh.gov.vn", ""},
		{" https://baonamdinh.vn/a ", "baonamdinh.vn", "/a"},
		{"not an address", "not an address", ""},
	} {
		if h, p := sourceHost(tt.in), sourcePath(tt.in); h != tt.host || p != tt.path {
			t.Errorf("%q: got %q %q, want %q %q", tt.in, h, p, tt.host, tt.path)
		}
	}
}

// TestFooter checks that every page's footer names the publisher and
// contact the site config gives, in the page's language when it can,
// and the day the content last changed (catalog.Catalog.Changed), and
// that a config without them leaves them out.
func TestFooter(t *testing.T) {
	render := func(edit func(c *catalog.Catalog)) map[string]string {
		c := loadSite(t, fixture())
		edit(c)
		w, err := renderCatalog(c, fixture(), "https://ocop.example.vn/")
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for p, b := range w.Files {
			out[p] = string(b)
		}
		return out
	}
	tests := []struct {
		name     string
		edit     func(c *catalog.Catalog)
		page     string
		want     []string
		dontWant []string
	}{
		{"unknown publisher: left out", func(*catalog.Catalog) {}, "index.html",
			[]string{`<p class="footer-changed">Nội dung cập nhật lần cuối: <time datetime="2024-10-05">05/10/2024</time></p>`},
			[]string{"footer-publisher", "footer-contact"}},
		{"publisher and contact", func(c *catalog.Catalog) {
			c.Config.Publisher, c.Config.PublisherEN, c.Config.Contact = "Sở Nông nghiệp", "Department of Agriculture", "ocop@example.gov.vn"
		}, "san-pham/ruou-nep-hai-hau/index.html",
			[]string{`<p class="footer-publisher">Đơn vị công bố: <span>Sở Nông nghiệp</span></p>`, `<p class="footer-contact">Liên hệ: ocop@example.gov.vn</p>`}, nil},
		{"English name of the publisher", func(c *catalog.Catalog) {
			c.Config.Publisher, c.Config.PublisherEN = "Sở Nông nghiệp", "Department of Agriculture"
		}, "en/index.html", []string{`<p class="footer-publisher">Published by: <span>Department of Agriculture</span></p>`}, nil},
		{"no English name: the Vietnamese one, marked", func(c *catalog.Catalog) { c.Config.Publisher = "Sở Nông nghiệp" },
			"en/index.html", []string{`Published by: <span lang="vi">Sở Nông nghiệp</span>`}, nil},
		{"SOURCE_DATE_EPOCH's day", func(c *catalog.Catalog) { c.SourceDate = catalog.Date{Year: 2025, Month: 3, Day: 2} },
			"en/index.html", []string{`Content last changed: <time datetime="2025-03-02">2 March 2025</time>`}, nil},
		{"updated: newer than every record", func(c *catalog.Catalog) { c.Config.Updated = catalog.Date{Year: 2025, Month: 1, Day: 10} },
			"du-lich/lang-theu-nam-truc/index.html", []string{`<time datetime="2025-01-10">10/01/2025</time>`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(tt.edit)[tt.page]
			i := strings.Index(got, `<footer class="site-footer">`)
			if i < 0 {
				t.Fatalf("%s: no footer", tt.page)
			}
			foot := got[i:]
			for _, w := range tt.want {
				if !strings.Contains(foot, w) {
					t.Errorf("%s: footer lacks %q", tt.page, w)
				}
			}
			for _, w := range tt.dontWant {
				if strings.Contains(foot, w) {
					t.Errorf("%s: footer has %q", tt.page, w)
				}
			}
		})
	}
}

package web

import (
	"bytes"
	"html"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/themes"
)

func TestFilesWritten(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	for _, p := range []string{
		"index.html", "en/index.html", "404.html", "sitemap.xml", "robots.txt", "assets/site.css", "assets/filter.js",
		"san-pham/index.html", "chu-the/index.html", "du-lich/index.html", "diem-ban/index.html", "hoi-cho/index.html",
		"nhom/index.html", "hang-sao/index.html", "huyen/index.html",
		"nhom/thuc-pham/index.html", "hang-sao/4-sao/index.html", "en/stars/4-stars/index.html", "huyen/hai-hau/index.html",
		"en/districts/nam-truc/index.html", "diem-ban/diem-gioi-thieu-san-pham-ocop-thanh-pho-nam-dinh/index.html",
		"san-pham/gao-nep-cai-hoa-vang-dien-xa/anh.png",
	} {
		if _, ok := w.Files[p]; !ok {
			t.Errorf("%s was not rendered", p)
		}
	}
}

// isKiosk reports whether p is a file of the kiosks: an app for the
// showrooms' screens, not a page of the site (no header, not in the
// sitemap).
func isKiosk(p string) bool { return strings.HasPrefix(p, "kiosk/") }

func TestDeterministic(t *testing.T) {
	a := renderSite(t, fixture(), "https://ocop.example.vn/")
	for range 3 {
		b := renderSite(t, fixture(), "https://ocop.example.vn/")
		if len(a.Files) != len(b.Files) {
			t.Fatalf("%d files, then %d", len(a.Files), len(b.Files))
		}
		for p, data := range a.Files {
			if !bytes.Equal(data, b.Files[p]) {
				t.Errorf("%s differs between two renders:\n%s", p, outputtest.Diff(string(data), string(b.Files[p])))
			}
		}
	}
}

// attrRe matches an href, src or action attribute as html/template and
// goldmark write them (double-quoted).
var attrRe = regexp.MustCompile(`\s(href|src|action)="([^"]*)"`)

func TestBaseURLSubPath(t *testing.T) {
	const base = "https://example.gov.vn/ocop/"
	w := renderSite(t, fixture(), base)
	ok := func(u string) bool {
		switch {
		case strings.HasPrefix(u, "/ocop/"), strings.HasPrefix(u, base), strings.HasPrefix(u, "#"),
			strings.HasPrefix(u, "mailto:"), strings.HasPrefix(u, "tel:"):
			return true
		case strings.HasPrefix(u, "https://"), strings.HasPrefix(u, "http://"):
			// External links never point at the site's own host outside
			// the sub-path.
			return !strings.HasPrefix(u, "https://example.gov.vn/") || strings.HasPrefix(u, base)
		case strings.HasPrefix(u, "/"), strings.Contains(u, ":"):
			return false
		}
		return u != "" // relative
	}
	checked := 0
	for _, p := range w.Paths() {
		data := string(w.Files[p])
		switch {
		case strings.HasSuffix(p, ".html"):
			for _, m := range attrRe.FindAllStringSubmatch(data, -1) {
				u := html.UnescapeString(m[2])
				checked++
				if !ok(u) {
					t.Errorf("%s: %s=%q does not honour the base URL %s", p, m[1], u, base)
				}
			}
			for _, bad := range []string{`="/san-pham`, `="/en/`, `="/assets/`, `="/chu-the`} {
				if strings.Contains(data, bad) {
					t.Errorf("%s contains %s…", p, bad)
				}
			}
		case p == "sitemap.xml":
			for _, m := range regexp.MustCompile(`<loc>([^<]*)</loc>|href="([^"]*)"`).FindAllStringSubmatch(data, -1) {
				u := m[1] + m[2]
				checked++
				if !strings.HasPrefix(u, base) {
					t.Errorf("sitemap.xml: %q is not under %s", u, base)
				}
			}
		case p == "robots.txt":
			if !strings.Contains(data, "Sitemap: "+base+"sitemap.xml\n") {
				t.Errorf("robots.txt:\n%s", data)
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d links checked", checked)
	}
}

func TestPageStructure(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	h1 := regexp.MustCompile(`<h1[\s>]`)
	heading := regexp.MustCompile(`<h([1-6])[\s>]`)
	img := regexp.MustCompile(`<img\s[^>]*>`)
	for _, p := range w.Paths() {
		if !strings.HasSuffix(p, ".html") || isKiosk(p) {
			continue
		}
		s := string(w.Files[p])
		wantLang := `<html lang="vi">`
		if strings.HasPrefix(p, "en/") {
			wantLang = `<html lang="en">`
		}
		for _, want := range []string{"<!DOCTYPE html>", wantLang, `<meta name="viewport"`, `<header`, `<nav`, `<main id="main"`, `<footer`, `class="skip-link" href="#main"`} {
			if !strings.Contains(s, want) {
				t.Errorf("%s lacks %s", p, want)
			}
		}
		if p != "404.html" && !strings.Contains(s, `hreflang="en"`) {
			t.Errorf("%s has no hreflang alternate", p)
		}
		if n := len(h1.FindAllString(s, -1)); n != 1 {
			t.Errorf("%s has %d h1", p, n)
		}
		level := 0
		for _, m := range heading.FindAllStringSubmatch(s, -1) {
			l := int(m[1][0] - '0')
			if l > level+1 {
				t.Errorf("%s: h%d follows h%d", p, l, level)
			}
			level = l
		}
		for _, tag := range img.FindAllString(s, -1) {
			if !strings.Contains(tag, ` alt="`) {
				t.Errorf("%s: %s has no alt", p, tag)
			}
		}
		if strings.Contains(s, "ZgotmplZ") {
			t.Errorf("%s: html/template refused a value (ZgotmplZ)", p)
		}
	}
}

func TestProductPage(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	vi := string(w.Files["san-pham/gao-nep-cai-hoa-vang-dien-xa/index.html"])
	en := string(w.Files["en/products/gao-nep-cai-hoa-vang-dien-xa/index.html"])
	for _, want := range []string{
		"xã Điền Xá, huyện Nam Trực (nay là phường Vị Khê, tỉnh Ninh Bình)",
		"35.000\u00a0₫", "túi 2 kg", "4 sao", "★★★★☆", "2700/QĐ-UBND", "13/12/2025", "Mua ở đâu",
		`<img src="/san-pham/gao-nep-cai-hoa-vang-dien-xa/anh.png" alt="Gạo nếp cái hoa vàng Điền Xá" width="8" height="6"`,
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product"`,
	} {
		if !strings.Contains(vi, want) {
			t.Errorf("Vietnamese product page lacks %q", want)
		}
	}
	for _, want := range []string{
		"<h1>Điền Xá golden-flower glutinous rice</h1>", "4 stars", "Fragrant golden-flower glutinous rice",
		"Điền Xá commune, Nam Trực district (now Vị Khê ward, Ninh Bình province)", `<div class="prose" lang="vi">`,
		`<img src="/san-pham/gao-nep-cai-hoa-vang-dien-xa/anh.png"`,
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English product page lacks %q", want)
		}
	}
	noImg := string(w.Files["san-pham/ruou-nep-hai-hau/index.html"])
	// Without a photo, the page shows its group's mark and name.
	if !strings.Contains(noImg, `<figure class="record-mark"><span class="mark mark-do-uong"><img src="/assets/mark-do-uong.svg" alt="" width="64" height="64"></span>
<figcaption>Đồ uống</figcaption>`) {
		t.Error("product without image has no group mark")
	}
	expired := string(w.Files["san-pham/ruou-nep-hai-hau/index.html"])
	if !strings.Contains(expired, "30/06/2024") || !strings.Contains(expired, "Hết hạn chứng nhận") {
		t.Error("expired certificate is not marked")
	}
}

func TestTourismSiteMapLink(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	s := string(w.Files["du-lich/lang-theu-nam-truc/index.html"])
	if !strings.Contains(s, `href="https://www.openstreetmap.org/?mlat=20.3512&amp;mlon=106.2081#map=15/20.3512/106.2081"`) {
		t.Error("tourism site has no map link")
	}
}

func TestNoRemoteResources(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	res := regexp.MustCompile(`<(?:img|script|link|iframe|source|video|audio)\s[^>]*(?:src|href)="(https?:)?//`)
	for _, p := range w.Paths() {
		s := string(w.Files[p])
		if strings.HasSuffix(p, ".html") {
			for _, m := range res.FindAllString(s, -1) {
				if strings.Contains(m, `rel="canonical"`) || strings.Contains(m, `rel="alternate"`) {
					continue
				}
				t.Errorf("%s loads a resource from another host: %s", p, m)
			}
		}
		if strings.HasSuffix(p, ".css") && (strings.Contains(s, "url(") || strings.Contains(s, "@import")) {
			t.Errorf("%s loads something", p)
		}
	}
}

// TestTemplatesBothLanguages checks that every page layout of the theme is
// rendered for every language by the fixture, and nothing fails.
func TestTemplatesBothLanguages(t *testing.T) {
	c := loadSite(t, fixture())
	opt, err := options(fixture(), "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	r, err := newRenderer(c, opt)
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := r.plan()
	if err != nil {
		t.Fatal(err)
	}
	done := map[string]bool{}
	for _, j := range jobs {
		if j.tmpl == "" {
			continue
		}
		if _, err := j.make(); err != nil {
			t.Errorf("%s: %v", j.out, err)
		}
		done[j.lang+"/"+j.tmpl] = true
	}
	layouts, err := fs.Glob(opt.Theme, "layouts/*.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range layouts {
		name := strings.TrimSuffix(path.Base(l), ".html")
		if name == "base" {
			continue
		}
		for _, lang := range []string{"vi", "en"} {
			if name == "404" && lang == "en" {
				continue // 404.html speaks every language on one page
			}
			if !done[lang+"/"+name] {
				t.Errorf("layout %s is not rendered in %s", l, lang)
			}
		}
	}
}

func TestMissingKeyIsAParseError(t *testing.T) {
	theme, err := themes.Layered(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	over := overlay{theme, map[string]string{
		"layouts/groups.html": `{{define "main"}}<h1>{{t "no_such_key"}}</h1>{{end}}`,
	}}
	c := loadSite(t, fixture())
	opt, _ := options(fixture(), "https://ocop.example.vn/")
	opt.Theme = over
	_, err = renderWith(c, opt)
	if err == nil || !strings.Contains(err.Error(), "no_such_key") {
		t.Errorf("Site with a missing UI string: err = %v", err)
	}
}

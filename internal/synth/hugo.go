package synth

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// hugoSite returns the files of a Hugo site (for Debian's hugo 0.111)
// equivalent to the synthetic content tree, and the number of index.html
// pages Hugo writes for it.
//
// What is equivalent. Both sites have two languages, Vietnamese at the
// root and English under /en/, with the same URLs as ocop's (urls
// package): Vietnamese content is read from content/, English from
// content-en/ (a second contentDir, whose section folders carry the
// English section words), so Hugo renders, in each language:
//
//   - one page per product, producer, tourism site, showroom and fair,
//     with the same Markdown body (Goldmark, raw HTML omitted as in ocop);
//     product pages link the producer, showrooms and related tourism
//     sites, producer and showroom pages list their products, fair pages
//     select their products by min_stars and browse group;
//   - a list page per section (/san-pham/, /chu-the/, /du-lich/,
//     /diem-ban/, /hoi-cho/), listing every record with a summary;
//   - taxonomies nhom, hang-sao and huyen (groups, stars, districts in
//     English): a list page per product group, per star rating and per
//     district that has products, plus each taxonomy's own index page;
//   - the home page, a 404 page, robots.txt and the built-in sitemap.
//
// What is not. Hugo's templates (layouts/) are of similar weight to
// ocop's theme but not the same markup; the product list pages have no
// client-side filters; Hugo writes a sitemap index plus one sitemap per
// language where ocop writes one sitemap.xml; Hugo renders the English
// pages from duplicated content files where ocop renders both languages
// from one record; images are placeholders in neither. Which list pages
// ocop writes for groups, stars and districts without products is ocop's
// choice; Hugo writes term pages only for terms in use, and the counts
// match when ocop does the same.
func (g *gen) hugoSite() ([]file, int) {
	var fs []file
	add := func(p string, b []byte) { fs = append(fs, file{p, b}) }
	cfg := &g.ref.cat.Config

	titleEN := cfg.TitleEN
	if titleEN == "" {
		titleEN = cfg.Title
	}
	add("hugo.toml", []byte(fmt.Sprintf(hugoConfig, strconv.Quote(cfg.BaseURL), strconv.Quote(cfg.Title), strconv.Quote(titleEN))))
	for _, l := range hugoLangs {
		title := cfg.Title
		if l.code == "en" {
			title = titleEN
		}
		add(l.dir+"/_index.md", page(newMap().str("title", title).str("description", cfg.Description), ""))
		for _, sec := range [][2]string{{l.product, l.t("Sản phẩm", "Products")}, {l.producer, l.t("Chủ thể", "Producers")},
			{l.site, l.t("Điểm du lịch", "Tourism sites")}, {l.showroom, l.t("Điểm giới thiệu và bán sản phẩm", "Showrooms")},
			{l.fair, l.t("Hội chợ", "Fairs")}, {l.group, l.t("Nhóm sản phẩm", "Product groups")},
			{l.stars, l.t("Hạng sao", "Star ratings")}, {l.district, l.t("Huyện", "Districts")},
			{l.search, l.t("Tìm kiếm", "Search")}} {
			add(l.dir+"/"+sec[0]+"/_index.md", page(newMap().str("title", sec[1]), ""))
		}
	}

	// Terms in use, with their titles.
	groups := map[string]bool{}
	stars := map[int]bool{}
	districts := map[string]*district{}
	for _, p := range g.products {
		groups[p.browse] = true
		stars[p.stars] = true
		districts[p.d.slug] = p.d
	}
	terms := 0
	for _, b := range g.ref.cat.Groups.Browse {
		if !groups[b.ID] {
			continue
		}
		terms++
		for _, l := range hugoLangs {
			add(l.dir+"/"+l.group+"/"+b.ID+"/_index.md", page(newMap().str("title", l.t(b.Name, b.NameEN)), ""))
		}
	}
	for s := 5; s >= 1; s-- {
		if !stars[s] {
			continue
		}
		terms++
		for _, l := range hugoLangs {
			add(l.dir+"/"+l.stars+"/"+l.starTerm(s)+"/_index.md", page(newMap().str("title", l.t(strconv.Itoa(s)+" sao", strconv.Itoa(s)+" stars")), ""))
		}
	}
	for _, d := range g.ref.districts {
		if districts[d.slug] == nil {
			continue
		}
		terms++
		for _, l := range hugoLangs {
			add(l.dir+"/"+l.district+"/"+d.slug+"/_index.md", page(newMap().str("title", l.t(d.d.Name, ascii(d.bare)+" district")), ""))
		}
	}

	for _, l := range hugoLangs {
		other := hugoLangs[0]
		if l.code == "vi" {
			other = hugoLangs[1]
		}
		for _, p := range g.products {
			title := p.name
			if l.code == "en" && p.nameEN != "" {
				title = p.nameEN
			}
			m := newMap().str("title", title).str("type", "product").
				list(l.group, []string{p.browse}).list(l.stars, []string{l.starTerm(p.stars)}).list(l.district, []string{p.d.slug}).
				int("rating", p.stars).str("browse", p.browse).str("group", p.group).str("producer", p.producer.id).
				str("place", p.d.d.Name).str("commune", p.u.bare).int("year", p.year).int("price", p.price).str("pack", p.pack).
				list("showrooms", p.showrooms).list("tags", p.tags).bool("featured", p.featured).
				str("alt", other.path(other.product, p.id)).list("sources", []string{"https://ocopnamdinh.vn/san-pham/" + p.id + "/"})
			if p.cert != nil {
				m.str("certificate", p.cert.number+", "+p.cert.date.VN())
			}
			add(l.dir+"/"+l.product+"/"+p.id+".md", page(m, p.body))
		}
		for _, p := range g.producers {
			m := newMap().str("title", p.name).str("type", "producer").str("kind", p.kind).str("address", p.address).
				str("place", p.d.d.Name).str("phone", p.phone).str("email", p.email).str("website", p.website).
				int("founded", p.founded).str("alt", other.path(other.producer, p.id))
			add(l.dir+"/"+l.producer+"/"+p.id+".md", page(m, p.body))
		}
		for _, s := range g.sites {
			title := s.name
			if l.code == "en" && s.nameEN != "" {
				title = s.nameEN
			}
			m := newMap().str("title", title).str("type", "site").str("kind", s.kind).str("place", s.d.d.Name).
				str("address", s.address).str("hours", s.hours).list("products", s.products).list("producers", s.producers).
				int("rating", s.stars).str("alt", other.path(other.site, s.id))
			add(l.dir+"/"+l.site+"/"+s.id+".md", page(m, s.body))
		}
		for _, s := range g.showrooms {
			title := s.name
			if l.code == "en" {
				title = s.nameEN
			}
			m := newMap().str("title", title).str("type", "showroom").str("address", s.address).str("hours", s.hours).
				str("phone", s.phone).str("alt", other.path(other.showroom, s.id))
			add(l.dir+"/"+l.showroom+"/"+s.id+".md", page(m, s.body))
		}
		for _, f := range g.fairs {
			title := f.name
			if l.code == "en" {
				title = f.nameEN
			}
			m := newMap().str("title", title).str("type", "fair").str("venue", f.venue).
				str("dates", f.start.VN()+" – "+f.end.VN()).int("min_stars", f.minStars).list("groups", f.groups).
				str("alt", other.path(other.fair, f.id))
			add(l.dir+"/"+l.fair+"/"+f.id+".md", page(m, f.body))
		}
	}

	layoutNames := make([]string, 0, len(hugoLayouts))
	for n := range hugoLayouts {
		layoutNames = append(layoutNames, n)
	}
	sort.Strings(layoutNames)
	for _, n := range layoutNames {
		add(n, []byte(hugoLayouts[n]))
	}
	return fs, g.hugoPages(terms)
}

// hugoPages is the number of index.html files Hugo writes: in each of the
// two languages, the home page, 5 section lists, the search page (an
// empty section, as ocop's search page is filled in the browser), 3
// taxonomy indexes, one
// page per term in use (product groups + star ratings + districts that
// have products) and one per record; plus vi/index.html, the redirect to
// / that Hugo 0.111 writes for the default language of a multilingual
// site:
//
//	2 × (1 + 5 + 1 + 3 + terms + products + producers + sites + showrooms + fairs) + 1
//
// 404.html (one per language), robots.txt and the sitemaps are not
// counted. Of these, ocop has no counterpart to vi/index.html.
func (g *gen) hugoPages(terms int) int {
	return len(hugoLangs)*(1+5+1+3+terms+len(g.products)+len(g.producers)+len(g.sites)+len(g.showrooms)+len(g.fairs)) + 1
}

// hugoLang is one language of the Hugo site: its content folder and the
// words of its sections and taxonomies.
type hugoLang struct {
	code, dir                               string
	product, producer, site, showroom, fair string
	group, stars, district                  string
	search                                  string
	prefix                                  string
}

var hugoLangs = []hugoLang{
	{code: "vi", dir: "content", product: "san-pham", producer: "chu-the", site: "du-lich", showroom: "diem-ban", fair: "hoi-cho",
		group: "nhom", stars: "hang-sao", district: "huyen", search: "tim-kiem", prefix: "/"},
	{code: "en", dir: "content-en", product: "products", producer: "producers", site: "tourism", showroom: "showrooms", fair: "fairs",
		group: "groups", stars: "stars", district: "districts", search: "search", prefix: "/en/"},
}

// t picks the Vietnamese or the English text.
func (l hugoLang) t(vi, en string) string {
	if l.code == "en" {
		return en
	}
	return vi
}

// starTerm is the term of a star rating: "3-sao", "3-stars".
func (l hugoLang) starTerm(s int) string { return strconv.Itoa(s) + l.t("-sao", "-stars") }

// path is a page's root-relative URL.
func (l hugoLang) path(section, slug string) string { return l.prefix + section + "/" + slug + "/" }

var hugoConfig = `baseURL = %s
languageCode = "vi"
title = %s
defaultContentLanguage = "vi"
defaultContentLanguageInSubdir = false
disableKinds = ["RSS"]
enableRobotsTXT = true
summaryLength = 40

[taxonomies]
  nhom = "nhom"
  hang-sao = "hang-sao"
  huyen = "huyen"

[markup.goldmark.renderer]
  unsafe = false

[languages.vi]
  languageCode = "vi"
  languageName = "Tiếng Việt"
  contentDir = "content"
  weight = 1
  [languages.vi.taxonomies]
    nhom = "nhom"
    hang-sao = "hang-sao"
    huyen = "huyen"
  [languages.vi.params.sections]
    product = "san-pham"
    producer = "chu-the"
    site = "du-lich"
    showroom = "diem-ban"
    fair = "hoi-cho"
  [languages.vi.params.tax]
    group = "nhom"
    stars = "hang-sao"
    district = "huyen"

[languages.en]
  languageCode = "en"
  languageName = "English"
  contentDir = "content-en"
  title = %s
  weight = 2
  [languages.en.taxonomies]
    group = "groups"
    star = "stars"
    district = "districts"
  [languages.en.params.sections]
    product = "products"
    producer = "producers"
    site = "tourism"
    showroom = "showrooms"
    fair = "fairs"
  [languages.en.params.tax]
    group = "groups"
    stars = "stars"
    district = "districts"
`

// hugoLayouts are the Hugo site's templates, UI strings and stylesheet.
var hugoLayouts = map[string]string{
	"layouts/_default/baseof.html": `<!DOCTYPE html>
<html lang="{{ site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} – {{ site.Title }}{{ end }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ else }}{{ with .Summary }}<meta name="description" content="{{ . | plainify | truncate 160 }}">{{ end }}{{ end }}
<link rel="stylesheet" href="{{ "site.css" | relURL }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ with .Params.alt }}<link rel="alternate" hreflang="{{ if eq site.Language.Lang "vi" }}en{{ else }}vi{{ end }}" href="{{ . | absURL }}">{{ end }}
</head>
<body>
<header class="site-header">
<a class="brand" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav aria-label="{{ i18n "menu" }}"><ul>
{{ range slice site.Params.sections.product site.Params.sections.producer site.Params.sections.site site.Params.sections.showroom site.Params.sections.fair }}
{{ with site.GetPage . }}<li><a href="{{ .RelPermalink }}"{{ if eq $.Section .Section }} aria-current="page"{{ end }}>{{ .Title }}</a></li>{{ end }}
{{ end }}
</ul></nav>
<p class="lang">{{ with .Params.alt }}<a href="{{ . | relURL }}">{{ i18n "otherLanguage" }}</a>{{ else }}{{ range site.Home.AllTranslations }}{{ if ne .Language.Lang site.Language.Lang }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>{{ end }}{{ end }}{{ end }}</p>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><p>{{ site.Title }} · {{ i18n "footer" }}</p></footer>
</body>
</html>
`,
	"layouts/_default/single.html": `{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
`,
	"layouts/_default/list.html": `{{ define "main" }}
<h1>{{ .Title }}</h1>
<p class="count">{{ len .Pages }} {{ i18n "records" }}</p>
<ul class="cards">
{{ range .Pages.ByTitle }}{{ partial "card.html" . }}{{ end }}
</ul>
{{ end }}
`,
	"layouts/_default/terms.html": `{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul class="facets">
{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> <span class="count">{{ .Count }}</span></li>{{ end }}
</ul>
{{ end }}
`,
	"layouts/_default/term.html": `{{ define "main" }}
<h1>{{ .Title }}</h1>
<p class="count">{{ len .Pages }} {{ i18n "products" }}</p>
<ul class="cards">
{{ range sort .Pages "Params.rating" "desc" }}{{ partial "card.html" . }}{{ end }}
</ul>
{{ end }}
`,
	"layouts/index.html": `{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ with .Params.description }}<p class="lead">{{ . }}</p>{{ end }}
{{ $products := where site.RegularPages "Type" "product" }}
<p class="stats">{{ len $products }} {{ i18n "products" }} · {{ len (where site.RegularPages "Type" "producer") }} {{ i18n "producers" }} · {{ len (where site.RegularPages "Type" "site") }} {{ i18n "sites" }}</p>
<h2>{{ i18n "featured" }}</h2>
{{ $featured := where $products "Params.featured" true }}
{{ if not $featured }}{{ $featured = first 6 (sort $products "Params.rating" "desc") }}{{ end }}
<ul class="cards">{{ range $featured }}{{ partial "card.html" . }}{{ end }}</ul>
{{ range slice site.Params.tax.group site.Params.tax.stars site.Params.tax.district }}
{{ $tax := . }}
{{ with site.GetPage $tax }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ end }}
<ul class="facets">
{{ range $term, $pages := index site.Taxonomies $tax }}{{ with site.GetPage (printf "/%s/%s" $tax $term) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="count">{{ len $pages }}</span></li>{{ end }}{{ end }}
</ul>
{{ end }}
{{ end }}
`,
	"layouts/404.html": `{{ define "main" }}<h1>{{ i18n "notFound" }}</h1><p><a href="{{ site.Home.RelPermalink }}">{{ i18n "home" }}</a></p>{{ end }}
`,
	"layouts/product/single.html": `{{ define "main" }}
{{ $idx := partialCached "index.html" . site.Language.Lang }}
<article class="product">
<h1>{{ .Title }}</h1>
<p class="stars">{{ partial "stars.html" .Params.rating }}</p>
<dl class="facts">
{{ range .GetTerms site.Params.tax.group }}<dt>{{ i18n "group" }}</dt><dd><a href="{{ .RelPermalink }}">{{ .Title }}</a></dd>{{ end }}
{{ range .GetTerms site.Params.tax.district }}<dt>{{ i18n "district" }}</dt><dd><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with $.Params.commune }} · {{ . }}{{ end }}</dd>{{ end }}
{{ with .Params.producer }}{{ with site.GetPage (printf "/%s/%s" site.Params.sections.producer .) }}<dt>{{ i18n "producer" }}</dt><dd><a href="{{ .RelPermalink }}">{{ .Title }}</a></dd>{{ end }}{{ end }}
{{ with .Params.certificate }}<dt>{{ i18n "certificate" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.year }}<dt>{{ i18n "year" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.price }}<dt>{{ i18n "price" }}</dt><dd>{{ lang.FormatNumber 0 . }} ₫{{ with $.Params.pack }} / {{ . }}{{ end }}</dd>{{ end }}
</dl>
<div class="photo placeholder" role="img" aria-label="{{ i18n "noPhoto" }}"></div>
<div class="description">{{ .Content }}</div>
{{ with .Params.showrooms }}<h2>{{ i18n "showrooms" }}</h2><ul>{{ range . }}{{ with site.GetPage (printf "/%s/%s" site.Params.sections.showroom .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>{{ end }}
{{ with index $idx.sites .File.ContentBaseName }}<h2>{{ i18n "sites" }}</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
{{ with .Params.tags }}<p class="tags">{{ delimit . ", " }}</p>{{ end }}
{{ with .Params.sources }}<h2>{{ i18n "sources" }}</h2><ul class="sources">{{ range . }}<li><a href="{{ . }}" rel="nofollow">{{ . }}</a></li>{{ end }}</ul>{{ end }}
</article>
{{ end }}
`,
	"layouts/producer/single.html": `{{ define "main" }}
{{ $idx := partialCached "index.html" . site.Language.Lang }}
<article class="producer">
<h1>{{ .Title }}</h1>
<dl class="facts">
{{ with .Params.kind }}<dt>{{ i18n "kind" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.address }}<dt>{{ i18n "address" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.phone }}<dt>{{ i18n "phone" }}</dt><dd><a href="tel:{{ replace . " " "" }}">{{ . }}</a></dd>{{ end }}
{{ with .Params.email }}<dt>Email</dt><dd><a href="mailto:{{ . }}">{{ . }}</a></dd>{{ end }}
{{ with .Params.website }}<dt>Web</dt><dd><a href="{{ . }}" rel="nofollow">{{ . }}</a></dd>{{ end }}
{{ with .Params.founded }}<dt>{{ i18n "founded" }}</dt><dd>{{ . }}</dd>{{ end }}
</dl>
<div class="story">{{ .Content }}</div>
{{ with index $idx.producer .File.ContentBaseName }}<h2>{{ i18n "productsHeading" }}</h2><ul class="cards">{{ range sort . "Title" }}{{ partial "card.html" . }}{{ end }}</ul>{{ end }}
</article>
{{ end }}
`,
	"layouts/site/single.html": `{{ define "main" }}
<article class="site">
<h1>{{ .Title }}</h1>
<dl class="facts">
{{ with .Params.kind }}<dt>{{ i18n "kind" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.place }}<dt>{{ i18n "district" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.address }}<dt>{{ i18n "address" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.hours }}<dt>{{ i18n "hours" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.rating }}<dt>OCOP</dt><dd>{{ partial "stars.html" . }}</dd>{{ end }}
</dl>
<div class="story">{{ .Content }}</div>
{{ with .Params.products }}<h2>{{ i18n "productsHeading" }}</h2><ul class="cards">{{ range . }}{{ with site.GetPage (printf "/%s/%s" site.Params.sections.product .) }}{{ partial "card.html" . }}{{ end }}{{ end }}</ul>{{ end }}
{{ with .Params.producers }}<h2>{{ i18n "producersHeading" }}</h2><ul>{{ range . }}{{ with site.GetPage (printf "/%s/%s" site.Params.sections.producer .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>{{ end }}
</article>
{{ end }}
`,
	"layouts/showroom/single.html": `{{ define "main" }}
{{ $idx := partialCached "index.html" . site.Language.Lang }}
<article class="showroom">
<h1>{{ .Title }}</h1>
<dl class="facts">
{{ with .Params.address }}<dt>{{ i18n "address" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.hours }}<dt>{{ i18n "hours" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.phone }}<dt>{{ i18n "phone" }}</dt><dd>{{ . }}</dd>{{ end }}
</dl>
{{ .Content }}
{{ with index $idx.showroom .File.ContentBaseName }}<h2>{{ i18n "productsHeading" }} ({{ len . }})</h2><ul class="cards">{{ range sort . "Params.rating" "desc" }}{{ partial "card.html" . }}{{ end }}</ul>{{ end }}
</article>
{{ end }}
`,
	"layouts/fair/single.html": `{{ define "main" }}
<article class="fair">
<h1>{{ .Title }}</h1>
<dl class="facts">
{{ with .Params.dates }}<dt>{{ i18n "dates" }}</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.venue }}<dt>{{ i18n "venue" }}</dt><dd>{{ . }}</dd>{{ end }}
</dl>
{{ .Content }}
{{ $ps := where (where site.RegularPages "Type" "product") "Params.rating" ">=" .Params.min_stars }}
{{ with .Params.groups }}{{ $ps = where $ps "Params.browse" "in" . }}{{ end }}
<h2>{{ i18n "productsHeading" }} ({{ len $ps }})</h2>
<ul class="cards">{{ range sort $ps "Params.rating" "desc" }}{{ partial "card.html" . }}{{ end }}</ul>
</article>
{{ end }}
`,
	"layouts/partials/card.html": `<li class="card"><a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ with .Params.rating }}<span class="stars">{{ partial "stars.html" . }}</span>{{ end }}
{{ with .Params.place }}<span class="place">{{ . }}</span>{{ end }}
<p>{{ .Summary | plainify | truncate 160 }}</p></li>
`,
	"layouts/partials/stars.html": `<span aria-label="{{ . }} {{ i18n "stars" }}">{{ strings.Repeat . "★" }}{{ strings.Repeat (sub 5 .) "☆" }}</span>`,
	// index.html maps, once per language, each producer and showroom to
	// its products and each product to the tourism sites naming it, so
	// that record pages do not each scan every product.
	"layouts/partials/index.html": `{{ $byProducer := newScratch }}
{{ $byShowroom := newScratch }}
{{ $sitesOf := newScratch }}
{{ range where site.RegularPages "Type" "product" }}
{{ $p := . }}
{{ $byProducer.Add .Params.producer (slice $p) }}
{{ range .Params.showrooms }}{{ $byShowroom.Add . (slice $p) }}{{ end }}
{{ end }}
{{ range where site.RegularPages "Type" "site" }}
{{ $s := . }}
{{ range .Params.products }}{{ $sitesOf.Add . (slice $s) }}{{ end }}
{{ end }}
{{ return dict "producer" $byProducer.Values "showroom" $byShowroom.Values "sites" $sitesOf.Values }}
`,
	"i18n/vi.toml": hugoI18n(map[string]string{
		"menu": "Mục lục", "otherLanguage": "English", "footer": "Chương trình Mỗi xã một sản phẩm", "records": "mục",
		"products": "sản phẩm", "producers": "chủ thể", "productsHeading": "Sản phẩm", "producersHeading": "Chủ thể", "sites": "Điểm du lịch", "showrooms": "Nơi bán", "featured": "Sản phẩm tiêu biểu",
		"group": "Nhóm", "district": "Huyện", "producer": "Chủ thể", "certificate": "Quyết định công nhận", "year": "Năm",
		"price": "Giá", "noPhoto": "Chưa có ảnh", "sources": "Nguồn", "kind": "Loại hình", "address": "Địa chỉ",
		"phone": "Điện thoại", "founded": "Thành lập", "hours": "Giờ mở cửa", "dates": "Thời gian", "venue": "Địa điểm",
		"stars": "sao", "notFound": "Không tìm thấy trang", "home": "Trang chủ",
	}),
	"i18n/en.toml": hugoI18n(map[string]string{
		"menu": "Menu", "otherLanguage": "Tiếng Việt", "footer": "One Commune One Product programme", "records": "entries",
		"products": "products", "producers": "producers", "productsHeading": "Products", "producersHeading": "Producers", "sites": "Tourism sites", "showrooms": "Where to buy", "featured": "Featured products",
		"group": "Group", "district": "District", "producer": "Producer", "certificate": "Recognition decision", "year": "Year",
		"price": "Price", "noPhoto": "No photo yet", "sources": "Sources", "kind": "Kind", "address": "Address",
		"phone": "Phone", "founded": "Founded", "hours": "Opening hours", "dates": "Dates", "venue": "Venue",
		"stars": "stars", "notFound": "Page not found", "home": "Home",
	}),
	"static/site.css": `body{font-family:system-ui,sans-serif;margin:0;line-height:1.5;color:#1d1d1b}
.site-header,.site-footer,main{max-width:60rem;margin:0 auto;padding:1rem}
.site-header nav ul,.cards,.facets{list-style:none;padding:0}
.site-header nav li{display:inline-block;margin-right:1rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}
.card{border:1px solid #ccc;border-radius:.5rem;padding:.75rem}
.stars{color:#b8860b}.count{color:#555}
.photo.placeholder{aspect-ratio:4/3;background:#eee;max-width:24rem}
.facts dt{font-weight:600}.facts dd{margin:0 0 .5rem}
`,
}

// hugoI18n writes a Hugo translation file, keys sorted.
func hugoI18n(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "[%s]\nother = %s\n", k, strconv.Quote(m[k]))
	}
	return b.String()
}

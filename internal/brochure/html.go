package brochure

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"strconv"
	"strings"
)

// The theme's print templates and style sheet.
const (
	brochureLayout = "print/brochure.html"
	labelsLayout   = "print/labels.html"
	printCSS       = "print/print.css"
)

// templates are the parsed print layouts of a theme.
type templates struct {
	brochure, labels *template.Template
	css              template.CSS
}

// parseTemplates reads the theme's print layouts.
func parseTemplates(theme fs.FS) (*templates, error) {
	if theme == nil {
		return nil, fmt.Errorf("brochure: no theme")
	}
	t := &templates{}
	css, err := fs.ReadFile(theme, printCSS)
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	// The style sheet is the theme's own file, not content.
	t.css = template.CSS(css)
	for _, x := range []struct {
		name string
		dst  **template.Template
	}{{brochureLayout, &t.brochure}, {labelsLayout, &t.labels}} {
		src, err := fs.ReadFile(theme, x.name)
		if err != nil {
			return nil, fmt.Errorf("theme: %w", err)
		}
		tt, err := template.New(x.name).Option("missingkey=error").Parse(string(src))
		if err != nil {
			return nil, fmt.Errorf("theme: %w", err)
		}
		*x.dst = tt
	}
	return t, nil
}

// htmlPage is what a print layout is given.
type htmlPage struct {
	// Lang is the page's language; Paper "A4" or "A5".
	Lang, Paper string
	CSS         template.CSS
	// T are the UI strings of print/i18n/<lang>.yaml.
	T map[string]string
	// Root is the relative link from the page to the site's root ("../../").
	Root string
	// Back is the relative link to the showroom's or fair's own page.
	Back string

	Program, Kicker, Title, SiteTitle, SiteText, SiteURL, Printed string
	PrintHint, Lead                                               string
	// Offer says a showroom shows its district's products ("" otherwise).
	Offer          string
	Details        []htmlDetail
	Total          string
	Stars          []htmlStars
	NoProducts     bool
	QRPage, QRSite template.HTML
	Groups         []htmlGroup
	Venues         []htmlVenue
	// Sheets are the labels, 24 to a sheet (label pages only).
	Sheets [][]htmlCard
	// LabelsHead is the line above each sheet, one per sheet.
	LabelsHead []string
}

type htmlDetail struct{ Label, Value string }

type htmlStars struct {
	Stars template.HTML
	Count int
}

type htmlGroup struct {
	Anchor, Name, Count string
	Cards               []htmlCard
}

type htmlCard struct {
	Name, NameVI, NameLang   string
	Stars                    template.HTML
	StarsText                string
	Badge                    string
	Producer, Place, Where   string
	Price, Pack, PriceNote   string
	LabelPriceNote           string
	Summary, SummaryLang     string
	URL, URLText, Photo, Alt string
	// Group is the product group's name, GroupID its ID (a card without
	// a photo takes the group's colour from it).
	Group, GroupID string
	QR             template.HTML
}

type htmlVenue struct {
	Name, Place, Hours, Phone string
	Here                      bool
}

// page renders the print-ready page of a book, written at out.
func (t *templates) page(b *book, opt Options, out string) ([]byte, error) {
	s := b.s
	depth := strings.Count(out, "/")
	p := &htmlPage{
		Lang: b.lang, Paper: b.paper, CSS: t.css, T: s.d.Prefixed(""),
		Root:    strings.Repeat("../", depth),
		Program: b.program, Kicker: b.kicker, Title: b.title,
		SiteTitle: b.siteTitle, SiteText: b.siteText, SiteURL: b.siteURL, Printed: b.printed,
		Total:      s.tn("products_count", len(b.cards)),
		NoProducts: len(b.cards) == 0,
		QRPage:     template.HTML(b.qrPage.svg(s.t("qr_of", b.pageURL))),
		QRSite:     template.HTML(b.qrSite.svg(s.t("qr_of", b.siteURL))),
	}
	p.Lead = b.lead
	p.Offer = b.offer
	p.PrintHint = s.t("print_hint", b.paper)
	if b.labels {
		p.PrintHint = s.t("print_hint", "A4")
	}
	if rel := strings.TrimPrefix(b.pageURL, opt.Base.Abs("")); rel != b.pageURL {
		p.Back = p.Root + rel
	}
	for _, d := range b.details {
		p.Details = append(p.Details, htmlDetail{d.label, d.value})
	}
	for n := 5; n >= 1; n-- {
		if b.stars[n] > 0 {
			p.Stars = append(p.Stars, htmlStars{starsSVG(n, s.tn("stars", n)), b.stars[n]})
		}
	}
	for _, g := range b.groups {
		hg := htmlGroup{Anchor: g.anchor, Name: g.name, Count: s.tn("products_count", len(g.cards))}
		for _, c := range g.cards {
			hg.Cards = append(hg.Cards, htmlCardOf(c, s, p.Root))
		}
		p.Groups = append(p.Groups, hg)
	}
	for _, v := range b.venues {
		p.Venues = append(p.Venues, htmlVenue{v.name, v.place, v.hours, v.phone, v.here})
	}
	tmpl := t.brochure
	if b.labels {
		tmpl = t.labels
		var sheet []htmlCard
		for _, c := range b.cards {
			sheet = append(sheet, htmlCardOf(c, s, p.Root))
			if len(sheet) == labelsPerPage {
				p.Sheets = append(p.Sheets, sheet)
				sheet = nil
			}
		}
		if len(sheet) > 0 {
			p.Sheets = append(p.Sheets, sheet)
		}
		for i := range p.Sheets {
			p.LabelsHead = append(p.LabelsHead, s.t("labels_head", b.sheetTitle(), i+1, len(p.Sheets)))
		}
	}
	if err := s.err(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// htmlCardOf is a card as a layout sees it.
func htmlCardOf(c *card, s *strs, root string) htmlCard {
	h := htmlCard{
		Name: c.name, NameVI: c.nameVI, NameLang: c.nameLang,
		StarsText: c.starsText, Badge: c.badge, Producer: c.producer, Place: c.place, Where: c.where,
		Price: c.price, Pack: c.pack, PriceNote: c.priceNote, LabelPriceNote: c.labelPriceNote,
		Summary: c.summary, SummaryLang: c.summaryLang,
		URL: c.url, URLText: c.urlText, Group: c.group, GroupID: c.groupID,
		QR: template.HTML(c.qr.svg(s.t("qr_of", c.urlText))),
	}
	if c.stars > 0 {
		h.Stars = starsSVG(c.stars, c.starsText)
	}
	if c.photoRel != "" {
		h.Photo = root + c.photoRel
		h.Alt = s.t("photo_of", c.name)
	}
	return h
}

// starsSVG draws a rating as five stars, the first n filled, in an SVG
// image labelled for screen readers: the same shapes as in the PDF, so
// no font needs a star glyph.
func starsSVG(n int, label string) template.HTML {
	var b strings.Builder
	b.WriteString(`<svg class="stars" viewBox="0 0 112 20" role="img" aria-label="`)
	b.WriteString(attrEscape(label))
	b.WriteString(`">`)
	for i := 0; i < 5; i++ {
		class := "off"
		if i < n {
			class = "on"
		}
		b.WriteString(`<path class="` + class + `" d="` + starPath(10+float64(i)*22.5, 10.5, 10) + `"/>`)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// starPath is the SVG path of a five-pointed star.
func starPath(cx, cy, r float64) string {
	var b strings.Builder
	for i := 0; i < 10; i++ {
		rr := r
		if i%2 == 1 {
			rr = r * 0.42
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5
		if i == 0 {
			b.WriteString("M")
		} else {
			b.WriteString("L")
		}
		b.WriteString(strconv.FormatFloat(math.Round((cx+rr*math.Cos(a))*100)/100, 'f', -1, 64))
		b.WriteString(" ")
		b.WriteString(strconv.FormatFloat(math.Round((cy+rr*math.Sin(a))*100)/100, 'f', -1, 64))
	}
	b.WriteString("Z")
	return b.String()
}

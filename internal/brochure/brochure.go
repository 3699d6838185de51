// Package brochure makes the printed forms of the catalog: brochures of
// the products sold at a showroom, shown at a fair or of the whole
// catalog, and sheets of shelf labels for a showroom. Each comes two ways
// from the same selection:
//
//   - a PDF made in Go alone (no browser, no external program): A4 or A5
//     portrait, fonts embedded and subsetted, text extractable, every
//     product's QR code drawn as vector squares, byte-identical for the
//     same input (see PDF and All);
//   - a print-ready HTML page under the site's in-an/ folder, laid out for
//     the browser's Print command with CSS paged media (see HTML).
//
// A showroom's documents hold what it offers (catalog.Offer, the rule
// every output follows), and say so when that is its district's
// products. A document with nothing to print is never made (Selections,
// Nothing).
//
// A brochure has a cover (the province's OCOP programme, the catalog's
// title, the showroom's or fair's name and details, the date of
// printing, product counts and the contents by product group), the
// products grouped by browse group, sorted by stars then name, one card
// per product that is never split across pages (a card without a photo
// is set as type, in its group's colour), and a back page with every
// showroom's address (or that it is being updated), hours and phone and
// the site's address as a QR code. A label sheet has 3 × 8 labels per A4
// page (name, producer, the word OCOP with the stars, price, pack, QR
// code) to cut along dashed lines.
//
// Layouts, print CSS and UI strings come from the theme's print/ folder
// (themes/default/print/), which a site may override file by file.
//
// How the PDF is made: the layout (layout.go, labels.go) measures text
// with the fonts' own advance widths and places every card, heading and
// label in points before anything is drawn, so tests can check the boxes
// against the pages. github.com/signintech/gopdf writes the document:
// text in Liberation Sans (fonts.go), embedded as subsets with a
// ToUnicode map, so text can be copied and searched. Shapes made of many
// parts (QR codes, stars, rounded boxes) are written as raw PDF
// operators by a last pass over gopdf's output (finish.go), which also
// adds the document's language and compresses the pages. QR codes are
// encoded with rsc.io/qr, with the mask chosen by the standard's penalty
// rules (qr.go), and drawn as filled rectangles.
package brochure

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync/atomic"

	"github.com/namdinh-ocop/ocop/internal/parallel"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/urls"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Options are the inputs of a brochure besides the catalog and the
// selection.
type Options struct {
	// Base is the site's base URL; QR codes and printed links are
	// absolute URLs under it.
	Base urls.Base
	// Theme holds the theme files, layered (themes.Layered): print/ at its
	// root.
	Theme fs.FS
	// Content is the site's source root, from which product photos are
	// read at their catalog paths ("content/products/gao/anh.jpg").
	Content fs.FS
	// Printed is the date of printing shown on the cover and written as
	// the PDF's creation date. It is an input, so that the same input
	// always gives the same bytes; the zero Date prints no date.
	Printed catalog.Date
	// Paper is "A4" (the default, also for "") or "A5". Label sheets are
	// always A4.
	Paper string
	// Lang is "vi" (the default, also for "") or "en". English brochures
	// show English names and descriptions where the records have them.
	Lang string
}

// Selection says which document to make: exactly one of Showroom, Fair
// and All; Labels asks for the shelf label sheets of Showroom instead of
// its brochure. IncludeExpired also prints the products whose
// certificate has expired, each with its badge; without it they are left
// out (but for a fair whose select.include_expired says so). Products
// that are not certified are never printed.
type Selection struct {
	Showroom       *catalog.Showroom
	Fair           *catalog.Fair
	All            bool
	Labels         bool
	IncludeExpired bool
}

// check reports a selection that is not exactly one document.
func (s Selection) check() error {
	n := 0
	if s.Showroom != nil {
		n++
	}
	if s.Fair != nil {
		n++
	}
	if s.All {
		n++
	}
	switch {
	case n != 1:
		return errors.New("brochure: select exactly one of a showroom, a fair or the whole catalog")
	case s.Labels && s.Showroom == nil:
		return errors.New("brochure: label sheets are made for a showroom only")
	}
	return nil
}

// dir returns the root-relative folder of the selection's page, without
// a final "/": "in-an/diem-ban/hai-hau" or "en/print/showrooms/hai-hau".
func (s Selection) dir(lang string) string {
	page := func(k urls.PrintKind, slug string) string {
		return strings.TrimSuffix(urls.PrintPage(k, lang, slug), "/")
	}
	switch {
	case s.Labels && s.Showroom != nil:
		return page(urls.PrintLabels, s.Showroom.Slug)
	case s.Showroom != nil:
		return page(urls.PrintShowroom, s.Showroom.Slug)
	case s.Fair != nil:
		return page(urls.PrintFair, s.Fair.Slug)
	}
	return page(urls.PrintAll, "")
}

// HTMLPath returns the output path of the selection's print-ready page in
// lang ("vi" or "en"), relative to the site root:
//
//	in-an/diem-ban/<showroom>/index.html   en/print/showrooms/<showroom>/index.html
//	in-an/hoi-cho/<fair>/index.html        en/print/fairs/<fair>/index.html
//	in-an/toan-bo/index.html               en/print/all/index.html
//	in-an/nhan/<showroom>/index.html       en/print/labels/<showroom>/index.html
func (s Selection) HTMLPath(lang string) string { return s.dir(lang) + "/index.html" }

// PDFPath returns the output path of the selection's PDF in lang, relative
// to the site root: in-an/diem-ban/<showroom>.pdf, in-an/hoi-cho/<fair>.pdf,
// in-an/toan-bo.pdf, in-an/nhan/<showroom>.pdf (en/print/… in English).
// Link to it with Base.Rel.
func (s Selection) PDFPath(lang string) string { return s.dir(lang) + ".pdf" }

// Selections returns every document HTML and All make for c, in the order
// they make them: the whole catalog, each showroom's brochure, each fair's
// brochure, and the label sheets of each showroom. A document with
// nothing to print (see Nothing) is left out: no empty brochure or label
// sheet is ever published, and Skipped lists them.
func Selections(c *catalog.Catalog) []Selection {
	var sels []Selection
	for _, sel := range candidates(c) {
		if len(selected(c, sel)) > 0 {
			sels = append(sels, sel)
		}
	}
	return sels
}

// Skipped returns the documents of c that Selections leaves out because
// they have nothing to print, in the same order; Nothing says why.
func Skipped(c *catalog.Catalog) []Selection {
	var sels []Selection
	for _, sel := range candidates(c) {
		if len(selected(c, sel)) == 0 {
			sels = append(sels, sel)
		}
	}
	return sels
}

// candidates returns every document a site may print, in order.
func candidates(c *catalog.Catalog) []Selection {
	sels := []Selection{{All: true}}
	for _, s := range c.Showrooms {
		sels = append(sels, Selection{Showroom: s})
	}
	for _, f := range c.Fairs {
		sels = append(sels, Selection{Fair: f})
	}
	for _, s := range c.Showrooms {
		sels = append(sels, Selection{Showroom: s, Labels: true})
	}
	return sels
}

// Nothing returns, when sel has no product to print, why, in plain words
// for an editor, as a message shown in either language (see package
// message): "không in tờ giới thiệu của điểm bán … vì không có sản phẩm
// nào để in: …" / "no brochure for showroom …: nothing to print: …". It
// returns nil when there is something to print.
func Nothing(c *catalog.Catalog, sel Selection) error {
	if sel.check() != nil || len(selected(c, sel)) > 0 {
		return nil
	}
	expired := func(ps []*catalog.Product) bool {
		for _, p := range ps {
			if c.Status(p) == catalog.StatusExpired {
				return true
			}
		}
		return false
	}
	switch {
	case sel.Showroom != nil:
		r := sel.Showroom
		what := message.Words{VI: "tờ giới thiệu", EN: "brochure"}
		if sel.Labels {
			what = message.Words{VI: "nhãn kệ hàng", EN: "shelf labels"}
		}
		district := r.District
		if r.Links.District != nil {
			district = r.Links.District.Name
		}
		var why error
		switch off := c.Offer(r); {
		case off.Rule == catalog.OfferNamed && expired(off.Products):
			why = message.Errorf("every product that names this showroom has an expired certificate; add --include-expired to print them")
		case district == "":
			why = message.Errorf("no product record names this showroom, and its record gives no district (district:)")
		default:
			why = message.Errorf("no product record names this showroom, and %s has no OCOP product (expired certificates aside)",
				message.Words{VI: unitName("vi", district), EN: unitName("en", district)})
		}
		return message.Errorf("no %s for showroom %q (%s): nothing to print: %s", what, r.Name, r.Slug, why)
	case sel.Fair != nil:
		f := sel.Fair
		return message.Errorf("no brochure for fair %q (%s): no product meets its select: rule", f.Name, f.Slug)
	}
	if expired(c.Products) {
		return message.Errorf("no brochure of the whole catalog: it has no OCOP product with a valid certificate; add --include-expired to print those whose certificate has expired")
	}
	return message.Errorf("no brochure of the whole catalog: it has no OCOP product with a valid certificate")
}

// Products returns the products sel prints (see selected), in print
// order: grouped by browse group (in groups.yaml order, products without
// one last), by stars (most first), then name.
func Products(c *catalog.Catalog, sel Selection) ([]*catalog.Product, error) {
	if err := sel.check(); err != nil {
		return nil, err
	}
	var out []*catalog.Product
	for _, g := range groupProducts(c, selected(c, sel)) {
		out = append(out, g.products...)
	}
	return out, nil
}

// PDF makes the PDF of one selection. c must be linked (catalog.Link).
// The same inputs always give the same bytes.
func PDF(c *catalog.Catalog, sel Selection, opt Options) ([]byte, error) {
	return makePDF(c, sel, opt, nil)
}

// makePDF is PDF with a cache of prepared photos shared by the documents
// of one All call (nil for none).
func makePDF(c *catalog.Catalog, sel Selection, opt Options, pc *photoCache) ([]byte, error) {
	if err := sel.check(); err != nil {
		return nil, err
	}
	b, err := newBook(c, sel, opt)
	if err != nil {
		return nil, err
	}
	if pc == nil {
		pc = newPhotoCache()
	}
	if sel.Labels {
		return labelsPDF(b, opt)
	}
	return bookPDF(b, opt, pc)
}

// HTML writes the print-ready page of every selection of Selections(c),
// in opt.Lang, to w at HTMLPath. It returns the number of pages written.
// Photos are linked where the site's own pages publish them (beside the
// product's Vietnamese page), by relative links, so the pages also print
// from a copy of the site on disk.
func HTML(c *catalog.Catalog, opt Options, w output.Writer) (pages int, err error) {
	t, err := parseTemplates(opt.Theme)
	if err != nil {
		return 0, err
	}
	for _, sel := range Selections(c) {
		b, err := newBook(c, sel, opt)
		if err != nil {
			return pages, err
		}
		out := sel.HTMLPath(b.lang)
		data, err := t.page(b, opt, out)
		if err != nil {
			return pages, fmt.Errorf("%s: %w", out, err)
		}
		if err := w.WriteFile(out, data); err != nil {
			return pages, fmt.Errorf("%s: %w", out, err)
		}
		pages++
	}
	return pages, nil
}

// All writes the PDF of every selection of Selections(c), in opt.Lang, to
// w at PDFPath, for download links. PDFs are made in parallel; w must be
// safe for concurrent use (as output.Writer requires). It returns the
// number of files written; on failure, the error of the first selection
// in order that failed (the others are still made and written).
func All(c *catalog.Catalog, opt Options, w output.Writer) (files int, err error) {
	sels := Selections(c)
	errs := make([]error, len(sels))
	pc := newPhotoCache()
	var written atomic.Int64
	parallel.For(len(sels), func(i int) {
		sel := sels[i]
		out := sel.PDFPath(langOf(opt))
		b, err := makePDF(c, sel, opt, pc)
		if err == nil {
			err = w.WriteFile(out, b)
		}
		if err != nil {
			errs[i] = fmt.Errorf("%s: %w", out, err)
			return
		}
		written.Add(1)
	})
	for _, err := range errs {
		if err != nil {
			return int(written.Load()), err
		}
	}
	return len(sels), nil
}

// langOf returns the brochure language of opt: "en" or "vi".
func langOf(opt Options) string {
	if opt.Lang == "en" {
		return "en"
	}
	return "vi"
}

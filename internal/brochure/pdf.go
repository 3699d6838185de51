package brochure

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/signintech/gopdf"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// rgb is a colour of the palette.
type rgb struct{ r, g, b uint8 }

// palette are the site's colours (themes/default/assets/site.css).
var palette = map[string]rgb{
	"green":     {0x0b, 0x5d, 0x3b},
	"greenDark": {0x08, 0x3f, 0x28},
	"greenTint": {0xe7, 0xf1, 0xea},
	"red":       {0xa4, 0x16, 0x1a},
	"gold":      {0xb0, 0x7d, 0x00},
	"gold2":     {0xf4, 0xd3, 0x6b},
	"starOff":   {0xcf, 0xd8, 0xd3},
	"ink":       {0x1b, 0x1f, 0x1d},
	"muted":     {0x4a, 0x55, 0x50},
	"line":      {0xc9, 0xd3, 0xcd},
	"white":     {0xff, 0xff, 0xff},
	// The colours of the product groups (groups.yaml's browse IDs), for
	// cards without a photo; groupColor picks one.
	"g-thuc-pham":        {0x0b, 0x5d, 0x3b},
	"g-do-uong":          {0x1d, 0x5f, 0x8a},
	"g-duoc-lieu":        {0x5b, 0x7a, 0x1e},
	"g-thu-cong-my-nghe": {0x8a, 0x4b, 0x14},
	"g-sinh-vat-canh":    {0x2e, 0x7d, 0x6b},
	"g-du-lich":          {0xa4, 0x16, 0x1a},
	"black":              {0x00, 0x00, 0x00},
}

// canvas draws on a gopdf document and keeps the first error.
type canvas struct {
	pdf  *gopdf.GoPdf
	fs   faceSet
	err  error
	font *face
	size float64
	// pageH is the page height.
	pageH float64
	// ops holds the operators of the raw drawings, one after the other;
	// raws are the drawings (see raw).
	ops  []byte
	raws []drawing
	// textBytes counts the bytes of text drawn, to size the output.
	textBytes int
}

// newCanvas starts a document of the given page size with the fonts and
// the metadata set.
func newCanvas(w, h float64, b *book, printed catalog.Date) (*canvas, error) {
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: gopdf.Rect{W: w, H: h}})
	// Content streams are compressed by finish.
	pdf.SetNoCompression()
	// Room for the raw drawings: a card's box, placeholder and stars take
	// about 1 KB.
	cv := &canvas{pdf: pdf, fs: mustFaces(), pageH: h, ops: make([]byte, 0, 16<<10+1024*len(b.cards))}
	for _, f := range []*face{cv.fs.regular, cv.fs.bold} {
		if err := pdf.AddTTFFontData(f.name, f.ttf); err != nil {
			return nil, fmt.Errorf("font %s: %w", f.name, err)
		}
	}
	info := gopdf.PdfInfo{
		Title:    b.docTitle,
		Subject:  b.subject,
		Author:   b.siteTitle,
		Creator:  "ocop",
		Producer: "ocop (github.com/signintech/gopdf)",
	}
	if !printed.IsZero() {
		info.CreationDate = time.Date(printed.Year, printed.Month, printed.Day, 0, 0, 0, 0, catalog.Vietnam)
	}
	pdf.SetInfo(info)
	return cv, nil
}

func (cv *canvas) fail(err error) {
	if err != nil && cv.err == nil {
		cv.err = err
	}
}

// text draws s with its baseline at y.
func (cv *canvas) text(x, y float64, f *face, size float64, color, s string) {
	s = printable(s, f)
	if strings.TrimSpace(s) == "" {
		return
	}
	if cv.font != f || cv.size != size {
		cv.fail(cv.pdf.SetFont(f.name, "", size))
		cv.font, cv.size = f, size
	}
	c := palette[color]
	cv.pdf.SetTextColor(c.r, c.g, c.b)
	cv.pdf.SetXY(x, y)
	cv.fail(cv.pdf.Text(s))
	cv.textBytes += len(s) + 64
}

// textRight draws s ending at x.
func (cv *canvas) textRight(x, y float64, f *face, size float64, color, s string) {
	cv.text(x-f.width(printable(s, f), size), y, f, size, color, s)
}

// textCenter draws s centred on x.
func (cv *canvas) textCenter(x, y float64, f *face, size float64, color, s string) {
	cv.text(x-f.width(printable(s, f), size)/2, y, f, size, color, s)
}

// lines draws a block with its top-left corner at (x, y).
func (cv *canvas) lines(x, y float64, b block) {
	for _, l := range b.lines {
		cv.text(x+l.dx, y+l.dy, l.font, l.size, l.color, l.text)
	}
}

// hline draws a horizontal rule.
func (cv *canvas) hline(x0, x1, y, width float64, color string) {
	c := palette[color]
	cv.pdf.SetStrokeColor(c.r, c.g, c.b)
	cv.pdf.SetLineWidth(width)
	cv.pdf.SetLineType("")
	cv.pdf.Line(x0, y, x1, y)
}

// link makes a rectangle a link to an http(s) URL.
func (cv *canvas) link(url string, x, y, w, h float64) {
	if strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://") {
		cv.pdf.AddExternalLink(url, x, y, w, h)
	}
}

// image draws a prepared JPEG in a box.
func (cv *canvas) image(p *photo, x, y, w, h float64) {
	img, err := gopdf.ImageHolderByBytes(p.jpeg)
	if err != nil {
		cv.fail(err)
		return
	}
	cv.fail(cv.pdf.ImageByHolder(img, x, y, &gopdf.Rect{W: w, H: h}))
}

// bytes finishes the document (see finish).
func (cv *canvas) bytes(lang string) ([]byte, error) {
	if cv.err != nil {
		return nil, cv.err
	}
	// gopdf's own buffer grows by doubling; this one is sized once.
	// (Each character of text takes about 2.5 bytes of content stream.)
	buf := bytes.NewBuffer(make([]byte, 0, 128<<10+len(cv.raws)*40+cv.textBytes*5/2))
	if _, err := cv.pdf.WriteTo(buf); err != nil {
		return nil, err
	}
	return finish(buf.Bytes(), lang, cv.ops, cv.raws)
}

// bookPDF draws a brochure.
func bookPDF(b *book, opt Options, pc *photoCache) ([]byte, error) {
	s := specs[b.paper]
	L := layoutBook(b, s)
	cv, err := newCanvas(s.w, s.h, b, opt.Printed)
	if err != nil {
		return nil, err
	}
	n := len(L.pages)
	for i, pg := range L.pages {
		cv.pdf.AddPage()
		switch pg.kind {
		case coverPage:
			cv.cover(L)
			if L.tocOnCover {
				cv.contents(L, L.cover.tocTop)
			}
		case contentsPage:
			cv.header(L)
			cv.contents(L, s.bodyTop())
		case productPage:
			cv.header(L)
			for _, h := range pg.heads {
				if !h.cont {
					cv.pdf.AddOutline(printable(h.sec.name, cv.fs.regular))
				}
				cv.section(L, h)
			}
			for _, cb := range pg.cards {
				cv.card(L, cb, opt, pc)
			}
		case backPage:
			cv.header(L)
			if !pg.cont {
				cv.pdf.AddOutline(printable(b.s.t("back_title"), cv.fs.regular))
			}
			cv.back(L, pg)
		}
		if i > 0 {
			cv.footer(L, i+1, n)
		}
	}
	if err := b.s.err(); err != nil {
		return nil, err
	}
	return cv.bytes(b.lang)
}

// header draws the running header of an inner page.
func (cv *canvas) header(L *bookLayout) {
	s, b := L.s, L.b
	y := s.top + s.small
	cv.text(s.left, y, cv.fs.bold, s.small, "green", b.siteTitle)
	room := s.contentW() - cv.fs.bold.width(b.siteTitle, s.small) - s.colGap*2
	t := clamp(cv.fs.regular, s.small, room, wrap(cv.fs.regular, s.small, room, b.title), 1)
	cv.textRight(s.left+s.contentW(), y, cv.fs.regular, s.small, "muted", t[0])
	cv.hline(s.left, s.left+s.contentW(), y+s.small*0.7, 0.6, "line")
}

// footer draws an inner page's footer: the site and the date of
// printing, and the page number.
func (cv *canvas) footer(L *bookLayout, page, pages int) {
	s, b := L.s, L.b
	y := s.footerY
	cv.hline(s.left, s.left+s.contentW(), y-s.small*1.5, 0.6, "line")
	left := b.siteText
	if b.printed != "" {
		left += "  ·  " + b.printed
	}
	cv.text(s.left, y, cv.fs.regular, s.small, "muted", left)
	cv.textRight(s.left+s.contentW(), y, cv.fs.bold, s.small, "green", b.s.t("page_of", page, pages))
}

// cover draws the cover page.
func (cv *canvas) cover(L *bookLayout) {
	s, b, cl := L.s, L.b, L.cover
	fs := cv.fs
	x, w := s.left, s.contentW()
	// The green band, to the page's edges: the programme and the catalog
	// at its top; the kind of document, its title, what the products are
	// and the date at its foot.
	inner := s.pad * 2
	cv.rect(0, 0, s.w, cl.bandH, "green")
	cv.rect(0, cl.bandH-4, s.w, 4, "red")
	cv.lines(x, s.top+inner, cl.bandTop)
	cv.lines(x, cl.bandH-inner-cl.band.h, cl.band)

	// The lead and details on the left, the page's QR code on the right.
	top := cl.detailsTop
	qrW := s.coverQR()
	qx := x + w - qrW
	cv.qr(b.qrPage, qx, top-quietPad(qrW, b.qrPage), qrW)
	capY := top - quietPad(qrW, b.qrPage) + qrW + s.small*0.6
	cv.textCenter(qx+qrW/2, capY, fs.regular, s.small*0.95, "muted", b.s.t("scan_page"))
	y := top
	if len(cl.lead.lines) > 0 {
		cv.lines(x, y, cl.lead)
		y += cl.lead.h + s.text*0.8
	}
	for _, d := range cl.details {
		vx := x
		if d.label != "" {
			cv.text(x, y+d.value.lines[0].dy, fs.bold, s.text, "muted", d.label)
			vx = x + cl.labelW
		}
		cv.lines(vx, y, d.value)
		y += d.value.h + s.text*0.5
	}

	// Counts: the number of products and how many of each rating.
	y = cl.countsY
	cv.hline(x, x+w, y, 0.6, "line")
	y += s.pad + s.title*0.9
	total := b.s.tn("products_count", len(b.cards))
	cv.text(x, y, fs.bold, s.title*0.8, "greenDark", total)
	sx := x + fs.bold.width(total, s.title*0.8) + s.colGap*2
	r := s.text * 0.5
	for n := 5; n >= 1; n-- {
		if b.stars[n] == 0 {
			continue
		}
		end := cv.stars(sx, y-r*2.2, r, n)
		label := "× " + strconv.Itoa(b.stars[n])
		cv.text(end+r*0.4, y-r*0.35, fs.regular, s.text, "ink", label)
		sx = end + r*0.4 + fs.regular.width(label, s.text) + s.colGap*1.5
	}
	cv.hline(x, x+w, cl.countsEnd, 0.6, "line")

	// The date of printing and the site at the foot of the cover.
	fy := s.footerY
	if b.printed != "" {
		cv.text(x, fy, fs.regular, s.small, "muted", b.printed)
	}
	cv.textRight(x+w, fy, fs.bold, s.small, "green", b.siteText)
}

// quietPad is the width of a QR code's quiet zone at a side, which the
// cover lets stick out of the text's edge so that the dark modules line
// up with the text.
func quietPad(side float64, q *qrCode) float64 {
	return side / float64(q.size+2*quiet) * quiet
}

// contents draws the table of contents from y: each section with its
// number of products and first page.
func (cv *canvas) contents(L *bookLayout, y float64) {
	s, b := L.s, L.b
	fs := cv.fs
	x, w := s.left, s.contentW()
	if len(b.groups) == 0 {
		return
	}
	y += s.name
	cv.text(x, y, fs.bold, s.name*1.1, "greenDark", b.s.t("contents"))
	cv.rect(x, y+s.name*0.45, 28, 2.5, "red")
	y += s.name * 0.5
	row := s.text * tocRowH
	for _, sec := range b.groups {
		y += row
		page := strconv.Itoa(L.first[sec] + 1)
		count := b.s.tn("products_count", len(sec.cards))
		cv.text(x, y, fs.bold, s.text*1.05, "ink", sec.name)
		nameEnd := x + fs.bold.width(sec.name, s.text*1.05)
		cv.text(nameEnd+s.text*0.6, y, fs.regular, s.small, "muted", count)
		cv.textRight(x+w, y, fs.bold, s.text*1.05, "green", page)
		// Dotted leader between the count and the page number.
		from := nameEnd + s.text*1.2 + fs.regular.width(count, s.small)
		to := x + w - fs.bold.width(page, s.text*1.05) - s.text*0.6
		if to > from {
			c := palette["muted"]
			cv.pdf.SetStrokeColor(c.r, c.g, c.b)
			cv.pdf.SetLineWidth(0.7)
			cv.pdf.SetCustomLineType([]float64{0.7, 2.5}, 0)
			cv.pdf.Line(from, y-0.5, to, y-0.5)
			cv.pdf.SetLineType("")
		}
	}
}

// section draws a group heading.
func (cv *canvas) section(L *bookLayout, h headBox) {
	b := L.b
	name := h.sec.name
	if h.cont {
		name += " " + b.s.t("continued")
	}
	cv.heading(L, h.y, name, b.s.tn("products_count", len(h.sec.cards)))
}

// heading draws a heading from y down, with a note at its right.
func (cv *canvas) heading(L *bookLayout, top float64, title, note string) {
	s := L.s
	fs := cv.fs
	x, w := s.left, s.contentW()
	y := top + s.name*1.5
	size := s.name * 1.3
	cv.text(x, y, fs.bold, size, "greenDark", title)
	if note != "" {
		cv.textRight(x+w, y, fs.regular, s.small, "muted", note)
	}
	ly := y + size*0.5
	cv.hline(x, x+w, ly+1.25, 0.6, "line")
	cv.rect(x, ly, 32, 2.5, "red")
}

// card draws one product card.
func (cv *canvas) card(L *bookLayout, cb *cardBox, opt Options, pc *photoCache) {
	s := L.s
	fs := cv.fs
	c := cb.c
	cv.round(cb.x, cb.y, cb.w, cb.h, 5, "white", "line")
	// The photo; without one, the group's colour band; a photo that
	// cannot be read, the group's name in the photo's place.
	px, py := cb.x+s.pad, cb.y+s.pad
	if c.photo == "" {
		col := groupColor(c.groupID)
		cv.round(cb.x, cb.y, cardBar*2, cb.h, 5, col, "")
		cv.rect(cb.x+cardBar, cb.y+0.35, cardBar, cb.h-0.7, "white")
		for _, l := range cb.text.lines {
			if l.role == "group" {
				r := l.size * 0.32
				cv.round(cb.tx, cb.y+s.pad+l.dy-l.size*0.35-r, 2*r, 2*r, r, col, "")
				break
			}
		}
	} else if p := pc.get(opt.Content, c.photo); p != nil {
		cv.image(p, px, py, s.photoW, s.photoH)
	} else {
		cv.round(px, py, s.photoW, s.photoH, 3, "greenTint", "")
		var g block
		g.add(fs.bold, s.small, s.photoW-s.pad, s.lead, c.group, "green", 3)
		gy := py + (s.photoH-g.h)/2
		for _, l := range g.lines {
			cv.textCenter(px+s.photoW/2, gy+l.dy, l.font, l.size, l.color, l.text)
		}
	}
	// The text column.
	ty := cb.y + s.pad
	cv.lines(cb.tx, ty, cb.text)
	if cb.starsDY >= 0 {
		end := cv.stars(cb.tx, ty+cb.starsDY, cb.starR, c.stars)
		cv.text(end+cb.starR*0.6, ty+cb.starsDY+cb.starR*1.75, fs.regular, s.small, "muted", c.starsText)
	}
	// The QR code and its caption.
	qx := cb.x + cb.w - s.pad - s.qr
	cv.qr(c.qr, qx, cb.y+s.pad, s.qr)
	cv.textCenter(qx+s.qr/2, cb.y+s.pad+s.qr+s.small*0.75, fs.regular, s.small*0.92, "muted", L.b.s.t("scan"))
	for _, l := range cb.text.lines {
		if l.role == "url" {
			cv.link(c.url, cb.tx, ty+l.dy-l.size, cb.tw, l.size*1.3)
		}
	}
}

// back draws a back page: the showrooms, and on the last one the site's
// QR code.
func (cv *canvas) back(L *bookLayout, pg *pageBox) {
	s, b := L.s, L.b
	fs := cv.fs
	x, w := s.left, s.contentW()
	title := b.s.t("back_title")
	if pg.cont {
		title += " " + b.s.t("continued")
	}
	cv.heading(L, s.bodyTop(), title, "")
	for _, v := range pg.venues {
		if v.v.here {
			cv.rect(v.x-s.pad*0.8, v.y+1, 2.5, v.lines.h-2, "red")
		}
		cv.lines(v.x, v.y, v.lines)
	}
	if !pg.site {
		return
	}
	// The site block at the foot of the page.
	qrW := s.qr * 1.5
	h := qrW + s.pad*2
	top := s.bodyBottom() - h
	cv.round(x, top, w, h, 6, "greenTint", "")
	cv.qr(b.qrSite, x+s.pad, top+s.pad, qrW)
	tx := x + s.pad*2 + qrW + s.colGap
	tw := x + w - s.pad - tx
	var t block
	t.add(fs.bold, s.text*1.1, tw, s.lead, b.s.t("back_site"), "ink", 2)
	t.space(s.text * 0.3)
	t.add(fs.bold, s.name*1.2, tw, 1.25, b.siteText, "green", 2)
	t.space(s.text * 0.4)
	t.add(fs.regular, s.text, tw, s.lead, b.siteTitle, "ink", 2)
	t.add(fs.regular, s.small, tw, s.lead, b.program, "muted", 2)
	if b.printed != "" {
		t.add(fs.regular, s.small, tw, s.lead, b.printed, "muted", 1)
	}
	cv.lines(tx, top+(h-t.h)/2, t)
	cv.link(b.siteURL, tx, top+(h-t.h)/2, tw, t.h)
}

// groupColor returns the palette name of a product group's colour (the
// site's green for a group without one of its own).
func groupColor(id string) string {
	if _, ok := palette["g-"+id]; ok {
		return "g-" + id
	}
	return "green"
}

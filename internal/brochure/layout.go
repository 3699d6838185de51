package brochure

import (
	"strings"
	"unicode/utf8"
)

// Page geometry is in PDF points (1/72 inch), from the page's top-left
// corner, y growing downwards, as gopdf takes it.

// spec is the geometry and type sizes of one paper size.
type spec struct {
	paper string
	w, h  float64
	// Margins.
	top, right, bottom, left float64
	// headerH is the running header's height above the body; footerY is
	// the baseline of the footer.
	headerH, footerY float64
	// sectionH is the height of a group heading at the top of a page.
	sectionH float64
	// Cards: padding, gap between cards and between columns, photo box
	// and QR code side (quiet zone included).
	pad, gap, colGap float64
	photoW, photoH   float64
	qr               float64
	// Type sizes and line height factor.
	title, name, nameMin, text, small, price, url, lead float64
	// nameLines is the most lines a card's name takes before it is set
	// smaller, and then cut.
	nameLines int
}

// mm is a millimetre in points.
const mm = 72 / 25.4

var specs = map[string]*spec{
	"A4": {
		paper: "A4", w: 595.28, h: 841.89,
		top: 34, right: 40, bottom: 40, left: 40,
		headerH: 26, footerY: 841.89 - 22, sectionH: 40,
		pad: 10, gap: 10, colGap: 12,
		photoW: 112, photoH: 84, qr: 84,
		title: 24, name: 12.5, nameMin: 10.5, text: 9.2, small: 8.2, price: 11.5, url: 7.4, lead: 1.32,
		nameLines: 3,
	},
	"A5": {
		paper: "A5", w: 419.53, h: 595.28,
		top: 26, right: 26, bottom: 32, left: 26,
		headerH: 22, footerY: 595.28 - 17, sectionH: 34,
		pad: 8, gap: 8, colGap: 9,
		photoW: 76, photoH: 57, qr: 70,
		title: 19, name: 11, nameMin: 9.5, text: 8.3, small: 7.4, price: 10, url: 6.8, lead: 1.3,
		nameLines: 3,
	},
}

// bodyTop and bodyBottom bound the part of a page that holds a section's
// heading and its cards.
func (s *spec) bodyTop() float64    { return s.top + s.headerH }
func (s *spec) bodyBottom() float64 { return s.h - s.bottom }
func (s *spec) contentW() float64   { return s.w - s.left - s.right }

// cardsTop is where the first card of a page starts, below the heading.
func (s *spec) cardsTop() float64 { return s.bodyTop() + s.sectionH }

// maxCardH is the tallest a card may be: the room below a heading.
func (s *spec) maxCardH() float64 { return s.bodyBottom() - s.cardsTop() }

// line is one line of text set in a font and size, at a baseline offset
// from the top of its block.
type line struct {
	text string
	font *face
	size float64
	// dy is the baseline's distance from the top of the block.
	dy float64
	// color is one of the palette's names.
	color string
	// dx is the line's distance from the left of its block.
	dx float64
	// role says what a card's line shows: "name", "summary", "url" (a
	// link to the card's page), "badge" (an expired certificate) or ""
	// for the rest.
	role string
}

// block is a column of lines.
type block struct {
	lines []line
	h     float64
}

// add appends the lines of text s, wrapped to width and cut to maxLines
// (none for 0), and returns how many it added.
func (b *block) add(f *face, size, width, lead float64, s, color string, maxLines int) int {
	ls := clamp(f, size, width, wrap(f, size, width, s), maxLines)
	for _, t := range ls {
		b.addLine(line{text: t, font: f, size: size, color: color}, lead)
	}
	return len(ls)
}

// addLine appends one line, placing its baseline in a line box of
// size × lead, the extra space shared above and below.
func (b *block) addLine(l line, lead float64) {
	l.dy = b.h + l.size*(lead-l.font.ascent-l.font.descent)/2 + l.size*l.font.ascent
	b.h += l.size * lead
	b.lines = append(b.lines, l)
}

// space adds vertical space.
func (b *block) space(h float64) { b.h += h }

// cardBox is a card placed on a page.
type cardBox struct {
	c *card
	// page is the index of its page in the document (0 is the cover).
	page       int
	x, y, w, h float64
	// text is the text column, from (tx, y + pad).
	text   block
	tx, tw float64
	// starsDY is the top of the star row within the text column (-1 for
	// none); starR the stars' radius.
	starsDY, starR float64
}

// pageKind says what a page holds.
type pageKind int

const (
	coverPage pageKind = iota
	contentsPage
	productPage
	backPage
)

// pageBox is one page of a laid-out brochure.
type pageBox struct {
	kind pageKind
	// heads are the group headings of a product page, the first at the
	// top of the page.
	heads []headBox
	cards []*cardBox
	// cont marks a back page that goes on from the one before.
	cont bool
	// venues are the showrooms of a back page, with their boxes; site
	// marks the page that ends with the site's QR code.
	venues []venueBox
	site   bool
}

// headBox is a group heading placed on a page: the group's first, or at
// the top of a page that goes on with it (cont).
type headBox struct {
	sec  *section
	y    float64
	cont bool
}

// venueBox is a showroom placed on a back page.
type venueBox struct {
	v     *venue
	x, y  float64
	lines block
}

// bookLayout is a brochure laid out on pages.
type bookLayout struct {
	s     *spec
	b     *book
	pages []*pageBox
	// first is the index of the first page of each section.
	first map[*section]int
	// tocOnCover is set when the contents fit on the cover.
	tocOnCover bool
	cover      coverLayout
}

// layoutBook places the book's cards on pages: a cover (with the
// contents when they fit), then the groups one after the other, each
// under its heading, cards in order down the page. A card that does not
// fit in what is left of a page moves whole to the next one, which
// starts with its group's heading marked "continued"; a group's heading
// never ends a page without its first card. The back page(s) follow.
func layoutBook(b *book, s *spec) *bookLayout {
	fs := mustFaces()
	L := &bookLayout{s: s, b: b, first: map[*section]int{}}
	L.cover = layoutCover(b, s, fs)
	L.pages = append(L.pages, &pageBox{kind: coverPage})
	L.tocOnCover = L.cover.fitsTOC
	if !L.tocOnCover {
		L.pages = append(L.pages, &pageBox{kind: contentsPage})
	}
	var pg *pageBox
	y := 0.0
	newPage := func(sec *section, cont bool) {
		pg = &pageBox{kind: productPage, heads: []headBox{{sec, s.bodyTop(), cont}}}
		L.pages = append(L.pages, pg)
		y = s.cardsTop()
	}
	for _, sec := range b.groups {
		for i, c := range sec.cards {
			cb := layoutCard(c, s, fs)
			switch {
			case pg == nil:
				newPage(sec, false)
			case i == 0 && y+s.sectionH+cb.h > s.bodyBottom()+0.01:
				newPage(sec, false)
			case i == 0:
				y += s.gap
				pg.heads = append(pg.heads, headBox{sec, y, false})
				y += s.sectionH
			case y+cb.h > s.bodyBottom()+0.01:
				newPage(sec, true)
			}
			if i == 0 {
				L.first[sec] = len(L.pages) - 1
			}
			cb.page = len(L.pages) - 1
			cb.x, cb.y = s.left, y
			pg.cards = append(pg.cards, cb)
			y += cb.h + s.gap
		}
	}
	L.layoutBack(fs)
	return L
}

// cards returns every card box in order.
func (L *bookLayout) cards() []*cardBox {
	var out []*cardBox
	for _, p := range L.pages {
		out = append(out, p.cards...)
	}
	return out
}

// cardBar is the width of the group's colour band down the left of a
// card without a photo.
const cardBar = 5

// layoutCard sets a card's text and its height. Its width is the
// page's content width. A card with a photo has it at its left; one
// without is set as type alone: the group's colour band down its left
// edge and the group's name above the product's, the text column taking
// the photo's room. A card too tall for a page shows fewer lines of its
// summary.
func layoutCard(c *card, s *spec, fs faceSet) *cardBox {
	cb := &cardBox{c: c, w: s.contentW()}
	cb.tx = s.left + s.pad + s.photoW + s.colGap
	if c.photo == "" {
		cb.tx = s.left + cardBar + s.pad*1.4
	}
	cb.tw = s.left + cb.w - s.pad - s.qr - s.colGap - cb.tx
	for limit := 0; ; {
		n := cb.setText(s, fs, limit)
		h := max(cb.text.h, s.qr+s.small*1.6) + 2*s.pad
		if c.photo != "" {
			h = max(h, s.photoH+2*s.pad)
		}
		if h <= s.maxCardH() || n == 0 {
			cb.h = min(h, s.maxCardH())
			return cb
		}
		if limit = n - 1; limit == 0 {
			limit = -1
		}
	}
}

// setText sets the text column of a card, with at most summaryLines lines
// of summary (all for 0, none for less), and returns how many summary
// lines it set.
func (cb *cardBox) setText(s *spec, fs faceSet, summaryLines int) int {
	c := cb.c
	t := block{}
	if c.photo == "" && c.group != "" {
		// The group's name, in its colour, after a dot drawn by card.
		g := line{text: strings.ToUpper(c.group), font: fs.bold, size: s.small * 0.92, color: groupColor(c.groupID), role: "group", dx: s.small * 1.1}
		if fs.bold.width(g.text, g.size) > cb.tw-g.dx {
			g.text = clamp(fs.bold, g.size, cb.tw-g.dx, wrap(fs.bold, g.size, cb.tw-g.dx, g.text), 1)[0]
		}
		t.addLine(g, 1.4)
		t.space(s.small * 0.2)
	}
	size, names := fit(fs.bold, []float64{s.name, s.nameMin}, cb.tw, c.name, s.nameLines)
	for _, n := range names {
		t.addLine(line{text: n, font: fs.bold, size: size, color: "greenDark", role: "name"}, 1.22)
	}
	if c.nameVI != "" {
		for _, n := range clamp(fs.regular, s.small, cb.tw, wrap(fs.regular, s.small, cb.tw, c.nameVI), 2) {
			t.addLine(line{text: n, font: fs.regular, size: s.small, color: "muted"}, s.lead)
		}
	}
	if c.badge != "" {
		t.space(s.small * 0.3)
		t.addLine(line{text: c.badge, font: fs.bold, size: s.small, color: "red", role: "badge"}, s.lead)
	}
	cb.starsDY = -1
	if c.stars > 0 {
		t.space(s.small * 0.3)
		cb.starsDY = t.h
		cb.starR = s.small * 0.55
		t.space(s.small * 1.3)
	} else if c.starsText != "" {
		t.space(s.small * 0.3)
		t.addLine(line{text: c.starsText, font: fs.regular, size: s.small, color: "muted"}, s.lead)
	}
	t.space(s.text * 0.15)
	if c.producer != "" {
		t.add(fs.regular, s.text, cb.tw, s.lead, c.producer, "ink", 2)
	}
	if c.place != "" {
		t.add(fs.regular, s.small, cb.tw, s.lead, c.place, "muted", 3)
	}
	if c.where != "" {
		t.add(fs.regular, s.small, cb.tw, s.lead, c.where, "ink", 3)
	}
	n := 0
	if c.summary != "" && summaryLines >= 0 {
		t.space(s.text * 0.35)
		before := len(t.lines)
		n = t.add(fs.regular, s.text, cb.tw, s.lead, c.summary, "ink", summaryLines)
		for i := before; i < len(t.lines); i++ {
			t.lines[i].role = "summary"
		}
	}
	t.space(s.text * 0.35)
	price := line{text: c.price, font: fs.bold, size: s.price, color: "red"}
	if c.price == "" {
		price = line{text: c.priceNote, font: fs.regular, size: s.text, color: "muted"}
	}
	t.addLine(price, s.lead)
	if c.pack != "" {
		gap := price.font.width(price.text, price.size) + s.text*0.6
		if fs.regular.width(c.pack, s.text) <= cb.tw-gap {
			pack := line{text: c.pack, font: fs.regular, size: s.text, color: "muted"}
			pack.dy, pack.dx = t.lines[len(t.lines)-1].dy, gap
			t.lines = append(t.lines, pack)
		} else {
			t.add(fs.regular, s.text, cb.tw, s.lead, c.pack, "muted", 2)
		}
	}
	t.space(s.small * 0.15)
	before := len(t.lines)
	t.add(fs.regular, s.url, cb.tw, s.lead, c.urlText, "muted", 2)
	for i := before; i < len(t.lines); i++ {
		t.lines[i].role = "url"
	}
	cb.text = t
	return n
}

// coverLayout is the cover's text, set, and where its parts go.
type coverLayout struct {
	// band is the text of the green band at the head of the page: the
	// programme, the catalog's title, the kind of document, its title and,
	// for a showroom that shows its district's products, the words saying
	// so.
	// bandTop is set at the band's top, band at its foot.
	bandTop, band, lead block
	details             []detailBox
	// labelW is the width of the details' labels column.
	labelW float64
	// bandH is the height of the green band from the top of the page
	// (it runs to the page's edges); detailsTop the top of the details
	// (and of the page's QR code); countsY the rule above the counts,
	// countsEnd the rule below them; tocTop the top of the contents.
	bandH, detailsTop, countsY, countsEnd, tocTop float64
	// fitsTOC is set when the contents fit on the cover.
	fitsTOC bool
}

// detailBox is one fact on the cover, its label and wrapped value.
type detailBox struct {
	label string
	value block
}

// coverBandH is the least height of the cover's green band, a share of
// the page's; tocRowH the height of a contents row, in text sizes.
const (
	coverBandH = 0.46
	tocRowH    = 1.9
)

// coverQR is the side of the QR code of the page on the cover.
func (s *spec) coverQR() float64 { return s.qr * 1.25 }

// layoutCover sets the cover's text and places its parts: the band with
// the programme, the catalog's title, the kind and title of the document
// and the date; the lead and details beside the page's QR code; the
// counts; the contents, when they fit above the foot.
func layoutCover(b *book, s *spec, fs faceSet) coverLayout {
	var cl coverLayout
	inner := 2 * s.pad
	bw := s.contentW()
	top := &cl.bandTop
	top.add(fs.bold, s.small*1.05, bw, 1.3, strings.ToUpper(b.program), "white", 3)
	if b.title != b.siteTitle {
		// The catalog's title, unless it is the document's.
		top.space(s.text * 0.9)
		top.add(fs.bold, s.name*1.35, bw, 1.2, b.siteTitle, "white", 2)
	}
	top.space(s.title * 1.1)
	t := &cl.band
	t.add(fs.regular, s.text*1.25, bw, 1.3, b.kicker, "greenTint", 2)
	t.space(s.text * 0.4)
	t.add(fs.bold, s.title*1.2, bw, 1.18, b.title, "white", 4)
	if b.offer != "" {
		t.space(s.text * 0.8)
		t.add(fs.bold, s.text*1.35, bw, 1.3, b.offer, "gold2", 2)
	}
	if b.printed != "" {
		t.space(s.text * 1.6)
		t.add(fs.regular, s.text, bw, 1.3, b.printed, "greenTint", 1)
	}
	cl.bandH = max(s.top+inner+top.h+t.h+inner, s.h*coverBandH)
	cl.detailsTop = cl.bandH + inner*1.2
	dw := s.contentW() - s.coverQR() - 2*s.colGap
	for _, d := range b.details {
		cl.labelW = max(cl.labelW, fs.bold.width(d.label, s.text))
	}
	cl.labelW += s.text
	h := 0.0
	if b.lead != "" {
		cl.lead.add(fs.regular, s.text*1.08, dw, s.lead, b.lead, "ink", 6)
		h += cl.lead.h + s.text*0.8
	}
	for _, d := range b.details {
		db := detailBox{label: d.label}
		vw := dw - cl.labelW
		if d.label == "" {
			vw = dw
		}
		db.value.add(fs.regular, s.text, vw, s.lead, d.value, "ink", 6)
		cl.details = append(cl.details, db)
		h += db.value.h + s.text*0.5
	}
	h = max(h, s.coverQR()+s.small*2)
	cl.countsY = cl.detailsTop + h + s.pad
	cl.countsEnd = cl.countsY + s.pad*2.5 + s.title*0.9
	cl.tocTop = cl.countsEnd + s.pad*1.5
	toc := s.name*1.5 + float64(len(b.groups))*s.text*tocRowH
	cl.fitsTOC = cl.tocTop+toc <= s.footerY-s.small*3
	return cl
}

// layoutBack places the showrooms on back pages, two to a row on A4
// (one on A5), and the site's QR code block at the foot of the last.
func (L *bookLayout) layoutBack(fs faceSet) {
	s := L.s
	cols := 2
	if s.paper == "A5" {
		cols = 1
	}
	colW := (s.contentW() - float64(cols-1)*s.colGap*2) / float64(cols)
	top := s.cardsTop()
	pg := &pageBox{kind: backPage}
	L.pages = append(L.pages, pg)
	y := top
	vs := L.b.venues
	for i := 0; i < len(vs); i += cols {
		row := vs[i:min(i+cols, len(vs))]
		var boxes []venueBox
		h := 0.0
		for j := range row {
			v := &row[j]
			var bl block
			bl.add(fs.bold, s.text, colW, s.lead, v.name, "greenDark", 3)
			if v.place != "" {
				bl.add(fs.regular, s.small, colW, s.lead, v.place, "ink", 4)
			}
			if v.hours != "" {
				bl.add(fs.regular, s.small, colW, s.lead, L.b.s.t("hours")+": "+v.hours, "muted", 2)
			}
			if v.phone != "" {
				bl.add(fs.regular, s.small, colW, s.lead, L.b.s.t("phone")+": "+v.phone, "muted", 1)
			}
			boxes = append(boxes, venueBox{v: v, x: s.left + float64(j)*(colW+s.colGap*2), lines: bl})
			h = max(h, bl.h)
		}
		if y+h > s.bodyBottom() && y > top {
			pg = &pageBox{kind: backPage, cont: true}
			L.pages = append(L.pages, pg)
			y = top
		}
		for _, vb := range boxes {
			vb.y = y
			pg.venues = append(pg.venues, vb)
		}
		y += h + s.text*1.1
	}
	if y > s.bodyBottom()-L.siteH() {
		pg = &pageBox{kind: backPage, cont: true}
		L.pages = append(L.pages, pg)
	}
	pg.site = true
}

// siteH is the height of the site block on the last back page, with the
// space above it.
func (L *bookLayout) siteH() float64 {
	s := L.s
	return s.qr*1.5 + s.pad*2 + s.small*2 + s.pad
}

// wrap breaks s into lines no wider than width, at spaces; a word wider
// than a line is broken after a "/" or "-", or between characters. A
// no-break space joins.
func wrap(f *face, size, width float64, s string) []string {
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n\r") {
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < 0x80 && isBreak(byte(r)) }), " ")
	}
	var lines []string
	space := f.adv[' '] * size
	start, end := -1, -1 // the current line is s[start:end]
	lineW := 0.0
	for i := 0; i < len(s); {
		// The next word: s[i:j].
		for i < len(s) && isBreak(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) && !isBreak(s[j]) {
			j++
		}
		w := s[i:j]
		ww := f.width(w, size)
		if start >= 0 && lineW+space+ww <= width {
			end, lineW = j, lineW+space+ww
			i = j
			continue
		}
		if start >= 0 {
			lines = append(lines, s[start:end])
			start = -1
		}
		for ww > width && w != "" {
			// The most characters of w that fit (at least one), ending
			// after a "/" or "-" in their second half if one is there.
			// Each piece is measured once, so a word of any length is
			// broken in time linear in its length, and a line too narrow
			// for one character takes one a line.
			offs := fitting(f, size, width, w)
			n := len(offs) - 1
			for k := n; k > n/2; k-- {
				if c := w[offs[k-1]]; c == '/' || c == '-' {
					n = k
					break
				}
			}
			head := offs[n]
			lines = append(lines, w[:head])
			w, i = w[head:], i+head
			ww = widthOver(f, size, width, w)
		}
		if w == "" {
			i = j // every piece of the word is on a line of its own
			continue
		}
		start, end, lineW = i, j, ww
		i = j
	}
	if start >= 0 {
		lines = append(lines, s[start:end])
	}
	return lines
}

// fitting returns the byte offsets of the first n+1 characters of w
// (offs[k] is where character k starts, offs[n] where the piece ends),
// for the largest n whose characters set at size fit in width, at least
// one. w must be wider than width.
func fitting(f *face, size, width float64, w string) []int {
	offs := []int{0}
	acc := 0.0
	for i, r := range w {
		if i > 0 {
			offs = append(offs, i)
		}
		acc += f.adv[r]
		if acc*size > width {
			break
		}
	}
	if len(offs) == 1 {
		// Not even one character fits: it takes a line of its own.
		_, n := utf8.DecodeRuneInString(w)
		offs = append(offs, n)
	}
	return offs
}

// widthOver returns f.width(w, size) when it is at most limit, else a
// width over limit, measuring only as much of w as it takes to tell.
func widthOver(f *face, size, limit float64, w string) float64 {
	acc := 0.0
	for _, r := range w {
		acc += f.adv[r]
		if acc*size > limit {
			break
		}
	}
	return acc * size
}

// isBreak reports whether a byte is a space lines may break at.
func isBreak(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// clamp keeps at most maxLines lines (all for maxLines ≤ 0), ending the
// last kept line with "…" when some were dropped.
func clamp(f *face, size, width float64, ls []string, maxLines int) []string {
	if maxLines <= 0 || len(ls) <= maxLines {
		return ls
	}
	ls = append([]string(nil), ls[:maxLines]...)
	last := []rune(strings.TrimRight(ls[maxLines-1], " ,.;:–-"))
	// The longest start of last that fits with "…" after it, from the
	// widths of its starts summed once.
	starts := make([]float64, len(last)+1)
	for i, r := range last {
		starts[i+1] = starts[i] + f.adv[r]
	}
	n := len(last)
	for n > 0 && (starts[n]+f.adv['…'])*size > width {
		n--
	}
	ls[maxLines-1] = strings.TrimRight(string(last[:n]), " ,.;:–-") + "…"
	return ls
}

// fit sets s in the first of sizes at which it takes at most maxLines
// lines, or at the last size cut to maxLines.
func fit(f *face, sizes []float64, width float64, s string, maxLines int) (float64, []string) {
	for _, size := range sizes {
		if ls := wrap(f, size, width, s); len(ls) <= maxLines {
			return size, ls
		}
	}
	size := sizes[len(sizes)-1]
	return size, clamp(f, size, width, wrap(f, size, width, s), maxLines)
}

// faceSet is the regular and the bold font.
type faceSet struct{ regular, bold *face }

// mustFaces returns the fonts; they are part of the binary, so failing
// to read them is a bug.
func mustFaces() faceSet {
	m, err := faces()
	if err != nil {
		panic(err)
	}
	return faceSet{m[regular], m[bold]}
}

package brochure

// Shelf labels: 3 columns × 8 rows on A4 portrait, inside margins that
// any printer prints (7 mm at the sides, 10 mm at top and bottom), each
// label 65.3 × 34.6 mm, with dashed cut lines between them.
const (
	labelCols, labelRows = 3, 8
	labelsPerPage        = labelCols * labelRows
)

// labelSpec is the geometry of a label sheet.
var labelSpec = struct {
	w, h, top, side, pad, qr, bar float64
	name                          []float64
	price, small, star            float64
}{
	w: 595.28, h: 841.89, top: 10 * mm, side: 7 * mm, pad: 7, qr: 70, bar: 2.4,
	name: []float64{9.5, 8.6, 7.6}, price: 11.5, small: 7.4, star: 3.2,
}

// labelBox is a label placed on a sheet.
type labelBox struct {
	c          *card
	page       int
	x, y, w, h float64
	// text is the text column from (tx, ty); starsDY the baseline of the
	// line of the word OCOP, beside which the stars are drawn (-1 for a
	// rating not recorded, written in words).
	text    block
	tx, ty  float64
	starsDY float64
}

// layoutLabels places one label per card, row by row, 24 to a page.
func layoutLabels(b *book) []*labelBox {
	ls := labelSpec
	fs := mustFaces()
	w := (ls.w - 2*ls.side) / labelCols
	h := (ls.h - 2*ls.top) / labelRows
	var out []*labelBox
	for i, c := range b.cards {
		n := i % labelsPerPage
		lb := &labelBox{
			c: c, page: i / labelsPerPage,
			x: ls.side + float64(n%labelCols)*w,
			y: ls.top + float64(n/labelCols)*h,
			w: w, h: h,
		}
		lb.tx = lb.x + ls.pad + ls.bar + ls.pad*0.8
		tw := lb.x + w - ls.pad - ls.qr - ls.pad*0.6 - lb.tx
		room := h - 2*ls.pad
		for nameLines := 3; nameLines >= 1; nameLines-- {
			lb.setText(fs, tw, nameLines)
			if lb.text.h <= room {
				break
			}
		}
		lb.ty = lb.y + (h-lb.text.h)/2
		out = append(out, lb)
	}
	return out
}

// setText sets a label's text column with at most nameLines lines of
// name.
func (lb *labelBox) setText(fs faceSet, tw float64, nameLines int) {
	ls := labelSpec
	c := lb.c
	var t block
	size, names := fit(fs.bold, ls.name, tw, c.name, nameLines)
	for _, n := range names {
		t.addLine(line{text: n, font: fs.bold, size: size, color: "greenDark"}, 1.18)
	}
	if c.badge != "" {
		t.space(1.5)
		t.addLine(line{text: c.badge, font: fs.bold, size: ls.small, color: "red", role: "badge"}, 1.2)
	}
	if c.producer != "" {
		t.add(fs.regular, ls.small, tw, 1.2, c.producer, "ink", 2)
	}
	// The word OCOP, then the stars or the words for a rating not
	// recorded.
	lb.starsDY = -1
	t.space(1.5)
	ocop := line{text: "OCOP", font: fs.bold, size: ls.small, color: "red", role: "ocop"}
	if c.stars > 0 {
		t.addLine(ocop, 1.3)
		lb.starsDY = t.lines[len(t.lines)-1].dy
	} else {
		rest := line{text: c.starsText, font: fs.regular, size: ls.small, color: "muted"}
		t.addLine(ocop, 1.3)
		rest.dy, rest.dx = t.lines[len(t.lines)-1].dy, fs.bold.width("OCOP", ls.small)+ls.small*0.5
		t.lines = append(t.lines, rest)
	}
	t.space(2)
	if c.price != "" {
		t.addLine(line{text: c.price, font: fs.bold, size: ls.price, color: "red"}, 1.2)
	} else {
		t.add(fs.regular, ls.small, tw, 1.25, c.labelPriceNote, "muted", 2)
	}
	if c.pack != "" {
		t.add(fs.regular, ls.small, tw, 1.25, c.pack, "muted", 2)
	}
	lb.text = t
}

// labelsPDF draws the label sheets of a showroom.
func labelsPDF(b *book, opt Options) ([]byte, error) {
	ls := labelSpec
	cv, err := newCanvas(ls.w, ls.h, b, opt.Printed)
	if err != nil {
		return nil, err
	}
	fs := cv.fs
	boxes := layoutLabels(b)
	pages := max(1, (len(boxes)+labelsPerPage-1)/labelsPerPage)
	for p := 0; p < pages; p++ {
		cv.pdf.AddPage()
		// A line in the top margin says what the sheet is.
		head := b.s.t("labels_head", b.sheetTitle(), p+1, pages)
		cv.text(ls.side, ls.top-9, fs.regular, 6.5, "muted", head)
		cv.textRight(ls.w-ls.side, ls.top-9, fs.regular, 6.5, "muted", b.s.t("cut_hint"))
		var used []*labelBox
		for _, lb := range boxes {
			if lb.page == p {
				used = append(used, lb)
			}
		}
		for _, lb := range used {
			cv.label(lb)
		}
		cv.cutLines(len(used))
	}
	if err := b.s.err(); err != nil {
		return nil, err
	}
	return cv.bytes(b.lang)
}

// label draws one label.
func (cv *canvas) label(lb *labelBox) {
	ls := labelSpec
	c := lb.c
	cv.rect(lb.x+ls.pad, lb.y+ls.pad, ls.bar, lb.h-2*ls.pad, "green")
	cv.lines(lb.tx, lb.ty, lb.text)
	if lb.starsDY >= 0 {
		// Beside the word OCOP, on its baseline.
		x := lb.tx + cv.fs.bold.width("OCOP", ls.small) + ls.small*0.5
		cv.stars(x, lb.ty+lb.starsDY-ls.star*1.85, ls.star, c.stars)
	}
	cv.qr(c.qr, lb.x+lb.w-ls.pad-ls.qr, lb.y+(lb.h-ls.qr)/2, ls.qr)
}

// cutLines draws the dashed lines to cut n labels apart: the grid's
// lines around the rows in use.
func (cv *canvas) cutLines(n int) {
	if n == 0 {
		return
	}
	ls := labelSpec
	w := (ls.w - 2*ls.side) / labelCols
	h := (ls.h - 2*ls.top) / labelRows
	rows := (n + labelCols - 1) / labelCols
	c := palette["line"]
	cv.pdf.SetStrokeColor(c.r, c.g, c.b)
	cv.pdf.SetLineWidth(0.5)
	cv.pdf.SetCustomLineType([]float64{3, 2.5}, 0)
	bottom := ls.top + float64(rows)*h
	for i := 0; i <= labelCols; i++ {
		x := ls.side + float64(i)*w
		cv.pdf.Line(x, ls.top, x, bottom)
	}
	for j := 0; j <= rows; j++ {
		y := ls.top + float64(j)*h
		cv.pdf.Line(ls.side, y, ls.w-ls.side, y)
	}
	cv.pdf.SetLineType("")
}

// sheetTitle is what a label sheet's head names: the showroom, and the
// words saying its products are its district's when they are.
func (b *book) sheetTitle() string {
	if b.offer != "" {
		return b.title + " – " + b.offer
	}
	return b.title
}

package brochure

import (
	"math"
	"strconv"
)

// Raw drawings: shapes that gopdf would draw as many small objects
// (rounded boxes, stars, QR codes) are written as PDF operators here.
// canvas.raw puts a marker in gopdf's content stream, and finish
// replaces each marker by its operators. Coordinates are converted from
// the top-left system of the layout to PDF's bottom-left one; each
// drawing saves and restores the graphics state, so gopdf's own state
// (colours, line width) is untouched.

// drawing is a raw drawing: the operators in canvas.ops up to end (from
// the end of the one before), or a QR code, whose operators finish
// writes straight into the page.
type drawing struct {
	end int
	qr  *qrPlace
}

// qrPlace is a QR code on a page: its square, quiet zone included, in
// the layout's top-left coordinates.
type qrPlace struct {
	q                 *qrCode
	x, y, side, pageH float64
}

// raw ends the drawing whose operators were appended to cv.ops since the
// previous one, and puts its marker on the page.
func (cv *canvas) raw() {
	cv.raws = append(cv.raws, drawing{end: len(cv.ops)})
	cv.pdf.RectFromUpperLeftWithStyle(0, 0, 0, float64(len(cv.raws)), "F")
}

// num appends a number with at most three decimals.
func num(b []byte, v float64) []byte {
	v = math.Round(v*1000) / 1000
	if v == 0 {
		v = 0 // no "-0"
	}
	return strconv.AppendFloat(b, v, 'f', -1, 64)
}

// nums appends numbers separated by spaces, then the operator.
func nums(b []byte, op string, vs ...float64) []byte {
	for _, v := range vs {
		b = num(b, v)
		b = append(b, ' ')
	}
	b = append(b, op...)
	return append(b, '\n')
}

// setColor appends the operator setting the fill (or stroke) colour.
func setColor(b []byte, name string, stroke bool) []byte {
	c := palette[name]
	op := "rg"
	if stroke {
		op = "RG"
	}
	return nums(b, op, float64(c.r)/255, float64(c.g)/255, float64(c.b)/255)
}

// rect fills a rectangle.
func (cv *canvas) rect(x, y, w, h float64, fill string) {
	b := append(cv.ops, "q\n"...)
	b = setColor(b, fill, false)
	b = nums(b, "re f", x, cv.pageH-y-h, w, h)
	cv.ops = append(b, "Q\n"...)
	cv.raw()
}

// round draws a rectangle with corners of radius r: filled with fill
// (none for ""), outlined in 0.7 pt with stroke (none for "").
func (cv *canvas) round(x, y, w, h, r float64, fill, stroke string) {
	b := append(cv.ops, "q\n"...)
	if fill != "" {
		b = setColor(b, fill, false)
	}
	if stroke != "" {
		b = setColor(b, stroke, true)
		b = append(b, "0.7 w\n"...)
	}
	r = min(r, w/2, h/2)
	k := r * 0.5523 // a quarter circle as one Bézier curve
	x0, x1 := x, x+w
	top, bot := cv.pageH-y, cv.pageH-y-h
	b = nums(b, "m", x0+r, top)
	b = nums(b, "l", x1-r, top)
	b = nums(b, "c", x1-r+k, top, x1, top-r+k, x1, top-r)
	b = nums(b, "l", x1, bot+r)
	b = nums(b, "c", x1, bot+r-k, x1-r+k, bot, x1-r, bot)
	b = nums(b, "l", x0+r, bot)
	b = nums(b, "c", x0+r-k, bot, x0, bot+r-k, x0, bot+r)
	b = nums(b, "l", x0, top-r)
	b = nums(b, "c", x0, top-r+k, x0+r-k, top, x0+r, top)
	switch {
	case fill != "" && stroke != "":
		b = append(b, "h B\n"...)
	case fill != "":
		b = append(b, "h f\n"...)
	default:
		b = append(b, "h S\n"...)
	}
	cv.ops = append(b, "Q\n"...)
	cv.raw()
}

// stars draws a rating as five stars of outer radius r from (x, top),
// the first n gold and the rest pale, and returns the x after them.
func (cv *canvas) stars(x, top, r float64, n int) float64 {
	step := r * 2.25
	b := append(cv.ops, "q\n"...)
	for _, on := range []bool{true, false} {
		name := "starOff"
		if on {
			name = "gold"
		}
		b = setColor(b, name, false)
		drawn := false
		for i := 0; i < 5; i++ {
			if (i < n) != on {
				continue
			}
			cx, cy := x+r+float64(i)*step, cv.pageH-(top+r*1.05)
			for j := 0; j < 10; j++ {
				rr := r
				if j%2 == 1 {
					rr = r * 0.42
				}
				a := math.Pi/2 - float64(j)*math.Pi/5
				op := "l"
				if j == 0 {
					op = "m"
				}
				b = nums(b, op, cx+rr*math.Cos(a), cy+rr*math.Sin(a))
			}
			b = append(b, "h\n"...)
			drawn = true
		}
		if drawn {
			b = append(b, "f\n"...)
		}
	}
	cv.ops = append(b, "Q\n"...)
	cv.raw()
	return x + 5*step
}

// qr draws a QR code in a white square of side side (quiet zone
// included) at (x, y), and makes the square a link to the code's text.
func (cv *canvas) qr(q *qrCode, x, y, side float64) {
	cv.raws = append(cv.raws, drawing{end: len(cv.ops), qr: &qrPlace{q, x, y, side, cv.pageH}})
	cv.pdf.RectFromUpperLeftWithStyle(0, 0, 0, float64(len(cv.raws)), "F")
	cv.link(q.text, x, y, side, side)
}

// ops appends the operators of a QR code: the white square, then the
// dark modules in black, one "re" per span, in a coordinate system of
// one unit per module with y going down from the top-left module.
func (p *qrPlace) ops(b []byte) []byte {
	q := p.q
	m := p.side / float64(q.size+2*quiet)
	top := p.pageH - p.y
	b = append(b, "q\n1 g\n"...)
	b = nums(b, "re f", p.x, top-p.side, p.side, p.side)
	b = append(b, "0 g\n"...)
	b = nums(b, "cm", m, 0, 0, -m, p.x+quiet*m, top-quiet*m)
	for _, s := range q.spans() {
		b = strconv.AppendInt(b, int64(s.x), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(s.y), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(s.w), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(s.h), 10)
		b = append(b, " re\n"...)
	}
	return append(b, "f\nQ\n"...)
}

package brochure

import (
	"errors"
	"strconv"
	"strings"
	"sync"

	"rsc.io/qr/coding"
)

// qrCode is the module matrix of a QR code, without its quiet zone.
type qrCode struct {
	text string
	size int
	dark []bool
	// sp are the rectangles that draw the dark modules (see spans).
	sp []span
}

// quiet is the width of the light margin around a QR code, in modules,
// as the standard asks (ISO/IEC 18004: 4).
const quiet = 4

// plans caches the encoding plans of rsc.io/qr by version and mask: a
// plan is read only once made, and a brochure encodes hundreds of codes
// of a few versions.
var plans sync.Map // planKey → *coding.Plan

type planKey struct {
	v coding.Version
	m coding.Mask
}

func plan(v coding.Version, m coding.Mask) (*coding.Plan, error) {
	k := planKey{v, m}
	if p, ok := plans.Load(k); ok {
		return p.(*coding.Plan), nil
	}
	p, err := coding.NewPlan(v, coding.M, m)
	if err != nil {
		return nil, err
	}
	plans.Store(k, p)
	return p, nil
}

// encodeQR encodes text in byte mode with error correction level M (15 %
// of the code may be lost, the usual level for print), in the smallest
// version it fits, with the mask of the lowest penalty (ISO/IEC 18004
// §8.8.2), which rsc.io/qr's own Encode does not choose.
func encodeQR(text string) (*qrCode, error) {
	enc := coding.String(text)
	v := coding.Version(coding.MinVersion)
	for ; enc.Bits(v) > v.DataBytes(coding.M)*8; v++ {
		if v == coding.MaxVersion {
			return nil, errors.New("text too long for a QR code")
		}
	}
	// Encode once with mask 0, recover each module's data bit, and score
	// every mask's matrix from the bits and the mask's plan, which differ
	// from mask 0's only in the mask and format bits.
	p0, err := plan(v, 0)
	if err != nil {
		return nil, err
	}
	c0, err := p0.Encode(enc)
	if err != nil {
		return nil, err
	}
	n := c0.Size
	darkOf := maskedBy(p0, c0)
	var best *coding.Plan
	bestScore := 0
	for m := coding.Mask(0); m < 8; m++ {
		p, err := plan(v, m)
		if err != nil {
			return nil, err
		}
		if score := penalty(n, darkOf(p)); best == nil || score < bestScore {
			best, bestScore = p, score
		}
	}
	dark := darkOf(best)
	q := &qrCode{text: text, size: n, dark: make([]bool, n*n)}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			q.dark[y*n+x] = dark(x, y)
		}
	}
	q.sp = q.spans()
	return q, nil
}

// maskedBy returns, for a code c0 encoded with plan p0, a function that
// gives the matrix the same data makes with another plan p of the same
// version and level: each data and check module is the data bit
// (recovered from c0 and p0) flipped where p's mask says; every other
// module is p's own (function patterns, and format bits naming the mask).
func maskedBy(p0 *coding.Plan, c0 *coding.Code) func(p *coding.Plan) func(x, y int) bool {
	n := c0.Size
	bits := make([]bool, n*n)
	for y, row := range p0.Pixel {
		for x, pix := range row {
			if r := pix.Role(); r == coding.Data || r == coding.Check {
				bits[y*n+x] = c0.Black(x, y) != (pix&coding.Black != 0)
			}
		}
	}
	return func(p *coding.Plan) func(x, y int) bool {
		return func(x, y int) bool {
			pix := p.Pixel[y][x]
			d := pix&coding.Black != 0
			if r := pix.Role(); r == coding.Data || r == coding.Check {
				d = d != bits[y*n+x]
			}
			return d
		}
	}
}

// penalty scores a code's n × n matrix (dark(x, y) tells a module) by
// the four rules of ISO/IEC 18004 §8.8.2; the encoder keeps the mask
// that scores least.
func penalty(n int, dark func(x, y int) bool) int {
	score := 0
	for _, tr := range []bool{false, true} {
		at := dark
		if tr {
			at = func(x, y int) bool { return dark(y, x) }
		}
		for y := 0; y < n; y++ {
			// N1: five or more modules of one colour in a row (column).
			// N3: 1:1:3:1:1 finder-like patterns with four light modules
			// on one side, seen through an 11-module window.
			run := 1
			prev := at(0, y)
			var w uint
			for x := 0; x < n; x++ {
				d := at(x, y)
				if x > 0 {
					if d == prev {
						run++
					} else {
						if run >= 5 {
							score += 3 + run - 5
						}
						run = 1
					}
				}
				prev = d
				w = (w << 1) & 0x7ff
				if d {
					w |= 1
				}
				if x >= 10 && (w == 0b10111010000 || w == 0b00001011101) {
					score += 40
				}
			}
			if run >= 5 {
				score += 3 + run - 5
			}
		}
	}
	// N2: 2 × 2 blocks of one colour; N4: dark modules far from half.
	dark2 := 0
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			c := dark(x, y)
			if c {
				dark2++
			}
			if x+1 < n && y+1 < n && dark(x+1, y) == c && dark(x, y+1) == c && dark(x+1, y+1) == c {
				score += 3
			}
		}
	}
	dev := dark2*100/(n*n) - 50
	if dev < 0 {
		dev = -dev
	}
	return score + dev/5*10
}

// black reports whether module (x, y) is dark.
func (q *qrCode) black(x, y int) bool { return q.dark[y*q.size+x] }

// span is a run of dark modules: row y, columns x to x+w-1, repeated on h
// rows from y down. A code has at most 177 modules a side.
type span struct{ x, y, w, h uint8 }

// spans covers the dark modules with rectangles: runs of each row, a run
// merged with the identical runs of the rows below it. Fewer, larger
// rectangles make a smaller PDF and leave no hairline seams between
// modules when a viewer anti-aliases.
func (q *qrCode) spans() []span {
	if q.sp != nil {
		return q.sp
	}
	var out []span
	// open are the indexes in out of the spans that reach the row above,
	// by column of their run's start, in column order.
	var open, next []int
	for y := 0; y < q.size; y++ {
		next = next[:0]
		j := 0
		for x := 0; x < q.size; {
			if !q.black(x, y) {
				x++
				continue
			}
			x0 := x
			for x < q.size && q.black(x, y) {
				x++
			}
			for j < len(open) && int(out[open[j]].x) < x0 {
				j++
			}
			if j < len(open) && int(out[open[j]].x) == x0 && int(out[open[j]].w) == x-x0 {
				out[open[j]].h++
				next = append(next, open[j])
				j++
				continue
			}
			next = append(next, len(out))
			out = append(out, span{uint8(x0), uint8(y), uint8(x - x0), 1})
		}
		open, next = next, open
	}
	return out
}

// svg returns the QR code as an SVG image of side 1 unit per module,
// quiet zone included, with one path: crisp at any size.
func (q *qrCode) svg(label string) string {
	n := q.size + 2*quiet
	var b strings.Builder
	b.WriteString(`<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 `)
	b.WriteString(strconv.Itoa(n) + " " + strconv.Itoa(n))
	b.WriteString(`" role="img" aria-label="`)
	b.WriteString(attrEscape(label))
	b.WriteString(`" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="`)
	for _, s := range q.spans() {
		b.WriteString("M" + strconv.Itoa(int(s.x)+quiet) + " " + strconv.Itoa(int(s.y)+quiet) +
			"h" + strconv.Itoa(int(s.w)) + "v" + strconv.Itoa(int(s.h)) + "h-" + strconv.Itoa(int(s.w)) + "z")
	}
	b.WriteString(`"/></svg>`)
	return b.String()
}

// attrEscape escapes text for an HTML attribute value in double quotes.
func attrEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace(s)
}

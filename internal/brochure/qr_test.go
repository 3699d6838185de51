package brochure

import (
	"image"
	"image/color"
	"strconv"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
	"rsc.io/qr/coding"
)

// decodeQR reads the QR code in an image with gozxing, a reader
// independent of the encoder (rsc.io/qr).
func decodeQR(img image.Image, pure bool) (string, error) {
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return "", err
	}
	hints := map[gozxing.DecodeHintType]interface{}{gozxing.DecodeHintType_TRY_HARDER: true}
	if pure {
		hints[gozxing.DecodeHintType_PURE_BARCODE] = true
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		return "", err
	}
	return res.GetText(), nil
}

// matrixImage draws a code's matrix from its spans, as the PDF does, at
// px pixels a module with the quiet zone.
func matrixImage(q *qrCode, px int) *image.Gray {
	n := (q.size + 2*quiet) * px
	m := image.NewGray(image.Rect(0, 0, n, n))
	for i := range m.Pix {
		m.Pix[i] = 0xff
	}
	for _, sp := range q.spans() {
		sx, sy, sw, sh := int(sp.x), int(sp.y), int(sp.w), int(sp.h)
		for y := (sy + quiet) * px; y < (sy+sh+quiet)*px; y++ {
			for x := (sx + quiet) * px; x < (sx+sw+quiet)*px; x++ {
				m.SetGray(x, y, color.Gray{})
			}
		}
	}
	return m
}

// TestQRMatrixDecodes encodes the longest product URL of the real
// catalog and others, draws each matrix from the rectangles the PDF is
// drawn with, and reads it back.
func TestQRMatrixDecodes(t *testing.T) {
	c, opt := realCatalog(t)
	texts := []string{"https://ocop.namdinh.gov.vn/", "https://example.gov.vn/ocop/en/products/gao-nep/"}
	longest := ""
	for _, p := range c.Products {
		u := opt.Base.Abs("san-pham/" + p.Slug + "/")
		if len(u) > len(longest) {
			longest = u
		}
	}
	texts = append(texts, longest, strings.Repeat("https://ocop.namdinh.gov.vn/san-pham/x/", 4))
	for _, s := range texts {
		q, err := encodeQR(s)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeQR(matrixImage(q, 4), true)
		if err != nil || got != s {
			t.Errorf("QR of %q decodes to %q, %v", s, got, err)
		}
	}
}

// TestQRSpans checks that the rectangles cover every dark module once
// and no light one.
func TestQRSpans(t *testing.T) {
	q, err := encodeQR("https://ocop.namdinh.gov.vn/san-pham/nuoc-mam-nguyen-chat-gia-truyen-lach-giang/")
	if err != nil {
		t.Fatal(err)
	}
	cover := make([]int, q.size*q.size)
	runs := 0
	for _, sp := range q.spans() {
		for y := int(sp.y); y < int(sp.y+sp.h); y++ {
			for x := int(sp.x); x < int(sp.x+sp.w); x++ {
				cover[y*q.size+x]++
			}
		}
	}
	for y := 0; y < q.size; y++ {
		for x := 0; x < q.size; x++ {
			want := 0
			if q.black(x, y) {
				want = 1
				if x == 0 || !q.black(x-1, y) {
					runs++
				}
			}
			if cover[y*q.size+x] != want {
				t.Fatalf("module (%d, %d) covered %d times, want %d", x, y, cover[y*q.size+x], want)
			}
		}
	}
	if n := len(q.spans()); n >= runs {
		t.Errorf("%d rectangles for %d runs: merging rows saved nothing", n, runs)
	}
}

// TestQRSVG checks the HTML form of a code: one path, quiet zone in the
// view box, a label.
func TestQRSVG(t *testing.T) {
	q, err := encodeQR("https://ocop.namdinh.gov.vn/")
	if err != nil {
		t.Fatal(err)
	}
	svg := q.svg(`Mã "QR"`)
	n := strconv.Itoa(q.size + 2*quiet)
	for _, want := range []string{`viewBox="0 0 ` + n + " " + n + `"`, `aria-label="Mã &quot;QR&quot;"`, `shape-rendering="crispEdges"`} {
		if !strings.Contains(svg, want) {
			t.Errorf("svg lacks %s: %s", want, svg)
		}
	}
	if strings.Count(svg, "<path") != 1 {
		t.Errorf("svg has %d paths, want 1", strings.Count(svg, "<path"))
	}
}

// TestQRMasks checks that the matrices scored for each mask are those
// rsc.io/qr encodes with that mask, and that the chosen one scores least.
func TestQRMasks(t *testing.T) {
	for _, text := range []string{"https://ocop.namdinh.gov.vn/", "https://ocop.namdinh.gov.vn/san-pham/nuoc-mam-nguyen-chat-gia-truyen-lach-giang/"} {
		enc := coding.String(text)
		v := coding.Version(coding.MinVersion)
		for enc.Bits(v) > v.DataBytes(coding.M)*8 {
			v++
		}
		p0, _ := plan(v, 0)
		c0, _ := p0.Encode(enc)
		darkOf := maskedBy(p0, c0)
		q, err := encodeQR(text)
		if err != nil {
			t.Fatal(err)
		}
		least := -1
		for m := coding.Mask(0); m < 8; m++ {
			p, _ := plan(v, m)
			c, err := p.Encode(enc)
			if err != nil {
				t.Fatal(err)
			}
			dark := darkOf(p)
			for y := 0; y < c.Size; y++ {
				for x := 0; x < c.Size; x++ {
					if dark(x, y) != c.Black(x, y) {
						t.Fatalf("mask %d: module (%d, %d) differs from rsc.io/qr's", m, x, y)
					}
				}
			}
			if sc := penalty(c.Size, c.Black); least < 0 || sc < least {
				least = sc
			}
		}
		if got := penalty(q.size, q.black); got != least {
			t.Errorf("%s: chosen mask scores %d, the least is %d", text, got, least)
		}
	}
}

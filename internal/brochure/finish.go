package brochure

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// gopdf writes a document as a header, objects 1 … N in order, a
// cross-reference table and a trailer. finish rewrites it in one pass:
//
//   - the catalog (object 1) gets /Lang and /ViewerPreferences, which
//     gopdf cannot write;
//   - in each page's content stream, every marker of a raw drawing (see
//     canvas.raw) is replaced by the drawing's operators: gopdf has no
//     way to add raw path operators, and drawing a QR code's hundreds of
//     rectangles, or a star, through its API costs about a hundred bytes
//     of garbage a point or rectangle;
//   - content streams, which gopdf is told to leave uncompressed, are
//     compressed with one reused zlib writer (gopdf makes a new one of
//     about 1 MB per page);
//   - the cross-reference table is rebuilt for the new offsets.
//
// The output depends on the input bytes alone.

// markerRE matches a raw drawing's marker in gopdf's content stream: a
// filled rectangle of width 0 and height k for the k-th drawing (see
// canvas.raw), which nothing else draws and which would paint nothing if
// left.
var markerRE = regexp.MustCompile(`q\n-?[0-9.]+ -?[0-9.]+ 0\.00 ([0-9]+)\.00 re [fF]\nQ\n`)

// contentRE matches the start of an uncompressed content stream object
// as gopdf writes it.
var contentRE = regexp.MustCompile(`^([0-9]+) 0 obj\n<<\n/Length ([0-9]+)\n>>\nstream\n`)

// finish rewrites a PDF written by gopdf (see above).
func finish(pdf []byte, lang string, ops []byte, raws []drawing) ([]byte, error) {
	bad := func(what string) error { return fmt.Errorf("brochure: unexpected PDF from gopdf: %s", what) }
	sx := bytes.LastIndex(pdf, []byte("\nstartxref\n"))
	x := bytes.LastIndex(pdf, []byte("\nxref\n"))
	if x < 0 || sx < x {
		return nil, bad("no cross-reference table")
	}
	x++
	lines := strings.Split(string(pdf[x:sx+1]), "\n")
	if len(lines) < 3 || lines[0] != "xref" {
		return nil, bad("cross-reference table")
	}
	f := strings.Fields(lines[1])
	if len(f) != 2 || f[0] != "0" {
		return nil, bad("cross-reference subsection")
	}
	n, _ := strconv.Atoi(f[1])
	if n < 2 || len(lines) < 3+n {
		return nil, bad("cross-reference size")
	}
	offs := make([]int, n) // offs[i] is where object i starts (0 unused)
	for i := 1; i < n; i++ {
		e := lines[2+i]
		if len(e) < 18 || !strings.HasSuffix(e, " n ") {
			return nil, bad("cross-reference entry " + strconv.Itoa(i))
		}
		o, err := strconv.Atoi(e[:10])
		if err != nil || o <= 0 || o >= x || (i > 1 && o <= offs[i-1]) {
			return nil, bad("cross-reference offset " + strconv.Itoa(i))
		}
		offs[i] = o
	}
	trailer := strings.Join(lines[2+n:], "\n")

	var out bytes.Buffer
	out.Grow(len(pdf))
	out.Write(pdf[:offs[1]])
	newOffs := make([]int, n)
	var zbuf bytes.Buffer
	zw := zlib.NewWriter(&zbuf)
	var buf []byte
	found := 0
	for i := 1; i < n; i++ {
		end := x
		if i+1 < n {
			end = offs[i+1]
		}
		obj := pdf[offs[i]:end]
		newOffs[i] = out.Len()
		switch m := contentRE.FindSubmatch(obj); {
		case i == 1:
			const cat = "1 0 obj\n<<\n  /Type /Catalog\n"
			if !bytes.HasPrefix(obj, []byte(cat)) {
				return nil, bad("catalog")
			}
			out.WriteString(cat)
			fmt.Fprintf(&out, "  /Lang (%s)\n  /ViewerPreferences << /DisplayDocTitle true >>\n", lang)
			out.Write(obj[len(cat):])
		case m != nil:
			l, _ := strconv.Atoi(string(m[2]))
			start := len(m[0])
			if start+l > len(obj) || !bytes.HasPrefix(obj[start+l:], []byte("endstream\n")) {
				return nil, bad("content stream length")
			}
			data := obj[start : start+l]
			var err error
			var k int
			if data, k, err = replaceMarkers(data, ops, raws, buf); err != nil {
				return nil, err
			}
			if k > 0 {
				buf = data
			}
			found += k
			zbuf.Reset()
			zw.Reset(&zbuf)
			if _, err := zw.Write(data); err != nil {
				return nil, err
			}
			if err := zw.Close(); err != nil {
				return nil, err
			}
			fmt.Fprintf(&out, "%s 0 obj\n<<\n/Filter /FlateDecode\n/Length %d\n>>\nstream\n", m[1], zbuf.Len())
			out.Write(zbuf.Bytes())
			out.WriteString("\n")
			out.Write(obj[start+l:])
		default:
			out.Write(obj)
		}
	}
	if found != len(raws) {
		return nil, fmt.Errorf("brochure: %d drawings made, %d found in the pages", len(raws), found)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", n)
	for i := 1; i < n; i++ {
		fmt.Fprintf(&out, "%010d 00000 n \n", newOffs[i])
	}
	out.WriteString(trailer)
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}

// replaceMarkers replaces the markers of a content stream by their
// drawings' operators, writing the stream into buf (reused), and returns
// it and how many markers it replaced.
func replaceMarkers(data, ops []byte, raws []drawing, buf []byte) ([]byte, int, error) {
	ms := markerRE.FindAllSubmatchIndex(data, -1)
	if len(ms) == 0 {
		return data, 0, nil
	}
	out := buf[:0]
	last := 0
	for _, m := range ms {
		k, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		if k < 1 || k > len(raws) {
			return nil, 0, fmt.Errorf("brochure: drawing %d of %d", k, len(raws))
		}
		out = append(out, data[last:m[0]]...)
		if d := raws[k-1]; d.qr != nil {
			out = d.qr.ops(out)
		} else {
			from := 0
			if k > 1 {
				from = raws[k-2].end
			}
			out = append(out, ops[from:d.end]...)
		}
		last = m[1]
	}
	return append(out, data[last:]...), len(ms), nil
}

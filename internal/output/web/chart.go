package web

import (
	"fmt"
	"html"
	"html/template"
	"strings"
)

// barChart is a horizontal bar chart drawn as SVG when the site is built:
// no script and no chart library, so it reads the same without
// JavaScript. Each bar has its label on a line of its own above it, so
// long names (product groups) fit on a phone; the chart's data is also
// given as a table beside it for screen readers.
type barChart struct {
	// ID prefixes the IDs of the chart's title and description.
	ID          string
	Title, Desc string
	Bars        []bar
	// Marks are vertical dashed lines, such as a target.
	Marks []mark
}

// bar is one bar: its segments drawn end to end, and the text after it.
type bar struct {
	Label    string
	Segments []segment
	Value    string
}

// segment is a part of a bar, n units long, in one of the chart colours.
type segment struct {
	N    int
	Fill string
}

// mark is a vertical line at At with a label above the bars.
type mark struct {
	At    int
	Label string
}

// Chart colours, each with at least 3:1 contrast against white.
const (
	fillMain    = "#0b5d3b" // the site's green
	fillSecond  = "#b45309" // amber
	fillThird   = "#6d28d9" // violet
	fillUnknown = "#6b7280" // grey: not broken down by the source
	fillWarn    = "#b91c1c" // red: expired
)

// Geometry of a chart, in SVG user units.
const (
	chartWidth = 440
	valueRoom  = 52 // room after the longest bar for its value
	lineHeight = 18 // a line of a label above a bar
	barHeight  = 14
	rowGap     = 10
	markRoom   = 22 // the line of mark labels above the bars
	chartFont  = 14
	// lineChars is about how many characters of a label fit on a line.
	lineChars = chartWidth * 100 / (chartFont * 56)
)

// SVG returns the chart as an inline SVG element with role="img", its
// title and description named by aria-labelledby.
func (ch barChart) SVG() template.HTML {
	most := 1
	for _, b := range ch.Bars {
		n := 0
		for _, s := range b.Segments {
			n += s.N
		}
		most = maxInt(most, n)
	}
	for _, m := range ch.Marks {
		most = maxInt(most, m.At)
	}
	top := 4
	if len(ch.Marks) > 0 {
		top += markRoom * len(ch.Marks)
	}
	labels := make([][]string, len(ch.Bars))
	height := top + 4
	for i, bb := range ch.Bars {
		labels[i] = wrap(bb.Label, lineChars)
		height += lineHeight*len(labels[i]) + barHeight + rowGap
	}
	span := float64(chartWidth - valueRoom)
	x := func(n int) float64 { return span * float64(n) / float64(most) }
	esc := html.EscapeString

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="%[1]s-title %[1]s-desc" viewBox="0 0 %[2]d %[3]d" width="%[2]d" height="%[3]d" font-size="%[4]d" font-family="inherit">`,
		esc(ch.ID), chartWidth, height, chartFont)
	fmt.Fprintf(&b, `<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>`, esc(ch.ID), esc(ch.Title), esc(ch.ID), esc(ch.Desc))
	y := top
	for i, bb := range ch.Bars {
		for _, line := range labels[i] {
			y += lineHeight
			fmt.Fprintf(&b, `<text x="0" y="%d" fill="#1f2937">%s</text>`, y-5, esc(line))
		}
		at := 0
		by := y
		// A light track shows the whole scale, so an empty bar still
		// shows where it would be.
		fmt.Fprintf(&b, `<rect x="0" y="%d" width="%.1f" height="%d" fill="#e5e7eb"/>`, by, span, barHeight)
		for _, s := range bb.Segments {
			if s.N <= 0 {
				continue
			}
			fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"/>`, x(at), by, x(s.N), barHeight, esc(s.Fill))
			at += s.N
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" fill="#1f2937" font-weight="bold" stroke="#fff" stroke-width="3" paint-order="stroke">%s</text>`, x(at)+6, by+barHeight-2, esc(bb.Value))
		y += barHeight + rowGap
	}
	for i, m := range ch.Marks {
		mx := x(m.At)
		ly := 4 + markRoom*i + 13
		// The label goes on the side of the line it fits on, else from
		// the chart's left edge.
		w := float64(len([]rune(m.Label))*chartFont) * 0.56
		anchor, tx := "start", mx+4
		switch {
		case mx > span/2 && w <= mx-4:
			anchor, tx = "end", mx-4
		case mx+4+w > chartWidth:
			tx = 0
		}
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#1f2937" stroke-width="1.5" stroke-dasharray="5 3"/>`, mx, ly+4, mx, height-4)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="%s" fill="#1f2937">%s</text>`, tx, ly, anchor, esc(m.Label))
	}
	b.WriteString(`</svg>`)
	// Every text in it is escaped above.
	return template.HTML(b.String())
}

// wrap breaks s into lines of at most n characters, at spaces; a word
// longer than n keeps a line of its own.
func wrap(s string, n int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len([]rune(line))+1+len([]rune(w)) <= n:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return append(lines, line)
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

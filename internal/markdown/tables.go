package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// Table is a table of a body, as the page shows it.
type Table struct {
	// Line is the body line (from 1) of the table's first row.
	Line int
	// Columns is the number of columns (those of its header row); every
	// row of the page has that many cells, however few it writes.
	Columns int
	// Rows is the number of rows, the header row included.
	Rows int
}

// Cells returns how many cells the page shows for t.
func (t Table) Cells() int { return t.Columns * t.Rows }

// Tables returns the tables of the body src, in order. A row writes as
// little as "|" and still shows a cell for every column, so a table's
// size on the page is its Cells, not its length in the body.
func (m *Markdown) Tables(src []byte) []Table {
	var out []Table
	ast.Walk(m.Parse(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		t, ok := n.(*east.Table)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		tb := Table{Columns: len(t.Alignments), Line: 1}
		for r := t.FirstChild(); r != nil; r = r.NextSibling() {
			tb.Rows++
		}
		if start, ok := firstOffset(t); ok {
			tb.Line = 1 + bytes.Count(src[:start], []byte("\n"))
		}
		out = append(out, tb)
		return ast.WalkSkipChildren, nil
	})
	return out
}

// firstOffset returns the offset in the source of the first text n
// holds.
func firstOffset(n ast.Node) (int, bool) {
	found, off := false, 0
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || found {
			return ast.WalkStop, nil
		}
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			off, found = c.Lines().At(0).Start, true
			return ast.WalkStop, nil
		}
		if t, ok := c.(*ast.Text); ok {
			off, found = t.Segment.Start, true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return off, found
}

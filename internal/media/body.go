package media

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/namdinh-ocop/ocop/internal/markdown"
)

// BodyRef is an image named in a Markdown body.
type BodyRef struct {
	// Ref is the image's destination as its author meant it (see
	// markdown.Destination).
	Ref string
	// Line and Col are the position of the image's "![" in the body,
	// counting from 1; Col counts characters (runes).
	Line, Col int
}

// BodyRefs returns the images a Markdown body names, in order: inline
// images (![alt](anh.jpg)) and reference images (![alt][ref] with a
// [ref]: anh.jpg definition) alike, wherever they are (lists, quotes,
// tables), never what only looks like one inside code. The body is
// parsed with the site's Markdown setup (package markdown), so that an
// image is found wherever a page shows one.
func BodyRefs(body string) []BodyRef {
	if !strings.Contains(body, "![") {
		return nil // every image starts with "![": most bodies have none
	}
	src := []byte(body)
	doc := markdown.New().Parse(src)
	var refs []BodyRef
	lines := lineStarts(src)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		img, ok := n.(*ast.Image)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		line, col := position(src, lines, img.Pos())
		refs = append(refs, BodyRef{Ref: markdown.Destination(img.Destination), Line: line, Col: col})
		return ast.WalkContinue, nil
	})
	return refs
}

// lineStarts returns the byte offset of the start of every line of src.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// position turns a byte offset of src into a line and a column (in
// runes), both from 1; an unknown offset (-1) gives 1:1.
func position(src []byte, starts []int, off int) (line, col int) {
	if off < 0 || off > len(src) {
		return 1, 1
	}
	lo, hi := 0, len(starts)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1, utf8.RuneCount(src[starts[lo]:off]) + 1
}

package media

import (
	"html"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// BodyRef is an image named in a Markdown body.
type BodyRef struct {
	// Ref is the image's destination as its author meant it (see
	// Destination).
	Ref string
	// Line and Col are the position of the image's "![" in the body,
	// counting from 1; Col counts characters (runes).
	Line, Col int
}

// bodyParser parses bodies with the block and inline syntax of the
// site's Markdown setup (package render: tables, autolinks,
// strikethrough), so that an image is found wherever a page shows one.
func bodyParser() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Linkify, extension.Strikethrough))
}

// BodyRefs returns the images a Markdown body names, in order: inline
// images (![alt](anh.jpg)) and reference images (![alt][ref] with a
// [ref]: anh.jpg definition) alike, wherever they are (lists, quotes,
// tables), never what only looks like one inside code.
func BodyRefs(body string) []BodyRef {
	if !strings.Contains(body, "![") {
		return nil // every image starts with "![": most bodies have none
	}
	src := []byte(body)
	doc := bodyParser().Parser().Parse(text.NewReader(src))
	var refs []BodyRef
	lines := lineStarts(src)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		img, ok := n.(*ast.Image)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		line, col := position(src, lines, img.Pos())
		refs = append(refs, BodyRef{Ref: Destination(img.Destination), Line: line, Col: col})
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

// Destination decodes the destination of a Markdown image the way its
// author meant it: backslash escapes, HTML character references and
// %-escapes resolved, so that ![](%E1%BA%A3nh.jpg), ![](&#7843;nh.jpg)
// and ![](ảnh.jpg) all name "ảnh.jpg". The result goes to Parse.
func Destination(d []byte) string {
	raw := string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(d))))
	raw = html.UnescapeString(raw)
	if u, err := url.PathUnescape(raw); err == nil {
		raw = u
	}
	return raw
}

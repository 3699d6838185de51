// Package markdown is the one Markdown setup of the site: record bodies
// become sanitised HTML for the pages, and their first paragraph plain
// text for summaries and brochure cards.
package markdown

import (
	"bytes"
	"html"
	"html/template"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Markdown renders record bodies. Raw HTML is never passed through
// (goldmark's default), headings are moved so the body's top level is h3
// (a body's "# Title" does not compete with the page's h1 and h2, and no
// level is skipped), links keep only
// http, https, mailto, tel and relative destinations, and images keep only
// the files package media finds for the record inside content/ (no image
// is loaded from another host). A dropped link or image leaves its text;
// ocop check reports a dropped image as an error.
//
// A Markdown is safe for concurrent use.
type Markdown struct {
	md goldmark.Markdown
}

// New returns the site's Markdown setup: CommonMark with tables,
// autolinks and strikethrough.
func New() *Markdown {
	return &Markdown{md: goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Linkify, extension.Strikethrough),
	)}
}

// ImageFunc resolves the destination of an image named in a body, as
// Destination decodes it, to its URL, or reports false when the
// image is refused or not available, in which case its alt text is shown
// instead.
type ImageFunc func(rel string) (src string, ok bool)

// Body is a rendered Markdown body.
type Body struct {
	// HTML is the sanitised body.
	HTML template.HTML
	// Summary is the plain text of the first paragraph.
	Summary string
}

// Parse parses src with the site's Markdown setup and returns its
// syntax tree, for readers that look for one construct (the images a
// body names) where a page would show it.
func (m *Markdown) Parse(src []byte) ast.Node {
	return m.md.Parser().Parse(text.NewReader(src))
}

// Render converts src to sanitised HTML, resolving its images with image
// (every image is left out when image is nil), and returns it with the
// plain text of its first paragraph.
func (m *Markdown) Render(src string, image ImageFunc) (Body, error) {
	source := []byte(src)
	doc := m.Parse(source)
	top := topHeading(doc)
	var summary string
	var drop []ast.Node
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Paragraph:
			if summary == "" {
				summary = strings.TrimSpace(plainText(n, source))
			}
		case *ast.Heading:
			n.Level = min(n.Level-top+bodyHeading, 6)
		case *ast.Link:
			if !safeLink(n.Destination) {
				drop = append(drop, n)
			}
		case *ast.AutoLink:
			if !safeLink(n.URL(source)) {
				drop = append(drop, n)
			}
		case *ast.Image:
			var src string
			ok := false
			if image != nil {
				src, ok = image(Destination(n.Destination))
			}
			if !ok {
				drop = append(drop, n)
				return ast.WalkSkipChildren, nil
			}
			n.Destination = []byte(src)
			n.SetAttributeString("loading", []byte("lazy"))
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return Body{}, err
	}
	for _, n := range drop {
		unwrap(n, source)
	}
	var buf bytes.Buffer
	if err := m.md.Renderer().Render(&buf, source, doc); err != nil {
		return Body{}, err
	}
	// The renderer writes no raw HTML and only the destinations kept above.
	return Body{HTML: template.HTML(buf.String()), Summary: summary}, nil
}

// bodyHeading is the level a body's top headings are shown at: the body
// sits under the page's h1 and a section's h2.
const bodyHeading = 3

// topHeading returns the smallest heading level in doc (6 when none).
func topHeading(doc ast.Node) int {
	top := 6
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.Heading); ok && h.Level < top {
			top = h.Level
		}
	}
	return top
}

// unwrap replaces a link or image node by its text.
func unwrap(n ast.Node, source []byte) {
	parent := n.Parent()
	if parent == nil {
		return
	}
	if al, ok := n.(*ast.AutoLink); ok {
		parent.ReplaceChild(parent, n, ast.NewString(al.Label(source)))
		return
	}
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		parent.InsertBefore(parent, n, c)
		c = next
	}
	parent.RemoveChild(parent, n)
}

// plainText returns the text of n's inline children.
func plainText(n ast.Node, source []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(source))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(source))
		}
		return ast.WalkContinue, nil
	})
	return html.UnescapeString(b.String())
}

// linkDestination decodes a Markdown link destination the way a browser will
// finally see it: goldmark's own unescaping and entity resolution, then
// HTML entities once more, with ASCII whitespace and control characters
// removed (browsers ignore them inside a scheme) and in lower case.
func linkDestination(d []byte) string {
	s := html.UnescapeString(string(util.URLEscape(d, true)))
	s = strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, s)
	return strings.ToLower(s)
}

// Destination decodes the destination of a Markdown image the way its
// author meant it: backslash escapes, HTML character references and
// %-escapes resolved, so that ![](%E1%BA%A3nh.jpg), ![](&#7843;nh.jpg)
// and ![](ảnh.jpg) all name "ảnh.jpg". The result goes to media.Parse.
func Destination(d []byte) string {
	raw := string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(d))))
	raw = html.UnescapeString(raw)
	if u, err := url.PathUnescape(raw); err == nil {
		raw = u
	}
	return raw
}

// scheme returns the URL scheme of a decoded destination, or "" for a
// relative reference.
func scheme(s string) string {
	i := strings.IndexAny(s, ":/?#")
	if i <= 0 || s[i] != ':' {
		return ""
	}
	return s[:i]
}

// safeLink reports whether a link destination may be kept.
func safeLink(d []byte) bool {
	switch scheme(linkDestination(d)) {
	case "", "http", "https", "mailto", "tel":
		return true
	}
	return false
}

// FirstParagraph returns the plain text of the first paragraph of the
// Markdown body md, as Render's Body.Summary has it, without rendering:
// for the short descriptions of brochure cards.
func (m *Markdown) FirstParagraph(md string) string {
	if strings.TrimSpace(md) == "" {
		return ""
	}
	source := []byte(md)
	doc := m.Parse(source)
	var out string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || out != "" {
			return ast.WalkContinue, nil
		}
		if p, ok := n.(*ast.Paragraph); ok {
			out = strings.TrimSpace(plainText(p, source))
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

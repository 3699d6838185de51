package media

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Finding is something CleanSVG left out of an SVG because it is not in
// the allow-list.
type Finding struct {
	// Line is its line in the SVG file, from 1.
	Line int
	// What says what it is, in plain words: "a script (<script>)",
	// "an event handler onclick", "a link to \"https://…\"".
	What string
	// Say is What as a message, shown in either language (see package
	// message).
	Say error
}

// maxSVGDepth is how deeply an SVG's elements may nest; drawing
// programs write a few dozen levels at most.
const maxSVGDepth = 500

// svgNode is an element or a text of a cleaned SVG.
type svgNode struct {
	// name is the element's name, "" for a text.
	name  string
	attrs []svgAttr
	text  string
	kids  []*svgNode
	line  int
}

// svgAttr is a kept attribute, with its name as written out ("fill",
// "xlink:href", "xml:space").
type svgAttr struct {
	name, value string
}

// CleanSVG reads an SVG file with an XML parser (encoding/xml: UTF-8,
// the five predefined entities, no DTD) and writes it again with only
// what the allow-list keeps (see svgElements and svgAttributes), in a
// fixed form: the root <svg> with its namespaces, then the kept elements
// and texts in order; comments, the XML declaration and the notes of
// drawing programs (Inkscape, Illustrator, <metadata>) are left out
// silently. Everything else left out is a Finding, in file order:
// scripts, foreignObject, event handlers (on*), links and url()s to
// anything but an element of the same file (however written: entities,
// white space, case, CSS escapes), animations of href or of event
// handlers, a DOCTYPE (and so every entity but the predefined ones: no
// XXE, no billion laughs), processing instructions such as
// <?xml-stylesheet?>, and any element or attribute it does not know.
//
// err is set for a file that is not well-formed XML, is not an SVG
// (the first element is not <svg>), nests deeper than 500 elements or
// is not UTF-8: nothing of it can be published. A drawing that passes
// with no findings comes out meaning the same; the output of CleanSVG,
// cleaned again, is itself with no findings.
func CleanSVG(src []byte) (out []byte, findings []Finding, err error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	c := &cleaner{d: xml.NewDecoder(bytes.NewReader(src))}
	c.d.Strict = true
	root, trailing, err := c.parse()
	if err != nil {
		return nil, c.findings, err
	}
	var b bytes.Buffer
	c.write(&b, root, true)
	b.Write(trailing)
	return b.Bytes(), c.findings, nil
}

// cleaner holds the state of one CleanSVG.
type cleaner struct {
	d        *xml.Decoder
	findings []Finding
	xlink    bool
}

func (c *cleaner) find(line int, what error) {
	c.findings = append(c.findings, Finding{Line: line, What: what.Error(), Say: what})
}

// parse reads the whole file and returns the kept tree and the white
// space after its root element.
func (c *cleaner) parse() (root *svgNode, trailing []byte, err error) {
	var stack []*svgNode
	done := false
	first := true
	for {
		line, _ := c.d.InputPos()
		tok, err := c.d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, syntaxError(err)
		}
		isFirst := first
		first = false
		switch t := tok.(type) {
		case xml.ProcInst:
			if t.Target == "xml" && isFirst {
				continue // the XML declaration; encoding/xml refuses any encoding but UTF-8
			}
			c.find(line, message.Errorf("a processing instruction <?%s?>", t.Target))
		case xml.Directive:
			if bytes.HasPrefix(bytes.TrimSpace(t), []byte("DOCTYPE")) {
				c.find(line, message.Errorf("a DOCTYPE declaration"))
			} else {
				c.find(line, message.Errorf("a declaration <!%s>", short(strings.Fields(string(t) + " ?")[0])))
			}
		case xml.Comment:
			// dropped
		case xml.CharData:
			if len(stack) == 0 {
				if len(bytes.TrimLeft(t, " \t\r\n")) > 0 {
					return nil, nil, message.Errorf("line %d: text outside the <svg> element", line)
				}
				if done {
					trailing = append(trailing, t...)
				}
				continue
			}
			if len(t) == 0 {
				continue // an empty CDATA section: nothing to keep
			}
			p := stack[len(stack)-1]
			p.kids = append(p.kids, &svgNode{text: string(t), line: line})
		case xml.StartElement:
			if done {
				return nil, nil, message.Errorf("line %d: an element after the end of the <svg> element", line)
			}
			if len(stack) == 0 {
				if t.Name.Local != "svg" || t.Name.Space != svgNS && t.Name.Space != "" {
					return nil, nil, message.Errorf("line %d: the file is not an SVG drawing: it starts with <%s>, not <svg>", line, t.Name.Local)
				}
			}
			if len(stack) >= maxSVGDepth {
				return nil, nil, message.Errorf("line %d: elements nest more than %d deep", line, maxSVGDepth)
			}
			n, keep, err := c.element(t, line)
			if err != nil {
				return nil, nil, err
			}
			if !keep {
				if err := c.d.Skip(); err != nil {
					return nil, nil, syntaxError(err)
				}
				continue
			}
			if len(stack) == 0 {
				root = n
			} else {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, n)
			}
			stack = append(stack, n)
		case xml.EndElement:
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if n.name == "style" {
				c.style(n, stack)
			}
			if len(stack) == 0 {
				done = true
			}
		}
	}
	if root == nil {
		return nil, nil, message.Errorf("the file has no <svg> element")
	}
	if !done {
		return nil, nil, message.Errorf("the <svg> element is not closed")
	}
	return root, trailing, nil
}

// syntaxError words an error of the XML parser for a message.
func syntaxError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return message.Errorf("line %d: %s", se.Line, strings.TrimPrefix(se.Msg, "xml: "))
	}
	return err
}

// element decides on a start tag: keep is false for an element left
// out (with its content); n is the kept element with its kept
// attributes.
func (c *cleaner) element(t xml.StartElement, line int) (n *svgNode, keep bool, err error) {
	name, space := t.Name.Local, t.Name.Space
	switch {
	case editorNamespace(space), space == svgNS && name == "metadata":
		return nil, false, nil
	case space != svgNS && space != "" || !svgElements[name]:
		c.find(line, describeElement(space, name))
		return nil, false, nil
	}
	n = &svgNode{name: name, line: line}
	seen := map[string]bool{}
	for _, a := range t.Attr {
		out, ok := c.attribute(name, a, line)
		if !ok {
			continue
		}
		if seen[out] {
			return nil, false, message.Errorf("line %d: the attribute %s appears twice on <%s>", line, out, name)
		}
		seen[out] = true
		n.attrs = append(n.attrs, svgAttr{name: out, value: a.Value})
	}
	return n, true, nil
}

// attribute decides on an attribute of a kept element: out is its name
// as written out, ok false when it is left out.
func (c *cleaner) attribute(elem string, a xml.Attr, line int) (out string, ok bool) {
	space, name := a.Name.Space, a.Name.Local
	switch {
	case space == "xmlns", space == "" && name == "xmlns":
		return "", false // namespace declarations: the root declares what is kept
	case editorNamespace(space):
		return "", false
	case strings.HasPrefix(strings.ToLower(name), "on"):
		c.find(line, message.Errorf("an event handler %s", name))
		return "", false
	case name == "href" && (space == "" || space == xlinkNS):
		if !hrefElements[elem] || !localRef(a.Value) {
			c.find(line, message.Errorf("a link to %q", short(a.Value)))
			return "", false
		}
		if space == xlinkNS {
			c.xlink = true
			return "xlink:href", true
		}
		return "href", true
	case space == xmlNS && (name == "space" || name == "lang"):
		return "xml:" + name, true
	case space != "" || !svgAttributes[name]:
		c.find(line, describeAttribute(space, name, elem))
		return "", false
	case scriptAddress(a.Value):
		// A value that is a script or data address does nothing in an
		// attribute that is no link, but it has no place in a drawing
		// either (an animation's to, from or values could set one).
		c.find(line, message.Errorf("a script or data address %q in %s", short(a.Value), name))
		return "", false
	case name == "attributeName":
		if !animatable(a.Value) {
			c.find(line, message.Errorf("an animation that changes %s", short(a.Value)))
			return "", false
		}
		return name, true
	case textAttributes[name]:
		return name, true
	}
	if p := cssProblem(a.Value); p != nil {
		c.find(line, p)
		return "", false
	}
	return name, true
}

// style checks the CSS of a kept <style> element, which must hold text
// alone; one with a finding is taken out of its parent.
func (c *cleaner) style(n *svgNode, stack []*svgNode) {
	var css strings.Builder
	var problem error
	for _, k := range n.kids {
		if k.name != "" {
			problem = message.Errorf("the element <%s> inside <style>", k.name)
			break
		}
		css.WriteString(k.text)
	}
	if problem == nil {
		problem = cssProblem(css.String())
	}
	if problem == nil {
		return
	}
	c.find(n.line, problem)
	if len(stack) == 0 {
		n.kids = nil // a <style> root is no SVG; parse refused it already
		return
	}
	p := stack[len(stack)-1]
	p.kids = p.kids[:len(p.kids)-1]
}

// describeElement words a left-out element for a finding.
func describeElement(space, name string) error {
	switch strings.ToLower(name) {
	case "script":
		return message.Errorf("a script (<%s>)", name)
	case "foreignobject":
		return message.Errorf("embedded web content (<%s>)", name)
	case "a":
		return message.Errorf("a link (<a>)")
	case "image", "feimage":
		return message.Errorf("a picture from another file (<%s>)", name)
	case "iframe", "embed", "object", "frame", "audio", "video":
		return message.Errorf("embedded content (<%s>)", name)
	case "handler", "listener":
		return message.Errorf("an event handler (<%s>)", name)
	}
	if space != "" && space != svgNS {
		return message.Errorf("the element <%s> of %s", name, space)
	}
	return message.Errorf("the element <%s>", name)
}

// scriptAddress reports whether v, as an attribute's value (entities
// already decoded), is a javascript:, vbscript: or data: address, however
// spelt in case and with spaces or control characters inside it, as
// browsers read them.
func scriptAddress(v string) bool {
	v = strings.ToLower(strings.Join(strings.FieldsFunc(v, func(r rune) bool { return r <= ' ' }), ""))
	for _, scheme := range []string{"javascript:", "vbscript:", "data:"} {
		if strings.HasPrefix(v, scheme) {
			return true
		}
	}
	return false
}

// describeAttribute words a left-out attribute for a finding.
func describeAttribute(space, name, elem string) error {
	if space != "" {
		return message.Errorf("the attribute %s of %s on <%s>", name, space, elem)
	}
	return message.Errorf("the attribute %s on <%s>", name, elem)
}

// write writes n and what it holds; the root declares the namespaces.
func (c *cleaner) write(b *bytes.Buffer, n *svgNode, root bool) {
	if n.name == "" {
		escapeText(b, n.text)
		return
	}
	b.WriteByte('<')
	b.WriteString(n.name)
	if root {
		b.WriteString(` xmlns="` + svgNS + `"`)
		if c.xlink {
			b.WriteString(` xmlns:xlink="` + xlinkNS + `"`)
		}
	}
	for _, a := range n.attrs {
		b.WriteByte(' ')
		b.WriteString(a.name)
		b.WriteString(`="`)
		escapeAttr(b, a.value)
		b.WriteByte('"')
	}
	if len(n.kids) == 0 {
		b.WriteString("/>")
		return
	}
	b.WriteByte('>')
	for _, k := range n.kids {
		c.write(b, k, false)
	}
	b.WriteString("</")
	b.WriteString(n.name)
	b.WriteByte('>')
}

func escapeText(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\r':
			b.WriteString("&#13;")
		default:
			b.WriteByte(s[i])
		}
	}
}

func escapeAttr(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '"':
			b.WriteString("&quot;")
		case '\t':
			b.WriteString("&#9;")
		case '\n':
			b.WriteString("&#10;")
		case '\r':
			b.WriteString("&#13;")
		default:
			b.WriteByte(s[i])
		}
	}
}

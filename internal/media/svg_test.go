package media

import (
	"bytes"
	"encoding/xml"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// hostileSVGs are drawings that try to run code, load another file or
// blow up the parser, each with the finding it must give (a part of its
// words) and the line it is on; a "" finding means CleanSVG must refuse
// the file as a whole (err).
var hostileSVGs = []struct {
	name, svg string
	finding   string
	line      int
}{
	{"script", `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`, "a script (<script>)", 1},
	{"script CDATA", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script><![CDATA[ top.ran = 1; alert(1) ]]></script>\n</svg>", "a script", 2},
	{"script prefixed svg:script", `<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script></svg:svg>`, "a script (<script>)", 1},
	{"script XHTML namespace", `<svg xmlns="http://www.w3.org/2000/svg"><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script></svg>`, "a script", 1},
	{"script mixed case", `<svg xmlns="http://www.w3.org/2000/svg"><SCRIPT>alert(1)</SCRIPT></svg>`, "a script (<SCRIPT>)", 1},
	{"script xlink:href", `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><script xlink:href="data:text/javascript,alert(1)"/></svg>`, "a script", 1},
	{"onload", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`, "an event handler onload", 1},
	{"onclick mixed case", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n\n<rect width=\"9\" height=\"9\" OnClick=\"alert(1)\"/></svg>", "an event handler OnClick", 3},
	{"event handler namespaced", `<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="urn:x"><rect x:onclick="alert(1)"/></svg>`, "an event handler onclick", 1},
	{"foreignObject", `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></body></foreignObject></svg>`, "embedded web content (<foreignObject>)", 1},
	{"iframe XHTML", `<svg xmlns="http://www.w3.org/2000/svg"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"/></svg>`, "embedded content (<iframe>)", 1},
	{"a href javascript", `<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect width="99" height="99"/></a></svg>`, "a link (<a>)", 1},
	{"a xlink:href entity-encoded", `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="&#106;ava&#x73;cript:alert(1)"><rect width="99" height="99"/></a></svg>`, "a link (<a>)", 1},
	{"use external http", `<svg xmlns="http://www.w3.org/2000/svg"><use href="http://evil.example/x.svg#a"/></svg>`, `a link to "http://evil.example/x.svg#a"`, 1},
	{"use data URL", `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x"/></svg>`, `a link to "data:image/svg+xml;base64`, 1},
	{"use javascript entity and tab", `<svg xmlns="http://www.w3.org/2000/svg"><use href=" &#x09;JaVa&#x09;ScRiPt&#58;alert(1)"/></svg>`, "a link to", 1},
	{"use relative file", `<svg xmlns="http://www.w3.org/2000/svg"><use href="other.svg#a"/></svg>`, `a link to "other.svg#a"`, 1},
	{"image data URL", `<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,iVBORw0KGgo="/></svg>`, "a picture from another file (<image>)", 1},
	{"feImage", `<svg xmlns="http://www.w3.org/2000/svg"><filter id="f"><feImage href="http://evil.example/x.png"/></filter></svg>`, "a picture from another file (<feImage>)", 1},
	{"set href", `<svg xmlns="http://www.w3.org/2000/svg"><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>`, "a link (<a>)", 1},
	{"set href on text", `<svg xmlns="http://www.w3.org/2000/svg"><text>x<set attributeName="href" to="javascript:alert(1)"/></text></svg>`, "an animation that changes href", 1},
	{"animate xlink:href", `<svg xmlns="http://www.w3.org/2000/svg"><use href="#a"><animate attributeName="xlink:href" values="javascript:alert(1)"/></use></svg>`, "an animation that changes xlink:href", 1},
	{"animate onclick", `<svg xmlns="http://www.w3.org/2000/svg"><rect><set attributeName="onclick" to="alert(1)"/></rect></svg>`, "an animation that changes onclick", 1},
	{"animateTransform onbegin", `<svg xmlns="http://www.w3.org/2000/svg"><animateTransform onbegin="alert(1)" attributeName="transform"/></svg>`, "an event handler onbegin", 1},
	{"animate fill to external url", `<svg xmlns="http://www.w3.org/2000/svg"><rect><animate attributeName="fill" to="url(http://evil.example/p.svg#g)"/></rect></svg>`, "a style that loads another file (url(http://evil.example/p.svg#g))", 1},
	{"style attribute url javascript", `<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(javascript:alert(1))"/></svg>`, "a style that loads another file (url(javascript:alert(1))", 1},
	{"style attribute CSS escapes", `<svg xmlns="http://www.w3.org/2000/svg"><rect style="background: \75 \72 \6c (http://evil.example/t.png)"/></svg>`, "a style that loads another file (url(http://evil.example/t.png))", 1},
	{"style attribute comment in url", `<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: U/**/RL('//evil.example/x')"/></svg>`, "a style function rl()", 1},
	{"style attribute upper-case URL", `<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: URL( '//evil.example/x' )"/></svg>`, "a style that loads another file (url(//evil.example/x))", 1},
	{"fill attribute external url", `<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url('https://evil.example/g.svg#a')"/></svg>`, "a style that loads another file", 1},
	{"style element url", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<style>rect { fill: url(\"http://evil.example/x.svg#p\") }</style></svg>", "a style that loads another file", 2},
	{"style element import", `<svg xmlns="http://www.w3.org/2000/svg"><style>@import "http://evil.example/x.css";</style></svg>`, "a style rule @import", 1},
	{"style element escaped import", `<svg xmlns="http://www.w3.org/2000/svg"><style>@\69mport url(x.css);</style></svg>`, "a style rule @import", 1},
	{"style element image-set", `<svg xmlns="http://www.w3.org/2000/svg"><style>svg { background: image-set("http://evil.example/x.png" 1x) }</style></svg>`, "a style function image-set()", 1},
	{"style element CDATA font-face", `<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[@font-face { src: url(http://evil.example/f.woff) }]]></style></svg>`, "a style rule @font-face", 1},
	{"processing instruction stylesheet", "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"http://evil.example/x.xsl\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "a processing instruction <?xml-stylesheet?>", 2},
	{"DOCTYPE with entity (XXE)", "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>", "a DOCTYPE declaration", 1},
	{"billion laughs", `<!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&c;</text></svg>`, "a DOCTYPE declaration", 1},
	{"plain DOCTYPE", `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>`, "a DOCTYPE declaration", 1},
	{"handler element", `<svg xmlns="http://www.w3.org/2000/svg"><handler type="text/javascript">alert(1)</handler></svg>`, "an event handler (<handler>)", 1},
	{"xhtml script via prefix rebound", `<svg xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/1999/xhtml"><svg:script>alert(1)</svg:script></svg>`, "a script", 1},
	{"unknown element", `<svg xmlns="http://www.w3.org/2000/svg"><blink/></svg>`, "the element <blink>", 1},
	{"unknown attribute", `<svg xmlns="http://www.w3.org/2000/svg"><rect cursor="url(x.cur)"/></svg>`, "the attribute cursor on <rect>", 1},
	{"not UTF-8", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "", 0},
	{"undefined entity", `<svg xmlns="http://www.w3.org/2000/svg"><text>&nbsp;</text></svg>`, "", 0},
	{"not well-formed", `<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>`, "", 0},
	{"duplicate attribute", `<svg xmlns="http://www.w3.org/2000/svg"><use href="#a" href="javascript:alert(1)"/></svg>`, "a link to", 1},
	{"HTML, not SVG", `<html><body onload="alert(1)"></body></html>`, "", 0},
	{"second root", `<svg xmlns="http://www.w3.org/2000/svg"/><script xmlns="http://www.w3.org/2000/svg">alert(1)</script>`, "", 0},
}

func TestCleanSVGHostile(t *testing.T) {
	for _, tc := range hostileSVGs {
		t.Run(tc.name, func(t *testing.T) {
			out, findings, err := CleanSVG([]byte(tc.svg))
			if tc.finding == "" {
				if err == nil {
					t.Fatalf("CleanSVG accepted it: %s (findings %v)", out, findings)
				}
				return
			}
			if err != nil && len(findings) == 0 {
				t.Fatalf("CleanSVG: %v, want the finding %q", err, tc.finding)
			}
			if len(findings) == 0 {
				t.Fatalf("no finding; output:\n%s", out)
			}
			if f := findings[0]; !strings.Contains(f.What, tc.finding) || f.Line != tc.line {
				t.Errorf("first finding = line %d: %s, want line %d: %s", f.Line, f.What, tc.line, tc.finding)
			}
			if err == nil {
				assertClean(t, out)
			}
		})
	}
}

// assertClean fails unless out parses as XML and holds nothing a
// published SVG may not: it reads out on its own, without CleanSVG's
// tables, and checks the rules that matter for safety.
func assertClean(t *testing.T, out []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(out))
	d.Strict = true
	depth := 0
	var open []string // the names of the elements the token is in
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("output does not parse: %v\n%s", err, out)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			open = append(open, tok.Name.Local)
			if tok.Name.Space != svgNS {
				t.Errorf("output has <%s> in namespace %q", tok.Name.Local, tok.Name.Space)
			}
			switch strings.ToLower(tok.Name.Local) {
			case "script", "foreignobject", "a", "image", "feimage", "iframe", "handler":
				t.Errorf("output has <%s>", tok.Name.Local)
			}
			for _, a := range tok.Attr {
				v := strings.ToLower(strings.Join(strings.FieldsFunc(a.Value, func(r rune) bool { return r <= ' ' }), ""))
				switch {
				case strings.HasPrefix(strings.ToLower(a.Name.Local), "on"):
					t.Errorf("output has the event handler %s", a.Name.Local)
				case a.Name.Local == "href" && !strings.HasPrefix(v, "#"):
					t.Errorf("output links to %q", a.Value)
				case a.Name.Local == "attributeName" && (strings.Contains(v, "href") || strings.HasPrefix(v, "on")):
					t.Errorf("output animates %s", a.Value)
				case strings.Contains(v, "javascript:"), strings.Contains(v, "data:"), strings.Contains(v, "url(http"), strings.Contains(v, "url('http"), strings.Contains(v, "url(\"http"):
					t.Errorf("output has %s=%q", a.Name.Local, a.Value)
				}
			}
		case xml.EndElement:
			depth--
			open = open[:len(open)-1]
		case xml.ProcInst:
			t.Errorf("output has <?%s?>", tok.Target)
		case xml.Directive:
			t.Errorf("output has <!%s>", tok)
		case xml.CharData:
			// Only a style sheet reads its text as CSS; "url(http" in a
			// <text> or <title> is words.
			if s := strings.ToLower(string(tok)); len(open) > 0 && strings.EqualFold(open[len(open)-1], "style") && (strings.Contains(s, "@import") || strings.Contains(s, "url(http")) {
				t.Errorf("output has the text %q", tok)
			}
		}
	}
	again, findings, err := CleanSVG(out)
	if err != nil || len(findings) > 0 || !bytes.Equal(again, out) {
		t.Errorf("cleaning the output again: %v %v\n%s\nwant\n%s", err, findings, again, out)
	}
}

// The theme's SVGs (placeholders, logo, favicon) pass the cleaner with
// no finding and come out byte for byte as they are: cleaning every
// published SVG changes none of them.
func TestCleanSVGTheme(t *testing.T) {
	// The default theme's folder (package themes embeds it, but imports
	// the loader, which imports this package).
	theme := os.DirFS("../../themes/default")
	n := 0
	err := fs.WalkDir(theme, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".svg") {
			return err
		}
		n++
		src, err := fs.ReadFile(theme, p)
		if err != nil {
			return err
		}
		out, findings, err := CleanSVG(src)
		if err != nil || len(findings) > 0 {
			t.Errorf("%s: %v %v", p, err, findings)
		}
		if !bytes.Equal(out, src) {
			t.Errorf("%s changes:\n%s\nwant\n%s", p, out, src)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 8 {
		t.Errorf("found %d SVGs in the theme, want the placeholders, logo and favicon", n)
	}
}

// What drawing programs write and a browser shows is kept, in a fixed
// form; their own notes go without a finding.
func TestCleanSVGKeeps(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"inkscape",
			"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<!-- Created with Inkscape -->\n" +
				`<svg xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns="http://www.w3.org/2000/svg" width="10" height="10" inkscape:version="1.2" sodipodi:docname="a.svg">` +
				`<sodipodi:namedview id="nv" inkscape:zoom="1"/><metadata><rdf:RDF><dc:title>x</dc:title></rdf:RDF></metadata>` +
				`<g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1"><path style="fill:#ff0000;stroke:none" d="M 0,0 H 10 V 10 Z" id="p"/></g></svg>` + "\n",
			`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g id="layer1"><path style="fill:#ff0000;stroke:none" d="M 0,0 H 10 V 10 Z" id="p"/></g></svg>` + "\n"},
		{"gradient with xlink and local url",
			`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="a"><stop offset="0" stop-color="#fff"/></linearGradient><linearGradient id="b" xlink:href="#a"/></defs><rect fill="url(#b)" style="stroke: url( '#a' )" transform="rotate(45) translate(1 2)"/></svg>`,
			`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="a"><stop offset="0" stop-color="#fff"/></linearGradient><linearGradient id="b" xlink:href="#a"/></defs><rect fill="url(#b)" style="stroke: url( '#a' )" transform="rotate(45) translate(1 2)"/></svg>`},
		{"text, style and escapes",
			`<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve"><style><![CDATA[text > tspan { fill: rgb(1,2,3) } @media (min-width: 10px) { rect { opacity: .5 } }]]></style><title>Gạo &amp; "nếp"</title><text aria-label="Gạo (loại 1)">a &lt; b</text></svg>`,
			`<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve"><style>text &gt; tspan { fill: rgb(1,2,3) } @media (min-width: 10px) { rect { opacity: .5 } }</style><title>Gạo &amp; "nếp"</title><text aria-label="Gạo (loại 1)">a &lt; b</text></svg>`},
		{"animation of a colour",
			`<svg xmlns="http://www.w3.org/2000/svg"><rect><animate attributeName="fill" values="red;blue" dur="2s" repeatCount="indefinite"/></rect></svg>`,
			`<svg xmlns="http://www.w3.org/2000/svg"><rect><animate attributeName="fill" values="red;blue" dur="2s" repeatCount="indefinite"/></rect></svg>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, findings, err := CleanSVG([]byte(tc.in))
			if err != nil || len(findings) > 0 {
				t.Fatalf("CleanSVG: %v %v", err, findings)
			}
			if string(out) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", out, tc.want)
			}
			assertClean(t, out)
		})
	}
}

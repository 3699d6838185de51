package web

import (
	"html"
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/namdinh-ocop/ocop/internal/load"
)

// baseSite returns the fixture's config, groups and geography as a MapFS
// to add records to.
func baseSite(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, p := range []string{"content/site.yaml", "content/groups.yaml", "content/geo/2024-05-01.yaml", "content/geo/2025-07-01.yaml"} {
		b, err := fs.ReadFile(fixture(), p)
		if err != nil {
			t.Fatal(err)
		}
		m[p] = &fstest.MapFile{Data: b}
	}
	return m
}

const xssName = `Mật ong <img src=x onerror=alert(1)>`

// xssSite is case xss-001 (testdata/xss-001.txtar): hostile text in
// every field a page shows, on baseSite.
func xssSite(t *testing.T) fstest.MapFS {
	m := baseSite(t)
	a, err := txtar.ParseFile(filepath.Join("testdata", "xss-001.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range a.Files {
		m[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return m
}

// relAsset matches a theme script referred to relatively, as the search
// page does so that it works opened from disk.
var relAsset = regexp.MustCompile(`\ssrc="(\.\./)+assets/[a-z-]+\.js"`)

// tagRe matches start tags; attrValRe the attributes inside one.
var (
	tagRe     = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?)*)\s*/?>`)
	attrValRe = regexp.MustCompile(`([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>` + "`" + `]+)))?`)
)

func TestXSS(t *testing.T) {
	site := xssSite(t)
	// Validation would refuse the website, phone, email and source; render
	// must not trust that it ran.
	c, ds := load.Content(site)
	if ds.HasErrors() {
		t.Fatalf("load: %v", ds)
	}
	w, err := renderCatalog(c, site, "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	bad := []string{"javascript:", "vbscript:", "data:text/html", "data:"}
	checked := 0
	for _, p := range w.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		s := string(w.Files[p])
		for _, tag := range tagRe.FindAllStringSubmatch(s, -1) {
			name := strings.ToLower(tag[1])
			if name == "script" && !strings.Contains(tag[2], `type="application/ld+json"`) && !strings.Contains(tag[2], `src="/assets/`) && !relAsset.MatchString(tag[2]) &&
				!(isKiosk(p) && tag[2] == ` src="data.js"`) {
				t.Errorf("%s: script element %s", p, tag[0])
			}
			if name == "svg" {
				t.Errorf("%s: svg element %s", p, tag[0])
			}
			for _, a := range attrValRe.FindAllStringSubmatch(tag[2], -1) {
				attr := strings.ToLower(a[1])
				val := a[2] + a[3] + a[4]
				checked++
				if strings.HasPrefix(attr, "on") {
					t.Errorf("%s: event handler %s in %s", p, attr, tag[0])
				}
				v := strings.ToLower(strings.TrimSpace(html.UnescapeString(val)))
				v = strings.Map(func(r rune) rune {
					if r < ' ' {
						return -1
					}
					return r
				}, v)
				for _, b := range bad {
					if strings.HasPrefix(v, b) {
						t.Errorf("%s: %s=%q in %s", p, attr, val, tag[0])
					}
				}
				if name == "img" && attr == "src" && v == "x" {
					t.Errorf("%s: injected image %s", p, tag[0])
				}
				if (name == "img" && attr == "src") && strings.Contains(v, "evil.example") {
					t.Errorf("%s: remote image %s", p, tag[0])
				}
			}
		}
		if strings.Contains(s, "<img src=x") || strings.Contains(s, "<script>alert") || strings.Contains(s, "</script><script>") {
			t.Errorf("%s: raw injected markup survives", p)
		}
	}
	if checked < 100 {
		t.Fatalf("only %d attributes checked", checked)
	}

	page := string(w.Files["san-pham/mat-ong-img-src-x-onerror-alert-1/index.html"])
	if page == "" {
		t.Fatalf("product page missing; pages: %v", w.Paths())
	}
	escaped := `Mật ong &lt;img src=x onerror=alert(1)&gt;`
	for _, want := range []string{
		"<title>" + escaped + " – ",
		"<h1>" + escaped + "</h1>",
		`<meta property="og:title" content="` + escaped + `">`,
		`"name":"Mật ong \u003cimg src=x onerror=alert(1)\u003e"`,
		`<a href="https://example.vn/">Tốt</a>`, `<a href="mailto:a@example.vn">Thư</a>`, `<a href="tel:0912345678">Gọi</a>`,
		"Đặt hàng", "&lt;b&gt;lọ&lt;/b&gt;",
		`<a href="https://example.vn/ok" rel="external noopener noreferrer">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("product page lacks %s", want)
		}
	}
	en := string(w.Files["en/products/mat-ong-img-src-x-onerror-alert-1/index.html"])
	if !strings.Contains(en, `"name":"Honey \u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"`) {
		t.Error("English JSON-LD name is not escaped")
	}
	producer := string(w.Files["chu-the/co-so-script-alert-1-script/index.html"])
	if producer == "" {
		t.Fatalf("producer page missing; pages: %v", w.Paths())
	}
	if strings.Contains(producer, `href="javascript`) || strings.Contains(producer, "javascript:alert(1)</a>") {
		t.Error("producer website or phone became a link")
	}
}

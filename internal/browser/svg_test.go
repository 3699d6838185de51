package browser

import (
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/publish"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// hostilePhotos are SVG photos that run script when opened directly or
// clicked: each sets window.ran to its name and opens a dialog. A square
// covers the drawing, so a click in its middle hits it. raw says Chromium
// runs the file as saved (the control: the test sees script run).
var hostilePhotos = []struct {
	name, body string
	raw        bool
}{
	{"script", `<script>window.ran="script";alert(1)</script>`, true},
	{"script-cdata", `<script><![CDATA[ window.ran = "script-cdata"; alert(1) ]]></script>`, true},
	{"script-prefixed", `<svg:script xmlns:svg="http://www.w3.org/2000/svg">window.ran="script-prefixed";alert(1)</svg:script>`, true},
	{"script-xhtml", `<script xmlns="http://www.w3.org/1999/xhtml">window.ran="script-xhtml";alert(1)</script>`, true},
	{"onload", `<svg onload="window.ran='onload';alert(1)"><rect width="1" height="1"/></svg>`, true},
	{"image-onerror", `<image href="data:," onerror="window.ran='image-onerror';alert(1)"/>`, true},
	{"onclick", `<rect x="0" y="0" width="200" height="200" fill="#0b5d3b" onclick="window.ran='onclick';alert(1)"/>`, true},
	{"a-javascript", `<a href="javascript:window.ran='a-javascript';alert(1)"><rect width="200" height="200"/></a>`, true},
	{"a-xlink-entities", `<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="&#106;ava&#x73;cript&#58;window.ran='a-xlink-entities';alert(1)"><rect width="200" height="200"/></a>`, true},
	{"set-href", `<a><set attributeName="href" to="javascript:window.ran='set-href';alert(1)"/><rect width="200" height="200"/></a>`, true},
	{"set-xlink-href", `<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="#"><set attributeName="xlink:href" to="javascript:window.ran='set-xlink-href';alert(1)"/><rect width="200" height="200"/></a>`, true},
	{"animate-href", `<a href="#"><animate attributeName="href" values="javascript:window.ran='animate-href';alert(1)" dur="1s" fill="freeze"/><rect width="200" height="200"/></a>`, false},
	{"foreignObject", `<foreignObject width="200" height="200"><body xmlns="http://www.w3.org/1999/xhtml"><img src="data:," onerror="window.ran='foreignObject';alert(1)"/></body></foreignObject>`, true},
	{"iframe", `<foreignObject width="200" height="200"><iframe xmlns="http://www.w3.org/1999/xhtml" srcdoc="&lt;script&gt;top.ran='iframe';alert(1)&lt;/script&gt;"></iframe></foreignObject>`, true},
	{"animation-onbegin", `<rect width="200" height="200"><animate attributeName="opacity" values="1;0.9" dur="0.1s" onbegin="window.ran='animation-onbegin';alert(1)"/></rect>`, true},
	{"use-data", `<use href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' id='x'%3E%3Cscript%3Ewindow.ran='use-data'%3C/script%3E%3C/svg%3E#x"/>`, false},
	{"style-url-javascript", `<style>rect { fill: url("javascript:window.ran='style'") }</style><rect width="200" height="200" style="background: u\72l(javascript:alert(1))"/>`, false},
	{"external-use", `<use href="http://evil.example/x.svg#a"/><rect width="9" height="9" fill="url(https://evil.example/p.svg#g)"/>`, false},
}

// hostileSVG is the whole file of a hostile photo: a green square under
// the payload.
func hostileSVG(body string) string {
	return `<?xml-stylesheet href="http://evil.example/x.css"?>` + "\n" +
		`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">` +
		`<rect width="200" height="200" fill="#0b5d3b"/>` + body + `</svg>`
}

// Case svg-001: a site whose product photos are hostile SVGs. ocop check
// refuses every one; built without the check, the site publishes each
// only as the cleaner writes it, and opening each published SVG
// directly on the site's origin and clicking it runs nothing: no dialog,
// no window.ran, no navigation, no request elsewhere. The same files
// served as saved do run (the control), so the test can see script run.
func TestHostileSVGPhotosRunNothing(t *testing.T) {
	tb := newTab(t)
	dir := t.TempDir()
	copyDir(t, "../../content/geo", filepath.Join(dir, "content/geo"))
	for _, f := range []string{"site.yaml", "groups.yaml"} {
		copyFile(t, "../../content/"+f, filepath.Join(dir, "content", f))
	}
	for i, h := range hostilePhotos {
		write(t, filepath.Join(dir, "content/products", h.name, "index.md"), fmt.Sprintf("---\nname: Sản phẩm %02d\nslug: %s\nimages: [anh.svg]\n---\n![ảnh](anh.svg)\n", i, h.name))
		write(t, filepath.Join(dir, "content/products", h.name, "anh.svg"), hostileSVG(h.body))
	}
	src, err := build.DirFS(dir)
	if err != nil {
		t.Fatal(err)
	}

	// ocop check refuses every hostile photo, in front matter and body.
	res, err := build.Check(build.Options{Source: src})
	if err == nil {
		t.Fatal("check passes hostile SVG photos")
	}
	refused := map[string]int{}
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Message, `image "anh.svg"`) {
			refused[filepath.Base(filepath.Dir(d.Pos.Path))]++
		}
	}
	for _, h := range hostilePhotos {
		if refused[h.name] != 2 {
			t.Errorf("%s: check refused the photo %d times, want 2 (images: and body)", h.name, refused[h.name])
		}
	}

	// Built without the check: render must not trust that it ran.
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	dest := buildUnchecked(t, src, srv.URL+"/")
	mux.Handle("/raw/", http.StripPrefix("/raw/", http.FileServer(http.Dir(filepath.Join(dir, "content/products")))))
	mux.Handle("/", http.FileServer(http.Dir(dest)))
	host := strings.TrimPrefix(srv.URL, "http://")

	for _, h := range hostilePhotos {
		// The control: the file as saved runs, where Chromium lets it.
		ran := open(t, tb, srv.URL+"/raw/"+h.name+"/anh.svg")
		if h.raw && ran == "" {
			t.Errorf("%s: the file as saved ran nothing; the test cannot see script run", h.name)
		}
		tb.mu.Lock()
		tb.errors, tb.urls = nil, nil
		tb.mu.Unlock()

		page := srv.URL + "/san-pham/" + h.name + "/anh.svg"
		if _, err := os.Stat(filepath.Join(dest, "san-pham", h.name, "anh.svg")); err != nil {
			t.Errorf("%s: photo not published: %v", h.name, err)
			continue
		}
		if ran := open(t, tb, page); ran != "" {
			t.Errorf("%s: the published photo ran script: %s", h.name, ran)
		}
		tb.check(t, host)
		tb.mu.Lock()
		tb.errors, tb.urls = nil, nil
		tb.mu.Unlock()
	}
}

// open opens page directly, clicks the middle of the drawing and a
// corner, and returns what ran: window.ran, a dialog, or a navigation
// away; "" when nothing did.
func open(t *testing.T, tb *tab, page string) string {
	t.Helper()
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate(page),
		chromedp.Sleep(200*time.Millisecond),
		chromedp.MouseClickXY(100, 100),
		chromedp.Sleep(150*time.Millisecond),
		chromedp.MouseClickXY(5, 5),
		chromedp.Sleep(250*time.Millisecond),
	); err != nil {
		t.Fatalf("%s: %v", page, err)
	}
	var what []string
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`String(window.ran || "") + "|" + location.href`))
	if err != nil {
		t.Fatalf("%s: %v", page, err)
	}
	ran, href, _ := strings.Cut(got, "|")
	if ran != "" {
		what = append(what, "window.ran = "+ran)
	}
	if href != page {
		what = append(what, "navigated to "+href)
	}
	tb.mu.Lock()
	for _, e := range tb.errors {
		if strings.HasPrefix(e, "dialog opened") {
			what = append(what, e)
		}
	}
	tb.mu.Unlock()
	return strings.Join(what, "; ")
}

// buildUnchecked loads and renders the site in src without validating it,
// under base, and returns the output folder.
func buildUnchecked(t *testing.T, src fs.FS, base string) string {
	t.Helper()
	c, _ := load.Content(src)
	b, err := urls.ParseBase(base)
	if err != nil {
		t.Fatal(err)
	}
	theme, err := themes.Layered(src, "")
	if err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	out, err := publish.Begin(dest, publish.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := build.Render(c, site.Options{Base: b, Theme: theme, Content: src}, out); err != nil {
		out.Abort()
		t.Fatal(err)
	}
	if err := out.Commit(); err != nil {
		t.Fatal(err)
	}
	return dest
}

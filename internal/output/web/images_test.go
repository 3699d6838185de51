package web

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/markdown"
	"github.com/namdinh-ocop/ocop/internal/media"
)

// A site whose photos include a hostile SVG and a PNG saved under a
// decomposed (NFD) name, rendered without validation: the SVG is
// published only as the cleaner writes it, the PNG under its NFC name,
// and every SVG of the output (the theme's included) is clean.
func TestPublishedImages(t *testing.T) {
	site := baseSite(t)
	var pngBuf bytes.Buffer
	if err := png.Encode(&pngBuf, image.NewGray(image.Rect(0, 0, 3, 2))); err != nil {
		t.Fatal(err)
	}
	hostile := `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><rect width="9" height="9"/></a><circle r="4" fill="url(#g)"/></svg>`
	site["content/products/mat-ong/index.md"] = &fstest.MapFile{Data: []byte("---\nname: Mật ong\ngroup: thuc-pham\nimages: [anh.svg, ảnh-tám.png]\n---\nMô tả ![thêm](ảnh-tám.png)\n")}
	site["content/products/mat-ong/anh.svg"] = &fstest.MapFile{Data: []byte(hostile)}
	site["content/products/mat-ong/"+norm.NFD.String("ảnh-tám.png")] = &fstest.MapFile{Data: pngBuf.Bytes()}
	c, ds := load.Content(site)
	if ds.HasErrors() {
		t.Fatalf("load: %v", ds)
	}
	w, err := renderCatalog(c, site, "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	svg, ok := w.Files["san-pham/mat-ong/anh.svg"]
	if want := `<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" fill="url(#g)"/></svg>`; !ok || string(svg) != want {
		t.Errorf("published anh.svg = %s, want %s", svg, want)
	}
	if b, ok := w.Files["san-pham/mat-ong/ảnh-tám.png"]; !ok || !bytes.Equal(b, pngBuf.Bytes()) {
		t.Errorf("the NFD-named photo is not published under its NFC name, byte for byte; published: %q", w.Paths())
	}
	page := string(w.Files["san-pham/mat-ong/index.html"])
	for _, want := range []string{`src="/san-pham/mat-ong/%e1%ba%a3nh-t%c3%a1m.png"`, `<img src="/san-pham/mat-ong/%E1%BA%A3nh-t%C3%A1m.png" alt="thêm"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the product page lacks %s", want)
		}
	}
	n := 0
	for _, p := range w.Paths() {
		if !strings.HasSuffix(p, ".svg") {
			continue
		}
		n++
		out, findings, err := media.CleanSVG(w.Files[p])
		if err != nil || len(findings) > 0 || !bytes.Equal(out, w.Files[p]) {
			t.Errorf("%s is not as the cleaner writes it: %v %v", p, err, findings)
		}
	}
	if n < 9 {
		t.Errorf("%d SVGs published, want the photo and the theme's", n)
	}
}

// The images a page shows are the ones media.BodyRefs finds, which ocop
// check checks: none is shown unchecked.
func TestBodyImagesAreChecked(t *testing.T) {
	md := markdown.New()
	for _, body := range []string{
		"a ![x](a.jpg) b ![y][r]\n\n[r]: b.png\n",
		"- ![l](l.jpg)\n  > ![q](q.jpg)\n",
		"| a | b |\n|---|---|\n| ![t](t.jpg) | ![u](%C3%B4.png) |\n",
		"~~![s](s.jpg)~~ www.example.vn/![w](w.jpg) <https://x.vn/![z](z.jpg)>\n",
		"`![c](c.jpg)` \\![e](e.jpg)\n\n    ![i](i.jpg)\n\n```\n![f](f.jpg)\n```\n",
		"![nested ![inner](in.jpg)](out.jpg) [![linked](li.jpg)](https://x.vn/)\n",
	} {
		var asked []string
		if _, err := md.Render(body, func(ref string) (string, bool) {
			asked = append(asked, ref)
			return "/x/" + ref, true
		}); err != nil {
			t.Fatal(err)
		}
		var found []string
		for _, r := range media.BodyRefs(body) {
			found = append(found, r.Ref)
		}
		if strings.Join(asked, " ") != strings.Join(found, " ") {
			t.Errorf("body %q: the page shows %q, check checks %q", body, asked, found)
		}
	}
}

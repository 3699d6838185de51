package media

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"
	"testing/fstest"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Each malformed reference gets its message, with no file read; a good
// one says where it points and under which name it is published.
func TestParse(t *testing.T) {
	const dir = "content/products/gao"
	for _, tc := range []struct {
		ref, path, out, err string
	}{
		{ref: "anh.jpg", path: "content/products/gao/anh.jpg", out: "anh.jpg"},
		{ref: "./anh/1.PNG", path: "content/products/gao/anh/1.PNG", out: "anh/1.PNG"},
		{ref: "../chung/logo.svg", path: "content/products/chung/logo.svg", out: "logo.svg"},
		{ref: "../../sites/x/../y.webp", path: "content/sites/y.webp", out: "y.webp"},
		{ref: "a\u0309nh.jpeg", path: "content/products/gao/ảnh.jpeg", out: "ảnh.jpeg"},
		{ref: " ", err: `image path is empty; give a file name next to the record, such as anh-1.jpg`},
		{ref: `anh\1.jpg`, err: `image path "anh\\1.jpg" uses \; write paths with /`},
		{ref: "/etc/anh.jpg", err: `image path "/etc/anh.jpg" must be relative to the record's folder, such as anh-1.jpg`},
		{ref: "//evil.example/x.png", err: `image path "//evil.example/x.png" must be relative to the record's folder, such as anh-1.jpg`},
		{ref: "https://evil.example/x.png", err: `image path "https://evil.example/x.png" must be relative to the record's folder, such as anh-1.jpg`},
		{ref: "data:image/png;base64,iVBO", err: `image path "data:image/png;base64,iVBO" must be relative to the record's folder, such as anh-1.jpg`},
		{ref: " Java\tScript:alert(1).png", err: `image path " Java\tScript:alert(1).png" must be relative to the record's folder, such as anh-1.jpg`},
		{ref: "C:/anh.jpg", err: `image path "C:/anh.jpg" must be relative to the record's folder, such as anh-1.jpg`},
		{ref: "anh.jpg?v=2", err: `image path "anh.jpg?v=2" has a ? or #; give the file's name alone, such as anh-1.jpg`},
		{ref: "logo.svg#a", err: `image path "logo.svg#a" has a ? or #; give the file's name alone, such as anh-1.jpg`},
		{ref: "../../../secret.png", err: `image path "../../../secret.png" points outside the content folder; keep images inside content/`},
		{ref: "anh.avif", err: `image "anh.avif" must be a .jpg, .jpeg, .png, .webp or .svg file`},
		{ref: "anh.gif", err: `image "anh.gif" must be a .jpg, .jpeg, .png, .webp or .svg file`},
		{ref: "ghi-chu.txt", err: `image "ghi-chu.txt" must be a .jpg, .jpeg, .png, .webp or .svg file`},
	} {
		r, err := Parse(dir, tc.ref)
		switch {
		case tc.err != "":
			if err == nil || err.Error() != tc.err {
				t.Errorf("Parse(%q) error = %v, want %s", tc.ref, err, tc.err)
			}
		case err != nil:
			t.Errorf("Parse(%q): %v", tc.ref, err)
		case r.Path != tc.path || r.Out != tc.out:
			t.Errorf("Parse(%q) = %s published as %s, want %s as %s", tc.ref, r.Path, r.Out, tc.path, tc.out)
		}
	}
}

// One list of types, everywhere: every extension maps to its MIME type,
// and Extensions names them all.
func TestTypes(t *testing.T) {
	want := map[string]string{".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp", ".svg": "image/svg+xml"}
	if len(Types()) != len(want) {
		t.Errorf("Types() = %v, want %d types", Types(), len(want))
	}
	for ext, mime := range want {
		if ty, ok := TypeOf("a/b" + ext); !ok || ty.MIME != mime || ty.Print == (ext == ".svg") {
			t.Errorf("TypeOf(%s) = %+v %v", ext, ty, ok)
		}
		if up, _ := TypeOf("B" + ext[:2] + "X"); up.Ext == ext {
			t.Errorf("TypeOf matches a prefix of %s", ext)
		}
	}
	if ty, ok := TypeOf("ANH.JPG"); !ok || ty.Ext != ".jpg" {
		t.Errorf("TypeOf(ANH.JPG) = %+v %v", ty, ok)
	}
	if got := Extensions().String(); got != ".jpg, .jpeg, .png, .webp or .svg" {
		t.Errorf("Extensions() = %q", got)
	}
	if got := Extensions().Localize(message.VI); got != ".jpg, .jpeg, .png, .webp hoặc .svg" {
		t.Errorf("Extensions() in Vietnamese = %q", got)
	}
}

// A file saved with a decomposed (NFD) name, as macOS writes it, is found
// from a reference in NFC and the other way round, in a file name or a
// folder name; it is published under the NFC name.
func TestFindNormalization(t *testing.T) {
	nfd := norm.NFD.String
	fsys := fstest.MapFS{
		"content/products/gao/" + nfd("ảnh-tám.jpg"):            {Data: pngBytes(t)},
		"content/products/gao/" + "mặt-trước.png":               {Data: pngBytes(t)},
		"content/products/gao/" + nfd("bộ-ảnh") + "/1.png":      {Data: pngBytes(t)},
		"content/products/gao/a\u0323\u0302u.png":               {Data: pngBytes(t)},
		"content/products/gao/\u00e2\u0323u.png":                {Data: pngBytes(t)},
		"content/products/" + nfd("chung") + "/" + nfd("ổ.svg"): {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`)},
	}
	lib := NewLibrary(fsys)
	for _, tc := range []struct {
		ref, src, out, err string
	}{
		{ref: "ảnh-tám.jpg", src: "content/products/gao/" + nfd("ảnh-tám.jpg"), out: "ảnh-tám.jpg"},
		{ref: nfd("mặt-trước.png"), src: "content/products/gao/mặt-trước.png", out: "mặt-trước.png"},
		{ref: "bộ-ảnh/1.png", src: "content/products/gao/" + nfd("bộ-ảnh") + "/1.png", out: "bộ-ảnh/1.png"},
		{ref: "../chung/ổ.svg", src: "content/products/" + nfd("chung") + "/" + nfd("ổ.svg"), out: "ổ.svg"},
		{ref: "thiếu.jpg", err: `image "thiếu.jpg" does not exist; expected a file at content/products/gao/thiếu.jpg`},
		{ref: "ậu.png", err: `image "ậu.png" matches 2 files whose names differ only in how their accents are encoded`},
	} {
		img, err := lib.Find("content/products/gao", tc.ref)
		switch {
		case tc.err != "":
			if err == nil || !bytes.HasPrefix([]byte(err.Error()), []byte(tc.err)) {
				t.Errorf("Find(%q) error = %v, want %s", tc.ref, err, tc.err)
			}
		case err != nil:
			t.Errorf("Find(%q): %v", tc.ref, err)
		case img.Src != tc.src || img.Out != tc.out || !norm.NFC.IsNormalString(img.Out):
			t.Errorf("Find(%q) = %q published as %q, want %q as %q", tc.ref, img.Src, img.Out, tc.src, tc.out)
		}
	}
}

// A raster is what its extension says, read from its header: a mismatch
// names both; a damaged file says so. An SVG is cleaned, and anything
// left out is an error naming it and its line.
func TestCheck(t *testing.T) {
	webp, _ := base64.StdEncoding.DecodeString("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==")
	var jpg bytes.Buffer
	if err := jpeg.Encode(&jpg, image.NewGray(image.Rect(0, 0, 3, 2)), nil); err != nil {
		t.Fatal(err)
	}
	heic := []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic")
	svg := []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3"/></svg>`)
	for _, tc := range []struct {
		name string
		data []byte
		w, h int
		err  string
	}{
		{name: "anh.png", data: pngBytes(t), w: 4, h: 3},
		{name: "anh.jpg", data: jpg.Bytes(), w: 3, h: 2},
		{name: "anh.JPEG", data: jpg.Bytes(), w: 3, h: 2},
		{name: "anh.webp", data: webp, w: 1, h: 1},
		{name: "anh.svg", data: svg},
		{name: "anh.jpg", data: pngBytes(t), err: `image "anh.jpg" holds a PNG picture but its name ends in .jpg; rename the file to anh.png and write that name here`},
		{name: "anh.png", data: jpg.Bytes(), err: `image "anh.png" holds a JPEG photo but its name ends in .png; rename the file to anh.jpg and write that name here`},
		{name: "anh.jpg", data: heic, err: `image "anh.jpg" holds a HEIC photo (the iPhone format) but its name ends in .jpg; open it in a photo program and save it as .jpg`},
		{name: "anh.png", data: svg, err: `image "anh.png" holds an SVG drawing but its name ends in .png; rename the file to anh.svg and write that name here`},
		{name: "anh.svg", data: pngBytes(t), err: `image "anh.svg" holds a PNG picture but its name ends in .svg; rename the file to anh.png and write that name here`},
		{name: "anh.webp", data: []byte("<!DOCTYPE html><script>alert(1)</script>"), err: `image "anh.webp" holds a web page (HTML) but its name ends in .webp; open it in a photo program and save it as .jpg`},
		{name: "anh.jpg", data: []byte("not a photo at all"), err: `image "anh.jpg" cannot be read as a JPEG photo (the file is damaged or of another kind); open it in a photo program and save it again as .jpg`},
		{name: "anh.png", data: pngBytes(t)[:20], err: `image "anh.png" cannot be read as a PNG picture (the file is damaged or of another kind); open it in a photo program and save it again as .png`},
		{name: "anh.svg", data: []byte("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect/>\n<script>alert(1)</script><a/></svg>"), err: `image "anh.svg" contains a script (<script>) at line 3 of the SVG and 1 more thing, which a picture on the site may not have; remove it with a drawing program, or save the picture as .png`},
		{name: "anh.svg", data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>`), err: `image "anh.svg" is not a valid SVG drawing (line 1: element <rect> closed by </svg>`},
	} {
		lib := NewLibrary(fstest.MapFS{"content/products/gao/" + tc.name: {Data: tc.data}})
		img, err := lib.Find("content/products/gao", tc.name)
		if err != nil {
			t.Fatal(err)
		}
		err = lib.Check(img)
		switch {
		case tc.err != "":
			if err == nil || !bytes.HasPrefix([]byte(err.Error()), []byte(tc.err)) {
				t.Errorf("Check(%s, %.12q) = %v, want %s", tc.name, tc.data, err, tc.err)
			}
		case err != nil:
			t.Errorf("Check(%s): %v", tc.name, err)
		default:
			if w, h := lib.Size(img); w != tc.w || h != tc.h {
				t.Errorf("Size(%s) = %d × %d, want %d × %d", tc.name, w, h, tc.w, tc.h)
			}
		}
	}
}

// The build publishes a raster as it is and an SVG only as the cleaner
// writes it, never as saved.
func TestPublish(t *testing.T) {
	hostile := []byte(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="1" height="1"/></svg>`)
	fsys := fstest.MapFS{
		"content/a.svg": {Data: hostile},
		"content/a.png": {Data: pngBytes(t)},
	}
	lib := NewLibrary(fsys)
	svg, _ := lib.Find("content", "a.svg")
	out, err := lib.Publish(svg)
	if err != nil {
		t.Fatal(err)
	}
	if want := `<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>`; string(out) != want {
		t.Errorf("published SVG = %s, want %s", out, want)
	}
	raster, _ := lib.Find("content", "a.png")
	if out, err := lib.Publish(raster); err != nil || !bytes.Equal(out, pngBytes(t)) {
		t.Errorf("published PNG differs from the file (%v)", err)
	}
}

// pngBytes returns a 4 × 3 PNG.
func pngBytes(t testing.TB) []byte {
	t.Helper()
	m := image.NewRGBA(image.Rect(0, 0, 4, 3))
	m.Set(1, 1, color.RGBA{200, 0, 0, 255})
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

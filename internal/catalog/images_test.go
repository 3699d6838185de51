package catalog_test

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
)

// checkFiles loads base plus files and validates it reading the images'
// files (CheckOptions.Files), as ocop check does.
func checkFiles(t *testing.T, files map[string][]byte) catalog.Diagnostics {
	t.Helper()
	fsys := fstest.MapFS{}
	for k, v := range base {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	delete(fsys, "content/products/ok/pic.jpg")
	for k, v := range files {
		fsys[k] = &fstest.MapFile{Data: v}
	}
	c, ds := load.Content(fsys)
	ds = append(ds, c.Validate(catalog.CheckOptions{Today: catalog.Date{Year: 2026, Month: 11, Day: 29}, Files: fsys})...)
	ds.Sort()
	return ds
}

func pngFile(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 2, 2))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Every image reference, in the images field or in a body, of every kind
// of record, gets the one rule of package media: its errors come at the
// value's or the "![" 's exact position.
func TestImageRules(t *testing.T) {
	const product = "content/products/ok/index.md"
	front := func(images string) string {
		return "---\n" + strings.Replace(good, "[pic.jpg]", images, 1) + "---\n"
	}
	nfd := norm.NFD.String
	svgScript := []byte("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script></svg>")
	for _, tc := range []struct {
		name  string
		files map[string][]byte
		want  []string // the exact errors, in order
	}{
		{name: "NFD file, NFC reference", files: map[string][]byte{
			product: []byte(front("[ảnh-tám.png]") + "\n![ảnh](ảnh-tám.png)\n"),
			"content/products/ok/" + nfd("ảnh-tám.png"): pngFile(t),
		}},
		{name: "NFD file in an NFD folder", files: map[string][]byte{
			product: []byte(front("[bộ-ảnh/1.png]")),
			"content/products/ok/" + nfd("bộ-ảnh") + "/1.png": pngFile(t),
		}},
		{name: "body image missing", files: map[string][]byte{
			product:                       []byte(front("[pic.png]") + "\nMô tả sản phẩm.\n\nẢnh thật: ![mặt sau](mat-sau.jpg)\n"),
			"content/products/ok/pic.png": pngFile(t),
		}, want: []string{
			product + `:14:11: image "mat-sau.jpg" does not exist; expected a file at content/products/ok/mat-sau.jpg`,
		}},
		{name: "body image refused", files: map[string][]byte{
			product:                       []byte(front("[pic.png]") + "![xa](https://evil.example/x.png)\n![](../../../x.png) ![](a.avif)\n"),
			"content/products/ok/pic.png": pngFile(t),
		}, want: []string{
			product + `:11:1: image path "https://evil.example/x.png" must be relative to the record's folder, such as anh-1.jpg`,
			product + `:12:1: image path "../../../x.png" points outside the content folder; keep images inside content/`,
			product + `:12:21: image "a.avif" must be a .jpg, .jpeg, .png, .webp or .svg file`,
		}},
		{name: "SVG with a script, in front matter and body", files: map[string][]byte{
			product:                        []byte(front("[logo.svg]") + "![](logo.svg)\n"),
			"content/products/ok/logo.svg": svgScript,
		}, want: []string{
			product + `:9:10: image "logo.svg" contains a script (<script>) at line 2 of the SVG, which a picture on the site may not have; remove it with a drawing program, or save the picture as .png`,
			product + `:11:1: image "logo.svg" contains a script (<script>) at line 2 of the SVG, which a picture on the site may not have; remove it with a drawing program, or save the picture as .png`,
		}},
		{name: "PNG named .jpg", files: map[string][]byte{
			product:                       []byte(front("[pic.jpg]")),
			"content/products/ok/pic.jpg": pngFile(t),
		}, want: []string{
			product + `:9:10: image "pic.jpg" holds a PNG picture but its name ends in .jpg; rename the file to pic.png and write that name here`,
		}},
		{name: "two files published under one name", files: map[string][]byte{
			product:                    []byte(front("[../a/x.png, ../b/x.png]")),
			"content/products/a/x.png": pngFile(t),
			"content/products/b/x.png": pngFile(t),
		}, want: []string{
			product + `:9:22: image "../b/x.png" would be published as x.png beside the page, like content/products/a/x.png; rename one of the two files`,
		}},
		{name: "producer body", files: map[string][]byte{
			product:                       []byte(front("[pic.png]")),
			"content/products/ok/pic.png": pngFile(t),
			"content/producers/htx.md":    []byte("---\nname: HTX A\nkind: HTX\ndistrict: Nam Trực\n---\nXưởng:\n\n  ![xưởng](xuong.jpg)\n"),
		}, want: []string{
			`content/producers/htx.md:8:3: image "xuong.jpg" does not exist; expected a file at content/producers/xuong.jpg`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range checkFiles(t, tc.files) {
				if d.Severity == catalog.Error {
					got = append(got, d.String())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("errors:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

package kiosk

import (
	"encoding/json"
	"image"
	"image/color"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/internal/output/searchindex"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/synth"
)

// kioskFixture is the test site with the showroom's kiosk configured:
// it sells the embroidery (3★) and the honey (5★), not the rice (4★,
// marked featured for the home page), and features the rice wine, which
// it does not sell.
func kioskFixture(t *testing.T) (*catalog.Catalog, *catalog.Showroom) {
	t.Helper()
	c := outputtest.Load(t, fixture())
	s := c.Showrooms[0]
	s.Kiosk = catalog.KioskSettings{IdleSeconds: 120, SlideSeconds: 5, Orientation: "portrait", Featured: []string{"ruou-nep-hai-hau"}}
	c.Product("mat-ong-hoa-nhan").Showrooms = []string{s.ID}
	c.Product("gao-nep-dien-xa").Showrooms = nil
	c.Link()
	return c, s
}

// script reads the JSON a kiosk script assigns or passes: the text
// between prefix and the final ");" or ";".
func script(t *testing.T, w *outputtest.Writer, p, prefix string, v any) {
	t.Helper()
	s, ok := w.Files[p]
	if !ok {
		t.Fatalf("%s was not written", p)
	}
	body, found := strings.CutPrefix(string(s), prefix)
	if !found {
		t.Fatalf("%s does not start with %q", p, prefix)
	}
	body = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(body), ";"), ")")
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("%s: %v", p, err)
	}
}

// kioskData reads the data.js file p with ReadData.
func kioskData(t *testing.T, w *outputtest.Writer, p string) Data {
	t.Helper()
	b, ok := w.Files[p]
	if !ok {
		t.Fatalf("%s was not written", p)
	}
	d, err := ReadData(b)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return d
}

func TestKioskData(t *testing.T) {
	c, s := kioskFixture(t)
	w, err := render(c, fixture(), "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	dir := "kiosk/" + s.Slug + "/"
	for _, p := range []string{"kiosk/index.html", dir + "index.html"} {
		if _, ok := w.Files[p]; !ok {
			t.Errorf("%s was not written", p)
		}
	}
	d := kioskData(t, w, dir+"data.js")
	var got []string
	for _, p := range d.Products {
		got = append(got, p.Slug)
	}
	// By stars: the rice (sold elsewhere) is left out, and so is the rice
	// wine, featured but not offered here (its showrooms list does not
	// name the showroom, which offers the products that name it).
	want := []string{"mat-ong-hoa-nhan", "khan-theu-tay-nam-truc"}
	if !slices.Equal(got, want) {
		t.Errorf("showroom kiosk products = %q, want %q", got, want)
	}
	if d.Idle != 120 || d.Slide != 5 || d.Orient != "portrait" || d.Slug != s.Slug || d.Title != s.Name || d.Digits != search.Alphabet {
		t.Errorf("settings = idle %d, slide %d, orient %q, slug %q, title %q, digits %q", d.Idle, d.Slide, d.Orient, d.Slug, d.Title, d.Digits)
	}
	if d.Narrow == nil || *d.Narrow != (Narrow{Name: "showroom", Value: s.Slug}) {
		t.Errorf("narrow = %+v, want the showroom %s", d.Narrow, s.Slug)
	}
	// Each product's record number names it in the search index.
	for _, p := range d.Products {
		var chunk [][]any
		_, _, data, err := search.ReadScript(w.Files[search.ChunkPath("vi", p.Doc)])
		if err == nil {
			err = json.Unmarshal(data, &chunk)
		}
		if err != nil || p.Doc%search.ChunkSize >= len(chunk) {
			t.Fatalf("%s: search record %d: %v", p.Slug, p.Doc, err)
		}
		if name, _ := chunk[p.Doc%search.ChunkSize][0].(string); name != p.Name {
			t.Errorf("%s: search record %d is %q, want %q", p.Slug, p.Doc, name, p.Name)
		}
	}
	if d.UI["touch"] != "Chạm để khám phá" {
		t.Errorf("ui.touch = %q", d.UI["touch"])
	}
	for _, p := range d.Products {
		if p.Image == "" || strings.HasPrefix(p.Image, "/") || strings.Contains(p.Image, "://") {
			t.Errorf("%s: image %q is not relative to the site root", p.Slug, p.Image)
		}
	}

	all := kioskData(t, w, "kiosk/data.js")
	got = nil
	for _, p := range all.Products {
		got = append(got, p.Slug)
	}
	// Featured for the home page first, then by stars and name; the
	// expired rice wine last, after the slides.
	want2 := []string{"gao-nep-cai-hoa-vang-dien-xa", "mat-ong-hoa-nhan", "banh-da-cua-hai-hau", "khan-theu-tay-nam-truc", "muoi-hat-hai-hau", "ruou-nep-hai-hau"}
	if !slices.Equal(got, want2) || all.Slug != "" || all.Idle != catalog.KioskIdleDefault || all.Title != c.Config.Title {
		t.Errorf("whole-catalog kiosk: products %q (want %q), slug %q, idle %d, title %q", got, want2, all.Slug, all.Idle, all.Title)
	}

	// The details: each product's QR code reads as its page's address.
	var det []Detail
	script(t, w, dir+"d0.js", "ocopKiosk.add(0,", &det)
	if len(det) != len(want) {
		t.Fatalf("d0.js has %d products, want %d", len(det), len(want))
	}
	for i, slug := range want {
		text, err := readKioskQR(det[i].QR)
		if err != nil {
			t.Errorf("%s: QR code: %v", slug, err)
		} else if url := "https://ocop.example.vn/san-pham/" + slug + "/"; text != url {
			t.Errorf("%s: QR code reads %q, want %q", slug, text, url)
		}
	}
	if len(det[0].Story) == 0 || det[0].Place == "" {
		t.Errorf("honey: story %q, place %q; want both", det[0].Story, det[0].Place)
	}
}

// readKioskQR draws a QR code as kiosk.js does and reads it with gozxing.
func readKioskQR(code string) (string, error) {
	size, bits, _ := strings.Cut(code, ":")
	n, err := strconv.Atoi(size)
	if err != nil {
		return "", err
	}
	const px, quiet = 4, 4
	m := image.NewGray(image.Rect(0, 0, (n+2*quiet)*px, (n+2*quiet)*px))
	for i := range m.Pix {
		m.Pix[i] = 0xff
	}
	const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
	for i := range n * n {
		if i/6 >= len(bits) {
			break
		}
		if strings.IndexByte(digits, bits[i/6])>>(i%6)&1 == 1 {
			x, y := i%n, i/n
			for dy := range px {
				for dx := range px {
					m.SetGray((x+quiet)*px+dx, (y+quiet)*px+dy, color.Gray{})
				}
			}
		}
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(m)
	if err != nil {
		return "", err
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]interface{}{gozxing.DecodeHintType_PURE_BARCODE: true})
	if err != nil {
		return "", err
	}
	return res.GetText(), nil
}

// The service worker caches each kiosk's own files, the theme's, the
// images it shows and the search index; its version changes with the
// content.
func TestKioskServiceWorker(t *testing.T) {
	c, s := kioskFixture(t)
	w, err := render(c, fixture(), "https://example.gov.vn/ocop/")
	if err != nil {
		t.Fatal(err)
	}
	sw := func(w *outputtest.Writer) Cache {
		t.Helper()
		src := string(w.Files["kiosk/sw.js"])
		_, rest, ok := strings.Cut(src, "var KIOSK = ")
		if !ok {
			t.Fatalf("kiosk/sw.js has no settings:\n%s", src)
		}
		js, _, _ := strings.Cut(rest, ";\n")
		var kc Cache
		if err := json.Unmarshal([]byte(js), &kc); err != nil {
			t.Fatalf("kiosk/sw.js: %v", err)
		}
		return kc
	}
	kc := sw(w)
	dir := "kiosk/" + s.Slug + "/"
	for _, p := range []string{"assets/kiosk.js", "assets/kiosk.css", "search/i.js", "search/f.js"} {
		if !slices.Contains(kc.Common, p) {
			t.Errorf("the cache lacks %s: %q", p, kc.Common)
		}
	}
	// The kiosks draw results from their data.js: no display chunk, and
	// no search script but the kiosk's own.
	for _, list := range append([][]string{kc.Common}, kc.Kiosks[""], kc.Kiosks[s.Slug]) {
		for _, p := range list {
			if strings.HasPrefix(p, "search/vi/") || strings.HasPrefix(p, "search/en/") || p == "assets/search.js" {
				t.Errorf("a cache lists %s", p)
			}
		}
	}
	mine := kc.Kiosks[s.Slug]
	for _, p := range []string{dir, dir + "data.js", dir + "d0.js", "assets/placeholder-thuc-pham.svg", "san-pham/gao-nep-cai-hoa-vang-dien-xa/anh.png"} {
		if p == "san-pham/gao-nep-cai-hoa-vang-dien-xa/anh.png" {
			if slices.Contains(mine, p) {
				t.Errorf("the showroom's cache has %s, a photo of a product it does not sell", p)
			}
			if !slices.Contains(kc.Kiosks[""], p) {
				t.Errorf("the whole catalog's cache lacks %s: %q", p, kc.Kiosks[""])
			}
			continue
		}
		if !slices.Contains(mine, p) {
			t.Errorf("the showroom's cache lacks %s: %q", p, mine)
		}
	}
	for _, list := range append([][]string{kc.Common}, kc.Kiosks[""], mine) {
		for _, p := range list {
			if _, ok := w.Files[p]; !ok && !strings.HasSuffix(p, "/") {
				t.Errorf("the cache lists %s, which is not written", p)
			}
		}
	}
	if len(kc.Version) != 16 {
		t.Errorf("version %q is not a hash", kc.Version)
	}
	c.Product("mat-ong-hoa-nhan").Name = "Mật ong hoa vải"
	w2, err := render(c, fixture(), "https://example.gov.vn/ocop/")
	if err != nil {
		t.Fatal(err)
	}
	if v := sw(w2).Version; v == kc.Version {
		t.Errorf("version %s did not change with a product's name", v)
	}
	// A photo replaced under the same name changes the version too.
	const photo = "content/products/gao-nep-dien-xa/anh.png"
	b, err := fs.ReadFile(fixture(), photo)
	if err != nil {
		t.Fatal(err)
	}
	site := overlayFS{FS: fixture(), files: fstest.MapFS{photo: {Data: append(b, 0)}}}
	w3, err := render(c, site, "https://example.gov.vn/ocop/")
	if err != nil {
		t.Fatal(err)
	}
	if v2, v3 := sw(w2).Version, sw(w3).Version; v3 == v2 {
		t.Errorf("version %s did not change with a photo's bytes", v3)
	}
}

// overlayFS is FS with the files of files in place of its own.
type overlayFS struct {
	fs.FS
	files fstest.MapFS
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Open(name)
	}
	return o.FS.Open(name)
}

// BenchmarkKiosks makes every kiosk of a synthetic catalog of 10,000
// products (internal/synth, seed 1) and reports their bytes.
func BenchmarkKiosks(b *testing.B) {
	dir := b.TempDir()
	if _, err := synth.Write(synth.Options{Products: 10000, Seed: 1, Out: dir, Reference: os.DirFS("../../..")}); err != nil {
		b.Fatal(err)
	}
	src := os.DirFS(dir)
	c, _ := load.Content(src)
	opt, err := options(src, c.Config.BaseURL)
	if err != nil {
		b.Fatal(err)
	}
	s, err := site.Prepare(c, opt)
	if err != nil {
		b.Fatal(err)
	}
	index, err := searchindex.Index{}.Plan(s, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var bytes, files int
	for b.Loop() {
		jobs, err := Kiosks{}.Plan(s, index)
		if err != nil {
			b.Fatal(err)
		}
		bytes, files = 0, len(jobs)
		for _, j := range jobs {
			data, _ := j.Make()
			bytes += len(data)
		}
	}
	b.ReportMetric(float64(bytes), "bytes")
	b.ReportMetric(float64(files), "files")
}

// TestKioskCachesEverySearchFile: a kiosk's service worker leaves out only
// the display chunks of the site's languages; shards, bundles of shards
// (search/wb/, search/tb/), the manifest and facets are cached, or an
// offline kiosk could not search.
func TestKioskCachesEverySearchFile(t *testing.T) {
	k := &kiosks{s: &site.Site{Langs: []catalog.Language{{Code: "vi"}, {Code: "en"}}}}
	for p, want := range map[string]bool{
		"search/vi/3.js":  true,
		"search/en/0.js":  true,
		"search/wb/3.js":  false,
		"search/tb/0.js":  false,
		"search/w/ng.js":  false,
		"search/t/nuo.js": false,
		"search/i.js":     false,
		"search/f.js":     false,
	} {
		if got := k.isDisplayChunk(p); got != want {
			t.Errorf("isDisplayChunk(%q) = %v, want %v", p, got, want)
		}
	}
}

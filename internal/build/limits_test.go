package build

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// text returns n characters of Vietnamese words with marks, or of one
// word as long as n when oneWord is set.
func text(n int, oneWord bool) string {
	w := "Nướcmắmđặcbiệt"
	if !oneWord {
		w = "Nước mắm đặc biệt "
	}
	r := []rune(strings.Repeat(w, n/len([]rune(w))+1))[:n-1]
	return string(r) + "x"
}

// address returns an https address of n characters.
func address(n int) string {
	a := "https://ocop.namdinh.gov.vn/tin-tuc/"
	return a + strings.Repeat("a", n-len(a))
}

// baseURL returns a base URL as long as it may be once written in links,
// its letters with marks as %-codes.
func baseURL() string {
	a := "https://ocop.namdinh.gov.vn/"
	n := catalog.MaxBaseURLBytes - len(a) - 1
	return a + strings.Repeat("ạ", n/9) + strings.Repeat("a", n%9) + "/"
}

// slugOf returns a slug of n characters, word repeated.
func slugOf(word string, n int) string {
	s := strings.Repeat(word+"-", n)[:n]
	if strings.HasSuffix(s, "-") {
		s = s[:n-1] + "x"
	}
	return s
}

// flow returns a YAML flow list of items.
func flow(items ...string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// times returns n copies of s.
func times(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// photos returns n photo names, each making the published path, in the
// page folder of a record of kind k with the given slug, exactly
// urls.MaxPathBytes long.
func photos(k urls.Kind, slug string, n int) []string {
	dir := urls.Page(k, "vi", slug)
	out := make([]string, n)
	for i := range out {
		head := fmt.Sprintf("anh-%02d-", i)
		out[i] = head + strings.Repeat("b", urls.MaxPathBytes-len(dir)-len(head)-len(".png")) + ".png"
	}
	return out
}

// siteAtLimits returns a site whose records hold values at every limit:
// the longest names (as words, and as one word), slugs given and made,
// tags, texts and addresses, the most entries of every list of records,
// photos with the longest names and paths, and the longest base URL.
func siteAtLimits(t *testing.T) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	put := func(p, s string) { fsys[p] = &fstest.MapFile{Data: []byte(s)} }
	record := func(p, body string, lines ...string) {
		put(p, "---\n"+strings.Join(lines, "\n")+"\n---\n"+body)
	}
	for _, p := range []string{"content/groups.yaml", "content/geo/2024-05-01.yaml", "content/geo/2025-03-01.yaml", "content/geo/2025-07-01.yaml"} {
		b, err := os.ReadFile(filepath.Join("../..", p))
		if err != nil {
			t.Fatal(err)
		}
		put(p, string(b))
	}
	img := image.NewRGBA(image.Rect(0, 0, 4, 3))
	img.Set(1, 1, color.RGBA{R: 200, A: 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	photo := func(dir string, names []string) {
		for _, n := range names {
			fsys[dir+n] = &fstest.MapFile{Data: buf.Bytes()}
		}
	}

	put("content/site.yaml", strings.Join([]string{
		"title: " + text(catalog.MaxNameRunes, false),
		"title_en: " + text(catalog.MaxNameRunes, true),
		"base_url: " + baseURL(),
		"languages: [{code: vi, name: Tiếng Việt}, {code: en, name: English}]",
		`default_criteria: "1048"`,
		"description: " + text(catalog.MaxTextRunes, false),
	}, "\n")+"\n")

	long := slugOf("gao-tam", urls.MaxSlugBytes)
	var tags []string
	for i := range catalog.MaxTags {
		tags = append(tags, fmt.Sprintf("%02d %s", i, text(catalog.MaxTagRunes-3, false)))
	}
	pics := photos(urls.Product, long, catalog.MaxImages)
	photo("content/products/dai-nhat/", pics)
	record("content/products/dai-nhat/index.md",
		text(catalog.MaxParagraphRunes, false)+"\n\n"+text(catalog.MaxParagraphRunes, true)+"\n\n"+
			strings.Repeat("[](", catalog.MaxParagraphRunes/3)+"\n\n"+strings.Repeat(">", catalog.MaxParagraphRunes-2)+" a\n\n"+
			"![ảnh]("+pics[0]+")\n",
		"name: "+text(catalog.MaxNameRunes, false),
		"name_en: "+text(catalog.MaxNameRunes, true),
		"slug: "+long,
		"producer: p-dai",
		"group: thuc-pham",
		"stars: 5",
		"level: national",
		"district: Hải Hậu",
		"commune: Hải Hòa",
		"price: 35000",
		"pack: "+text(catalog.MaxLineRunes, true),
		fmt.Sprintf("certificate: {number: %q, date: 2025-01-10}", text(catalog.MaxLineRunes, true)),
		"images: "+flow(pics...),
		"showrooms: "+flow(times("sr-dai", catalog.MaxShowrooms)...),
		"tags: "+flow(tags...),
		"summary: "+text(catalog.MaxTextRunes, false),
		"description_en: "+text(catalog.MaxTextRunes, true),
		"featured: true",
		"sources: "+flow(times(address(catalog.MaxURLRunes), catalog.MaxSources)...))
	// A name whose slug is as long as a slug may be, made from it.
	made := strings.ReplaceAll(slugOf("banh", urls.MaxSlugBytes), "-", " ")
	if urls.Slug(made) != slugOf("banh", urls.MaxSlugBytes) {
		t.Fatalf("slug of %q is %q", made, urls.Slug(made))
	}
	record("content/products/x.md", "Mô tả.\n",
		"name: "+made, "producer: p-dai", "group: thuc-pham", "stars: 3", "district: Hải Hậu")
	// A photo with the longest file name.
	name := strings.Repeat("ả", (urls.MaxFileNameBytes-4)/3) + strings.Repeat("b", (urls.MaxFileNameBytes-4)%3) + ".png"
	photo("content/products/", []string{name})
	record("content/products/ngan.md", "",
		"name: Gạo", "producer: p-dai", "group: thuc-pham", "stars: 4", "district: Hải Hậu", "images: "+flow(name))

	record("content/producers/p-dai.md", text(catalog.MaxParagraphRunes, false)+"\n",
		"name: "+text(catalog.MaxNameRunes, true),
		"slug: "+long,
		"kind: HTX",
		"address: "+text(catalog.MaxLineRunes, false),
		"district: Hải Hậu",
		"phone: 0912 345 678",
		"email: htx@example.vn",
		"website: "+address(catalog.MaxURLRunes),
		"sources: "+flow(times(address(catalog.MaxURLRunes), catalog.MaxSources)...))

	spics := photos(urls.Site, long, catalog.MaxImages)
	photo("content/sites/s-dai/", spics)
	record("content/sites/s-dai/index.md", text(catalog.MaxParagraphRunes, false)+"\n",
		"name: "+text(catalog.MaxNameRunes, false),
		"name_en: "+text(catalog.MaxNameRunes, false),
		"slug: "+long,
		"kind: làng nghề",
		"district: Hải Hậu",
		"address: "+text(catalog.MaxLineRunes, true),
		"hours: "+text(catalog.MaxLineRunes, false),
		"coordinates: {lat: 20.2, lon: 106.3}",
		"stars: 4",
		"products: "+flow(times("dai-nhat", catalog.MaxRelated)...),
		"producers: "+flow(times("p-dai", catalog.MaxRelated)...),
		"description_en: "+text(catalog.MaxTextRunes, false),
		"images: "+flow(spics...),
		"sources: "+flow(times(address(catalog.MaxURLRunes), catalog.MaxSources)...))

	record("content/showrooms/sr-dai.md", "",
		"name: "+text(catalog.MaxNameRunes, true),
		"name_en: "+text(catalog.MaxNameRunes, false),
		"slug: "+long,
		"district: Hải Hậu",
		"address: "+text(catalog.MaxLineRunes, false),
		"hours: "+text(catalog.MaxLineRunes, true),
		"phone: 0228 3123 456",
		"kiosk: {featured: "+flow(times("dai-nhat", catalog.MaxFeatured)...)+"}",
		"sources: "+flow(times(address(catalog.MaxURLRunes), catalog.MaxSources)...))

	record("content/fairs/f-dai.md", "",
		"name: "+text(catalog.MaxNameRunes, false),
		"name_en: "+text(catalog.MaxNameRunes, true),
		"slug: "+long,
		"start: 2026-12-01",
		"end: 2026-12-05",
		"venue: "+text(catalog.MaxLineRunes, false),
		"select: {min_stars: 1, products: "+flow(times("dai-nhat", catalog.MaxFairProducts)...)+"}",
		"sources: "+flow(times(address(catalog.MaxURLRunes), catalog.MaxSources)...))
	return fsys
}

// TestBuildAtLimits builds, brochures and PDFs included, a site whose
// every value is at its limit: content that passes ocop check must
// build.
func TestBuildAtLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with brochures")
	}
	if b, err := urls.ParseBase(baseURL()); err != nil || len(b.String()) != catalog.MaxBaseURLBytes {
		t.Fatalf("base URL of %d bytes, want %d (%v)", len(b.String()), catalog.MaxBaseURLBytes, err)
	}
	src := siteAtLimits(t)
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	r, err := Check(Options{Source: src, Now: now})
	for _, d := range r.Diagnostics {
		if d.Severity == catalog.Error {
			t.Errorf("%.400s", d)
		}
	}
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	r, err = Site(Options{Source: src, Dest: dest, Now: now, Brochures: true})
	if err != nil {
		t.Fatalf("build: %.2000v", err)
	}
	for _, p := range []string{
		"san-pham/" + slugOf("gao-tam", urls.MaxSlugBytes) + "/index.html",
		"san-pham/" + slugOf("gao-tam", urls.MaxSlugBytes) + "/" + photos(urls.Product, slugOf("gao-tam", urls.MaxSlugBytes), 1)[0],
		"in-an/diem-ban/" + slugOf("gao-tam", urls.MaxSlugBytes) + ".pdf",
		"kiosk/" + slugOf("gao-tam", urls.MaxSlugBytes) + "/index.html",
	} {
		if _, err := os.Stat(filepath.Join(dest, p)); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	if r.Pages == 0 {
		t.Errorf("no pages written")
	}
}

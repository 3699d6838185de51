package load

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// base is the smallest valid site: config, groups and one geography
// snapshot with two districts.
var base = map[string]string{
	"content/site.yaml": "title: Sản phẩm OCOP\nbase_url: https://example.gov.vn/\ndefault_criteria: \"1048\"\n",
	"content/groups.yaml": `browse:
  - id: thuc-pham
    name: Thực phẩm
systems:
  - id: "1048"
    decision: 1048/QĐ-TTg
    groups:
      - id: thuc-pham
        name: Thực phẩm
        browse: thuc-pham
  - id: "148"
    decision: 148/QĐ-TTg
    groups:
      - id: thuc-pham
        name: Thực phẩm
        browse: thuc-pham
`,
	"content/geo/2024-05-01.yaml": `date: 2024-05-01
province: Nam Định
districts:
  - code: "356"
    name: Thành phố Nam Định
    units:
      - {code: "13633", name: Phường Hạ Long}
  - code: "365"
    name: Huyện Nam Trực
    units:
      - {code: "13960", name: Xã Điền Xá}
      - {code: "13961", name: Xã Nam Mỹ}
`,
	"content/geo/2025-07-01.yaml": `date: 2025-07-01
province: Ninh Bình
units:
  - code: "13960"
    name: Phường Vị Khê
    from: ["Huyện Nam Trực/Xã Điền Xá", "Huyện Nam Trực/Xã Nam Mỹ"]
`,
}

// site returns base plus files.
func site(files map[string]string) fstest.MapFS {
	fs := fstest.MapFS{}
	for k, v := range base {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	for k, v := range files {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fs
}

func errorsOf(ds catalog.Diagnostics) []string {
	var out []string
	for _, d := range ds {
		if d.Severity == catalog.Error {
			out = append(out, d.String())
		}
	}
	return out
}

// Case errors-001: front matter errors name the file and the real line;
// all broken files are reported in one run.
func TestFrontMatterErrorLines(t *testing.T) {
	_, ds := Content(site(map[string]string{
		"content/products/nuoc-mam.md":   "---\nname: Nước mắm cốt: loại đặc biệt\nprice: 35000\n---\n",
		"content/products/mam-tom.md":    "---\nname: Mắm tôm\nslug \"mam\"\nprice: 30000\n---\n",
		"content/products/banh-gai.md":   "---\nname: Bánh gai\ntags:\n\t- bánh\n---\n",
		"content/products/gao-tam.md":    "---\nname: Gạo tám\nstar: 4\n---\n",
		"content/products/khong-dong.md": "---\nname: Không đóng\n",
	}))
	got := strings.Join(errorsOf(ds), "\n")
	want := []string{
		`content/products/banh-gai.md:4:1: a tab is used for indentation; indent with spaces (YAML does not allow tabs)`,
		`content/products/gao-tam.md:3:1: unknown key "star"; did you mean "stars"?`,
		`content/products/khong-dong.md:1:1: front matter is not closed; add a line with --- after the last field`,
		`content/products/mam-tom.md:3:1: a line has no colon; write each field as key: value`,
		`content/products/nuoc-mam.md:2:19: a value contains ": "; put the whole value in double quotes, such as name: "Nước mắm cốt: loại đặc biệt"`,
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing diagnostic\nwant: %s\ngot:\n%s", w, got)
		}
	}
}

// Case frontmatter-001: a BOM, CRLF line endings, or both, load exactly
// like the plain LF file.
func TestBOMAndCRLF(t *testing.T) {
	plain := "---\nname: Bánh cuốn\n---\nNội dung\n"
	variants := map[string]string{
		"lf":      plain,
		"bom":     "\uFEFF" + plain,
		"crlf":    strings.ReplaceAll(plain, "\n", "\r\n"),
		"bomcrlf": "\uFEFF" + strings.ReplaceAll(plain, "\n", "\r\n"),
		"cr":      strings.ReplaceAll(plain, "\n", "\r"),
	}
	for name, src := range variants {
		c, ds := Content(site(map[string]string{"content/products/banh-cuon.md": src}))
		if errs := errorsOf(ds); len(errs) > 0 {
			t.Errorf("%s: errors: %v", name, errs)
			continue
		}
		if len(c.Products) != 1 {
			t.Fatalf("%s: got %d products, want 1", name, len(c.Products))
		}
		p := c.Products[0]
		if p.Name != "Bánh cuốn" {
			t.Errorf("%s: name = %q, want %q", name, p.Name, "Bánh cuốn")
		}
		if p.Body != "Nội dung\n" {
			t.Errorf("%s: body = %q, want %q", name, p.Body, "Nội dung\n")
		}
	}
}

// Text in decomposed Unicode (NFD) is read as NFC.
func TestNFC(t *testing.T) {
	nfd := "Ba\u0301nh cuô\u0301n" // Bánh cuốn, decomposed
	c, _ := Content(site(map[string]string{"content/products/x.md": "---\nname: " + nfd + "\n---\n"}))
	if got := c.Products[0].Name; got != "Bánh cuốn" {
		t.Errorf("name = %q (% x), want NFC %q", got, got, "Bánh cuốn")
	}
}

// Case yaml-001: phone numbers keep their leading zero.
func TestPhoneKeepsLeadingZero(t *testing.T) {
	c, ds := Content(site(map[string]string{
		"content/producers/a.md": "---\nname: A\nphone: 0912345678\n---\n",
		"content/producers/b.md": "---\nname: B\nphone: 02283123456\n---\n",
		"content/producers/c.md": "---\nname: C\nphone: 0o17\n---\n",
	}))
	if errs := errorsOf(ds); len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := map[string]string{"a": "0912345678", "b": "02283123456", "c": "0o17"}
	for _, p := range c.Producers {
		if p.Phone != want[p.ID] {
			t.Errorf("%s: phone = %q, want %q", p.ID, p.Phone, want[p.ID])
		}
	}
	// A value that cannot be a phone number is reported with its line.
	vds := c.Validate(catalog.CheckOptions{})
	found := false
	for _, d := range vds {
		if d.Pos.Path == "content/producers/c.md" && d.Pos.Line == 3 && strings.Contains(d.Message, "is not a phone number") {
			found = true
		}
	}
	if !found {
		t.Errorf("no phone error at content/producers/c.md:3; got %v", vds)
	}
}

func TestNotUTF8(t *testing.T) {
	_, ds := Content(site(map[string]string{
		"content/products/latin1.md": "---\nname: B\xe1nh\n---\n",
	}))
	want := "content/products/latin1.md:2:8: file is not UTF-8 text"
	if got := strings.Join(errorsOf(ds), "\n"); !strings.Contains(got, want) {
		t.Errorf("got %s\nwant prefix %s", got, want)
	}
}

func TestTypeErrors(t *testing.T) {
	_, ds := Content(site(map[string]string{
		"content/products/a.md": "---\nname: A\nstars: bốn\nprice: 35.000\ncertificate:\n  date: 13/12/2021\ntags: {a: b}\nfeatured: có\nname_en: [x]\n---\n",
		"content/products/b.md": "---\nname: B\nname: C\n---\n",
	}))
	got := strings.Join(errorsOf(ds), "\n")
	for _, w := range []string{
		`content/products/a.md:3:8: stars must be a whole number, such as 4, got "bốn"`,
		`content/products/a.md:4:8: price must be a whole number without dots, commas or spaces, such as 35000, got "35.000"`,
		`content/products/a.md:6:9: certificate.date must be a date written YYYY-MM-DD, such as 2021-12-13, got "13/12/2021"`,
		`content/products/a.md:7:7: tags must be a list (lines starting with "- "), got a block of key: value lines`,
		`content/products/a.md:8:11: featured must be true or false, got "có"`,
		`content/products/a.md:9:10: name_en must be text, got a list`,
		`content/products/b.md:3:1: key "name" is set twice (first on line 2); keep one`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("missing\nwant: %s\ngot:\n%s", w, got)
		}
	}
}

func TestIgnoredFiles(t *testing.T) {
	for _, name := range []string{"a.md~", "a.md.tmp", ".a.md.swp", "4913", ".#a.md", "a.bck", "#a.md#", ".hidden.md"} {
		if !Ignored(name) {
			t.Errorf("Ignored(%q) = false, want true", name)
		}
	}
	for _, name := range []string{"a.md", "index.md", "anh.jpg", "2024.md"} {
		if Ignored(name) {
			t.Errorf("Ignored(%q) = true, want false", name)
		}
	}
	c, _ := Content(site(map[string]string{
		"content/products/a.md":       "---\nname: A\n---\n",
		"content/products/a.md~":      "---\nname: A old\n---\n",
		"content/products/.a.md.swp":  "junk",
		"content/products/a.md.tmp":   "---\nname: A tmp\n---\n",
		"content/products/b/index.md": "---\nname: B\n---\n",
		"content/products/x/y/c.md":   "---\nname: C\n---\n",
	}))
	var ids []string
	for _, p := range c.Products {
		ids = append(ids, p.ID)
	}
	if got := strings.Join(ids, ","); got != "a,b,c" {
		t.Errorf("product IDs = %s, want a,b,c", got)
	}
}

func TestDuplicateIDs(t *testing.T) {
	_, ds := Content(site(map[string]string{
		"content/products/a.md":   "---\nname: A\n---\n",
		"content/products/x/a.md": "---\nname: A2\n---\n",
	}))
	want := `content/products/x/a.md: product ID "a" is already used by content/products/a.md`
	if got := strings.Join(errorsOf(ds), "\n"); !strings.Contains(got, want) {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

func TestPresentDayName(t *testing.T) {
	c, ds := Content(site(map[string]string{
		"content/products/a.md": "---\nname: A\ndistrict: Nam Trực\ncommune: Điền Xá\n---\n",
	}))
	if errs := errorsOf(ds); len(errs) > 0 {
		t.Fatal(errs)
	}
	l := c.Products[0].Links
	if l.Unit == nil || l.Unit.Name != "Xã Điền Xá" {
		t.Fatalf("unit = %v, want Xã Điền Xá", l.Unit)
	}
	if len(l.Present) != 1 || l.Present[0].Name != "Phường Vị Khê" || l.Present[0].Snapshot.Province != "Ninh Bình" {
		t.Errorf("present = %v, want Phường Vị Khê of Ninh Bình", l.Present)
	}
}

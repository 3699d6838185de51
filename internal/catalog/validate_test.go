package catalog_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
)

var base = map[string]string{
	"content/site.yaml": "title: Sản phẩm OCOP\nbase_url: https://example.gov.vn/\ndefault_criteria: \"1048\"\n",
	"content/groups.yaml": `browse:
  - {id: thuc-pham, name: Thực phẩm}
  - {id: du-lich, name: Du lịch}
systems:
  - id: "1048"
    decision: 1048/QĐ-TTg
    groups:
      - {id: thuc-pham, name: Thực phẩm, browse: thuc-pham}
      - {id: thao-duoc, name: Thảo dược, browse: thuc-pham}
  - id: "148"
    decision: 148/QĐ-TTg
    groups:
      - {id: thuc-pham, name: Thực phẩm, browse: thuc-pham}
      - {id: sinh-vat-canh, name: Sinh vật cảnh, browse: thuc-pham}
`,
	"content/geo/2024-05-01.yaml": `date: 2024-05-01
province: Nam Định
districts:
  - code: "365"
    name: Huyện Nam Trực
    units:
      - {code: "13960", name: Xã Điền Xá}
  - code: "368"
    name: Huyện Hải Hậu
    units:
      - {code: "14000", name: Thị trấn Thịnh Long}
      - {code: "14001", name: Xã Hải Hòa}
`,
	"content/producers/htx.md":    "---\nname: HTX A\nkind: HTX\ndistrict: Nam Trực\n---\n",
	"content/showrooms/hh.md":     "---\nname: Điểm bán Hải Hậu\ndistrict: Hải Hậu\naddress: x\n---\n",
	"content/products/ok/pic.jpg": "jpg",
}

// good is a product with every field right; tests add one line to it.
const good = "name: Gạo tám\nname_en: Fragrant rice\nproducer: htx\ngroup: thuc-pham\nstars: 4\ndistrict: Nam Trực\ncommune: Điền Xá\nimages: [pic.jpg]\n"

func check(t *testing.T, files map[string]string) catalog.Diagnostics {
	t.Helper()
	fs := fstest.MapFS{}
	for k, v := range base {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	for k, v := range files {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	c, ds := load.Content(fs)
	ds = append(ds, c.Validate(catalog.CheckOptions{
		Today:  catalog.Date{Year: 2026, Month: 11, Day: 29},
		Exists: func(p string) bool { _, ok := fs[p]; return ok },
	})...)
	ds.Sort()
	return ds
}

// TestProductRules pins the message (and position) of each product rule.
// Each case is the good product with some lines added or replaced.
func TestProductRules(t *testing.T) {
	for _, tc := range []struct {
		name  string
		extra string // appended to good (a later key replaces nothing: use fresh keys)
		front string // replaces good entirely when set
		want  string // the exact diagnostic, "" for none
	}{
		{name: "valid", extra: "", want: ""},
		{name: "stars too high", front: strings.Replace(good, "stars: 4", "stars: 6", 1), want: "content/products/ok/index.md:6:8: stars must be 1–5, got 6"},
		{name: "stars zero", front: strings.Replace(good, "stars: 4", "stars: 0", 1), want: "content/products/ok/index.md:6:8: stars must be 1–5, got 0"},
		{name: "stars missing", front: strings.Replace(good, "stars: 4\n", "", 1), want: "content/products/ok/index.md:2:1: warning: star rating is unknown; add stars: 1–5 when the certificate is known"},
		{name: "score contradicts", extra: "score: 65\n", want: "content/products/ok/index.md:10:8: score 65 is a 3★ score, but stars is 4; a 4★ product scores 70–89"},
		{name: "score in band", extra: "score: 70\n", want: ""},
		{name: "score above 100", extra: "score: 101\n", want: "content/products/ok/index.md:10:8: score must be 0–100, got 101"},
		{name: "level unknown", extra: "level: tỉnh\n", want: `content/products/ok/index.md:10:8: level must be district, province or national, got "tỉnh"`},
		{name: "level too low", extra: "level: district\n", want: `content/products/ok/index.md:10:8: a 4★ product is recognised by the province; level must be province or national, got "district"`},
		{name: "unknown group", front: strings.Replace(good, "group: thuc-pham", "group: sinh-vat-canh", 1), want: `content/products/ok/index.md:5:8: group "sinh-vat-canh" is not a group of Decision 1048/QĐ-TTg; expected thuc-pham or thao-duoc`},
		{name: "group of 148", front: strings.Replace(good, "group: thuc-pham", "criteria: \"148\"\ngroup: sinh-vat-canh", 1), want: ""},
		{name: "unknown criteria", extra: "criteria: \"2020\"\n", want: `content/products/ok/index.md:10:11: criteria must be 1048 or 148 (the decision the product was rated under), got "2020"`},
		{name: "unknown producer", front: strings.Replace(good, "producer: htx", "producer: htx-b", 1), want: `content/products/ok/index.md:4:11: producer "htx-b" does not exist; expected the ID of a file in content/producers/ (its name without .md)`},
		{name: "unknown showroom", extra: "showrooms: [hh, gt]\n", want: `content/products/ok/index.md:10:17: showroom "gt" does not exist; expected the ID of a file in content/showrooms/`},
		{name: "unknown district", front: strings.Replace(good, "district: Nam Trực", "district: Nam Trục", 1), want: `content/products/ok/index.md:7:11: district "Nam Trục" is not a district of Nam Định; expected "Huyện Nam Trực" or "Huyện Hải Hậu"`},
		{name: "commune elsewhere", front: strings.Replace(good, "commune: Điền Xá", "commune: Thịnh Long", 1), want: `content/products/ok/index.md:8:10: commune "Thịnh Long" is not in district "Nam Trực"; a unit of that name is in "Huyện Hải Hậu"; check district`},
		{name: "commune misspelt", front: strings.Replace(good, "commune: Điền Xá", "commune: Điền Xà", 1), want: `content/products/ok/index.md:8:10: commune "Điền Xà" is not in district "Nam Trực"; did you mean "Điền Xá"?`},
		{name: "commune unknown", front: strings.Replace(good, "commune: Điền Xá", "commune: Hà Nội", 1), want: `content/products/ok/index.md:8:10: commune "Hà Nội" is not in district "Nam Trực"; expected the name of a xã, phường or thị trấn of that district as listed in content/geo/`},
		{name: "producer by name", front: strings.Replace(good, "producer: htx", "producer: HTX", 1), want: `content/products/ok/index.md:4:11: producer "HTX" does not exist; expected the ID of a file in content/producers/ (its name without .md); did you mean "htx"?`},
		{name: "stars not a number", front: strings.Replace(good, "stars: 4", "stars: 5 sao", 1), want: `content/products/ok/index.md:6:8: stars must be a whole number, such as 4, got "5 sao"`},
		{name: "price with dots", extra: "price: 35.000\npack: chai\n", want: `content/products/ok/index.md:10:8: price must be a whole number without dots, commas or spaces, such as 35000, got "35.000"`},
		{name: "misspelt key", front: strings.Replace(good, "producer: htx", "procuder: htx", 1), want: `content/products/ok/index.md:4:1: unknown key "procuder"; did you mean "producer"?`},
		{name: "misspelt nested key", extra: "certificate: {number: 1/QĐ-UBND, dat: 2024-01-10}\n", want: `content/products/ok/index.md:10:34: unknown key "certificate.dat"; did you mean "certificate.date"?`},
		{name: "commune with kind", front: strings.Replace(good, "commune: Điền Xá", "commune: xã Điền Xá", 1), want: ""},
		{name: "old tone style", front: strings.Replace(strings.Replace(good, "commune: Điền Xá", "commune: Hải Hoà", 1), "district: Nam Trực", "district: Huyện Hải Hậu", 1), want: ""},
		{name: "image missing", front: strings.Replace(good, "[pic.jpg]", "[pic.jpg, anh.jpg]", 1), want: `content/products/ok/index.md:9:19: image "anh.jpg" does not exist; expected a file at content/products/ok/anh.jpg`},
		{name: "image outside", front: strings.Replace(good, "[pic.jpg]", "[../../../secret.png]", 1), want: `content/products/ok/index.md:9:10: image path "../../../secret.png" points outside the content folder; keep images inside content/`},
		{name: "image not an image", front: strings.Replace(good, "[pic.jpg]", "[notes.txt]", 1), want: `content/products/ok/index.md:9:10: image "notes.txt" must be a .jpg, .jpeg, .png, .webp or .svg file`},
		{name: "empty name", front: strings.Replace(good, "name: Gạo tám", "name: \"  \"", 1), want: "content/products/ok/index.md:2:7: name is empty; give the product's name"},
		{name: "no name", front: strings.Replace(good, "name: Gạo tám\n", "", 1), want: "content/products/ok/index.md:2:1: name is missing; every product needs a name"},
		{name: "price zero", extra: "price: 0\npack: túi 1 kg\n", want: "content/products/ok/index.md:10:8: price must be a whole number of đồng above 0, such as 35000, got 0"},
		{name: "bad slug", extra: "slug: Gạo Tám\n", want: `content/products/ok/index.md:10:7: slug "Gạo Tám" may use only a–z, 0–9 and single hyphens, such as "gao-tam-hai-hau"`},
		{name: "bad source", extra: "sources: [\"javascript:alert(1)\"]\n", want: `content/products/ok/index.md:10:11: source "javascript:alert(1)" must be an http:// or https:// address`},
		{name: "certificate expired", extra: "certificate: {number: 2700/QĐ-UBND, date: 2021-12-13}\n", want: "content/products/ok/index.md:10:43: warning: certificate expired on 2024-12-13; renew it or record the new decision"},
		{name: "certificate expiring", extra: "certificate: {number: 1/QĐ-UBND, date: 2024-01-10}\n", want: "content/products/ok/index.md:10:40: warning: certificate expires on 2027-01-10, within 90 days"},
		{name: "certificate future", extra: "certificate: {number: 1/QĐ-UBND, date: 2027-01-10}\n", want: "content/products/ok/index.md:10:40: certificate date 2027-01-10 is in the future; expected the date the decision was signed"},
		{name: "valid_until before date", extra: "certificate:\n  number: 1/QĐ-UBND\n  date: 2025-01-10\n  valid_until: 2024-01-10\n", want: "content/products/ok/index.md:13:16: valid_until 2024-01-10 is before the decision date 2025-01-10"},
		{name: "impossible date", extra: "certificate: {number: 1/QĐ-UBND, date: 2025-02-30}\n", want: `content/products/ok/index.md:10:40: certificate.date 2025-02-30 is not a day of the calendar; check the month (01–12) and the day, written YYYY-MM-DD`},
		{name: "year", extra: "year: 2015\n", want: "content/products/ok/index.md:10:7: year must be a year of the OCOP programme (2019 or later, not in the future), got 2015"},
		{name: "no english name", front: strings.Replace(good, "name_en: Fragrant rice\n", "", 1), want: "content/products/ok/index.md:2:1: warning: no English name; add name_en for the English pages"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			front := good + tc.extra
			if tc.front != "" {
				front = tc.front
			}
			ds := check(t, map[string]string{"content/products/ok/index.md": "---\n" + front + "---\nMô tả.\n"})
			var got []string
			for _, d := range ds {
				if d.Pos.Path == "content/products/ok/index.md" {
					got = append(got, d.String())
				}
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %q, want no diagnostics", got)
				}
				return
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got  %q\nwant [%q]", got, tc.want)
			}
		})
	}
}

func TestOtherRecordRules(t *testing.T) {
	ds := check(t, map[string]string{
		"content/products/ok/index.md": "---\n" + good + "---\n",
		"content/producers/p.md":       "---\nname: P\nkind: công ty\nphone: 12345\nemail: a@\nwebsite: javascript:alert(1)\nfounded: 3000\n---\n",
		"content/sites/s.md":           "---\nname: S\nkind: làng nghề\ncoordinates: {lat: 48.85, lon: 2.35}\nproducts: [nope]\n---\n",
		"content/sites/t.md":           "---\nname: T\nkind: làng nghề\ncoordinates: {lat: 95, lon: 20.4}\n---\n",
		"content/fairs/f.md":           "---\nname: F\nstart: 2026-12-05\nend: 2026-12-01\nselect: {min_stars: 6, groups: [gao]}\n---\n",
	})
	got := make([]string, 0, len(ds))
	for _, d := range ds {
		if d.Severity == catalog.Error {
			got = append(got, d.String())
		}
	}
	want := []string{
		`content/fairs/f.md:4:6: end 2026-12-01 is before start 2026-12-05`,
		`content/fairs/f.md:5:21: min_stars must be 1–5, got 6`,
		`content/fairs/f.md:5:33: group "gao" is not a browse group; expected thuc-pham or du-lich`,
		`content/producers/p.md:3:7: kind must be "doanh nghiệp", "HTX", "tổ hợp tác" or "hộ kinh doanh", got "công ty"`,
		`content/producers/p.md:4:8: phone "12345" is not a phone number; expected 10 or 11 digits starting with 0 or +84, such as 0912345678 or 0228 3123 456`,
		`content/producers/p.md:5:8: email "a@" is not an email address; expected a form such as htx@example.vn`,
		`content/producers/p.md:6:10: website "javascript:alert(1)" must be an http:// or https:// address`,
		`content/producers/p.md:7:10: founded must be a year between 1800 and this year, got 3000`,
		`content/sites/s.md:4:1: coordinates 48.85, 2.35 are outside Vietnam; expected lat about 20.2–20.5 and lon about 106.0–106.6 (are they swapped?)`,
		`content/sites/s.md:5:12: product "nope" does not exist; expected the ID of a file in content/products/`,
		`content/sites/t.md:4:20: latitude must be between -90 and 90 degrees, got 95`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Case slug-002: two records that slug to one URL fail the build, and the
// message names both files and the URL.
func TestDuplicateSlugs(t *testing.T) {
	ds := check(t, map[string]string{
		"content/products/gao-tam-hai-hau.md": "---\nname: Gạo tám Hải Hậu\n---\n",
		"content/products/gao-tam-vo.md":      "---\nname: Gạo tấm Hải Hậu\n---\n",
		"content/products/banh-da-cua.md":     "---\nname: Bánh đa cua\n---\n",
		"content/products/banh-da-cua-2.md":   "---\nname: Bánh đá cua\n---\n",
		"content/products/x.md":               "---\nname: X\nslug: chung\n---\n",
		"content/products/y.md":               "---\nname: Y\nslug: chung\n---\n",
	})
	var got []string
	for _, d := range ds {
		if d.Severity == catalog.Error {
			got = append(got, d.String())
		}
	}
	want := []string{
		"content/products/banh-da-cua-2.md:2:7: san-pham URL /san-pham/banh-da-cua/ is already used by content/products/banh-da-cua.md; give one of them a different slug: in its front matter",
		"content/products/gao-tam-vo.md:2:7: san-pham URL /san-pham/gao-tam-hai-hau/ is already used by content/products/gao-tam-hai-hau.md; give one of them a different slug: in its front matter",
		"content/products/y.md:3:7: san-pham URL /san-pham/chung/ is already used by content/products/x.md; give one of them a different slug: in its front matter",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRules(t *testing.T) {
	for _, tc := range []struct{ score, stars int }{{100, 5}, {90, 5}, {89, 4}, {70, 4}, {69, 3}, {50, 3}, {49, 2}, {30, 2}, {29, 1}, {0, 1}, {101, 0}, {-1, 0}} {
		if got := catalog.StarsForScore(tc.score); got != tc.stars {
			t.Errorf("StarsForScore(%d) = %d, want %d", tc.score, got, tc.stars)
		}
	}
	for _, tc := range []struct {
		d    catalog.Date
		n    int
		want string
	}{
		{catalog.Date{Year: 2021, Month: 12, Day: 13}, 36, "2024-12-13"},
		{catalog.Date{Year: 2021, Month: 8, Day: 31}, 36, "2024-08-31"},
		{catalog.Date{Year: 2020, Month: 2, Day: 29}, 12, "2021-02-28"},
		{catalog.Date{Year: 2023, Month: 11, Day: 30}, 3, "2024-02-29"},
	} {
		if got := tc.d.AddMonths(tc.n).String(); got != tc.want {
			t.Errorf("%s + %d months = %s, want %s", tc.d, tc.n, got, tc.want)
		}
	}
}

// TestKioskRules pins the message (and position) of each rule about a
// showroom's kiosk settings. The product ok (slug gao-tam) is sold at
// showroom hh; other is sold nowhere.
func TestKioskRules(t *testing.T) {
	const head = "---\nname: Điểm bán Hải Hậu\ndistrict: Hải Hậu\naddress: x\n"
	for _, tc := range []struct {
		name, kiosk string
		want        []string
	}{
		{name: "valid", kiosk: "kiosk:\n  idle_seconds: 120\n  slide_seconds: 6\n  orientation: portrait\n  featured: [ok, gao-tam-2]\n",
			want: []string{`content/showrooms/hh.md:9:18: warning: featured product "gao-tam-2" is not sold here: its showrooms list does not name "hh"; the kiosk shows it anyway`}},
		{name: "defaults", kiosk: "", want: nil},
		{name: "idle too short", kiosk: "kiosk:\n  idle_seconds: 5\n",
			want: []string{"content/showrooms/hh.md:6:17: kiosk.idle_seconds must be 15–3600 seconds, got 5; leave it out for the default, 90"}},
		{name: "slide zero", kiosk: "kiosk: {slide_seconds: 0}\n",
			want: []string{"content/showrooms/hh.md:5:24: kiosk.slide_seconds must be 3–120 seconds, got 0; leave it out for the default, 8"}},
		{name: "slide text", kiosk: "kiosk: {slide_seconds: 8s}\n",
			want: []string{`content/showrooms/hh.md:5:24: kiosk.slide_seconds must be a whole number, such as 4, got "8s"`}},
		{name: "orientation", kiosk: "kiosk:\n  orientation: ngang\n",
			want: []string{`content/showrooms/hh.md:6:16: kiosk.orientation must be landscape, portrait or auto, got "ngang"`}},
		{name: "misspelt key", kiosk: "kiosk:\n  idle_second: 60\n",
			want: []string{`content/showrooms/hh.md:6:3: unknown key "kiosk.idle_second"; did you mean "kiosk.idle_seconds"?`}},
		{name: "unknown product", kiosk: "kiosk:\n  featured:\n    - gao-tam-hai-hua\n",
			want: []string{`content/showrooms/hh.md:7:7: featured product "gao-tam-hai-hua" does not exist; expected the ID of a file in content/products/ or a product's slug; did you mean "gao-tam-hai-hau"?`}},
		{name: "by slug twice", kiosk: "kiosk:\n  featured: [gao-tam, ok]\n",
			want: []string{`content/showrooms/hh.md:6:23: warning: featured product "ok" is listed twice (first as "gao-tam"); keep one`}},
		{name: "not a mapping", kiosk: "kiosk: 90\n",
			want: []string{`content/showrooms/hh.md:5:8: kiosk must be a block of key: value lines, got "90"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := check(t, map[string]string{
				"content/showrooms/hh.md":             head + tc.kiosk + "---\n",
				"content/products/ok/index.md":        "---\n" + good + "showrooms: [hh]\n---\n",
				"content/products/other.md":           "---\n" + strings.Replace(strings.Replace(good, "Gạo tám", "Gạo tám 2", 1), "[pic.jpg]", "[ok/pic.jpg]", 1) + "---\n",
				"content/products/gao-tam-hai-hau.md": "---\n" + strings.Replace(strings.Replace(good, "Gạo tám", "Gạo tám Hải Hậu", 1), "[pic.jpg]", "[ok/pic.jpg]", 1) + "---\n",
			})
			var got []string
			for _, d := range ds {
				if d.Pos.Path == "content/showrooms/hh.md" {
					got = append(got, d.String())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// The kiosk shows the kiosk's featured products first, in the order
// listed, then products marked featured, then the rest by stars; a
// showroom's kiosk only its products and its featured ones.
func TestKioskProducts(t *testing.T) {
	fs := fstest.MapFS{}
	for k, v := range base {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	add := func(p, s string) { fs[p] = &fstest.MapFile{Data: []byte(s)} }
	add("content/showrooms/hh.md", "---\nname: Điểm bán\nkiosk:\n  featured: [c, gao-b]\n---\n")
	add("content/showrooms/gt.md", "---\nname: Giao Thủy\n---\n")
	add("content/products/a.md", "---\nname: Gạo A\nstars: 3\nshowrooms: [hh]\n---\n")
	add("content/products/b.md", "---\nname: Gạo B\nstars: 3\nshowrooms: [hh]\n---\n")
	add("content/products/c.md", "---\nname: Gạo C\nstars: 4\nshowrooms: [hh]\n---\n")
	add("content/products/d.md", "---\nname: Gạo D\nstars: 5\nshowrooms: [hh, gt]\n---\n")
	add("content/products/e.md", "---\nname: Gạo E\nstars: 3\nfeatured: true\nshowrooms: [hh]\n---\n")
	add("content/products/f.md", "---\nname: Gạo F\nstars: 5\n---\n")
	// A showroom no product names shows its district's products.
	add("content/showrooms/nt.md", "---\nname: Nam Trực\ndistrict: Nam Trực\n---\n")
	add("content/products/g.md", "---\nname: Gạo G\nstars: 4\ndistrict: Nam Trực\n---\n")
	add("content/products/h.md", "---\nname: Gạo H\nstars: 5\ndistrict: Nam Trực\nshowrooms: [hh]\n---\n")
	c, _ := load.Content(fs)
	names := func(ps []*catalog.Product) string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		showroom *catalog.Showroom
		want     string
	}{
		{c.Showroom("hh"), "c b e d h a"},
		{c.Showroom("gt"), "d"},
		{c.Showroom("nt"), "h g"},
		{nil, "e d f h c g a b"},
	} {
		if got := names(c.KioskProducts(tc.showroom)); got != tc.want {
			t.Errorf("KioskProducts(%v) = %q, want %q", tc.showroom != nil, got, tc.want)
		}
	}
}

// TestKioskFallbackRules: a showroom that no product names shows its
// district's products, and a featured product from elsewhere is said to
// be so; with no product in its district either, the whole catalog, which
// is a warning.
func TestKioskFallbackRules(t *testing.T) {
	hhRice := strings.Replace(strings.Replace(strings.Replace(good, "Gạo tám", "Gạo Hải Hậu", 1), "Nam Trực", "Hải Hậu", 1), "Điền Xá", "Hải Hòa", 1)
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"district", map[string]string{
			"content/showrooms/nt.md":     "---\nname: Điểm bán Nam Trực\ndistrict: Nam Trực\naddress: x\nkiosk:\n  featured: [ok, hh-rice]\n---\n",
			"content/products/ok.md":      "---\n" + strings.Replace(good, "[pic.jpg]", "[]", 1) + "---\n",
			"content/products/hh-rice.md": "---\n" + strings.Replace(hhRice, "[pic.jpg]", "[]", 1) + "---\n",
		}, []string{`content/showrooms/nt.md:6:18: warning: featured product "hh-rice" is not from this showroom's district, whose products its kiosk shows while no product names "nt"; the kiosk shows it anyway`}},
		{"whole catalog", map[string]string{
			"content/showrooms/hh.md": "---\nname: Điểm bán Hải Hậu\ndistrict: Hải Hậu\naddress: x\n---\n",
			"content/products/ok.md":  "---\n" + strings.Replace(good, "[pic.jpg]", "[]", 1) + "---\n",
		}, []string{`content/showrooms/hh.md:3:11: warning: no product names this showroom in its showrooms list and its district has no product, so its kiosk shows the whole catalog; add showrooms: [hh] to the products it sells`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range check(t, tc.files) {
				if strings.HasPrefix(d.Pos.Path, "content/showrooms/") {
					got = append(got, d.String())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

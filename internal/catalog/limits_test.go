package catalog_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// limitCase is one file checked against the limits: want is the exact
// error expected in file path, "" for none.
type limitCase struct {
	name  string
	path  string
	file  string
	extra map[string]string // more files
	want  string
}

// runes returns n runes of Vietnamese text with marks (2 or 3 bytes
// each), so that limits count characters, not bytes.
func runes(n int) string { return strings.Repeat("ạ", n) }

// list returns a flow list of n copies of item.
func list(item string, n int) string {
	return "[" + strings.TrimSuffix(strings.Repeat(item+", ", n), ", ") + "]"
}

// product returns a product file: the good product, with slug gao-tam
// unless front sets one, and front appended.
func product(front string) string {
	if !strings.Contains(front, "slug:") {
		front = "slug: gao-tam\n" + front
	}
	return "---\n" + good + front + "---\nMô tả.\n"
}

const productPath = "content/products/ok/index.md"

// TestLimits pins, for every limit, that a value at the limit passes and
// one beyond it fails with the exact message, at the offending value.
func TestLimits(t *testing.T) {
	url := func(n int) string { return "https://example.vn/" + strings.Repeat("a", n-len("https://example.vn/")) }
	slug := func(n int) string { return strings.Repeat("a", n) }
	// words is a name whose slug is n characters: "Gạo gao … xxxx".
	words := func(n int) string {
		k := (n - 1) / 4
		return "Gạo" + strings.Repeat(" gao", k-1) + " " + strings.Repeat("x", n-4*k)
	}
	p := func(name, front, want string) limitCase {
		return limitCase{name: name, path: productPath, file: product(front), want: want}
	}
	// r replaces old in the good product.
	r := func(name, old, new, want string) limitCase {
		return limitCase{name: name, path: productPath, file: "---\nslug: gao-tam\n" + strings.Replace(good, old, new, 1) + "---\n", want: want}
	}
	rf := func(name, old, new, want string, extra map[string]string) limitCase {
		c := r(name, old, new, want)
		c.extra = extra
		return c
	}
	deep := "san-pham/gao-tam/"
	k := (urls.MaxPathBytes - len(deep) - 7) / 2
	atMax := strings.Repeat("c/", k) + strings.Repeat("a", urls.MaxPathBytes-len(deep)-2*k-4) + ".jpg"
	overMax := "c" + atMax
	cases := []limitCase{
		// Products: text.
		r("name at limit", "Gạo tám", runes(150), ""),
		r("name over limit", "Gạo tám", runes(151), productPath+":3:7: name must be at most 150 characters, got 151; shorten it"),
		r("name_en over limit", "Fragrant rice", runes(151), productPath+":4:10: name_en must be at most 150 characters, got 151; shorten it"),
		p("pack at limit", "price: 1000\npack: "+runes(200)+"\n", ""),
		p("pack over limit", "price: 1000\npack: "+runes(201)+"\n", productPath+":12:7: pack must be at most 200 characters, got 201; shorten it"),
		p("certificate number over limit", "certificate: {number: "+runes(201)+", date: 2025-01-10}\n", productPath+":11:23: certificate.number must be at most 200 characters, got 201; shorten it"),
		p("summary at limit", "summary: "+runes(1000)+"\n", ""),
		p("summary over limit", "summary: "+runes(1001)+"\n", productPath+":11:10: summary must be at most 1000 characters, got 1001; shorten it"),
		p("description_en over limit", "description_en: "+runes(1001)+"\n", productPath+":11:17: description_en must be at most 1000 characters, got 1001; shorten it"),
		// Products: lists and their entries.
		p("tag at limit", "tags: ["+runes(50)+"]\n", ""),
		p("tag over limit", "tags: [gạo, "+runes(51)+"]\n", productPath+":11:13: each entry of tags must be at most 50 characters, got 51; shorten it"),
		p("tags at limit", "tags: "+list("gạo", 30)+"\n", ""),
		p("tags over limit", "tags:\n"+strings.Repeat("  - gạo\n", 31), productPath+":42:5: tags must have at most 30 entries, got 31; this is entry 31"),
		r("images at limit", "[pic.jpg]", list("pic.jpg", 30), ""),
		r("images over limit", "[pic.jpg]", list("pic.jpg", 31), productPath+":10:280: images must have at most 30 entries, got 31; this is entry 31"),
		p("showrooms at limit", "showrooms: "+list("hh", 50)+"\n", ""),
		p("showrooms over limit", "showrooms: "+list("hh", 51)+"\n", productPath+":11:213: showrooms must have at most 50 entries, got 51; this is entry 51"),
		p("showroom entry over limit", "showrooms: ["+slug(201)+"]\n", productPath+":11:13: each entry of showrooms must be at most 200 characters, got 201; shorten it"),
		p("sources at limit", "sources: "+list("https://example.vn/", 20)+"\n", ""),
		p("sources over limit", "sources: "+list("https://example.vn/", 21)+"\n", productPath+":11:431: sources must have at most 20 entries, got 21; this is entry 21"),
		p("source at limit", "sources: ["+url(500)+"]\n", ""),
		p("source over limit", "sources: ["+url(501)+"]\n", productPath+":11:11: each entry of sources must be at most 500 characters, got 501; give a shorter address of the same page"),
		// Bodies: paragraphs.
		{name: "paragraph at limit", path: productPath, file: "---\n" + good + "---\nMô tả.\n\n" + runes(1499) + "\n" + runes(1500) + "\n\n- a\n", want: ""},
		{name: "paragraph over limit", path: productPath, file: "---\n" + good + "---\nMô tả.\n\n" + runes(1500) + "\n" + runes(1500) + "\n\n- a\n",
			want: productPath + ":13:1: this paragraph is 3001 characters long, more than the 3000 a paragraph (the lines between two blank lines) may have; split it with a blank line"},
		{name: "last paragraph over limit", path: productPath, file: "---\n" + good + "---\n" + strings.Repeat("- "+runes(98)+"\n", 30) + "- a",
			want: productPath + ":11:1: this paragraph is 3033 characters long, more than the 3000 a paragraph (the lines between two blank lines) may have; split it with a blank line"},
		// Products: slugs, given or made from the name.
		p("slug at limit", "slug: "+slug(80)+"\n", ""),
		p("slug over limit", "slug: "+slug(70)+"-"+slug(10)+"\n", productPath+`:10:7: slug must be at most 80 characters, got 81; shorten it, such as "`+slug(70)+`"`),
		p("slug device name", "slug: con\n", productPath+`:10:7: slug "con" is the name of a device on Windows, where no folder can be named so; give another slug`),
		p("slug bad", "slug: Gạo Tám\n", productPath+`:10:7: slug "Gạo Tám" may use only a–z, 0–9 and single hyphens, such as "gao-tam-hai-hau"`),
		{name: "made slug at limit", path: productPath, file: "---\n" + strings.Replace(good, "Gạo tám", words(80), 1) + "---\n", want: ""},
		{name: "made slug over limit", path: productPath, file: "---\n" + strings.Replace(good, "Gạo tám", words(83), 1) + "---\n",
			want: productPath + ":2:7: the page's address made from the name, /san-pham/gao-gao-gao-gao-gao-…/, is 83 characters long, more than 80; add a shorter slug:, such as slug: " + urls.ShortenSlug(urls.Slug(words(83)), 60)},
		{name: "made slug device name", path: productPath, file: "---\n" + strings.Replace(good, "Gạo tám", "Nul", 1) + "---\n",
			want: productPath + ":2:7: the page's address made from the name, /san-pham/nul/, ends in the name of a device on Windows, where no folder can be named so; add slug: with another address"},
		{name: "no slug from name or file name", path: "content/products/Gạo Tám.md", file: "---\n" + strings.Replace(strings.Replace(good, "Gạo tám", "★★★", 1), "[pic.jpg]", "[ok/pic.jpg]", 1) + "---\n",
			want: `content/products/Gạo Tám.md:2:7: the name has no letter or digit to make the page's address /san-pham/…/ from, and the file name "Gạo Tám" cannot be one; add slug: with the address, such as "gao-tam-hai-hau"`},
		{name: "no slug from name, file name is one", path: "content/products/gao-3-sao.md", file: "---\n" + strings.Replace(strings.Replace(good, "Gạo tám", "★★★", 1), "[pic.jpg]", "[ok/pic.jpg]", 1) + "---\n", want: ""},
		// Products: where photos are published.
		rf("photo name at limit", "[pic.jpg]", "[sub/"+strings.Repeat("b", urls.MaxFileNameBytes-4)+".jpg]", "", map[string]string{"content/products/ok/sub/" + strings.Repeat("b", urls.MaxFileNameBytes-4) + ".jpg": "jpg"}),
		rf("photo name over limit", "[pic.jpg]", "["+strings.Repeat("b", urls.MaxFileNameBytes-3)+".jpg]",
			productPath+`:10:10: image file name "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb…" is 144 bytes long, more than the 143 some file systems hold (a letter with marks takes 2 or 3); rename the file to a shorter name`,
			map[string]string{"content/products/ok/" + strings.Repeat("b", urls.MaxFileNameBytes-3) + ".jpg": "jpg"}),
		rf("photo path at limit", "[pic.jpg]", "["+atMax+"]", "", map[string]string{"content/products/ok/" + atMax: "jpg"}),
		rf("photo path over limit", "[pic.jpg]", "["+overMax+"]",
			productPath+":10:10: image would be published as san-pham/gao-tam/…, a path of 201 bytes, more than the 200 every file system holds; rename the file (or its folder) to a shorter name",
			map[string]string{"content/products/ok/" + overMax: "jpg"}),
		rf("photo device name", "[pic.jpg]", "[Con.JPG]", productPath+`:10:10: image file name "Con.JPG" is the name of a device on Windows (con, prn, aux, nul, com1–com9, lpt1–lpt9), where no file can be named so; rename the file`,
			map[string]string{"content/products/ok/Con.JPG": "jpg"}),
		rf("photo name with colon", "[pic.jpg]", "[\"a:b.jpg\"]", productPath+`:10:10: image path "a:b.jpg" must be relative to the record's folder, such as anh-1.jpg`,
			map[string]string{"content/products/ok/a:b.jpg": "jpg"}),
		rf("photos that differ in case", "[pic.jpg]", "[pic.jpg, sub/../Pic.JPG, pic.jpg, ./pic.jpg]", productPath+`:10:19: image "sub/../Pic.JPG" and image "pic.jpg" (line 10) differ only in capital letters, and Windows and macOS keep only one of them; rename one`,
			map[string]string{"content/products/ok/Pic.JPG": "jpg"}),
		rf("photo name with a star", "[pic.jpg]", "[\"a*b.jpg\"]", productPath+`:10:10: image file name "a*b.jpg" has a character Windows does not allow in a file name (< > : " | ? * or a control character); rename the file`,
			map[string]string{"content/products/ok/a*b.jpg": "jpg"}),
		rf("photo folder with final dot", "[pic.jpg]", "[anh./a.jpg]", productPath+`:10:10: image file name "anh." ends with a dot or a space, which Windows drops; rename the file`,
			map[string]string{"content/products/ok/anh./a.jpg": "jpg"}),

		// Other records.
		{name: "producer website over limit", path: "content/producers/htx.md", file: "---\nname: HTX A\nkind: HTX\ndistrict: Nam Trực\nwebsite: " + url(501) + "\n---\n",
			want: "content/producers/htx.md:5:10: website must be at most 500 characters, got 501; give a shorter address of the same page"},
		{name: "producer address at limit", path: "content/producers/htx.md", file: "---\nname: HTX A\nkind: HTX\ndistrict: Nam Trực\naddress: " + runes(200) + "\n---\n", want: ""},
		{name: "producer address over limit", path: "content/producers/htx.md", file: "---\nname: HTX A\nkind: HTX\ndistrict: Nam Trực\naddress: " + runes(201) + "\n---\n",
			want: "content/producers/htx.md:5:10: address must be at most 200 characters, got 201; shorten it"},
		{name: "producer slug over limit", path: "content/producers/htx.md", file: "---\nname: HTX A\nslug: " + slug(81) + "\nkind: HTX\ndistrict: Nam Trực\n---\n",
			want: `content/producers/htx.md:3:7: slug must be at most 80 characters, got 81; shorten it, such as "` + slug(80) + `"`},
		{name: "producer made slug over limit", path: "content/producers/htx.md", file: "---\nname: " + words(81) + "\nkind: HTX\ndistrict: Nam Trực\n---\n",
			want: "content/producers/htx.md:2:7: the page's address made from the name, /chu-the/gao-gao-gao-gao-gao-…/, is 81 characters long, more than 80; add a shorter slug:, such as slug: " + urls.ShortenSlug(urls.Slug(words(81)), 60)},
		{name: "site products at limit", path: "content/sites/s.md", file: "---\nname: S\nkind: làng nghề\nproducts: " + list("ok", 200) + "\n---\n", extra: map[string]string{productPath: product("")}, want: ""},
		{name: "site products over limit", path: "content/sites/s.md", file: "---\nname: S\nkind: làng nghề\nproducts: " + list("ok", 201) + "\n---\n", extra: map[string]string{productPath: product("")},
			want: "content/sites/s.md:4:812: products must have at most 200 entries, got 201; this is entry 201"},
		{name: "site hours over limit", path: "content/sites/s.md", file: "---\nname: S\nkind: làng nghề\nhours: " + runes(201) + "\n---\n",
			want: "content/sites/s.md:4:8: hours must be at most 200 characters, got 201; shorten it"},
		{name: "site photo device name", path: "content/sites/s.md", file: "---\nname: S\nkind: làng nghề\nimages: [aux.png]\n---\n", extra: map[string]string{"content/sites/aux.png": "png"},
			want: `content/sites/s.md:4:10: image file name "aux.png" is the name of a device on Windows (con, prn, aux, nul, com1–com9, lpt1–lpt9), where no file can be named so; rename the file`},
		{name: "showroom featured at limit", path: "content/showrooms/hh.md", file: "---\nname: Điểm bán Hải Hậu\ndistrict: Hải Hậu\naddress: x\nkiosk: {featured: " + list("ok", 50) + "}\n---\n", extra: map[string]string{productPath: product("")}, want: ""},
		{name: "showroom featured over limit", path: "content/showrooms/hh.md", file: "---\nname: Điểm bán Hải Hậu\ndistrict: Hải Hậu\naddress: x\nkiosk: {featured: " + list("ok", 51) + "}\n---\n", extra: map[string]string{productPath: product("")},
			want: "content/showrooms/hh.md:5:220: kiosk.featured must have at most 50 entries, got 51; this is entry 51"},
		{name: "showroom slug device name", path: "content/showrooms/hh.md", file: "---\nname: Điểm bán Hải Hậu\nslug: lpt1\ndistrict: Hải Hậu\naddress: x\n---\n",
			want: `content/showrooms/hh.md:3:7: slug "lpt1" is the name of a device on Windows, where no folder can be named so; give another slug`},
		{name: "fair products at limit", path: "content/fairs/f.md", file: "---\nname: F\nstart: 2026-12-01\nselect: {products: " + list("ok", 1000) + "}\n---\n", extra: map[string]string{productPath: product("")}, want: ""},
		{name: "fair products over limit", path: "content/fairs/f.md", file: "---\nname: F\nstart: 2026-12-01\nselect: {products: " + list("ok", 1001) + "}\n---\n", extra: map[string]string{productPath: product("")},
			want: "content/fairs/f.md:4:4021: select.products must have at most 1000 entries, got 1001; this is entry 1001"},
		{name: "fair venue over limit", path: "content/fairs/f.md", file: "---\nname: F\nstart: 2026-12-01\nvenue: " + runes(201) + "\n---\n",
			want: "content/fairs/f.md:4:8: venue must be at most 200 characters, got 201; shorten it"},

		// 98 or 99 showrooms s000…, one more, and the base's hh.
		{name: "showrooms at limit", path: "content/showrooms/s098.md", file: showroom(98), extra: showrooms(98), want: ""},
		{name: "showrooms over limit", path: "content/showrooms/s099.md", file: showroom(99), extra: showrooms(99),
			want: "content/showrooms/s099.md:2:7: a site may have at most 100 showrooms, since each showroom's kiosk holds the products it shows, got 101; this is showroom 101 in the order of their IDs"},
		{name: "fairs at limit", path: "content/fairs/f199.md", file: fair(199), extra: fairs(199), want: ""},
		{name: "fairs over limit", path: "content/fairs/f200.md", file: fair(200), extra: fairs(200),
			want: "content/fairs/f200.md:2:7: a site may have at most 200 fairs, since each fair's page lists its products, got 201; this is fair 201 in the order of their IDs; keep the fairs that still need a page"},

		// Site config and reference files.
		{name: "title at limit", path: "content/site.yaml", file: "title: " + runes(150) + "\nbase_url: " + url(499) + "/\ndefault_criteria: \"1048\"\n", want: ""},
		{name: "title over limit", path: "content/site.yaml", file: "title: " + runes(151) + "\nbase_url: https://example.gov.vn/\ndefault_criteria: \"1048\"\n",
			want: "content/site.yaml:1:8: title must be at most 150 characters, got 151; shorten it"},
		{name: "base_url over limit", path: "content/site.yaml", file: "title: T\nbase_url: " + url(501) + "\ndefault_criteria: \"1048\"\n",
			want: "content/site.yaml:2:11: base_url must be at most 500 characters, got 501; give a shorter address of the same page"},
		{name: "base_url at limit as written", path: "content/site.yaml", file: "title: T\nbase_url: https://example.gov.vn/" + strings.Repeat("ạ", (2000-24)/9) + strings.Repeat("a", (2000-24)%9) + "/\ndefault_criteria: \"1048\"\n", want: ""},
		{name: "base_url over limit as written", path: "content/site.yaml", file: "title: T\nbase_url: https://example.gov.vn/" + strings.Repeat("ạ", (2000-24)/9) + strings.Repeat("a", (2000-24)%9+1) + "/\ndefault_criteria: \"1048\"\n",
			want: "content/site.yaml:2:11: base_url must be at most 2000 characters as written in a link, where each letter with marks takes up to 9 (%E1%BA%A1 for ạ), got 2001; give a shorter address"},
		{name: "languages over limit", path: "content/site.yaml", file: "title: T\nbase_url: https://example.gov.vn/\ndefault_criteria: \"1048\"\nlanguages: [{code: vi}, {code: en}, {code: en}]\n",
			want: "content/site.yaml:4:37: languages must have at most 2 entries, got 3; this is entry 3"},
		{name: "browse id not a slug", path: "content/groups.yaml", file: strings.Replace(base["content/groups.yaml"], "id: du-lich", "id: Du lịch", 1),
			want: `content/groups.yaml:3:10: id "Du lịch" may use only a–z, 0–9 and single hyphens, such as "thuc-pham", since it is the group's address /nhom/<id>/`},
		{name: "browse id twice", path: "content/groups.yaml", file: strings.Replace(base["content/groups.yaml"], "id: du-lich", "id: thuc-pham", 1),
			want: `content/groups.yaml:3:10: id "thuc-pham" is already the id of browse group 1 (line 2); give each group its own id`},
		{name: "browse id device name", path: "content/groups.yaml", file: strings.Replace(base["content/groups.yaml"], "id: du-lich", "id: com1", 1),
			want: `content/groups.yaml:3:10: id "com1" is the name of a device on Windows, where no folder can be named so, and it is the group's address /nhom/<id>/; give another id`},
		{name: "browse name over limit", path: "content/groups.yaml", file: strings.Replace(base["content/groups.yaml"], "name: Du lịch", "name: "+runes(151), 1),
			want: "content/groups.yaml:3:25: name must be at most 150 characters, got 151; shorten it"},
		{name: "browse groups over limit", path: "content/groups.yaml", file: "browse:\n" + browse(21) + strings.SplitN(base["content/groups.yaml"], "systems:", 2)[1][:0] + "systems: []\n",
			want: "content/groups.yaml:22:5: browse must have at most 20 entries, got 21; this is entry 21"},
		{name: "district names the same page", path: "content/geo/2024-05-01.yaml", file: strings.Replace(base["content/geo/2024-05-01.yaml"], "Huyện Hải Hậu", "Hải Hậu", 1) + "  - {code: \"369\", name: \"Huyện Hải Hậu\"}\n",
			want: `content/geo/2024-05-01.yaml:13:25: district "Huyện Hải Hậu" has the same address /huyen/hai-hau/ as district "Hải Hậu" (line 9); two districts cannot share one page`},
		{name: "district name without letters", path: "content/geo/2024-05-01.yaml", file: base["content/geo/2024-05-01.yaml"] + "  - {code: \"369\", name: \"★\"}\n",
			want: `content/geo/2024-05-01.yaml:13:25: district name "★" has no letter or digit to make the address of its page /huyen/…/ from`},
		{name: "district device name", path: "content/geo/2024-05-01.yaml", file: base["content/geo/2024-05-01.yaml"] + "  - {code: \"369\", name: \"Huyện Côn\"}\n",
			want: `content/geo/2024-05-01.yaml:13:25: the address of the district's page made from its name, /huyen/con/, ends in the name of a device on Windows, where no folder can be named so`},
		{name: "geography files at limit", path: "content/geo/2030-01-19.yaml", file: snapshot(19), extra: snapshots(18), want: ""},
		{name: "geography files over limit", path: "content/geo/2030-01-20.yaml", file: snapshot(20), extra: snapshots(19),
			want: "content/geo/2030-01-20.yaml: content/geo/ may hold at most 20 files, one for each reorganisation of the province's units, got 21; this is file 21 in the order of their dates"},
		{name: "units at limit", path: "content/geo/2024-05-01.yaml", file: base["content/geo/2024-05-01.yaml"] + "  - code: \"369\"\n    name: Huyện Xuân Trường\n    units:\n" + units(2000), want: ""},
		{name: "units over limit", path: "content/geo/2024-05-01.yaml", file: base["content/geo/2024-05-01.yaml"] + "  - code: \"369\"\n    name: Huyện Xuân Trường\n    units:\n" + units(2001),
			want: "content/geo/2024-05-01.yaml:2016:9: units must have at most 2000 entries, got 2001; this is entry 2001"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{tc.path: tc.file}
			for k, v := range tc.extra {
				files[k] = v
			}
			if _, ok := files[productPath]; !ok && tc.path != productPath {
				files[productPath] = product("")
			}
			var got []string
			for _, d := range check(t, files) {
				if d.Severity == catalog.Error && d.Pos.Path == tc.path {
					got = append(got, d.String())
				}
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %.300q, want no errors", got)
				}
				return
			}
			// Other rules may also find the value wrong (a showroom
			// that does not exist); no limit is reported twice.
			n := 0
			for _, g := range got {
				if g == tc.want {
					n++
				}
			}
			if n != 1 {
				t.Errorf("got  %.600q\nwant [%.600q]", got, tc.want)
			}
		})
	}
}

// showroom returns showroom file number i.
func showroom(i int) string {
	return fmt.Sprintf("---\nname: Điểm bán số %d\ndistrict: Hải Hậu\naddress: x\n---\n", i)
}

// showrooms returns showroom files s000… up to s<n-1>, beside the base
// one.
func showrooms(n int) map[string]string {
	m := map[string]string{}
	for i := range n {
		m[fmt.Sprintf("content/showrooms/s%03d.md", i)] = showroom(i)
	}
	return m
}

// fair returns fair file number i.
func fair(i int) string {
	return fmt.Sprintf("---\nname: Hội chợ số %d\nstart: 2026-12-01\n---\n", i)
}

// fairs returns fair files f000… up to f<n-1>.
func fairs(n int) map[string]string {
	m := map[string]string{}
	for i := range n {
		m[fmt.Sprintf("content/fairs/f%03d.md", i)] = fair(i)
	}
	return m
}

// snapshot returns the geography in force from 2030-01-<day>: one unit
// continuing nothing.
func snapshot(day int) string {
	return fmt.Sprintf("date: 2030-01-%02d\nprovince: Nam Định\nunits:\n  - {code: \"1\", name: Phường Nam Định}\n", day)
}

// snapshots returns the geography files of days 1…n of January 2030,
// beside the base one.
func snapshots(n int) map[string]string {
	m := map[string]string{}
	for d := 1; d <= n; d++ {
		m[fmt.Sprintf("content/geo/2030-01-%02d.yaml", d)] = snapshot(d)
	}
	return m
}

// browse returns n browse groups g1…gn.
func browse(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  - {id: g%d, name: G%d}\n", i, i)
	}
	return b.String()
}

// units returns n units, one a line.
func units(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "      - {code: \"9%04d\", name: Xã %d}\n", i, i)
	}
	return b.String()
}

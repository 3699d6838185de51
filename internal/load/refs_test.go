package load

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// refSite is a small sound site: config, groups, two geography snapshots,
// a producer, a showroom, a fair and three products, one taking its
// criteria from default_criteria. It has no diagnostics at all.
var refSite = map[string]string{
	"content/site.yaml": `title: Sản phẩm OCOP
base_url: https://example.gov.vn/
default_criteria: "1048"
`,
	"content/groups.yaml": `browse:
  - id: thuc-pham
    name: Thực phẩm
systems:
  - id: "1048"
    decision: 1048/QĐ-TTg
    groups:
      - {id: thuc-pham, name: Thực phẩm, browse: thuc-pham}
  - id: "148"
    decision: 148/QĐ-TTg
    groups:
      - {id: thuc-pham, name: Thực phẩm, browse: thuc-pham}
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
  - code: "13633"
    name: Phường Nam Định
  - code: "13960"
    name: Phường Vị Khê
    from: ["Huyện Nam Trực/Xã Điền Xá", "Huyện Nam Trực/Xã Nam Mỹ"]
`,
	"content/producers/htx.md":  "---\nname: HTX Điền Xá\nkind: HTX\ndistrict: Nam Trực\ncommune: Điền Xá\n---\n",
	"content/showrooms/nt.md":   "---\nname: Điểm bán Nam Trực\ndistrict: Nam Trực\naddress: Điền Xá\n---\n",
	"content/fairs/hoi-cho.md":  "---\nname: Hội chợ\nstart: 2025-01-10\nend: 2025-01-12\nselect:\n  groups: [thuc-pham]\n  districts: [Nam Trực]\n---\n",
	"content/products/a.md":     product("A", "", "Nam Trực", "Điền Xá"),
	"content/products/b.md":     product("B", "148", "Thành phố Nam Định", "Hạ Long"),
	"content/products/c.md":     product("C", "1048", "Nam Trực", "Nam Mỹ"),
	"content/products/a.jpg":    "",
	"content/products/b.jpg":    "",
	"content/products/c.jpg":    "",
	"content/producers/htx.jpg": "",
}

// product returns a complete product record; criteria "" leaves the key
// out, so the product takes the site's default_criteria.
func product(name, criteria, district, commune string) string {
	lines := []string{"---", "name: " + name, "name_en: " + name + " EN"}
	if criteria != "" {
		lines = append(lines, `criteria: "`+criteria+`"`)
	}
	lines = append(lines,
		"group: thuc-pham", "stars: 4", "producer: htx",
		"district: "+district, "commune: "+commune,
		"images: ["+strings.ToLower(name)+".jpg]", "description_en: "+name+" in English.", "year: 2023", "---", "")
	return strings.Join(lines, "\n")
}

// refFS returns refSite with files added or replaced, and without the
// files named in remove.
func refFS(files map[string]string, remove ...string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for k, v := range refSite {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	for k, v := range files {
		fsys[k] = &fstest.MapFile{Data: []byte(v)}
	}
	for _, k := range remove {
		delete(fsys, k)
	}
	return fsys
}

// check loads files over refSite and validates the result, returning
// every diagnostic, sorted.
func check(t *testing.T, files map[string]string, remove ...string) []string {
	t.Helper()
	c, ds := Content(refFS(files, remove...))
	ds = append(ds, c.Validate(catalog.CheckOptions{Today: catalog.Date{Year: 2025, Month: 6, Day: 1}})...)
	ds.Sort()
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

// replaceLine returns the refSite file p with its 1-based line n replaced.
func replaceLine(p string, n int, with string) map[string]string {
	lines := strings.Split(refSite[p], "\n")
	lines[n-1] = with
	return map[string]string{p: strings.Join(lines, "\n")}
}

func TestRefSiteIsSound(t *testing.T) {
	if got := check(t, nil); len(got) > 0 {
		t.Errorf("the sound site has diagnostics:\n%s", strings.Join(got, "\n"))
	}
}

// A broken reference file is reported in its own messages, with line and
// column, and one note saying what was not checked because of it; no
// record that depends on it gets a follow-on message.
func TestBrokenReferenceFiles(t *testing.T) {
	const (
		groupsNote = "content/groups.yaml: warning: product groups and criteria are not checked in any file until the errors in this file are fixed"
		configNote = "content/site.yaml: warning: products without criteria: take theirs from default_criteria here, so their groups are not checked until the errors in this file are fixed"
		geoNote    = ": warning: districts and communes are not checked in any file until the errors in this file are fixed"
		geo1       = "content/geo/2024-05-01.yaml"
		geo2       = "content/geo/2025-07-01.yaml"
	)
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string
	}{{
		name:  "groups: unclosed quote",
		files: replaceLine("content/groups.yaml", 3, `    name: "Thực phẩm`),
		want: []string{
			groupsNote,
			`content/groups.yaml:3:11: a quote opens this value but does not close it on this line; end the value with the same quote`,
		},
	}, {
		name:  "groups: unclosed bracket",
		files: replaceLine("content/groups.yaml", 8, `      - [id: thuc-pham, name: Thực phẩm, browse: thuc-pham}`),
		want: []string{
			groupsNote,
			`content/groups.yaml:8:9: a list in [brackets] is not closed; end it with ]`,
		},
	}, {
		name:  "groups: a group's browse is a list",
		files: replaceLine("content/groups.yaml", 8, `      - {id: thuc-pham, name: Thực phẩm, browse: [thuc-pham]}`),
		want: []string{
			groupsNote,
			`content/groups.yaml:8:50: systems.0.groups.0.browse must be text, got a list`,
		},
	}, {
		name:  "groups: a system's id is a list",
		files: replaceLine("content/groups.yaml", 5, `  - id: ["1048"]`),
		want: []string{
			groupsNote,
			`content/groups.yaml:5:9: systems.0.id must be text, got a list`,
		},
	}, {
		name:  "site: unclosed bracket",
		files: replaceLine("content/site.yaml", 3, `default_criteria: ["1048"`),
		want: []string{
			configNote,
			`content/site.yaml:3:19: a list in [brackets] is not closed; end it with ]`,
		},
	}, {
		name:  "site: default_criteria is a list",
		files: replaceLine("content/site.yaml", 3, `default_criteria: ["1048"]`),
		want: []string{
			configNote,
			`content/site.yaml:3:19: default_criteria must be text, got a list`,
		},
	}, {
		name:  "site: a value with a colon",
		files: replaceLine("content/site.yaml", 1, `title: Sản phẩm: OCOP`),
		want: []string{
			configNote,
			`content/site.yaml:1:16: a value contains ": "; put the whole value in double quotes, such as name: "Nước mắm cốt: loại đặc biệt"`,
		},
	}, {
		name:  "geo: indentation",
		files: replaceLine(geo1, 9, `   name: Huyện Nam Trực`),
		want: []string{
			geo1 + geoNote,
			geo1 + `:9:4: the indentation is off; keys of the same block must start in the same column`,
		},
	}, {
		name:  "geo: unclosed bracket in the newer snapshot",
		files: replaceLine(geo2, 8, `    from: ["Huyện Nam Trực/Xã Điền Xá", "Huyện Nam Trực/Xã Nam Mỹ"`),
		want: []string{
			geo2 + geoNote,
			geo2 + `:8:11: a list in [brackets] is not closed; end it with ]`,
		},
	}, {
		name:  "geo: a date that does not exist",
		files: replaceLine(geo1, 1, `date: 2024-13-01`),
		want: []string{
			geo1 + geoNote,
			geo1 + `:1:7: date 2024-13-01 is not a day of the calendar; check the month (01–12) and the day, written YYYY-MM-DD`,
		},
	}, {
		name:  "geo: a key put one space off",
		files: replaceLine(geo1, 10, `     units:`),
		want: []string{
			geo1 + geoNote,
			geo1 + `:10:6: the indentation is off: this line starts further right than the key above it, so it reads as part of that value; line it up with the key above`,
		},
	}, {
		name:  "geo: a unit's name is a block",
		files: replaceLine(geo1, 11, `      - {code: "13960", name: {Xã: Điền Xá}}`),
		want: []string{
			geo1 + geoNote,
			geo1 + `:11:31: districts.1.units.0.name must be text, got a block of key: value lines`,
		},
	}, {
		name:  "geo: a second document",
		files: replaceLine(geo1, 8, `---`),
		want: []string{
			geo1 + geoNote,
			geo1 + `:8:1: a line --- or ... ends the file here, and nothing after it would be read; remove the line`,
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got := check(t, tc.files)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// A missing reference file is reported once, and the rules that need it
// are not checked in the records.
func TestMissingReferenceFiles(t *testing.T) {
	for _, tc := range []struct {
		remove []string
		want   string
	}{
		{[]string{"content/groups.yaml"}, "content/groups.yaml: product groups are missing; create content/groups.yaml"},
		{[]string{"content/site.yaml"}, "content/site.yaml: site config is missing; create content/site.yaml with title and base_url"},
		{[]string{"content/geo/2024-05-01.yaml", "content/geo/2025-07-01.yaml"}, "content/geo: geography is missing; add at least one snapshot such as content/geo/2024-05-01.yaml"},
	} {
		t.Run(tc.remove[0], func(t *testing.T) {
			if got := strings.Join(check(t, nil, tc.remove...), "\n"); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

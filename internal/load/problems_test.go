package load

import (
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// Every problem at once: one record with several independent problems
// gets a message for each, with its position; none hides another, and a
// value already reported is not reported again as missing or empty.
func TestEveryProblemAtOnce(t *testing.T) {
	for _, tc := range []struct {
		name, path, src string
		want            []string
	}{{
		name: "product",
		path: "content/products/p.md",
		src: `---
name: Gạo tám
name_en: Fragrant rice
stars: 7
starz: 4
group: thuc-pham
producer: htx-khong-co
district: Nam Trực
certificate:
  number: 12/QĐ-UBND
  date: 2030-01-01
  valid_until: 2029-01-01
year: 2010
price: 35.000
pack: túi 1 kg
images: [p.jpg]
sources: [ftp://example.vn/]
description_en: Fragrant rice from Nam Trực.
---
`,
		want: []string{
			`content/products/p.md:4:8: stars must be 1–5, got 7`,
			`content/products/p.md:5:1: unknown key "starz"; did you mean "stars"?`,
			`content/products/p.md:7:11: producer "htx-khong-co" does not exist; expected the ID of a file in content/producers/ (its name without .md)`,
			`content/products/p.md:11:9: certificate date 2030-01-01 is in the future; expected the date the decision was signed`,
			`content/products/p.md:12:16: valid_until 2029-01-01 is before the decision date 2030-01-01`,
			`content/products/p.md:13:7: year must be a year of the OCOP programme (2019 or later, not in the future), got 2010`,
			`content/products/p.md:14:8: price must be a whole number without dots, commas or spaces, such as 35000, got "35.000"`,
			`content/products/p.md:17:11: source "ftp://example.vn/" must be an http:// or https:// address`,
		},
	}, {
		name: "product with wrong types",
		path: "content/products/p.md",
		src: `---
name: [Gạo]
name_en: {en: Rice}
stars: 4
certificate:
  number: [1]
  date: 2021-02-30
images: {anh: 1}
---
`,
		want: []string{
			`content/products/p.md:2:1: warning: district is unknown; when a source gives it, add district: the huyện named in the decision`,
			`content/products/p.md:2:1: warning: no English description; add description_en: a sentence or two in English, in your own words, for the English pages`,
			`content/products/p.md:2:1: warning: producer is unknown; when a source names it, add producer: the ID of a file in content/producers/`,
			`content/products/p.md:2:1: warning: product group is unknown; when a source gives it, add group: one of the groups of Decision 1048/QĐ-TTg`,
			`content/products/p.md:2:7: name must be text, got a list`,
			`content/products/p.md:3:10: name_en must be text, got a block of key: value lines`,
			`content/products/p.md:6:11: certificate.number must be text, got a list`,
			`content/products/p.md:7:9: certificate.date 2021-02-30 is not a day of the calendar; check the month (01–12) and the day, written YYYY-MM-DD`,
			`content/products/p.md:8:9: images must be a list (lines starting with "- "), got a block of key: value lines`,
		},
	}, {
		name: "producer",
		path: "content/producers/p.md",
		src: `---
name: HTX
kind: [HTX]
district: Nam Trực
phone: 12345
email: htx@
website: ftp://example.vn/
founded: 1700
---
`,
		want: []string{
			`content/producers/p.md:2:7: warning: no product names this producer; link a product with producer: p`,
			`content/producers/p.md:3:7: kind must be text, got a list`,
			`content/producers/p.md:5:8: phone "12345" is not a phone number; expected 10 or 11 digits starting with 0 or +84, such as 0912345678 or 0228 3123 456`,
			`content/producers/p.md:6:8: email "htx@" is not an email address; expected a form such as htx@example.vn`,
			`content/producers/p.md:7:10: website "ftp://example.vn/" must be an http:// or https:// address`,
			`content/producers/p.md:8:10: founded must be a year between 1800 and this year, got 1700`,
		},
	}, {
		name: "tourism site",
		path: "content/sites/s.md",
		src: `---
name: Làng hoa
kind: làng nghề
district: Nam Trực
coordinates: {lat: 200, lon: 300}
stars: 9
---
`,
		want: []string{
			`content/sites/s.md:5:20: latitude must be between -90 and 90 degrees, got 200`,
			`content/sites/s.md:5:30: longitude must be between -180 and 180 degrees, got 300`,
			`content/sites/s.md:6:8: stars must be 1–5, got 9`,
		},
	}, {
		name: "fair",
		path: "content/fairs/f.md",
		src: `---
name: Hội chợ
start: 2025-13-01
end: 2025-01-12
select:
  min_stars: 0
  groups: [khong-co]
---
`,
		want: []string{
			`content/fairs/f.md:3:8: start 2025-13-01 is not a day of the calendar; check the month (01–12) and the day, written YYYY-MM-DD`,
			`content/fairs/f.md:6:14: min_stars must be 1–5, got 0`,
			`content/fairs/f.md:7:12: group "khong-co" is not a browse group; expected thuc-pham`,
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			c, ds := Content(refFS(map[string]string{tc.path: tc.src}))
			ds = append(ds, c.Validate(catalog.CheckOptions{Today: catalog.Date{Year: 2025, Month: 6, Day: 1}})...)
			ds.Sort()
			var got []string
			for _, d := range ds {
				if d.Pos.Path == tc.path {
					got = append(got, d.String())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

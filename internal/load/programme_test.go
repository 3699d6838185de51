package load

import (
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// soundProgramme is a programme file with no problem: the cases below
// change one part of it.
const soundProgramme = `totals:
  - as_of: 2020-12-31
    products: 146
    three_star: 118
    four_star: 28
    five_star: 0
    producers: 80
    note: Cuối năm 2020.
    note_en: End of 2020.
    sources: ["https://example.vn/a"]
  - as_of: 2025-03
    when: đầu năm 2025
    when_en: early 2025
    products: 529
    three_star: 463
    four_star: 62
    note: Đầu năm 2025.
    note_en: Early 2025.
    conflict: Hai nguồn khác nhau về số 5 sao.
    conflict_en: Two sources differ on the 5-star count.
    sources: ["http://example.vn/b", "https://example.vn/c"]
targets:
  - document: Quyết định 293/QĐ-UBND
    document_en: Decision 293/QĐ-UBND
    year: 2019
    by: 2030
    products: {about: 300}
    five_star_percent: {about: 5}
    every_commune: true
    criteria: "1048"
    groups:
      - group: thuc-pham
        count: {min: 220, max: 230}
  - document: Kế hoạch 141/KH-UBND
    document_en: Plan 141/KH-UBND
    year: 2022
    issued: 2022-10-25
    by: 2025
    products: {at_least: 300}
    min_stars: 3
    five_star: {at_least: 3}
    communes_percent: {at_least: 70}
    sources: ["https://example.vn/d"]
`

// TestProgrammeProblems checks the messages for content/programme.yaml:
// each case replaces one text of soundProgramme, and every message names
// the file, line and column of the value at fault.
func TestProgrammeProblems(t *testing.T) {
	const p = "content/programme.yaml:"
	for _, tc := range []struct {
		name, old, new string
		want           []string
	}{{
		name: "sound",
	}, {
		name: "not a day",
		old:  "as_of: 2020-12-31", new: "as_of: 2020-02-30",
		want: []string{p + `2:12: totals.0.as_of must be a day written YYYY-MM-DD, such as 2024-11-18, or a month written YYYY-MM, got "2020-02-30"`},
	}, {
		name: "words for a date",
		old:  "as_of: 2020-12-31", new: "as_of: cuối năm 2020",
		want: []string{p + `2:12: totals.0.as_of must be a day written YYYY-MM-DD, such as 2024-11-18, or a month written YYYY-MM, got "cuối năm 2020"`},
	}, {
		name: "out of order",
		old:  "as_of: 2025-03", new: "as_of: 2020-12",
		want: []string{p + `11:12: totals.1.as_of 2020-12 is not after the total above it (2020-12-31); keep the totals in order, oldest first, one per day`},
	}, {
		name: "a month without words",
		old:  "    when: đầu năm 2025\n    when_en: early 2025\n", new: "",
		want: []string{
			p + `11:12: totals.1.as_of 2025-03 gives no day; say in when: how the source puts it, such as "đầu năm 2025"`,
			p + `11:12: totals.1.as_of 2025-03 gives no day; say in when_en: how the source puts it, such as "early 2025"`,
		},
	}, {
		name: "a number written with a dot",
		old:  "products: 146", new: "products: 1.46",
		want: []string{p + `3:15: totals.0.products must be a whole number without dots, commas or spaces, such as 4, got "1.46"`},
	}, {
		name: "negative",
		old:  "producers: 80", new: "producers: -80",
		want: []string{p + `7:16: totals.0.producers must not be negative, got -80`},
	}, {
		name: "stars that do not add up",
		old:  "three_star: 118", new: "three_star: 119",
		want: []string{p + `3:15: totals.0: the products of each star rating add up to 147, not 146; check the figures against the source`},
	}, {
		name: "some stars more than the total",
		old:  "three_star: 463", new: "three_star: 483",
		want: []string{p + `14:15: totals.1: the products of the star ratings given add up to 545, more than the total 529; check the figures against the source`},
	}, {
		name: "no products",
		old:  "    products: 146\n", new: "",
		want: []string{p + `2:5: totals.0.products is missing; give the total number of products the source reports`},
	}, {
		name: "no source",
		old:  `    sources: ["https://example.vn/a"]` + "\n", new: "",
		want: []string{p + `2:5: totals.0.sources is missing; give the address of the page that reports the figure`},
	}, {
		name: "a source that is not a web address",
		old:  "https://example.vn/a", new: "ocopnamdinh.vn/a",
		want: []string{p + `10:15: source "ocopnamdinh.vn/a" must be an http:// or https:// address`},
	}, {
		name: "a note without English",
		old:  "    note_en: End of 2020.\n", new: "",
		want: []string{p + `2:5: totals.0.note_en is missing; write totals.0.note in English too`},
	}, {
		name: "a conflict without English",
		old:  "    conflict_en: Two sources differ on the 5-star count.\n", new: "",
		want: []string{p + `11:5: totals.1.conflict_en is missing; write totals.1.conflict in English too`},
	}, {
		name: "a range stated as one end",
		old:  "count: {min: 220, max: 230}", new: "count: {min: 220}",
		want: []string{p + `33:9: targets.0.groups.0.count gives only one end of a range; give both min and max, or write about: or at_least:`},
	}, {
		name: "a range backwards",
		old:  "count: {min: 220, max: 230}", new: "count: {min: 230, max: 220}",
		want: []string{p + `33:32: targets.0.groups.0.count.max 220 must be more than min 230`},
	}, {
		name: "two forms of one number",
		old:  "products: {about: 300}", new: "products: {about: 300, at_least: 300}",
		want: []string{p + `27:5: targets.0.products gives more than one of about, at_least and min–max; keep the one the source states`},
	}, {
		name: "a percentage over 100",
		old:  "five_star_percent: {about: 5}", new: "five_star_percent: {about: 500}",
		want: []string{p + `28:32: targets.0.five_star_percent.about is a percentage, 0–100, got 500`},
	}, {
		name: "a group of another list",
		old:  "group: thuc-pham", new: "group: thuc-pham-che-bien",
		want: []string{p + `32:16: targets.0.groups.0.group "thuc-pham-che-bien" is not a group of 1048/QĐ-TTg in content/groups.yaml`},
	}, {
		name: "an unknown criteria",
		old:  `criteria: "1048"`, new: `criteria: "293"`,
		want: []string{p + `30:15: targets.0.criteria must be 1048 or 148, got "293"`},
	}, {
		name: "a target year before the document",
		old:  "by: 2025", new: "by: 2020",
		want: []string{p + `38:9: targets.1.by 2020 must be a year from targets.1.year on`},
	}, {
		name: "issued in another year",
		old:  "issued: 2022-10-25", new: "issued: 2021-10-25",
		want: []string{p + `37:13: targets.1.issued 2021-10-25 is not in targets.1.year 2022; correct one of them`},
	}, {
		name: "a misspelt key",
		old:  "at_least: 3}", new: "atleast: 3}",
		want: []string{p + `41:17: unknown key "targets.1.five_star.atleast"; did you mean "targets.1.five_star.at_least"?`},
	}, {
		name: "a note too long",
		old:  "note: Cuối năm 2020.", new: "note: " + strings.Repeat("Cuối năm. ", 101),
		want: []string{p + `8:11: note must be at most 1000 characters, got 1009; shorten it`},
	}, {
		name: "a target without a number",
		old:  "    products: {at_least: 300}\n", new: "",
		want: []string{p + `34:5: targets.1.products is missing; give the number of products aimed at, such as products: {about: 300}`},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			src := soundProgramme
			if tc.old != "" {
				if !strings.Contains(src, tc.old) {
					t.Fatalf("the case changes %q, which is not in the file", tc.old)
				}
				src = strings.Replace(src, tc.old, tc.new, 1)
			}
			c, ds := Content(refFS(map[string]string{"content/programme.yaml": src}))
			ds = append(ds, c.Validate(catalog.CheckOptions{Today: catalog.Date{Year: 2025, Month: 6, Day: 1}})...)
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestProgrammeLoaded checks what the sound file loads into: a figure a
// source does not give stays nil, never 0.
func TestProgrammeLoaded(t *testing.T) {
	c, ds := Content(refFS(map[string]string{"content/programme.yaml": soundProgramme}))
	if len(ds) > 0 {
		t.Fatalf("diagnostics: %v", ds)
	}
	pg := c.Programme
	if pg.Path != "content/programme.yaml" || len(pg.Totals) != 2 || len(pg.Targets) != 2 {
		t.Fatalf("got %+v", pg)
	}
	last := pg.Totals[1]
	if last.FiveStar != nil || last.Producers != nil {
		t.Errorf("five_star and producers are not given, got %v and %v", last.FiveStar, last.Producers)
	}
	if d, exact, ok := last.Day(); !ok || exact || d != (catalog.Date{Year: 2025, Month: 3, Day: 1}) {
		t.Errorf("Day() = %v, %v, %v; want 2025-03-01, not exact", d, exact, ok)
	}
	if q := pg.Targets[0].Groups[0].Count; q.Min == nil || *q.Min != 220 || *q.Max != 230 || q.About != nil {
		t.Errorf("the range 220–230 is not kept as a range: %+v", q)
	}
}

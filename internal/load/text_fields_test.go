package load

import (
	"fmt"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// yamlWords are plain scalars that YAML 1.1 or 1.2 reads as something
// other than text: nulls, booleans, numbers in every base and notation,
// infinities, timestamps, the merge and value keys.
var yamlWords = []string{
	"~", "null", "Null", "NULL",
	"yes", "Yes", "YES", "no", "No", "NO",
	"on", "On", "ON", "off", "Off", "OFF",
	"true", "True", "TRUE", "false", "False", "FALSE",
	"y", "Y", "n", "N",
	".inf", "-.inf", "+.inf", ".Inf", "-.INF", ".nan", ".NaN", ".NAN",
	"0x1F", "0o17", "0b101", "012", "0", "-0", "+12", "1_000", "1e3", "-1.5E-3", "3.14", "190:20:30",
	"2024-01-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
	"<<", "=",
}

// Case yaml-002: in a text field, and in a list of text, a plain scalar is
// the text the editor wrote, whatever YAML would make of it: a product
// named Null is named "Null", never "empty" and never dropped.
func TestPlainScalarsAreText(t *testing.T) {
	for _, w := range yamlWords {
		t.Run(w, func(t *testing.T) {
			rec := strings.Join([]string{
				"---",
				"name: " + w,
				"name_en: " + w,
				"pack: " + w,
				"summary: " + w,
				"description_en: " + w,
				"certificate:",
				"  number: " + w,
				"tags: [" + w + ", gạo]",
				"showrooms: " + w,
				"sources:",
				"  - " + w,
				"---",
				"",
			}, "\n")
			prod := "---\nname: " + w + "\nphone: " + w + "\naddress: " + w + "\n---\n"
			c, ds := Content(site(map[string]string{
				"content/products/p.md":  rec,
				"content/producers/q.md": prod,
			}))
			if errs := errorsOf(ds); len(errs) > 0 {
				t.Fatalf("errors while loading:\n%s", strings.Join(errs, "\n"))
			}
			if len(c.Products) != 1 || len(c.Producers) != 1 {
				t.Fatalf("got %d products and %d producers, want 1 and 1", len(c.Products), len(c.Producers))
			}
			p, q := c.Products[0], c.Producers[0]
			for _, f := range []struct{ key, got string }{
				{"name", p.Name},
				{"name_en", p.NameEN},
				{"pack", p.Pack},
				{"summary", p.Summary},
				{"description_en", p.DescriptionEN},
				{"certificate.number", p.Certificate.Number},
				{"producer name", q.Name},
				{"phone", q.Phone},
				{"address", q.Address},
			} {
				if f.got != w {
					t.Errorf("%s = %q, want %q", f.key, f.got, w)
				}
			}
			for _, l := range []struct {
				key       string
				got, want []string
			}{
				{"tags", p.Tags, []string{w, "gạo"}},
				{"showrooms", p.Showrooms, []string{w}},
				{"sources", p.Sources, []string{w}},
			} {
				if fmt.Sprint(l.got) != fmt.Sprint(l.want) || len(l.got) != len(l.want) {
					t.Errorf("%s = %q, want %q", l.key, l.got, l.want)
				}
			}
			// Validation sees the name and the English name: no "name is
			// empty", no "no English name".
			for _, d := range c.Validate(catalog.CheckOptions{}) {
				if strings.Contains(d.Message, "name is") || strings.Contains(d.Message, "no English name") {
					t.Errorf("validation: %s", d)
				}
			}
		})
	}
}

// An empty value leaves a text field unset, as before: a YAML null word
// is text, but nothing at all is nothing.
func TestEmptyValueIsUnset(t *testing.T) {
	c, ds := Content(site(map[string]string{
		"content/products/p.md": "---\nname:\nname_en:\ntags:\n---\n",
	}))
	if errs := errorsOf(ds); len(errs) > 0 {
		t.Fatalf("errors while loading: %v", errs)
	}
	p := c.Products[0]
	if p.Name != "" || p.NameEN != "" || p.Tags != nil {
		t.Errorf("name %q, name_en %q, tags %q; want all unset", p.Name, p.NameEN, p.Tags)
	}
	var got []string
	for _, d := range c.Validate(catalog.CheckOptions{}) {
		if d.Severity == catalog.Error {
			got = append(got, d.String())
		}
	}
	want := `content/products/p.md:2:6: name is empty; give the product's name`
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// An empty item in a list of text is reported once; a null word there is
// the text written.
func TestEmptyListItem(t *testing.T) {
	c, ds := Content(site(map[string]string{
		"content/products/p.md": "---\nname: A\ntags:\n  - gạo\n  -\n  - ~\n---\n",
	}))
	ds = append(ds, c.Validate(catalog.CheckOptions{})...)
	got := strings.Join(errorsOf(ds), "\n")
	want := `content/products/p.md:5:4: tags has an empty item; remove the line or give a value`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if tags := c.Products[0].Tags; len(tags) != 2 || tags[0] != "gạo" || tags[1] != "~" {
		t.Errorf("tags = %q, want [gạo ~]", tags)
	}
}

// An empty or undecodable item in a list of blocks is reported, and
// leaves no hole that later steps trip over.
func TestEmptyBlockItems(t *testing.T) {
	c, ds := Content(site(map[string]string{
		"content/geo/2024-05-01.yaml": "date: 2024-05-01\ndistricts:\n  - name: Huyện Nam Trực\n    units: [~, *a, 5, {name: Xã Điền Xá}]\n  -\n",
	}))
	ds = append(ds, c.Validate(catalog.CheckOptions{})...)
	got := strings.Join(errorsOf(ds), "\n")
	want := `content/geo/2024-05-01.yaml:4:16: a value uses a YAML alias (*a); write the value out in full`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	c, ds = Content(site(map[string]string{
		"content/geo/2024-05-01.yaml": "date: 2024-05-01\ndistricts:\n  - name: Huyện Nam Trực\n    units: [~, 5, {name: Xã Điền Xá}]\n  -\n",
	}))
	ds = append(ds, c.Validate(catalog.CheckOptions{})...)
	got = strings.Join(errorsOf(ds), "\n")
	want = strings.Join([]string{
		`content/geo/2024-05-01.yaml:4:13: districts.0.units has an empty item; remove the line or give a value`,
		`content/geo/2024-05-01.yaml:4:16: districts.0.units.0 must be a block of key: value lines, got "5"`,
		`content/geo/2024-05-01.yaml:5:4: districts has an empty item; remove the line or give a value`,
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

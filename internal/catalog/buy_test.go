package catalog_test

import (
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// errorsIn returns the diagnostics of the file at path, as ocop check
// prints them, leaving out warnings.
func errorsIn(ds catalog.Diagnostics, path string) []string {
	var out []string
	for _, d := range ds {
		if s := d.String(); strings.HasPrefix(s, path+":") && !strings.Contains(s, ": warning: ") {
			out = append(out, s)
		}
	}
	return out
}

// A product's buy list names online shops: each with a name and the
// https address of the product, none twice.
func TestBuyRules(t *testing.T) {
	const path = "content/products/ok/index.md"
	// The buy lines start on line 10: the front matter's first line is
	// line 2, and good has 8 lines.
	for _, tc := range []struct {
		name, buy string
		want      []string
	}{
		{"one shop", "buy:\n  - {name: Postmart, url: \"https://postmart.vn/gao-tam\"}", nil},
		{"two shops", "buy:\n  - name: Postmart\n    url: https://postmart.vn/gao-tam\n  - name: Voso\n    url: https://voso.vn/gao-tam", nil},
		{"http", "buy:\n  - {name: Postmart, url: \"http://postmart.vn/gao-tam\"}",
			[]string{path + `:11:27: shop address "http://postmart.vn/gao-tam" must be an https:// address, such as https://postmart.vn/…; buyers pay there, so http:// and other addresses are refused`}},
		{"script", "buy:\n  - {name: Postmart, url: \"javascript:alert(1)\"}",
			[]string{path + `:11:27: shop address "javascript:alert(1)" must be an https:// address, such as https://postmart.vn/…; buyers pay there, so http:// and other addresses are refused`}},
		{"no host", "buy:\n  - {name: Postmart, url: \"https:///gao\"}",
			[]string{path + `:11:27: shop address "https:///gao" must be an https:// address, such as https://postmart.vn/…; buyers pay there, so http:// and other addresses are refused`}},
		{"user in address", "buy:\n  - {name: Postmart, url: \"https://a@postmart.vn/\"}",
			[]string{path + `:11:27: shop address "https://a@postmart.vn/" must be an https:// address, such as https://postmart.vn/…; buyers pay there, so http:// and other addresses are refused`}},
		{"no name", "buy:\n  - url: https://postmart.vn/gao-tam",
			[]string{path + `:11:5: shop name is missing; add name: the shop's name as buyers know it, such as "Postmart"`}},
		{"empty name", "buy:\n  - {name: \" \", url: \"https://postmart.vn/gao-tam\"}",
			[]string{path + `:11:12: shop name is empty; give the shop's name as buyers know it, such as "Postmart"`}},
		{"no address", "buy:\n  - name: Postmart",
			[]string{path + `:11:5: shop address is missing; add url: the https:// address of the product in the shop`}},
		{"same address twice", "buy:\n  - {name: Postmart, url: \"https://postmart.vn/g\"}\n  - {name: Voso, url: \"https://postmart.vn/g\"}",
			[]string{path + `:12:23: shop address "https://postmart.vn/g" is listed twice (first on line 11); keep one`}},
		{"same shop twice", "buy:\n  - {name: Postmart, url: \"https://postmart.vn/a\"}\n  - {name: postmart, url: \"https://postmart.vn/b\"}",
			[]string{path + `:12:12: shop "postmart" is listed twice (first on line 11); keep one`}},
		{"not a list", "buy: https://postmart.vn/gao-tam",
			[]string{path + `:10:6: buy must be a list (lines starting with "- "), got "https://postmart.vn/gao-tam"`}},
		{"unknown key", "buy:\n  - {name: Postmart, link: \"https://postmart.vn/g\"}",
			[]string{path + `:11:5: shop address is missing; add url: the https:// address of the product in the shop`,
				path + `:11:22: unknown key "buy.0.link"; expected one of: name, url`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := check(t, map[string]string{path: "---\n" + good + tc.buy + "\n---\nMô tả.\n"})
			got := errorsIn(ds, path)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// A producer's zalo is a phone number or a https://zalo.me/ address.
func TestZaloRules(t *testing.T) {
	const path = "content/producers/htx.md"
	for _, tc := range []struct {
		zalo, want, url string
	}{
		{"0912345678", "", "https://zalo.me/0912345678"},
		{`"0912 345 678"`, "", "https://zalo.me/0912345678"},
		{`"+84912345678"`, "", "https://zalo.me/0912345678"},
		{"https://zalo.me/0912345678", "", "https://zalo.me/0912345678"},
		{"https://zalo.me/g/abcxyz123", "", "https://zalo.me/g/abcxyz123"},
		{"http://zalo.me/0912345678", `:5:7: zalo "http://zalo.me/0912345678" is not a phone number or a Zalo address; expected a number such as 0912345678, or an address such as https://zalo.me/0912345678; write https:// rather than http://`, ""},
		{"https://zalo.me.evil.vn/0912345678", `:5:7: zalo "https://zalo.me.evil.vn/0912345678" is not a phone number or a Zalo address; expected a number such as 0912345678, or an address such as https://zalo.me/0912345678`, ""},
		{"https://zalo.me/", `:5:7: zalo "https://zalo.me/" is not a phone number or a Zalo address; expected a number such as 0912345678, or an address such as https://zalo.me/0912345678`, ""},
		{"12345", `:5:7: zalo "12345" is not a phone number or a Zalo address; expected a number such as 0912345678, or an address such as https://zalo.me/0912345678`, ""},
		{"htx-a", `:5:7: zalo "htx-a" is not a phone number or a Zalo address; expected a number such as 0912345678, or an address such as https://zalo.me/0912345678`, ""},
	} {
		t.Run(tc.zalo, func(t *testing.T) {
			ds := check(t, map[string]string{path: "---\nname: HTX A\nkind: HTX\ndistrict: Nam Trực\nzalo: " + tc.zalo + "\n---\n"})
			got := strings.Join(errorsIn(ds, path), "\n")
			want := ""
			if tc.want != "" {
				want = path + tc.want
			}
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
			if u := catalog.ZaloURL(strings.Trim(tc.zalo, `"`)); u != tc.url {
				t.Errorf("ZaloURL(%s) = %q, want %q", tc.zalo, u, tc.url)
			}
		})
	}
}

// A product's gtin is the barcode's number: 8, 12, 13 or 14 digits with
// a right check digit.
func TestGTINRules(t *testing.T) {
	const path = "content/products/ok/index.md"
	for _, tc := range []struct{ gtin, want string }{
		{"4006381333931", ""},
		{"8934567890120", ""},
		{"036000291452", ""},
		{"96385074", ""},
		{"\"00036000291452\"", ""},
		{"4006381333932", `:10:7: gtin 4006381333932 has a wrong check digit (its last digit); copy the number under the barcode again`},
		{"400638133393", `:10:7: gtin 400638133393 has a wrong check digit (its last digit); copy the number under the barcode again`},
		{"40063813339", `:10:7: gtin must have 8, 12, 13 or 14 digits, got 11; copy the number under the barcode`},
		{"\"400 6381 333931\"", `:10:7: gtin "400 6381 333931" must be the digits of the barcode, without spaces or dashes, such as 8934567890120`},
	} {
		t.Run(tc.gtin, func(t *testing.T) {
			ds := check(t, map[string]string{path: "---\n" + good + "gtin: " + tc.gtin + "\n---\nMô tả.\n"})
			got := strings.Join(errorsIn(ds, path), "\n")
			want := ""
			if tc.want != "" {
				want = path + tc.want
			}
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

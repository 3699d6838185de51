package catalog_test

import (
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// TestMistakeMessages pins, word for word in both languages, what
// `ocop check` says about five mistakes editors make most: each case is
// one product file on the small site of testdata/base, and the one error
// it must give.
func TestMistakeMessages(t *testing.T) {
	producer := "---\nname: HTX Nghĩa Bình\nkind: HTX\ndistrict: Hải Hậu\n---\n"
	for _, tc := range []struct {
		name    string
		product string // the lines of the product's front matter
		vi, en  string
	}{{
		name:    "stars out of range",
		product: "name: Gạo tám\nstars: 6\n",
		vi:      `content/products/a.md:3:8: lỗi: stars phải từ 1 đến 5, nhưng lại là 6`,
		en:      `content/products/a.md:3:8: error: stars must be 1–5, got 6`,
	}, {
		name:    "unknown producer",
		product: "name: Gạo tám\nproducer: HTX Nghĩa Bình\n",
		vi:      `content/products/a.md:3:11: lỗi: không có chủ thể "HTX Nghĩa Bình"; cần ghi mã của một tệp trong content/producers/ (tên tệp, bỏ .md); có phải ý bạn là "htx-nghia-binh"?`,
		en:      `content/products/a.md:3:11: error: producer "HTX Nghĩa Bình" does not exist; expected the ID of a file in content/producers/ (its name without .md); did you mean "htx-nghia-binh"?`,
	}, {
		name:    "date not YYYY-MM-DD",
		product: "name: Gạo tám\ncertificate:\n  number: 2700/QĐ-UBND\n  date: 13/12/2021\n",
		vi:      `content/products/a.md:5:9: lỗi: certificate.date phải là một ngày viết theo dạng YYYY-MM-DD, ví dụ 2021-12-13, nhưng lại là "13/12/2021"`,
		en:      `content/products/a.md:5:9: error: certificate.date must be a date written YYYY-MM-DD, such as 2021-12-13, got "13/12/2021"`,
	}, {
		name:    "group not of the decision",
		product: "name: Gạo tám\ngroup: do-an-vat\n",
		vi:      `content/products/a.md:3:8: lỗi: "do-an-vat" không phải nhóm sản phẩm của Quyết định 1048/QĐ-TTg; cần ghi thuc-pham hoặc thao-duoc`,
		en:      `content/products/a.md:3:8: error: group "do-an-vat" is not a group of Decision 1048/QĐ-TTg; expected thuc-pham or thao-duoc`,
	}, {
		name:    "district without tone marks",
		product: "name: Gạo tám\ndistrict: Hai Hau\n",
		vi:      `content/products/a.md:3:11: lỗi: "Hai Hau" không phải huyện của Nam Định; có phải ý bạn là "Huyện Hải Hậu"?`,
		en:      `content/products/a.md:3:11: error: district "Hai Hau" is not a district of Nam Định; did you mean "Huyện Hải Hậu"?`,
	}, {
		name:    "name missing",
		product: "name_en: Fragrant rice\nstars: 4\n",
		vi:      `content/products/a.md:2:1: lỗi: thiếu name; mỗi sản phẩm đều cần có tên`,
		en:      `content/products/a.md:2:1: error: name is missing; every product needs a name`,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			ds := check(t, map[string]string{
				"content/products/a.md":               "---\n" + tc.product + "---\n",
				"content/producers/htx-nghia-binh.md": producer,
			})
			var errs []catalog.Diagnostic
			for _, d := range ds {
				if d.Severity == catalog.Error {
					errs = append(errs, d)
				}
			}
			if len(errs) != 1 {
				var got []string
				for _, d := range errs {
					got = append(got, d.Line(message.EN))
				}
				t.Fatalf("got %d errors, want 1:\n%s", len(errs), strings.Join(got, "\n"))
			}
			d := errs[0]
			if got := d.Line(message.EN); got != tc.en {
				t.Errorf("in English:\ngot  %s\nwant %s", got, tc.en)
			}
			want := tc.vi
			if _, ok := message.Translation(d.Format); !ok {
				// A message of the loader that has no translation yet
				// reads in English until it has one.
				t.Logf("%q has no Vietnamese translation yet", d.Format)
				want = strings.Replace(tc.en, "error:", "lỗi:", 1)
			}
			if got := d.Line(message.VI); got != want {
				t.Errorf("in Vietnamese:\ngot  %s\nwant %s", got, want)
			}
		})
	}
}

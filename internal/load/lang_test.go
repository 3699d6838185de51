package load_test

import (
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// The loader's problems read in Vietnamese by default and in English on
// request, arguments that differ by language included (what a value was
// instead, the kind of a record).
func TestProblemsInBothLanguages(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		vi, en    string
	}{
		{"unknown key", "---\nname: Gạo\nstar: 4\n---\n",
			`content/products/a.md:3:1: lỗi: không có khoá "star"; có phải ý bạn là "stars"?`,
			`content/products/a.md:3:1: error: unknown key "star"; did you mean "stars"?`},
		{"a list for text", "---\nname: [Gạo]\n---\n",
			`content/products/a.md:2:7: lỗi: name phải là một đoạn chữ, nhưng lại là một danh sách`,
			`content/products/a.md:2:7: error: name must be text, got a list`},
		{"colon in a value", "---\nname: Nước mắm cốt: loại đặc biệt\n---\n",
			`content/products/a.md:2:19: lỗi: giá trị có chứa ": "; hãy đặt cả giá trị trong dấu ngoặc kép, ví dụ name: "Nước mắm cốt: loại đặc biệt"`,
			`content/products/a.md:2:19: error: a value contains ": "; put the whole value in double quotes, such as name: "Nước mắm cốt: loại đặc biệt"`},
		{"tab indentation", "---\nname: Gạo\ncertificate:\n\tnumber: 1\n---\n",
			`content/products/a.md:4:1: lỗi: dòng được thụt lề bằng phím tab; hãy thụt lề bằng dấu cách (YAML không cho dùng tab)`,
			`content/products/a.md:4:1: error: a tab is used for indentation; indent with spaces (YAML does not allow tabs)`},
		{"no front matter", "name: Gạo\n",
			`content/products/a.md:1:1: lỗi: thiếu phần khai báo đầu tệp; một hồ sơ bắt đầu bằng dòng ---, rồi đến các trường (name: …), rồi thêm một dòng --- nữa`,
			`content/products/a.md:1:1: error: no front matter; a record starts with a line ---, then its fields (name: …), then another line ---`},
	} {
		fsys := fstest.MapFS{"content/products/a.md": {Data: []byte(tc.src)}}
		_, ds := load.File(fsys, "content/products/a.md")
		if len(ds) == 0 {
			t.Errorf("%s: no problem found", tc.name)
			continue
		}
		if got := ds[0].Line(message.VI); got != tc.vi {
			t.Errorf("%s, in Vietnamese:\n got %s\nwant %s", tc.name, got, tc.vi)
		}
		if got := ds[0].Line(message.EN); got != tc.en {
			t.Errorf("%s, in English:\n got %s\nwant %s", tc.name, got, tc.en)
		}
	}
}

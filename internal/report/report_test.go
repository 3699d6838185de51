package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

func sample() catalog.Diagnostics {
	var ds catalog.Diagnostics
	ds.Warnf(catalog.Pos{Path: "content/products/c.md", Line: 2, Col: 1}, "no image; 100%% placeholder")
	ds.Errorf(catalog.Pos{Path: "content/products/a,b.md", Line: 3, Col: 8}, "stars must be 1–5, got %d", 6)
	ds.Warnf(catalog.Pos{Path: "content/products/d.md", Line: 4, Col: 1}, "year %d", 2020)
	ds.Warnf(catalog.Pos{Path: "content/products/e.md", Line: 2, Col: 1}, "no image; 100%% placeholder")
	return ds
}

func TestFormats(t *testing.T) {
	for _, tc := range []struct {
		o    Options
		want string
	}{
		{Options{Format: "text", Lang: message.EN}, `1 error, to fix before the site can be built:
content/products/a,b.md:3:8: error: stars must be 1–5, got 6

3 warnings, by kind:

[2] no image; 100% placeholder
content/products/c.md:2:1: warning: no image; 100% placeholder
content/products/e.md:2:1: warning: no image; 100% placeholder

[1] year …
content/products/d.md:4:1: warning: year 2020

1 error, 3 warnings in 4 files
`},
		{Options{Format: "text", Lang: message.VI, ErrorsOnly: true}, `1 lỗi, phải sửa thì mới dựng được trang:
content/products/a,b.md:3:8: lỗi: stars phải từ 1 đến 5, nhưng lại là 6

1 lỗi, 3 cảnh báo trong 4 tệp (không hiện cảnh báo: chạy lại không có --errors-only để xem)
`},
		{Options{Format: "github", Lang: message.EN}, "::warning file=content/products/c.md,line=2,col=1::no image; 100%25 placeholder\n::error file=content/products/a%2Cb.md,line=3,col=8::stars must be 1–5, got 6\n::warning file=content/products/d.md,line=4,col=1::year 2020\n::warning file=content/products/e.md,line=2,col=1::no image; 100%25 placeholder\n1 error, 3 warnings in 4 files\n"},
	} {
		var b bytes.Buffer
		if err := Write(&b, sample(), tc.o); err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.want {
			t.Errorf("%+v:\ngot  %q\nwant %q", tc.o, b.String(), tc.want)
		}
	}
	var b bytes.Buffer
	if err := Write(&b, sample(), Options{Format: "xml"}); err == nil {
		t.Error("unknown format: no error")
	}
	if got := Summary(message.EN, nil); got != "no problems found" {
		t.Errorf("Summary(nil) = %q", got)
	}
	if got := Summary(message.VI, nil); got != "không có vấn đề nào" {
		t.Errorf("Summary(nil) = %q", got)
	}
}

// TestJSONKind: JSON carries each problem's kind, the same for problems
// of one kind whatever their values.
func TestJSONKind(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, sample(), Options{Format: "json", Lang: message.EN}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), `"kind": "no image; 100%% placeholder"`); n != 2 {
		t.Errorf("kind of the two image warnings found %d times in\n%s", n, b.String())
	}
}

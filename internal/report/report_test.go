package report

import (
	"bytes"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

func TestFormats(t *testing.T) {
	ds := catalog.Diagnostics{
		{Pos: catalog.Pos{Path: "content/products/a,b.md", Line: 3, Col: 8}, Message: "stars must be 1–5, got 6"},
		{Pos: catalog.Pos{Path: "content/products/c.md", Line: 2, Col: 1}, Severity: catalog.Warning, Message: "no image; 100% placeholder"},
	}
	for _, tc := range []struct{ format, want string }{
		{"text", "content/products/a,b.md:3:8: stars must be 1–5, got 6\ncontent/products/c.md:2:1: warning: no image; 100% placeholder\n1 error, 1 warning in 2 files\n"},
		{"github", "::error file=content/products/a%2Cb.md,line=3,col=8::stars must be 1–5, got 6\n::warning file=content/products/c.md,line=2,col=1::no image; 100%25 placeholder\n1 error, 1 warning in 2 files\n"},
	} {
		var b bytes.Buffer
		if err := Write(&b, tc.format, ds); err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tc.format, b.String(), tc.want)
		}
	}
	var b bytes.Buffer
	if err := Write(&b, "xml", ds); err == nil {
		t.Error("unknown format: no error")
	}
	if got := Summary(nil); got != "no problems found" {
		t.Errorf("Summary(nil) = %q", got)
	}
}

package brochure

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/site"
)

// The Print output makes, in every language of the site config, the
// files HTML and All write, byte for byte.
func TestPrintOutput(t *testing.T) {
	ps := uniform(4, "Gạo nếp thơm.")
	ps[1].image = "anh.png"
	c, opt := fixture(t, ps)
	c.Today = opt.Printed
	s, err := site.Prepare(c, site.Options{Base: opt.Base, Theme: opt.Theme, Content: opt.Content, Print: true})
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := Print{}.Plan(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := &memWriter{}
	if err := output.Run(context.Background(), jobs, got, 4); err != nil {
		t.Fatal(err)
	}
	want := &memWriter{}
	for _, l := range c.Config.Languages {
		o := opt
		o.Paper, o.Lang = "A4", l.Code
		if _, err := HTML(c, o, want); err != nil {
			t.Fatal(err)
		}
		if _, err := All(c, o, want); err != nil {
			t.Fatal(err)
		}
	}
	if g, w := strings.Join(got.paths(), " "), strings.Join(want.paths(), " "); g != w || len(c.Config.Languages) < 2 {
		t.Fatalf("Print wrote\n%s\nwant\n%s", g, w)
	}
	for p, b := range want.files {
		if !bytes.Equal(got.files[p], b) {
			t.Errorf("%s differs from what HTML and All write", p)
		}
	}
}

package web

import (
	"html/template"
	"strings"
	"testing"
	"text/template/parse"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/i18n"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// TestFoldConstantsSameOutput executes templates with and without folding
// and wants the same bytes in every escaping context, and no call left
// where one could be folded.
func TestFoldConstantsSameOutput(t *testing.T) {
	base, err := urls.ParseBase("https://example.vn/ocop/")
	if err != nil {
		t.Fatal(err)
	}
	vi := dictOf(t, `q: "Tìm \"gạo\" <tám> & 'nếp'"
fmt: còn %d sản phẩm
u: javascript:alert(1)
`)
	r := &renderer{
		c:     &catalog.Catalog{},
		opt:   Options{Base: base},
		dicts: map[string]*i18n.Dict{"vi": vi},
	}
	cases := []struct {
		name, src string
		calls     int // calls of folded functions left after folding
	}{
		{"text", `<p>{{t "q"}}</p>`, 0},
		{"attribute", `<input placeholder="{{t "q"}}" title={{t "q"}}>`, 0},
		{"url attribute", `<a href="{{t "u"}}">x</a><a href="{{asset "site.css"}}?v={{t "q"}}">y</a>`, 0},
		{"script", `<script>var s = {{t "q"}}, h = {{home}}, l = "{{lang}}";</script>`, 0},
		{"style", `<p style="font-family: {{t "q"}}">x</p>`, 0},
		{"parenthesised", `{{printf "%s|%s" (t "q") (list "products")}} {{if eq (lang) "vi"}}vi{{end}}`, 0},
		{"piped into", `{{"q" | t}} {{t "q" | len}}`, 1},
		{"with arguments", `{{t "fmt" 3}}`, 1},
		{"rel and home", `<a href="{{rel "sitemap.xml"}}">s</a><a href="{{home}}">h</a>`, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			parse := func() *template.Template {
				tm, err := template.New("x").Funcs(r.funcs("vi")).Parse(c.src)
				if err != nil {
					t.Fatal(err)
				}
				return tm
			}
			plain, folded := parse(), parse()
			r.foldConstants(folded, "vi")
			var want, got strings.Builder
			if err := plain.Execute(&want, nil); err != nil {
				t.Fatal(err)
			}
			if err := folded.Execute(&got, nil); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("folded output\n%s\nwant\n%s", got.String(), want.String())
			}
			if n := foldableCalls(folded); n != c.calls {
				t.Errorf("%d calls of t, asset, rel, list, home or lang left, want %d", n, c.calls)
			}
		})
	}
}

// TestFoldConstantsMissingKey leaves a call of a missing UI string, so it
// still fails when executed.
func TestFoldConstantsMissingKey(t *testing.T) {
	r := &renderer{c: &catalog.Catalog{}, dicts: map[string]*i18n.Dict{"vi": dictOf(t, "")}}
	tm := template.Must(template.New("x").Funcs(r.funcs("vi")).Parse(`{{t "nope"}}`))
	r.foldConstants(tm, "vi")
	if err := tm.Execute(&strings.Builder{}, nil); err == nil || !strings.Contains(err.Error(), `no UI string "nope"`) {
		t.Errorf("err = %v, want the missing UI string named", err)
	}
}

func foldableCalls(tm *template.Template) int {
	n := 0
	for _, tt := range tm.Templates() {
		walk(tt.Tree.Root, func(c *parse.CommandNode, _ bool) {
			if id, ok := c.Args[0].(*parse.IdentifierNode); ok {
				switch id.Ident {
				case "t", "asset", "rel", "list", "home", "lang":
					n++
				}
			}
		})
	}
	return n
}

// dictOf parses src as the theme's i18n/vi.yaml.
func dictOf(t *testing.T, src string) *i18n.Dict {
	t.Helper()
	d, err := i18n.Parse("i18n/vi.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

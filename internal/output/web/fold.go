package web

import (
	"html/template"
	"strconv"
	"text/template/parse"

	"github.com/namdinh-ocop/ocop/internal/urls"
)

// foldConstants replaces, in every template of t (a set for the single
// language lang, not yet executed), each call of a template function whose
// result depends only on the language and on literal arguments by that
// result as a string literal: t "key", asset "name", rel "path", list
// "section", home and lang. html/template escapes the literal in its
// context exactly as it would have escaped the call's result, so pages
// are byte for byte the same; what goes is a reflective function call per
// use, about a third of the calls a page makes (t alone is 19 calls on
// each product page).
//
// A call that receives a piped value, has any other argument, or names a
// missing UI string is left alone, so it fails or formats at execution as
// it always did.
func (r *renderer) foldConstants(t *template.Template, lang string) {
	l := r.lctx(lang)
	one := map[string]func(string) (string, bool){
		"t": func(key string) (string, bool) {
			s, err := l.in.T(key)
			return s, err == nil
		},
		"asset": func(name string) (string, bool) { return r.opt.Base.Rel("assets/" + name), true },
		"rel":   func(p string) (string, bool) { return r.opt.Base.Rel(p), true },
		"list": func(section string) (string, bool) {
			s, err := l.list(section)
			return s, err == nil
		},
	}
	none := map[string]string{
		"home": r.opt.Base.Rel(urls.Lang(lang)),
		"lang": lang,
	}
	for _, tt := range t.Templates() {
		if tt.Tree == nil {
			continue
		}
		walk(tt.Tree.Root, func(c *parse.CommandNode, piped bool) {
			if piped || len(c.Args) == 0 || len(c.Args) > 2 {
				return
			}
			id, ok := c.Args[0].(*parse.IdentifierNode)
			if !ok {
				return
			}
			var v string
			switch len(c.Args) {
			case 1:
				if v, ok = none[id.Ident]; !ok {
					return
				}
			case 2:
				f, known := one[id.Ident]
				arg, literal := c.Args[1].(*parse.StringNode)
				if !known || !literal {
					return
				}
				if v, ok = f(arg.Text); !ok {
					return
				}
			}
			c.Args = []parse.Node{&parse.StringNode{
				NodeType: parse.NodeString, Pos: id.Pos, Quoted: strconv.Quote(v), Text: v,
			}}
		})
	}
}

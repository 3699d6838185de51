package web

import (
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"text/template/parse"
)

// Layout files of a theme.
const (
	baseLayout     = "layouts/base.html"
	partialsGlob   = "layouts/partials/*.html"
	pageLayoutGlob = "layouts/*.html"
)

// parseTemplates parses the theme's layouts once: base.html and the
// partials, then each page layout on a copy of them. Every set is then
// copied once per language with that language's functions, before any is
// executed. A call of t, tn or tl with a key missing from a language's
// UI strings is an error here, not when a page happens to use it.
func (r *renderer) parseTemplates() error {
	theme := r.opt.Theme
	common := template.New("base").Funcs(r.funcs(r.langs[0].Code))
	src, err := fs.ReadFile(theme, baseLayout)
	if err != nil {
		return fmt.Errorf("theme: %w", err)
	}
	if _, err := common.New(baseLayout).Parse(string(src)); err != nil {
		return fmt.Errorf("theme: %w", err)
	}
	partials, err := fs.Glob(theme, partialsGlob)
	if err != nil {
		return fmt.Errorf("theme: %w", err)
	}
	sort.Strings(partials)
	for _, p := range partials {
		if err := parseFile(common, theme, p); err != nil {
			return err
		}
	}
	pages, err := fs.Glob(theme, pageLayoutGlob)
	if err != nil {
		return fmt.Errorf("theme: %w", err)
	}
	sort.Strings(pages)
	r.tmpl = map[string]map[string]*template.Template{}
	r.cardTmpl = map[string]*template.Template{}
	r.sizes = map[string]*atomic.Int64{}
	for _, l := range r.langs {
		r.tmpl[l.Code] = map[string]*template.Template{}
		r.cards[l.Code] = &sync.Map{}
	}
	for _, p := range pages {
		if p == baseLayout {
			continue
		}
		t, err := common.Clone()
		if err != nil {
			return fmt.Errorf("theme: %w", err)
		}
		if err := parseFile(t, theme, p); err != nil {
			return err
		}
		if err := r.checkKeys(t); err != nil {
			return fmt.Errorf("theme: %s: %w", p, err)
		}
		name := strings.TrimSuffix(path.Base(p), ".html")
		r.sizes[name] = new(atomic.Int64)
		for _, l := range r.langs {
			tl, err := t.Clone()
			if err != nil {
				return fmt.Errorf("theme: %w", err)
			}
			r.tmpl[l.Code][name] = tl.Funcs(r.funcs(l.Code))
			r.foldConstants(tl, l.Code)
			if r.cardTmpl[l.Code] == nil && tl.Lookup("card") != nil {
				r.cardTmpl[l.Code] = tl
			}
		}
	}
	return nil
}

// parseFile adds the theme file p to t.
func parseFile(t *template.Template, theme fs.FS, p string) error {
	src, err := fs.ReadFile(theme, p)
	if err != nil {
		return fmt.Errorf("theme: %w", err)
	}
	if _, err := t.New(p).Parse(string(src)); err != nil {
		return fmt.Errorf("theme: %w", err)
	}
	return nil
}

// template returns the template set of a page layout in a language.
func (r *renderer) template(lang, name string) (*template.Template, error) {
	t := r.tmpl[lang][name]
	if t == nil {
		return nil, fmt.Errorf("theme has no layouts/%s.html", name)
	}
	return t, nil
}

// checkKeys reports a call of t, tn or tl in t's templates whose literal
// key is missing from the UI strings of any language.
func (r *renderer) checkKeys(t *template.Template) error {
	var missing []string
	seen := map[string]bool{}
	need := func(key string) {
		for _, l := range r.langs {
			if !r.dict(l.Code).Has(key) && !seen[l.Code+key] {
				seen[l.Code+key] = true
				missing = append(missing, fmt.Sprintf("%q (i18n/%s.yaml)", key, l.Code))
			}
		}
	}
	for _, tt := range t.Templates() {
		if tt.Tree == nil {
			continue
		}
		walk(tt.Tree.Root, func(c *parse.CommandNode, _ bool) {
			if len(c.Args) < 2 {
				return
			}
			id, ok := c.Args[0].(*parse.IdentifierNode)
			if !ok {
				return
			}
			arg := 1
			if id.Ident == "tl" {
				arg = 2
			}
			if len(c.Args) <= arg {
				return
			}
			s, ok := c.Args[arg].(*parse.StringNode)
			if !ok {
				return
			}
			switch id.Ident {
			case "t", "tl":
				need(s.Text)
			case "tn":
				need(s.Text + "_one")
				need(s.Text + "_other")
			}
		})
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("missing UI strings: %s", strings.Join(missing, ", "))
	}
	return nil
}

// walk calls f on every command of the parse tree under n; piped reports
// that the command receives the value of the one before it in its
// pipeline as a last argument.
func walk(n parse.Node, f func(c *parse.CommandNode, piped bool)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walk(c, f)
		}
	case *parse.ActionNode:
		walk(n.Pipe, f)
	case *parse.PipeNode:
		if n == nil {
			return
		}
		for i, c := range n.Cmds {
			f(c, i > 0)
			for _, a := range c.Args {
				walk(a, f)
			}
		}
	case *parse.IfNode:
		walkBranch(&n.BranchNode, f)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, f)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, f)
	case *parse.TemplateNode:
		walk(n.Pipe, f)
	}
}

func walkBranch(b *parse.BranchNode, f func(*parse.CommandNode, bool)) {
	walk(b.Pipe, f)
	walk(b.List, f)
	walk(b.ElseList, f)
}

package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/namdinh-ocop/ocop/internal/archetype"
	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/themes"
)

// cmdNew is "ocop new KIND NAME": it writes a new record from the theme's
// template of its kind (package archetype) and prints its path.
func cmdNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", stderr)
	source := fs.String("source", ".", "the site's folder, holding content/")
	langFlag := langFlag(fs)
	bundle := fs.Bool("bundle", false, "write the record as content/<folder>/<id>/index.md, a folder for it and its photos")
	// The kind and the name come first, flags before or after them.
	pos, ok := parseWithArgs(fs, args)
	if !ok {
		return exitUsage
	}
	lang, _ := message.ParseLang(*langFlag)
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "ocop new: %s\n", message.Sprintf(lang, format, a...))
		fmt.Fprintf(stderr, "%s\n", message.Sprintf(lang, "usage: ocop new %s \"Name\" [--bundle] [--source DIR] [--lang vi|en]", strings.Join(archetype.KindWords(), "|")))
		return exitUsage
	}
	if len(pos) == 0 {
		return usage("say what to make and its name, such as: ocop new product \"Nước mắm Đông Phương\"")
	}
	kind, ok := archetype.ParseKind(pos[0])
	switch {
	case !ok:
		return usage("unknown kind of record %q; expected %s", pos[0], message.Or(archetype.KindWords()))
	case len(pos) == 1:
		return usage("the name is missing; give it in quotes after %s", pos[0])
	case len(pos) > 2:
		return usage("give the name as one argument, in quotes: \"%s\"", strings.Join(pos[1:], " "))
	}
	src, err := build.DirFS(*source)
	if err != nil {
		fmt.Fprintf(stderr, "ocop new: %v\n", err)
		return exitUsage
	}
	c, _ := load.Content(src)
	lang = editorLang(*langFlag, c)
	theme, err := themes.Layered(src, c.Config.Theme)
	if err != nil {
		fmt.Fprintf(stderr, "ocop new: %s\n", message.Sprintf(lang, "theme: %v", err))
		return exitUsage
	}
	rel, err := archetype.New(archetype.Options{
		Root: *source, Theme: theme, Catalog: c, Kind: kind, Name: pos[1], Now: build.Clock(time.Time{}), Bundle: *bundle,
	})
	if err != nil {
		fmt.Fprintf(stderr, "ocop new: %s\n", message.Text(lang, err))
		return exitUsage
	}
	p := filepath.ToSlash(filepath.Join(*source, filepath.FromSlash(rel)))
	fmt.Fprintln(stdout, message.Sprintf(lang, "created %s", p))
	// A site's own template may give values the rules refuse: say so
	// now rather than at the next check.
	var checked *catalog.Catalog
	if r, err := build.Check(build.Options{Source: src}); r != nil {
		if err == nil {
			checked = r.Catalog
		}
		var errs catalog.Diagnostics
		for _, d := range relative(r.Diagnostics, *source) {
			if d.Severity == catalog.Error && d.Pos.Path == p {
				errs = append(errs, d)
			}
		}
		if len(errs) > 0 {
			for _, d := range errs {
				fmt.Fprintln(stderr, d.Line(lang))
			}
			fmt.Fprintf(stderr, "ocop new: %s\n", message.Sprintf(lang, "the template %s gives these errors; correct them in %s, and in the template", archetype.TemplatePath(kind), p))
			return exitContent
		}
	}
	refreshSchemas(*source, checked, lang, stdout, stderr)
	fmt.Fprintln(stdout, message.Sprintf(lang, "fill it in (each key is explained in the file), then run ocop check to see what is missing, and ocop serve to preview it"))
	return exitOK
}

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/schema"
)

// cmdSchema writes the JSON Schemas, frontmatter.json and the VS Code
// settings for the site at --source (see package schema), and prints the
// path of each file written.
func cmdSchema(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("schema", stderr)
	source := fs.String("source", ".", "the site's folder, holding content/")
	langFlag := langFlag(fs)
	if !parse(fs, args) {
		return exitUsage
	}
	src, err := build.DirFS(*source)
	if err != nil {
		fmt.Fprintf(stderr, "ocop schema: %v\n", err)
		return exitUsage
	}
	r, err := build.Check(build.Options{Source: src})
	if err != nil && !errors.Is(err, build.ErrContent) {
		fmt.Fprintf(stderr, "ocop schema: %v\n", err)
		return exitUsage
	}
	c := r.Catalog
	lang := editorLang(*langFlag, c)
	if c.Broken.Config || c.Broken.Groups || c.Broken.Geo {
		fmt.Fprintln(stderr, message.Sprintf(lang, "ocop schema: content/site.yaml, content/groups.yaml or a file of content/geo/ has errors, and the schemas take their groups, districts and communes from them; run ocop check, fix them, then run ocop schema again"))
		return exitContent
	}
	files, err := schema.Files(c, lang)
	if err != nil {
		fmt.Fprintf(stderr, "ocop schema: %v\n", err)
		return exitUsage
	}
	for _, f := range files {
		p := filepath.Join(*source, filepath.FromSlash(f.Path))
		if f.Path == schema.VSCodeSettingsPath {
			if old, err := os.ReadFile(p); err == nil && !schema.Ours(old) {
				fmt.Fprintln(stderr, message.Sprintf(lang, "ocop schema: %s is not written by ocop schema, so it is left as it is; add to it:", f.Path))
				stderr.Write(f.Data[len(schema.VSCodeHeader)+1:])
				continue
			}
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fmt.Fprintf(stderr, "ocop schema: %v\n", err)
			return exitUsage
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			fmt.Fprintf(stderr, "ocop schema: %v\n", err)
			return exitUsage
		}
		fmt.Fprintln(stdout, message.Sprintf(lang, "wrote %s", f.Path))
	}
	return exitOK
}

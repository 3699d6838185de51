package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/catalog"
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
	if !writeSchemas(*source, c, lang, stdout, stderr, false) {
		return exitUsage
	}
	return exitOK
}

// writeSchemas writes the schema files for catalog c (linked, read from
// the site at source) into the site, printing each path written; with
// changed, only the files whose content differs, each printed as
// updated. A .vscode/settings.json that ocop schema did not write is
// left as it is, and the lines to add are printed. It returns false
// after printing why it could not write.
func writeSchemas(source string, c *catalog.Catalog, lang message.Lang, stdout, stderr io.Writer, changed bool) bool {
	files, err := schema.Files(c, lang)
	if err != nil {
		fmt.Fprintf(stderr, "ocop schema: %v\n", err)
		return false
	}
	for _, f := range files {
		p := filepath.Join(source, filepath.FromSlash(f.Path))
		old, rerr := os.ReadFile(p)
		if changed && rerr == nil && bytes.Equal(old, f.Data) {
			continue
		}
		if f.Path == schema.VSCodeSettingsPath && rerr == nil && !schema.Ours(old) {
			fmt.Fprintln(stderr, message.Sprintf(lang, "ocop schema: %s is not written by ocop schema, so it is left as it is; add to it:", f.Path))
			stderr.Write(f.Data[len(schema.VSCodeHeader)+1:])
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fmt.Fprintf(stderr, "ocop schema: %v\n", err)
			return false
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			fmt.Fprintf(stderr, "ocop schema: %v\n", err)
			return false
		}
		if changed {
			fmt.Fprintln(stdout, message.Sprintf(lang, "updated %s (the choices editors' tools offer)", f.Path))
		} else {
			fmt.Fprintln(stdout, message.Sprintf(lang, "wrote %s", f.Path))
		}
	}
	return true
}

// refreshSchemas brings the schema files of the site at source up to date
// with its content after a command added or changed records, when the
// site has them (its frontmatter.json exists): the choices of producers,
// showrooms and the like then include the new records. It reads the
// content again unless c, the content as just checked without errors, is
// given; it does nothing when the content has errors.
func refreshSchemas(source string, c *catalog.Catalog, lang message.Lang, stdout, stderr io.Writer) {
	if _, err := os.Stat(filepath.Join(source, schema.FrontMatterPath)); err != nil {
		return
	}
	if c == nil {
		src, err := build.DirFS(source)
		if err != nil {
			return
		}
		r, err := build.Check(build.Options{Source: src})
		if err != nil || r == nil {
			return
		}
		c = r.Catalog
	}
	writeSchemas(source, c, lang, stdout, stderr, true)
}

// staleSchemas returns a warning for each schema file of the site at
// source that differs from what ocop schema would write for catalog c,
// when the site has them (its frontmatter.json exists): an editor's
// choices then lack records added by hand since.
func staleSchemas(source string, c *catalog.Catalog) catalog.Diagnostics {
	var ds catalog.Diagnostics
	if c == nil || c.Broken.Config || c.Broken.Groups || c.Broken.Geo {
		return nil
	}
	if _, err := os.Stat(filepath.Join(source, schema.FrontMatterPath)); err != nil {
		return nil
	}
	files, err := schema.Files(c, message.VI)
	if err != nil {
		return nil
	}
	for _, f := range files {
		if f.Path == schema.VSCodeSettingsPath {
			continue
		}
		old, err := os.ReadFile(filepath.Join(source, filepath.FromSlash(f.Path)))
		if err != nil || !bytes.Equal(old, f.Data) {
			ds.Warnf(catalog.Pos{Path: f.Path}, "the editors' schema files are out of date with the content (new records are missing from their choices); run ocop schema")
			break
		}
	}
	return ds
}

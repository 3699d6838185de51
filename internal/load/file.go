package load

import (
	"io/fs"
	"path"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// Classify reports whether p, a slash path from the site's root, is the
// file of a record as Content reads it: a .md file under the folder of a
// kind (content/products/, …), other than a section's own index page,
// with no hidden, backup or invisible part in its name. It returns the
// record's kind and its ID (the file's name without .md, or its folder's
// for index.md and _index.md), in NFC as Content names records.
func Classify(p string) (k catalog.Kind, id string, isRecord bool) {
	rel, ok := strings.CutPrefix(p, "content/")
	if !ok || strings.ToLower(path.Ext(p)) != ".md" {
		return 0, "", false
	}
	parts := strings.Split(rel, "/")
	if len(parts) < 2 {
		return 0, "", false
	}
	for _, part := range parts {
		if part == "" || Ignored(part) || strings.ContainsFunc(part, catalog.Invisible) {
			return 0, "", false
		}
	}
	k, ok = catalog.KindOfFolder(parts[0])
	if !ok {
		return 0, "", false
	}
	id = strings.TrimSuffix(path.Base(p), path.Ext(p))
	if id == "index" || id == "_index" {
		if len(parts) < 3 {
			return 0, "", false // a section's own index page has no record
		}
		id = parts[len(parts)-2]
	}
	return k, norm.NFC.String(id), true
}

// File reads the one record file p of fsys (see Classify) as Content
// reads it within the whole tree, and returns the record, not linked,
// with the problems found in the file. The record is nil when the file is
// not a record's, cannot be read, or has no usable front matter; the
// diagnostics then say why.
func File(fsys fs.FS, p string) (catalog.Record, catalog.Diagnostics) {
	l := &loader{fsys: fsys}
	k, id, ok := Classify(p)
	if !ok {
		l.ds.Errorf(catalog.Pos{Path: p}, "file is not a record; records are .md files in content/products/, producers/, sites/, showrooms/ or fairs/")
		return nil, l.ds
	}
	rec := k.Info().New()
	if !l.mdFile(p, id, rec, &rec.RecordHead().Meta) {
		return nil, l.ds
	}
	return rec, l.ds
}

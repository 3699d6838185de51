package load

import (
	"io/fs"
	"path"
	"reflect"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/parallel"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/media"
)

// Content reads the content tree of the site rooted at fsys and returns the
// linked catalog with every problem found while reading it. The catalog is
// usable (for reports) even when there are errors; records whose front
// matter cannot be parsed are left out of it.
func Content(fsys fs.FS) (*catalog.Catalog, catalog.Diagnostics) {
	l := &loader{fsys: fsys, c: &catalog.Catalog{}, types: &typeFields{}}
	l.walk()
	l.c.Geo.Snapshots = sortSnapshots(l.c.Geo.Snapshots)
	l.sameDates()
	if ds := l.c.Geo.Link(); !l.c.Broken.Geo {
		// With a snapshot missing, links between the others are not
		// checked either.
		l.ds = append(l.ds, ds...)
	}
	l.defaults()
	l.c.Link()
	return l.c, l.ds
}

type loader struct {
	fsys fs.FS
	c    *catalog.Catalog
	ds   catalog.Diagnostics
	// ids remembers the file of each record ID per section, to report two
	// files with one ID.
	ids map[string]string
	// tasks are the Markdown records found by the walk, parsed after it
	// on every core and added to the catalog in walk order.
	tasks []*task
	// broken are the reference files read with errors (see refFile).
	broken []string
	// types caches the fields of each struct type decoded, for every
	// file of one load.
	types *typeFields
}

// task is one Markdown record to parse into rec, a new record of its
// folder's kind.
type task struct {
	path, id string
	rec      catalog.Record
	ok       bool
	ds       catalog.Diagnostics
}

// Ignored reports whether a file name is an editor temp or backup file, or
// hidden, and so never part of the site: *~, *.tmp, *.swp, *.swx, *.bak,
// *.bck, *.orig, .#*, #*#, 4913 (Vim's write test) and any name starting
// with ".".
func Ignored(name string) bool {
	switch {
	case name == "4913",
		strings.HasPrefix(name, "."),
		strings.HasSuffix(name, "~"),
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"):
		return true
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".tmp", ".swp", ".swx", ".swo", ".bak", ".bck", ".orig", ".part", ".crdownload":
		return true
	}
	return false
}

func (l *loader) walk() {
	l.ids = map[string]string{}
	err := fs.WalkDir(l.fsys, "content", func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			l.unreadable(p, err)
			return nil
		}
		name := de.Name()
		if strings.ContainsFunc(name, catalog.Invisible) {
			l.ds.Errorf(catalog.Pos{Path: p}, "the name has an invisible or control character (a line break, a tab, a direction mark); rename it with letters, digits and hyphens only")
			if de.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != "content" && Ignored(name) {
			if de.IsDir() {
				return fs.SkipDir
			}
			if hiddenRecord(name) {
				l.ds.Warnf(catalog.Pos{Path: p}, "the name starts with a dot, so the file is hidden and is not part of the site; if it is a record, rename it without the dot")
			}
			return nil
		}
		if de.IsDir() || !l.usable(p, de) {
			return nil
		}
		l.file(p)
		return nil
	})
	if err != nil {
		l.ds.Errorf(catalog.Pos{Path: "content"}, "the content folder cannot be read: %v", plainErr(err))
	}
	l.parseRecords()
	l.references()
}

// hiddenRecord reports whether name is a record file's name hidden by a
// leading dot (".gao.md"), as an editor or a file manager may leave one,
// rather than an editor's own lock or swap file (".#gao.md", ".gao.md.swp").
func hiddenRecord(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return strings.HasPrefix(name, ".") && !strings.HasPrefix(name, ".#") &&
		(ext == ".md" || ext == ".yaml" || ext == ".yml")
}

func plainErr(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// file reads one file of the content tree.
func (l *loader) file(p string) {
	rel := strings.TrimPrefix(p, "content/")
	parts := strings.Split(rel, "/")
	ext := strings.ToLower(path.Ext(p))
	switch {
	case rel == "site.yaml":
		var cf catalog.Config
		if l.refFile(p, &cf, &cf.Meta) {
			l.c.Config = cf
		}
		return
	case rel == "programme.yaml":
		var pg catalog.Programme
		if l.yamlFile(p, &pg, &pg.Meta) {
			l.c.Programme = pg
		}
		return
	case rel == "groups.yaml":
		var g catalog.Groups
		if l.refFile(p, &g, &g.Meta) {
			l.c.Groups = g
		}
		return
	case len(parts) == 2 && parts[0] == "geo" && (ext == ".yaml" || ext == ".yml"):
		s := &catalog.Snapshot{}
		if l.refFile(p, s, &s.Meta) {
			l.c.Geo.Snapshots = append(l.c.Geo.Snapshots, s)
		}
		return
	}
	kind, ok := catalog.KindOfFolder(parts[0])
	if !ok || len(parts) < 2 {
		if ext == ".md" || ext == ".yaml" || ext == ".yml" {
			l.ds.Warnf(catalog.Pos{Path: p}, "file is not part of the catalog and is ignored; records go in content/products/, producers/, sites/, showrooms/ or fairs/")
		}
		return
	}
	if ext != ".md" {
		if !isResource(p) {
			l.ds.Warnf(catalog.Pos{Path: p}, "file is ignored; only .md records and images (%s) belong here", media.Extensions())
		}
		return
	}
	id := strings.TrimSuffix(path.Base(p), path.Ext(p))
	if id == "index" || id == "_index" {
		if len(parts) < 3 {
			return // a section's own index page has no record
		}
		id = parts[len(parts)-2]
	}
	id = norm.NFC.String(id) // records name each other in NFC, whatever the disk wrote
	ki := kind.Info()
	key := catalog.Key(kind, id)
	if first, dup := l.ids[key]; dup {
		l.ds.Errorf(catalog.Pos{Path: p}, "%s ID %q is already used by %s; IDs (file names) must be unique within content/%s/", kind, id, first, parts[0])
		return
	}
	l.ids[key] = p
	t := &task{path: p, id: id, rec: ki.New()}
	l.tasks = append(l.tasks, t)
}

// parseRecords parses the records the walk found, on every core (each
// with its own diagnostics), then adds them and their diagnostics in walk
// order, so the result does not depend on scheduling.
func (l *loader) parseRecords() {
	parallel.For(len(l.tasks), func(i int) {
		t := l.tasks[i]
		sub := &loader{fsys: l.fsys, types: l.types}
		t.ok = sub.mdFile(t.path, t.id, t.rec, &t.rec.RecordHead().Meta)
		t.ds = sub.ds
	})
	for _, t := range l.tasks {
		l.ds = append(l.ds, t.ds...)
		if !t.ok {
			if l.c.Broken.Records == nil {
				l.c.Broken.Records = map[string]bool{}
			}
			l.c.Broken.Records[catalog.Key(t.rec.RecordKind(), t.id)] = true
			continue
		}
		l.c.Add(t.rec)
	}
	l.tasks = nil
}

// isResource reports whether a file beside the records is one that may
// be there without a warning: an image of one of media.Types, a PDF or a
// text file.
func isResource(name string) bool {
	if _, ok := media.TypeOf(name); ok {
		return true
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".pdf", ".txt":
		return true
	}
	return false
}

func (l *loader) read(p string) (string, bool) {
	b, ok := l.readRecord(p)
	if !ok {
		return "", false
	}
	s, d, ok := text(p, b)
	if !ok {
		l.ds = append(l.ds, d)
	}
	return s, ok
}

// mdFile reads a Markdown record with front matter into rec.
func (l *loader) mdFile(p, id string, rec any, m *catalog.Meta) bool {
	s, ok := l.read(p)
	if !ok {
		return false
	}
	fm, body, bodyLine, ok, unclosed := frontMatter(s)
	if unclosed {
		l.ds.Errorf(catalog.Pos{Path: p, Line: 1, Col: 1}, "front matter is not closed; add a line with --- after the last field")
		return false
	}
	if !ok {
		l.ds.Errorf(catalog.Pos{Path: p, Line: 1, Col: 1}, "no front matter; a record starts with a line ---, then its fields (name: …), then another line ---")
		return false
	}
	if !l.decode(p, fm, 1, rec, m) {
		return false
	}
	m.ID = id
	m.Body = body
	m.BodyLine = bodyLine
	return true
}

// yamlFile reads a plain YAML file into rec.
func (l *loader) yamlFile(p string, rec any, m *catalog.Meta) bool {
	s, ok := l.read(p)
	if !ok {
		return false
	}
	if !l.decode(p, s, 0, rec, m) {
		return false
	}
	m.ID = strings.TrimSuffix(path.Base(p), path.Ext(p))
	return true
}

// decode parses src (starting at file line lineOffset+1) into rec and
// fills m's path and key positions. It returns false when the YAML could
// not be parsed at all, or is not a mapping of keys to values.
func (l *loader) decode(p, src string, lineOffset int, rec any, m *catalog.Meta) bool {
	if l.types == nil {
		l.types = &typeFields{}
	}
	d := &decoder{path: p, lineOffset: lineOffset, keys: map[string]catalog.Pos{}, bad: map[string]bool{}, ds: &l.ds, types: l.types}
	n, ok := d.parseYAML(src)
	if !ok {
		return false
	}
	if n != nil {
		d.record(n, reflect.ValueOf(rec).Elem())
		if n.Kind != yaml.MappingNode {
			// Reported by record. A record with no fields at all is left
			// out, like one that cannot be parsed, so that nothing more
			// is said of its name and other fields.
			return false
		}
	}
	m.Path = p
	m.Dir = path.Dir(p)
	m.Keys = d.keys
	m.Bad = d.bad
	m.FilePos = catalog.Pos{Path: p, Line: 1 + lineOffset, Col: 1}
	if n != nil && n.Kind == yaml.MappingNode && len(n.Content) > 0 {
		m.FilePos = d.pos(n.Content[0])
	}
	return true
}

// defaults fills what the site config leaves out.
func (l *loader) defaults() {
	cf := &l.c.Config
	if len(cf.Languages) == 0 {
		cf.Languages = []catalog.Language{{Code: "vi", Name: "Tiếng Việt"}}
	}
	if cf.DefaultCriteria == "" {
		cf.DefaultCriteria = "1048"
	}
}

// sameDates reports two geography files in force from the same date:
// each file is the map from its date on, so one of them would be read as
// the other's successor, and pages would state present-day places from
// whichever came second. The geography is then not used (Broken.Geo).
func (l *loader) sameDates() {
	ss := l.c.Geo.Snapshots
	for i := 1; i < len(ss); i++ {
		if ss[i].Date != ss[i-1].Date || ss[i].Date.IsZero() {
			continue
		}
		l.ds.Errorf(ss[i].At("date"), "date %s is also the date of %s; each geography file is the map in force from its own date: remove the copy, or correct its date", ss[i].Date, ss[i-1].Path)
		l.c.Broken.Geo = true
	}
}

// sortSnapshots orders geography snapshots by date, oldest first.
func sortSnapshots(ss []*catalog.Snapshot) []*catalog.Snapshot {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j].Date.Before(ss[j-1].Date); j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
	return ss
}

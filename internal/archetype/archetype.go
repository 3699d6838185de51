// Package archetype starts new records: it writes content/<folder>/<id>.md
// for a kind of record and a name, from the theme's template of that kind.
//
// A template is archetypes/<kind>.md in the theme (product.md,
// producer.md, site.md, showroom.md, fair.md), a text/template executed
// with Data. As every theme file, a site overrides it by putting a file
// of the same name in its own theme folder
// (themes/<theme>/archetypes/product.md), as archetypes work in Hugo.
// Each default template fills the keys a record needs (its name), lists
// every other key of the kind as a YAML comment with a short explanation
// in Vietnamese and an example of its form, and says where the
// description goes; nothing in a comment is ever published.
//
// The record's ID, its file name, is the slug of its name (urls.Slug), the
// address its page gets. New refuses to overwrite anything and writes
// only inside the site, never through a link.
package archetype

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"strconv"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Data is what a template is executed with.
type Data struct {
	// Name is the record's name as given, trimmed and in NFC.
	Name string
	// ID is the record's ID: its file name without .md, the slug of Name.
	ID string
	// Today is the day the record is made, YYYY-MM-DD (Vietnam's
	// calendar).
	Today string
	// Criteria is the site's default_criteria, the rating system of a
	// product that does not name one ("1048" or "148"); Groups are the
	// IDs of that system's product groups.
	Criteria string
	Groups   []string
	// Kinds are the values the kind: key of the record takes (a
	// producer's or a tourism site's), empty for the other kinds.
	Kinds []string
}

// ParseKind returns the kind of record a word names: its English name
// ("product", "producer", "site", "showroom", "fair") or its Vietnamese
// section word ("san-pham", "chu-the", "du-lich" or "diem-du-lich",
// "diem-ban", "hoi-cho"); false for any other word.
func ParseKind(word string) (catalog.Kind, bool) {
	w := strings.ToLower(strings.TrimSpace(word))
	for _, ki := range catalog.Kinds() {
		if w == ki.Name || w == urls.Section(ki.URL, "vi") {
			return ki.Kind, true
		}
	}
	if w == "diem-du-lich" {
		return catalog.KindSite, true
	}
	return 0, false
}

// KindWords returns the words ParseKind takes in English, in the order
// of the kinds: for usage messages.
func KindWords() []string {
	var out []string
	for _, ki := range catalog.Kinds() {
		out = append(out, ki.Name)
	}
	return out
}

// TemplatePath returns the path of kind k's template in a theme.
func TemplatePath(k catalog.Kind) string { return "archetypes/" + k.Info().Name + ".md" }

// ID returns the ID a record named name gets: its slug, shortened at a
// word to urls.MaxSlugBytes. It returns an error in the editors' words
// when name is empty, has a line break or an invisible character, is
// longer than catalog.MaxNameRunes, or gives no usable slug.
func ID(name string) (string, error) {
	switch {
	case name == "":
		return "", message.Errorf("the name is empty; give the record's name in quotes, such as \"Nước mắm Đông Phương\"")
	case strings.ContainsFunc(name, unicode.IsControl), strings.ContainsFunc(name, catalog.Invisible):
		return "", message.Errorf("the name %q has a line break or an invisible character; give it on one line, without hidden characters", name)
	case utf8.RuneCountInString(name) > catalog.MaxNameRunes:
		return "", message.Errorf("the name is %d letters long; a name has at most %d", utf8.RuneCountInString(name), catalog.MaxNameRunes)
	}
	id := urls.ShortenSlug(urls.Slug(name), urls.MaxSlugBytes)
	switch urls.SlugDefect(id) {
	case urls.NoDefect:
		return id, nil
	case urls.Empty:
		return "", message.Errorf("the name %q has no letter or digit to make a file name from; give a name in words", name)
	}
	return "", message.Errorf("the name %q gives the ID %q, which cannot be a file name on every computer; give a longer name", name, id)
}

// Options say what record New writes, and where.
type Options struct {
	// Root is the site's folder on disk, holding content/.
	Root string
	// Theme is the theme the site uses (themes.Layered), where the
	// template archetypes/<kind>.md is read.
	Theme fs.FS
	// Catalog is the site's content as loaded, to find records of the
	// same ID or address and the site's default criteria.
	Catalog *catalog.Catalog
	Kind    catalog.Kind
	// Name is the record's name, in Vietnamese.
	Name string
	// Now is the time the record is made; its day in Vietnam is Today.
	Now time.Time
	// Bundle writes the record as a page bundle,
	// content/<folder>/<id>/index.md, a folder that also holds its photos.
	Bundle bool
}

// New writes a new record of opt.Kind named opt.Name and returns its
// path, slash-separated and relative to opt.Root
// ("content/products/nuoc-mam-dong-phuong.md"). It refuses, with an error
// in the editors' words, when a record of the kind already has the ID or
// the address, when anything is at content/<folder>/<id>.md or
// content/<folder>/<id>/ (a page bundle), when a folder on the way is a
// link or not a folder, and when the template gives a record with
// errors. Nothing is written then.
func New(opt Options) (string, error) {
	name := norm.NFC.String(strings.TrimSpace(opt.Name))
	id, err := ID(name)
	if err != nil {
		return "", err
	}
	k := opt.Kind
	info := k.Info()
	c := opt.Catalog
	for _, r := range c.Records(k) {
		h := r.RecordHead()
		if strings.EqualFold(h.ID, id) || h.Slug == id {
			return "", message.Errorf("a %s already exists with the ID or address %q: %s; give the new one another name, or edit that file", k, id, h.Path)
		}
	}
	folder := path.Join("content", info.Folder)
	rel := path.Join(folder, id+".md")
	if opt.Bundle {
		rel = path.Join(folder, id, "index.md")
	}
	src, err := Render(opt.Theme, k, dataFor(c, k, name, id, catalog.Today(opt.Now)))
	if err != nil {
		return "", err
	}
	if _, ds := load.File(memFS{rel: src}, rel); ds.HasErrors() {
		return "", message.Errorf("the template %s gives a record with errors (%s); correct the template", TemplatePath(k), problems(ds))
	}
	if err := write(opt.Root, folder, id, rel, src); err != nil {
		return "", err
	}
	return rel, nil
}

// dataFor returns the data of a template for a record of kind k.
func dataFor(c *catalog.Catalog, k catalog.Kind, name, id string, today catalog.Date) Data {
	d := Data{Name: name, ID: id, Today: today.String(), Criteria: c.Config.DefaultCriteria}
	if sys := c.Groups.System(d.Criteria); sys != nil {
		for _, g := range sys.Groups {
			d.Groups = append(d.Groups, g.ID)
		}
	}
	switch k {
	case catalog.KindProducer:
		d.Kinds = catalog.ProducerKinds
	case catalog.KindSite:
		d.Kinds = catalog.SiteKinds
	}
	return d
}

// Render executes kind k's template of theme with data d.
func Render(theme fs.FS, k catalog.Kind, d Data) ([]byte, error) {
	p := TemplatePath(k)
	b, err := fs.ReadFile(theme, p)
	if err != nil {
		return nil, message.Errorf("the theme has no template %s: %w", p, err)
	}
	t, err := template.New(p).Option("missingkey=error").Funcs(template.FuncMap{
		"quote": Quote,
		"join":  strings.Join,
	}).Parse(string(b))
	if err != nil {
		return nil, message.Errorf("the template %s cannot be read: %w", p, err)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, d); err != nil {
		return nil, message.Errorf("the template %s cannot be used: %w", p, err)
	}
	return buf.Bytes(), nil
}

// Quote returns s as a YAML double-quoted string: the escapes of Go's
// strconv.Quote are all YAML escapes too.
func Quote(s string) string { return strconv.Quote(s) }

// write creates content/<folder>/<id>.md under root holding src. It
// refuses a link or a non-folder on the way (content/, its kind's
// folder), anything already named <id>.md or <id> in the folder, and
// a path that would leave root (os.Root).
func write(root, folder, id, p string, src []byte) error {
	r, err := os.OpenRoot(root)
	if err != nil {
		return message.Errorf("the site folder cannot be opened: %w", err)
	}
	defer r.Close()
	for _, dir := range []string{"content", folder} {
		st, err := r.Lstat(dir)
		switch {
		case errors.Is(err, fs.ErrNotExist) && dir != "content":
			if err := r.Mkdir(dir, 0o755); err != nil {
				return message.Errorf("the folder %s cannot be made: %w", dir, err)
			}
		case err != nil:
			return message.Errorf("the folder %s cannot be read: %w", dir, err)
		case st.Mode()&fs.ModeSymlink != 0:
			return message.Errorf("%s is a link; ocop writes records only into a real folder of the site", dir)
		case !st.IsDir():
			return message.Errorf("%s is not a folder", dir)
		}
	}
	for _, p := range []string{path.Join(folder, id), path.Join(folder, id+".md")} {
		if _, err := r.Lstat(p); err == nil {
			return message.Errorf("%s already exists; ocop new never writes over anything: give the new record another name, or edit that one", p)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return message.Errorf("%s cannot be read: %w", p, err)
		}
	}
	if dir := path.Dir(p); dir != folder {
		if err := r.Mkdir(dir, 0o755); err != nil {
			return message.Errorf("the folder %s cannot be made: %w", dir, err)
		}
	}
	// O_EXCL: nothing in the way since the check above, not even a link.
	f, err := r.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return message.Errorf("%s cannot be written: %w", p, err)
	}
	if _, err := f.Write(src); err != nil {
		f.Close()
		r.Remove(p)
		return message.Errorf("%s cannot be written: %w", p, err)
	}
	if err := f.Close(); err != nil {
		r.Remove(p)
		return message.Errorf("%s cannot be written: %w", p, err)
	}
	return nil
}

// memFS is a file system of files held in memory, keyed by path: the
// record a template gives, read as the loader reads a file.
type memFS map[string][]byte

// Open opens the file name.
func (m memFS) Open(name string) (fs.File, error) {
	b, ok := m[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &memFile{name: path.Base(name), r: bytes.NewReader(b), size: int64(len(b))}, nil
}

type memFile struct {
	name string
	r    *bytes.Reader
	size int64
}

func (f *memFile) Read(b []byte) (int, error) { return f.r.Read(b) }
func (f *memFile) Close() error               { return nil }
func (f *memFile) Stat() (fs.FileInfo, error) { return memInfo{f.name, f.size}, nil }

type memInfo struct {
	name string
	size int64
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return i.size }
func (i memInfo) Mode() fs.FileMode  { return 0o444 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }

// problems are the errors of a record a template gives: a
// message.Localizer.
type problems catalog.Diagnostics

// Localize joins the errors' texts in lang.
func (ps problems) Localize(lang message.Lang) string {
	var out []string
	for _, d := range ps {
		if d.Severity == catalog.Error {
			out = append(out, d.Text(lang))
		}
	}
	return strings.Join(out, "; ")
}

// Package themes holds the default theme of the site, embedded in the
// binary, and layers a site's own theme folder over it.
//
// A theme is a folder with these parts at its root:
//
//	layouts/   html/template files: base.html, partials/*.html and one file per kind of page
//	assets/    files copied as they are to the output's assets/ folder
//	scripts/   JavaScript modules, bundled into the scripts of assets/ (see internal/bundle)
//	i18n/      one flat YAML file of UI strings per language (vi.yaml, en.yaml)
//
// A site overrides the default theme file by file: a file at
// themes/<name>/layouts/product.html in the site's source folder replaces
// the default layouts/product.html, and everything it does not override
// comes from the default.
package themes

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/load"
)

// Default is the embedded default theme, rooted at "default/".
//
//go:embed all:default
var Default embed.FS

// Layered returns the theme files the site rooted at site uses: the files
// of the site's themes/<name>/ folder, falling back file by file to the
// default theme. Editor backup and hidden files (load.Ignored) are not
// part of a theme: they are neither listed nor opened. With name "" (or a nil site) it returns the default theme.
// A name that is not a single folder name, or that names no folder, is an
// error.
func Layered(site fs.FS, name string) (fs.FS, error) {
	def, err := fs.Sub(Default, "default")
	if err != nil {
		return nil, err
	}
	if name == "" || site == nil {
		return def, nil
	}
	if !fs.ValidPath(name) || strings.Contains(name, "/") || name == "." {
		return nil, fmt.Errorf("theme %q must be the name of one folder under themes/, such as \"tinh\"", name)
	}
	dir := "themes/" + name
	st, err := fs.Stat(site, dir)
	if err != nil || !st.IsDir() {
		return nil, fmt.Errorf("theme %q: folder %s does not exist in the site", name, dir)
	}
	top, err := fs.Sub(site, dir)
	if err != nil {
		return nil, err
	}
	return layers{top, def}, nil
}

// layers is a read-only file system that looks a name up in each layer in
// turn; directories list the union of every layer's entries.
type layers []fs.FS

// Open opens the file of the first layer that has name. A directory is
// opened as the union of that directory in every layer.
func (l layers) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	for part := range strings.SplitSeq(name, "/") {
		if name != "." && load.Ignored(part) {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
	}
	for _, fsys := range l {
		st, err := fs.Stat(fsys, name)
		if err != nil {
			continue
		}
		if !st.IsDir() {
			return fsys.Open(name)
		}
		entries, err := l.ReadDir(name)
		if err != nil {
			return nil, err
		}
		return &dir{info: st, entries: entries}, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// ReadDir returns the union of the entries of directory name in every
// layer, sorted by name; an entry of an upper layer hides one of the same
// name below it.
func (l layers) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	found := false
	for _, fsys := range l {
		es, err := fs.ReadDir(fsys, name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return nil, err
		}
		found = true
		for _, e := range es {
			if !seen[e.Name()] && !load.Ignored(e.Name()) {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// dir is an opened directory of layers.
type dir struct {
	info    fs.FileInfo
	entries []fs.DirEntry
	off     int
}

func (d *dir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *dir) Close() error               { return nil }
func (d *dir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: errors.New("is a directory")}
}

func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.off:]
	if n <= 0 {
		d.off = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	if n > len(rest) {
		n = len(rest)
	}
	d.off += n
	return rest[:n], nil
}

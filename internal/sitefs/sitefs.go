// Package sitefs gives read access to a site folder as an fs.FS that
// reads only regular files inside that folder.
//
// Every reader of a site (the content loader, the theme layers, the
// image copies of pages, brochure photos, the live preview) reads
// through one FS made by Open. Its rules:
//
//   - Nothing outside the site folder is opened or listed. The folder is
//     opened with os.OpenRoot, so no name, "..", or link can lead out of
//     it; a link whose target is outside the folder, or is written as an
//     absolute path (/home/…), is refused with ErrOutside.
//   - A link to a regular file inside the site folder is followed: the
//     file is read as if it were at the link's place. A link to a
//     folder is refused (ErrFolderLink), whether it is the name itself
//     or a folder on the way to it, so a folder is read only at its own
//     place and a tree of links never loops.
//   - Only regular files are opened for reading, and folders for
//     listing. A named pipe (FIFO), socket or device is refused
//     (ErrNotRegular). Files are opened without blocking (O_NONBLOCK on
//     Unix) and checked with fstat before anything is read, so a FIFO
//     never stalls a reader.
//   - A regular file larger than the FS's limit is refused (ErrTooLarge)
//     from its size before it is read, and a read stops with that error
//     if the file grows past the limit while it is read.
//
// A refusal is an *fs.PathError whose Err is a *Refused that matches one
// of the Err values with errors.Is; Refused carries what a message for
// an editor needs (which path broke which rule, the kind of file, the
// size and the limit). Listing a folder (ReadDir) returns every entry
// with its own type, links and special files included, without opening
// them, so a checker can report each one.
package sitefs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// Reasons a name is refused; an error from FS matches one of them with
// errors.Is.
var (
	// ErrOutside: the name leads, through a link, outside the site
	// folder, or through a link written as an absolute path.
	ErrOutside = errors.New("leads outside the site folder")
	// ErrFolderLink: the name, or a folder on the way to it, is a link
	// to a folder.
	ErrFolderLink = errors.New("is a link to a folder")
	// ErrNotRegular: the name is a named pipe, socket, device or other
	// special file.
	ErrNotRegular = errors.New("is not a regular file")
	// ErrTooLarge: the file is larger than the FS's limit.
	ErrTooLarge = errors.New("is larger than the limit")
)

// Refused says why a name was refused.
type Refused struct {
	// Path is the slash-separated path, relative to the site folder,
	// that broke the rule: the name itself or a folder on its way.
	Path string
	// Reason is ErrOutside, ErrFolderLink, ErrNotRegular or ErrTooLarge.
	Reason error
	// Mode is the type of the file found, for ErrNotRegular.
	Mode fs.FileMode
	// Size and Max are the file's size and the limit in bytes, for
	// ErrTooLarge.
	Size, Max int64
}

func (e *Refused) Error() string {
	switch e.Reason {
	case ErrNotRegular:
		return fmt.Sprintf("%s is %s, not a regular file", e.Path, Kind(e.Mode))
	case ErrTooLarge:
		return fmt.Sprintf("%s is %d bytes, more than the limit of %d bytes", e.Path, e.Size, e.Max)
	case ErrFolderLink:
		return e.Path + " is a link to a folder, which is not followed"
	}
	return e.Path + " " + e.Reason.Error()
}

// Unwrap returns the reason, for errors.Is.
func (e *Refused) Unwrap() error { return e.Reason }

// Kind names the type of a file mode in plain words: "a named pipe
// (FIFO)", "a socket", "a device", "a link", "a folder", "a regular
// file", or "a special file".
func Kind(m fs.FileMode) string {
	switch t := m.Type(); {
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeDevice != 0, t&fs.ModeCharDevice != 0:
		return "a device"
	case t&fs.ModeSymlink != 0:
		return "a link"
	case t&fs.ModeDir != 0:
		return "a folder"
	case t == 0:
		return "a regular file"
	}
	return "a special file"
}

// FS is a site folder opened by Open. It implements fs.FS, fs.StatFS,
// fs.ReadDirFS, fs.ReadFileFS and fs.ReadLinkFS, and is safe for
// concurrent use.
type FS struct {
	root *os.Root
	max  int64
}

var (
	_ fs.StatFS     = (*FS)(nil)
	_ fs.ReadDirFS  = (*FS)(nil)
	_ fs.ReadFileFS = (*FS)(nil)
	_ fs.ReadLinkFS = (*FS)(nil)
)

// Open opens the folder dir (a path on disk) as a site file system.
// maxSize is the largest regular file, in bytes, that it opens; 0 or
// less means no limit. The FS holds the folder open until Close.
func Open(dir string, maxSize int64) (*FS, error) {
	r, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &FS{root: r, max: maxSize}, nil
}

// Close closes the folder; the FS cannot be used after.
func (f *FS) Close() error { return f.root.Close() }

// Open opens the regular file or folder name (slash-separated, relative
// to the site folder). See the package doc for what is refused.
func (f *FS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if err := f.parents(name); err != nil {
		return nil, pathError("open", name, err)
	}
	file, err := f.root.OpenFile(name, os.O_RDONLY|nonblock, 0)
	if err != nil {
		// A socket cannot be opened at all (ENXIO): say what it is.
		if st, serr := f.root.Stat(name); serr == nil && !st.Mode().IsRegular() && !st.IsDir() {
			err = &Refused{Path: name, Reason: ErrNotRegular, Mode: st.Mode().Type()}
		}
		return nil, pathError("open", name, err)
	}
	st, err := file.Stat()
	if err != nil {
		file.Close()
		return nil, pathError("open", name, err)
	}
	switch {
	case st.Mode().IsRegular():
		if f.max > 0 && st.Size() > f.max {
			file.Close()
			return nil, pathError("open", name, &Refused{Path: name, Reason: ErrTooLarge, Size: st.Size(), Max: f.max})
		}
		return &regular{f: file, name: name, max: f.max}, nil
	case st.IsDir():
		if name != "." {
			if lst, err := f.root.Lstat(name); err != nil || lst.Mode()&fs.ModeSymlink != 0 {
				file.Close()
				if err != nil {
					return nil, pathError("open", name, err)
				}
				return nil, pathError("open", name, &Refused{Path: name, Reason: ErrFolderLink})
			}
		}
		return file, nil
	}
	file.Close()
	return nil, pathError("open", name, &Refused{Path: name, Reason: ErrNotRegular, Mode: st.Mode().Type()})
}

// Stat returns the file information of name, following a link to a
// regular file inside the site folder. It refuses what Open refuses,
// except a file over the size limit, whose size it reports.
func (f *FS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	if err := f.parents(name); err != nil {
		return nil, pathError("stat", name, err)
	}
	st, err := f.root.Lstat(name)
	if err != nil {
		return nil, pathError("stat", name, err)
	}
	if st.Mode()&fs.ModeSymlink != 0 {
		if st, err = f.root.Stat(name); err != nil {
			return nil, pathError("stat", name, err)
		}
		if st.IsDir() {
			return nil, pathError("stat", name, &Refused{Path: name, Reason: ErrFolderLink})
		}
	}
	if !st.Mode().IsRegular() && !st.IsDir() {
		return nil, pathError("stat", name, &Refused{Path: name, Reason: ErrNotRegular, Mode: st.Mode().Type()})
	}
	return st, nil
}

// Lstat returns the file information of name without following a link
// at name itself; a folder on the way must not be a link.
func (f *FS) Lstat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "lstat", Path: name, Err: fs.ErrInvalid}
	}
	if err := f.parents(name); err != nil {
		return nil, pathError("lstat", name, err)
	}
	st, err := f.root.Lstat(name)
	if err != nil {
		return nil, pathError("lstat", name, err)
	}
	return st, nil
}

// ReadLink returns the target of the link name, as it is written.
func (f *FS) ReadLink(name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	if err := f.parents(name); err != nil {
		return "", pathError("readlink", name, err)
	}
	t, err := f.root.Readlink(name)
	if err != nil {
		return "", pathError("readlink", name, err)
	}
	return t, nil
}

// ReadDir lists the folder name, sorted by file name. Entries keep their
// own type: a link or a special file is listed as one, not opened.
func (f *FS) ReadDir(name string) ([]fs.DirEntry, error) {
	file, err := f.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	d, ok := file.(fs.ReadDirFile)
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a folder")}
	}
	es, err := d.ReadDir(-1)
	slices.SortFunc(es, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	if err != nil {
		return es, pathError("readdir", name, err)
	}
	return es, nil
}

// ReadFile reads the whole regular file name.
func (f *FS) ReadFile(name string) ([]byte, error) {
	file, err := f.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	r, ok := file.(*regular)
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a folder")}
	}
	size := int64(512)
	if st, err := r.f.Stat(); err == nil {
		size += st.Size()
	}
	data := make([]byte, 0, size)
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// parents refuses a name one of whose folders is a link.
func (f *FS) parents(name string) error {
	for i := 0; i < len(name); i++ {
		if name[i] != '/' {
			continue
		}
		dir := name[:i]
		st, err := f.root.Lstat(dir)
		if err != nil {
			return err
		}
		if st.Mode()&fs.ModeSymlink != 0 {
			return &Refused{Path: dir, Reason: ErrFolderLink}
		}
	}
	return nil
}

// escapes is the text of the error os.Root gives for a name that leads
// outside it; the os package does not export the error itself.
// TestEscapeIsRecognised keeps the two in step.
const escapes = "path escapes from parent"

// pathError wraps err as the *fs.PathError of op on name, turning
// os.Root's refusal of a name that leads outside it into a Refused.
func pathError(op, name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if err.Error() == escapes {
		err = &Refused{Path: name, Reason: ErrOutside}
	}
	return &fs.PathError{Op: op, Path: name, Err: err}
}

// regular is an opened regular file; it stops with ErrTooLarge if the
// file grows past the limit while it is read.
type regular struct {
	f    *os.File
	name string
	max  int64
	read int64
}

func (r *regular) Stat() (fs.FileInfo, error) { return r.f.Stat() }
func (r *regular) Close() error               { return r.f.Close() }

func (r *regular) Read(b []byte) (int, error) {
	if r.max > 0 {
		if left := r.max + 1 - r.read; int64(len(b)) > left {
			b = b[:left]
		}
	}
	n, err := r.f.Read(b)
	r.read += int64(n)
	if r.max > 0 && r.read > r.max {
		return n, pathError("read", r.name, &Refused{Path: r.name, Reason: ErrTooLarge, Size: r.read, Max: r.max})
	}
	if err != nil && err != io.EOF {
		return n, pathError("read", r.name, err)
	}
	return n, err
}

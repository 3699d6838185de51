package load

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"syscall"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/media"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/sitefs"
)

// Which files of a site are read, and how large they may be.
//
// Only regular files are read, and only inside the site folder (package
// sitefs holds the rules): a link to a regular file inside the site is
// followed; a link that leads outside the site or is written as a full
// path, a link to a folder, a link to nothing, and a named pipe (FIFO),
// socket or device are each reported by path, with what to do, and are
// never opened. The walk of content/ and CheckFiles of themes/ look at
// each entry's type as the folder lists it, so nothing is opened to
// find out; editor backup files (Ignored) are skipped as everywhere.
//
// Sizes are checked from the file's information before it is read, so
// a huge file is refused without being read.

// Size limits of the files of a site, in bytes.
const (
	// MaxRecordSize is the largest record file (.md, .yaml or .yml
	// under content/): 1 MiB, a hundred times the longest record of
	// the catalog, which holds text only.
	MaxRecordSize = 1 << 20
	// MaxFileSize is the largest of any other file a site reads: a
	// photo under content/ or a file of a theme: 20 MiB, enough for a
	// camera's full-size JPEG, so a build never copies a huge file by
	// accident.
	MaxFileSize = 20 << 20
)

// isRecordFile reports whether p, a path under content/, names a record
// file by its extension.
func isRecordFile(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".md", ".yaml", ".yml":
		return true
	}
	return false
}

// limit returns the size limit of the file p, in bytes.
func limit(p string) int64 {
	if strings.HasPrefix(p, "content/") && isRecordFile(p) {
		return MaxRecordSize
	}
	return MaxFileSize
}

// CheckFiles reports every entry under the folder dir of fsys (such as
// "themes") that would not be read: links out of the site, links to
// folders or to nothing, named pipes, sockets, devices and files over
// MaxFileSize, each with its path, and every SVG the build could not
// publish (media.CheckSVG): one with a script, say, or not well-formed.
// Editor backup files (Ignored) are skipped. A dir that does not exist
// has nothing to report.
func CheckFiles(fsys fs.FS, dir string) catalog.Diagnostics {
	var ds catalog.Diagnostics
	fs.WalkDir(fsys, dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			ds.Errorf(catalog.Pos{Path: p}, "%s", problem(fsys, p, err))
			return nil
		}
		if p != dir && Ignored(de.Name()) {
			if de.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !de.IsDir() && usable(fsys, p, de, &ds) && strings.EqualFold(path.Ext(p), ".svg") {
			// The build publishes every SVG of a theme as media.CleanSVG
			// writes it again; one it cannot take would fail the build.
			b, err := fs.ReadFile(fsys, p)
			if err == nil {
				err = media.CheckSVG(path.Base(p), b)
			}
			if err != nil {
				ds.Errorf(catalog.Pos{Path: p}, "%s", err)
			}
		}
		return nil
	})
	return ds
}

// usable reports whether the entry de at p, listed in its folder, is a
// regular file (or a link to one inside the site) within its size
// limit; otherwise it adds the reason to ds. Nothing is opened.
func usable(fsys fs.FS, p string, de fs.DirEntry, ds *catalog.Diagnostics) bool {
	var st fs.FileInfo
	var err error
	switch t := de.Type(); {
	case t.IsRegular():
		st, err = de.Info()
	case t&fs.ModeSymlink != 0:
		st, err = fs.Stat(fsys, p)
		if err == nil && !st.Mode().IsRegular() {
			if st.IsDir() {
				err = &sitefs.Refused{Path: p, Reason: sitefs.ErrFolderLink}
			} else {
				err = &sitefs.Refused{Path: p, Reason: sitefs.ErrNotRegular, Mode: st.Mode().Type()}
			}
		}
	default:
		err = &sitefs.Refused{Path: p, Reason: sitefs.ErrNotRegular, Mode: t}
	}
	if err == nil && st.Size() > limit(p) {
		err = &sitefs.Refused{Path: p, Reason: sitefs.ErrTooLarge, Size: st.Size(), Max: limit(p)}
	}
	if err != nil {
		ds.Errorf(catalog.Pos{Path: p}, "%s", problem(fsys, p, err))
		return false
	}
	return true
}

// usable reports whether the walk's entry de at p may be read, and
// reports it when not.
func (l *loader) usable(p string, de fs.DirEntry) bool {
	return usable(l.fsys, p, de, &l.ds)
}

// unreadable reports that p could not be read because of err.
func (l *loader) unreadable(p string, err error) {
	l.ds.Errorf(catalog.Pos{Path: p}, "%s", problem(l.fsys, p, err))
}

// readRecord reads the record file p whole, after checking its size
// from its information; it reports why when it cannot.
func (l *loader) readRecord(p string) ([]byte, bool) {
	f, err := l.fsys.Open(p)
	if err != nil {
		l.unreadable(p, err)
		return nil, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err == nil {
		switch {
		case !st.Mode().IsRegular():
			err = &sitefs.Refused{Path: p, Reason: sitefs.ErrNotRegular, Mode: st.Mode().Type()}
		case st.Size() > MaxRecordSize:
			err = &sitefs.Refused{Path: p, Reason: sitefs.ErrTooLarge, Size: st.Size(), Max: MaxRecordSize}
		}
	}
	var b []byte
	if err == nil {
		b, err = io.ReadAll(io.LimitReader(f, MaxRecordSize+1))
	}
	if err == nil && len(b) > MaxRecordSize {
		err = &sitefs.Refused{Path: p, Reason: sitefs.ErrTooLarge, Size: int64(len(b)), Max: MaxRecordSize}
	}
	if err != nil {
		l.unreadable(p, err)
		return nil, false
	}
	return b, true
}

// problem says, for an editor, why p is not read, and what to do.
func problem(fsys fs.FS, p string, err error) error {
	target, _ := fs.ReadLink(fsys, p)
	var r *sitefs.Refused
	switch {
	case errors.As(err, &r) && r.Reason == sitefs.ErrTooLarge:
		return tooLarge(p, r.Size, r.Max)
	case errors.As(err, &r) && r.Reason == sitefs.ErrNotRegular && target != "":
		return message.Errorf("is a link to %s, which is %s, not a regular file, and is never read; copy the file into the site folder instead of linking to it", target, fileKind(r.Mode))
	case errors.As(err, &r) && r.Reason == sitefs.ErrNotRegular:
		return message.Errorf("is %s, not a regular file, and is never read; delete it (the site folder holds only files and folders)", fileKind(r.Mode))
	case errors.As(err, &r) && r.Reason == sitefs.ErrFolderLink && r.Path != p:
		return message.Errorf("is inside %s, a link to a folder, and is not read; links to folders are not followed: copy the folder into the site folder instead of linking to it", r.Path)
	case errors.As(err, &r) && r.Reason == sitefs.ErrFolderLink:
		return message.Errorf("is a link to a folder, and links to folders are not followed; copy the folder into the site folder instead of linking to it")
	case errors.Is(err, sitefs.ErrOutside) && path.IsAbs(target):
		return message.Errorf("is a link to %s, and a link written as a full path is not followed; copy the file into the site folder instead of linking to it", target)
	case errors.Is(err, sitefs.ErrOutside) && target != "":
		return message.Errorf("is a link to %s, which leads outside the site folder, and is not read; copy the file into the site folder instead of linking to it", target)
	case errors.Is(err, sitefs.ErrOutside):
		return message.Errorf("leads outside the site folder through a link, and is not read; copy the file into the site folder instead of linking to it")
	case errors.Is(err, syscall.ELOOP):
		return message.Errorf("is a link that leads back to itself through other links, and is not read; copy the file into the site folder instead of linking to it")
	case errors.Is(err, fs.ErrNotExist) && target != "":
		return message.Errorf("is a link to %s, which does not exist; copy the file into the site folder instead of linking to it, or delete the link", target)
	}
	return message.Errorf("cannot be read: %s", plainErr(err))
}

// fileKind names the type of a file of mode m (sitefs.Kind) in either
// language.
func fileKind(m fs.FileMode) message.Words {
	en := sitefs.Kind(m)
	vi := map[string]string{
		"a named pipe (FIFO)": "một đường ống có tên (FIFO)",
		"a socket":            "một socket",
		"a device":            "một thiết bị",
		"a link":              "một liên kết",
		"a folder":            "một thư mục",
		"a regular file":      "một tệp thường",
	}[en]
	if vi == "" {
		vi = "một tệp đặc biệt"
	}
	return message.Words{VI: vi, EN: en}
}

// tooLarge says that the file p of size bytes is over its limit max.
func tooLarge(p string, size, max int64) error {
	what := message.Words{VI: "một ảnh hay tệp khác", EN: "a photo or other file"}
	hint := message.Words{VI: "hãy lưu một bản nhỏ hơn (ảnh cho trang web không cần quá 2 MB)", EN: "save a smaller copy (a photo for a web page needs no more than 2 MB)"}
	switch {
	case strings.HasPrefix(p, "themes/"):
		what = message.Words{VI: "một tệp giao diện", EN: "a theme file"}
		hint = message.Words{VI: "hãy làm nó nhỏ lại", EN: "make it smaller"}
	case max == MaxRecordSize && isRecordFile(p):
		what = message.Words{VI: "một tệp hồ sơ", EN: "a record file"}
		hint = message.Words{VI: "hãy rút gọn phần chữ (ảnh để trong tệp riêng bên cạnh)", EN: "shorten its text (photos go in their own files beside it)"}
	}
	if size < max+max/10 {
		// Just over: in tenths of a megabyte the two would look alike.
		return message.Errorf("is %s bytes, more than the %s bytes (%s) %s may be; %s", thousands(size), thousands(max), megabytes(max), what, hint)
	}
	return message.Errorf("is %s, more than the %s %s may be; %s", megabytes(size), megabytes(max), what, hint)
}

// thousands formats n with a comma between groups of three digits:
// 1048577 → "1,048,577".
func thousands(n int64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// megabytes formats n bytes in MB of 1,048,576 bytes, rounded up to a
// tenth so a file over a limit never shows as the limit itself: "1 MB",
// "1.1 MB", "20 MB".
func megabytes(n int64) string {
	tenths := (n*10 + 1<<20 - 1) >> 20
	if tenths%10 == 0 {
		return fmt.Sprintf("%d MB", tenths/10)
	}
	return fmt.Sprintf("%d.%d MB", tenths/10, tenths%10)
}

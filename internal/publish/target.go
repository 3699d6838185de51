package publish

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Marker is the name of the file every build writes at the root of its
// output. A folder holding it (a regular file whose first line is
// MarkerText's) is ocop's own output, which the next build may replace
// whole; any other non-empty folder is replaced only when asked to
// (Options.Replace). The file is plain text, not a page: nothing links to
// it, and it is the same in every build.
const Marker = ".ocop-build"

// MarkerText is the whole content of the Marker file: one fixed line.
const MarkerText = "ocop build output: the next ocop build replaces this folder whole\n"

// State is what a destination holds before a build.
type State int

const (
	// Missing: nothing is there yet; the build creates the folder.
	Missing State = iota
	// Empty: an empty folder.
	Empty
	// Built: a folder holding the Marker, written by an earlier build.
	Built
	// Foreign: a non-empty folder without the Marker, which ocop did not
	// make.
	Foreign
)

// Target is a destination as found on disk.
type Target struct {
	// Dest is the destination as given.
	Dest string
	// Real is the folder a build replaces: Dest made absolute, with every
	// symbolic link in it resolved, the last one included. When Dest is a
	// link to a folder, the build writes through it: the new site is
	// built beside Real and swapped in there, and the link is kept.
	Real string
	// Link reports whether Dest itself is a symbolic link.
	Link bool
	// State is what Real holds.
	State State
	// Entries, for a Foreign folder, are its first top-level entries in
	// name order (at most ListMax), and Total how many it has in all.
	Entries []Entry
	Total   int
}

// ListMax is the most entries Inspect lists, and ListFiles the most files
// it counts under each.
const (
	ListMax   = 10
	ListFiles = 10000
)

// Entry is one top-level entry of a folder.
type Entry struct {
	Name string
	// Dir is set for a folder (never for a link to one).
	Dir bool
	// Link is set for a symbolic link, which a build removes as a link
	// without following it.
	Link bool
	// Files is the number of files under a folder, links counted as files
	// and never followed, at most ListFiles+1 (meaning "more than ListFiles").
	Files int
}

// String returns the entry as a listing shows it: "index.html",
// "img/ (23 files)", "www (link)".
func (e Entry) String() string { return e.Localize(message.EN) }

// Localize describes e in lang, as String does in English: e is a
// message.Localizer.
func (e Entry) Localize(lang message.Lang) string {
	switch {
	case e.Link:
		return message.Sprintf(lang, "%s (link)", e.Name)
	case !e.Dir:
		return e.Name
	case e.Files > ListFiles:
		return message.Sprintf(lang, "%s/ (more than %d files)", e.Name, ListFiles)
	}
	return message.Sprintf(lang, "%s/ (%s)", e.Name, message.Count{N: e.Files, EN: "file", VI: "tệp"})
}

// Listing is the list of a folder's entries for a message: a
// message.Localizer.
type Listing struct{ t Target }

// Listing returns the listed entries joined by commas, followed by
// "… and N more" when the folder has more than were listed.
func (t Target) Listing() Listing { return Listing{t} }

// String returns the listing in English.
func (l Listing) String() string { return l.Localize(message.EN) }

// Localize returns the listing in lang.
func (l Listing) Localize(lang message.Lang) string {
	parts := make([]string, len(l.t.Entries))
	for i, e := range l.t.Entries {
		parts[i] = e.Localize(lang)
	}
	s := strings.Join(parts, ", ")
	if more := l.t.Total - len(l.t.Entries); more > 0 {
		s += message.Sprintf(lang, ", … and %d more", more)
	}
	return s
}

// Inspect finds what dest is and holds, following symbolic links in it
// but never opening anything but folders and the Marker file. It returns
// an error when dest is neither missing nor a folder (a file, a named pipe,
// a device, a socket, a link to one of those, or a link to nothing); such
// a destination is never replaced.
func Inspect(dest string) (Target, error) {
	return inspect(dest, true)
}

func inspect(dest string, list bool) (Target, error) {
	t := Target{Dest: dest}
	if dest == "" {
		return t, errors.New("no output folder given")
	}
	// A trailing slash would make Lstat follow the link.
	if st, err := os.Lstat(strings.TrimRight(dest, string(filepath.Separator))); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		t.Link = true
	}
	real, err := Resolve(dest)
	if err != nil {
		return t, err
	}
	t.Real = real
	st, err := os.Lstat(real)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		t.State = Missing
		return t, nil
	case err != nil:
		return t, err
	case st.Mode()&fs.ModeSymlink != 0:
		// Resolve leaves a link in place only when it points at nothing.
		to, _ := os.Readlink(real)
		return t, message.Errorf("%s is a link to %s, which does not exist; create that folder or remove the link", dest, to)
	case !st.IsDir() && t.Link:
		return t, message.Errorf("%s is a link to %s, which is %s, not a folder; ocop never deletes it to make room: move it away or choose another output folder", dest, real, kind(st.Mode()))
	case !st.IsDir():
		return t, message.Errorf("%s is %s, not a folder; ocop never deletes it to make room: move it away or choose another output folder", dest, kind(st.Mode()))
	}
	built, err := hasMarker(real, false)
	if err != nil {
		return t, err
	}
	if built {
		t.State = Built
		return t, nil
	}
	empty, err := isEmpty(real)
	if err != nil {
		return t, err
	}
	if empty {
		t.State = Empty
		return t, nil
	}
	t.State = Foreign
	if list {
		t.Entries, t.Total, err = entries(real)
	}
	return t, err
}

// kind names a file mode that is not a folder, for messages, in either
// language.
func kind(m fs.FileMode) message.Words {
	switch {
	case m.IsRegular():
		return message.Words{VI: "một tệp", EN: "a file"}
	case m&fs.ModeNamedPipe != 0:
		return message.Words{VI: "một đường ống có tên", EN: "a named pipe"}
	case m&fs.ModeSocket != 0:
		return message.Words{VI: "một socket", EN: "a socket"}
	case m&fs.ModeDevice != 0:
		return message.Words{VI: "một thiết bị", EN: "a device"}
	}
	return message.Words{VI: "một tệp đặc biệt", EN: "not a regular file"}
}

// Resolve returns path made absolute with every symbolic link in it
// resolved, the way the kernel resolves it: a ".." after a link leads to
// the parent of the link's target, not back to the folder holding the
// link. The part of path that does not exist yet is joined as written. A
// last element that is a link to nothing is kept as it is.
func Resolve(path string) (string, error) {
	if !filepath.IsAbs(path) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		// Not filepath.Join, which would apply ".." before the links
		// before it are resolved.
		path = wd + string(filepath.Separator) + path
	}
	path = strings.TrimRight(path, string(filepath.Separator))
	if path == "" {
		return string(filepath.Separator), nil
	}
	head, tail := path, ""
	for {
		r, err := filepath.EvalSymlinks(head)
		if err == nil {
			return filepath.Join(r, tail), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		i := strings.LastIndexByte(head, filepath.Separator)
		if i < 0 {
			return "", err
		}
		if tail == "" {
			tail = head[i+1:]
		} else {
			tail = head[i+1:] + string(filepath.Separator) + tail
		}
		head = head[:i]
		if head == "" {
			head = string(filepath.Separator)
		}
	}
}

// hasMarker reports whether dir holds the Marker as a regular file whose
// first line is MarkerText. With partial, it also accepts a Marker that
// is any beginning of MarkerText, empty included: what a build killed
// while writing it leaves.
func hasMarker(dir string, partial bool) (bool, error) {
	name := filepath.Join(dir, Marker)
	st, err := os.Lstat(name)
	if errors.Is(err, fs.ErrNotExist) || err == nil && !st.Mode().IsRegular() {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	f, err := os.Open(name)
	if err != nil {
		return false, err
	}
	defer f.Close()
	line, err := bufio.NewReader(io.LimitReader(f, int64(len(MarkerText)))).ReadString('\n')
	if err != nil && err != io.EOF {
		return false, err
	}
	if line == MarkerText {
		return true, nil
	}
	return partial && strings.HasPrefix(MarkerText, line) && st.Size() == int64(len(line)), nil
}

// isEmpty reports whether dir has no entries.
func isEmpty(dir string) (bool, error) {
	f, err := os.Open(dir)
	if err != nil {
		return false, err
	}
	defer f.Close()
	names, err := f.Readdirnames(1)
	if err == io.EOF {
		return true, nil
	}
	return len(names) == 0, err
}

// entries lists the first ListMax top-level entries of dir in name order,
// with the files under each folder counted, and returns how many entries
// dir has in all.
func entries(dir string) ([]Entry, int, error) {
	all, err := os.ReadDir(dir)
	if err != nil {
		return nil, 0, err
	}
	var out []Entry
	for _, d := range all[:min(len(all), ListMax)] {
		e := Entry{Name: d.Name(), Dir: d.IsDir(), Link: d.Type()&fs.ModeSymlink != 0}
		if e.Dir {
			e.Files = countFiles(filepath.Join(dir, d.Name()))
		}
		out = append(out, e)
	}
	return out, len(all), nil
}

// countFiles counts what is under dir that is not a folder, without
// following links, stopping after ListFiles+1.
func countFiles(dir string) int {
	n := 0
	stop := errors.New("stop")
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
			if n > ListFiles {
				return stop
			}
		}
		return nil
	})
	return n
}

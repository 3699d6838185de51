// Package publish writes a built site to its output folder atomically: all
// files go to a new folder beside the destination, and only when every file
// is written does that folder replace the destination, in one step. A
// failed build leaves the previous output byte for byte as it was.
//
// It replaces only what ocop made. Every output carries a Marker file at
// its root; a destination is replaced only when it is missing, empty, or
// holds the Marker, unless Options.Replace says otherwise. A file, a named
// pipe or any other non-folder is never replaced. Paths are resolved
// first: a destination that is a symbolic link to a folder is written
// through (the new folder is made beside the link's target and swapped in
// there; the link stays), and links found inside the previous output are
// removed as links, never followed.
//
// A build that is stopped (killed, or the machine switched off) leaves at
// most a new folder named ".<name>-new-…" beside the destination, which
// holds the Marker, and never a destination that is missing or half
// written. The next build into that destination removes such folders
// when they are empty or hold the Marker and no running build holds them.
package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
)

// Options configure Begin. The zero value replaces only ocop's own output
// or an empty folder.
type Options struct {
	// Replace allows replacing a non-empty folder that ocop did not make
	// (State Foreign); Commit removes everything it held.
	Replace bool
}

// Dir is an output folder being written. It implements output.Writer and
// is safe for concurrent use.
type Dir struct {
	dest    string // the folder replaced: the destination with links resolved
	tmp     string
	replace bool
	lock    *os.File // held on tmp until Commit or Abort

	// afterSwap, when set, runs between the swap and the removal of the
	// previous output (tests stop a build there).
	afterSwap func()

	mu   sync.Mutex
	dirs map[string]bool
	seen map[string]bool
}

// Begin checks dest (see Inspect), creates a new folder beside the folder
// dest resolves to (in the same parent, so the final swap never crosses
// file systems), writes the Marker into it, removes what stopped builds
// into dest left, and returns a Dir that writes into the new folder. dest
// itself is not touched until Commit. It refuses a destination that is not
// a folder, and a non-empty folder without the Marker unless opt.Replace.
func Begin(dest string, opt Options) (*Dir, error) {
	t, err := inspect(dest, false)
	if err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	if t.State == Foreign && !opt.Replace {
		return nil, fmt.Errorf("publish: %s is not empty and has no %s file, so ocop did not make it; refusing to replace it", dest, Marker)
	}
	parent := filepath.Dir(t.Real)
	if parent == t.Real {
		return nil, fmt.Errorf("publish: refusing to replace the root folder %s", t.Real)
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	prefix := "." + filepath.Base(t.Real) + "-new-"
	tmp, lk, err := newFolder(parent, prefix)
	if err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	removeLeftovers(parent, prefix, tmp)
	return &Dir{dest: t.Real, tmp: tmp, replace: opt.Replace, lock: lk, dirs: map[string]bool{".": true}, seen: map[string]bool{}}, nil
}

// WriteFile writes data at the slash-separated path p inside the output.
// It refuses paths that would leave the output folder and a path written
// twice in one build, since that would mean two pages claim one URL.
func (d *Dir) WriteFile(p string, data []byte) error {
	clean := path.Clean(p)
	if p == "" || path.IsAbs(p) || clean == ".." || strings.HasPrefix(clean, "../") || strings.Contains(p, `\`) {
		return fmt.Errorf("publish: refusing to write %q outside the output folder", p)
	}
	if clean == Marker {
		return fmt.Errorf("publish: %s is the build marker; no page may be written there", Marker)
	}
	dir := path.Dir(clean)
	d.mu.Lock()
	if d.seen[clean] {
		d.mu.Unlock()
		return fmt.Errorf("publish: %s is written twice in one build", clean)
	}
	d.seen[clean] = true
	needDir := !d.dirs[dir]
	if needDir {
		d.dirs[dir] = true
	}
	d.mu.Unlock()
	if needDir {
		// One mkdir when the parent exists (the usual case: pages are
		// planned parents first); MkdirAll's extra stats otherwise.
		full := filepath.Join(d.tmp, filepath.FromSlash(dir))
		if err := os.Mkdir(full, 0o755); err != nil && !errors.Is(err, os.ErrExist) {
			if err := os.MkdirAll(full, 0o755); err != nil {
				return fmt.Errorf("publish: %w", err)
			}
		}
	}
	name := filepath.Join(d.tmp, filepath.FromSlash(clean))
	err := os.WriteFile(name, data, 0o644)
	if errors.Is(err, os.ErrNotExist) {
		// Another goroutine claimed the folder but has not made it yet.
		if err = os.MkdirAll(filepath.Dir(name), 0o755); err == nil {
			err = os.WriteFile(name, data, 0o644)
		}
	}
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	return nil
}

// Files returns how many files have been written.
func (d *Dir) Files() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.seen)
}

// Abort removes the new folder and leaves dest as it was.
func (d *Dir) Abort() error {
	defer d.unlock()
	return os.RemoveAll(d.tmp)
}

func (d *Dir) unlock() {
	if d.lock != nil {
		d.lock.Close()
		d.lock = nil
	}
}

// Commit replaces dest with the new folder. It checks dest again first,
// and refuses, leaving it as it is, when the build would now replace
// something Begin would have refused (dest changed while the site was
// built). Where the kernel supports it the two folders are exchanged in
// one atomic step, and the previous output, now under the new folder's
// name, is removed; elsewhere dest is moved aside, the new folder moved
// in, and the old one removed, so a reader sees either the old or the new
// site, never a mixture, except for the instant between the two renames.
// Once the new folder is in place Commit reports success: a part of the
// previous output that could not be removed stays beside it, marked, for
// the next build to remove.
func (d *Dir) Commit() error {
	defer d.unlock()
	st, err := os.Lstat(d.dest)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.Rename(d.tmp, d.dest); err != nil {
			return fmt.Errorf("publish: %w", err)
		}
		return nil
	case err != nil:
		return fmt.Errorf("publish: %w", err)
	case !st.IsDir():
		return fmt.Errorf("publish: %s was replaced by %s during the build; it is left as it is", d.dest, kind(st.Mode()))
	}
	if !d.replace {
		built, err := hasMarker(d.dest, false)
		if err != nil {
			return fmt.Errorf("publish: %w", err)
		}
		if !built {
			if empty, err := isEmpty(d.dest); err != nil || !empty {
				return fmt.Errorf("publish: %s changed during the build and has no %s file now; it is left as it is", d.dest, Marker)
			}
		}
	}
	err = exchange(d.tmp, d.dest)
	if err == nil {
		// d.tmp now holds the previous output. Mark it, so that if this
		// process is stopped before it is gone the next build removes it.
		// What cannot be removed now stays there, marked, for the next
		// build to remove: the new site is in place either way.
		writeMarker(d.tmp)
		if d.afterSwap != nil {
			d.afterSwap()
		}
		removeTree(d.tmp)
		return nil
	}
	if !errors.Is(err, errNoExchange) {
		return fmt.Errorf("publish: %w", err)
	}
	old := d.tmp + "-old"
	if err := os.Rename(d.dest, old); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	writeMarker(old)
	if err := os.Rename(d.tmp, d.dest); err != nil {
		// Put the old site back before reporting.
		_ = os.Rename(old, d.dest)
		return fmt.Errorf("publish: %w", err)
	}
	removeTree(old)
	return nil
}

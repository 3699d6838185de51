// Package publish writes a built site to its output folder atomically: all
// files go to a new folder beside the destination, and only when every file
// is written does that folder replace the destination. A failed build leaves
// the previous output byte for byte as it was.
package publish

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/namdinh-ocop/ocop/internal/parallel"
)

// Dir is an output folder being written. It implements render.Writer and
// is safe for concurrent use.
type Dir struct {
	dest string
	tmp  string

	mu   sync.Mutex
	dirs map[string]bool
	seen map[string]bool
}

// Begin creates a fresh folder beside dest (same parent, so the final
// rename never crosses file systems) and returns a Dir that writes into it.
// dest itself is not touched until Commit.
func Begin(dest string) (*Dir, error) {
	dest = filepath.Clean(dest)
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+"-new-")
	if err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("publish: %w", err)
	}
	return &Dir{dest: dest, tmp: tmp, dirs: map[string]bool{".": true}, seen: map[string]bool{}}, nil
}

// WriteFile writes data at the slash-separated path p inside the output.
// It refuses paths that would leave the output folder and a path written
// twice in one build, since that would mean two pages claim one URL.
func (d *Dir) WriteFile(p string, data []byte) error {
	clean := path.Clean(p)
	if p == "" || path.IsAbs(p) || clean == ".." || strings.HasPrefix(clean, "../") || strings.Contains(p, `\`) {
		return fmt.Errorf("publish: refusing to write %q outside the output folder", p)
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
	return os.RemoveAll(d.tmp)
}

// Commit replaces dest with the new folder. Where the kernel supports it
// the two folders are exchanged in one atomic step; elsewhere dest is moved
// aside, the new folder moved in, and the old one removed, so a reader sees
// either the old or the new site, never a mixture, except for the instant
// between the two renames.
func (d *Dir) Commit() error {
	if _, err := os.Stat(d.dest); errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(d.tmp, d.dest); err != nil {
			return fmt.Errorf("publish: %w", err)
		}
		return nil
	}
	if exchange(d.tmp, d.dest) == nil {
		return removeTree(d.tmp) // d.tmp now holds the old site
	}
	old := d.tmp + "-old"
	if err := os.Rename(d.dest, old); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	if err := os.Rename(d.tmp, d.dest); err != nil {
		// Put the old site back before reporting.
		_ = os.Rename(old, d.dest)
		return fmt.Errorf("publish: %w", err)
	}
	return removeTree(old)
}

// removeTree removes the previous site, its top-level entries in parallel
// (removing tens of thousands of small files is a chain of system calls
// that one goroutine would do one after another).
func removeTree(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return os.RemoveAll(dir)
	}
	errs := make([]error, len(entries))
	parallel.Workers(len(entries), 8, func(i int) {
		errs[i] = os.RemoveAll(filepath.Join(dir, entries[i].Name()))
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return os.RemoveAll(dir)
}

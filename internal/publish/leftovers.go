package publish

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/parallel"
)

// newFolder creates a folder named prefix followed by a random number in
// parent, locks it, writes the Marker into it and returns its path and
// the open lock. Another build cleaning up may remove the folder in the
// instant between its creation and its lock; then it tries again.
func newFolder(parent, prefix string) (string, *os.File, error) {
	var err error
	for range 5 {
		var dir string
		dir, err = os.MkdirTemp(parent, prefix)
		if err != nil {
			return "", nil, err
		}
		var lk *os.File
		lk, _, err = lock(dir)
		if err != nil {
			continue
		}
		err = os.Chmod(dir, 0o755)
		if err == nil {
			err = writeMarker(dir)
		}
		if err == nil {
			return dir, lk, nil
		}
		lk.Close()
		os.RemoveAll(dir)
	}
	return "", nil, err
}

// writeMarker writes the Marker into dir, never over an existing file
// or through a link.
func writeMarker(dir string) error {
	f, err := os.OpenFile(filepath.Join(dir, Marker), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.WriteString(MarkerText)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// removeLeftovers removes the folders in parent that earlier builds left:
// those named prefix… (the new folder of a build, and prefix…-old, the
// previous output moved aside) that are folders, not links, that are
// empty or hold the Marker, and that no running build holds, except keep.
// What it cannot remove it leaves.
func removeLeftovers(parent, prefix, keep string) {
	all, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range all {
		name := filepath.Join(parent, e.Name())
		if !strings.HasPrefix(e.Name(), prefix) || !e.IsDir() || name == keep {
			continue
		}
		built, err := hasMarker(name, true)
		if err != nil {
			continue
		}
		if !built {
			if empty, err := isEmpty(name); err != nil || !empty {
				continue
			}
		}
		lk, free, err := lock(name)
		if err != nil || !free {
			continue
		}
		removeTree(name)
		lk.Close()
	}
}

// removeTree removes the folder dir and everything in it, its top-level
// entries in parallel (removing tens of thousands of small files is a
// chain of system calls that one goroutine would do one after another).
// Links are removed, never followed. The Marker goes last, so a folder
// that is only partly removed still carries it.
func removeTree(dir string) error {
	st, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil || !st.IsDir() {
		return os.Remove(dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return os.RemoveAll(dir)
	}
	errs := make([]error, len(entries))
	parallel.Workers(len(entries), 8, func(i int) {
		if entries[i].Name() != Marker {
			errs[i] = os.RemoveAll(filepath.Join(dir, entries[i].Name()))
		}
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	return os.RemoveAll(dir)
}

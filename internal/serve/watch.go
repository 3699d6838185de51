package serve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/namdinh-ocop/ocop/internal/load"
)

// watcher watches folders of the source recursively and hands batches
// of changed paths to a function once they have been quiet for a while.
type watcher struct {
	root string
	w    *fsnotify.Watcher
	// quiet is how long no event must come before a batch is handed on;
	// longest bounds the wait under a steady stream of events.
	quiet, longest time.Duration
	batch          func([]string)
	logf           func(string, ...any)
}

// newWatcher watches the folders dirs (relative to root, such as
// "content" and "themes") and everything in them; a folder that does
// not exist is skipped.
func newWatcher(root string, dirs []string, quiet time.Duration, batch func([]string), logf func(string, ...any)) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{root: root, w: fw, quiet: quiet, longest: 10 * quiet, batch: batch, logf: logf}
	for _, d := range dirs {
		if st, err := os.Stat(filepath.Join(root, d)); err != nil || !st.IsDir() {
			continue
		}
		if _, err := w.addTree(d); err != nil {
			fw.Close()
			return nil, err
		}
	}
	return w, nil
}

// ignored reports whether a path (relative to root) is or is inside an
// editor temp or backup file or a hidden file or folder: such files are
// never part of the site (load.Ignored), so they never start a build.
func ignored(rel string) bool {
	for _, part := range strings.Split(rel, "/") {
		if load.Ignored(part) {
			return true
		}
	}
	return false
}

// addTree watches folder rel and every folder below it, and returns the
// files found in them. The watch of a folder is added before it is
// listed, so a file written into a new folder is either listed or
// reported by the watch, never neither.
func (w *watcher) addTree(rel string) ([]string, error) {
	var files []string
	var walk func(rel string) error
	walk = func(rel string) error {
		abs := filepath.Join(w.root, filepath.FromSlash(rel))
		if err := w.w.Add(abs); err != nil {
			return err
		}
		es, err := os.ReadDir(abs)
		if err != nil {
			return nil // gone already: its removal is an event of its own
		}
		for _, e := range es {
			child := rel + "/" + e.Name()
			if ignored(e.Name()) {
				continue
			}
			if e.IsDir() {
				if err := walk(child); err != nil {
					return err
				}
			} else {
				files = append(files, child)
			}
		}
		return nil
	}
	err := walk(rel)
	return files, err
}

// rel returns an event's path relative to root, slash-separated.
func (w *watcher) rel(name string) (string, bool) {
	r, err := filepath.Rel(w.root, name)
	if err != nil || r == "." || strings.HasPrefix(r, "..") {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// run handles events until ctx is done.
func (w *watcher) run(ctx context.Context) {
	defer w.w.Close()
	var (
		pending = map[string]bool{}
		order   []string
		timer   = time.NewTimer(time.Hour)
		first   time.Time
	)
	timer.Stop()
	add := func(p string) {
		if !pending[p] {
			pending[p] = true
			order = append(order, p)
		}
		now := time.Now()
		if len(order) == 1 {
			first = now
		}
		wait := w.quiet
		if left := w.longest - now.Sub(first); left < wait {
			wait = max(left, 0)
		}
		timer.Reset(wait)
	}
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case err, ok := <-w.w.Errors:
			if !ok {
				return
			}
			w.logf("watch: %v", err)
		case ev, ok := <-w.w.Events:
			if !ok {
				return
			}
			p, ok := w.rel(ev.Name)
			if !ok || ignored(p) || ev.Op == fsnotify.Chmod {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Lstat(ev.Name); err == nil && st.IsDir() {
					// A new or renamed folder: watch it, and take what
					// was written into it before the watch.
					files, err := w.addTree(p)
					if err != nil {
						w.logf("watch %s: %v", p, err)
					}
					for _, f := range files {
						add(f)
					}
				}
			}
			if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
				// A folder moved away or removed keeps no watch; a file
				// has none to remove.
				_ = w.w.Remove(ev.Name)
			}
			add(p)
		case <-timer.C:
			if len(order) == 0 {
				continue
			}
			batch := order
			pending, order = map[string]bool{}, nil
			w.batch(batch)
		}
	}
}

//go:build unix

package serve

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// The preview shows a named pipe and a link out of the site as
// problems, at the start and when they appear while it serves; it never
// blocks on the pipe and never serves the file from outside.
func TestUnreadableFilesShown(t *testing.T) {
	dir := newSite(t, baseProducts())
	const secret = "SECRET-OUTSIDE-THE-SITE"
	outside := filepath.Join(t.TempDir(), "secret.svg")
	if err := os.WriteFile(outside, []byte(`<svg xmlns="http://www.w3.org/2000/svg"><!--`+secret+`--></svg>`), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "content/products/fifo.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	// runTest fails, instead of hanging, if the first build blocks.
	r := runTest(t, dir, Options{})
	events := r.events(t, "")
	events.next(t, "problems", func(e sseEvent) bool {
		return strings.Contains(e.raw, `"content/products/fifo.md"`) && strings.Contains(e.raw, "is a named pipe (FIFO), not a regular file")
	})

	b0 := r.s.b.builds.Load()
	if err := os.Remove(fifo); err != nil {
		t.Fatal(err)
	}
	r.settle(t, b0+1)
	events.next(t, "ok", nil)

	b1 := r.s.b.builds.Load()
	img := filepath.Join(dir, "content/products/banh-gai/anh.svg")
	if err := os.Remove(img); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, img); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "content/products/banh-gai/index2.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	r.settle(t, b1+1)
	events.next(t, "problems", func(e sseEvent) bool {
		return strings.Contains(e.raw, `"content/products/banh-gai/anh.svg"`) && strings.Contains(e.raw, "a link written as a full path is not followed") &&
			strings.Contains(e.raw, `"content/products/banh-gai/index2.md"`)
	})
	for out, data := range r.s.files() {
		if strings.Contains(string(data), secret) {
			t.Errorf("%s serves the file from outside the site", out)
		}
	}
}

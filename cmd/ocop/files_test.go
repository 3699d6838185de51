//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// An image that is a link to a file outside the site and a named pipe
// named *.md: `ocop check` and `ocop build` both report each with its
// path and exit 1, neither blocks, and the build writes nothing.
func TestLinkOutAndNamedPipe(t *testing.T) {
	dir := copySite(t, false, map[string]string{
		"content/products/gao/index.md": "---\nname: \"Gạo tám Hải Hậu\"\nimages: [anh.jpg]\n---\n\nGạo.\n",
	})
	secret := filepath.Join(t.TempDir(), "passwd")
	if err := os.WriteFile(secret, []byte("root:x:0:0"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(dir, "content/products/gao/anh.jpg")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "content/products/fifo.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := filepath.ToSlash(dir)
	want := []string{
		d + "/content/products/fifo.md: error: is a named pipe (FIFO), not a regular file, and is never read; delete it",
		d + "/content/products/gao/anh.jpg: error: is a link to " + secret + ", and a link written as a full path is not followed; copy the file into the site folder instead of linking to it",
	}
	for _, args := range [][]string{{"check", "--lang", "en", "--source", dir}, {"build", "--lang", "en", "--source", dir}} {
		done := make(chan struct{})
		var code int
		var out, errOut string
		go func() {
			defer close(done)
			code, out, errOut = runOcop(t, args...)
		}()
		select {
		case <-done:
		case <-time.After(time.Minute):
			t.Fatalf("ocop %s has not returned: it blocks", args[0])
		}
		if code != 1 {
			t.Errorf("ocop %s: exit %d, want 1", args[0], code)
		}
		for _, w := range want {
			if !strings.Contains(out+errOut, w) {
				t.Errorf("ocop %s: output lacks\n%s\ngot:\n%s%s", args[0], w, out, errOut)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Errorf("the failed build wrote public/: %v", err)
	}
}

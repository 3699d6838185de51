package main

import (
	"github.com/namdinh-ocop/ocop/internal/filetree"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A build that runs out of disk space fails with exit 2 and an I/O
// message, leaves the previous site byte for byte as it was, and leaves
// no half-written folder beside it. The disk is a 1 MiB tmpfs, which only
// root may mount; elsewhere the test is skipped.
func TestBuildOnFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	disk := t.TempDir()
	if err := syscall.Mount("tmpfs", disk, "tmpfs", 0, "size=1m"); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(disk, syscall.MNT_DETACH) })

	site := copySite(t, true, nil)
	dest := filepath.Join(disk, "public")
	// A previous build small enough to fit, written by ocop itself.
	small := copySite(t, false, map[string]string{
		"content/products/gao.md": "---\nname: Gạo\n---\n",
	})
	if code, _, stderr := runOcop(t, "build", "--lang", "en", "--source", small, "--dest", dest); code != 0 {
		t.Fatalf("previous build: exit %d: %s", code, stderr)
	}
	before := filetree.Read(t, dest, false)

	code, _, stderr := runOcop(t, "build", "--lang", "en", "--source", site, "--dest", dest)
	if code != exitUsage {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitUsage, stderr)
	}
	if !strings.Contains(stderr, "no space left on device") || !strings.Contains(stderr, "is unchanged") {
		t.Errorf("stderr does not say the disk is full and the site unchanged:\n%s", stderr)
	}
	after := filetree.Read(t, dest, false)
	if len(after) != len(before) {
		t.Errorf("previous site has %d files after the failed build, want %d", len(after), len(before))
	}
	for name, body := range before {
		if after[name] != body {
			t.Errorf("previous site's %s changed", name)
		}
	}
	entries, _ := os.ReadDir(disk)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("left beside the site: %v, want only public", names)
	}
}

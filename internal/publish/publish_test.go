package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCommitReplacesWhole(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	writeTree(t, dest, map[string]string{"old/index.html": "old", Marker: MarkerText})

	d, err := Begin(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WriteFile("san-pham/gao/index.html", []byte("new")); err != nil {
		t.Fatal(err)
	}
	// Until Commit the old site is untouched.
	if b, _ := os.ReadFile(filepath.Join(dest, "old", "index.html")); string(b) != "old" {
		t.Fatalf("dest changed before Commit")
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "san-pham", "gao", "index.html")); string(b) != "new" {
		t.Errorf("new file = %q, want new", b)
	}
	if _, err := os.Stat(filepath.Join(dest, "old")); err == nil {
		t.Errorf("old file survived Commit")
	}
	if b, _ := os.ReadFile(filepath.Join(dest, Marker)); string(b) != MarkerText {
		t.Errorf("marker = %q, want %q", b, MarkerText)
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	if len(entries) != 1 {
		t.Errorf("left behind beside dest: %v", entries)
	}
}

func TestAbortLeavesDest(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	writeTree(t, dest, map[string]string{"index.html": "old", Marker: MarkerText})
	d, err := Begin(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.WriteFile("index.html", []byte("new"))
	if err := d.Abort(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(b) != "old" {
		t.Errorf("dest changed by an aborted build: %q", b)
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	if len(entries) != 1 {
		t.Errorf("left behind beside dest: %v", entries)
	}
}

func TestWriteFileRefuses(t *testing.T) {
	d, err := Begin(filepath.Join(t.TempDir(), "public"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for _, p := range []string{"", "../x", "/etc/x", "a/../../x", `a\b`, Marker, "./" + Marker} {
		if err := d.WriteFile(p, nil); err == nil {
			t.Errorf("WriteFile(%q): no error", p)
		}
	}
	d.WriteFile("a/index.html", nil)
	if err := d.WriteFile("a/./index.html", nil); err == nil || !strings.Contains(err.Error(), "written twice") {
		t.Errorf("second write of one path: %v", err)
	}
}

// Many goroutines writing into the same new folders all succeed.
func TestConcurrentWritesIntoNewFolders(t *testing.T) {
	d, err := Begin(filepath.Join(t.TempDir(), "public"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	errs := make(chan error, 400)
	for i := range 400 {
		go func() {
			errs <- d.WriteFile(fmt.Sprintf("a/b%d/c/%d.html", i%3, i), []byte("x"))
		}()
	}
	for range 400 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

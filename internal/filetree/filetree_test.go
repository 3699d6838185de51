package filetree

import (
	"os"
	"path/filepath"
	"reflect"
	"syscall"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "secret"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "b", "f.txt"), []byte("hi"), 0o644)
	os.Symlink(outside, filepath.Join(dir, "link"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{"a/b/f.txt": "hi", "link": "-> " + outside, "pipe": "p---------"}
	if got := Read(t, dir, false); !reflect.DeepEqual(got, files) {
		t.Errorf("Read(folders=false) = %v, want %v", got, files)
	}
	files["a"], files["a/b"] = "/", "/"
	if got := Read(t, dir, true); !reflect.DeepEqual(got, files) {
		t.Errorf("Read(folders=true) = %v, want %v", got, files)
	}
}

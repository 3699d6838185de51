package build

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/synth"
)

// TestScale builds a synthetic catalog twice: it must pass the checks
// with no error, write exactly the expected pages, and give byte-identical
// output. OCOP_SCALE sets the number of products (default 1000; the
// benchmarks in BENCHMARKS.md use 10000).
func TestScale(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a synthetic catalog twice")
	}
	n := 1000
	if v := os.Getenv("OCOP_SCALE"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			t.Fatalf("OCOP_SCALE=%q: %v", v, err)
		}
	}
	dir := t.TempDir()
	st, err := synth.Write(synth.Options{Products: n, Seed: 1, Out: filepath.Join(dir, "site"), Hugo: filepath.Join(dir, "hugo"), Reference: os.DirFS("../..")})
	if err != nil {
		t.Fatal(err)
	}
	src, err := DirFS(filepath.Join(dir, "site"))
	if err != nil {
		t.Fatal(err)
	}
	var outs []string
	for i := range 2 {
		dest := filepath.Join(dir, "public"+strconv.Itoa(i))
		r, err := Site(Options{Source: src, Dest: dest})
		if err != nil {
			t.Fatalf("build: %v (%d diagnostics)", err, len(r.Diagnostics))
		}
		if e, _ := r.Diagnostics.Count(); e != 0 {
			t.Fatalf("%d errors", e)
		}
		// The same pages as the equivalent Hugo site: Hugo's count has a
		// /vi/ redirect page where ocop has its 404 page.
		if r.Pages != st.HugoPages {
			t.Errorf("wrote %d pages, want %d (the Hugo site's)", r.Pages, st.HugoPages)
		}
		outs = append(outs, dest)
	}
	a, b := os.DirFS(outs[0]), os.DirFS(outs[1])
	count := 0
	err = fs.WalkDir(a, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		count++
		x, _ := fs.ReadFile(a, p)
		y, err := fs.ReadFile(b, p)
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	countB := 0
	fs.WalkDir(b, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			countB++
		}
		return err
	})
	if count == 0 || count != countB {
		t.Errorf("the builds wrote %d and %d files", count, countB)
	}
}

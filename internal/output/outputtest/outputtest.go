// Package outputtest renders a test site through outputs in memory and
// compares files with golden copies, for the tests of the outputs and the
// build.
package outputtest

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/site"
)

// Today is the date the test site's certificates are checked against.
var Today = catalog.Date{Year: 2025, Month: 1, Day: 15}

// Writer collects output files in memory; it is safe for concurrent use
// and refuses a second file at one path.
type Writer struct {
	mu sync.Mutex
	// Files are the files written, by output path.
	Files map[string][]byte
}

// NewWriter returns an empty Writer.
func NewWriter() *Writer { return &Writer{Files: map[string][]byte{}} }

// WriteFile keeps a copy of data at p.
func (w *Writer) WriteFile(p string, data []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, dup := w.Files[p]; dup {
		return fs.ErrExist
	}
	w.Files[p] = append([]byte(nil), data...)
	return nil
}

// Paths returns the written paths, sorted.
func (w *Writer) Paths() []string {
	ps := make([]string, 0, len(w.Files))
	for p := range w.Files {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

// Load loads the content of src, validated against Today, and fails the
// test on any content error.
func Load(t testing.TB, src fs.FS) *catalog.Catalog {
	t.Helper()
	c, ds := load.Content(src)
	c.Today = Today
	ds = append(ds, c.Validate(catalog.CheckOptions{Today: Today, Exists: func(p string) bool {
		_, err := fs.Stat(src, p)
		return err == nil
	}})...)
	if ds.HasErrors() {
		for _, d := range ds {
			if d.Severity == catalog.Error {
				t.Errorf("content: %s", d)
			}
		}
		t.FailNow()
	}
	return c
}

// Render prepares the site of c with opt and writes the files of outs in
// order, each planned with every job before it, as a build does (without
// planning outputs at the same time). It returns the files written.
func Render(c *catalog.Catalog, opt site.Options, outs ...output.Output) (*Writer, error) {
	s, err := site.Prepare(c, opt)
	if err != nil {
		return nil, err
	}
	w := NewWriter()
	var all []output.Job
	for _, o := range outs {
		jobs, err := o.Plan(s, all)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", o.Name(), err)
		}
		all = append(all, jobs...)
		if err := output.CheckPaths(all); err != nil {
			return nil, err
		}
		if err := output.Run(context.Background(), jobs, w, runtime.GOMAXPROCS(0)); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// Golden compares the files at paths with their copies under
// dir/<path>; with update it rewrites the copies instead. pkg names the
// package whose -update flag does so, in failure messages.
func Golden(t *testing.T, files map[string][]byte, paths []string, dir, pkg string, update bool) {
	t.Helper()
	for _, p := range paths {
		got, ok := files[p]
		if !ok {
			t.Errorf("%s was not rendered", p)
			continue
		}
		file := filepath.Join(dir, filepath.FromSlash(p))
		if update {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%s: %v (run go test %s -update)", p, err, pkg)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (go test %s -update rewrites it):\n%s", p, file, pkg, Diff(string(want), string(got)))
		}
	}
}

// Diff returns a line diff of want and got: lines only in want start with
// "-", lines only in got with "+", with up to 3 lines of context around
// each change.
func Diff(want, got string) string {
	a, b := strings.Split(want, "\n"), strings.Split(got, "\n")
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type line struct {
		op   byte
		text string
	}
	var ls []line
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ls = append(ls, line{' ', a[i]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			ls = append(ls, line{'-', a[i]})
			i++
		default:
			ls = append(ls, line{'+', b[j]})
			j++
		}
	}
	const context = 3
	show := make([]bool, len(ls))
	for k, l := range ls {
		if l.op == ' ' {
			continue
		}
		for c := max(0, k-context); c <= min(len(ls)-1, k+context); c++ {
			show[c] = true
		}
	}
	var out strings.Builder
	out.WriteString("--- want\n+++ got\n")
	prev := -1
	for k, l := range ls {
		if !show[k] {
			continue
		}
		if prev >= 0 && k != prev+1 {
			out.WriteString("@@\n")
		}
		fmt.Fprintf(&out, "%c%s\n", l.op, l.text)
		prev = k
	}
	return out.String()
}

package output

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
)

// mapWriter is a Writer into a map, safe for concurrent use.
type mapWriter struct {
	mu    sync.Mutex
	files map[string]string
}

func (w *mapWriter) WriteFile(p string, data []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.files[p] = string(data)
	return nil
}

func TestRunWritesEveryFile(t *testing.T) {
	var jobs []Job
	for i := range 50 {
		out := fmt.Sprintf("p%d/index.html", i)
		jobs = append(jobs, Job{Out: out, Make: func() ([]byte, error) { return []byte(out), nil }})
	}
	w := &mapWriter{files: map[string]string{}}
	if err := Run(context.Background(), jobs, w, 4); err != nil {
		t.Fatal(err)
	}
	if len(w.files) != len(jobs) {
		t.Fatalf("got %d files, want %d", len(w.files), len(jobs))
	}
	for p, b := range w.files {
		if b != p {
			t.Errorf("%s: got %q, want %q", p, b, p)
		}
	}
}

func TestRunReportsEarliestFailure(t *testing.T) {
	jobs := []Job{
		{Out: "a", Make: func() ([]byte, error) { return nil, nil }},
		{Out: "b", Make: func() ([]byte, error) { return nil, errors.New("broken") }},
		{Out: "c", Make: func() ([]byte, error) { panic("worse") }},
	}
	err := Run(context.Background(), jobs, &mapWriter{files: map[string]string{}}, 1)
	if got, want := fmt.Sprint(err), "b: broken"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	err = Run(context.Background(), jobs[2:], &mapWriter{files: map[string]string{}}, 1)
	if got, want := fmt.Sprint(err), "c: worse"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRunStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	jobs := []Job{{Out: "a", Make: func() ([]byte, error) { return nil, nil }}}
	w := &mapWriter{files: map[string]string{}}
	if err := Run(ctx, jobs, w, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	if len(w.files) != 0 {
		t.Errorf("got %d files written, want none", len(w.files))
	}
}

// TestCheckPaths checks that a path made by two jobs is refused and named.
func TestCheckPaths(t *testing.T) {
	if err := CheckPaths([]Job{{Out: "a"}, {Out: "b"}}); err != nil {
		t.Fatal(err)
	}
	err := CheckPaths([]Job{{Out: "a"}, {Out: "b"}, {Out: "a"}})
	if err == nil || err.Error()[:3] != "a: " {
		t.Fatalf("got %v, want an error naming a", err)
	}
}

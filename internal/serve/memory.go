package serve

import (
	"sort"
	"sync"
	"time"

	"github.com/namdinh-ocop/ocop/internal/output/web"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// memory is the served site as a build.Writer: a run's files are
// staged, and Flush swaps them into the store at once and tells the open
// pages, so a request sees one build.
type memory struct {
	s *Server
	// ok is called before files are shown: the content is good.
	ok func()

	mu      sync.Mutex
	staged  map[string][]byte
	removed map[string]bool
	start   time.Time
}

func newMemory(s *Server, ok func()) *memory {
	return &memory{s: s, ok: ok, staged: map[string][]byte{}, removed: map[string]bool{}}
}

// begin forgets what a run cut short staged, for a run started at start.
func (m *memory) begin(start time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.staged, m.removed, m.start = map[string][]byte{}, map[string]bool{}, start
}

// WriteFile stages the file p.
func (m *memory) WriteFile(p string, data []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.staged[p] = data
	delete(m.removed, p)
	return nil
}

// Remove stages the removal of the file p.
func (m *memory) Remove(p string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.removed[p] = true
	delete(m.staged, p)
	return nil
}

// Flush swaps in what was staged (the changed records' own pages) and
// reloads the pages that changed.
func (m *memory) Flush() error {
	gen, changed, _ := m.swap()
	m.s.changed(gen, changed, false)
	m.s.logf("quick: %s changed in %v", files(len(changed)), time.Since(m.start).Round(time.Millisecond))
	return nil
}

// commit swaps in what a completed run staged, tells the pages, and
// says the rebuild settled; first is the first good build since the
// start, which reloads every page.
func (m *memory) commit(first bool) {
	gen, changed, out := m.swap()
	sort.Strings(changed)
	m.s.changed(gen, changed, first)
	pages := 0
	for name := range out {
		if web.IsPage(name) {
			pages++
		}
	}
	if first {
		m.s.logf("built %s, %s in %v", message.Count{N: pages, EN: "page", VI: "trang"}, files(len(out)), time.Since(m.start).Round(time.Millisecond))
	} else {
		m.s.logf("rebuilt: %s changed in %v", files(len(changed)), time.Since(m.start).Round(time.Millisecond))
	}
	m.s.settled(gen)
}

// swap makes a new map of the served files with the staged changes,
// swaps it in and returns its generation, the paths whose bytes changed
// and the map.
func (m *memory) swap() (int, []string, map[string][]byte) {
	m.ok()
	m.mu.Lock()
	staged, removed := m.staged, m.removed
	m.staged, m.removed = map[string][]byte{}, map[string]bool{}
	m.mu.Unlock()
	prev, _ := m.s.out.snapshot()
	next := make(map[string][]byte, len(prev)+len(staged))
	var changed []string
	for k, v := range prev {
		if removed[k] {
			changed = append(changed, k)
			continue
		}
		next[k] = v
	}
	for out, data := range staged {
		if old, ok := prev[out]; !ok || string(old) != string(data) {
			changed = append(changed, out)
		}
		next[out] = data
	}
	return m.s.out.swap(next, changed), changed, next
}

// files counts n files for the log.
func files(n int) message.Count {
	return message.Count{N: n, EN: "file", VI: "tệp"}
}

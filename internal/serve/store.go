package serve

import (
	"sync"
)

// store holds the built site in memory: output path (as output.Writer
// receives it, such as "san-pham/gao/index.html") to bytes. A rebuild
// makes a new map and swaps it in whole, so a request sees one build.
type store struct {
	mu    sync.RWMutex
	files map[string][]byte
	// gen counts the swaps; changedAt is the gen at which each output
	// path last changed (appeared, changed or disappeared).
	gen       int
	changedAt map[string]int
}

func newStore() *store {
	return &store{files: map[string][]byte{}, changedAt: map[string]int{}}
}

// get returns the bytes of an output path and the generation they belong to.
func (s *store) get(p string) ([]byte, int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	b, ok := s.files[p]
	return b, s.gen, ok
}

// snapshot returns the current map, which must not be changed, and its
// generation.
func (s *store) snapshot() (map[string][]byte, int) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.files, s.gen
}

// swap replaces the map by files, recording changed as the paths that
// differ from the previous map, and returns the new generation.
func (s *store) swap(files map[string][]byte, changed []string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gen++
	s.files = files
	for _, p := range changed {
		s.changedAt[p] = s.gen
	}
	return s.gen
}

// changedSince reports whether output path p changed after generation gen.
func (s *store) changedSince(p string, gen int) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.changedAt[p] > gen
}

// count returns the number of files.
func (s *store) count() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.files)
}

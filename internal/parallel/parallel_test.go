package parallel

import (
	"sync/atomic"
	"testing"
)

// Every iteration runs exactly once, for any n and number of workers.
func TestForEachOnce(t *testing.T) {
	for _, tc := range []struct{ n, workers int }{{0, 4}, {1, 4}, {7, 1}, {1000, 3}, {5, 0}} {
		counts := make([]atomic.Int32, tc.n)
		Workers(tc.n, tc.workers, func(i int) { counts[i].Add(1) })
		for i := range counts {
			if got := counts[i].Load(); got != 1 {
				t.Fatalf("n=%d workers=%d: iteration %d ran %d times", tc.n, tc.workers, i, got)
			}
		}
	}
	var sum atomic.Int64
	For(100, func(i int) { sum.Add(int64(i)) })
	if sum.Load() != 4950 {
		t.Errorf("For(100) summed %d, want 4950", sum.Load())
	}
}

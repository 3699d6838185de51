// Package parallel runs the iterations of a loop on every core. It is the
// one place the pipeline's steps (loading records, preparing and rendering
// pages, printing brochures, writing synthetic catalogs) spread work over
// goroutines; each step keeps its results in slices indexed by iteration,
// so what it returns does not depend on scheduling.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls f(0) … f(n-1), each once, on runtime.GOMAXPROCS(0) goroutines
// (fewer when n is smaller), and returns when every call has returned.
// Iterations are handed out in order as goroutines become free, so a slow
// one does not hold back the rest. f must be safe to call concurrently.
func For(n int, f func(i int)) {
	Workers(n, runtime.GOMAXPROCS(0), f)
}

// Workers is For on the given number of goroutines (at least 1, at most
// n, whatever workers says): more than the cores when calls block in system calls, such as file
// writes.
func Workers(n, workers int, f func(i int)) {
	if n < 1 {
		return
	}
	workers = max(1, min(workers, n))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		}()
	}
	wg.Wait()
}

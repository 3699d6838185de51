//go:build !unix

package serve

import "errors"

// mkfifo makes a named pipe at p, which this system cannot.
func mkfifo(p string) error { return errors.New("no named pipes on this system") }

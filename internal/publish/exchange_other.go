//go:build !linux

package publish

import "errors"

// errNoExchange reports that there is no atomic exchange of two folders.
var errNoExchange = errors.New("no atomic exchange")

// exchange is not available here; Commit falls back to two renames.
func exchange(a, b string) error { return errNoExchange }

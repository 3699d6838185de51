//go:build !unix

package publish

import "os"

// lock opens dir; there is no advisory lock here, so a leftover folder of
// a build that is still running elsewhere may be taken for one of a build
// that was stopped.
func lock(dir string) (*os.File, bool, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, false, err
	}
	return f, true, nil
}

package build

import "github.com/namdinh-ocop/ocop/internal/catalog"

// unreadable returns the paths that ds already reports as a whole
// (errors without a line: a file that is a link out of the site, a
// named pipe, too large, …), so that a record naming such a file is not
// told, besides, that the file does not exist.
func unreadable(ds catalog.Diagnostics) map[string]bool {
	m := map[string]bool{}
	for _, d := range ds {
		if d.Severity == catalog.Error && d.Pos.Line == 0 {
			m[d.Pos.Path] = true
		}
	}
	return m
}

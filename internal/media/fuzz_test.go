package media

import (
	"io/fs"
	"os"
	"strings"
	"testing"
)

// FuzzSVG cleans any input: it never panics, and whatever it publishes
// parses again as XML, holds no element or attribute a published SVG may
// not have (assertClean reads it on its own), and is its own cleaning.
// Seeds: the hostile drawings of TestCleanSVGHostile, the kept ones of
// TestCleanSVGKeeps, the theme's SVGs and testdata/fuzz/FuzzSVG.
func FuzzSVG(f *testing.F) {
	for _, tc := range hostileSVGs {
		f.Add([]byte(tc.svg))
	}
	// The default theme's folder (package themes embeds it, but imports
	// the loader, which imports this package).
	theme := os.DirFS("../../themes/default")
	_ = fs.WalkDir(theme, "assets", func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".svg") {
			b, _ := fs.ReadFile(theme, p)
			f.Add(b)
		}
		return nil
	})
	f.Fuzz(func(t *testing.T, in []byte) {
		out, _, err := CleanSVG(in)
		if err != nil {
			if out != nil {
				t.Errorf("CleanSVG returned output with an error: %v", err)
			}
			return
		}
		assertClean(t, out)
	})
}

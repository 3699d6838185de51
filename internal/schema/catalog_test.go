package schema

import (
	"io/fs"
	"os"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/load"
)

// TestRealCatalog checks every record of the real catalog (content/),
// site.yaml and groups.yaml against the schemas made from it.
func TestRealCatalog(t *testing.T) {
	site := os.DirFS("../..")
	c, _ := load.Content(site)
	schemas := compiled(t, c)
	n := 0
	err := fs.WalkDir(site, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || load.Ignored(d.Name()) {
			return err
		}
		if _, ok := modelOf(p); !ok {
			return nil
		}
		n++
		if err := check(schemas, site, p); err != nil {
			t.Errorf("%s: %v", p, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Fatalf("checked %d files; expected the whole catalog", n)
	}
	t.Logf("%d files checked", n)
}

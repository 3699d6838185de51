package build

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEditMovesFooterDate checks that a Builder re-renders every page
// when an edit of one record moves the day the content last changed
// (catalog.Catalog.Changed), which every page's footer states: a page
// of another record then equals a full build's.
func TestEditMovesFooterDate(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "")
	dir := t.TempDir()
	write := func(rel, text string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	repo := os.DirFS("../..")
	refs, err := fs.Glob(repo, "content/geo/*.yaml")
	if err != nil || len(refs) == 0 {
		t.Fatalf("no geography: %v", err)
	}
	for _, rel := range append(refs, "content/site.yaml", "content/groups.yaml") {
		b, err := fs.ReadFile(repo, rel)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if rel == "content/site.yaml" {
			// The site's own updated: day would hide the records' dates.
			var keep []string
			for _, line := range strings.Split(text, "\n") {
				if !strings.HasPrefix(line, "updated:") {
					keep = append(keep, line)
				}
			}
			text = strings.Join(keep, "\n")
		}
		write(rel, text)
	}
	product := func(name, date string) string {
		return "---\nname: \"" + name + "\"\ngroup: thuc-pham\nstars: 4\ndistrict: \"Hải Hậu\"\ncertificate:\n  date: " + date + "\n---\n\nSản phẩm.\n"
	}
	write("content/products/a.md", product("Gạo tám", "2023-05-01"))
	write("content/products/b.md", product("Nước mắm", "2024-01-10"))
	fsys, err := DirFS(dir)
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Source: fsys, Now: partialNow}
	b := New(opt)
	w := &memSite{files: map[string][]byte{}}
	ctx := context.Background()
	if _, err := b.Run(ctx, nil, w); err != nil {
		t.Fatal(err)
	}
	const other = "san-pham/nuoc-mam/index.html"
	if !strings.Contains(string(w.files[other]), `datetime="2024-01-10"`) {
		t.Fatalf("%s: footer does not give the newest certificate date", other)
	}
	write("content/products/a.md", product("Gạo tám", "2024-11-30"))
	if _, err := b.Run(ctx, []string{"content/products/a.md"}, w); err != nil {
		t.Fatal(err)
	}
	o := opt
	o.Dest = filepath.Join(t.TempDir(), "public")
	if _, err := Site(o); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(o.Dest, filepath.FromSlash(other)))
	if err != nil {
		t.Fatal(err)
	}
	if got := w.files[other]; string(got) != string(want) {
		t.Errorf("%s after the edit differs from a full build's", other)
	}
	if !strings.Contains(string(want), `datetime="2024-11-30"`) {
		t.Errorf("%s: a full build's footer does not give the edited date", other)
	}
}

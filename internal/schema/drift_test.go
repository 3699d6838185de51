package schema

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// TestCommittedFilesCurrent checks that the schemas, frontmatter.json
// and .vscode/settings.json committed for the real catalog are what
// `ocop schema` writes from the model and the content now. When the
// model or the content changes, run `go run ./cmd/ocop schema` and
// commit what it writes.
func TestCommittedFilesCurrent(t *testing.T) {
	root := filepath.Join("..", "..")
	c, _ := load.Content(os.DirFS(root))
	files, err := Files(c, message.VI)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f.Path)))
		if err != nil {
			t.Errorf("%s: %v; run go run ./cmd/ocop schema", f.Path, err)
			continue
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s differs from what ocop schema writes now; run go run ./cmd/ocop schema and commit the result", f.Path)
		}
	}
}

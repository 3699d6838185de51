package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// translated lists the folders whose messages are all translated: every
// format their Go files give to a Diagnostics' Errorf or Warnf, to
// message.Errorf or message.Sprintf, or to the preview's log, has a
// Vietnamese translation taking the same arguments. It is the whole
// program.
var translated = []string{"cmd", "internal", "themes"}

// TestMessagesTranslated reads the source of the folders in translated
// and fails on each message format without a Vietnamese translation.
func TestMessagesTranslated(t *testing.T) {
	n := 0
	for _, dir := range translated {
		for _, f := range formats(t, filepath.Join("..", "..", dir)) {
			n++
			vi, ok := message.Translation(f.format)
			if !ok {
				t.Errorf("%s: %q has no Vietnamese translation (register it in the package's messages_vi.go)", f.pos, f.format)
				continue
			}
			if !reflect.DeepEqual(message.Verbs(f.format), message.Verbs(vi)) {
				t.Errorf("%s: %q takes %q, but its translation %q takes %q", f.pos, f.format, message.Verbs(f.format), vi, message.Verbs(vi))
			}
		}
	}
	if n == 0 {
		t.Fatal("no message formats found: the search for them is broken")
	}
}

type format struct {
	pos    token.Position
	format string
}

// formats returns the message formats written in the Go files (not
// tests) under dir: the string literal given as format to a method
// Errorf or Warnf taking a position first (catalog.Diagnostics), to
// message.Errorf, message.Sprintf, or to a logf (the preview's log).
func formats(t *testing.T, dir string) []format {
	t.Helper()
	var out []format
	fset := token.NewFileSet()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			at := -1
			switch x, _ := sel.X.(*ast.Ident); {
			case x != nil && x.Name == "message" && (sel.Sel.Name == "Errorf" || sel.Sel.Name == "Placeholder"):
				at = 0
			case x != nil && x.Name == "message" && sel.Sel.Name == "Sprintf":
				at = 1
			case x != nil && (x.Name == "fmt" || x.Name == "t" || x.Name == "b" || x.Name == "errors"):
			case sel.Sel.Name == "Errorf" || sel.Sel.Name == "Warnf":
				at = 1
			case sel.Sel.Name == "logf":
				at = 0 // the preview's log (package serve)
			}
			if at < 0 || len(call.Args) <= at {
				return true
			}
			lit, ok := call.Args[at].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Errorf("%s: %v", fset.Position(lit.Pos()), err)
				return true
			}
			out = append(out, format{fset.Position(lit.Pos()), s})
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

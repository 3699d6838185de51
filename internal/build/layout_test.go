package build

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// recordTypes are the record types of package catalog. Outside it, code
// reaches records through catalog.Record and the kinds table.
var recordTypes = map[string]bool{"Product": true, "Producer": true, "Site": true, "Showroom": true, "Fair": true}

// TestNoRecordTypeSwitches fails when Go code outside internal/catalog
// switches on a record's concrete type or asserts it: such code has to
// learn of every new kind of record, where the kinds table would not.
func TestNoRecordTypeSwitches(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			if filepath.ToSlash(p) == filepath.ToSlash(filepath.Join(root, "internal", "catalog")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.TypeSwitchStmt:
				for _, s := range n.Body.List {
					for _, e := range s.(*ast.CaseClause).List {
						if typ, ok := recordType(e); ok {
							t.Errorf("%s: type switch case on *catalog.%s; use catalog.Record, its kind or the kinds table", fset.Position(e.Pos()), typ)
						}
					}
				}
			case *ast.TypeAssertExpr:
				if typ, ok := recordType(n.Type); ok {
					t.Errorf("%s: type assertion to *catalog.%s; use catalog.Record, its kind or the kinds table", fset.Position(n.Pos()), typ)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// recordType returns the name of the record type when e is
// *catalog.<record type>.
func recordType(e ast.Expr) (string, bool) {
	star, ok := e.(*ast.StarExpr)
	if !ok {
		return "", false
	}
	sel, ok := star.X.(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok || pkg.Name != "catalog" || !recordTypes[sel.Sel.Name] {
		return "", false
	}
	return sel.Sel.Name, true
}

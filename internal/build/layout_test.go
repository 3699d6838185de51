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

// outputPrefix is the import path of the packages of the outputs.
const outputPrefix = "github.com/namdinh-ocop/ocop/internal/output/"

// TestOutputsStandAlone fails when a package under internal/output/
// depends, directly or through other packages of the module, on another
// output's package: the build lists the outputs (Outputs), and adding
// one touches no other. Tests are not counted.
func TestOutputsStandAlone(t *testing.T) {
	const module = "github.com/namdinh-ocop/ocop/"
	root := filepath.Join("..", "..")
	imports := map[string][]string{} // package → module packages it imports
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
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, filepath.Dir(p))
		if err != nil {
			return err
		}
		pkg := module + filepath.ToSlash(rel)
		for _, im := range f.Imports {
			if path := strings.Trim(im.Path.Value, `"`); strings.HasPrefix(path, module) {
				imports[pkg] = append(imports[pkg], path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	outputs := 0
	for pkg := range imports {
		own, ok := strings.CutPrefix(pkg, outputPrefix)
		if !ok {
			continue
		}
		outputs++
		// Walk everything pkg depends on in the module.
		seen := map[string]bool{pkg: true}
		via := map[string]string{}
		queue := []string{pkg}
		for len(queue) > 0 {
			p := queue[0]
			queue = queue[1:]
			for _, dep := range imports[p] {
				if seen[dep] {
					continue
				}
				seen[dep] = true
				via[dep] = p
				queue = append(queue, dep)
				if other, ok := strings.CutPrefix(dep, outputPrefix); ok && other != own {
					t.Errorf("%s depends on the output %s (imported by %s); only package build lists the outputs", pkg, dep, via[dep])
				}
			}
		}
	}
	if outputs < 4 {
		t.Errorf("found %d packages under internal/output/, want the outputs", outputs)
	}
}

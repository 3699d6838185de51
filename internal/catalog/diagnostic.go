package catalog

import (
	"fmt"
	"sort"
)

// Severity says whether a Diagnostic fails a build.
type Severity int

const (
	// Error fails `ocop check` and `ocop build`.
	Error Severity = iota
	// Warning is reported but fails only under `ocop check --strict`.
	Warning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Pos is a position in a content file: Path is slash-separated and relative
// to the site's source directory (e.g. "content/products/gao.md"); Line and
// Col count from 1 in the file itself (front matter delimiters included).
// Col counts characters (runes), not bytes. A zero Line means the whole file.
type Pos struct {
	Path string
	Line int
	Col  int
}

// String formats p as path:line:col, path:line or path.
func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.Path
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.Path, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.Path, p.Line, p.Col)
}

// Diagnostic is one problem found in the content, written for content
// editors: Message says what is wrong and what is expected, in lower case
// without a final period.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Message  string
}

// String formats d as "path:line:col: message", with "warning: " before the
// message for warnings.
func (d Diagnostic) String() string {
	if d.Severity == Warning {
		return d.Pos.String() + ": warning: " + d.Message
	}
	return d.Pos.String() + ": " + d.Message
}

// Diagnostics is a list of problems. The zero value is ready to use.
type Diagnostics []Diagnostic

// Errorf appends an error at pos.
func (ds *Diagnostics) Errorf(pos Pos, format string, args ...any) {
	*ds = append(*ds, Diagnostic{Pos: pos, Severity: Error, Message: fmt.Sprintf(format, args...)})
}

// Warnf appends a warning at pos.
func (ds *Diagnostics) Warnf(pos Pos, format string, args ...any) {
	*ds = append(*ds, Diagnostic{Pos: pos, Severity: Warning, Message: fmt.Sprintf(format, args...)})
}

// Count returns the number of errors and warnings.
func (ds Diagnostics) Count() (errors, warnings int) {
	for _, d := range ds {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// HasErrors reports whether any diagnostic is an Error.
func (ds Diagnostics) HasErrors() bool {
	e, _ := ds.Count()
	return e > 0
}

// Sort orders ds by path, line, column, then message, so reports are stable.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Pos.Path != b.Pos.Path {
			return a.Pos.Path < b.Pos.Path
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		return a.Message < b.Message
	})
}

package catalog

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Severity says whether a Diagnostic fails a build.
type Severity int

const (
	// Error fails `ocop check` and `ocop build`.
	Error Severity = iota
	// Warning is reported but fails only under `ocop check --strict`.
	Warning
)

// String returns "error" or "warning", the severity's name in JSON and
// in GitHub's workflow commands.
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Localize returns the severity's label in lang: "lỗi" or "cảnh báo" in
// Vietnamese, "error" or "warning" in English.
func (s Severity) Localize(lang message.Lang) string {
	if lang == message.EN {
		return s.String()
	}
	if s == Warning {
		return "cảnh báo"
	}
	return "lỗi"
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
	path := PrintablePath(p.Path)
	switch {
	case p.Line == 0:
		return path
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", path, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", path, p.Line, p.Col)
}

// PrintablePath returns p with every character that a terminal would not
// show as itself written as a Go escape (a line break as \n, ESC as
// \x1b, a right-to-left override as \u202e), so that a file's name can
// neither split a message over lines nor reach the terminal as a command.
// Other paths come back unchanged.
func PrintablePath(p string) string {
	if !strings.ContainsFunc(p, Invisible) {
		return p
	}
	var b strings.Builder
	for _, r := range p {
		if Invisible(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Invisible reports whether r is a character a file name should not
// hold: a control character (C0, DEL, C1), a line or paragraph separator,
// or a bidirectional override or isolate, which shows text in another
// order than it is stored.
func Invisible(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f, r == 0x2028, r == 0x2029,
		r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0xfeff:
		return true
	}
	return false
}

// Diagnostic is one problem found in the content, written for content
// editors: its message says what is wrong and what is expected, in lower
// case without a final period, in Vietnamese or English (see Text).
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	// Message is the message in English.
	Message string
	// Format is the English fmt format the message was made from, and
	// Args its arguments: Text shows them in either language (see package
	// message). Format is also the problem's kind: reports group warnings
	// by it. Empty for a message made without a format.
	Format string
	Args   []any
}

// Text returns d's message in lang.
func (d Diagnostic) Text(lang message.Lang) string {
	if d.Format == "" {
		return d.Message
	}
	return message.Sprintf(lang, d.Format, d.Args...)
}

// Kind returns what groups d with problems of its kind: its Format, or its
// Message when it has none.
func (d Diagnostic) Kind() string {
	if d.Format != "" {
		return d.Format
	}
	return d.Message
}

// Line formats d for a terminal in lang: "path:line:col: lỗi: message"
// (or "cảnh báo:"; "error:" and "warning:" in English).
func (d Diagnostic) Line(lang message.Lang) string {
	return d.Pos.String() + ": " + d.Severity.Localize(lang) + ": " + d.Text(lang)
}

// String formats d in English as "path:line:col: message", with
// "warning: " before the message for warnings.
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
	*ds = append(*ds, Diagnostic{Pos: pos, Severity: Error, Message: message.Sprintf(message.EN, format, args...), Format: format, Args: args})
}

// Warnf appends a warning at pos.
func (ds *Diagnostics) Warnf(pos Pos, format string, args ...any) {
	*ds = append(*ds, Diagnostic{Pos: pos, Severity: Warning, Message: message.Sprintf(message.EN, format, args...), Format: format, Args: args})
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

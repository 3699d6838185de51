// Package report prints content diagnostics for people and machines: plain
// text for editors at a terminal, JSON for tools, and GitHub Actions
// workflow commands so problems show up on the changed lines of a pull
// request.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// Formats lists the accepted values of --format.
var Formats = []string{"text", "json", "github"}

// Write prints ds to w in the given format ("text", "json" or "github"),
// followed, for text and github, by a summary line. An unknown format is an
// error.
func Write(w io.Writer, format string, ds catalog.Diagnostics) error {
	switch format {
	case "text", "":
		return text(w, ds)
	case "json":
		return jsonOut(w, ds)
	case "github":
		return github(w, ds)
	}
	return fmt.Errorf("unknown format %q; use %s", format, strings.Join(Formats, ", "))
}

func text(w io.Writer, ds catalog.Diagnostics) error {
	for _, d := range ds {
		if _, err := fmt.Fprintln(w, d.String()); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, Summary(ds))
	return err
}

// Summary returns a line such as "2 errors, 5 warnings in 3 files".
func Summary(ds catalog.Diagnostics) string {
	e, wn := ds.Count()
	files := map[string]bool{}
	for _, d := range ds {
		files[d.Pos.Path] = true
	}
	if e == 0 && wn == 0 {
		return "no problems found"
	}
	return fmt.Sprintf("%s, %s in %s", plural(e, "error"), plural(wn, "warning"), plural(len(files), "file"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// jsonDiagnostic is the JSON shape of one diagnostic.
type jsonDiagnostic struct {
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

type jsonReport struct {
	Errors      int              `json:"errors"`
	Warnings    int              `json:"warnings"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
}

func jsonOut(w io.Writer, ds catalog.Diagnostics) error {
	r := jsonReport{Diagnostics: []jsonDiagnostic{}}
	r.Errors, r.Warnings = ds.Count()
	for _, d := range ds {
		r.Diagnostics = append(r.Diagnostics, jsonDiagnostic{
			Path: d.Pos.Path, Line: d.Pos.Line, Column: d.Pos.Col,
			Severity: d.Severity.String(), Message: d.Message,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// github prints workflow commands (::error file=…,line=…,col=…::message).
func github(w io.Writer, ds catalog.Diagnostics) error {
	for _, d := range ds {
		props := "file=" + escapeProp(d.Pos.Path)
		if d.Pos.Line > 0 {
			props += fmt.Sprintf(",line=%d", d.Pos.Line)
		}
		if d.Pos.Col > 0 {
			props += fmt.Sprintf(",col=%d", d.Pos.Col)
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", d.Severity, props, escapeData(d.Message)); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, Summary(ds))
	return err
}

// escapeData and escapeProp follow the GitHub Actions workflow command
// escaping rules.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// Package report prints content diagnostics for people and machines: plain
// text for editors at a terminal, JSON for tools, and GitHub Actions
// workflow commands so problems show up on the changed lines of a pull
// request.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// Formats lists the accepted values of Options.Format.
var Formats = []string{"text", "json", "github"}

// Options say how Write prints.
type Options struct {
	// Format is "text" (the default), "json" or "github".
	Format string
	// Lang is the language of the messages (default Vietnamese).
	Lang message.Lang
	// ErrorsOnly leaves warnings out, counting them in the summary.
	ErrorsOnly bool
}

// Write prints ds to w as o says, followed, for text and github, by a
// summary line. Text lists the errors first, each labelled, then the
// warnings grouped by kind, the largest group first, each group headed by
// its kind and count. An unknown format is an error.
func Write(w io.Writer, ds catalog.Diagnostics, o Options) error {
	if o.Lang == "" {
		o.Lang = message.VI
	}
	shown := ds
	if o.ErrorsOnly {
		shown = nil
		for _, d := range ds {
			if d.Severity == catalog.Error {
				shown = append(shown, d)
			}
		}
	}
	switch o.Format {
	case "text", "":
		return text(w, ds, shown, o)
	case "json":
		return jsonOut(w, shown, o.Lang)
	case "github":
		return github(w, ds, shown, o.Lang)
	}
	return message.Errorf("unknown format %q; use %s", o.Format, message.Or(Formats))
}

func text(w io.Writer, all, ds catalog.Diagnostics, o Options) error {
	var b strings.Builder
	errs, warns := split(ds)
	if len(errs) > 0 {
		b.WriteString(message.Sprintf(o.Lang, "%s, to fix before the site can be built:", errorCount(len(errs))) + "\n")
		for _, d := range errs {
			b.WriteString(d.Line(o.Lang) + "\n")
		}
	}
	if len(warns) > 0 {
		if len(errs) > 0 {
			b.WriteString("\n")
		}
		b.WriteString(message.Sprintf(o.Lang, "%s, by kind:", warningCount(len(warns))) + "\n")
		for _, g := range groups(warns) {
			b.WriteString("\n" + message.Sprintf(o.Lang, "[%d] %s", len(g), message.Placeholder(o.Lang, g[0].Kind())) + "\n")
			for _, d := range g {
				b.WriteString(d.Line(o.Lang) + "\n")
			}
		}
	}
	if len(ds) > 0 {
		b.WriteString("\n")
	}
	b.WriteString(Summary(o.Lang, all))
	if _, hidden := split(all); o.ErrorsOnly && len(hidden) > 0 {
		b.WriteString(message.Sprintf(o.Lang, " (warnings not shown: run without --errors-only to see them)"))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// split returns ds's errors and its warnings, each in ds's order.
func split(ds catalog.Diagnostics) (errs, warns catalog.Diagnostics) {
	for _, d := range ds {
		if d.Severity == catalog.Error {
			errs = append(errs, d)
		} else {
			warns = append(warns, d)
		}
	}
	return errs, warns
}

// groups returns ds grouped by kind, the largest group first (ties in the
// order of their kind's first problem), each in ds's order.
func groups(ds catalog.Diagnostics) []catalog.Diagnostics {
	index := map[string]int{}
	var out []catalog.Diagnostics
	for _, d := range ds {
		i, ok := index[d.Kind()]
		if !ok {
			i = len(out)
			index[d.Kind()] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], d)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func errorCount(n int) message.Count {
	return message.Count{N: n, EN: "error", VI: "lỗi"}
}

func warningCount(n int) message.Count {
	return message.Count{N: n, EN: "warning", VI: "cảnh báo"}
}

// Summary returns a line such as "2 lỗi, 5 cảnh báo trong 3 tệp" (in
// English "2 errors, 5 warnings in 3 files") in lang.
func Summary(lang message.Lang, ds catalog.Diagnostics) string {
	e, wn := ds.Count()
	files := map[string]bool{}
	for _, d := range ds {
		files[d.Pos.Path] = true
	}
	if e == 0 && wn == 0 {
		return message.Sprintf(lang, "no problems found")
	}
	return message.Sprintf(lang, "%s, %s in %s", errorCount(e), warningCount(wn), message.Count{N: len(files), EN: "file", VI: "tệp"})
}

// jsonDiagnostic is the JSON shape of one diagnostic.
type jsonDiagnostic struct {
	Path     string `json:"path"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	// Kind is the problem's kind: the English form of its message, with
	// the verbs its values fill (see catalog.Diagnostic.Kind).
	Kind string `json:"kind"`
}

type jsonReport struct {
	Errors      int              `json:"errors"`
	Warnings    int              `json:"warnings"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
}

func jsonOut(w io.Writer, ds catalog.Diagnostics, lang message.Lang) error {
	r := jsonReport{Diagnostics: []jsonDiagnostic{}}
	r.Errors, r.Warnings = ds.Count()
	for _, d := range ds {
		r.Diagnostics = append(r.Diagnostics, jsonDiagnostic{
			Path: d.Pos.Path, Line: d.Pos.Line, Column: d.Pos.Col,
			Severity: d.Severity.String(), Message: d.Text(lang), Kind: d.Kind(),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// github prints workflow commands (::error file=…,line=…,col=…::message).
func github(w io.Writer, all, ds catalog.Diagnostics, lang message.Lang) error {
	for _, d := range ds {
		props := "file=" + escapeProp(d.Pos.Path)
		if d.Pos.Line > 0 {
			props += fmt.Sprintf(",line=%d", d.Pos.Line)
		}
		if d.Pos.Col > 0 {
			props += fmt.Sprintf(",col=%d", d.Pos.Col)
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", d.Severity, props, escapeData(d.Text(lang))); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, Summary(lang, all))
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

package main

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"

	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/completeness"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/report"
)

// validReportFormat reports whether format is one of "ocop check
// --report", saying which are when it is not.
func validReportFormat(format, lang string, stderr io.Writer) bool {
	if slices.Contains(completeness.Formats, format) {
		return true
	}
	l, _ := message.ParseLang(lang)
	fmt.Fprintf(stderr, "ocop check: %s\n", message.Sprintf(l, "--report --format must be text, csv or json, got %q", format))
	return false
}

// checkReport writes the completeness report of r's catalog ("ocop check
// --report"). It exits 1 when the content has errors, as ocop check
// does: the report then leaves out the records that could not be read,
// which stderr says.
func checkReport(stdout, stderr io.Writer, r *build.Result, lang message.Lang, format, source string) int {
	rep := completeness.Of(r.Catalog)
	path := func(p string) string {
		if source == "." || source == "" {
			return p
		}
		return filepath.ToSlash(filepath.Join(source, filepath.FromSlash(p)))
	}
	if err := completeness.Write(stdout, rep, completeness.Options{Format: format, Lang: lang, Path: path}); err != nil {
		fmt.Fprintf(stderr, "ocop check: %v\n", err)
		return exitUsage
	}
	if r.Diagnostics.HasErrors() {
		fmt.Fprintf(stderr, "ocop check: %s\n", message.Sprintf(lang, "%s; run ocop check without --report to see them (records that cannot be read are not in the report)", report.Summary(lang, r.Diagnostics)))
		return exitContent
	}
	return exitOK
}

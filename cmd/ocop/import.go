package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/namdinh-ocop/ocop/internal/annex"
	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/importer"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/message"
)

const importUsage = `Usage: ocop import FILE.xlsx|FILE.csv --decision NUMBER --date YYYY-MM-DD
                   [--write] [--source DIR] [--source-url URL] [--sheet NAME] [--lang vi|en]

Reads the annex table of an OCOP recognition decision (phụ lục của quyết
định công nhận) and proposes the changes to content/: a new record for
each product and producer the catalog does not have, and for each product
it has, the new stars and certificate. Nothing is written unless --write
is given: first read the list of changes, then run again with --write.

The table may be an Excel workbook (.xlsx) or a CSV file (UTF-8, commas or
semicolons). Its header row is found wherever it is, with or without tone
marks: STT, Tên sản phẩm, Chủ thể (or Tên chủ thể), Địa chỉ, Hạng sao (or
Số sao, Xếp hạng), Nhóm (or Bộ sản phẩm), Huyện, Xã. A section row such as
"I. Huyện Hải Hậu" gives its district to the rows below it. Stars may be
written 4, 4 sao, 4* or ★★★★. Blank rows and total rows are skipped; a row
that cannot be read is listed with its sheet, row and column.

Products and producers are matched by name, ignoring case, tone marks,
extra spaces and, for producers, words such as HTX, Công ty TNHH or Hộ kinh
doanh. A new record gets its file name from its name (as ocop new does); a
name whose file name is taken is listed, never given a suffix. A group is
written only when the annex's group is one group of the criteria in force
on --date (content/groups.yaml), a district or commune only when
content/geo/ has it; otherwise it is left out and the output says so.

For a product the catalog has, stars and certificate (number, date) are
set to the decision's, unless its certificate is newer; what belonged to
the old rating (score, level, status, certificate.valid_until) is removed,
and an empty producer is filled. Any other value that differs (producer,
district) is kept and listed. Descriptions (the text below the front
matter), comments and the order of keys are never changed.

Lines of the output:
  + FILE (new ...)          a new record
  ~ FILE: key: old → new    an update of an existing record
  ! sheet, row: ...         a row that could not be read, or a note
then a summary: rows read, matched, new and updated records.

Exit codes: 0 ok; 1 a row could not be read (the other rows are listed,
and written with --write), or --write on content with errors (fix them
first: ocop check); 2 a wrong flag or a file that cannot be read.

Flags:
`

func cmdImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), importUsage)
		fs.PrintDefaults()
	}
	decision := fs.String("decision", "", "the decision's number, as printed on it, such as 1234/QĐ-UBND (required)")
	dateFlag := fs.String("date", "", "the day the decision was signed, YYYY-MM-DD (required)")
	write := fs.Bool("write", false, "write the changes; without it nothing is written")
	source := fs.String("source", ".", "the site's folder, holding content/")
	sourceURL := fs.String("source-url", "", "the http(s) address where the decision is published, added to sources: of every record written")
	sheet := fs.String("sheet", "", "the sheet of the workbook to read (default: the first sheet with a header row)")
	langFlag := langFlag(fs)
	// The file may come before or after the flags.
	var file string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		file, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return helpOrUsage(err)
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
		if err := fs.Parse(fs.Args()[1:]); err != nil {
			return helpOrUsage(err)
		}
	}
	if !parse(fs, fs.Args()) {
		return exitUsage
	}
	lang, _ := message.ParseLang(*langFlag)
	fail := func(err error) int {
		fmt.Fprintln(stderr, "ocop import: "+message.Text(lang, err))
		return exitUsage
	}
	if file == "" {
		return fail(message.Errorf("give the annex file: ocop import FILE.xlsx --decision 1234/QĐ-UBND --date YYYY-MM-DD"))
	}
	if *decision == "" {
		return fail(message.Errorf("--decision is required: the decision's number, such as 1234/QĐ-UBND"))
	}
	date, err := catalog.ParseDate(*dateFlag)
	if err != nil {
		return fail(message.Errorf("--date must be the day the decision was signed, as YYYY-MM-DD, got %q", *dateFlag))
	}
	if today := catalog.Today(time.Now()); today.Before(date) {
		return fail(message.Errorf("--date %s is in the future; give the day the decision was signed", date))
	}
	if *sourceURL != "" && !httpURL(*sourceURL) {
		return fail(message.Errorf("--source-url must be an http:// or https:// address, got %q", *sourceURL))
	}
	src, err := build.DirFS(*source)
	if err != nil {
		fmt.Fprintf(stderr, "ocop import: %v\n", err)
		return exitUsage
	}
	start := time.Now()
	c, ds := load.Content(src)
	if *langFlag == "" {
		lang = editorLang("", c)
	}
	if errs, _ := ds.Count(); errs > 0 && *write {
		fmt.Fprintln(stderr, "ocop import: "+message.Sprintf(lang, "the content has %s; nothing was written: run ocop check and fix them first", message.Count{N: errs, EN: "error", VI: "lỗi"}))
		return exitContent
	}
	t, err := annex.ReadFile(file, *sheet)
	if err != nil {
		fmt.Fprintln(stderr, "ocop import: "+message.Text(lang, err))
		return exitUsage
	}
	p := importer.Make(c, t.Rows, importer.Options{Decision: *decision, Date: date, SourceURL: *sourceURL})
	for _, ch := range p.Changes {
		fmt.Fprintln(stdout, ch.Text(lang))
	}
	for _, pr := range t.Problems {
		fmt.Fprintln(stdout, "! "+pr.Text(lang))
	}
	for _, n := range p.Notes {
		fmt.Fprintln(stdout, "! "+n.Text(lang))
	}
	if len(t.Unused) > 0 {
		fmt.Fprintln(stdout, message.Sprintf(lang, "columns not read: %s", message.And(t.Unused)))
	}
	fmt.Fprintln(stdout, p.Summary(lang))
	if len(t.Problems) > 0 {
		fmt.Fprintln(stdout, message.Sprintf(lang, "%s could not be read", message.Count{N: len(t.Problems), EN: "row", VI: "dòng"}))
	}
	switch {
	case len(p.Changes) == 0:
		fmt.Fprintln(stdout, message.Sprintf(lang, "nothing to change"))
	case !*write:
		fmt.Fprintln(stdout, message.Sprintf(lang, "nothing was written (a dry run); run again with --write to write these changes"))
	default:
		if err := p.Apply(*source); err != nil {
			fmt.Fprintln(stderr, "ocop import: "+message.Text(lang, err))
			return exitUsage
		}
		fmt.Fprintln(stdout, message.Sprintf(lang, "wrote %s in %d ms; run ocop check to see the records", message.Count{N: len(p.Changes), EN: "file", VI: "tệp"}, time.Since(start).Milliseconds()))
		refreshSchemas(*source, nil, lang, stdout, stderr)
	}
	if len(t.Problems) > 0 || t.Header == 0 {
		return exitContent
	}
	return exitOK
}

// helpOrUsage is the exit code after a flag error: 0 for --help, which
// printed the help, else a usage error.
func helpOrUsage(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

func httpURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

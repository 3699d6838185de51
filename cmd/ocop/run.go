package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/namdinh-ocop/ocop/internal/brochure"
	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/publish"
	"github.com/namdinh-ocop/ocop/internal/report"
	"github.com/namdinh-ocop/ocop/internal/serve"
	"github.com/namdinh-ocop/ocop/internal/synth"
)

// Exit codes.
const (
	exitOK      = 0
	exitContent = 1 // the content has errors (or warnings under --strict)
	exitUsage   = 2 // the command line is wrong, or the tool itself failed
)

const usage = `ocop builds the OCOP catalog website of Nam Định from a content tree.

Usage:
  ocop build [--source DIR] [--dest DIR] [--clean-dest] [--base-url URL] [--brochures] [--lang vi|en]
  ocop check [--source DIR] [--strict] [--format text|json|github] [--errors-only] [--lang vi|en] [PATH...]
  ocop check --report [--source DIR] [--format text|csv|json] [--lang vi|en]
  ocop serve [--source DIR] [--addr 127.0.0.1:1313] [--open] [--lang vi|en]
  ocop brochure [--source DIR] [--dest DIR] (--showroom SLUG | --fair SLUG | --all)
                [--labels] [--include-expired] [--paper A4|A5] [--lang vi|en]
  ocop new product|producer|site|showroom|fair "Name" [--bundle] [--source DIR] [--lang vi|en]
  ocop import FILE.xlsx|FILE.csv --decision NUMBER --date YYYY-MM-DD [--write]
              [--source DIR] [--source-url URL] [--sheet NAME] [--lang vi|en]
  ocop synth --products N [--seed S] --out DIR [--hugo DIR] [--source DIR]
  ocop schema [--source DIR] [--lang vi|en]
  ocop version
  ocop help [command]

Commands:
  build    check the content, then write the site to --dest (default public/
           inside the source folder); nothing is written when the content
           has errors, and the previous site stays as it was
           (print-ready brochure pages go under in-an/; --brochures also
           writes every brochure and label sheet as PDF for download);
           it replaces only a folder that ocop made (it holds a
           .ocop-build file) or an empty one: --clean-dest lets it
           replace another folder, removing everything in it
  check    report every problem in the content as path:line:col: message;
           with --report, list instead what each record still misses
           (photo, stars, price, contact, …), worst first, by district
  serve    preview the site while you edit: serves it from memory (public/
           is not touched), rebuilds what a saved file affects, reloads open
           pages and shows content errors over the page
  brochure write one brochure (or, with --labels, a showroom's shelf
           labels) as a PDF into --dest (default: the current folder);
           products whose certificate has expired are left out unless
           --include-expired (then each carries a badge), and products
           that are not certified are never printed
  new      start a record: write content/<folder>/<id>.md, its ID made
           from the name, from the theme's template archetypes/<kind>.md
           (required keys filled, the others as comments); never writes
           over anything
  import   read the annex table of a recognition decision and list the new
           records and updates it brings; --write writes them (ocop import
           --help explains the table it reads)
  synth    write a synthetic catalog of N products (valid, deterministic
           for a seed) for scale tests, and with --hugo an equivalent Hugo
           site; --source is the site whose site config, groups and
           geography it copies (default: the current folder)
  schema   write the JSON Schemas of the records (schema/), frontmatter.json
           and .vscode/settings.json, so that VS Code checks records as
           they are typed
  version  print the version
  help     print this help

Messages are in Vietnamese; --lang en shows them in English (default:
editor_language of content/site.yaml, else vi). For brochure, --lang is
also the language of the document.

Exit codes: 0 ok, 1 content errors, 2 usage errors.
`

// run is the whole program: it parses args, runs a command and returns the
// exit code. stdout gets results; stderr gets problems and progress.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "build":
		return cmdBuild(rest, stdout, stderr)
	case "check":
		return cmdCheck(rest, stdout, stderr)
	case "serve":
		return cmdServe(rest, stderr)
	case "brochure":
		return cmdBrochure(rest, stdout, stderr)
	case "synth":
		return cmdSynth(rest, stdout, stderr)
	case "new":
		return cmdNew(rest, stdout, stderr)
	case "import":
		return cmdImport(rest, stdout, stderr)
	case "schema":
		return cmdSchema(rest, stdout, stderr)
	case "version", "--version", "-v":
		fmt.Fprintln(stdout, "ocop", version())
		return exitOK
	case "help", "--help", "-h":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "%s\n\n%s", message.Sprintf(message.VI, "ocop: unknown command %q; the commands are build, check, serve, brochure, synth, version and help", cmd), usage)
	return exitUsage
}

func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return strings.TrimSpace(v)
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("ocop "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parse parses flags and rejects stray arguments, saying what is wrong
// in the language of the --lang flag when it is given before the mistake
// (else Vietnamese).
func parse(fs *flag.FlagSet, args []string) bool {
	if !parseFlags(fs, args) {
		return false
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(fs.Output(), message.Sprintf(flagLang(fs), "%s: unexpected argument %q; run ocop help to see the options", fs.Name(), fs.Arg(0)))
		return false
	}
	return checkLangFlag(fs)
}

// parseFlags parses args into fs, saying what is wrong in the editor's
// language (or printing the flags for --help).
func parseFlags(fs *flag.FlagSet, args []string) bool {
	out := fs.Output()
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(out)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(out, "Usage of %s:\n", fs.Name())
			fs.PrintDefaults()
			return false
		}
		fmt.Fprintln(out, flagError(flagLang(fs), fs.Name(), err))
		return false
	}
	return true
}

// checkLangFlag reports whether fs's --lang flag, if it has one, names a
// language, and says so when it does not.
func checkLangFlag(fs *flag.FlagSet) bool {
	if f := fs.Lookup("lang"); f != nil {
		if _, ok := message.ParseLang(f.Value.String()); !ok {
			fmt.Fprintln(fs.Output(), message.Sprintf(flagLang(fs), "%s: --lang must be vi or en, got %q", fs.Name(), f.Value.String()))
			return false
		}
	}
	return true
}

// flagLang returns the language of fs's --lang flag when it is set and
// valid, else Vietnamese: the language of messages written before the
// content is read.
func flagLang(fs *flag.FlagSet) message.Lang {
	if f := fs.Lookup("lang"); f != nil {
		if l, ok := message.ParseLang(f.Value.String()); ok {
			return l
		}
	}
	return message.VI
}

// flagError says in lang what is wrong with the command line of the
// command name, from err, the error of package flag.
func flagError(lang message.Lang, name string, err error) string {
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return message.Sprintf(lang, "%s: unknown option %s; run ocop help to see the options", name, f)
	}
	if f, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return message.Sprintf(lang, "%s: option %s needs a value", name, f)
	}
	return message.Sprintf(lang, "%s: %s", name, msg)
}

// sourceLang returns the language of messages about the site folder
// source, before its content is checked: the --lang flag when set, else
// editor_language of its content/site.yaml when that can be read (as the
// build reads it: a link out of the site is not followed), else
// Vietnamese.
func sourceLang(flag, source string) message.Lang {
	if flag != "" {
		l, _ := message.ParseLang(flag)
		return l
	}
	fsys, err := build.DirFS(source)
	if err != nil {
		return message.VI
	}
	if c, ok := fsys.(io.Closer); ok {
		defer c.Close()
	}
	b, err := fs.ReadFile(fsys, "content/site.yaml")
	if err != nil {
		return message.VI
	}
	var cf struct {
		EditorLanguage string `yaml:"editor_language"`
	}
	if yaml.Unmarshal(b, &cf) != nil {
		return message.VI
	}
	l, _ := message.ParseLang(cf.EditorLanguage)
	return l
}

func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", stderr)
	source := fs.String("source", ".", "the site's folder, holding content/")
	strict := fs.Bool("strict", false, "fail on warnings too")
	format := fs.String("format", "text", "output format: text, json or github")
	errorsOnly := fs.Bool("errors-only", false, "list errors only; warnings are counted in the summary")
	completeness := fs.Bool("report", false, "list what each record misses (the editors' to-do list) instead; --format text, csv or json")
	langFlag := langFlag(fs)
	paths, ok := parseWithArgs(fs, args)
	if !ok {
		return exitUsage
	}
	switch {
	case *completeness:
		if !validReportFormat(*format, *langFlag, stderr) {
			return exitUsage
		}
	case *format == "text", *format == "json", *format == "github":
	default:
		fmt.Fprintln(stderr, message.Sprintf(sourceLang(*langFlag, *source), "ocop check: --format must be text, json or github, got %q", *format))
		return exitUsage
	}
	src, err := build.DirFS(*source)
	if err != nil {
		fmt.Fprintln(stderr, message.Sprintf(sourceLang(*langFlag, *source), "ocop check: %v", err))
		return exitUsage
	}
	r, err := build.Check(build.Options{Source: src})
	if err != nil && !errors.Is(err, build.ErrContent) {
		fmt.Fprintln(stderr, message.Sprintf(sourceLang(*langFlag, *source), "ocop check: %v", err))
		return exitUsage
	}
	ds := r.Diagnostics
	if err == nil {
		ds = append(ds, staleSchemas(*source, r.Catalog)...)
	}
	ds = within(relative(ds, *source), paths)
	lang := editorLang(*langFlag, r.Catalog)
	if *completeness {
		return checkReport(stdout, stderr, r, lang, *format, *source)
	}
	if werr := report.Write(stdout, ds, report.Options{Format: *format, Lang: lang, ErrorsOnly: *errorsOnly}); werr != nil {
		fmt.Fprintln(stderr, message.Sprintf(lang, "ocop check: %v", werr))
		return exitUsage
	}
	errs, warnings := ds.Count()
	if errs > 0 || (*strict && warnings > 0) {
		return exitContent
	}
	return exitOK
}

// parseWithArgs parses fs's flags from args, which may come before, after
// or between the command's other arguments, and returns those arguments.
func parseWithArgs(fs *flag.FlagSet, args []string) ([]string, bool) {
	var pos []string
	for {
		if !parseFlags(fs, args) {
			return nil, false
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	return pos, checkLangFlag(fs)
}

// within returns the diagnostics of ds about the files or folders paths
// name (as given on the command line), or ds when paths is empty: an
// editor checks the records they are working on without the rest.
func within(ds catalog.Diagnostics, paths []string) catalog.Diagnostics {
	if len(paths) == 0 {
		return ds
	}
	var out catalog.Diagnostics
	for _, d := range ds {
		for _, p := range paths {
			p = strings.TrimSuffix(filepath.ToSlash(filepath.Clean(p)), "/")
			if d.Pos.Path == p || strings.HasPrefix(d.Pos.Path, p+"/") {
				out = append(out, d)
				break
			}
		}
	}
	return out
}

func cmdBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", stderr)
	source := fs.String("source", ".", "the site's folder, holding content/")
	dest := fs.String("dest", "", "the output folder (default: public/ in the source folder)")
	baseURL := fs.String("base-url", "", "the address the site is published at (default: base_url of content/site.yaml)")
	brochures := fs.Bool("brochures", false, "also write every brochure and label sheet as PDF into the site")
	cleanDest := fs.Bool("clean-dest", false, "replace the output folder even when ocop did not make it, removing everything in it")
	langFlag := langFlag(fs)
	if !parse(fs, args) {
		return exitUsage
	}
	if *dest == "" {
		*dest = filepath.Join(*source, "public")
	}
	src, err := build.DirFS(*source)
	if err != nil {
		fmt.Fprintln(stderr, message.Sprintf(sourceLang(*langFlag, *source), "ocop build: %v", err))
		return exitUsage
	}
	early := sourceLang(*langFlag, *source)
	home, _ := os.UserHomeDir()
	target, err := build.CheckDest(*source, *dest, build.DestOptions{Home: home, Clean: *cleanDest})
	if err != nil {
		fmt.Fprintln(stderr, message.Sprintf(early, "ocop build: %v", err))
		return exitUsage
	}
	if target.State == publish.Foreign {
		fmt.Fprintln(stderr, message.Sprintf(early, "ocop build: --clean-dest: %s was not made by ocop; a successful build removes all it holds (%s): %s",
			*dest, message.Count{N: target.Total, EN: "top-level entry", ENPlural: "top-level entries", VI: "mục ở cấp trên cùng"}, target.Listing()))
	}
	start := time.Now()
	r, err := build.Site(build.Options{Source: src, Dest: *dest, BaseURL: *baseURL, Brochures: *brochures, CleanDest: *cleanDest})
	lang := early
	if r != nil {
		lang = editorLang(*langFlag, r.Catalog)
		// Errors go to stderr; warnings are counted only, so a build's
		// output stays short (run "ocop check" for the full list).
		var errs catalog.Diagnostics
		for _, d := range relative(r.Diagnostics, *source) {
			if d.Severity == catalog.Error {
				errs = append(errs, d)
			}
		}
		for _, d := range errs {
			fmt.Fprintln(stderr, d.Line(lang))
		}
	}
	switch {
	case errors.Is(err, build.ErrContent):
		fmt.Fprintln(stderr, message.Sprintf(lang, "ocop build: %s; nothing was written (%s is unchanged)", report.Summary(lang, r.Diagnostics), *dest))
		return exitContent
	case err != nil:
		fmt.Fprintln(stderr, message.Sprintf(lang, "ocop build: %v; %s is unchanged", err, *dest))
		return exitUsage
	}
	_, warnings := r.Diagnostics.Count()
	c := r.Catalog
	if *brochures {
		// Documents with nothing to print were not written, nor linked.
		for _, sel := range brochure.Skipped(c) {
			fmt.Fprintln(stderr, message.Sprintf(lang, "ocop build: warning: %s", brochure.Nothing(c, sel)))
		}
	}
	into := *dest
	if target.Link {
		into = message.Sprintf(lang, "%s (a link to %s)", *dest, target.Real)
	}
	ocop := len(c.OCOP(c.Products))
	products := message.Sprintf(lang, "%s", message.Count{N: ocop, EN: "OCOP product", VI: "sản phẩm OCOP"})
	if n := len(c.Products) - ocop; n > 0 {
		products = message.Sprintf(lang, "%s (and %s not certified)", products, message.Count{N: n, EN: "record", VI: "hồ sơ"})
	}
	fmt.Fprint(stdout, message.Sprintf(lang, "built %s (%s) into %s in %d ms; %s, %s, %s, %s, %s",
		message.Count{N: r.Pages, EN: "page", VI: "trang"}, message.Count{N: r.Files, EN: "file", VI: "tệp"},
		into, time.Since(start).Milliseconds(), products,
		message.Count{N: len(c.Producers), EN: "producer", VI: "chủ thể"},
		message.Count{N: len(c.Sites), EN: "tourism site", VI: "điểm du lịch"},
		message.Count{N: len(c.Showrooms), EN: "showroom", VI: "điểm bán"},
		message.Count{N: len(c.Fairs), EN: "fair", VI: "hội chợ"}))
	if warnings > 0 {
		fmt.Fprint(stdout, message.Sprintf(lang, "; %s (run ocop check to list them)", message.Count{N: warnings, EN: "warning", VI: "cảnh báo"}))
	}
	fmt.Fprintln(stdout)
	return exitOK
}

// relative rewrites diagnostic paths so they are relative to the current
// folder when --source is not ".", so editors can click them.
func relative(ds catalog.Diagnostics, source string) catalog.Diagnostics {
	if source == "." || source == "" {
		return ds
	}
	out := make(catalog.Diagnostics, len(ds))
	for i, d := range ds {
		d.Pos.Path = filepath.ToSlash(filepath.Join(source, filepath.FromSlash(d.Pos.Path)))
		out[i] = d
	}
	return out
}

func cmdSynth(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("synth", stderr)
	n := fs.Int("products", 0, "how many products")
	seed := fs.Int64("seed", 1, "the seed; one seed always gives the same tree")
	out := fs.String("out", "", "the folder to write the site into (must be new or empty)")
	hugo := fs.String("hugo", "", "also write an equivalent Hugo site into this folder")
	source := fs.String("source", ".", "the site whose content/site.yaml, groups.yaml and geo/ are copied")
	if !parse(fs, args) {
		return exitUsage
	}
	if *n < 1 || *out == "" {
		fmt.Fprintln(stderr, "ocop synth: --products N (at least 1) and --out DIR are required")
		return exitUsage
	}
	ref, err := build.DirFS(*source)
	if err != nil {
		fmt.Fprintf(stderr, "ocop synth: %v\n", err)
		return exitUsage
	}
	st, err := synth.Write(synth.Options{Products: *n, Seed: *seed, Out: *out, Hugo: *hugo, Reference: ref})
	if err != nil {
		fmt.Fprintf(stderr, "ocop synth: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "wrote %d products, %d producers, %d tourism sites, %d showrooms, %d fairs into %s", st.Products, st.Producers, st.Sites, st.Showrooms, st.Fairs, *out)
	if *hugo != "" {
		fmt.Fprintf(stdout, "; Hugo site (%d pages) into %s", st.HugoPages, *hugo)
	}
	fmt.Fprintln(stdout)
	return exitOK
}

func cmdBrochure(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("brochure", stderr)
	source := fs.String("source", ".", "the site's folder, holding content/")
	dest := fs.String("dest", ".", "the folder to write the PDF into")
	showroom := fs.String("showroom", "", "the showroom (its slug or ID) whose products to print")
	fair := fs.String("fair", "", "the fair (its slug or ID) whose selected products to print")
	all := fs.Bool("all", false, "print the whole catalog")
	labels := fs.Bool("labels", false, "print shelf labels (3 × 8 per A4 page) instead; needs --showroom")
	includeExpired := fs.Bool("include-expired", false, "also print the products whose certificate has expired, each with a badge")
	paper := fs.String("paper", "A4", "paper size: A4 or A5")
	lang := fs.String("lang", "vi", "language: vi or en")
	baseURL := fs.String("base-url", "", "the site address the QR codes open (default: base_url of content/site.yaml)")
	if !parse(fs, args) {
		return exitUsage
	}
	msg := flagLang(fs) // the document's language is the messages' too
	n := 0
	for _, set := range []bool{*showroom != "", *fair != "", *all} {
		if set {
			n++
		}
	}
	switch {
	case n != 1:
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: give exactly one of --showroom SLUG, --fair SLUG or --all"))
		return exitUsage
	case *labels && *showroom == "":
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: --labels needs --showroom SLUG"))
		return exitUsage
	case *paper != "A4" && *paper != "A5":
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: --paper must be A4 or A5, got %q", *paper))
		return exitUsage
	case *lang != "vi" && *lang != "en":
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: --lang must be vi or en, got %q", *lang))
		return exitUsage
	}
	src, err := build.DirFS(*source)
	if err != nil {
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: %v", err))
		return exitUsage
	}
	r, err := build.Check(build.Options{Source: src, BaseURL: *baseURL})
	if r != nil {
		for _, d := range relative(r.Diagnostics, *source) {
			if d.Severity == catalog.Error {
				fmt.Fprintln(stderr, d.Line(msg))
			}
		}
	}
	if errors.Is(err, build.ErrContent) {
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: %s; nothing was written", report.Summary(msg, r.Diagnostics)))
		return exitContent
	} else if err != nil {
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: %v", err))
		return exitUsage
	}
	c := r.Catalog
	sel := brochure.Selection{All: *all, Labels: *labels, IncludeExpired: *includeExpired}
	name := "toan-bo"
	if *showroom != "" {
		for _, s := range c.Showrooms {
			if s.Slug == *showroom || s.ID == *showroom {
				sel.Showroom = s
			}
		}
		if sel.Showroom == nil {
			fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: no showroom %q; showrooms are: %s", *showroom, strings.Join(showroomSlugs(c), ", ")))
			return exitUsage
		}
		name = sel.Showroom.Slug
		if *labels {
			name = "nhan-" + name
		}
	}
	if *fair != "" {
		for _, f := range c.Fairs {
			if f.Slug == *fair || f.ID == *fair {
				sel.Fair = f
			}
		}
		if sel.Fair == nil {
			fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: no fair %q; fairs are: %s", *fair, strings.Join(fairSlugs(c), ", ")))
			return exitUsage
		}
		name = sel.Fair.Slug
	}
	// A document with nothing to print is not written: an empty brochure
	// or label sheet is never handed out.
	if why := brochure.Nothing(c, sel); why != nil {
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: %s; nothing was written", why))
		return exitContent
	}
	opt, err := build.BrochureOptions(src, c, build.Clock(time.Time{}))
	if err != nil {
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: %v", err))
		return exitUsage
	}
	opt.Paper, opt.Lang = *paper, *lang
	pdf, err := brochure.PDF(c, sel, opt)
	if err != nil {
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: %v", err))
		return exitUsage
	}
	if *lang != "vi" {
		name += "-" + *lang
	}
	out := filepath.Join(*dest, name+".pdf")
	if err := os.MkdirAll(*dest, 0o755); err != nil {
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: %v", err))
		return exitUsage
	}
	// Only a file of the PDF's name is written over: never through a
	// link, and never into a named pipe (which would wait for a reader).
	if st, err := os.Lstat(out); err == nil && !st.Mode().IsRegular() {
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: %s is not a file (%s); ocop writes only over a file of that name: move it away or choose another --dest", out, kindOf(st.Mode())))
		return exitUsage
	}
	if err := os.WriteFile(out, pdf, 0o644); err != nil {
		fmt.Fprintln(stderr, message.Sprintf(msg, "ocop brochure: %v", err))
		return exitUsage
	}
	fmt.Fprintln(stdout, message.Sprintf(msg, "wrote %s (%d bytes)", out, len(pdf)))
	return exitOK
}

// kindOf names what a non-regular file is, for messages.
func kindOf(m fs.FileMode) message.Words {
	switch {
	case m.IsDir():
		return message.Words{VI: "một thư mục", EN: "a folder"}
	case m&fs.ModeSymlink != 0:
		return message.Words{VI: "một liên kết", EN: "a link"}
	case m&fs.ModeNamedPipe != 0:
		return message.Words{VI: "một đường ống có tên", EN: "a named pipe"}
	}
	return message.Words{VI: "một tệp đặc biệt", EN: "a special file"}
}

func fairSlugs(c *catalog.Catalog) []string {
	var out []string
	for _, f := range c.Fairs {
		out = append(out, f.Slug)
	}
	return out
}

func showroomSlugs(c *catalog.Catalog) []string {
	var out []string
	for _, s := range c.Showrooms {
		out = append(out, s.Slug)
	}
	return out
}

// langFlag adds the --lang flag of the commands that speak to editors.
func langFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "", "language of messages: vi (default) or en; default: editor_language of content/site.yaml, else vi")
}

// editorLang returns the language of messages: flag when set (already
// checked by parse), else the site's editor_language, else Vietnamese.
func editorLang(flag string, c *catalog.Catalog) message.Lang {
	if flag != "" {
		l, _ := message.ParseLang(flag)
		return l
	}
	if c != nil {
		if l, ok := message.ParseLang(c.Config.EditorLanguage); ok {
			return l
		}
	}
	return message.VI
}

func cmdServe(args []string, stderr io.Writer) int {
	fs := newFlags("serve", stderr)
	source := fs.String("source", ".", "the site's folder, holding content/")
	addr := fs.String("addr", serve.DefaultAddr, "the address to listen on; loopback unless you mean to share the preview")
	open := fs.Bool("open", false, "open the preview in the browser")
	langFlag := langFlag(fs)
	if !parse(fs, args) {
		return exitUsage
	}
	lang := sourceLang(*langFlag, *source)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve.Run(ctx, serve.Options{Source: *source, Addr: *addr, Open: *open, Log: stderr, Lang: lang}); err != nil {
		fmt.Fprintln(stderr, message.Sprintf(lang, "ocop serve: %v", err))
		return exitUsage
	}
	return exitOK
}

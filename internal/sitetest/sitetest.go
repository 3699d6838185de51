// Package sitetest runs site cases written as data: each case is a txtar
// archive holding a few files of a site, the ocop command to run on it and
// what that command must give. A case runs in the test's own process,
// through package build, as `ocop check` or `ocop build` would run it.
//
// # The site of a case
//
// A case's site is a base site with the archive's files on top. The base is
// the repository's own content/site.yaml, content/groups.yaml and
// content/geo/ (the real site config, groups and geography), unless the
// runner names a folder of its own instead (Options.Base: a site on disk,
// which can hold photos, as a text archive cannot). The archive's files
// under content/ and themes/ are added to it; one at a path the base also
// has replaces the base's file. Every file of an archive ends in a newline
// (txtar adds one) and is text: a case about other bytes stays a Go test.
//
// # Sections
//
// The archive's comment (the text before the first file) says what the case
// is about. Besides the site's files, an archive holds these sections, and
// any other name is an error:
//
//	-- cmd --                  one line: check or build, then flags
//	-- want/exit --            the exit code ocop would give: 0 ok, 1 content
//	                           errors (or warnings under --strict), 2 a failure
//	-- want/diagnostics --     every diagnostic, one a line, exactly as ocop
//	                           prints it (path:line:col: message); check prints
//	                           warnings too, build and check --errors only errors
//	-- want/page/PATH --       the exact bytes of the output file PATH
//	-- want/contains/PATH --   lines that must each occur in the output file PATH
//
// A case without a cmd section runs `check`. Flags of check: --strict (fail
// on warnings, as ocop's own flag) and --errors (list errors only). Flags of
// build: --base-url URL and --brochures, as ocop's own; want/page and
// want/contains need build. Every case runs on the same day (Options.Now).
//
// With Options.Update the want/exit, want/diagnostics and want/page
// sections are rewritten from what the command gave (want/contains is kept:
// which lines matter is the case's choice); read the diff before
// committing. A failure names the archive and the section and shows what
// the command gave before what the case wants.
//
// # Where the runners live
//
// This package imports build, which imports every step of the pipeline, so
// a package of the pipeline cannot import it from its own (internal)
// tests. The cases of such a package live in its testdata and are run from
// its external test package (package catalog_test for internal/catalog),
// which may import sitetest: an external test package is outside the
// import graph the package itself is part of.
package sitetest

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// Options configure a run of the cases of one folder. The zero value runs
// them on the repository's base site.
type Options struct {
	// Base is a folder (relative to the test's folder) whose files are the
	// base site; "" means the repository's content/site.yaml,
	// content/groups.yaml and content/geo/.
	Base string
	// Now is the instant every case runs at; zero means noon of
	// 2026-11-29 in Vietnam.
	Now time.Time
	// Update rewrites the want sections from what the commands gave.
	Update bool
}

// Section names.
const (
	secCmd         = "cmd"
	secExit        = "want/exit"
	secDiagnostics = "want/diagnostics"
	prefixPage     = "want/page/"
	prefixContains = "want/contains/"
)

// Run runs every *.txtar case of dir as a subtest named after its file.
func Run(t *testing.T, dir string, opt Options) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("%s: no .txtar cases", dir)
	}
	base, err := baseSite(opt.Base)
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got, err := runCase(a, base, opt.Now, t.TempDir())
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			if opt.Update {
				if update(a, got) {
					if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				return
			}
			for _, f := range compare(a, got) {
				t.Errorf("%s: %s", file, f)
			}
		})
	}
}

// result is what a case's command gave.
type result struct {
	exit        int
	diagnostics []string
	err         error             // a failure (exit 2), for the log
	out         string            // the output folder of a build, "" for check
	pages       map[string][]byte // the output files a want section names
}

// command is a parsed cmd section.
type command struct {
	name           string // "check" or "build"
	strict, errors bool
	baseURL        string
	brochures      bool
}

func parseCmd(a *txtar.Archive) (command, error) {
	line := "check"
	for _, f := range a.Files {
		if f.Name == secCmd {
			line = strings.TrimSpace(string(f.Data))
		}
	}
	args := strings.Fields(line)
	if len(args) == 0 || strings.Contains(line, "\n") {
		return command{}, fmt.Errorf("%s: want one line, check or build with flags, got %q", secCmd, line)
	}
	c := command{name: args[0]}
	fl := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fl.SetOutput(new(bytes.Buffer))
	switch c.name {
	case "check":
		fl.BoolVar(&c.strict, "strict", false, "fail on warnings too")
		fl.BoolVar(&c.errors, "errors", false, "list errors only")
	case "build":
		fl.StringVar(&c.baseURL, "base-url", "", "the site's address")
		fl.BoolVar(&c.brochures, "brochures", false, "also write brochures")
	default:
		return command{}, fmt.Errorf("%s: want check or build, got %q", secCmd, c.name)
	}
	if err := fl.Parse(args[1:]); err != nil {
		return command{}, fmt.Errorf("%s: %v", secCmd, err)
	}
	if fl.NArg() > 0 {
		return command{}, fmt.Errorf("%s: unexpected argument %q", secCmd, fl.Arg(0))
	}
	return c, nil
}

// runCase builds the case's site, runs its command and reads the output
// files its want sections name. out is an empty folder for a build.
func runCase(a *txtar.Archive, base map[string][]byte, now time.Time, out string) (*result, error) {
	cmd, err := parseCmd(a)
	if err != nil {
		return nil, err
	}
	site := fstest.MapFS{}
	for p, b := range base {
		site[p] = &fstest.MapFile{Data: b, Mode: 0o644}
	}
	var wanted []string
	for _, f := range a.Files {
		switch {
		case f.Name == secCmd || f.Name == secExit || f.Name == secDiagnostics:
		case strings.HasPrefix(f.Name, prefixPage), strings.HasPrefix(f.Name, prefixContains):
			if cmd.name != "build" {
				return nil, fmt.Errorf("%s: an output file needs cmd build", f.Name)
			}
			p, ok := strings.CutPrefix(f.Name, prefixPage)
			if !ok {
				p = strings.TrimPrefix(f.Name, prefixContains)
			}
			if !fs.ValidPath(p) {
				return nil, fmt.Errorf("%s: %q is not a path inside the output folder", f.Name, p)
			}
			wanted = append(wanted, p)
		case strings.HasPrefix(f.Name, "content/"), strings.HasPrefix(f.Name, "themes/"):
			if !fs.ValidPath(f.Name) {
				return nil, fmt.Errorf("%s: not a clean slash-separated path", f.Name)
			}
			site[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
		default:
			return nil, fmt.Errorf("unknown section %q; want a file under content/ or themes/, %s, %s, %s, %sPATH or %sPATH",
				f.Name, secCmd, secExit, secDiagnostics, prefixPage, prefixContains)
		}
	}
	if now.IsZero() {
		now = time.Date(2026, 11, 29, 12, 0, 0, 0, catalog.Vietnam)
	}
	r := &result{}
	opt := build.Options{Source: site, Now: now}
	var res *build.Result
	switch cmd.name {
	case "check":
		res, err = build.Check(opt)
	case "build":
		r.out = filepath.Join(out, "public")
		opt.Dest, opt.BaseURL, opt.Brochures = r.out, cmd.baseURL, cmd.brochures
		res, err = build.Site(opt)
	}
	switch {
	case errors.Is(err, build.ErrContent):
		r.exit = 1
	case err != nil:
		r.exit, r.err = 2, err
	}
	if res != nil {
		errorsOnly := cmd.errors || cmd.name == "build"
		for _, d := range res.Diagnostics {
			if !errorsOnly || d.Severity == catalog.Error {
				r.diagnostics = append(r.diagnostics, d.String())
			}
		}
		if _, warnings := res.Diagnostics.Count(); r.exit == 0 && cmd.strict && warnings > 0 {
			r.exit = 1
		}
	}
	if r.out != "" && r.exit == 0 {
		r.pages = map[string][]byte{}
		for _, p := range wanted {
			if b, err := os.ReadFile(filepath.Join(r.out, filepath.FromSlash(p))); err == nil {
				r.pages[p] = b
			}
		}
	}
	return r, nil
}

// compare returns one line for each want section r does not meet, each
// naming the section, with what the command gave before what is wanted.
func compare(a *txtar.Archive, r *result) []string {
	var fails []string
	wantExit := 0
	for _, f := range a.Files {
		if f.Name == secExit {
			n, err := strconv.Atoi(strings.TrimSpace(string(f.Data)))
			if err != nil {
				return []string{fmt.Sprintf("%s: want a number, got %q", secExit, f.Data)}
			}
			wantExit = n
		}
	}
	if r.exit != wantExit {
		msg := fmt.Sprintf("%s: got %d, want %d", secExit, r.exit, wantExit)
		if r.err != nil {
			msg += " (" + r.err.Error() + ")"
		}
		fails = append(fails, msg)
	}
	var wantDiags string
	for _, f := range a.Files {
		if f.Name == secDiagnostics {
			wantDiags = string(f.Data)
		}
	}
	if got := lines(r.diagnostics); got != wantDiags {
		fails = append(fails, fmt.Sprintf("%s:\ngot:\n%swant:\n%s", secDiagnostics, got, wantDiags))
	}
	for _, f := range a.Files {
		switch {
		case strings.HasPrefix(f.Name, prefixPage):
			p := strings.TrimPrefix(f.Name, prefixPage)
			got, ok := r.pages[p]
			switch {
			case !ok:
				fails = append(fails, fmt.Sprintf("%s: got no file %s in the output, want %d bytes", f.Name, p, len(f.Data)))
			case !bytes.Equal(got, f.Data):
				fails = append(fails, fmt.Sprintf("%s:\ngot:\n%s\nwant:\n%s", f.Name, got, f.Data))
			}
		case strings.HasPrefix(f.Name, prefixContains):
			p := strings.TrimPrefix(f.Name, prefixContains)
			got, ok := r.pages[p]
			if !ok {
				fails = append(fails, fmt.Sprintf("%s: got no file %s in the output", f.Name, p))
				continue
			}
			for _, s := range strings.Split(strings.TrimSuffix(string(f.Data), "\n"), "\n") {
				if s != "" && !bytes.Contains(got, []byte(s)) {
					fails = append(fails, fmt.Sprintf("%s: got %s without the line %q", f.Name, p, s))
				}
			}
		}
	}
	return fails
}

// update rewrites a's want sections from r and reports whether any
// changed. A want/exit of 0 and an empty want/diagnostics are left out
// when the archive has none.
func update(a *txtar.Archive, r *result) bool {
	before := txtar.Format(a)
	set := func(name, data string, omit bool) {
		for i, f := range a.Files {
			if f.Name == name {
				a.Files[i].Data = []byte(data)
				return
			}
		}
		if !omit {
			a.Files = append(a.Files, txtar.File{Name: name, Data: []byte(data)})
		}
	}
	set(secExit, strconv.Itoa(r.exit)+"\n", r.exit == 0)
	set(secDiagnostics, lines(r.diagnostics), len(r.diagnostics) == 0)
	for i, f := range a.Files {
		if p, ok := strings.CutPrefix(f.Name, prefixPage); ok {
			if b, ok := r.pages[p]; ok {
				a.Files[i].Data = b
			}
		}
	}
	return !bytes.Equal(before, txtar.Format(a))
}

func lines(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return strings.Join(ss, "\n") + "\n"
}

// baseSite reads the base site: every file of the folder dir, or with dir
// "" the repository's site config, groups and geography.
func baseSite(dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	if dir != "" {
		fsys := os.DirFS(dir)
		err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if !strings.HasPrefix(p, "content/") && !strings.HasPrefix(p, "themes/") {
				return fmt.Errorf("%s: %s is not a file of a site (under content/ or themes/)", dir, p)
			}
			b, err := fs.ReadFile(fsys, p)
			files[p] = b
			return err
		})
		return files, err
	}
	root, err := moduleRoot()
	if err != nil {
		return nil, err
	}
	geo, err := filepath.Glob(filepath.Join(root, "content", "geo", "*.yaml"))
	if err != nil {
		return nil, err
	}
	names := []string{"content/site.yaml", "content/groups.yaml"}
	for _, g := range geo {
		names = append(names, path.Join("content/geo", filepath.Base(g)))
	}
	slices.Sort(names)
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(n)))
		if err != nil {
			return nil, err
		}
		files[n] = b
	}
	return files, nil
}

// moduleRoot returns the nearest folder holding go.mod, from the current
// folder (a test's package folder) up.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod above the current folder")
		}
		dir = up
	}
}

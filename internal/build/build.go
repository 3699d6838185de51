// Package build runs the site pipeline in the order its steps are named:
// load the content tree, validate it, render every page, and publish the
// result to the output folder atomically. Each step wraps its errors with
// its name. Content problems are not Go errors: they come back as
// diagnostics, and when any is an error nothing is written.
package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/namdinh-ocop/ocop/internal/brochure"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/output/kiosk"
	"github.com/namdinh-ocop/ocop/internal/output/searchindex"
	"github.com/namdinh-ocop/ocop/internal/output/sitemap"
	"github.com/namdinh-ocop/ocop/internal/output/web"
	"github.com/namdinh-ocop/ocop/internal/publish"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/sitefs"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Options configure one run. The zero value of every field but Source has
// a sensible default.
type Options struct {
	// Source is the site's root folder (holding content/ and optionally
	// themes/).
	Source fs.FS
	// Dest is the output folder on disk; "" means only check.
	Dest string
	// BaseURL overrides the site config's base_url when not "".
	BaseURL string
	// Now is the instant certificates are checked against and the date
	// brochures are printed on; zero means Clock's.
	Now time.Time
	// Brochures also writes every brochure and label sheet into the site,
	// as print-ready HTML pages and as PDF.
	Brochures bool
	// CleanDest allows replacing a Dest that is a non-empty folder ocop
	// did not make (see CheckDest); without it such a folder is refused.
	CleanDest bool
}

// Result reports what a run found and did.
type Result struct {
	Catalog     *catalog.Catalog
	Diagnostics catalog.Diagnostics
	// Pages and Files count what was written (0 when nothing was).
	Pages, Files int
	// Quick says a Builder's run wrote and flushed the changed records'
	// own pages before the rest.
	Quick bool
}

// ErrContent is returned when the content has errors; the diagnostics are
// in the Result.
var ErrContent = errors.New("content has errors")

// Check loads and validates the site without writing anything.
func Check(opt Options) (*Result, error) {
	r, _, err := check(opt)
	return r, err
}

// check is Check; it also returns the problems found while reading the
// files, before validation, which a Builder keeps by file.
func check(opt Options) (*Result, catalog.Diagnostics, error) {
	c, ds := load.Content(opt.Source)
	if opt.BaseURL != "" {
		if _, err := urls.ParseBase(opt.BaseURL); err != nil {
			return &Result{Catalog: c, Diagnostics: ds}, nil, message.Errorf("--base-url: %w", err)
		}
		c.Config.BaseURL = opt.BaseURL
	}
	now := Clock(opt.Now)
	c.Today = catalog.Today(now)
	if t, ok := sourceDateEpoch(); ok {
		c.SourceDate = catalog.Today(t)
	}
	ds = append(ds, load.CheckFiles(opt.Source, "themes")...)
	loaded := slices.Clone(ds)
	ds = append(ds, validate(c, opt.Source, now, loaded)...)
	ds.Sort()
	r := &Result{Catalog: c, Diagnostics: ds}
	if ds.HasErrors() {
		return r, loaded, ErrContent
	}
	return r, loaded, nil
}

// Clock returns now when it is set; else the instant SOURCE_DATE_EPOCH
// gives (whole seconds since 1970 UTC, the reproducible-builds
// convention), so two builds of the same content on different days are
// byte-identical; else time.Now(). A SOURCE_DATE_EPOCH that is not a
// number is ignored.
func Clock(now time.Time) time.Time {
	if !now.IsZero() {
		return now
	}
	if t, ok := sourceDateEpoch(); ok {
		return t
	}
	return time.Now()
}

// sourceDateEpoch returns the instant SOURCE_DATE_EPOCH gives and true,
// or false when it is unset or not a number. The day of that instant is
// the date the pages' footers give as the content's last change
// (catalog.Catalog.Changed).
func sourceDateEpoch() (time.Time, bool) {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0), true
		}
	}
	return time.Time{}, false
}

// validate returns the problems of the linked catalog c read from
// source, checked on now's date: the rules of every record and a theme
// the site names but does not have. loaded are the problems found while
// reading the files; an unreadable file gets no second message.
func validate(c *catalog.Catalog, source fs.FS, now time.Time, loaded catalog.Diagnostics) catalog.Diagnostics {
	reported := unreadable(loaded)
	ds := c.Validate(catalog.CheckOptions{
		Today:    catalog.Today(now),
		Reported: func(p string) bool { return reported[p] },
		Files:    source,
	})
	if name := c.Config.Theme; name != "" && !reported["themes/"+name] {
		if st, err := fs.Stat(source, "themes/"+name); err != nil || !st.IsDir() {
			ds.Errorf(c.Config.At("theme"), "theme %q has no folder themes/%s/ in the site; create it or remove theme: to use the default theme", name, name)
		}
	}
	return ds
}

// Site runs the whole pipeline: load, validate, render, publish, as one
// run of a Builder (the live preview's builds are its later runs). On a
// content error or a render failure the previous output is left
// untouched; the output folder is opened (publish.Begin) only once the
// content is known to be good.
func Site(opt Options) (*Result, error) {
	w := &published{dest: opt.Dest, opt: publish.Options{Replace: opt.CleanDest}}
	r, err := New(opt).Run(context.Background(), nil, w)
	if err != nil {
		w.abort()
		return r, err
	}
	if err := w.dir.Commit(); err != nil {
		w.abort()
		return r, err
	}
	return r, nil
}

// published is the Writer of Site: a new output folder, begun when the
// Builder opens it.
type published struct {
	dest string
	opt  publish.Options
	dir  *publish.Dir
}

// Open begins the output folder.
func (p *published) Open() error {
	d, err := publish.Begin(p.dest, p.opt)
	p.dir = d
	return err
}

// WriteFile writes a file of the new output.
func (p *published) WriteFile(name string, data []byte) error { return p.dir.WriteFile(name, data) }

// Remove is never called on a first run, which has written nothing
// before.
func (p *published) Remove(name string) error {
	return fmt.Errorf("%s: a first build has nothing to remove", name)
}

// Flush does nothing: the output becomes visible on Commit.
func (p *published) Flush() error { return nil }

// abort discards the new output, if it was begun.
func (p *published) abort() {
	if p.dir != nil {
		p.dir.Abort()
	}
}

// Outputs returns the outputs of a build, in the order they run: the
// pages (with the theme's assets and the records' photos), the search
// index, the kiosks, the print documents when print is set, and the
// sitemap, which lists the pages of the outputs before it. The pages
// (web.Web) always come first, so that a development server rendering
// them with web.Incremental runs the rest, Outputs(false)[1:], after.
// Adding an output is adding it here.
func Outputs(print bool) []output.Output {
	outs := []output.Output{web.Web{}, searchindex.Index{}, kiosk.Kiosks{}}
	if print {
		outs = append(outs, brochure.Print{})
	}
	return append(outs, sitemap.Sitemap{})
}

// Stats counts the files a build wrote.
type Stats struct {
	// Pages is the number of the site's pages written (web.IsPage):
	// neither the kiosks nor the print documents are counted.
	Pages int
	// Files is the number of all files written.
	Files int
	// Kiosks is the number of kiosks written (their index.html files).
	Kiosks int
}

// Render prepares the site of c (linked and valid) with opt
// (site.Prepare) and writes the files of Outputs(opt.Print) into w, in
// order, with the jobs of each output run on 4 × runtime.GOMAXPROCS(0)
// goroutines (more than cores, so that a file's write overlaps the making
// of others). An output that does not read prior jobs is planned while
// the jobs of the outputs before it run: the search index is built while
// the pages render. No two files of all the outputs may share an output
// path. The same inputs always give byte-identical files.
func Render(c *catalog.Catalog, opt site.Options, w output.Writer) (Stats, error) {
	s, err := site.Prepare(c, opt)
	if err != nil {
		return Stats{}, err
	}
	outs := Outputs(opt.Print)
	jobs, err := run(context.Background(), s, outs, w, 4*runtime.GOMAXPROCS(0))
	if err != nil {
		return Stats{}, err
	}
	var st Stats
	for i, o := range outs {
		st.Files += len(jobs[i])
		if _, ok := o.(brochure.Print); ok {
			continue // print-ready pages are documents, not pages of the site
		}
		for _, j := range jobs[i] {
			switch {
			case web.IsPage(j.Out):
				st.Pages++
			case strings.HasPrefix(j.Out, "kiosk/") && strings.HasSuffix(j.Out, "/index.html"):
				st.Kiosks++
			}
		}
	}
	return st, nil
}

// run plans the outputs outs of s in order and runs the jobs of each
// into w on workers goroutines before the next one's run (see plans).
// It returns the jobs of each output.
func run(ctx context.Context, s *site.Site, outs []output.Output, w output.Writer, workers int) ([][]output.Job, error) {
	p := startPlans(s, outs, nil)
	defer p.wait()
	per := make([][]output.Job, len(outs))
	for i := range outs {
		jobs, err := p.next(i)
		if err != nil {
			return nil, err
		}
		if err := output.Run(ctx, jobs, w, workers); err != nil {
			return nil, err
		}
		per[i] = jobs
	}
	return per, nil
}

// plans plans outputs in order. Outputs without output.NeedsPrior are
// planned at once, each on a goroutine of its own, so that the search
// index is built while the pages render; the others are planned with
// every job before them.
type plans struct {
	s     *site.Site
	outs  []output.Output
	early []chan planned
	// all are the jobs planned so far, those given to startPlans first.
	all []output.Job
}

// planned is what an output's Plan returned.
type planned struct {
	jobs []output.Job
	err  error
}

// startPlans starts planning outs of s, after the jobs prior of the
// outputs before them.
func startPlans(s *site.Site, outs []output.Output, prior []output.Job) *plans {
	p := &plans{s: s, outs: outs, early: make([]chan planned, len(outs)), all: prior}
	for i, o := range outs {
		if o.Needs()&output.NeedsPrior == 0 {
			ch := make(chan planned, 1)
			p.early[i] = ch
			go func() {
				jobs, err := o.Plan(s, nil)
				ch <- planned{jobs, err}
			}()
		}
	}
	return p
}

// wait waits for the plans started and not yet taken by next: a run cut
// short returns only once nothing it started still reads the site, which
// the next run may change.
func (p *plans) wait() {
	for i, ch := range p.early {
		if ch != nil {
			<-ch
			p.early[i] = nil
		}
	}
}

// next returns the jobs of output i, which must follow i-1: errors of
// planning are wrapped with the output's name, and two files of one
// output path among all jobs so far are an error.
func (p *plans) next(i int) ([]output.Job, error) {
	o := p.outs[i]
	var pl planned
	if p.early[i] != nil {
		pl = <-p.early[i]
		p.early[i] = nil
	} else {
		pl.jobs, pl.err = o.Plan(p.s, p.all)
	}
	if pl.err != nil {
		return nil, fmt.Errorf("%s: %w", o.Name(), pl.err)
	}
	p.all = append(p.all, pl.jobs...)
	if err := output.CheckPaths(p.all); err != nil {
		return nil, err
	}
	return pl.jobs, nil
}

// DirFS returns the source folder as an fs.FS that reads only regular
// files inside it (package sitefs; files over load.MaxFileSize are
// refused), checking that the folder exists and holds a content/ folder.
func DirFS(dir string) (fs.FS, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, message.Errorf("source folder %s: %w", dir, errors.Unwrap(err))
	}
	if !st.IsDir() {
		return nil, message.Errorf("source %s is not a folder", dir)
	}
	if st, err := os.Stat(filepath.Join(dir, "content")); err != nil || !st.IsDir() {
		return nil, message.Errorf("%s has no content/ folder; run ocop in the site's folder or give --source", dir)
	}
	return sitefs.Open(dir, load.MaxFileSize)
}

// BrochureOptions returns the options brochures of c are made with: the
// site's base URL and theme, photos read from source, printed on now's
// date in Vietnam, A4, Vietnamese.
func BrochureOptions(source fs.FS, c *catalog.Catalog, now time.Time) (brochure.Options, error) {
	base, err := urls.ParseBase(c.Config.BaseURL)
	if err != nil {
		return brochure.Options{}, err
	}
	theme, err := themes.Layered(source, c.Config.Theme)
	if err != nil {
		return brochure.Options{}, fmt.Errorf("theme: %w", err)
	}
	return brochure.Options{Base: base, Theme: theme, Content: source, Printed: catalog.Today(now), Paper: "A4", Lang: "vi"}, nil
}

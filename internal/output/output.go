// Package output defines the files an output of the build makes, as jobs,
// and runs those jobs into a Writer.
package output

import (
	"context"
	"fmt"
	"sync/atomic"

	"github.com/namdinh-ocop/ocop/internal/parallel"
	"github.com/namdinh-ocop/ocop/internal/site"
)

// Output is one kind of files the build makes from the prepared site, such
// as the pages or the sitemap. Outputs run in a fixed order, and an output
// knows no other: the build lists them.
type Output interface {
	// Name names the output in errors, such as "sitemap".
	Name() string
	// Needs says what the output reads besides the site.
	Needs() Needs
	// Plan returns the jobs of the output's files for s, in a fixed
	// order. With NeedsPrior, prior are the jobs of the outputs planned
	// before it, in order (the sitemap lists their pages, by Job.Page;
	// the kiosks cache the search index's files); it reads them and
	// must not change them. Without it, prior may be nil, and Plan may
	// run at the same time as other outputs' Plan and jobs.
	Plan(s *site.Site, prior []Job) ([]Job, error)
}

// Needs is a set of things an output reads besides the prepared site.
type Needs uint8

// NeedsPrior says an output reads the jobs of the outputs before it.
const NeedsPrior Needs = 1 << iota

// CheckPaths returns an error naming the first output path that two of
// jobs would write, and nil when every path has one job.
func CheckPaths(jobs []Job) error {
	seen := make(map[string]bool, len(jobs))
	for _, j := range jobs {
		if seen[j.Out] {
			return fmt.Errorf("%s: two files would be published at this path; give one of the records a different slug", j.Out)
		}
		seen[j.Out] = true
	}
	return nil
}

// Writer receives every output file. p is slash-separated and relative to
// the output root, such as "san-pham/gao-tam/index.html", "sitemap.xml" or
// "assets/site.css". Run calls WriteFile from several goroutines at once,
// so a Writer must be safe for concurrent use; it is called once per path.
type Writer interface {
	WriteFile(p string, data []byte) error
}

// Job makes one output file.
type Job struct {
	// Out is the output path, as Writer receives it.
	Out string
	// Owner is the dependency key of the file: the catalog key of the
	// record it belongs to, "" for a file shared by many records, or a
	// constant of the output for files that change only with the theme.
	Owner string
	// Src is the content path a copied photo is read from; "" for other
	// files.
	Src string
	// Page is set for a page listed in the sitemap; nil for other files.
	Page *Page
	// Make makes the file's bytes. Jobs may run in parallel.
	Make func() ([]byte, error)
}

// Page is a page of the site as the sitemap lists it.
type Page struct {
	// Path is the page's path under the base URL, such as
	// "san-pham/gao-tam/".
	Path string
	// Alternates are the page's versions in every language, itself
	// included.
	Alternates []Alt
}

// Alt is one language version of a page.
type Alt struct {
	// Lang is the language code, such as "vi".
	Lang string
	// Path is the version's path under the base URL.
	Path string
}

// Run makes jobs on workers goroutines and writes their files to w. After
// a failure, or once ctx is done, no new job starts. The error returned is
// that of the failed job earliest in jobs, wrapped with its output path, so
// it does not depend on scheduling; if no job failed but ctx was done
// before every job ran, it is ctx.Err(). A job whose Make panics fails
// with the panic's value.
func Run(ctx context.Context, jobs []Job, w Writer, workers int) error {
	errs := make([]error, len(jobs))
	var failed atomic.Bool
	var skipped atomic.Bool
	parallel.Workers(len(jobs), workers, func(i int) {
		if failed.Load() {
			return
		}
		if ctx.Err() != nil {
			skipped.Store(true)
			return
		}
		if err := do(jobs[i], w); err != nil {
			errs[i] = err
			failed.Store(true)
		}
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	if skipped.Load() {
		return ctx.Err()
	}
	return nil
}

// do runs one job and writes its file.
func do(j Job, w Writer) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: %v", j.Out, p)
		}
	}()
	b, err := j.Make()
	if err != nil {
		return fmt.Errorf("%s: %w", j.Out, err)
	}
	if err := w.WriteFile(j.Out, b); err != nil {
		return fmt.Errorf("%s: %w", j.Out, err)
	}
	return nil
}

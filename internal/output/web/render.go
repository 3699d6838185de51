package web

import (
	"context"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/site"
)

// Options are the inputs of NewIncremental besides the catalog: those of
// site.Prepare, which prepares the site the pages are made from.
type Options = site.Options

// Web is the output of the site's pages in every language, with the
// theme's assets and the records' photos copied beside their pages.
// Templates are parsed once, when it is planned; each page renders in
// its job.
type Web struct{}

// Name returns "web".
func (Web) Name() string { return "web" }

// Needs returns 0: pages are made from the site alone.
func (Web) Needs() output.Needs { return 0 }

// Plan returns the jobs of every page of s, in output order, each page
// with its output.Page; then the theme's assets and the records' photos.
// Two files with one output path are an error.
func (Web) Plan(s *site.Site, _ []output.Job) ([]output.Job, error) {
	r, err := rendererOf(s, optionsOf(s))
	if err != nil {
		return nil, err
	}
	jobs, err := r.planSite()
	if err != nil {
		return nil, err
	}
	return outputJobs(jobs), nil
}

// optionsOf returns the options s was prepared with.
func optionsOf(s *site.Site) Options {
	return Options{Base: s.Base, Theme: s.Theme, Content: s.Content, Print: s.Print}
}

// IsPage reports whether the output path out (slash-separated, relative to
// the output root) is a page of the site: an .html file outside the kiosk
// screens, which are an app of their own (kiosk/, package kiosk).
func IsPage(out string) bool {
	return strings.HasSuffix(out, ".html") && !strings.HasPrefix(out, "kiosk/")
}

// job makes one output file.
type job struct {
	// out is the output path.
	out string
	// tmpl and lang name the template a page job executes ("" for other
	// files); tests use them to check every template is rendered.
	tmpl, lang string
	// asset is set for a copy of a file of the theme's assets/.
	asset bool
	// page is set for a page the sitemap lists.
	page *output.Page
	make func() ([]byte, error)
}

// outputJobs returns jobs as output.Jobs, with their output paths, pages
// and makers.
func outputJobs(jobs []job) []output.Job {
	out := make([]output.Job, len(jobs))
	for i, j := range jobs {
		out[i] = output.Job{Out: j.out, Page: j.page, Make: j.make}
	}
	return out
}

// run makes jobs on n goroutines and writes their files (see output.Run).
func run(jobs []job, w output.Writer, n int) error {
	return output.Run(context.Background(), outputJobs(jobs), w, n)
}

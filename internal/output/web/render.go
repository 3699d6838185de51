package web

import (
	"context"
	"fmt"
	"io/fs"
	"runtime"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Options are the inputs of Site besides the catalog.
type Options struct {
	// Base is the parsed base URL every link is built under.
	Base urls.Base
	// Theme holds the theme files, already layered (see themes.Layered):
	// layouts/, assets/ and i18n/ at its root.
	Theme fs.FS
	// Content is the site's source root, from which images are read at
	// their catalog paths, such as "content/products/gao-tam/anh.jpg".
	Content fs.FS
	// Today is the date certificates are shown as expired against; the zero
	// Date shows no expiry notes. It changes nothing else.
	Today catalog.Date
	// Dev is reserved for a development server and ignored.
	Dev bool
	// Print says the build also writes the brochures (package brochure:
	// print pages and PDFs), so showroom and fair pages link to them.
	Print bool
}

// Stats counts what Site wrote.
type Stats struct {
	// Pages is the number of .html files written.
	Pages int
	// Files is the number of all files written, pages and kiosks
	// included.
	Files int
	// Kiosks is the number of kiosks written (the whole catalog's and
	// one per showroom); their index.html files are not counted in
	// Pages, which are the site's own pages.
	Kiosks int
}

// Site renders the whole site of c, which must be linked (catalog.Link),
// into w, as a build does: it prepares the site (site.Prepare), writes
// the files of Web and then those of the Sitemap. The same inputs always
// give byte-identical files.
func Site(c *catalog.Catalog, opt Options, w output.Writer) (Stats, error) {
	s, err := site.Prepare(c, SiteOptions(opt))
	if err != nil {
		return Stats{}, err
	}
	jobs, st, err := Web(s, opt, w)
	if err != nil {
		return Stats{}, err
	}
	more, err := Sitemap{}.Plan(s, jobs)
	if err != nil {
		return Stats{}, err
	}
	if err := output.CheckPaths(append(jobs, more...)); err != nil {
		return Stats{}, err
	}
	if err := output.Run(context.Background(), more, w, runtime.GOMAXPROCS(0)); err != nil {
		return Stats{}, err
	}
	st.Files += len(more)
	return st, nil
}

// Web renders the pages of the prepared site s, which opt must have been
// prepared with (see SiteOptions), into w, with the theme's assets, the
// records' images, the search index and the kiosks: every file of the
// site but those of the Sitemap. Templates are parsed once; pages are
// rendered in parallel on 4 × runtime.GOMAXPROCS(0) goroutines. It
// returns the jobs it ran, in output order, pages with their
// output.Page, and what they wrote; or the first error (in output
// order), wrapped with the path of the file being made.
func Web(s *site.Site, opt Options, w output.Writer) ([]output.Job, Stats, error) {
	r, err := rendererOf(s, opt)
	if err != nil {
		return nil, Stats{}, err
	}
	jobs, err := r.planSite()
	if err != nil {
		return nil, Stats{}, err
	}
	// The search index is built while the pages render (it only reads
	// the catalog), then written.
	type indexed struct {
		jobs  []job
		files []search.File
		err   error
	}
	index := make(chan indexed, 1)
	go func() {
		j, f, err := r.searchJobs(nil)
		index <- indexed{j, f, err}
	}()
	// More goroutines than cores, so that a page's file write (a blocking
	// system call) overlaps the rendering of others.
	err = run(jobs, w, 4*runtime.GOMAXPROCS(0))
	ix := <-index
	if err != nil {
		return nil, Stats{}, err
	}
	if ix.err != nil {
		return nil, Stats{}, fmt.Errorf("search index: %w", ix.err)
	}
	if err := run(ix.jobs, w, 4*runtime.GOMAXPROCS(0)); err != nil {
		return nil, Stats{}, err
	}
	jobs = append(jobs, ix.jobs...)
	// The kiosks' service worker lists the index files and hashes them.
	kiosk, err := r.kioskJobs(ix.files)
	if err != nil {
		return nil, Stats{}, fmt.Errorf("kiosk: %w", err)
	}
	if err := run(kiosk, w, 4*runtime.GOMAXPROCS(0)); err != nil {
		return nil, Stats{}, err
	}
	st := Stats{Files: len(jobs) + len(kiosk), Kiosks: 1 + len(s.Catalog.Showrooms)}
	for _, j := range jobs {
		if IsPage(j.out) {
			st.Pages++
		}
	}
	return outputJobs(append(jobs, kiosk...)), st, nil
}

// IsPage reports whether the output path out (slash-separated, relative to
// the output root) is a page of the site: an .html file outside the kiosk
// screens, which are an app of their own (kiosk/, see kioskDir).
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

// after returns jobs followed by the jobs of the outputs planned after
// the pages, assets and images (the Sitemap), each given every job before
// it, as a build runs them. Two files with one output path are an error.
func (r *renderer) after(jobs []job) ([]job, error) {
	for _, o := range []output.Output{Sitemap{}} {
		more, err := o.Plan(r.s, outputJobs(jobs))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", o.Name(), err)
		}
		for _, j := range more {
			jobs = append(jobs, job{out: j.Out, page: j.Page, make: j.Make})
		}
	}
	if err := output.CheckPaths(outputJobs(jobs)); err != nil {
		return nil, err
	}
	return jobs, nil
}

// run makes jobs on n goroutines and writes their files (see output.Run).
func run(jobs []job, w output.Writer, n int) error {
	return output.Run(context.Background(), outputJobs(jobs), w, n)
}

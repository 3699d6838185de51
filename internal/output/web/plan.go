package web

import (
	"fmt"
	"io/fs"
	"path"

	"github.com/namdinh-ocop/ocop/internal/media"
	"github.com/namdinh-ocop/ocop/internal/output"
)

// plan lists every file of the site, in a fixed order: those of Web
// (pages, the theme's assets, the records' images), then those of each of
// after, each planned with every job before it. Two files with one output
// path are an error.
func (r *renderer) plan(after ...output.Output) ([]job, error) {
	jobs, err := r.planSite()
	if err != nil {
		return nil, err
	}
	for _, o := range after {
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

// planSite lists the files of Web: pages, the theme's assets and the
// records' images.
func (r *renderer) planSite() ([]job, error) {
	var jobs []job
	for _, s := range append(r.specs(), r.searchSpec()) {
		for _, l := range r.specLangs(s) {
			out, page := s.path(l.Code)+"index.html", (*output.Page)(nil)
			if s.out != "" {
				out = s.out
			} else {
				page = r.sitemapPage(s, l.Code)
			}
			jobs = append(jobs, job{out: out, tmpl: s.tmpl, lang: l.Code, page: page, make: func() ([]byte, error) {
				return r.render(s, l.Code)
			}})
		}
	}

	assets, err := r.assets()
	if err != nil {
		return nil, err
	}
	jobs = append(jobs, assets...)
	scripts, err := r.bundleScripts()
	if err != nil {
		return nil, err
	}
	jobs = append(jobs, scripts...)

	for _, cf := range r.s.Copies() {
		jobs = append(jobs, job{out: cf.Out, make: func() ([]byte, error) {
			return r.s.Publish(cf)
		}})
	}

	if err := output.CheckPaths(outputJobs(jobs)); err != nil {
		return nil, err
	}
	return jobs, nil
}

// asset returns the bytes published for the theme's file p: an SVG, like
// every SVG of the site, as media.CleanSVG writes it again (the default
// theme's come out byte for byte as they are), any other file as it is.
func (r *renderer) asset(p string) ([]byte, error) {
	b, err := fs.ReadFile(r.opt.Theme, p)
	if t, ok := media.TypeOf(p); err != nil || !ok || t.Format != "svg" {
		return b, err
	}
	return media.PublishSVG(b, "theme: "+p)
}

// assets copies every file under the theme's assets/ folder.
func (r *renderer) assets() ([]job, error) {
	var jobs []job
	err := fs.WalkDir(r.opt.Theme, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || path.Base(p)[0] == '.' {
			return nil
		}
		jobs = append(jobs, job{out: p, asset: true, make: func() ([]byte, error) { return r.asset(p) }})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	return jobs, nil
}

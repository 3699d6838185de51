package render

import (
	"fmt"
	"io/fs"
	"path"

	"github.com/namdinh-ocop/ocop/internal/media"
)

// plan lists every file of the site, in a fixed order: pages, then the
// theme's assets, the records' images, sitemap.xml, robots.txt, the
// search index and the kiosks. Two files with one output path are an
// error.
func (r *renderer) plan() ([]job, error) {
	jobs, err := r.planSite()
	if err != nil {
		return nil, err
	}
	jobs, index, err := r.searchJobs(jobs)
	if err != nil {
		return nil, err
	}
	kiosk, err := r.kioskJobs(index)
	if err != nil {
		return nil, fmt.Errorf("kiosk: %w", err)
	}
	return append(jobs, kiosk...), nil
}

// planSite is plan without the search index, which Site builds while the
// pages render.
func (r *renderer) planSite() ([]job, error) {
	var jobs []job
	var entries []sitemapEntry
	for _, s := range append(r.specs(), r.searchSpec()) {
		for _, l := range r.specLangs(s) {
			out := s.path(l.Code) + "index.html"
			if s.out != "" {
				out = s.out
			} else {
				entries = append(entries, r.sitemapEntry(s, l.Code))
			}
			jobs = append(jobs, job{out: out, tmpl: s.tmpl, lang: l.Code, make: func() ([]byte, error) {
				return r.render(s, l.Code)
			}})
		}
	}

	assets, err := r.assets()
	if err != nil {
		return nil, err
	}
	jobs = append(jobs, assets...)

	for _, cf := range r.s.Copies() {
		jobs = append(jobs, job{out: cf.Out, make: func() ([]byte, error) {
			return r.s.Publish(cf)
		}})
	}

	jobs = append(jobs,
		job{out: "sitemap.xml", make: func() ([]byte, error) { return sitemap(r.opt.Base, entries), nil }},
		job{out: "robots.txt", make: func() ([]byte, error) { return robots(r.opt.Base), nil }},
	)

	seen := make(map[string]bool, len(jobs))
	for _, j := range jobs {
		if seen[j.out] {
			return nil, fmt.Errorf("%s: two files would be published at this path; give one of the records a different slug", j.out)
		}
		seen[j.out] = true
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

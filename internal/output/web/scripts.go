package web

import (
	"github.com/namdinh-ocop/ocop/internal/bundle"
)

// scriptEntries are the scripts made of the theme's scripts/ modules (see
// package bundle): the search box's first script that every page loads
// (assets/search.js) and the search it loads on first use
// (assets/search-ui.js), the search page's (assets/search-page.js) and
// the all-products page's filter (assets/filter.js). The kiosks' script
// is the kiosk output's own.
func scriptEntries() []bundle.Entry {
	return []bundle.Entry{
		{Src: "scripts/search.js", Out: "assets/search.js"},
		{Src: "scripts/search-ui.js", Out: "assets/search-ui.js"},
		{Src: "scripts/search-page.js", Out: "assets/search-page.js"},
		{Src: "scripts/filter.js", Out: "assets/filter.js"},
	}
}

// bundleScripts makes the theme's scripts, once a plan, and returns their
// jobs, after the theme's assets. A problem in a module is an error at
// its place, "scripts/x.js:line:col: message".
func (r *renderer) bundleScripts() ([]job, error) {
	files, err := bundle.Scripts(r.opt.Theme, scriptEntries())
	if err != nil {
		return nil, err
	}
	jobs := make([]job, len(files))
	for i, f := range files {
		jobs[i] = job{out: f.Path, asset: true, make: func() ([]byte, error) { return f.Data, nil }}
	}
	return jobs, nil
}

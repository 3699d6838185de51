package serve

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/namdinh-ocop/ocop/internal/parallel"

	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/output/web"
	"github.com/namdinh-ocop/ocop/themes"
)

// How a rebuild works.
//
// The server keeps the catalog, a web.Incremental (the renderer with
// every record's body, photos and cards prepared) and the output map of
// the last good build. A batch of changed files is handled one of two
// ways:
//
//   - One product file changed in place (the common save): only that
//     file is read; the product's fields are replaced in place, so every
//     other record, and what the renderer prepared for it, stays; the
//     catalog is relinked around the product (relinkProduct) and the
//     product alone is validated (catalog.ValidateProduct, plus a duplicate-slug
//     check against every product). Then two phases:
//     phase 1 renders the product's own pages and swaps them in at once,
//     and the open product page reloads; phase 2 regroups the lists and
//     renders what the edit affects (below), and swaps that in.
//   - Anything else (a new, deleted or renamed file or folder, another
//     kind of record, site.yaml, groups.yaml, geography, the theme): the
//     content is loaded and validated whole (build.Check), a new
//     Incremental is made, and the records are compared with the
//     previous ones (by their fields) to find which changed. site.yaml,
//     groups.yaml, geography and theme changes re-render everything.
//
// What an edit affects (phase 2) is the union, before and after the
// edit, of web.Incremental.Deps of each changed record: its own
// pages, its producer's, its showrooms', the tourism sites that name it,
// every fair, and the list pages of its browse group, star rating and
// district (for a producer, all of this for each of its products; and so
// on). To these every shared page is added (home, section indexes, the
// all-products and search pages, sitemap.xml, the search index), and
// every file that is new. Files no longer made are dropped. Keys not yet
// rendered (after an error, or a phase 2 cut short by a newer edit) are
// kept until a phase 2 completes, so nothing is missed.

// errInterrupted is returned by a phase 2 cut short by a newer change.
var errInterrupted = errors.New("interrupted by a newer change")

// builder owns the catalog and the renderer; one goroutine at a time
// uses it (under mu).
type builder struct {
	s    *Server
	fsys fs.FS
	now  time.Time

	mu sync.Mutex
	in *web.Incremental
	// byPath finds a product by its file.
	byPath map[string]*catalog.Product
	// diags are the current problems, by file.
	diags map[string]catalog.Diagnostics
	// good says the content has no errors.
	good bool
	// published says a good build was published since the start.
	published bool
	// shown says problems are shown over the pages.
	shown bool
	// pending are the dependency keys (and "src/<path>" of changed
	// photos) not yet rendered; pendingAll asks for everything.
	pending    map[string]bool
	pendingAll bool
	// printed caches the print pages made for the current build, by
	// language.
	printed map[string]map[string][]byte

	// cancel cuts the running phase 2 short.
	cancelMu sync.Mutex
	cancel   context.CancelFunc
	// builds counts the rebuilds started, finished those finished.
	builds, finished atomic.Int64
	// quick counts the rebuilds that took the one-product path.
	quick atomic.Int64
}

// interrupt cuts the running phase 2, if any, short.
func (b *builder) interrupt() {
	b.cancelMu.Lock()
	defer b.cancelMu.Unlock()
	if b.cancel != nil {
		b.cancel()
	}
}

func (b *builder) checkOptions() catalog.CheckOptions {
	return catalog.CheckOptions{
		Today: catalog.Today(b.now),
		Files: b.fsys,
	}
}

// rebuild handles one batch of changed paths (slash-separated, relative
// to the source folder); nil means the first build.
func (b *builder) rebuild(ctx context.Context, changed []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.builds.Add(1)
	defer b.finished.Add(1)
	start := time.Now()
	if changed != nil && b.fast(ctx, changed, start) {
		return
	}
	b.full(ctx, changed, start)
}

// fast handles the save of one product file; it returns false when the
// change is not one (or the fast path cannot be sure), for full.
func (b *builder) fast(ctx context.Context, changed []string, start time.Time) bool {
	if len(changed) != 1 || b.in == nil {
		return false
	}
	p := changed[0]
	prod := b.byPath[p]
	if prod == nil || !strings.HasSuffix(p, ".md") {
		return false
	}
	for path, ds := range b.diags {
		if path != p && ds.HasErrors() {
			return false
		}
	}
	if st, err := fs.Stat(b.fsys, p); err != nil || !st.Mode().IsRegular() {
		return false
	}
	np, parsed, err := parseProduct(b.fsys, p)
	if err != nil || np == nil || np.ID != prod.ID {
		return false
	}
	c := b.cat()
	for _, q := range c.Products {
		if q != prod && q.Slug == np.Slug {
			return false // the full check names both files
		}
	}
	for _, k := range b.in.Deps(prod) {
		b.pending[k] = true
	}
	b.in.Forget(prod)
	old := prod.Links
	*prod = *np
	relinkProduct(c, prod, old)
	for _, k := range b.in.Deps(prod) {
		b.pending[k] = true
	}
	ds := append(parsed, c.ValidateProduct(prod, b.checkOptions())...)
	ds.Sort()
	b.diags[p] = ds
	if ds.HasErrors() {
		b.good = false
		b.show(b.allDiags())
		return true
	}
	if err := b.in.Prepare(prod); err != nil {
		b.failed(err)
		return true
	}
	b.clear()
	b.good = true
	b.quick.Add(1)
	// Phase 1: the product's own pages.
	if err := b.phase1(b.in.ProductJobs(prod), start); err != nil {
		b.failed(err)
		return true
	}
	b.phase2(ctx, start)
	return true
}

// full loads and checks the whole content, and renders what changed.
func (b *builder) full(ctx context.Context, changed []string, start time.Time) {
	res, err := build.Check(build.Options{Source: b.fsys, BaseURL: b.s.base.String(), Now: b.now})
	if res == nil {
		b.failed(err)
		return
	}
	b.setDiags(res.Diagnostics)
	if err != nil {
		if !errors.Is(err, build.ErrContent) {
			b.failed(err)
			return
		}
		// The old catalog and renderer stay: the next check is compared
		// with what was last published.
		b.good = false
		b.show(b.allDiags())
		for _, p := range changed {
			b.pending["src/"+p] = true
		}
		return
	}
	c := res.Catalog
	theme, err := themes.Layered(b.fsys, c.Config.Theme)
	if err != nil {
		b.failed(fmt.Errorf("theme: %w", err))
		return
	}
	in, err := web.NewIncremental(c, web.Options{Base: b.s.base, Theme: theme, Content: b.fsys, Today: catalog.Today(b.now)})
	if err != nil {
		b.failed(fmt.Errorf("render: %w", err))
		return
	}
	all := changed == nil || b.in == nil
	for _, p := range changed {
		b.pending["src/"+p] = true
		if !inRecordSection(p) {
			all = true
		}
	}
	if all {
		b.pendingAll = true
	} else {
		b.diff(b.in, in, changed)
	}
	b.in = in
	b.byPath = map[string]*catalog.Product{}
	for _, p := range c.Products {
		b.byPath[p.Path] = p
	}
	b.good = true
	b.clear()
	b.phase2(ctx, start)
}

// inRecordSection reports whether p is in a folder of content/ whose
// files are records.
func inRecordSection(p string) bool {
	for _, ki := range catalog.Kinds() {
		if strings.HasPrefix(p, "content/"+ki.Folder+"/") {
			return true
		}
	}
	return false
}

// diff adds to pending the keys of every record that differs between
// the old and the new catalog, or was added or removed, and of the
// records beside changed files (photos of page bundles).
func (b *builder) diff(old, in *web.Incremental, changed []string) {
	olds, news := records(old.Catalog()), records(in.Catalog())
	add := func(r *web.Incremental, rec catalog.Record) {
		for _, k := range r.Deps(rec) {
			b.pending[k] = true
		}
	}
	for k, o := range olds {
		n, ok := news[k]
		if !ok || !catalog.Same(o, n) {
			add(old, o)
			if ok {
				add(in, n)
			}
		}
	}
	for k, n := range news {
		if _, ok := olds[k]; !ok {
			add(in, n)
		}
	}
	// A photo changed: the pages of the records in its folder show its
	// size.
	for _, p := range changed {
		if strings.HasSuffix(p, ".md") {
			continue
		}
		dir := path.Dir(p)
		near := func(rec catalog.Record) bool {
			m := &rec.RecordHead().Meta
			if m.Dir == dir || strings.Contains(m.Body, path.Base(p)) {
				return true
			}
			if il, ok := rec.(catalog.Illustrated); ok {
				for _, img := range il.PhotoPaths() {
					if path.Join(m.Dir, img) == p {
						return true
					}
				}
			}
			return false
		}
		for _, rec := range olds {
			if near(rec) {
				add(old, rec)
			}
		}
		for _, rec := range news {
			if near(rec) {
				add(in, rec)
			}
		}
	}
}

// records maps the key of every record of c to it.
func records(c *catalog.Catalog) map[string]catalog.Record {
	m := map[string]catalog.Record{}
	for _, ki := range catalog.Kinds() {
		for _, r := range c.Records(ki.Kind) {
			m[catalog.Key(ki.Kind, r.RecordHead().ID)] = r
		}
	}
	return m
}

// cat returns the catalog being served, nil before the first good build.
func (b *builder) cat() *catalog.Catalog {
	if b.in == nil {
		return nil
	}
	return b.in.Catalog()
}

// phase1 renders jobs into a copy of the served map and swaps it in.
func (b *builder) phase1(jobs []output.Job, start time.Time) error {
	prev, _ := b.s.out.snapshot()
	made, err := runJobs(context.Background(), jobs)
	if err != nil {
		return err
	}
	next := make(map[string][]byte, len(prev)+len(made))
	for k, v := range prev {
		next[k] = v
	}
	var changed []string
	for out, data := range made {
		if old, ok := prev[out]; !ok || string(old) != string(data) {
			changed = append(changed, out)
		}
		next[out] = data
	}
	b.publish(next, changed, "quick", start)
	return nil
}

// phase2 renders everything pending and swaps it in. A newer change cuts
// it short, leaving pending as it was.
func (b *builder) phase2(ctx context.Context, start time.Time) {
	ctx, cancel := context.WithCancel(ctx)
	b.cancelMu.Lock()
	b.cancel = cancel
	b.cancelMu.Unlock()
	defer func() {
		b.cancelMu.Lock()
		b.cancel = nil
		b.cancelMu.Unlock()
		cancel()
	}()
	b.in.Reindex()
	// The pages, which b.in renders, then the files of the build's
	// other outputs (print pages are made on demand, see builder.print).
	jobs, err := b.in.Plan(build.Outputs(false)[1:]...)
	if err != nil {
		b.failed(fmt.Errorf("render: %w", err))
		return
	}
	prev, _ := b.s.out.snapshot()
	var todo []output.Job
	for _, j := range jobs {
		_, had := prev[j.Out]
		switch {
		case b.pendingAll, !had,
			j.Owner == "",
			j.Owner != web.AssetOwner && b.pending[j.Owner],
			j.Src != "" && b.pending["src/"+j.Src]:
			todo = append(todo, j)
		}
	}
	made, err := runJobs(ctx, todo)
	if err != nil {
		if errors.Is(err, errInterrupted) {
			return
		}
		b.failed(err)
		return
	}
	next := make(map[string][]byte, len(jobs))
	var changed []string
	for _, j := range jobs {
		data, ok := made[j.Out]
		if !ok {
			data = prev[j.Out]
		} else if old, had := prev[j.Out]; !had || string(old) != string(data) {
			changed = append(changed, j.Out)
		}
		next[j.Out] = data
	}
	for out := range prev {
		if _, ok := next[out]; !ok {
			changed = append(changed, out)
		}
	}
	b.pending = map[string]bool{}
	b.pendingAll = false
	b.printed = nil
	first := !b.published
	b.published = true
	b.publishAll(next, changed, first, start)
}

// runJobs makes jobs in parallel; it stops early when ctx is done.
func runJobs(ctx context.Context, jobs []output.Job) (map[string][]byte, error) {
	made := make([][]byte, len(jobs))
	errs := make([]error, len(jobs))
	var stop atomic.Bool
	parallel.Workers(len(jobs), 2*runtime.GOMAXPROCS(0), func(i int) {
		if stop.Load() || ctx.Err() != nil {
			stop.Store(true)
			return
		}
		b, err := make1(jobs[i])
		if err != nil {
			errs[i] = err
			stop.Store(true)
			return
		}
		made[i] = b
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	if ctx.Err() != nil {
		return nil, errInterrupted
	}
	out := make(map[string][]byte, len(jobs))
	for i, j := range jobs {
		out[j.Out] = made[i]
	}
	return out, nil
}

func make1(j output.Job) (b []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: %v", j.Out, p)
		}
	}()
	b, err = j.Make()
	if err != nil {
		err = fmt.Errorf("%s: %w", j.Out, err)
	}
	return b, err
}

// publish swaps in a map after phase 1 and tells the pages.
func (b *builder) publish(next map[string][]byte, changed []string, what string, start time.Time) {
	gen := b.s.out.swap(next, changed)
	b.s.changed(gen, changed, false)
	b.s.logf("%s: %d file(s) changed in %v", what, len(changed), time.Since(start).Round(time.Millisecond))
}

// publishAll swaps in the map of a completed phase 2.
func (b *builder) publishAll(next map[string][]byte, changed []string, first bool, start time.Time) {
	sort.Strings(changed)
	gen := b.s.out.swap(next, changed)
	b.s.changed(gen, changed, first)
	pages := 0
	for out := range next {
		if web.IsPage(out) {
			pages++
		}
	}
	if first {
		b.s.logf("built %d pages, %d files in %v", pages, len(next), time.Since(start).Round(time.Millisecond))
	} else {
		b.s.logf("rebuilt: %d file(s) changed in %v", len(changed), time.Since(start).Round(time.Millisecond))
	}
	b.s.settled(gen)
}

// failed reports a failure of the tool itself (a theme that does not
// parse, a photo that cannot be read) like a content error.
func (b *builder) failed(err error) {
	b.good = false
	b.pendingAll = true
	d := catalog.Diagnostic{Pos: catalog.Pos{Path: "(build)"}, Severity: catalog.Error, Message: err.Error()}
	var pos catalog.Pos
	var de *fs.PathError
	if errors.As(err, &de) {
		pos.Path = filepath.ToSlash(de.Path)
	}
	if pos.Path != "" {
		d.Pos = pos
	}
	b.diags = map[string]catalog.Diagnostics{d.Pos.Path: {d}}
	b.show(catalog.Diagnostics{d})
}

// show shows problems in the terminal and over the open pages.
func (b *builder) show(ds catalog.Diagnostics) {
	b.shown = true
	b.s.problems(ds)
}

// clear takes the problems away after a good save.
func (b *builder) clear() {
	if b.shown {
		b.shown = false
		b.s.ok()
	}
}

func (b *builder) setDiags(ds catalog.Diagnostics) {
	b.diags = map[string]catalog.Diagnostics{}
	for _, d := range ds {
		b.diags[d.Pos.Path] = append(b.diags[d.Pos.Path], d)
	}
}

func (b *builder) allDiags() catalog.Diagnostics {
	var ds catalog.Diagnostics
	for _, x := range b.diags {
		ds = append(ds, x...)
	}
	ds.Sort()
	return ds
}

package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/namdinh-ocop/ocop/internal/brochure"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/output/web"
	"github.com/namdinh-ocop/ocop/internal/urls"
	"github.com/namdinh-ocop/ocop/themes"
)

// How a Builder builds again after files changed.
//
// A Builder keeps the catalog, a web.Incremental (the renderer with
// every record's body, photos and cards prepared), the list of files of
// the last complete build and the problems of every file. Given the
// files that changed, it takes one of three ways:
//
//   - Record files only, in place, added or deleted (content/products/…
//     and the other kinds' folders), while no other file has errors:
//     each changed file alone is read (load.File) and put in the catalog
//     with catalog.Replace, or taken out with catalog.Remove; the Change
//     they return names the pages that may differ. When the one change
//     is a product saved in place, the product's own body and photos are
//     prepared again, its catalog lists relinked (no Link of the whole
//     catalog) and it alone is validated; its own pages are written and
//     flushed first, so the open page reloads at once. Any other such
//     change links and validates the whole catalog and prepares the
//     renderer again; the changed records' own pages still go first.
//   - Anything else (a photo, site.yaml, groups.yaml, geography,
//     programme.yaml, the theme, a file the first way cannot take): the
//     content is loaded and checked whole, as Check does, and the records
//     are compared by their fields (catalog.Same) with the previous ones
//     to find which changed. A file outside the record folders (site.yaml,
//     groups.yaml, geography, programme.yaml) and the theme rebuild
//     everything.
//   - No previous good build, or changed nil: everything.
//
// Then the jobs owned by a pending key (catalog.Key and the list keys),
// shared files (home, indexes, search index, sitemap) and files not made
// before are run; files no longer made are removed. Keys not yet
// rendered (after a content error, a failure, or a run cancelled between
// jobs) stay pending until a run completes, so nothing is missed.

// Writer is where a Builder writes: an output.Writer that can also
// remove a file the site no longer has, and make what was written so far
// visible. WriteFile may be called from several goroutines at once.
type Writer interface {
	output.Writer
	// Remove deletes the file at p, which an earlier run wrote.
	Remove(p string) error
	// Flush makes the files written and removed so far visible. Run
	// calls it after the changed records' own pages, before the rest;
	// what follows is made visible by the caller once Run returns.
	Flush() error
}

// Opener is a Writer that is opened once a run knows the content is
// good, before its first file: a build's new output folder, which a run
// with content errors never creates.
type Opener interface {
	Open() error
}

// Builder builds a site again and again as its files change, rebuilding
// only what a change affects. It makes the files Site makes, byte for
// byte; with Options.Brochures the print documents too, else Lazy makes
// print pages on demand. Its
// methods may be called from several goroutines; runs are one at a time.
type Builder struct {
	opt Options
	now time.Time

	mu sync.Mutex
	in *web.Incremental
	// loaded are the problems found while reading each file (load.Content
	// and load.File), by path; diags are every current problem.
	loaded map[string]catalog.Diagnostics
	diags  catalog.Diagnostics
	// good says the last run left no content error and no failure.
	good bool
	// failed says the last run failed for another reason than the
	// content: the next one starts over.
	failed bool
	// fresh says in was made since the last render, from the catalog
	// as it is: its lists need no Reindex.
	fresh bool
	// stale says the catalog changed since in prepared it (a change of
	// records with content errors): the renderer is prepared again.
	stale bool
	// have are the files of the last complete run (and those flushed
	// since).
	have map[string]bool
	// pending are the keys (and "src/<path>" of changed photos) not yet
	// rendered; pendingAll asks for everything.
	pending    map[string]bool
	pendingAll bool
	// printed caches the print pages of the current build, by language.
	printed map[string]map[string][]byte
}

// New returns a Builder of the site opt.Source; opt.Dest and CleanDest
// are not used (Site writes there).
func New(opt Options) *Builder {
	opt.Now = Clock(opt.Now)
	return &Builder{opt: opt, now: opt.Now, pending: map[string]bool{}, have: map[string]bool{}}
}

// Run builds the site into w: everything when changed is nil or no good
// build exists yet; else what the changed files (slash paths from the
// site's root) affect. On content errors nothing is written, the error
// is ErrContent with the problems in the Result, and the last good build
// stays what w holds. Cancelling ctx stops the run between jobs with
// ctx's error; what it did not render is rendered by the next run. The
// Result's Catalog must not be changed, nor used after the next run.
func (b *Builder) Run(ctx context.Context, changed []string, w Writer) (*Result, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if changed != nil && b.in != nil && !b.failed {
		if res, err, ok := b.records(ctx, changed, w); ok {
			return res, err
		}
	}
	return b.full(ctx, changed, w)
}

// Catalog returns the catalog of the last good build, nil before the
// first. It must not be changed.
func (b *Builder) Catalog() *catalog.Catalog {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.in == nil {
		return nil
	}
	return b.in.Catalog()
}

func (b *Builder) renderOptions(c *catalog.Catalog) (web.Options, error) {
	base, err := urls.ParseBase(c.Config.BaseURL)
	if err != nil {
		return web.Options{}, err
	}
	theme, err := themes.Layered(b.opt.Source, c.Config.Theme)
	if err != nil {
		return web.Options{}, fmt.Errorf("theme: %w", err)
	}
	return web.Options{Base: base, Theme: theme, Content: b.opt.Source, Print: b.opt.Brochures}, nil
}

// full loads and checks the whole content, and renders what changed.
func (b *Builder) full(ctx context.Context, changed []string, w Writer) (*Result, error) {
	res, loaded, err := check(b.opt)
	b.loaded = map[string]catalog.Diagnostics{}
	for _, d := range loaded {
		b.loaded[d.Pos.Path] = append(b.loaded[d.Pos.Path], d)
	}
	b.diags = res.Diagnostics
	if err != nil {
		if !errors.Is(err, ErrContent) {
			return res, b.fail(err)
		}
		// The old catalog and renderer stay: the next check is compared
		// with what was last built.
		b.good = false
		for _, p := range changed {
			b.pending["src/"+p] = true
		}
		return res, err
	}
	c := res.Catalog
	ro, err := b.renderOptions(c)
	if err != nil {
		return res, b.fail(fmt.Errorf("render: %w", err))
	}
	in, err := web.NewIncremental(c, ro)
	if err != nil {
		return res, b.fail(fmt.Errorf("render: %w", err))
	}
	all := changed == nil || b.in == nil || b.failed || b.in.Catalog().Changed() != c.Changed()
	for _, p := range changed {
		b.pending["src/"+p] = true
		if !inRecordFolder(p) {
			all = true
		}
	}
	if all {
		b.pendingAll = true
	} else {
		b.diff(b.in, in, changed)
	}
	b.in, b.fresh = in, true
	b.good, b.failed, b.stale = true, false, false
	return b.render(ctx, res, nil, w)
}

// inRecordFolder reports whether p is in a folder of content/ whose
// files are records (or their photos).
func inRecordFolder(p string) bool {
	rel, ok := strings.CutPrefix(p, "content/")
	if !ok {
		return false
	}
	folder, _, ok := strings.Cut(rel, "/")
	if !ok {
		return false
	}
	_, ok = catalog.KindOfFolder(folder)
	return ok
}

// records handles a change of record files only (see the top of this
// file). ok is false when the change is not one it can take, before
// anything changed.
func (b *Builder) records(ctx context.Context, changed []string, w Writer) (res *Result, err error, ok bool) {
	c := b.in.Catalog()
	type edit struct {
		path string
		kind catalog.Kind
		id   string
		rec  catalog.Record // nil: the file is gone
		ds   catalog.Diagnostics
	}
	var edits []edit
	keys := map[string]bool{}
	for _, p := range changed {
		k, id, isRec := load.Classify(p)
		key := catalog.Key(k, id)
		if !isRec || keys[key] || c.Broken.Records[key] {
			return nil, nil, false
		}
		keys[key] = true
		old := c.Record(k, id)
		e := edit{path: p, kind: k, id: id}
		st, err := fs.Stat(b.opt.Source, p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if old == nil || old.RecordHead().Path != p {
				return nil, nil, false
			}
		case err != nil || !st.Mode().IsRegular():
			return nil, nil, false
		default:
			if old != nil && old.RecordHead().Path != p {
				return nil, nil, false // a second file of one ID, or a move
			}
			e.rec, e.ds = load.File(b.opt.Source, p)
			if e.rec == nil {
				return nil, nil, false // left out of the catalog: Broken.Records
			}
		}
		edits = append(edits, e)
	}
	for _, d := range b.diags {
		if d.Severity == catalog.Error && !slices.Contains(changed, d.Pos.Path) {
			return nil, nil, false
		}
	}
	// One product saved in place: its own pages first, without a Link.
	var prod *catalog.Product
	if len(edits) == 1 && edits[0].kind == catalog.KindProduct && edits[0].rec != nil && !b.stale {
		if p := c.Product(edits[0].id); p != nil {
			prod = p
		}
	}
	if prod != nil {
		b.in.Forget(prod)
	}
	changedOn := c.Changed() // every page's footer states it
	var ch catalog.Change
	for _, e := range edits {
		delete(b.loaded, e.path)
		if e.rec == nil {
			ch.Merge(c.Remove(e.kind, e.id))
			continue
		}
		if len(e.ds) > 0 {
			b.loaded[e.path] = e.ds
		}
		ch.Merge(c.Replace(e.rec))
	}
	for _, k := range ch.Keys {
		b.pending[k] = true
	}
	opt := catalog.CheckOptions{Today: catalog.Today(b.now), Files: b.opt.Source}
	if prod != nil {
		for _, q := range c.Products {
			if q != prod && q.Slug == prod.Slug {
				prod = nil // Validate names both files
				break
			}
		}
	}
	var ds catalog.Diagnostics
	if prod != nil {
		// The diagnostics are sorted by file first: the product's own
		// take the place of its old ones, without sorting them all.
		own := append(slices.Clone(b.loaded[prod.Path]), c.ValidateProduct(prod, opt)...)
		own.Sort()
		i := sort.Search(len(b.diags), func(i int) bool { return b.diags[i].Pos.Path >= prod.Path })
		j := i
		for j < len(b.diags) && b.diags[j].Pos.Path == prod.Path {
			j++
		}
		ds = slices.Concat(b.diags[:i], own, b.diags[j:])
	} else {
		for _, x := range b.loaded {
			ds = append(ds, x...)
		}
		ds = append(ds, validate(c, b.opt.Source, b.now, ds)...)
		ds.Sort()
	}
	b.diags = ds
	res = &Result{Catalog: c, Diagnostics: ds}
	if ds.HasErrors() {
		b.good = false
		if prod == nil {
			b.stale = true
		}
		return res, ErrContent, true
	}
	b.good = true
	if c.Changed() != changedOn {
		b.pendingAll = true
	}
	if prod != nil {
		if err := b.in.Prepare(prod); err != nil {
			return res, b.fail(fmt.Errorf("render: %w", err)), true
		}
		res.Quick = true
		jobs := b.in.ProductJobs(prod)
		if err := output.Run(context.Background(), jobs, &recorder{Writer: w, have: b.have}, workers()); err != nil {
			return res, b.fail(fmt.Errorf("render: %w", err)), true
		}
		if err := w.Flush(); err != nil {
			return res, b.fail(err), true
		}
		res, err = b.render(ctx, res, nil, w)
		return res, err, true
	}
	ro, err := b.renderOptions(c)
	if err != nil {
		return res, b.fail(fmt.Errorf("render: %w", err)), true
	}
	in, err := web.NewIncremental(c, ro)
	if err != nil {
		return res, b.fail(fmt.Errorf("render: %w", err)), true
	}
	b.in, b.stale, b.fresh = in, false, true
	own := map[string]bool{}
	for _, e := range edits {
		own[catalog.Key(e.kind, e.id)] = true
	}
	res, err = b.render(ctx, res, own, w)
	return res, err, true
}

// diff adds to pending the keys of every record that differs between
// the old and the new catalog, or was added or removed, and of the
// records beside changed files (photos of page bundles).
func (b *Builder) diff(old, in *web.Incremental, changed []string) {
	olds, news := byKey(old.Catalog()), byKey(in.Catalog())
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

// byKey maps the key of every record of c to it.
func byKey(c *catalog.Catalog) map[string]catalog.Record {
	m := map[string]catalog.Record{}
	for _, ki := range catalog.Kinds() {
		for _, r := range c.Records(ki.Kind) {
			m[catalog.Key(ki.Kind, r.RecordHead().ID)] = r
		}
	}
	return m
}

// workers is how many jobs run at once: four times the cores, so that a
// file's write overlaps the making of others.
func workers() int { return 4 * runtime.GOMAXPROCS(0) }

// render runs every pending job into w, the jobs owned by the keys in
// own first (then Flush), and removes the files no longer made. A
// cancelled ctx leaves pending as it was.
func (b *Builder) render(ctx context.Context, res *Result, own map[string]bool, w Writer) (*Result, error) {
	if !b.fresh {
		b.in.Reindex() // the catalog was changed in place
	}
	b.fresh = false
	jobs, err := b.in.Plan()
	if err != nil {
		return res, b.fail(fmt.Errorf("render: %w", err))
	}
	// The outputs after the pages (web.Web, whose files b.in plans with
	// their owners) share every file; those that do not read the pages
	// are planned while the pages render.
	after := Outputs(b.opt.Brochures)[1:]
	plans := startPlans(b.in.Site(), after, jobs)
	defer plans.wait()
	if o, ok := w.(Opener); ok {
		if err := o.Open(); err != nil {
			return res, b.fail(err)
		}
	}
	var first, todo []output.Job
	for _, j := range jobs {
		switch {
		case b.pendingAll, !b.have[j.Out],
			j.Owner == "",
			j.Owner != web.AssetOwner && b.pending[j.Owner],
			j.Src != "" && b.pending["src/"+j.Src]:
			if own[j.Owner] {
				first = append(first, j)
			} else {
				todo = append(todo, j)
			}
		}
	}
	// Files written by a run cut short are known to the next, which
	// removes them if they are no longer made.
	rw := &recorder{Writer: w, have: b.have}
	if len(first) > 0 {
		if err := output.Run(ctx, first, rw, workers()); err != nil {
			return res, b.runErr(err)
		}
		if err := w.Flush(); err != nil {
			return res, b.fail(err)
		}
		res.Quick = true
	}
	if err := output.Run(ctx, todo, rw, workers()); err != nil {
		return res, b.runErr(err)
	}
	for i := range after {
		more, err := plans.next(i)
		if err != nil {
			return res, b.fail(fmt.Errorf("render: %w", err))
		}
		if err := output.Run(ctx, more, rw, workers()); err != nil {
			return res, b.runErr(err)
		}
		jobs = append(jobs, more...)
		res.Files += len(more)
	}
	made := make(map[string]bool, len(jobs))
	for _, j := range jobs {
		made[j.Out] = true
	}
	for out := range b.have {
		if !made[out] {
			if err := w.Remove(out); err != nil {
				return res, b.fail(err)
			}
		}
	}
	b.have = made
	b.pending = map[string]bool{}
	b.pendingAll = false
	b.printed = nil
	res.Files += len(first) + len(todo)
	for _, j := range jobs {
		if web.IsPage(j.Out) && !IsPrint(j.Out) {
			res.Pages++
		}
	}
	return res, nil
}

// runErr returns the error of a run of jobs: ctx's when it was cancelled
// (pending stays), else a failure.
func (b *Builder) runErr(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return b.fail(fmt.Errorf("render: %w", err))
}

// fail records a failure of the tool itself (a theme that does not
// parse, a photo that cannot be read): the next run starts over and
// renders everything.
func (b *Builder) fail(err error) error {
	b.good = false
	b.failed = true
	b.pendingAll = true
	return err
}

// Lazy returns the print-ready page at output path out ("in-an/…"),
// making the print pages of its language from the last good build the
// first time one is asked for after a run. It reports false for any
// other path and while the content has errors, and the error when the
// print pages cannot be made.
func (b *Builder) Lazy(out string) ([]byte, bool, error) {
	if !IsPrint(out) {
		return nil, false, nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.good || b.in == nil {
		return nil, false, nil
	}
	c := b.in.Catalog()
	for _, l := range c.Config.Languages {
		if !strings.HasPrefix(out, printRoot(l.Code)) {
			continue
		}
		if b.printed == nil {
			b.printed = map[string]map[string][]byte{}
		}
		files, ok := b.printed[l.Code]
		if !ok {
			bo, err := BrochureOptions(b.opt.Source, c, b.now)
			if err != nil {
				return nil, false, err
			}
			bo.Lang = l.Code
			mw := memWriter{}
			if _, err := brochure.HTML(c, bo, mw); err != nil {
				return nil, false, err
			}
			files = mw
			b.printed[l.Code] = files
		}
		data, ok := files[out]
		return data, ok, nil
	}
	return nil, false, nil
}

// IsPrint reports whether out is the output path of a print-ready page
// (made by package brochure, on demand by Lazy).
func IsPrint(out string) bool {
	for _, l := range []string{"vi", "en"} {
		if strings.HasPrefix(out, printRoot(l)) {
			return true
		}
	}
	return false
}

// printRoot is the folder of a language's print pages: "in-an/".
func printRoot(lang string) string {
	p := strings.TrimSuffix(urls.PrintPage(urls.PrintAll, lang, ""), "/")
	return p[:strings.LastIndex(p, "/")+1]
}

// recorder is a Writer that adds every path written to have.
type recorder struct {
	Writer
	mu   sync.Mutex
	have map[string]bool
}

func (r *recorder) WriteFile(p string, data []byte) error {
	r.mu.Lock()
	r.have[p] = true
	r.mu.Unlock()
	return r.Writer.WriteFile(p, data)
}

// memWriter is an output.Writer into a map, for one goroutine.
type memWriter map[string][]byte

func (m memWriter) WriteFile(p string, data []byte) error {
	m[p] = data
	return nil
}

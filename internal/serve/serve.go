// Package serve is `ocop serve`: a development server for content
// editors. It builds the site into memory (never touching public/),
// serves it on a loopback address, watches content/ and themes/, and on
// every save rebuilds what the save affects and tells the open pages:
// the changed pages reload (keeping their scroll position), a changed
// style sheet is swapped in place, and content errors show over the page
// (and in the terminal) until the next good save, while the last good
// site stays served.
//
// Run is the command; Start gives the same server as an http.Handler
// without a listener, for tests.
package serve

import (
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// DefaultAddr is where Run listens unless told otherwise.
const DefaultAddr = "127.0.0.1:1313"

// Options configure a server.
type Options struct {
	// Source is the site's folder, holding content/ (default ".").
	Source string
	// Addr is the address to listen on (default DefaultAddr). A port of
	// 0 picks a free one. An address that is not loopback is served
	// with a warning: the preview is meant for this machine.
	Addr string
	// BaseURL is the address the site is built for (default
	// "http://" + the address listened on + "/"); a path such as
	// http://127.0.0.1:1313/ocop/ serves the site under /ocop/.
	BaseURL string
	// Open opens the site in the default browser once it is ready.
	Open bool
	// Log receives progress and content problems (default os.Stderr).
	Log io.Writer
	// Lang is the language of the log and of the problems shown over
	// the pages: message.VI (also for ""), or message.EN.
	Lang message.Lang
	// Ready, when set, is called with the site's URL once it is served.
	Ready func(url string)

	// quiet is the debounce window (default 50 ms).
	quiet time.Duration
	// now fixes the date certificates are checked against.
	now time.Time
	// noWatch leaves the watcher out (tests call rebuild themselves).
	noWatch bool
	// started, when set, is given the server Run starts (tests).
	started func(*Server)
}

// Server is a running development server: an http.Handler serving the
// site from memory.
type Server struct {
	opt  Options
	root string
	base urls.Base
	out  *store
	hub  *hub
	b    *builder
	done chan struct{}
	wg   sync.WaitGroup
	stop context.CancelFunc

	kick    chan struct{}
	queueMu sync.Mutex
	queue   []string
	queued  map[string]bool

	h    http.Handler
	logm sync.Mutex
}

// Start builds the site of opt.Source once, then watches it and
// rebuilds on every change until ctx is done or Close is called.
// opt.BaseURL must be set, or opt.Addr (the base URL is then
// http://Addr/). Content errors do not fail Start: they are shown.
func Start(ctx context.Context, opt Options) (*Server, error) {
	if opt.Source == "" {
		opt.Source = "."
	}
	if opt.Log == nil {
		opt.Log = os.Stderr
	}
	if opt.quiet == 0 {
		opt.quiet = 50 * time.Millisecond
	}
	if opt.now.IsZero() {
		opt.now = time.Now()
	}
	if opt.BaseURL == "" {
		if opt.Addr == "" {
			opt.Addr = DefaultAddr
		}
		opt.BaseURL = "http://" + opt.Addr + "/"
	}
	base, err := urls.ParseBase(opt.BaseURL)
	if err != nil {
		return nil, err
	}
	fsys, err := build.DirFS(opt.Source)
	if err != nil {
		return nil, err
	}
	root, err := filepath.Abs(opt.Source)
	if err != nil {
		return nil, err
	}
	ctx, stop := context.WithCancel(ctx)
	s := &Server{
		opt: opt, root: root, base: base, out: newStore(), hub: newHub(),
		done: make(chan struct{}), stop: stop,
		kick: make(chan struct{}, 1), queued: map[string]bool{},
	}
	s.h = &handler{s: s, base: base.Path()}
	s.b = &builder{s: s, b: build.New(build.Options{Source: fsys, BaseURL: base.String(), Now: opt.now})}
	s.b.mem = newMemory(s, s.b.clear)
	// Watch before the first build, so that nothing saved during it is
	// missed.
	var w *watcher
	if !opt.noWatch {
		w, err = newWatcher(root, []string{"content", "themes"}, opt.quiet, s.enqueue, s.logf)
		if err != nil {
			stop()
			return nil, fmt.Errorf("watch: %w", err)
		}
	}
	s.b.rebuild(ctx, nil)
	if w != nil {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			w.run(ctx)
		}()
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.loop(ctx)
	}()
	go func() {
		<-ctx.Done()
		close(s.done)
	}()
	return s, nil
}

// Close stops watching and ends the event streams.
func (s *Server) Close() error {
	s.stop()
	s.b.interrupt()
	s.wg.Wait()
	return nil
}

// ServeHTTP serves the site.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.h.ServeHTTP(w, r) }

// URL returns the site's address.
func (s *Server) URL() string { return s.base.String() }

// enqueue takes a batch of changed paths from the watcher.
func (s *Server) enqueue(paths []string) {
	s.queueMu.Lock()
	for _, p := range paths {
		if !s.queued[p] {
			s.queued[p] = true
			s.queue = append(s.queue, p)
		}
	}
	s.queueMu.Unlock()
	s.b.interrupt()
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// loop rebuilds for each batch of changes.
func (s *Server) loop(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.kick:
		}
		s.queueMu.Lock()
		batch := s.queue
		s.queue, s.queued = nil, map[string]bool{}
		s.queueMu.Unlock()
		if len(batch) == 0 {
			continue
		}
		s.logf("changed: %s", summary(batch))
		s.b.rebuild(ctx, batch)
	}
}

func summary(paths []string) any {
	if len(paths) <= 3 {
		return strings.Join(paths, ", ")
	}
	return message.Errorf("%s and %d more", strings.Join(paths[:3], ", "), len(paths)-3)
}

// log writes text, already in the server's language, to the log.
func (s *Server) log(text string) {
	s.logm.Lock()
	defer s.logm.Unlock()
	fmt.Fprintln(s.opt.Log, text)
}

// logf writes a line to the log: format, an English fmt format, in the
// server's language (see package message).
func (s *Server) logf(format string, args ...any) {
	s.logm.Lock()
	defer s.logm.Unlock()
	fmt.Fprintln(s.opt.Log, message.Sprintf(s.opt.Lang, format, args...))
}

// file returns an output file of the current build. Print pages are
// made when first asked for.
func (s *Server) file(out string) ([]byte, int, bool) {
	data, gen, ok := s.out.get(out)
	if ok {
		return data, gen, true
	}
	if build.IsPrint(out) {
		data, ok, err := s.b.b.Lazy(out)
		if err != nil {
			s.logf("print pages: %v", err)
		}
		if ok {
			return data, gen, true
		}
	}
	if strings.HasSuffix(out, ".html") && s.out.count() == 0 {
		return waitingPage(s.opt.Lang), gen, true
	}
	return nil, gen, false
}

// waitingPage stands for every page while no good build exists; the
// reload script shows the problems over it.
func waitingPage(lang message.Lang) []byte {
	code := "vi"
	if lang == message.EN {
		code = "en"
	}
	return []byte(`<!doctype html><html lang="` + code + `"><meta charset="utf-8"><title>ocop serve</title><body><p>` +
		html.EscapeString(message.Sprintf(lang, "The site is not built yet: the content has errors.")) + `</p></body></html>`)
}

// changedSince reports whether the page at URL path page (relative to
// the base path) changed after generation gen.
func (s *Server) changedSince(page string, gen int) bool {
	out := page
	if out == "" || strings.HasSuffix(out, "/") {
		out += "index.html"
	}
	return s.out.changedSince(out, gen)
}

// urlPath is the URL path of an output file: "san-pham/gao/index.html"
// is "/san-pham/gao/".
func (s *Server) urlPath(out string) string {
	if out == "index.html" || strings.HasSuffix(out, "/index.html") {
		out = strings.TrimSuffix(out, "index.html")
	}
	return s.base.Path() + out
}

// changed tells the open pages which files changed: style sheets are
// swapped in place, pages reload.
func (s *Server) changed(gen int, outs []string, all bool) {
	var pages, css []string
	for _, o := range outs {
		if strings.HasSuffix(o, ".css") {
			css = append(css, s.urlPath(o))
		} else {
			pages = append(pages, s.urlPath(o))
		}
	}
	if len(css) > 0 {
		s.hub.broadcast(newEvent("css", reloadData{Gen: gen, Paths: css}))
	}
	if len(pages) > 0 || all {
		s.hub.broadcast(newEvent("reload", reloadData{Gen: gen, Paths: pages, All: all}))
	}
}

// settled is called when a rebuild has rendered everything it affects.
func (s *Server) settled(gen int) {
	s.hub.broadcast(newEvent("settled", reloadData{Gen: gen}))
}

// maxProblems is how many problems the overlay lists.
const maxProblems = 50

// problems shows the content's errors, then the warnings of the files
// with errors, in the terminal and over the open pages.
func (s *Server) problems(ds catalog.Diagnostics) {
	bad := map[string]bool{}
	var errs, warns catalog.Diagnostics
	for _, d := range ds {
		if d.Severity == catalog.Error {
			bad[d.Pos.Path] = true
			errs = append(errs, d)
		} else {
			warns = append(warns, d)
		}
	}
	lang := s.opt.Lang
	var ed errorData
	var b strings.Builder
	for _, d := range append(errs, warns...) {
		if !bad[d.Pos.Path] {
			continue
		}
		fmt.Fprintf(&b, "%s\n", d.Line(lang))
		if len(ed.Problems) < maxProblems {
			ed.Problems = append(ed.Problems, problem{
				Pos:      d.Pos.String(),
				Severity: d.Severity.String(),
				Label:    d.Severity.Localize(lang),
				Message:  d.Text(lang),
			})
		} else {
			ed.More++
		}
	}
	n := message.Count{N: len(errs), EN: "error", VI: "lỗi"}
	ed.Title = message.Sprintf(lang, "The content has %s", n)
	ed.Note = message.Sprintf(lang, "The site still shows the last good version. Fix the file and save: this box closes by itself.")
	if ed.More > 0 {
		ed.MoreText = message.Sprintf(lang, "… and %d more; run ocop check to list them all", ed.More)
	}
	ed.Hide = message.Sprintf(lang, "Hide")
	b.WriteString(message.Sprintf(lang, "%s; still serving the last good site", n))
	s.log(b.String())
	s.hub.broadcast(newEvent("problems", ed))
}

// ok clears the problems after a good save.
func (s *Server) ok() {
	s.logf("fixed: no more errors")
	s.hub.broadcast(newEvent("ok", struct{}{}))
}

// builder runs the site's build.Builder for the server: one rebuild at
// a time, each into the store (memory), with the problems shown over the
// pages while the content has errors.
type builder struct {
	s   *Server
	b   *build.Builder
	mem *memory

	mu sync.Mutex
	// good says the content has no errors.
	good bool
	// published says a good build was published since the start.
	published bool
	// shown says problems are shown over the pages.
	shown bool

	// cancel cuts the running rebuild short.
	cancelMu sync.Mutex
	cancel   context.CancelFunc
	// builds counts the rebuilds started, finished those finished.
	builds, finished atomic.Int64
	// quick counts the rebuilds that showed the changed records' own
	// pages first.
	quick atomic.Int64
}

// rebuild handles one batch of changed paths (slash-separated, relative
// to the source folder); nil means the first build.
func (b *builder) rebuild(ctx context.Context, changed []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.builds.Add(1)
	defer b.finished.Add(1)
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
	b.mem.begin(time.Now())
	res, err := b.b.Run(ctx, changed, b.mem)
	if res != nil && res.Quick {
		b.quick.Add(1)
	}
	switch {
	case err == nil:
		b.good = true
		first := !b.published
		b.published = true
		b.mem.commit(first)
	case errors.Is(err, build.ErrContent):
		b.good = false
		b.show(res.Diagnostics)
	case errors.Is(err, context.Canceled):
		// A newer change cut the rebuild short; the next one renders
		// what this one did not.
		if res != nil && !res.Diagnostics.HasErrors() {
			b.good = true
			b.clear()
		}
	default:
		b.failed(err)
	}
}

// interrupt cuts the running rebuild, if any, short.
func (b *builder) interrupt() {
	b.cancelMu.Lock()
	defer b.cancelMu.Unlock()
	if b.cancel != nil {
		b.cancel()
	}
}

// cat returns the catalog being served, nil before the first good build.
func (b *builder) cat() *catalog.Catalog { return b.b.Catalog() }

// failed reports a failure of the tool itself (a theme that does not
// parse, a photo that cannot be read) like a content error.
func (b *builder) failed(err error) {
	b.good = false
	d := catalog.Diagnostic{Pos: catalog.Pos{Path: "(build)"}, Severity: catalog.Error, Message: err.Error(), Format: "%s", Args: []any{err}}
	var de *fs.PathError
	if errors.As(err, &de) && de.Path != "" {
		d.Pos = catalog.Pos{Path: filepath.ToSlash(de.Path)}
	}
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

// Run serves the site of opt.Source until ctx is done: it listens on
// opt.Addr, builds the site, calls opt.Ready and, with opt.Open, opens
// the browser.
func Run(ctx context.Context, opt Options) error {
	if opt.Addr == "" {
		opt.Addr = DefaultAddr
	}
	if opt.Log == nil {
		opt.Log = os.Stderr
	}
	if _, err := build.DirFS(defaultSource(opt.Source)); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", opt.Addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	if !loopback(opt.Addr) {
		fmt.Fprintln(opt.Log, message.Sprintf(opt.Lang, "warning: %s is not a loopback address; anyone who can reach this machine can see the preview", opt.Addr))
	}
	if opt.BaseURL == "" {
		if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
			host = "localhost"
		}
		opt.BaseURL = "http://" + net.JoinHostPort(host, port) + "/"
	}
	s, err := Start(ctx, opt)
	if err != nil {
		return err
	}
	defer s.Close()
	if opt.started != nil {
		opt.started(s)
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	url := s.URL()
	s.logf("serving %s at %s (Ctrl+C to stop)", defaultSource(opt.Source), url)
	if opt.Ready != nil {
		opt.Ready(url)
	}
	if opt.Open {
		if err := openBrowser(url); err != nil {
			s.logf("cannot open a browser: %v; open %s yourself", err, url)
		}
	}
	select {
	case <-ctx.Done():
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return err
		}
	}
	s.stop()
	sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = srv.Shutdown(sctx)
	return nil
}

// defaultSource names the site folder s for the log: its full path, so
// that "." does not stand alone in a sentence.
func defaultSource(s string) string {
	if s == "" {
		s = "."
	}
	if abs, err := filepath.Abs(s); err == nil {
		return abs
	}
	return s
}

// loopback reports whether addr's host is a loopback address or
// "localhost".
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// openBrowser opens url in the default browser.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { _ = cmd.Wait() }()
	return nil
}

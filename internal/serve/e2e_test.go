package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// running is a server started with Run on 127.0.0.1, port 0.
type running struct {
	s   *Server
	url string
}

func runTest(t testing.TB, dir string, opt Options) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	var srv *Server
	opt.Source, opt.Addr = dir, "127.0.0.1:0"
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	if opt.quiet == 0 {
		opt.quiet = 30 * time.Millisecond
	}
	opt.now = testNow
	opt.Ready = func(u string) { ready <- u }
	opt.started = func(s *Server) { srv = s }
	done := make(chan error, 1)
	go func() { done <- Run(ctx, opt) }()
	var u string
	select {
	case u = <-ready:
	case err := <-done:
		t.Fatalf("Run: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("server not ready")
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	return &running{s: srv, url: u}
}

func (r *running) get(t testing.TB, p string) (int, string, http.Header) {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(strings.TrimSuffix(r.url, "/") + p)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// settle waits until the server has taken every change and built.
func (r *running) settle(t testing.TB, minBuilds int64) {
	t.Helper()
	waitFor(t, "rebuild", 60*time.Second, func() bool { return r.s.b.builds.Load() >= minBuilds && r.s.idle() })
	// The watcher may still hold a batch in its quiet window.
	time.Sleep(3 * r.s.opt.quiet)
	waitFor(t, "rebuild", 60*time.Second, r.s.idle)
}

// sse is an open event stream.
type sse struct {
	events chan sseEvent
	close  func()
}

type sseEvent struct {
	name string
	data reloadData
	raw  string
	at   time.Time
}

func (r *running) events(t testing.TB, query string) *sse {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", r.url+eventsPath+query, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events: Content-Type %q", ct)
	}
	s := &sse{events: make(chan sseEvent, 1024), close: func() { cancel(); resp.Body.Close() }}
	t.Cleanup(s.close)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		var e sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				e.name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				e.raw = strings.TrimPrefix(line, "data: ")
				_ = json.Unmarshal([]byte(e.raw), &e.data)
			case line == "" && e.name != "":
				e.at = time.Now()
				s.events <- e
				e = sseEvent{}
			}
		}
		close(s.events)
	}()
	return s
}

// next waits for an event named name for which ok holds.
func (s *sse) next(t testing.TB, name string, ok func(sseEvent) bool) sseEvent {
	t.Helper()
	timeout := time.After(60 * time.Second)
	for {
		select {
		case e, open := <-s.events:
			if !open {
				t.Fatalf("event stream closed waiting for %s", name)
			}
			if e.name == name && (ok == nil || ok(e)) {
				return e
			}
		case <-timeout:
			t.Fatalf("no %s event", name)
		}
	}
}

func has(paths []string, p string) bool {
	for _, x := range paths {
		if x == p {
			return true
		}
	}
	return false
}

// atomicSave writes text to a temp file beside p and renames it onto p,
// as editors do.
func atomicSave(t testing.TB, dir, rel, tmpName, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	tmp := filepath.Join(filepath.Dir(p), tmpName)
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
}

// Case serve-001: atomic saves through an editor's temp file rebuild
// once each, and the page shows the last text; temp and backup files
// never become pages nor start a build; a burst makes one rebuild.
func TestServe001AtomicSave(t *testing.T) {
	dir := newSite(t, baseProducts())
	r := runTest(t, dir, Options{})
	events := r.events(t, "")
	b0 := r.s.b.builds.Load()
	np := product{id: "nuoc-mam", name: "Nước mắm Sa Châu", producer: "p2", group: "thuc-pham", stars: 4, district: "Hải Hậu", body: "Lần thứ nhất."}
	atomicSave(t, dir, "content/products/nuoc-mam.md", "nuoc-mam.md.tmp~", np.text())
	r.settle(t, b0+1)
	events.next(t, "reload", func(e sseEvent) bool { return has(e.data.Paths, "/san-pham/nuoc-mam-sa-chau/") })
	np.body = "Lần thứ hai, đã sửa."
	atomicSave(t, dir, "content/products/nuoc-mam.md", "nuoc-mam.md.tmp~", np.text())
	r.settle(t, b0+2)
	if got := r.s.b.builds.Load() - b0; got != 2 {
		t.Errorf("two atomic saves made %d rebuilds, want 2", got)
	}
	code, body, _ := r.get(t, "/san-pham/nuoc-mam-sa-chau/")
	if code != 200 || !strings.Contains(body, "Lần thứ hai, đã sửa.") || strings.Contains(body, "Lần thứ nhất.") {
		t.Fatalf("page after the second save: %d, second text shown: %v", code, strings.Contains(body, "Lần thứ hai"))
	}

	// Editor temp and backup files: no build, no page.
	b1 := r.s.b.builds.Load()
	for _, name := range []string{"nuoc-mam.md~", "nuoc-mam.md.tmp", ".nuoc-mam.md.swp", "4913", ".#nuoc-mam.md", "nuoc-mam.md.bck", "#nuoc-mam.md#", "nuoc-mam.md.bak"} {
		writeFile(t, dir, "content/products/"+name, np.text())
	}
	writeFile(t, dir, "content/products/.hidden/x.md", np.text())
	time.Sleep(20 * r.s.opt.quiet)
	if got := r.s.b.builds.Load(); got != b1 {
		t.Errorf("temp and backup files started %d build(s)", got-b1)
	}
	for out := range r.s.files() {
		if strings.Contains(out, "4913") || strings.Contains(out, "swp") || strings.Contains(out, "bck") || strings.Contains(out, "hidden") {
			t.Errorf("temp file published as %s", out)
		}
	}

	// A burst of saves: one rebuild. On a busy machine one save may come
	// later than the quiet window after the one before; the burst is then
	// two bursts, and two rebuilds are right.
	b2 := r.s.b.builds.Load()
	var gap time.Duration
	last := time.Now()
	for i := range 10 {
		np.body = strings.Repeat("Lần nữa. ", i+1)
		atomicSave(t, dir, "content/products/nuoc-mam.md", ".nuoc-mam.md.swx", np.text())
		gap, last = max(gap, time.Since(last)), time.Now()
	}
	r.settle(t, b2+1)
	if got := r.s.b.builds.Load() - b2; got != 1 && (gap < r.s.opt.quiet || got != 2) {
		t.Errorf("a burst of 10 saves made %d rebuilds, want 1 (longest time between two saves %v, quiet window %v)", got, gap, r.s.opt.quiet)
	}
	_, body, _ = r.get(t, "/san-pham/nuoc-mam-sa-chau/")
	if !strings.Contains(body, strings.Repeat("Lần nữa. ", 9)+"Lần nữa.") || strings.Contains(body, strings.Repeat("Lần nữa. ", 11)) {
		t.Errorf("the page does not show the burst's last text")
	}
	want, _ := fullBuild(t, dir, r.url)
	if d := sameFiles(r.s.files(), want); len(d) > 0 {
		t.Errorf("served site differs from a full build: %v", d)
	}
}

// Case serve-002: a product written into a new folder (made with
// mkdir -p, the file written at once, before the watch exists) appears
// with its listing and search entry, and a renamed folder's products are
// neither lost nor doubled.
func TestServe002NewDirectories(t *testing.T) {
	dir := newSite(t, baseProducts())
	r := runTest(t, dir, Options{})
	b0 := r.s.b.builds.Load()
	np := product{id: "keo-lac", name: "Kẹo lạc Cô Tiên", producer: "p3", group: "thuc-pham", stars: 3, district: "Hải Hậu", body: "Kẹo lạc giòn."}
	if err := os.MkdirAll(filepath.Join(dir, "content/products/banh-keo/new"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "content/products/banh-keo/new/keo-lac.md", np.text())
	r.settle(t, b0+1)
	if code, _, _ := r.get(t, "/san-pham/keo-lac-co-tien/"); code != 200 {
		t.Fatalf("new product's page: %d", code)
	}
	if _, body, _ := r.get(t, "/san-pham/"); !strings.Contains(body, "Kẹo lạc Cô Tiên") {
		t.Errorf("the product list does not show the new product")
	}
	found := false
	for out, data := range r.s.files() {
		if strings.HasPrefix(out, "search/") && strings.Contains(string(data), "Kẹo lạc Cô Tiên") {
			found = true
		}
	}
	if !found {
		t.Errorf("the search index has no entry for the new product")
	}

	// Deeper folders made at once, a file in the deepest.
	b1 := r.s.b.builds.Load()
	deep := product{id: "banh-cay", name: "Bánh cáy Làng Nguyễn", producer: "p4", group: "thuc-pham", stars: 4, district: "Nam Trực", body: "Bánh cáy."}
	if err := os.MkdirAll(filepath.Join(dir, "content/products/a/b/c"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "content/products/a/b/c/banh-cay.md", deep.text())
	r.settle(t, b1+1)
	if code, _, _ := r.get(t, "/san-pham/banh-cay-lang-nguyen/"); code != 200 {
		t.Fatalf("product in a deep new folder: %d", code)
	}

	// Rename a folder of products.
	b2 := r.s.b.builds.Load()
	if err := os.Rename(filepath.Join(dir, "content/products/banh-keo"), filepath.Join(dir, "content/products/keo")); err != nil {
		t.Fatal(err)
	}
	r.settle(t, b2+1)
	if n := len(r.s.b.cat().Products); n != len(baseProducts())+2 {
		t.Errorf("after the rename the catalog has %d products, want %d", n, len(baseProducts())+2)
	}
	want, _ := fullBuild(t, dir, r.url)
	if d := sameFiles(r.s.files(), want); len(d) > 0 {
		t.Errorf("served site differs from a full build: %v", d)
	}
	// The renamed folder is watched under its new name.
	b3 := r.s.b.builds.Load()
	np.body = "Kẹo lạc sau khi đổi thư mục."
	atomicSave(t, dir, "content/products/keo/new/keo-lac.md", "keo-lac.md.tmp", np.text())
	r.settle(t, b3+1)
	if _, body, _ := r.get(t, "/san-pham/keo-lac-co-tien/"); !strings.Contains(body, "sau khi đổi thư mục") {
		t.Errorf("an edit in the renamed folder is not seen")
	}
	if _, body, _ := r.get(t, "/san-pham/"); strings.Count(body, `href="/san-pham/keo-lac-co-tien/"`) != strings.Count(string(want["san-pham/index.html"]), `href="/san-pham/keo-lac-co-tien/"`) {
		t.Errorf("the renamed folder's product is listed a different number of times than in a full build")
	}
}

// A save sends a reload event naming the page; a broken save shows the
// problem (position and message) while the last good page is served,
// and the next good save clears it.
func TestReloadAndOverlay(t *testing.T) {
	ps := baseProducts()
	dir := newSite(t, ps)
	r := runTest(t, dir, Options{})
	events := r.events(t, "")
	events.next(t, "ok", nil)
	p := ps[3]
	p.body = "Rượu nếp, bản sửa."
	writeFile(t, dir, p.path(), p.text())
	e := events.next(t, "reload", func(e sseEvent) bool { return has(e.data.Paths, "/san-pham/ruou-nep-hai-hau/") })
	if !has(e.data.Paths, "/en/products/ruou-nep-hai-hau/") {
		t.Errorf("reload names %v, not the English page", e.data.Paths)
	}
	events.next(t, "settled", nil)
	_, good, _ := r.get(t, "/san-pham/ruou-nep-hai-hau/")

	bad := strings.Replace(p.text(), "stars: 5", "stars: 9", 1)
	writeFile(t, dir, p.path(), bad)
	e = events.next(t, "problems", nil)
	var ed errorData
	if err := json.Unmarshal([]byte(e.raw), &ed); err != nil || len(ed.Problems) == 0 {
		t.Fatalf("problems event %s: %v", e.raw, err)
	}
	var pr problem
	for _, x := range ed.Problems {
		if x.Severity == "error" {
			pr = x
			break
		}
	}
	if !strings.HasPrefix(pr.Pos, "content/products/ruou-nep.md:") || strings.Count(pr.Pos, ":") != 2 || !strings.Contains(pr.Message, "stars must be 1–5, got 9") {
		t.Errorf("problem shown: %+v", pr)
	}
	if _, now, _ := r.get(t, "/san-pham/ruou-nep-hai-hau/"); now != good {
		t.Errorf("after a broken save the page changed")
	}
	// A page opened now learns of the problem on connecting.
	late := r.events(t, "")
	late.next(t, "problems", nil)

	p.body = "Rượu nếp, đã sửa lỗi."
	writeFile(t, dir, p.path(), p.text())
	events.next(t, "ok", nil) // the overlay closes, then the page reloads
	events.next(t, "reload", func(e sseEvent) bool { return has(e.data.Paths, "/san-pham/ruou-nep-hai-hau/") })
	if _, now, _ := r.get(t, "/san-pham/ruou-nep-hai-hau/"); !strings.Contains(now, "đã sửa lỗi") {
		t.Errorf("the fixed page is not served")
	}
}

// A page that connects after its file changed is told to reload.
func TestReloadMissedChange(t *testing.T) {
	ps := baseProducts()
	dir := newSite(t, ps)
	r := runTest(t, dir, Options{})
	_, gen, _ := r.s.out.get("san-pham/gao-nep-bac-nghia-binh/index.html")
	b0 := r.s.b.builds.Load()
	p := ps[0]
	p.body = "Đổi khi trang chưa kết nối."
	writeFile(t, dir, p.path(), p.text())
	r.settle(t, b0+1)
	ev := r.events(t, "?gen="+itoa(gen)+"&path=/san-pham/gao-nep-bac-nghia-binh/")
	ev.next(t, "reload", func(e sseEvent) bool { return has(e.data.Paths, "/san-pham/gao-nep-bac-nghia-binh/") })
}

func itoa(n int) string {
	return strings.TrimSpace(strings.Repeat(" ", 0) + func() string { b, _ := json.Marshal(n); return string(b) }())
}

// A style sheet change of the site's theme swaps the sheet: a css event,
// no page reload.
func TestCSSOnlyChange(t *testing.T) {
	dir := newSite(t, baseProducts())
	site, _ := os.ReadFile(filepath.Join(dir, "content/site.yaml"))
	writeFile(t, dir, "content/site.yaml", string(site)+"\ntheme: mine\n")
	writeFile(t, dir, "themes/mine/assets/site.css", "body { color: #111; }\n")
	r := runTest(t, dir, Options{})
	events := r.events(t, "")
	writeFile(t, dir, "themes/mine/assets/site.css", "body { color: #222; }\n")
	e := events.next(t, "css", nil)
	if !has(e.data.Paths, "/assets/site.css") {
		t.Errorf("css event names %v", e.data.Paths)
	}
	events.next(t, "settled", nil)
	select {
	case x := <-events.events:
		if x.name == "reload" {
			t.Errorf("a CSS change reloaded pages: %v", x.data.Paths)
		}
	default:
	}
	if _, body, h := r.get(t, "/assets/site.css"); body != "body { color: #222; }\n" || !strings.HasPrefix(h.Get("Content-Type"), "text/css") {
		t.Errorf("served style sheet %q (%s)", body, h.Get("Content-Type"))
	}
}

// A site with errors at the start shows them on a stand-in page; the
// first good save builds it and every open page reloads.
func TestStartWithErrors(t *testing.T) {
	ps := baseProducts()
	dir := newSite(t, ps)
	p := ps[1]
	writeFile(t, dir, p.path(), strings.Replace(p.text(), "stars: 3", "stars: 0", 1))
	r := runTest(t, dir, Options{})
	code, body, _ := r.get(t, "/")
	if code != 200 || !strings.Contains(body, "_ocop/reload.js") {
		t.Fatalf("stand-in page: %d", code)
	}
	events := r.events(t, "")
	events.next(t, "problems", nil)
	writeFile(t, dir, p.path(), p.text())
	events.next(t, "ok", nil)
	events.next(t, "reload", func(e sseEvent) bool { return e.data.All })
	late := r.events(t, "")
	late.next(t, "ok", nil)
	if code, _, _ := r.get(t, "/san-pham/nuoc-mam-van-hoa/"); code != 200 {
		t.Errorf("page after the fix: %d", code)
	}
}

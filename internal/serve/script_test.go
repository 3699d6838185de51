package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// TestScripts runs the preview scenarios of testdata/script. Each is a
// txtar archive of site files on top of the base site of
// testdata/site.txtar and the repository's reference data (site.yaml,
// groups, geography), and the steps of an editor's session: start the
// preview, save files, and what the open pages are told and served.
//
// The preview runs in process on a free loopback port, dated testNow,
// and is driven only through Run and its HTTP endpoints: the pages and
// the event stream. Besides testscript's own commands (rm, mkdir, mv,
// symlink, stdout, cmp …), scenarios have:
//
//	serve [-lang vi|en] start the preview on the site and open an event
//	                    stream, as a page does; its messages are in
//	                    English unless -lang vi
//	save DST SRC        save DST with the bytes of SRC, as editors do:
//	                    written beside it, then renamed onto it
//	save DST -append SRC
//	                    save DST with the bytes of SRC added at its end
//	save DST -replace OLD NEW
//	                    save DST with OLD replaced by NEW (once; OLD must
//	                    be there)
//	await NAME [ARG]    wait for the next event NAME on the stream:
//	                    reload PATH / css PATH (an event naming that URL
//	                    path; "all" for a reload of every page), problems
//	                    N (the overlay shows N problems, each printed as
//	                    pos: severity: message), ok, settled. Events
//	                    before it are passed over.
//	! await NAME [ARG]  no such event comes before the next settled one
//	await page PATH REGEXP
//	                    wait until the page at PATH matches REGEXP (for
//	                    a burst of saves, which a busy machine may build
//	                    in more than one go)
//	get [-status N] PATH [FILE]
//	                    fetch PATH (default status 200); its body goes
//	                    to stdout, its Content-Type to stderr; with FILE
//	                    the body must equal FILE
//	connect [PATH]      open a new event stream, as a page opened now
//	                    does; with PATH, as the page at PATH last
//	                    fetched by get, reconnecting
//	stop                stop the preview; its log goes to stdout
//	mkfifo PATH         make a named pipe (unix)
//
// (await is not called wait: testscript's own wait, for background
// commands, cannot be replaced.) A scenario that does not stop the
// preview has it stopped at its end.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                "testdata/script",
		Setup:              scriptSetup,
		Cmds:               scriptCmds,
		RequireUniqueNames: true,
	})
}

// scriptSetup completes a scenario's site with the base site and the
// reference data, the files it does not give itself.
func scriptSetup(env *testscript.Env) error {
	work := env.WorkDir
	base, err := txtar.ParseFile(filepath.Join("testdata", "site.txtar"))
	if err != nil {
		return err
	}
	files := map[string][]byte{}
	for _, f := range base.Files {
		files[f.Name] = f.Data
	}
	geo, err := filepath.Glob(filepath.Join(repoRoot, "content", "geo", "*.yaml"))
	if err != nil || len(geo) == 0 {
		return fmt.Errorf("no geography in %s: %v", repoRoot, err)
	}
	refs := append([]string{filepath.Join(repoRoot, "content", "site.yaml"), filepath.Join(repoRoot, "content", "groups.yaml")}, geo...)
	for _, ref := range refs {
		b, err := os.ReadFile(ref)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(repoRoot, ref)
		files[filepath.ToSlash(rel)] = b
	}
	for rel, b := range files {
		dst := filepath.Join(work, filepath.FromSlash(rel))
		if _, err := os.Lstat(dst); err == nil {
			continue // the scenario gives its own
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return err
		}
	}
	p := &preview{}
	env.Values[previewKey{}] = p
	env.Defer(func() {
		if err := p.stop(); err != nil {
			env.T().Fatal(err)
		}
	})
	return nil
}

type previewKey struct{}

// preview is the running preview of one scenario.
type preview struct {
	url    string
	cancel context.CancelFunc
	done   chan error
	log    lockedBuffer
	stream *stream
	// gens are the generations the pages fetched by get were served at.
	gens map[string]string
}

// start runs the preview of the site in dir, dated testNow, with the
// given quiet window, and opens an event stream.
func (p *preview) start(dir string, quiet time.Duration, lang message.Lang) error {
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	p.done = make(chan error, 1)
	opt := Options{
		Source: dir,
		Addr:   "127.0.0.1:0",
		Log:    &p.log,
		Ready:  func(u string) { ready <- u },
		Lang:   lang,
		quiet:  quiet,
		now:    testNow,
	}
	go func() { p.done <- Run(ctx, opt) }()
	select {
	case p.url = <-ready:
	case err := <-p.done:
		cancel()
		return fmt.Errorf("serve: %v", err)
	case <-time.After(5 * time.Minute):
		cancel()
		return fmt.Errorf("serve: not ready after 5 minutes")
	}
	p.cancel = cancel
	p.gens = map[string]string{}
	s, err := openStream(p.url, "")
	if err != nil {
		p.stop()
		return err
	}
	p.stream = s
	return nil
}

// stop stops the preview, if it runs.
func (p *preview) stop() error {
	if p.cancel == nil {
		return nil
	}
	if p.stream != nil {
		p.stream.close()
		p.stream = nil
	}
	p.cancel()
	p.cancel = nil
	select {
	case err := <-p.done:
		if err != nil {
			return fmt.Errorf("Run: %v", err)
		}
	case <-time.After(60 * time.Second):
		return fmt.Errorf("the preview did not stop")
	}
	return nil
}

// lockedBuffer is the preview's log.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// stream is an open event stream, as a page's reload script has one.
type stream struct {
	events chan streamEvent
	close  func()
}

// streamEvent is one event as the stream sends it.
type streamEvent struct {
	name string
	data eventData
}

// eventData holds the fields of every event's JSON data.
type eventData struct {
	Gen      int      `json:"gen"`
	Paths    []string `json:"paths"`
	All      bool     `json:"all"`
	Title    string   `json:"title"`
	Problems []struct {
		Pos, Severity, Label, Message string
	} `json:"problems"`
	More     int    `json:"more"`
	MoreText string `json:"moreText"`
}

// openStream connects to the event stream with the given query.
func openStream(url, query string) (*stream, error) {
	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, "GET", url+"_ocop/events"+query, nil)
	if err != nil {
		cancel()
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		cancel()
		return nil, err
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		cancel()
		resp.Body.Close()
		return nil, fmt.Errorf("event stream: Content-Type %q", ct)
	}
	s := &stream{events: make(chan streamEvent, 1024), close: func() { cancel(); resp.Body.Close() }}
	go func() {
		defer close(s.events)
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		var e streamEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				e.name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				_ = json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &e.data)
			case line == "" && e.name != "":
				s.events <- e
				e = streamEvent{}
			}
		}
	}()
	return s, nil
}

// matches reports whether e is the event NAME [ARG] of an await.
func (e streamEvent) matches(name, arg string) bool {
	if e.name != name {
		return false
	}
	switch name {
	case "reload", "css":
		if arg == "" || arg == "all" && e.data.All {
			return true
		}
		for _, p := range e.data.Paths {
			if p == arg {
				return true
			}
		}
		return false
	case "problems":
		return arg == "" || arg == strconv.Itoa(len(e.data.Problems)+e.data.More)
	}
	return true
}

// print writes what an event tells the page, one line each.
func (e streamEvent) print(w io.Writer) {
	for _, p := range e.data.Paths {
		fmt.Fprintln(w, p)
	}
	if e.data.All {
		fmt.Fprintln(w, "all")
	}
	if e.data.Title != "" {
		fmt.Fprintf(w, "# %s\n", e.data.Title)
	}
	for _, p := range e.data.Problems {
		fmt.Fprintf(w, "%s: %s: %s\n", p.Pos, p.Label, p.Message)
	}
	if e.data.More > 0 {
		fmt.Fprintf(w, "%s\n", e.data.MoreText)
	}
}

// awaitPage fetches the page at path until it matches re.
func awaitPage(ts *testscript.TestScript, p *preview, path, re string) {
	rx, err := regexp.Compile(re)
	ts.Check(err)
	deadline := time.Now().Add(60 * time.Second)
	var body []byte
	for time.Now().Before(deadline) {
		resp, err := http.Get(strings.TrimSuffix(p.url, "/") + path)
		ts.Check(err)
		body, err = io.ReadAll(resp.Body)
		resp.Body.Close()
		ts.Check(err)
		if resp.StatusCode == http.StatusOK && rx.Match(body) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	ts.Stdout().Write(body)
	ts.Fatalf("await page %s: no match for %s in 60s", path, re)
}

// genAttr finds the generation a served page belongs to.
var genAttr = regexp.MustCompile(`data-ocop-gen="(\d+)"`)

// started returns the scenario's preview, which must have been started.
func started(ts *testscript.TestScript, cmd string) *preview {
	p := ts.Value(previewKey{}).(*preview)
	if p.cancel == nil {
		ts.Fatalf("%s: the preview is not running (serve first)", cmd)
	}
	return p
}

var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"serve": func(ts *testscript.TestScript, neg bool, args []string) {
		lang := message.EN
		switch {
		case neg, len(args) != 0 && len(args) != 2, len(args) == 2 && args[0] != "-lang":
			ts.Fatalf("usage: serve [-lang vi|en]")
		case len(args) == 2:
			l, ok := message.ParseLang(args[1])
			if !ok {
				ts.Fatalf("usage: serve [-lang vi|en]")
			}
			lang = l
		}
		p := ts.Value(previewKey{}).(*preview)
		if p.cancel != nil {
			ts.Fatalf("serve: the preview runs already")
		}
		ts.Check(p.start(ts.Getenv("WORK"), 30*time.Millisecond, lang))
	},
	"stop": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 0 {
			ts.Fatalf("usage: stop")
		}
		p := started(ts, "stop")
		ts.Check(p.stop())
		fmt.Fprint(ts.Stdout(), p.log.String())
	},
	"save": func(ts *testscript.TestScript, neg bool, args []string) {
		usage := "usage: save DST SRC | save DST -append SRC | save DST -replace OLD NEW"
		if neg || len(args) < 2 {
			ts.Fatalf("%s", usage)
		}
		dst := ts.MkAbs(args[0])
		var data []byte
		switch {
		case len(args) == 2:
			b, err := os.ReadFile(ts.MkAbs(args[1]))
			ts.Check(err)
			data = b
		case len(args) == 3 && args[1] == "-append":
			b, err := os.ReadFile(dst)
			ts.Check(err)
			more, err := os.ReadFile(ts.MkAbs(args[2]))
			ts.Check(err)
			data = append(b, more...)
		case len(args) == 4 && args[1] == "-replace":
			b, err := os.ReadFile(dst)
			ts.Check(err)
			if !bytes.Contains(b, []byte(args[2])) {
				ts.Fatalf("save: %s does not hold %q", args[0], args[2])
			}
			data = bytes.Replace(b, []byte(args[2]), []byte(args[3]), 1)
		default:
			ts.Fatalf("%s", usage)
		}
		ts.Check(os.MkdirAll(filepath.Dir(dst), 0o755))
		tmp := dst + ".tmp~"
		ts.Check(os.WriteFile(tmp, data, 0o644))
		ts.Check(os.Rename(tmp, dst))
	},
	"await": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) == 3 && args[0] == "page" && !neg {
			awaitPage(ts, started(ts, "await"), args[1], args[2])
			return
		}
		if len(args) < 1 || len(args) > 2 {
			ts.Fatalf("usage: await NAME [ARG] | await page PATH REGEXP")
		}
		p := started(ts, "await")
		name, arg := args[0], ""
		if len(args) == 2 {
			arg = args[1]
		}
		timeout := time.After(60 * time.Second)
		var passed strings.Builder
		for {
			select {
			case e, open := <-p.stream.events:
				if !open {
					ts.Fatalf("await %s: the event stream closed", strings.Join(args, " "))
				}
				if e.matches(name, arg) {
					if neg {
						e.print(ts.Stdout())
						ts.Fatalf("a %s event came before the build settled", strings.Join(args, " "))
					}
					e.print(ts.Stdout())
					return
				}
				if neg && e.name == "settled" {
					return
				}
				fmt.Fprintf(&passed, "event %s\n", e.name)
				e.print(&passed)
			case <-timeout:
				ts.Logf("events passed over:\n%s", passed.String())
				if neg {
					ts.Fatalf("! await %s: no settled event in 60s", strings.Join(args, " "))
				}
				ts.Fatalf("await %s: no such event in 60s", strings.Join(args, " "))
			}
		}
	},
	"get": func(ts *testscript.TestScript, neg bool, args []string) {
		want := http.StatusOK
		if len(args) >= 2 && args[0] == "-status" {
			n, err := strconv.Atoi(args[1])
			ts.Check(err)
			want, args = n, args[2:]
		}
		if neg || len(args) < 1 || len(args) > 2 {
			ts.Fatalf("usage: get [-status N] PATH [FILE]")
		}
		p := started(ts, "get")
		c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		resp, err := c.Get(strings.TrimSuffix(p.url, "/") + args[0])
		ts.Check(err)
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		ts.Check(err)
		ts.Stdout().Write(body)
		fmt.Fprintf(ts.Stderr(), "Content-Type: %s\n", resp.Header.Get("Content-Type"))
		if resp.StatusCode != want {
			ts.Fatalf("get %s: status %d, want %d", args[0], resp.StatusCode, want)
		}
		if m := genAttr.FindSubmatch(body); m != nil {
			p.gens[args[0]] = string(m[1])
		}
		if len(args) == 2 {
			b, err := os.ReadFile(ts.MkAbs(args[1]))
			ts.Check(err)
			if !bytes.Equal(body, b) {
				ts.Fatalf("get %s: the body differs from %s", args[0], args[1])
			}
		}
	},
	"mkfifo": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 1 {
			ts.Fatalf("usage: mkfifo PATH")
		}
		p := ts.MkAbs(args[0])
		ts.Check(os.MkdirAll(filepath.Dir(p), 0o755))
		ts.Check(mkfifo(p))
	},
	"connect": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) > 1 {
			ts.Fatalf("usage: connect [PATH]")
		}
		p := started(ts, "connect")
		query := ""
		if len(args) == 1 {
			gen, ok := p.gens[args[0]]
			if !ok {
				ts.Fatalf("connect %s: no page fetched there (get it first)", args[0])
			}
			query = "?gen=" + gen + "&path=" + args[0]
		}
		s, err := openStream(p.url, query)
		ts.Check(err)
		p.stream.close()
		p.stream = s
	},
}

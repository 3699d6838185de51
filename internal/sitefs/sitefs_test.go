//go:build unix

package sitefs

import (
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"
)

// limit is the size limit of the test file systems, in bytes.
const limit = 64

// noHang runs f and fails the test if it has not returned after a long
// while: a guard so that a regression fails instead of hanging, not a
// measure of speed.
func noHang(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatalf("%s did not return: it blocks", what)
	}
}

func write(t *testing.T, p, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func link(t *testing.T, target, p string) {
	t.Helper()
	if err := os.Symlink(target, p); err != nil {
		t.Fatal(err)
	}
}

// testSite makes a site folder beside a folder "outside" holding a
// secret, with every kind of entry in content/, and returns the site's
// path and the secret's.
func testSite(t *testing.T) (site, secret string) {
	t.Helper()
	top := t.TempDir()
	site = filepath.Join(top, "site")
	secret = filepath.Join(top, "outside", "secret.txt")
	write(t, secret, "SECRET")
	c := filepath.Join(site, "content")
	write(t, filepath.Join(c, "a.txt"), "A")
	write(t, filepath.Join(c, "sub", "b.txt"), "B")
	write(t, filepath.Join(c, "big.txt"), strings.Repeat("x", limit+1))
	write(t, filepath.Join(c, "full.txt"), strings.Repeat("x", limit))
	link(t, "a.txt", filepath.Join(c, "in.txt"))
	link(t, "../content/sub/b.txt", filepath.Join(c, "up.txt"))
	link(t, "in.txt", filepath.Join(c, "chain.txt"))
	link(t, "../../outside/secret.txt", filepath.Join(c, "out.txt"))
	link(t, secret, filepath.Join(c, "abs.txt"))
	link(t, filepath.Join(c, "a.txt"), filepath.Join(c, "absin.txt"))
	link(t, "out.txt", filepath.Join(c, "chainout.txt"))
	link(t, "sub", filepath.Join(c, "dirlink"))
	link(t, "../../outside", filepath.Join(c, "outdir"))
	link(t, "nope.txt", filepath.Join(c, "dangling.txt"))
	link(t, "loop2", filepath.Join(c, "loop1"))
	link(t, "loop1", filepath.Join(c, "loop2"))
	if err := syscall.Mkfifo(filepath.Join(c, "fifo.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	link(t, "fifo.md", filepath.Join(c, "fifolink.md"))
	ln, err := net.Listen("unix", filepath.Join(c, "sock"))
	if err != nil {
		t.Logf("no unix socket: %v", err)
	} else {
		t.Cleanup(func() { ln.Close() })
	}
	return site, secret
}

func open(t *testing.T, site string) *FS {
	t.Helper()
	f, err := Open(site, limit)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestRules opens, stats and reads every kind of entry: what is inside
// the site and regular is read (through links to files too), anything
// else is refused for its reason and never read.
func TestRules(t *testing.T) {
	site, _ := testSite(t)
	fsys := open(t, site)
	for _, tc := range []struct {
		name string
		// want is the text read, or "" when refused with err.
		want string
		err  error
		// stat is the error of Stat when it differs from err's.
		stat error
		// refused is the Refused.Path expected, when not name.
		refused string
	}{
		{name: "content/a.txt", want: "A"},
		{name: "content/sub/b.txt", want: "B"},
		{name: "content/in.txt", want: "A"},
		{name: "content/up.txt", want: "B"},
		{name: "content/chain.txt", want: "A"},
		{name: "content/full.txt", want: strings.Repeat("x", limit)},
		{name: "content/big.txt", err: ErrTooLarge, stat: errNone},
		{name: "content/out.txt", err: ErrOutside},
		{name: "content/abs.txt", err: ErrOutside},
		{name: "content/absin.txt", err: ErrOutside},
		{name: "content/chainout.txt", err: ErrOutside},
		{name: "content/dirlink", err: ErrFolderLink},
		{name: "content/dirlink/b.txt", err: ErrFolderLink, refused: "content/dirlink"},
		{name: "content/outdir/secret.txt", err: ErrFolderLink, refused: "content/outdir"},
		{name: "content/dangling.txt", err: fs.ErrNotExist},
		{name: "content/loop1", err: syscall.ELOOP},
		{name: "content/fifo.md", err: ErrNotRegular},
		{name: "content/fifolink.md", err: ErrNotRegular},
		{name: "content/sock", err: ErrNotRegular},
		{name: "content/../../outside/secret.txt", err: fs.ErrInvalid},
		{name: "/etc/passwd", err: fs.ErrInvalid},
	} {
		if tc.name == "content/sock" {
			if _, err := os.Lstat(filepath.Join(site, tc.name)); err != nil {
				continue
			}
		}
		noHang(t, "reading "+tc.name, func() {
			b, err := fsys.ReadFile(tc.name)
			check := func(op string, err error, want error) {
				t.Helper()
				if want == errNone {
					if err != nil {
						t.Errorf("%s %s: %v, want no error", op, tc.name, err)
					}
					return
				}
				if !errors.Is(err, want) {
					t.Errorf("%s %s: got error %v, want %v", op, tc.name, err, want)
					return
				}
				var pe *fs.PathError
				if !errors.As(err, &pe) || pe.Path != tc.name {
					t.Errorf("%s %s: error %#v is not a *fs.PathError of the name", op, tc.name, err)
				}
				var r *Refused
				if errors.As(err, &r) {
					wantPath := tc.name
					if tc.refused != "" {
						wantPath = tc.refused
					}
					if r.Path != wantPath {
						t.Errorf("%s %s: refused path %q, want %q", op, tc.name, r.Path, wantPath)
					}
				}
			}
			if tc.err == nil {
				if err != nil || string(b) != tc.want {
					t.Errorf("ReadFile %s = %q, %v; want %q", tc.name, b, err, tc.want)
				}
				if _, err := fsys.Stat(tc.name); err != nil {
					t.Errorf("Stat %s: %v", tc.name, err)
				}
				return
			}
			if b != nil {
				t.Errorf("ReadFile %s read %q; want nothing read", tc.name, b)
			}
			check("ReadFile", err, tc.err)
			_, err = fsys.Open(tc.name)
			check("Open", err, tc.err)
			want := tc.err
			if tc.stat != nil {
				want = tc.stat
			}
			_, err = fsys.Stat(tc.name)
			check("Stat", err, want)
		})
	}
}

// errNone stands for "no error" in TestRules' stat column.
var errNone = errors.New("no error")

// A folder lists every entry with its own type, links and special files
// included, without opening any; a link to a folder is not listed into.
func TestReadDirKeepsTypes(t *testing.T) {
	site, _ := testSite(t)
	fsys := open(t, site)
	var es []fs.DirEntry
	noHang(t, "ReadDir", func() {
		var err error
		es, err = fsys.ReadDir("content")
		if err != nil {
			t.Fatal(err)
		}
	})
	types := map[string]fs.FileMode{}
	var names []string
	for _, e := range es {
		types[e.Name()] = e.Type()
		names = append(names, e.Name())
	}
	for name, want := range map[string]fs.FileMode{
		"a.txt": 0, "sub": fs.ModeDir, "in.txt": fs.ModeSymlink, "dirlink": fs.ModeSymlink,
		"out.txt": fs.ModeSymlink, "fifo.md": fs.ModeNamedPipe,
	} {
		if got, ok := types[name]; !ok || got != want {
			t.Errorf("entry %s: type %v (listed %v), want %v", name, got, ok, want)
		}
	}
	if !slicesSorted(names) {
		t.Errorf("entries not sorted: %v", names)
	}
	if _, err := fsys.ReadDir("content/dirlink"); !errors.Is(err, ErrFolderLink) {
		t.Errorf("ReadDir of a link to a folder: %v, want ErrFolderLink", err)
	}
	if got, err := fsys.ReadLink("content/out.txt"); err != nil || got != "../../outside/secret.txt" {
		t.Errorf("ReadLink = %q, %v", got, err)
	}
	if st, err := fsys.Lstat("content/out.txt"); err != nil || st.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("Lstat of a link: %v, %v", st, err)
	}
	var walked []string
	noHang(t, "WalkDir", func() {
		err := fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
			walked = append(walked, p)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	})
	for _, p := range walked {
		if strings.HasPrefix(p, "content/dirlink/") || strings.HasPrefix(p, "content/outdir/") {
			t.Errorf("walk went through a link to a folder: %s", p)
		}
	}
}

func slicesSorted(s []string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			return false
		}
	}
	return true
}

// A file that grows past the limit after it was opened stops the read
// with ErrTooLarge.
func TestGrowingFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "grow.txt")
	write(t, p, "small")
	fsys := open(t, dir)
	f, err := fsys.Open("grow.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	w.WriteString(strings.Repeat("y", 10*limit))
	w.Close()
	b, err := io.ReadAll(f)
	if !errors.Is(err, ErrTooLarge) || int64(len(b)) > limit+1 {
		t.Errorf("read %d bytes, error %v; want at most %d and ErrTooLarge", len(b), err, limit+1)
	}
}

// The FS behaves as an fs.FS on a tree of plain files and folders.
func TestConformance(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "content", "a.txt"), "A")
	write(t, filepath.Join(dir, "content", "sub", "b.txt"), "B")
	write(t, filepath.Join(dir, "themes", "x", "c.css"), "C")
	if err := fstest.TestFS(open(t, dir), "content/a.txt", "content/sub/b.txt", "themes/x/c.css"); err != nil {
		t.Error(err)
	}
}

// os.Root's refusal of a name that leads outside it is recognised by its
// text (the os package does not export the error).
func TestEscapeIsRecognised(t *testing.T) {
	r, err := os.OpenRoot(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	_, err = r.Open("../x")
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Err.Error() != escapes {
		t.Errorf("os.Root.Open(../x) = %v; want a *fs.PathError of %q", err, escapes)
	}
}

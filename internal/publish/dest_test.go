package publish

import (
	"bufio"
	"fmt"
	"github.com/namdinh-ocop/ocop/internal/filetree"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// writeTree writes files (slash-separated path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// publishSite writes a small site into dest in one build.
func publishSite(dest string, opt Options, body string) error {
	d, err := Begin(dest, opt)
	if err != nil {
		return err
	}
	for _, p := range []string{"index.html", "san-pham/gao/index.html"} {
		if err := d.WriteFile(p, []byte(body)); err != nil {
			d.Abort()
			return err
		}
	}
	return d.Commit()
}

var newSite = map[string]string{
	Marker:                    MarkerText,
	"index.html":              "new",
	"san-pham":                "/",
	"san-pham/gao":            "/",
	"san-pham/gao/index.html": "new",
}

// names lists the entries of dir.
func names(t *testing.T, dir string) []string {
	t.Helper()
	all, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range all {
		out = append(out, e.Name())
	}
	return out
}

// notFolder stands for the State of a destination Inspect refuses.
const notFolder State = -1

// A destination is replaced when it is missing, empty or ocop's own
// output, and otherwise refused and left as it was, unless Replace says so
// for a non-empty folder. A file, a named pipe, a socket or a link to
// nothing is never replaced.
func TestBeginByState(t *testing.T) {
	for _, tc := range []struct {
		name    string
		make    func(t *testing.T, dest string)
		replace bool
		state   State
		refuse  string // "" when the build goes through
	}{
		{"missing", func(*testing.T, string) {}, false, Missing, ""},
		{"missing parent", func(t *testing.T, dest string) { os.Remove(filepath.Dir(dest)) }, false, Missing, ""},
		{"empty folder", func(t *testing.T, dest string) { os.Mkdir(dest, 0o755) }, false, Empty, ""},
		{"earlier build", func(t *testing.T, dest string) {
			writeTree(t, dest, map[string]string{Marker: MarkerText, "index.html": "old", "old/x.html": "old"})
		}, false, Built, ""},
		{"foreign folder", func(t *testing.T, dest string) {
			writeTree(t, dest, map[string]string{"notes.txt": "mine", "docs/a.txt": "a", "docs/b.txt": "b"})
		}, false, Foreign, "is not empty and has no .ocop-build file"},
		{"foreign folder, replace", func(t *testing.T, dest string) {
			writeTree(t, dest, map[string]string{"notes.txt": "mine", "docs/a.txt": "a"})
		}, true, Foreign, ""},
		{"hidden foreign file", func(t *testing.T, dest string) {
			writeTree(t, dest, map[string]string{".htaccess": "Deny from all"})
		}, false, Foreign, "is not empty"},
		{"marker that is a link", func(t *testing.T, dest string) {
			writeTree(t, dest, map[string]string{"x/m": MarkerText})
			os.Symlink(filepath.Join(dest, "x", "m"), filepath.Join(dest, Marker))
		}, false, Foreign, "is not empty"},
		{"marker with other text", func(t *testing.T, dest string) {
			writeTree(t, dest, map[string]string{Marker: "hugo\n"})
		}, false, Foreign, "is not empty"},
		{"plain file", func(t *testing.T, dest string) {
			os.WriteFile(dest, []byte("important"), 0o644)
		}, true, notFolder, "is a file, not a folder; ocop never deletes it"},
		{"named pipe", func(t *testing.T, dest string) {
			if err := syscall.Mkfifo(dest, 0o644); err != nil {
				t.Skip(err)
			}
		}, true, notFolder, "is a named pipe, not a folder"},
		{"socket", func(t *testing.T, dest string) {
			l, err := net.Listen("unix", dest)
			if err != nil {
				t.Skip(err)
			}
			t.Cleanup(func() { l.Close() })
		}, true, notFolder, "is a socket, not a folder"},
		{"link to a file", func(t *testing.T, dest string) {
			f := filepath.Join(filepath.Dir(dest), "f")
			os.WriteFile(f, []byte("important"), 0o644)
			os.Symlink(f, dest)
		}, true, notFolder, "which is a file, not a folder"},
		{"link to nothing", func(t *testing.T, dest string) {
			os.Symlink(filepath.Join(filepath.Dir(dest), "gone"), dest)
		}, true, notFolder, "which does not exist; create that folder or remove the link"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			dest := filepath.Join(root, "out", "public")
			os.Mkdir(filepath.Dir(dest), 0o755)
			tc.make(t, dest)
			before := filetree.Read(t, root, true)
			target, ierr := Inspect(dest)
			err := publishSite(dest, Options{Replace: tc.replace}, "new")
			if tc.refuse != "" {
				if err == nil || !strings.Contains(err.Error(), tc.refuse) {
					t.Fatalf("build: %v; want a refusal saying %q", err, tc.refuse)
				}
				if after := filetree.Read(t, root, true); !reflect.DeepEqual(after, before) {
					t.Errorf("a refused build changed the folder:\n got %v\nwant %v", after, before)
				}
				if (ierr != nil) != (tc.state == notFolder) || ierr == nil && target.State != tc.state {
					t.Errorf("Inspect = %v, %v; want state %v", target.State, ierr, tc.state)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if ierr != nil || target.State != tc.state {
				t.Errorf("Inspect = %v, %v; want state %v", target.State, ierr, tc.state)
			}
			if got := filetree.Read(t, dest, true); !reflect.DeepEqual(got, newSite) {
				t.Errorf("output:\n got %v\nwant %v", got, newSite)
			}
			if got := names(t, filepath.Dir(dest)); !reflect.DeepEqual(got, []string{"public"}) {
				t.Errorf("beside the output: %v, want only public", got)
			}
		})
	}
}

// Inspect lists a foreign folder's first entries with the files under
// each, in a bounded listing.
func TestInspectListing(t *testing.T) {
	dest := t.TempDir()
	files := map[string]string{"a.html": "", "img/1.jpg": "", "img/2.jpg": "", "img/x/3.jpg": "", "one/only.txt": ""}
	for i := range 12 {
		files[fmt.Sprintf("z%02d.txt", i)] = ""
	}
	writeTree(t, dest, files)
	os.Symlink("/", filepath.Join(dest, "root"))
	target, err := Inspect(dest)
	if err != nil {
		t.Fatal(err)
	}
	want := "a.html, img/ (3 files), one/ (1 file), root (link), z00.txt, z01.txt, z02.txt, z03.txt, z04.txt, z05.txt, … and 6 more"
	if got := target.Listing().String(); target.State != Foreign || got != want {
		t.Errorf("Listing() = %q (state %v)\nwant        %q", got, target.State, want)
	}
}

// Every build writes the same marker, and no page may take its place.
func TestMarkerSameEveryBuild(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	var got []string
	for range 2 {
		if err := publishSite(dest, Options{}, "new"); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(dest, Marker))
		got = append(got, string(b))
	}
	if got[0] != MarkerText || got[1] != MarkerText {
		t.Errorf("markers = %q, want %q twice", got, MarkerText)
	}
	if strings.Count(MarkerText, "\n") != 1 || !strings.HasSuffix(MarkerText, "\n") {
		t.Errorf("MarkerText %q is not one line", MarkerText)
	}
}

// A destination that is a link to a folder is written through: the new
// site is built beside the link's target and swapped in there; the link
// stays as it was. A link to a folder ocop did not make is refused and
// its folder left whole.
func TestLinkDestWrittenThrough(t *testing.T) {
	root := t.TempDir()
	site, web := filepath.Join(root, "site"), filepath.Join(root, "www", "html")
	writeTree(t, web, map[string]string{Marker: MarkerText, "index.html": "old", "old/x.html": "old"})
	writeTree(t, site, nil)
	link := filepath.Join(site, "public")
	if err := os.Symlink(web, link); err != nil {
		t.Fatal(err)
	}
	target, err := Inspect(link + "/")
	if err != nil || !target.Link || target.Real != web || target.State != Built {
		t.Errorf("Inspect = %+v, %v; want a link to %s, built", target, err, web)
	}
	if err := publishSite(link, Options{}, "new"); err != nil {
		t.Fatal(err)
	}
	if to, err := os.Readlink(link); err != nil || to != web {
		t.Errorf("the link is now %q (%v), want it kept as a link to %s", to, err, web)
	}
	if got := filetree.Read(t, web, true); !reflect.DeepEqual(got, newSite) {
		t.Errorf("link target:\n got %v\nwant %v", got, newSite)
	}
	if got := names(t, site); !reflect.DeepEqual(got, []string{"public"}) {
		t.Errorf("beside the link: %v", got)
	}
	if got := names(t, filepath.Dir(web)); !reflect.DeepEqual(got, []string{"html"}) {
		t.Errorf("beside the target: %v", got)
	}

	// A link to a folder that ocop did not make.
	foreign := filepath.Join(root, "home", "www")
	writeTree(t, foreign, map[string]string{"notes.txt": "mine"})
	os.Remove(link)
	os.Symlink(foreign, link)
	if err := publishSite(link, Options{}, "new"); err == nil {
		t.Fatal("a link to a folder ocop did not make was replaced")
	}
	if got := filetree.Read(t, foreign, true); !reflect.DeepEqual(got, map[string]string{"notes.txt": "mine"}) {
		t.Errorf("the linked folder changed: %v", got)
	}
}

// A destination under a linked parent is replaced where the parent
// leads, and a ".." after a link leads to the parent of its target, as
// the kernel reads it.
func TestResolve(t *testing.T) {
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	writeTree(t, filepath.Join(root, "real", "deep"), nil)
	os.Symlink(filepath.Join(root, "real", "deep"), filepath.Join(root, "link"))
	t.Chdir(root)
	for _, tc := range []struct{ in, want string }{
		{"real/deep", "real/deep"},
		{"real/deep/", "real/deep"},
		{"./real//deep/.", "real/deep"},
		{"link", "real/deep"},
		{"link/", "real/deep"},
		{"link/public", "real/deep/public"},
		{"link/new/public", "real/deep/new/public"},
		{"link/..", "real"},
		{"link/../public", "real/public"},
		{root + "/link/../../x", "x"},
		{"missing/../public", "public"},
	} {
		got, err := Resolve(tc.in)
		if want := filepath.Join(root, tc.want); err != nil || got != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tc.in, got, err, want)
		}
	}
}

// A link found inside the previous output is removed as a link: the
// folder it leads to keeps its files.
func TestLinkInsideOldOutputNotFollowed(t *testing.T) {
	root := t.TempDir()
	outside := filepath.Join(root, "outside")
	writeTree(t, outside, map[string]string{"keep.txt": "keep", "sub/keep.txt": "keep"})
	dest := filepath.Join(root, "public")
	writeTree(t, dest, map[string]string{Marker: MarkerText, "index.html": "old", "sub/x.html": "old"})
	os.Symlink(outside, filepath.Join(dest, "ext"))
	os.Symlink(outside, filepath.Join(dest, "sub", "ext"))
	os.Symlink(filepath.Join(outside, "keep.txt"), filepath.Join(dest, "file-link"))
	for _, replace := range []bool{false, true} {
		if err := publishSite(dest, Options{Replace: replace}, "new"); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := filetree.Read(t, outside, true), map[string]string{"keep.txt": "keep", "sub": "/", "sub/keep.txt": "keep"}; !reflect.DeepEqual(got, want) {
		t.Errorf("the folder a link led to:\n got %v\nwant %v", got, want)
	}
	if got := filetree.Read(t, dest, true); !reflect.DeepEqual(got, newSite) {
		t.Errorf("output:\n got %v\nwant %v", got, newSite)
	}
}

// What stopped builds left beside the output is removed by the next
// build: empty folders and marked ones named after the output. Anything
// else is kept: an unmarked folder, a link, another output's leftovers,
// and the new folder of a build still running.
func TestLeftoversRemoved(t *testing.T) {
	root := t.TempDir()
	outside := filepath.Join(root, "outside")
	writeTree(t, outside, map[string]string{Marker: MarkerText, "keep.txt": "keep"})
	parent := filepath.Join(root, "site")
	dest := filepath.Join(parent, "public")
	writeTree(t, dest, map[string]string{Marker: MarkerText, "index.html": "old"})
	// A build of the same output that is still running.
	running, err := Begin(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer running.Abort()
	running.WriteFile("index.html", []byte("running"))

	writeTree(t, filepath.Join(parent, ".public-new-1"), map[string]string{Marker: MarkerText, "index.html": "half"})
	writeTree(t, filepath.Join(parent, ".public-new-2-old"), map[string]string{Marker: MarkerText, "a/b.html": "old"})
	writeTree(t, filepath.Join(parent, ".public-new-3"), nil)
	writeTree(t, filepath.Join(parent, ".public-new-4"), map[string]string{Marker: ""}) // stopped while writing it
	writeTree(t, filepath.Join(parent, ".public-new-5"), map[string]string{Marker: MarkerText[:10]})
	kept := map[string]string{
		".public-new-mine/notes.txt": "not ocop's",
		".public-new-6/" + Marker:    "hugo\n",
		".other-new-1/" + Marker:     MarkerText,
		"public-new-1/" + Marker:     MarkerText,
		"content/x.md":               "x",
	}
	writeTree(t, parent, kept)
	os.Symlink(outside, filepath.Join(parent, ".public-new-link"))

	if err := publishSite(dest, Options{}, "new"); err != nil {
		t.Fatal(err)
	}
	want := []string{".other-new-1", ".public-new-6", ".public-new-link", ".public-new-mine", filepath.Base(running.tmp), "content", "public", "public-new-1"}
	slices.Sort(want)
	if got := names(t, parent); !reflect.DeepEqual(got, want) {
		t.Errorf("left beside the output:\n got %v\nwant %v", got, want)
	}
	if got := filetree.Read(t, outside, true); len(got) != 2 {
		t.Errorf("the folder a leftover link led to: %v", got)
	}
	if b, _ := os.ReadFile(filepath.Join(running.tmp, "index.html")); string(b) != "running" {
		t.Errorf("the running build's folder was touched: %q", b)
	}
}

// Commit checks the destination again: a folder that was empty when the
// build began and holds someone's file when it ends, or that became a
// file, is left as it is.
func TestCommitRechecks(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(dest string)
		want   string
	}{
		{"file dropped in", func(dest string) { os.WriteFile(filepath.Join(dest, "notes.txt"), []byte("mine"), 0o644) }, "changed during the build"},
		{"folder became a file", func(dest string) { os.Remove(dest); os.WriteFile(dest, []byte("mine"), 0o644) }, "was replaced by a file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			os.Mkdir(dest, 0o755)
			d, err := Begin(dest, Options{})
			if err != nil {
				t.Fatal(err)
			}
			d.WriteFile("index.html", []byte("new"))
			tc.change(dest)
			before := filetree.Read(t, filepath.Dir(dest), true)
			if err := d.Commit(); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Commit: %v; want %q", err, tc.want)
			}
			d.Abort()
			delete(before, filepath.Base(d.tmp))
			for k := range before {
				if strings.HasPrefix(k, filepath.Base(d.tmp)+"/") {
					delete(before, k)
				}
			}
			if after := filetree.Read(t, filepath.Dir(dest), true); !reflect.DeepEqual(after, before) {
				t.Errorf("after a refused Commit:\n got %v\nwant %v", after, before)
			}
		})
	}
}

// A build stopped by SIGKILL at any point leaves the output whole, the
// previous one or the new one, and what it left beside it goes with the
// next build. The build runs in a child process (this test binary, in
// TestStoppedBuildChild), which says where it is and waits to be killed.
func TestStoppedBuild(t *testing.T) {
	for _, tc := range []struct {
		stage   string
		replace bool
	}{{"begun", false}, {"written", false}, {"swapped", false}, {"begun", true}, {"swapped", true}} {
		stage := tc.stage
		t.Run(fmt.Sprint(stage, "/replace=", tc.replace), func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			old := map[string]string{"index.html": "old", "old/x.html": "old"}
			mode := "replace"
			if !tc.replace {
				old[Marker] = MarkerText
				mode = "keep"
			}
			writeTree(t, dest, old)
			old = filetree.Read(t, dest, true)
			cmd := exec.Command(os.Args[0], "-test.run=^TestStoppedBuildChild$")
			cmd.Env = append(os.Environ(), "OCOP_PUBLISH_CHILD="+stage+":"+mode+":"+dest)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(out).ReadString('\n')
			cmd.Process.Kill()
			cmd.Wait()
			if line != stage+"\n" {
				t.Fatalf("child said %q (%v), want %q", line, err, stage)
			}
			want := old
			if stage == "swapped" {
				want = newSite
			}
			if got := filetree.Read(t, dest, true); !reflect.DeepEqual(got, want) {
				t.Errorf("output after the kill:\n got %v\nwant %v", got, want)
			}
			if got := names(t, filepath.Dir(dest)); len(got) != 2 {
				t.Errorf("beside the output after the kill: %v, want public and one leftover", got)
			}
			if err := publishSite(dest, Options{Replace: tc.replace}, "next"); err != nil {
				t.Fatal(err)
			}
			if got := names(t, filepath.Dir(dest)); !reflect.DeepEqual(got, []string{"public"}) {
				t.Errorf("beside the output after the next build: %v", got)
			}
		})
	}
}

// TestStoppedBuildChild is the build TestStoppedBuild kills.
func TestStoppedBuildChild(t *testing.T) {
	stage, rest, ok := strings.Cut(os.Getenv("OCOP_PUBLISH_CHILD"), ":")
	replace, dest, _ := strings.Cut(rest, ":")
	if !ok {
		t.Skip("run by TestStoppedBuild")
	}
	wait := func() {
		fmt.Println(stage)
		io.ReadAll(os.Stdin) // until killed: the parent never closes it
		t.Fatal("not killed")
	}
	d, err := Begin(dest, Options{Replace: replace == "replace"})
	if err != nil {
		t.Fatal(err)
	}
	if stage == "begun" {
		wait()
	}
	for _, p := range []string{"index.html", "san-pham/gao/index.html"} {
		if err := d.WriteFile(p, []byte("new")); err != nil {
			t.Fatal(err)
		}
	}
	if stage == "written" {
		wait()
	}
	d.afterSwap = wait
	t.Fatal(d.Commit())
}

package main

import (
	"github.com/namdinh-ocop/ocop/internal/filetree"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/publish"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
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

// isSite reports whether dir holds a whole build: its home page and its
// marker.
func isSite(t *testing.T, dir string) bool {
	t.Helper()
	m, err := os.ReadFile(filepath.Join(dir, publish.Marker))
	_, ierr := os.Stat(filepath.Join(dir, "index.html"))
	return err == nil && string(m) == publish.MarkerText && ierr == nil
}

// ocop build --dest ~/www, a folder ocop did not make, is refused and
// nothing in it is deleted; with --clean-dest it is replaced, and the
// command lists what goes.
func TestBuildForeignDest(t *testing.T) {
	dir := copySite(t, false, nil)
	home := t.TempDir()
	t.Setenv("HOME", home)
	www := filepath.Join(home, "www")
	writeFiles(t, www, map[string]string{"index.html": "my page", "docs/a.txt": "a", "docs/b/c.txt": "c"})
	before := filetree.Read(t, home, false)
	code, out, errOut := runOcop(t, "build", "--lang", "en", "--source", dir, "--dest", www)
	want := "ocop build: " + www + " is not empty and ocop did not make it (it has no .ocop-build file); it holds 2 entries: docs/ (2 files), index.html; choose a new or empty folder, or pass --clean-dest to remove all of it and write the site there\n"
	if code != 2 || errOut != want {
		t.Errorf("exit %d, stderr\n%s\nwant exit 2 and\n%s", code, errOut, want)
	}
	if after := filetree.Read(t, home, false); !reflect.DeepEqual(after, before) {
		t.Errorf("a refused build changed %s:\n got %v\nwant %v", www, after, before)
	}

	code, out, errOut = runOcop(t, "build", "--lang", "en", "--source", dir, "--dest", www, "--clean-dest")
	if code != 0 {
		t.Fatalf("--clean-dest: exit %d\n%s%s", code, out, errOut)
	}
	want = "ocop build: --clean-dest: " + www + " was not made by ocop; a successful build removes all it holds (2 top-level entries): docs/ (2 files), index.html\n"
	if errOut != want {
		t.Errorf("stderr\n%s\nwant\n%s", errOut, want)
	}
	if _, err := os.Stat(filepath.Join(www, "docs")); err == nil || !isSite(t, www) {
		t.Errorf("%s was not replaced by the site", www)
	}
	// Now it is ocop's: the next build needs no flag.
	if code, _, errOut := runOcop(t, "build", "--lang", "en", "--source", dir, "--dest", www); code != 0 {
		t.Errorf("second build: exit %d\n%s", code, errOut)
	}
}

// The site, its content, the home folder and the root folder are never an
// output, however they are spelt and even with --clean-dest.
func TestBuildRefusesProtectedDest(t *testing.T) {
	dir := copySite(t, false, map[string]string{"themes/mine/assets/site.css": "x"})
	home := t.TempDir()
	t.Setenv("HOME", home)
	writeFiles(t, home, map[string]string{"notes.txt": "mine"})
	links := t.TempDir()
	for name, to := range map[string]string{"site": dir, "content": filepath.Join(dir, "content"), "home": home} {
		if err := os.Symlink(to, filepath.Join(links, name)); err != nil {
			t.Fatal(err)
		}
	}
	before, beforeHome := filetree.Read(t, dir, false), filetree.Read(t, home, false)
	for _, tc := range []struct{ dest, want string }{
		{filepath.Join(links, "site"), "(a link to " + dir + ") would replace the site's own folder"},
		{filepath.Join(links, "site") + "/", "would replace the site's own folder"},
		{links + "/content/..", "would replace the site's own folder"},
		{dir + "/content/../", "would replace the site's own folder"},
		{filepath.Join(links, "content", "products"), "is inside the site's content/ folder"},
		{filepath.Join(links, "site", "themes", "mine"), "is inside the site's themes/ folder"},
		{home, "would replace your home folder " + home},
		{filepath.Join(links, "home"), "would replace your home folder"},
		{home + "/x/..", "would replace your home folder"},
		{"/", "is the root folder"},
	} {
		code, _, errOut := runOcop(t, "build", "--lang", "en", "--source", dir, "--dest", tc.dest, "--clean-dest")
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("build --dest %s --clean-dest: exit %d, %s; want exit 2 and %q", tc.dest, code, errOut, tc.want)
		}
	}
	if after := filetree.Read(t, dir, false); !reflect.DeepEqual(after, before) {
		t.Errorf("the site changed")
	}
	if after := filetree.Read(t, home, false); !reflect.DeepEqual(after, beforeHome) {
		t.Errorf("the home folder changed")
	}
}

// A public/ that is a link to a folder (a web root) is written through:
// the link stays, its target holds the new site, and nothing is left
// beside either. A link to a folder ocop did not make is refused.
func TestBuildPublicLink(t *testing.T) {
	dir := copySite(t, false, nil)
	web := filepath.Join(t.TempDir(), "html")
	writeFiles(t, web, map[string]string{publish.Marker: publish.MarkerText, "old.html": "old"})
	public := filepath.Join(dir, "public")
	if err := os.Symlink(web, public); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runOcop(t, "build", "--lang", "en", "--source", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	if !strings.Contains(out, "into "+public+" (a link to "+web+")") {
		t.Errorf("stdout = %q, want it to name the link's target", out)
	}
	if to, err := os.Readlink(public); err != nil || to != web {
		t.Errorf("public/ is now %q (%v), want the link to %s kept", to, err, web)
	}
	if _, err := os.Stat(filepath.Join(web, "old.html")); err == nil || !isSite(t, web) {
		t.Errorf("the link's target does not hold the new site")
	}
	for _, d := range []string{dir, filepath.Dir(web)} {
		for _, e := range mustReadDir(t, d) {
			if strings.HasPrefix(e, ".") {
				t.Errorf("left in %s: %s", d, e)
			}
		}
	}

	foreign := filepath.Join(t.TempDir(), "html")
	writeFiles(t, foreign, map[string]string{"index.php": "<?php"})
	os.Remove(public)
	os.Symlink(foreign, public)
	code, _, errOut = runOcop(t, "build", "--lang", "en", "--source", dir)
	if code != 2 || !strings.Contains(errOut, "(a link to "+foreign+") is not empty and ocop did not make it") {
		t.Errorf("exit %d, %s; want exit 2 and a refusal", code, errOut)
	}
	if got := filetree.Read(t, foreign, false); !reflect.DeepEqual(got, map[string]string{"index.php": "<?php"}) {
		t.Errorf("the linked folder changed: %v", got)
	}
}

func mustReadDir(t *testing.T, dir string) []string {
	t.Helper()
	all, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range all {
		names = append(names, e.Name())
	}
	return names
}

// A public/ that is a file or a named pipe is refused and left as it is.
func TestBuildPublicNotFolder(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		make       func(p string) error
	}{
		{"file", "is a file, not a folder; ocop never deletes it", func(p string) error { return os.WriteFile(p, []byte("important"), 0o644) }},
		{"named pipe", "is a named pipe, not a folder", func(p string) error { return syscall.Mkfifo(p, 0o644) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copySite(t, false, nil)
			if err := tc.make(filepath.Join(dir, "public")); err != nil {
				t.Fatal(err)
			}
			before := filetree.Read(t, dir, false)
			code, _, errOut := runOcop(t, "build", "--lang", "en", "--source", dir, "--clean-dest")
			if code != 2 || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, %s; want exit 2 and %q", code, errOut, tc.want)
			}
			if after := filetree.Read(t, dir, false); !reflect.DeepEqual(after, before) {
				t.Errorf("the site folder changed:\n got %v\nwant %v", after, before)
			}
		})
	}
}

// The next build removes what a stopped build left beside public/, and a
// link inside the previous public/ is removed without following it.
func TestBuildCleansLeftovers(t *testing.T) {
	dir := copySite(t, false, map[string]string{
		"public/.ocop-build":              publish.MarkerText,
		"public/index.html":               "old",
		".public-new-123/.ocop-build":     publish.MarkerText,
		".public-new-123/index.html":      "half written",
		".public-new-456-old/x/y.html":    "old",
		".public-new-456-old/.ocop-build": publish.MarkerText,
		".public-new-789/notes.txt":       "not ocop's",
	})
	os.Mkdir(filepath.Join(dir, ".public-new-000"), 0o755)
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"keep.txt": "keep", "sub/keep.txt": "keep"})
	os.Symlink(outside, filepath.Join(dir, "public", "photos"))
	code, _, errOut := runOcop(t, "build", "--lang", "en", "--source", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var hidden []string
	for _, e := range mustReadDir(t, dir) {
		if strings.HasPrefix(e, ".") {
			hidden = append(hidden, e)
		}
	}
	if want := []string{".public-new-789"}; !reflect.DeepEqual(hidden, want) {
		t.Errorf("beside public/: %v, want %v (the folder ocop did not mark)", hidden, want)
	}
	if got := filetree.Read(t, outside, false); len(got) != 2 {
		t.Errorf("the folder a link in public/ led to lost files: %v", got)
	}
}

// ocop brochure writes only over a file of the PDF's name: a link or a
// named pipe there is refused, and what it leads to is left alone.
func TestBrochureDestNotFile(t *testing.T) {
	dest := t.TempDir()
	other := filepath.Join(t.TempDir(), "important.txt")
	os.WriteFile(other, []byte("important"), 0o644)
	os.Symlink(other, filepath.Join(dest, "toan-bo.pdf"))
	syscall.Mkfifo(filepath.Join(dest, "toan-bo-en.pdf"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--all"}, "toan-bo.pdf không phải là tệp (mà là một liên kết)"},
		{[]string{"--all", "--lang", "en"}, "toan-bo-en.pdf is not a file (a named pipe)"},
	} {
		code, _, errOut := runOcop(t, append([]string{"brochure", "--source", "../..", "--dest", dest}, tc.args...)...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("brochure %v: exit %d, %s; want exit 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
	if b, _ := os.ReadFile(other); string(b) != "important" {
		t.Errorf("the file the link led to is now %q", b)
	}
}

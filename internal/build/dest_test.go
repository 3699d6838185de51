package build

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

func write(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(body, "-> ") {
			if err := os.Symlink(strings.TrimPrefix(body, "-> "), p); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// CheckDest refuses, however the path is spelt, an output that is or
// holds the site, the root folder or the home folder, or that lies in
// content/ or themes/, even with Clean; it refuses what is not a folder;
// and it refuses a non-empty folder ocop did not make unless Clean (and
// inside the site, unless it is public/).
func TestCheckDest(t *testing.T) {
	root, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	write(t, root, map[string]string{
		"site/content/site.yaml":         "title: x\n",
		"site/content/products/a.md":     "---\nname: A\n---\n",
		"site/themes/mine/assets/x.css":  "x",
		"site/.git/HEAD":                 "ref: refs/heads/main\n",
		"home/notes.txt":                 "mine",
		"home/www/index.html":            "mine",
		"home/www/img/a.jpg":             "a",
		"home/www/img/b.jpg":             "b",
		"built/" + publish.Marker:        publish.MarkerText,
		"built/index.html":               "old",
		"file.txt":                       "important",
		"link2site":                      "-> " + filepath.Join(root, "site"),
		"linkroot":                       "-> " + root,
		"linkhome":                       "-> " + filepath.Join(root, "home"),
		"linkcontent":                    "-> " + filepath.Join(root, "site", "content"),
		"dangling":                       "-> " + filepath.Join(root, "gone"),
		"www":                            "-> " + filepath.Join(root, "home", "www"),
		"other/site/content/site.yaml":   "title: y\n",
		"other/site/themes":              "-> " + filepath.Join(root, "shared-themes"),
		"shared-themes/mine/layouts/x":   "x",
		"data/content/products/b.md":     "---\nname: B\n---\n",
		"linked/site/content":            "-> " + filepath.Join(root, "data", "content"),
		"linked/site/public/index.html":  "from an earlier version",
		"site2/content/site.yaml":        "title: z\n",
		"site2/public/" + publish.Marker: publish.MarkerText,
	})
	os.Mkdir(filepath.Join(root, "empty"), 0o755)
	if err := syscall.Mkfifo(filepath.Join(root, "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	home := filepath.Join(root, "home")

	const (
		own     = "would replace the site's own folder"
		content = "is inside the site's content/ folder"
		themes  = "is inside the site's themes/ folder"
		slash   = "is the root folder"
		inHome  = "would replace your home folder"
		foreign = "pass --clean-dest to remove all of it"
		inSite  = "does not replace it even with --clean-dest"
	)
	for _, tc := range []struct {
		source, dest string
		want         string        // a refusal, with or without Clean
		state        publish.State // when allowed
		cleanOnly    bool          // allowed only with Clean
	}{
		{"site", "site", own, 0, false},
		{"site", "site/", own, 0, false},
		{"site", "./site/.", own, 0, false},
		{"site", root + "/site", own, 0, false},
		{"site", "site/content/..", own, 0, false},
		{"site", "home/../site", own, 0, false},
		{"site", ".", "would replace", 0, false}, // the site and the home folder
		{"site", "link2site", own, 0, false},
		{"site", "link2site/", own, 0, false},
		{"site", "linkroot/site", own, 0, false},
		{"site", "linkcontent/..", own, 0, false},
		{"link2site", "site", own, 0, false},
		{"site", "site/content", content, 0, false},
		{"site", "site/content/products", content, 0, false},
		{"site", "site/content/new/public", content, 0, false},
		{"site", "linkcontent/x", content, 0, false},
		{"site", "link2site/content/", content, 0, false},
		{"site", "site/themes", themes, 0, false},
		{"site", "site/themes/mine/public", themes, 0, false},
		{"other/site", "shared-themes/mine", themes, 0, false},
		{"linked/site", "data/content", content, 0, false},
		{"linked/site", "data", content, 0, false},
		{"site", "/", slash, 0, false},
		{"site", "linkroot/../../../../../../../..", slash, 0, false},
		{"site", "home", inHome, 0, false},
		{"site", "home/", inHome, 0, false},
		{"site", "linkhome", inHome, 0, false},
		{"site", "home/www/..", inHome, 0, false},
		{"site", "file.txt", "is a file, not a folder", 0, false},
		{"site", "fifo", "is a named pipe, not a folder", 0, false},
		{"site", "dangling", "which does not exist", 0, false},
		{"site", "site/.git", inSite, 0, false},
		{"site", "home/www", foreign, publish.Foreign, true},
		{"site", "www", foreign, publish.Foreign, true},
		{"linked/site", "linked/site/public", foreign, publish.Foreign, true},
		{"site", "site/public", "", publish.Missing, false},
		{"site", "site/public/", "", publish.Missing, false},
		{"site", "out/new/public", "", publish.Missing, false},
		{"site", "home/www/new", "", publish.Missing, false},
		{"site", "empty", "", publish.Empty, false},
		{"site", "built", "", publish.Built, false},
		{"site2", "site2/public", "", publish.Built, false},
	} {
		for _, clean := range []bool{false, true} {
			before := filetree.Read(t, root, false)
			got, err := CheckDest(tc.source, tc.dest, DestOptions{Home: home, Clean: clean})
			refused := tc.want != "" && (!tc.cleanOnly || !clean)
			switch {
			case refused && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("CheckDest(%q, %q, clean=%v) = %v; want a refusal saying %q", tc.source, tc.dest, clean, err, tc.want)
			case !refused && err != nil:
				t.Errorf("CheckDest(%q, %q, clean=%v): %v", tc.source, tc.dest, clean, err)
			case !refused && got.State != tc.state:
				t.Errorf("CheckDest(%q, %q, clean=%v): state %v, want %v", tc.source, tc.dest, clean, got.State, tc.state)
			}
			if after := filetree.Read(t, root, false); !reflect.DeepEqual(after, before) {
				t.Fatalf("CheckDest(%q, %q) changed the disk", tc.source, tc.dest)
			}
		}
	}
}

// The refusal of a foreign folder says what it holds and what to do.
func TestCheckDestMessage(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{"site/content/site.yaml": "x", "www/index.html": "x", "www/img/a.jpg": "a", "www/img/b.jpg": "b"})
	_, err := CheckDest(filepath.Join(root, "site"), filepath.Join(root, "www"), DestOptions{})
	want := filepath.Join(root, "www") + " is not empty and ocop did not make it (it has no .ocop-build file); it holds 2 entries: img/ (2 files), index.html; choose a new or empty folder, or pass --clean-dest to remove all of it and write the site there"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

// Site itself refuses a foreign folder without CleanDest, leaving it as it
// was, and replaces it with CleanDest.
func TestSiteForeignDest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the real catalog")
	}
	dest := filepath.Join(t.TempDir(), "www")
	write(t, dest, map[string]string{"notes.txt": "mine"})
	src := os.DirFS("../..")
	if _, err := Site(Options{Source: src, Dest: dest}); err == nil || !strings.Contains(err.Error(), "refusing to replace it") {
		t.Fatalf("Site into a foreign folder: %v", err)
	}
	if got := filetree.Read(t, dest, false); !reflect.DeepEqual(got, map[string]string{"notes.txt": "mine"}) {
		t.Errorf("a refused build changed the folder: %v", got)
	}
	if _, err := Site(Options{Source: src, Dest: dest, CleanDest: true}); err != nil {
		t.Fatal(err)
	}
	got := filetree.Read(t, dest, false)
	if _, ok := got["notes.txt"]; ok || got[publish.Marker] != publish.MarkerText || got["index.html"] == "" {
		t.Errorf("after a build with CleanDest: notes.txt kept or no site (%d files)", len(got))
	}
}

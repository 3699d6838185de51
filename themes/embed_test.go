package themes

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefault(t *testing.T) {
	def, err := Layered(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"layouts/base.html", "layouts/product.html", "assets/site.css", "assets/placeholder.svg", "i18n/vi.yaml", "i18n/en.yaml"} {
		if _, err := fs.Stat(def, p); err != nil {
			t.Errorf("default theme lacks %s: %v", p, err)
		}
	}
}

func TestLayered(t *testing.T) {
	site := fstest.MapFS{
		"themes/tinh/layouts/product.html": {Data: []byte("site product")},
		"themes/tinh/assets/extra.css":     {Data: []byte("site extra")},
		"themes/tinh/assets/site.css":      {Data: []byte("site css")},
		"content/site.yaml":                {Data: []byte("title: x")},
	}
	fsys, err := Layered(site, "tinh")
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]string{
		"layouts/product.html": "site product",
		"assets/extra.css":     "site extra",
		"assets/site.css":      "site css",
	} {
		b, err := fs.ReadFile(fsys, p)
		if err != nil || string(b) != want {
			t.Errorf("%s = %q, %v; want %q", p, b, err, want)
		}
	}
	def, _ := fs.ReadFile(Default, "default/layouts/base.html")
	if b, err := fs.ReadFile(fsys, "layouts/base.html"); err != nil || string(b) != string(def) {
		t.Errorf("layouts/base.html does not fall back to the default: %v", err)
	}
	es, err := fs.ReadDir(fsys, "assets")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	got := strings.Join(names, " ")
	if !strings.Contains(got, "extra.css") || !strings.Contains(got, "placeholder.svg") || strings.Count(got, "site.css") != 1 {
		t.Errorf("assets = %s", got)
	}
	if _, err := fs.Stat(fsys, "content/site.yaml"); err == nil {
		t.Error("the site's content is visible through the theme")
	}
	if err := fstest.TestFS(fsys, "layouts/product.html", "assets/extra.css", "assets/site.css", "layouts/base.html", "i18n/vi.yaml"); err != nil {
		t.Error(err)
	}
}

func TestLayeredErrors(t *testing.T) {
	site := fstest.MapFS{"themes/tinh/layouts/x.html": {Data: []byte("x")}}
	for _, name := range []string{"khong-co", "../etc", "a/b", "."} {
		if _, err := Layered(site, name); err == nil {
			t.Errorf("Layered(%q) succeeded", name)
		}
	}
}

// Editor backup and lock files in a site's theme are not part of it: a
// layout glob does not match them and they cannot be opened, so a lock
// file that is a link to nothing, or a named pipe, never reaches a build.
func TestLayeredHidesEditorFiles(t *testing.T) {
	site := fstest.MapFS{
		"themes/mine/layouts/.#product.html": {Data: []byte("{{")},
		"themes/mine/layouts/product.html~":  {Data: []byte("{{")},
		"themes/mine/layouts/#product.html#": {Data: []byte("{{")},
		"themes/mine/layouts/product.html":   {Data: []byte("mine")},
		"themes/mine/assets/.site.css.swp":   {Data: []byte("x")},
		"themes/mine/assets/4913":            {Data: []byte("x")},
	}
	th, err := Layered(site, "mine")
	if err != nil {
		t.Fatal(err)
	}
	got, err := fs.Glob(th, "layouts/*product.html*")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != "layouts/product.html" {
		t.Errorf("glob = %v, want only layouts/product.html", got)
	}
	for _, name := range []string{"layouts/.#product.html", "assets/.site.css.swp", "assets/4913", "layouts/product.html~"} {
		if _, err := fs.ReadFile(th, name); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("ReadFile(%s) = %v, want not exist", name, err)
		}
	}
	if b, err := fs.ReadFile(th, "layouts/product.html"); err != nil || string(b) != "mine" {
		t.Errorf("the site's own layout: %q, %v", b, err)
	}
}

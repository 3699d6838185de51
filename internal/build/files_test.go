//go:build unix

package build

import (
	"bytes"
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/namdinh-ocop/ocop/internal/load"
)

// secret is the text of a file outside the site; no build publishes it.
const secret = "SECRET-OUTSIDE-THE-SITE"

// svg is a small image of a test site.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3"/></svg>`

// fileSite writes a site with the repository's reference data and one
// product bundle (content/products/p/index.md) showing image anh.svg,
// beside a folder "outside" holding outside/secret.svg. It returns the
// site's folder and the folder both are in.
func fileSite(t *testing.T) (site, top string) {
	t.Helper()
	top = t.TempDir()
	site = filepath.Join(top, "site")
	for _, f := range []string{"content/site.yaml", "content/groups.yaml"} {
		copyTo(t, filepath.Join("..", "..", f), filepath.Join(site, f))
	}
	geo, err := filepath.Glob(filepath.Join("..", "..", "content", "geo", "*.yaml"))
	if err != nil || len(geo) == 0 {
		t.Fatalf("no geography: %v", err)
	}
	for _, g := range geo {
		copyTo(t, g, filepath.Join(site, "content", "geo", filepath.Base(g)))
	}
	writeTo(t, filepath.Join(site, "content/products/p/index.md"), "---\nname: \"Gạo tám Hải Hậu\"\nimages: [anh.svg]\n---\n\nGạo.\n")
	writeTo(t, filepath.Join(top, "outside", "secret.svg"), `<svg xmlns="http://www.w3.org/2000/svg"><!--`+secret+`--></svg>`)
	return site, top
}

func writeTo(t *testing.T, p, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyTo(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	writeTo(t, to, string(b))
}

func symlink(t *testing.T, target, p string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, p); err != nil {
		t.Fatal(err)
	}
}

func mkfifo(t *testing.T, p string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sparse makes a file of size bytes that takes no room on disk.
func sparse(t *testing.T, p string, size int64) {
	t.Helper()
	writeTo(t, p, "")
	if err := os.Truncate(p, size); err != nil {
		t.Fatal(err)
	}
}

// guard runs f and fails the test if it has not returned after a long
// while, so that a build that blocks fails instead of hanging the
// tests; it measures nothing.
func guard(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatalf("%s has not returned: it blocks", what)
	}
}

// TestOnlyRegularFilesInside checks and builds real sites holding links
// and special files. Each problem is an error at its path, the same for
// check and build; a build with one writes nothing; no run blocks; and
// nothing outside the site is published. A link to a file inside the
// site is followed.
func TestOnlyRegularFilesInside(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, site, top string)
		// want are the errors, path: words; none means the build passes.
		want []string
		// published is a file the build must write, with the bytes of
		// the site file from.
		published, from string
	}{
		{
			name: "plain image",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
			},
			published: "san-pham/gao-tam-hai-hau/anh.svg", from: "content/products/p/anh.svg",
		},
		{
			name: "image linked to a file elsewhere in the site",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "photos/anh.svg"), svg)
				symlink(t, "../../../photos/anh.svg", filepath.Join(site, "content/products/p/anh.svg"))
			},
			published: "san-pham/gao-tam-hai-hau/anh.svg", from: "photos/anh.svg",
		},
		{
			name: "record linked to a file elsewhere in the site",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				writeTo(t, filepath.Join(site, "drafts/q.md"), "---\nname: \"Nước mắm Văn Hoa\"\n---\n\nNước mắm.\n")
				symlink(t, "../../drafts/q.md", filepath.Join(site, "content/products/q.md"))
			},
			published: "san-pham/nuoc-mam-van-hoa/index.html",
		},
		{
			name: "editor lock file, a link to nothing, is ignored",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				symlink(t, "user@host.1234:1700000000", filepath.Join(site, "content/products/.#q.md"))
			},
			published: "san-pham/gao-tam-hai-hau/anh.svg", from: "content/products/p/anh.svg",
		},
		{
			name: "image linked by full path to a file outside",
			setup: func(t *testing.T, site, top string) {
				symlink(t, filepath.Join(top, "outside/secret.svg"), filepath.Join(site, "content/products/p/anh.svg"))
			},
			want: []string{"content/products/p/anh.svg: is a link to " + filepath.Join("TOP", "outside/secret.svg") + ", and a link written as a full path is not followed; copy the file into the site folder instead of linking to it"},
		},
		{
			name: "image linked to a file outside",
			setup: func(t *testing.T, site, top string) {
				symlink(t, "../../../../outside/secret.svg", filepath.Join(site, "content/products/p/anh.svg"))
			},
			want: []string{"content/products/p/anh.svg: is a link to ../../../../outside/secret.svg, which leads outside the site folder, and is not read; copy the file into the site folder instead of linking to it"},
		},
		{
			name: "named pipe as a record",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				mkfifo(t, filepath.Join(site, "content/products/fifo.md"))
			},
			want: []string{"content/products/fifo.md: is a named pipe (FIFO), not a regular file, and is never read; delete it"},
		},
		{
			name: "named pipe as an image",
			setup: func(t *testing.T, site, top string) {
				mkfifo(t, filepath.Join(site, "content/products/p/anh.svg"))
			},
			want: []string{"content/products/p/anh.svg: is a named pipe (FIFO), not a regular file"},
		},
		{
			name: "link to a named pipe",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				mkfifo(t, filepath.Join(site, "pipe"))
				symlink(t, "../../pipe", filepath.Join(site, "content/products/q.md"))
			},
			want: []string{"content/products/q.md: is a link to ../../pipe, which is a named pipe (FIFO), not a regular file"},
		},
		{
			name: "socket",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				ln, err := net.Listen("unix", filepath.Join(site, "content/products/s.md"))
				if err != nil {
					t.Skipf("no unix socket: %v", err)
				}
				t.Cleanup(func() { ln.Close() })
			},
			want: []string{"content/products/s.md: is a socket, not a regular file"},
		},
		{
			name: "link to a folder",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				symlink(t, "p", filepath.Join(site, "content/products/linked"))
			},
			want: []string{"content/products/linked: is a link to a folder, and links to folders are not followed; copy the folder into the site folder instead of linking to it"},
		},
		{
			name: "link to a folder outside",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				symlink(t, "../../../outside", filepath.Join(site, "content/products/out"))
			},
			want: []string{"content/products/out: is a link to ../../../outside, which leads outside the site folder"},
		},
		{
			name: "link to nothing",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				symlink(t, "gone.md", filepath.Join(site, "content/products/q.md"))
			},
			want: []string{"content/products/q.md: is a link to gone.md, which does not exist"},
		},
		{
			name: "theme file linked to a file outside",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				useTheme(t, site)
				symlink(t, "../../../../outside/secret.svg", filepath.Join(site, "themes/mine/assets/logo.svg"))
			},
			want: []string{"themes/mine/assets/logo.svg: is a link to ../../../../outside/secret.svg, which leads outside the site folder"},
		},
		{
			name: "theme folder linked to a folder outside",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				useTheme(t, site)
				symlink(t, "../../../../outside", filepath.Join(site, "themes/mine/assets/more"))
			},
			want: []string{"themes/mine/assets/more: is a link to ../../../../outside, which leads outside the site folder"},
		},
		{
			name: "named pipe in a theme",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				useTheme(t, site)
				mkfifo(t, filepath.Join(site, "themes/mine/layouts/product.html"))
			},
			want: []string{"themes/mine/layouts/product.html: is a named pipe (FIFO), not a regular file"},
		},
		{
			name: "record over the limit",
			setup: func(t *testing.T, site, top string) {
				writeTo(t, filepath.Join(site, "content/products/p/anh.svg"), svg)
				sparse(t, filepath.Join(site, "content/products/q.md"), load.MaxRecordSize+1)
			},
			want: []string{"content/products/q.md: is 1,048,577 bytes, more than the 1,048,576 bytes (1 MB) a record file may be; shorten its text"},
		},
		{
			name: "image over the limit",
			setup: func(t *testing.T, site, top string) {
				sparse(t, filepath.Join(site, "content/products/p/anh.svg"), load.MaxFileSize+1)
			},
			want: []string{"content/products/p/anh.svg: is 20,971,521 bytes, more than the 20,971,520 bytes (20 MB) a photo or other file may be; save a smaller copy"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site, top := fileSite(t)
			tc.setup(t, site, top)
			src, err := DirFS(site)
			if err != nil {
				t.Fatal(err)
			}
			dest := filepath.Join(top, "public")
			var checked, built *Result
			var checkErr, buildErr error
			guard(t, "check", func() { checked, checkErr = Check(Options{Source: src}) })
			guard(t, "build", func() { built, buildErr = Site(Options{Source: src, Dest: dest}) })
			for _, r := range []*Result{checked, built} {
				var errs []string
				for _, d := range r.Diagnostics {
					if d.Severity == 0 {
						errs = append(errs, strings.ReplaceAll(d.String(), top, "TOP"))
					}
				}
				if len(errs) != len(tc.want) {
					t.Errorf("errors:\n%s\nwant %d:\n%s", strings.Join(errs, "\n"), len(tc.want), strings.Join(tc.want, "\n"))
					continue
				}
				for i, w := range tc.want {
					if !strings.HasPrefix(errs[i], w) {
						t.Errorf("error\n%s\nwant\n%s…", errs[i], w)
					}
				}
			}
			published := notPublishedOutside(t, dest)
			if len(tc.want) > 0 {
				if !errors.Is(checkErr, ErrContent) || !errors.Is(buildErr, ErrContent) {
					t.Errorf("check: %v, build: %v; want both %v", checkErr, buildErr, ErrContent)
				}
				if published > 0 {
					t.Errorf("a build with errors wrote %d files", published)
				}
				return
			}
			if checkErr != nil || buildErr != nil {
				t.Fatalf("check: %v, build: %v", checkErr, buildErr)
			}
			got, err := os.ReadFile(filepath.Join(dest, tc.published))
			if err != nil {
				t.Fatalf("not published: %v", err)
			}
			if tc.from != "" {
				want, _ := os.ReadFile(filepath.Join(site, tc.from))
				if !bytes.Equal(got, want) {
					t.Errorf("%s = %q, want the bytes of %s, %q", tc.published, got, tc.from, want)
				}
			}
		})
	}
}

// useTheme makes the site use a theme "mine" with a style sheet.
func useTheme(t *testing.T, site string) {
	t.Helper()
	cf := filepath.Join(site, "content/site.yaml")
	b, err := os.ReadFile(cf)
	if err != nil {
		t.Fatal(err)
	}
	writeTo(t, cf, string(b)+"\ntheme: mine\n")
	writeTo(t, filepath.Join(site, "themes/mine/assets/site.css"), "body { color: #222; }\n")
}

// notPublishedOutside fails the test if any file under dest holds the
// secret from outside the site, and returns how many files dest holds.
func notPublishedOutside(t *testing.T, dest string) int {
	t.Helper()
	n := 0
	filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		n++
		if b, err := os.ReadFile(p); err == nil && bytes.Contains(b, []byte(secret)) {
			t.Errorf("%s publishes the file from outside the site", p)
		}
		return nil
	})
	return n
}

package load

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

const smallProduct = "---\nname: Gạo tám\n---\n\nGạo.\n"

// TestFileKinds loads trees with links and special files: a link to a
// regular file is read as that file; every other kind is an error at its
// path, saying what to do; editor backup files stay ignored.
func TestFileKinds(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files fstest.MapFS
		// want is the error, or "" for none; products is how many load.
		want     string
		products int
	}{
		{"link to a record", fstest.MapFS{
			"drafts/gao.md":               {Data: []byte(smallProduct)},
			"content/products/gao-tam.md": {Data: []byte("../../drafts/gao.md"), Mode: fs.ModeSymlink},
		}, "", 1},
		{"named pipe", fstest.MapFS{
			"content/products/gao.md": {Mode: fs.ModeNamedPipe},
		}, "content/products/gao.md: is a named pipe (FIFO), not a regular file, and is never read; delete it (the site folder holds only files and folders)", 0},
		{"socket", fstest.MapFS{
			"content/products/gao.md": {Mode: fs.ModeSocket},
		}, "content/products/gao.md: is a socket, not a regular file, and is never read; delete it (the site folder holds only files and folders)", 0},
		{"device", fstest.MapFS{
			"content/products/gao.md": {Mode: fs.ModeDevice | fs.ModeCharDevice},
		}, "content/products/gao.md: is a device, not a regular file, and is never read; delete it (the site folder holds only files and folders)", 0},
		{"link to a named pipe", fstest.MapFS{
			"pipe":                    {Mode: fs.ModeNamedPipe},
			"content/products/gao.md": {Data: []byte("../../pipe"), Mode: fs.ModeSymlink},
		}, "content/products/gao.md: is a link to ../../pipe, which is a named pipe (FIFO), not a regular file, and is never read; copy the file into the site folder instead of linking to it", 0},
		{"link to a folder", fstest.MapFS{
			"photos/a.jpg":            {Data: []byte("x")},
			"content/products/photos": {Data: []byte("../../photos"), Mode: fs.ModeSymlink},
		}, "content/products/photos: is a link to a folder, and links to folders are not followed; copy the folder into the site folder instead of linking to it", 0},
		{"link to nothing", fstest.MapFS{
			"content/products/gao.md": {Data: []byte("gone.md"), Mode: fs.ModeSymlink},
		}, "content/products/gao.md: is a link to gone.md, which does not exist; copy the file into the site folder instead of linking to it, or delete the link", 0},
		{"editor lock file", fstest.MapFS{
			"content/products/.#gao.md": {Data: []byte("user@host.1:2"), Mode: fs.ModeSymlink},
			"content/products/gao.md":   {Data: []byte(smallProduct)},
		}, "", 1},
		{"record at the limit", fstest.MapFS{
			"content/products/gao.md": {Data: []byte(smallProduct + strings.Repeat("a", MaxRecordSize-len(smallProduct)))},
		}, "", 1},
		{"record over the limit", fstest.MapFS{
			"content/products/gao.md": {Data: []byte(smallProduct + strings.Repeat("a", MaxRecordSize-len(smallProduct)+1))},
		}, "content/products/gao.md: is 1,048,577 bytes, more than the 1,048,576 bytes (1 MB) a record file may be; shorten its text (photos go in their own files beside it)", 0},
		{"photo over the limit", fstest.MapFS{
			"content/products/gao/index.md": {Data: []byte(smallProduct)},
			"content/products/gao/anh.jpg":  {Data: make([]byte, 20<<20+1)},
		}, "content/products/gao/anh.jpg: is 20,971,521 bytes, more than the 20,971,520 bytes (20 MB) a photo or other file may be; save a smaller copy (a photo for a web page needs no more than 2 MB)", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := site(nil)
			for k, v := range tc.files {
				files[k] = v
			}
			c, ds := Content(files)
			got := strings.Join(errorsOf(ds), "\n")
			if got != tc.want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, tc.want)
			}
			if len(c.Products) != tc.products {
				t.Errorf("%d products, want %d", len(c.Products), tc.products)
			}
		})
	}
}

// TestThemeFiles reports the links and special files of a theme folder.
func TestThemeFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"themes/mine/assets/site.css":   {Data: []byte("body{}")},
		"themes/mine/assets/logo.svg":   {Data: []byte("/etc/passwd"), Mode: fs.ModeSymlink},
		"themes/mine/layouts/base.html": {Mode: fs.ModeNamedPipe},
		"themes/mine/layouts/.#x.html":  {Data: []byte("user@host.1:2"), Mode: fs.ModeSymlink},
		"themes/mine/assets/video.mp4":  {Data: make([]byte, MaxFileSize+1)},
	}
	got := strings.Join(errorsOf(CheckFiles(fsys, "themes")), "\n")
	want := strings.Join([]string{
		// fstest.MapFS refuses an absolute link as not existing; the
		// site file system refuses it as one leading outside.
		"themes/mine/assets/logo.svg: is a link to /etc/passwd, which does not exist; copy the file into the site folder instead of linking to it, or delete the link",
		"themes/mine/assets/video.mp4: is 20,971,521 bytes, more than the 20,971,520 bytes (20 MB) a theme file may be; make it smaller",
		"themes/mine/layouts/base.html: is a named pipe (FIFO), not a regular file, and is never read; delete it (the site folder holds only files and folders)",
	}, "\n")
	if got != want {
		t.Errorf("errors:\n%s\nwant:\n%s", got, want)
	}
	if ds := CheckFiles(fstest.MapFS{}, "themes"); len(ds) != 0 {
		t.Errorf("no themes folder: %v", ds)
	}
}

// hugeFS holds one record that says it is 5 GiB; reading it fails the
// test.
type hugeFS struct {
	fstest.MapFS
	t *testing.T
}

func (h hugeFS) Open(name string) (fs.File, error) {
	if name == "content/products/huge.md" {
		return hugeFile{h.t}, nil
	}
	return h.MapFS.Open(name)
}

func (h hugeFS) ReadDir(name string) ([]fs.DirEntry, error) {
	es, err := h.MapFS.ReadDir(name)
	if name == "content/products" {
		es = append(es, fs.FileInfoToDirEntry(hugeFile{h.t}.info()))
	}
	return es, err
}

type hugeFile struct{ t *testing.T }

type hugeInfo struct{}

func (hugeInfo) Name() string       { return "huge.md" }
func (hugeInfo) Size() int64        { return 5 << 30 }
func (hugeInfo) Mode() fs.FileMode  { return 0o644 }
func (hugeInfo) ModTime() time.Time { return time.Time{} }
func (hugeInfo) IsDir() bool        { return false }
func (hugeInfo) Sys() any           { return nil }

func (f hugeFile) info() fs.FileInfo          { return hugeInfo{} }
func (f hugeFile) Stat() (fs.FileInfo, error) { return hugeInfo{}, nil }
func (f hugeFile) Close() error               { return nil }
func (f hugeFile) Read(b []byte) (int, error) {
	f.t.Error("the record over the size limit was read")
	return len(b), nil
}

// A record over the limit is refused from its size, without reading it,
// whether the walk or the reading finds the size.
func TestHugeRecordIsNotRead(t *testing.T) {
	files := site(map[string]string{"content/products/gao.md": smallProduct})
	_, ds := Content(hugeFS{files, t})
	want := "content/products/huge.md: is 5120 MB, more than the 1 MB a record file may be; shorten its text (photos go in their own files beside it)"
	if got := strings.Join(errorsOf(ds), "\n"); got != want {
		t.Errorf("errors:\n%s\nwant:\n%s", got, want)
	}
	l := &loader{fsys: hugeFS{files, t}}
	if _, ok := l.readRecord("content/products/huge.md"); ok {
		t.Error("readRecord read the record over the limit")
	}
	if got := strings.Join(errorsOf(l.ds), "\n"); got != want {
		t.Errorf("readRecord errors:\n%s\nwant:\n%s", got, want)
	}
}

func TestMegabytes(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0 MB", 1: "0.1 MB", 1 << 20: "1 MB", 1<<20 + 1: "1.1 MB", 20 << 20: "20 MB", 3 << 29: "1536 MB",
	} {
		if got := megabytes(n); got != want {
			t.Errorf("megabytes(%d) = %q, want %q", n, got, want)
		}
	}
}

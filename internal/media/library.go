package media

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Library finds, checks and reads the images of a site's records in its
// source folder. It keeps nothing between calls, so it sees every change
// of the folder, and is safe for concurrent use.
type Library struct {
	fsys fs.FS
}

// NewLibrary returns the Library of the site whose source folder (the
// one holding content/) is fsys.
func NewLibrary(fsys fs.FS) *Library {
	return &Library{fsys: fsys}
}

// Image is a reference found on disk.
type Image struct {
	Ref
	// Src is the file's path in the source folder, as its name is on disk
	// (in whatever Unicode normalization it was saved with).
	Src string
}

// Find parses ref, written in the record whose file is in folder dir,
// and finds its file. A name on disk matches whatever its Unicode
// normalization: "ảnh.jpg" finds a file saved with the decomposed name
// (NFD, as macOS writes it) in any folder of the path. The error is the
// message for editors: Parse's, or that the file does not exist (or
// that two files match, whose names differ only in normalization).
func (l *Library) Find(dir, ref string) (Image, error) {
	r, err := Parse(dir, ref)
	if err != nil {
		return Image{}, err
	}
	if l == nil || l.fsys == nil {
		return Image{}, message.Errorf("image %q cannot be read: no site folder", ref)
	}
	files := l.locate(path.Join(dir, ref), r.Path)
	switch len(files) {
	case 0:
		return Image{}, Missing(ref, r.Path)
	case 1:
		return Image{Ref: r, Src: files[0]}, nil
	}
	return Image{}, message.Errorf("image %q matches %d files whose names differ only in how their accents are encoded (%s); keep one of them", ref, len(files), strings.Join(quoted(files), ", "))
}

// Missing returns the message for image ref whose file, at path p, does
// not exist.
func Missing(ref, p string) error {
	return message.Errorf("image %q does not exist; expected a file at %s", ref, p)
}

// locate returns the file at exact (the path as written) if there is
// one, or else every file whose path in NFC is want.
func (l *Library) locate(exact, want string) []string {
	if isFile(l.fsys, exact) {
		return []string{exact}
	}
	if exact != want && isFile(l.fsys, want) {
		return []string{want}
	}
	// Walk down from content/, matching each name by its NFC form.
	parts := strings.Split(want, "/")
	found := []string{parts[0]}
	for _, part := range parts[1:] {
		var next []string
		for _, dir := range found {
			entries, err := fs.ReadDir(l.fsys, dir)
			if err != nil {
				continue
			}
			for _, e := range entries {
				if e.Name() == part || norm.NFC.String(e.Name()) == part {
					next = append(next, path.Join(dir, e.Name()))
				}
			}
		}
		found = next
	}
	var files []string
	for _, p := range found {
		if isFile(l.fsys, p) {
			files = append(files, p)
		}
	}
	return files
}

func quoted(xs []string) []string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = fmt.Sprintf("%q", x)
	}
	return q
}

// isFile reports whether p is a file (not a folder) in fsys.
func isFile(fsys fs.FS, p string) bool {
	st, err := fs.Stat(fsys, p)
	return err == nil && !st.IsDir()
}

// Check reads img's file and returns nil when the site may publish it,
// or the message for editors: a raster whose content is not of the type
// its name says, or that cannot be decoded; an SVG that is not
// well-formed, or that holds anything CleanSVG leaves out (naming the
// first such thing and its line in the SVG).
func (l *Library) Check(img Image) error {
	if img.Type.Format != "svg" {
		f, err := l.fsys.Open(img.Src)
		if err != nil {
			return message.Errorf("image %q cannot be read: %v", img.Text, plainErr(err))
		}
		defer f.Close()
		_, _, err = checkRaster(f, img.Text, img.Type)
		return err
	}
	b, err := fs.ReadFile(l.fsys, img.Src)
	if err != nil {
		return message.Errorf("image %q cannot be read: %v", img.Text, plainErr(err))
	}
	return CheckSVG(img.Text, b)
}

// CheckSVG returns nil when b, the bytes of the SVG file referred to as
// name, may be published, or the message for editors: a file of another
// kind, an SVG that is not well-formed, or one that holds anything
// CleanSVG leaves out (naming the first such thing and its line).
func CheckSVG(name string, b []byte) error {
	if got := sniff(b[:min(len(b), sniffLen)]); got != "" && got != "svg" {
		return mismatch(name, got)
	}
	_, findings, err := CleanSVG(b)
	switch {
	case len(findings) > 0:
		f := findings[0]
		if n := len(findings) - 1; n > 0 {
			return message.Errorf("image %q contains %s at line %d of the SVG and %s, which a picture on the site may not have; remove it with a drawing program, or save the picture as .png", name, f.Say, f.Line, message.Count{N: n, EN: "more thing", VI: "thứ khác nữa"})
		}
		return message.Errorf("image %q contains %s at line %d of the SVG, which a picture on the site may not have; remove it with a drawing program, or save the picture as .png", name, f.Say, f.Line)
	case err != nil:
		return message.Errorf("image %q is not a valid SVG drawing (%v); export it again from the drawing program, or save the picture as .png", name, err)
	}
	return nil
}

// Size returns img's size in pixels from its file's header; 0 × 0 for an
// SVG or a header that cannot be read.
func (l *Library) Size(img Image) (width, height int) {
	if img.Type.Format == "svg" {
		return 0, 0
	}
	f, err := l.fsys.Open(img.Src)
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	w, h, err := checkRaster(f, img.Text, img.Type)
	if err != nil {
		return 0, 0
	}
	return w, h
}

// Publish returns the bytes the site publishes for img: an SVG as
// CleanSVG writes it again (whatever it left out, so that a drawing that
// was never checked cannot run code either), any other type as it is.
// The error is for a file that cannot be read or an SVG that is not
// well-formed.
func (l *Library) Publish(img Image) ([]byte, error) {
	b, err := fs.ReadFile(l.fsys, img.Src)
	if err != nil {
		return nil, err
	}
	if img.Type.Format != "svg" {
		return b, nil
	}
	return PublishSVG(b, img.Src)
}

// PublishSVG returns the bytes published for an SVG file named name:
// CleanSVG's output. The error names the file.
func PublishSVG(b []byte, name string) ([]byte, error) {
	out, _, err := CleanSVG(b)
	if err != nil {
		return nil, message.Errorf("%s: not a valid SVG drawing: %w", name, err)
	}
	return out, nil
}

func plainErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

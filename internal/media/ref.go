package media

import (
	"path"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Ref is a reference to an image as Parse read it, before the file is
// looked for.
type Ref struct {
	// Text is the reference as written.
	Text string
	// Path is the file it names in the site folder, slash-separated and in
	// NFC: the record's folder joined with the reference and cleaned, such
	// as "content/products/gao/anh.jpg".
	Path string
	// Out is the path the image is published at, relative to the folder of
	// its record's page, in NFC: the reference cleaned, or its file name
	// alone when the reference climbs out of the record's folder
	// ("../chung/anh.jpg" is published as "anh.jpg").
	Out string
	// Type is the image's type, by the extension of its name.
	Type Type
}

// Parse reads ref, an image reference written in the record whose file is
// in folder dir (slash-separated, such as "content/products/gao"). It
// reads no file. The error, for a reference that cannot name a
// publishable image, is the message for editors.
func Parse(dir, ref string) (Ref, error) {
	switch {
	case strings.TrimSpace(ref) == "":
		return Ref{}, message.Errorf("image path is empty; give a file name next to the record, such as anh-1.jpg")
	case strings.Contains(ref, `\`):
		return Ref{}, message.Errorf("image path %q uses \\; write paths with /", ref)
	case path.IsAbs(ref) || strings.Contains(ref, "://") || hasScheme(ref):
		return Ref{}, message.Errorf("image path %q must be relative to the record's folder, such as anh-1.jpg", ref)
	case strings.ContainsAny(ref, "?#"):
		return Ref{}, message.Errorf("image path %q has a ? or #; give the file's name alone, such as anh-1.jpg", ref)
	}
	rel := norm.NFC.String(ref)
	full := path.Join(dir, rel)
	if !strings.HasPrefix(full, "content/") {
		return Ref{}, message.Errorf("image path %q points outside the content folder; keep images inside content/", ref)
	}
	t, ok := TypeOf(full)
	if !ok {
		switch strings.ToLower(path.Ext(ref)) {
		case ".heic", ".heif":
			// What phones save by default: say how to get a file the
			// web shows.
			return Ref{}, message.Errorf("image %q is a HEIC photo, which web browsers do not show; save it as .jpg (open it and export or share it as JPEG) and name the .jpg here", ref)
		}
		return Ref{}, message.Errorf("image %q must be a %s file", ref, Extensions())
	}
	out := path.Clean(rel)
	if out == ".." || strings.HasPrefix(out, "../") {
		out = path.Base(out)
	}
	return Ref{Text: ref, Path: norm.NFC.String(full), Out: out, Type: t}, nil
}

// hasScheme reports whether ref starts with a URL scheme ("https:",
// "data:", "javascript:"), read as a browser reads it: with ASCII
// whitespace and control characters removed and in any case. A Windows
// path such as "C:/anh.jpg" has one too.
func hasScheme(ref string) bool {
	s := strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, ref)
	i := strings.IndexAny(s, ":/?#")
	return i > 0 && s[i] == ':'
}

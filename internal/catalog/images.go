package catalog

import (
	"fmt"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/media"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// images checks every image record m names, with the one rule of package
// media: the entries of its images field (list; nil for records without
// one) at the position of each value, and the images of its Markdown body
// (![alt](anh.jpg)) at the position of their "![". A reference that
// points outside content/, names a type that is not an image, has no
// file (names match whatever their Unicode normalization), or whose file
// is not what its name says or holds anything an SVG may not have is an
// error; so are two files published under one name beside the record's
// page (k is its kind), or under names that differ only in capital
// letters, and a published path that is not a valid file name on every
// common file system (urls.FileNameDefect, urls.MaxPathBytes). Without
// Files only the references are checked, and that their files exist
// (Exists).
func (v *validator) images(m *Meta, list []string, k urls.Kind) {
	var lib *media.Library
	if v.opt.Files != nil {
		lib = media.NewLibrary(v.opt.Files)
	}
	page := ""
	if urls.SlugDefect(m.Slug) == urls.NoDefect {
		page = urls.Page(k, "vi", m.Slug)
	}
	outs := map[string]published{}
	for i, ref := range list {
		v.image(m, m.At(fmt.Sprintf("images.%d", i)), ref, lib, page, outs)
	}
	for _, r := range media.BodyRefs(m.Body) {
		v.image(m, Pos{Path: m.Path, Line: m.BodyLine + r.Line - 1, Col: r.Col}, r.Ref, lib, page, outs)
	}
}

// published is an image published beside a record's page: its file, its
// reference and where that was written.
type published struct {
	src, ref string
	pos      Pos
}

// image checks one reference written at pos; page is the folder of the
// record's page ("" when its slug is refused), and outs maps each name
// published beside that page, in lower case, to what is published there,
// to find two files published under one name.
func (v *validator) image(m *Meta, pos Pos, ref string, lib *media.Library, page string, outs map[string]published) {
	if r, err := media.Parse(m.Dir, ref); err == nil && v.opt.Reported != nil && v.opt.Reported(r.Path) {
		return // the file's own message says why it cannot be used
	}
	var img media.Image
	if lib == nil {
		r, err := media.Parse(m.Dir, ref)
		if err == nil && v.opt.Exists != nil && !v.opt.Exists(r.Path) {
			err = media.Missing(ref, r.Path)
		}
		if err != nil {
			v.ds.Errorf(pos, "%s", err)
			return
		}
		img = media.Image{Ref: r, Src: r.Path}
	} else {
		var err error
		img, err = lib.Find(m.Dir, ref)
		if err == nil {
			err = lib.Check(img)
		}
		if err != nil {
			v.ds.Errorf(pos, "%s", err)
			return
		}
	}
	if !v.publishedPath(pos, ref, img.Out, page) {
		return
	}
	low := strings.ToLower(img.Out)
	prev, ok := outs[low]
	switch {
	case !ok:
		outs[low] = published{src: img.Src, ref: ref, pos: pos}
	case prev.src == img.Src:
	case strings.ToLower(prev.src) == strings.ToLower(img.Src) || prev.ref != ref && strings.EqualFold(prev.ref, ref):
		// Windows and macOS take names that differ only in case for one
		// file, so one photo would replace the other.
		v.ds.Errorf(pos, "image %q and image %q (line %d) differ only in capital letters, and Windows and macOS keep only one of them; rename one", clip(ref), clip(prev.ref), prev.pos.Line)
	default:
		v.ds.Errorf(pos, "image %q would be published as %s beside the page, like %s; rename one of the two files", ref, img.Out, prev.src)
	}
}

// publishedPath reports whether out, where image ref is published beside
// the page in folder page, is a valid path on every common file system,
// and reports at pos why not. An empty page (a refused slug, reported
// with the slug) checks only the names.
func (v *validator) publishedPath(pos Pos, ref, out, page string) bool {
	for seg := range strings.SplitSeq(out, "/") {
		switch urls.FileNameDefect(seg) {
		case urls.NoDefect:
			continue
		case urls.TooLong:
			v.ds.Errorf(pos, "image file name %q is %d bytes long, more than the %d some file systems hold (a letter with marks takes 2 or 3); rename the file to a shorter name", clip(seg), len(seg), urls.MaxFileNameBytes)
		case urls.DeviceName:
			v.ds.Errorf(pos, "image file name %q is the name of a device on Windows (con, prn, aux, nul, com1–com9, lpt1–lpt9), where no file can be named so; rename the file", seg)
		case urls.BadEnd:
			v.ds.Errorf(pos, "image file name %q ends with a dot or a space, which Windows drops; rename the file", seg)
		case urls.BadChars:
			v.ds.Errorf(pos, "image file name %q has a character Windows does not allow in a file name (< > : \" | ? * or a control character); rename the file", clip(seg))
		}
		return false
	}
	if page != "" && len(page)+len(out) > urls.MaxPathBytes {
		v.ds.Errorf(pos, "image would be published as %s…, a path of %d bytes, more than the %d every file system holds; rename the file (or its folder) to a shorter name", page, len(page)+len(out), urls.MaxPathBytes)
		return false
	}
	return true
}

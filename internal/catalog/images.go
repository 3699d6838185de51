package catalog

import (
	"fmt"

	"github.com/namdinh-ocop/ocop/internal/media"
)

// images checks every image record m names, with the one rule of package
// media: the entries of its images field (list; nil for records without
// one) at the position of each value, and the images of its Markdown body
// (![alt](anh.jpg)) at the position of their "![". A reference that
// points outside content/, names a type that is not an image, has no
// file (names match whatever their Unicode normalization), or whose file
// is not what its name says or holds anything an SVG may not have is an
// error; so are two files published under one name beside the record's
// page. Without Files only the references are checked, and that their
// files exist (Exists).
func (v *validator) images(m *Meta, list []string) {
	var lib *media.Library
	if v.opt.Files != nil {
		lib = media.NewLibrary(v.opt.Files)
	}
	outs := map[string]string{}
	for i, ref := range list {
		v.image(m, m.At(fmt.Sprintf("images.%d", i)), ref, lib, outs)
	}
	for _, r := range media.BodyRefs(m.Body) {
		v.image(m, Pos{Path: m.Path, Line: m.BodyLine + r.Line - 1, Col: r.Col}, r.Ref, lib, outs)
	}
}

// image checks one reference written at pos; outs maps each name
// published beside the record's page to its file, to find two files
// published under one name.
func (v *validator) image(m *Meta, pos Pos, ref string, lib *media.Library, outs map[string]string) {
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
	if prev, ok := outs[img.Out]; ok && prev != img.Src {
		v.ds.Errorf(pos, "image %q would be published as %s beside the page, like %s; rename one of the two files", ref, img.Out, prev)
		return
	}
	outs[img.Out] = img.Src
}

package render

import (
	"fmt"
	"io/fs"
	"path"
	"sync"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/markdown"
	"github.com/namdinh-ocop/ocop/internal/media"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// picture is an image shown on a page: a record's photo, copied beside
// its Vietnamese page, or the placeholder of its group.
type picture struct {
	// Src is the site-absolute link.
	Src string
	// Path is the output path, for absolute links (og:image, JSON-LD).
	Path string
	// Width and Height are the pixel size, 0 when unknown (SVG, WebP).
	Width, Height int
	// Placeholder is set for the generated stand-in of a record without
	// photos.
	Placeholder bool
}

// copyFile is an image copied from the content tree to the output.
type copyFile struct {
	out, src string
	img      media.Image
}

// gallery resolves and copies the images of records, with the one rule
// of package media. It is safe for concurrent use.
type gallery struct {
	lib  *media.Library
	base urls.Base
	mu   sync.Mutex
	// copies are the files to copy, by output path (guarded by mu).
	copies map[string]copyFile
}

// add registers the copy of image rel of the record in dir to the page
// folder pageDir and returns the picture. A missing file, or a
// reference package media refuses, is an error: a page never shows a
// broken image.
func (g *gallery) add(dir, rel, pageDir string) (picture, error) {
	img, err := g.lib.Find(dir, rel)
	if err != nil {
		return picture{}, err
	}
	out := path.Join(pageDir, img.Out)
	pic := picture{Src: g.base.Rel(out), Path: out}
	g.mu.Lock()
	prev, dup := g.copies[out]
	g.mu.Unlock()
	if dup && prev.src != img.Src {
		return picture{}, fmt.Errorf("images %s and %s would both be published as %s; rename one", prev.src, img.Src, out)
	}
	pic.Width, pic.Height = g.lib.Size(img)
	g.mu.Lock()
	g.copies[out] = copyFile{out: out, src: img.Src, img: img}
	g.mu.Unlock()
	return pic, nil
}

// publish returns the bytes published for a copied image: an SVG always
// as media.CleanSVG writes it again, never as saved.
func (g *gallery) publish(cf copyFile) ([]byte, error) {
	return g.lib.Publish(cf.img)
}

// images resolves the photos of a record listed in its images field.
func (g *gallery) images(meta *catalog.Meta, list []string, pageDir string) ([]picture, error) {
	var pics []picture
	seen := map[string]bool{}
	for _, rel := range list {
		r, err := media.Parse(meta.Dir, rel)
		if err != nil {
			return nil, err
		}
		out := path.Join(pageDir, r.Out)
		if seen[out] {
			continue
		}
		seen[out] = true
		p, err := g.add(meta.Dir, rel, pageDir)
		if err != nil {
			return nil, err
		}
		pics = append(pics, p)
	}
	return pics, nil
}

// bodyImage returns the markdown.ImageFunc of a record's Markdown body: an image
// that package media finds beside the record is copied to its page
// folder; any other is left out (ocop check reports it, with its
// position).
func (g *gallery) bodyImage(meta *catalog.Meta, pageDir string) markdown.ImageFunc {
	return func(ref string) (string, bool) {
		p, err := g.add(meta.Dir, ref, pageDir)
		if err != nil {
			return "", false
		}
		return p.Src, true
	}
}

// photo returns the root-relative path of a record's first photo, "" when
// it has none (r.pics holds photos only, never placeholders).
func (r *renderer) photo(m *catalog.Meta) string {
	if pics := r.pics[m]; len(pics) > 0 {
		return pics[0].Path
	}
	return ""
}

// placeholders maps a browse group ID ("" for none) to the theme's
// stand-in image: assets/placeholder-<id>.svg, or the generic
// assets/placeholder.svg when the theme has none for the group.
type placeholders map[string]picture

// newPlaceholders looks the theme's placeholders up once, for every
// browse group and for tourism sites ("du-lich").
func newPlaceholders(theme fs.FS, base urls.Base, groups []catalog.BrowseGroup) placeholders {
	const generic = "assets/placeholder.svg"
	ps := placeholders{"": {Src: base.Rel(generic), Path: generic, Width: 400, Height: 300, Placeholder: true}}
	ids := []string{"du-lich"}
	for _, g := range groups {
		ids = append(ids, g.ID)
	}
	for _, id := range ids {
		name := "assets/placeholder-" + id + ".svg"
		if _, err := fs.Stat(theme, name); err == nil {
			ps[id] = picture{Src: base.Rel(name), Path: name, Width: 400, Height: 300, Placeholder: true}
		}
	}
	return ps
}

// of returns the placeholder of a browse group.
func (ps placeholders) of(browseID string) picture {
	if p, ok := ps[browseID]; ok {
		return p
	}
	return ps[""]
}

package site

import (
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/markdown"
	"github.com/namdinh-ocop/ocop/internal/media"
	"github.com/namdinh-ocop/ocop/internal/urls"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Picture is an image shown on a page: a record's photo, copied beside
// its Vietnamese page, or the placeholder of its group.
type Picture struct {
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

// Copy is an image copied from the content tree to the output.
type Copy struct {
	// Out is the output path; Src the content path it is read from.
	Out, Src string
	img      media.Image
}

// Copies returns every image to copy, sorted by output path.
func (s *Site) Copies() []Copy {
	out := make([]Copy, 0, len(s.med.copies))
	for _, c := range s.med.copies {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Out < out[j].Out })
	return out
}

// CopyAt returns the image copied to the output path out, and false when
// no image is.
func (s *Site) CopyAt(out string) (Copy, bool) {
	c, ok := s.med.copies[out]
	return c, ok
}

// Publish returns the bytes published for the copied image c: an SVG
// always as media.CleanSVG writes it again, never as saved.
func (s *Site) Publish(c Copy) ([]byte, error) {
	return s.med.lib.Publish(c.img)
}

// gallery resolves and copies the images of records, with the one rule
// of package media. It is safe for concurrent use.
type gallery struct {
	lib  *media.Library
	base urls.Base
	mu   sync.Mutex
	// copies are the files to copy, by output path (guarded by mu).
	copies map[string]Copy
}

// add registers the copy of image rel of the record in dir to the page
// folder pageDir and returns the picture. A missing file, or a
// reference package media refuses, is an error: a page never shows a
// broken image.
func (g *gallery) add(dir, rel, pageDir string) (Picture, error) {
	img, err := g.lib.Find(dir, rel)
	if err != nil {
		return Picture{}, err
	}
	out := path.Join(pageDir, img.Out)
	pic := Picture{Src: g.base.Rel(out), Path: out}
	g.mu.Lock()
	prev, dup := g.copies[out]
	g.mu.Unlock()
	if dup && prev.Src != img.Src {
		return Picture{}, message.Errorf("images %s and %s would both be published as %s; rename one", prev.Src, img.Src, out)
	}
	pic.Width, pic.Height = g.lib.Size(img)
	g.mu.Lock()
	g.copies[out] = Copy{Out: out, Src: img.Src, img: img}
	g.mu.Unlock()
	return pic, nil
}

// drop forgets the copies under the page folder dir.
func (g *gallery) drop(dir string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for out := range g.copies {
		if strings.HasPrefix(out, dir) {
			delete(g.copies, out)
		}
	}
}

// images resolves the photos of a record listed in its images field.
func (g *gallery) images(meta *catalog.Meta, list []string, pageDir string) ([]Picture, error) {
	var pics []Picture
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

// bodyImage returns the markdown.ImageFunc of a record's Markdown body:
// an image that package media finds beside the record is copied to its
// page folder; any other is left out (ocop check reports it, with its
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

// placeholders maps a browse group ID ("" for none) to the theme's
// stand-in image.
type placeholders map[string]Picture

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
			ps[id] = Picture{Src: base.Rel(name), Path: name, Width: 400, Height: 300, Placeholder: true}
		}
	}
	return ps
}

// of returns the placeholder of a browse group.
func (ps placeholders) of(browseID string) Picture {
	if p, ok := ps[browseID]; ok {
		return p
	}
	return ps[""]
}

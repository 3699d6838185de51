package render

import (
	"fmt"
	"image"
	_ "image/gif" // image.DecodeConfig of GIF files
	_ "image/jpeg"
	_ "image/png"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/namdinh-ocop/ocop/internal/catalog"
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

// copyFile is a file copied from the content tree to the output.
type copyFile struct {
	out, src string
}

// isImageFile reports whether p names an image type pages may show.
func isImageFile(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".jpg", ".jpeg", ".png", ".webp", ".svg", ".gif", ".avif":
		return true
	}
	return false
}

// media resolves and copies the images of records. It is safe for
// concurrent use.
type media struct {
	content fs.FS
	base    urls.Base
	mu      sync.Mutex
	// copies are the files to copy, by output path (guarded by mu).
	copies map[string]copyFile
}

// outName returns where an image given as rel (relative to its record's
// folder) goes inside the folder of the record's page: the same relative
// path, or only the file name for a path that climbs out of the folder.
func outName(rel string) string {
	c := path.Clean(rel)
	if c == ".." || strings.HasPrefix(c, "../") || strings.HasPrefix(c, "/") {
		return path.Base(c)
	}
	return c
}

// source returns the content path of an image rel of the record in dir;
// ok is false for a path outside content/ or not an image.
func source(dir, rel string) (string, bool) {
	if strings.TrimSpace(rel) == "" || strings.Contains(rel, `\`) || strings.Contains(rel, "://") || path.IsAbs(rel) {
		return "", false
	}
	full := path.Join(dir, rel)
	if !strings.HasPrefix(full, "content/") || !fs.ValidPath(full) || !isImageFile(full) {
		return "", false
	}
	return full, true
}

// add registers the copy of image rel of the record in dir to the page
// folder pageDir and returns the picture. A missing or unreadable file is
// an error: a page never shows a broken image.
func (m *media) add(dir, rel, pageDir string) (picture, error) {
	src, ok := source(dir, rel)
	if !ok {
		return picture{}, fmt.Errorf("image %q: want a .jpg, .png, .webp or .svg file inside content/", rel)
	}
	out := path.Join(pageDir, outName(rel))
	pic := picture{Src: m.base.Rel(out), Path: out}
	m.mu.Lock()
	prev, dup := m.copies[out]
	m.mu.Unlock()
	if dup && prev.src != src {
		return picture{}, fmt.Errorf("images %s and %s would both be published as %s; rename one", prev.src, src, out)
	}
	if m.content == nil {
		return picture{}, fmt.Errorf("image %s: no content folder to read it from", src)
	}
	f, err := m.content.Open(src)
	if err != nil {
		return picture{}, fmt.Errorf("image %s: %w", src, err)
	}
	defer f.Close()
	if cfg, _, err := image.DecodeConfig(f); err == nil {
		pic.Width, pic.Height = cfg.Width, cfg.Height
	}
	m.mu.Lock()
	m.copies[out] = copyFile{out: out, src: src}
	m.mu.Unlock()
	return pic, nil
}

// images resolves the photos of a record listed in its images field.
func (m *media) images(meta *catalog.Meta, list []string, pageDir string) ([]picture, error) {
	var pics []picture
	seen := map[string]bool{}
	for _, rel := range list {
		out := path.Join(pageDir, outName(rel))
		if seen[out] {
			continue
		}
		seen[out] = true
		p, err := m.add(meta.Dir, rel, pageDir)
		if err != nil {
			return nil, err
		}
		pics = append(pics, p)
	}
	return pics, nil
}

// bodyImage returns the imageFunc of a record's Markdown body: an image
// that exists beside the record is copied to its page folder.
func (m *media) bodyImage(meta *catalog.Meta, pageDir string) imageFunc {
	return func(rel string) (string, bool) {
		src, ok := source(meta.Dir, rel)
		if !ok {
			return "", false
		}
		if m.content == nil {
			return "", false
		}
		if _, err := fs.Stat(m.content, src); err != nil {
			return "", false
		}
		p, err := m.add(meta.Dir, rel, pageDir)
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

package serve

import (
	"io/fs"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
)

// The fast path of a rebuild: one product file changed in place. Only
// that file is read, and the catalog is relinked around the one product,
// as catalog.Link and Validate would do for the whole catalog; the
// property test (TestIncrementalEqualsFull) holds the two to the same
// output.

// parseProduct reads the product file p alone, as load.Content reads it
// within the whole tree. It returns nil when the file has no usable
// record, with the file's own diagnostics.
func parseProduct(fsys fs.FS, p string) (*catalog.Product, catalog.Diagnostics, error) {
	data, err := fs.ReadFile(fsys, p)
	if err != nil {
		return nil, nil, err
	}
	c, all := load.Content(fstest.MapFS{p: {Data: data}})
	var ds catalog.Diagnostics
	for _, d := range all {
		if d.Pos.Path == p {
			ds = append(ds, d)
		}
	}
	for _, q := range c.Products {
		if q.Path == p {
			return q, ds, nil
		}
	}
	return nil, ds, nil
}

// relinkProduct updates c after product p's fields were replaced in
// place (same ID and file) by a new reading: p's slug and links, and the
// product lists of its old and new producer and showrooms. old are p's
// links before; the tourism sites that name p are unchanged, since they
// name it by ID.
func relinkProduct(c *catalog.Catalog, p *catalog.Product, old catalog.Links) {
	l := c.ResolveProduct(p)
	l.Sites = old.Sites
	for _, s := range old.Showrooms {
		s.Links.Products = without(s.Links.Products, p)
	}
	for _, s := range l.Showrooms {
		s.Links.Products = append(s.Links.Products, p)
	}
	// Stars and name order both lists; a product that moved must be put
	// back in its place.
	for _, s := range old.Showrooms {
		catalog.SortProducts(s.Links.Products, catalog.ByStars)
	}
	for _, s := range l.Showrooms {
		catalog.SortProducts(s.Links.Products, catalog.ByStars)
	}
	if old.Producer != nil {
		old.Producer.Links.Products = without(old.Producer.Links.Products, p)
	}
	if l.Producer != nil {
		l.Producer.Links.Products = append(l.Producer.Links.Products, p)
		catalog.SortProducts(l.Producer.Links.Products, catalog.ByName)
	}
	p.Links = l
}

// without returns ps without p, in place.
func without(ps []*catalog.Product, p *catalog.Product) []*catalog.Product {
	out := ps[:0]
	for _, q := range ps {
		if q != p {
			out = append(out, q)
		}
	}
	clear(ps[len(out):])
	return out
}

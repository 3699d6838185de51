package web

import (
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Plan makes the files Site makes, byte for byte, and names the owner of
// each record and list page.
func TestIncrementalPlanMatchesSite(t *testing.T) {
	site := fixture()
	c := loadSite(t, site)
	want, err := renderCatalog(c, site, "https://example.gov.vn/")
	if err != nil {
		t.Fatal(err)
	}
	opt, err := options(site, "https://example.gov.vn/")
	if err != nil {
		t.Fatal(err)
	}
	in, err := NewIncremental(c, opt)
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := in.Plan(outputs()[1:]...)
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != len(want.Files) {
		t.Errorf("Plan has %d files, the outputs wrote %d", len(jobs), len(want.Files))
	}
	owners := map[string]string{}
	for _, j := range jobs {
		b, err := j.Make()
		if err != nil {
			t.Fatalf("%s: %v", j.Out, err)
		}
		if string(b) != string(want.Files[j.Out]) {
			t.Errorf("%s differs from the outputs'", j.Out)
		}
		owners[j.Out] = j.Owner
	}
	p := c.Products[0]
	for _, l := range []string{"vi", "en"} {
		if got := owners[urls.Page(urls.Product, l, p.Slug)+"index.html"]; got != catalog.Key(catalog.KindProduct, p.ID) {
			t.Errorf("owner of %s's %s page: %q", p.ID, l, got)
		}
	}
	if got := owners["index.html"]; got != "" {
		t.Errorf("home page owned by %q, want shared", got)
	}
	if got := owners["assets/site.css"]; got != AssetOwner {
		t.Errorf("site.css owned by %q", got)
	}
	deps := in.Deps(p)
	if len(deps) == 0 || deps[0] != catalog.Key(catalog.KindProduct, p.ID) {
		t.Errorf("Deps(%s) = %v", p.ID, deps)
	}
}

// After a product's fields change in place, Forget, Prepare and Reindex
// give the pages a new renderer gives.
func TestIncrementalForgetPrepare(t *testing.T) {
	site := fixture()
	c := loadSite(t, site)
	opt, err := options(site, "https://example.gov.vn/")
	if err != nil {
		t.Fatal(err)
	}
	in, err := NewIncremental(c, opt)
	if err != nil {
		t.Fatal(err)
	}
	// Render every page once, so that cards are cached.
	jobs, _ := in.Plan(outputs()[1:]...)
	for _, j := range jobs {
		if _, err := j.Make(); err != nil {
			t.Fatal(err)
		}
	}
	p := c.Products[0]
	in.Forget(p)
	p.Summary = "Tóm tắt mới, sau khi sửa."
	p.Body = "Mô tả mới."
	if err := in.Prepare(p); err != nil {
		t.Fatal(err)
	}
	in.Reindex()
	want, err := renderCatalog(c, site, "https://example.gov.vn/")
	if err != nil {
		t.Fatal(err)
	}
	jobs, err = in.Plan(outputs()[1:]...)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range jobs {
		b, err := j.Make()
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != string(want.Files[j.Out]) {
			t.Errorf("%s differs from a new renderer's", j.Out)
		}
	}
	for _, j := range in.ProductJobs(p) {
		b, _ := j.Make()
		if string(b) != string(want.Files[j.Out]) {
			t.Errorf("product job %s differs", j.Out)
		}
	}
}

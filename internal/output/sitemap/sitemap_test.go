package sitemap

import (
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// TestSitemapListsPriorPages checks that the Sitemap output lists the
// pages of the jobs before it, by their Page, and only those.
func TestSitemapListsPriorPages(t *testing.T) {
	base, err := urls.ParseBase("https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	prior := []output.Job{
		{Out: "san-pham/gao/index.html", Page: &output.Page{Path: "san-pham/gao/", Alternates: []output.Alt{
			{Lang: "vi", Path: "san-pham/gao/"}, {Lang: "en", Path: "en/san-pham/gao/"},
		}}},
		{Out: "404.html"},
		{Out: "assets/site.css"},
	}
	jobs, err := Sitemap{}.Plan(&site.Site{Base: base}, prior)
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 2 || jobs[0].Out != "sitemap.xml" || jobs[1].Out != "robots.txt" {
		t.Fatalf("jobs %+v, want sitemap.xml and robots.txt", jobs)
	}
	b, err := jobs[0].Make()
	if err != nil {
		t.Fatal(err)
	}
	xml := string(b)
	if strings.Count(xml, "<loc>") != 1 || !strings.Contains(xml, "<loc>https://ocop.example.vn/san-pham/gao/</loc>") ||
		!strings.Contains(xml, `hreflang="en" href="https://ocop.example.vn/en/san-pham/gao/"`) || strings.Contains(xml, "404") {
		t.Errorf("sitemap.xml:\n%s", xml)
	}
}

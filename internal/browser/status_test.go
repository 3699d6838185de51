package browser

import (
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A search result of a product whose certificate has expired shows the
// expired badge in words; a product that is not certified is never a
// result.
func TestSearchStatusBadge(t *testing.T) {
	dir := searchSite(t)
	write(t, filepath.Join(dir, "content/products/ruou-het-han.md"), "---\nname: Rượu nếp Giao Châu\ngroup: do-uong\nstars: 3\ndistrict: Giao Thủy\ncertificate:\n  number: \"100/QĐ-UBND\"\n  date: 2020-01-10\n---\nRượu nếp.\n")
	write(t, filepath.Join(dir, "content/products/ruou-dang-ky.md"), "---\nname: Rượu nếp Hải Hậu\ngroup: do-uong\nstatus: registered\ndistrict: Hải Hậu\n---\nRượu nếp.\n")
	write(t, filepath.Join(dir, "content/products/ruou-chua-ro-sao.md"), "---\nname: Rượu nếp Xuân Trường\ngroup: do-uong\ndistrict: Xuân Trường\n---\nRượu nếp.\n")
	tb := newTab(t)
	base := serve(t, dir)
	got := results(t, tb, base+"tim-kiem/", "q=ruou+nep")
	if !slices.Contains(got, "Rượu nếp Giao Châu") || slices.Contains(got, "Rượu nếp Hải Hậu") {
		t.Errorf("ruou nep: %q, want the expired product and not the one that is not certified", got)
	}
	badges, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("[data-search-list] li")).map(li =>
		li.querySelector(".sr-name").textContent + "|" + ((li.querySelector(".sr-badge .badge-expired") || {}).textContent || ""))`))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range badges {
		want := "|"
		if strings.HasPrefix(b, "Rượu nếp Giao Châu|") {
			want = "|Hết hạn chứng nhận"
		}
		if !strings.HasSuffix(b, want) {
			t.Errorf("result %q, want it to end %q", b, want)
		}
	}
	// A product whose record states no stars says so, in the words every
	// other output uses.
	unrated, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("[data-search-list] li")).map(li =>
		li.querySelector(".sr-name").textContent + "|" + ((li.querySelector(".stars-unknown") || {}).textContent || ""))`))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(unrated, "Rượu nếp Xuân Trường|Chưa rõ hạng sao") {
		t.Errorf("results %q: the product with no stars does not say Chưa rõ hạng sao", unrated)
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

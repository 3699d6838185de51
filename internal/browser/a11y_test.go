package browser

import (
	"encoding/json"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeViolation is the part of an axe-core result the test reports.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []string `json:"target"`
	} `json:"nodes"`
}

// TestAccessibility runs axe-core (testdata/axe.min.js, axe-core 4.14,
// MPL-2.0) in Chromium on each kind of page of the real catalog, in both
// languages and at phone and desktop widths, and fails on any WCAG 2.1 A
// or AA violation: contrast below 4.5:1, missing alt text or labels,
// headings out of order, landmarks, duplicate ids, and the rest of axe's
// rules for those levels.
func TestAccessibility(t *testing.T) {
	axe, err := os.ReadFile("testdata/axe.min.js")
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	base := serve(t, "../..")
	pages := []string{
		"", "san-pham/", "san-pham/nuoc-mam-ninh-co/", "san-pham/cay-tra-my-co-bonsai-nam-toan/",
		"chu-the/htx-nghia-binh/", "du-lich/lang-hoa-cay-canh-vi-khe/", "diem-ban/hai-hau/",
		"hoi-cho/hoi-cho-ocop-tinh-nam-dinh/", "nhom/thuc-pham/", "hang-sao/4-sao/", "huyen/hai-hau/",
		"en/", "en/products/nuoc-mam-ninh-co/", "404.html",
	}
	for _, width := range []int64{390, 1280} {
		if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			if err := chromedp.Do(tb.ctx, chromedp.Navigate(base+p)); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](string(axe)+";true")); err != nil {
				t.Fatalf("%s: loading axe: %v", p, err)
			}
			res, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](
				`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}).then(r => JSON.stringify(r.violations))`,
				chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatalf("%s: axe: %v", p, err)
			}
			var vs []axeViolation
			if err := json.Unmarshal([]byte(res), &vs); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			for _, v := range vs {
				var where []string
				for _, n := range v.Nodes {
					where = append(where, strings.Join(n.Target, " "))
				}
				t.Errorf("/%s at %d px: %s (%s): %s; at %s", p, width, v.ID, v.Impact, v.Help, strings.Join(where, ", "))
			}
		}
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

package browser

import (
	"encoding/json"
	"testing"

	"github.com/chromedp/chromedp"
)

// phoneLayout is what TestPhoneLayout measures of a page at phone size.
type phoneLayout struct {
	// Header is the height of the site header in CSS pixels.
	Header float64 `json:"header"`
	// SearchBoxes counts the visible search fields.
	SearchBoxes int `json:"searchBoxes"`
	// Cards counts the product cards; Window is the most of them that lie
	// wholly within one 800 px stretch of the page.
	Cards  int `json:"cards"`
	Window int `json:"window"`
	// FirstCard is the top of the first card, from the top of the page.
	FirstCard float64 `json:"firstCard"`
	// Shift is the layout shift measured from the start of the page to a
	// moment after its scripts ran.
	Shift float64 `json:"shift"`
}

// measurePhone is the script that returns a page's phoneLayout as JSON,
// once the page has loaded and its scripts have had time to run.
const measurePhone = `new Promise(done => {
  let shift = 0;
  new PerformanceObserver(l => { for (const e of l.getEntries()) { if (!e.hadRecentInput) shift += e.value; } })
    .observe({type: "layout-shift", buffered: true});
  setTimeout(() => {
    const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const cards = Array.from(document.querySelectorAll(".card-product")).filter(visible)
      .map(c => { const r = c.getBoundingClientRect(); return [r.top + scrollY, r.bottom + scrollY]; });
    let best = 0;
    for (const [top] of cards) {
      best = Math.max(best, cards.filter(([a, b]) => a >= top && b <= top + 800).length);
    }
    done(JSON.stringify({
      header: document.querySelector(".site-header").getBoundingClientRect().height,
      searchBoxes: Array.from(document.querySelectorAll("input[type=search]")).filter(visible).length,
      cards: cards.length, window: best, firstCard: cards.length ? cards[0][0] : 0, shift,
    }));
  }, 1000);
})`

// TestPhoneLayout checks the pages a visitor on a phone sees first, at
// 390 × 844 and 360 × 800: the header is at most 120 px tall, each page
// has one search box, the all-products page shows at least 4 products in
// any 800 px of screen with the first on the first screen, and nothing
// that scripts add moves the page (layout shift at most 0.05).
func TestPhoneLayout(t *testing.T) {
	tb := newTab(t)
	base := serve(t, "../..")
	pages := []string{"", "san-pham/", "san-pham/nuoc-mam-ninh-co/", "tim-kiem/", "en/", "en/products/"}
	for _, size := range [][2]int64{{390, 844}, {360, 800}} {
		if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(size[0], size[1])); err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			if err := chromedp.Do(tb.ctx, chromedp.Navigate(base+p)); err != nil {
				t.Fatal(err)
			}
			res, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](measurePhone, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			var got phoneLayout
			if err := json.Unmarshal([]byte(res), &got); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s at %dx%d: %+v", p, size[0], size[1], got)
			if got.Header > 120 {
				t.Errorf("%s at %dx%d: header %.0f px tall, want at most 120", p, size[0], size[1], got.Header)
			}
			if got.SearchBoxes != 1 {
				t.Errorf("%s at %dx%d: %d search boxes, want 1", p, size[0], size[1], got.SearchBoxes)
			}
			if got.Shift > 0.05 {
				t.Errorf("%s at %dx%d: layout shift %.3f, want at most 0.05", p, size[0], size[1], got.Shift)
			}
			if p != "san-pham/" && p != "en/products/" {
				continue
			}
			if got.Cards < 40 {
				t.Errorf("%s at %dx%d: %d product cards, want every product", p, size[0], size[1], got.Cards)
			}
			if got.Window < 4 {
				t.Errorf("%s at %dx%d: at most %d products in 800 px, want at least 4", p, size[0], size[1], got.Window)
			}
			if got.FirstCard >= float64(size[1]) {
				t.Errorf("%s at %dx%d: the first product starts at %.0f px, below the first screen", p, size[0], size[1], got.FirstCard)
			}
		}
	}
}

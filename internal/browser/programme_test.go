package browser

import (
	"encoding/json"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// programmeReport is what the page script below reads from the DOM.
type programmeReport struct {
	// Charts are the inline SVG charts: their accessible name and
	// description, their drawn width and the size of their smallest
	// text on screen, and the table that follows each.
	Charts []struct {
		Title, Desc string
		Width       float64
		MinFont     float64
		Table       string
		Headers     int
		Rows        int
	}
	// Sourced is the number of rows of the totals table with a link to
	// their source, of Totals rows.
	Sourced, Totals int
	// Overflow is how far the page is wider than the window.
	Overflow float64
}

// readProgramme reads the programme page's charts and tables. It runs as
// DevTools script after the page was loaded with the page's own scripts
// disabled, so it sees the page as a reader without JavaScript does.
const readProgramme = `(() => {
  const charts = [...document.querySelectorAll('figure.chart > svg[role="img"]')].map(svg => {
    const ids = (svg.getAttribute('aria-labelledby') || '').split(' ');
    const text = id => (document.getElementById(id) || {}).textContent || '';
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const fonts = [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
    let next = svg.closest('figure').nextElementSibling;
    const table = next && next.querySelector('table');
    return {
      Title: text(ids[0]), Desc: text(ids[1] || ''),
      Width: svg.getBoundingClientRect().width,
      MinFont: Math.min(...fonts),
      Table: table && table.caption ? table.caption.textContent : '',
      Headers: table ? table.querySelectorAll('th[scope]').length : 0,
      Rows: table ? table.tBodies[0].rows.length : 0,
    };
  });
  const totals = document.querySelector('#reported-h').closest('section').querySelector('table');
  const rows = [...totals.tBodies[0].rows];
  return JSON.stringify({
    Charts: charts,
    Totals: rows.length,
    Sourced: rows.filter(r => r.querySelector('a[href^="http"]')).length,
    Overflow: document.documentElement.scrollWidth - window.innerWidth,
  });
})()`

// TestProgrammePage loads the programme page of the real catalog with
// JavaScript disabled, in both languages, on a phone and a desktop: its
// charts are drawn (SVG with a title and a description), each is followed
// by a table of its data with a caption and header cells, every reported
// total links to its source, the smallest chart text is at least 9 CSS
// pixels on screen, nothing is wider than the window, and axe finds no
// WCAG 2.1 A or AA violation.
func TestProgrammePage(t *testing.T) {
	axe, err := os.ReadFile("testdata/axe.min.js")
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	base := serve(t, "../..")
	for _, width := range []int64{390, 1366} {
		if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{"chuong-trinh/", "en/programme/"} {
			if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(tb.ctx, chromedp.Navigate(base+p)); err != nil {
				t.Fatal(err)
			}
			// The page is loaded as it is without scripts; the checks
			// below are DevTools' own, run with scripts allowed again.
			if _, err := chromedp.Call(tb.ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false}); err != nil {
				t.Fatal(err)
			}
			res, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](readProgramme))
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			var r programmeReport
			if err := json.Unmarshal([]byte(res), &r); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			where := func(f string, args ...any) {
				t.Helper()
				t.Errorf("/%s at %d px: "+f, append([]any{p, width}, args...)...)
			}
			if len(r.Charts) != 4 {
				where("got %d charts, want 4 (totals, status, district, group)", len(r.Charts))
			}
			for i, ch := range r.Charts {
				switch {
				case strings.TrimSpace(ch.Title) == "" || strings.TrimSpace(ch.Desc) == "":
					where("chart %d has title %q and description %q; it needs both", i, ch.Title, ch.Desc)
				case ch.Table == "" || ch.Headers < 2 || ch.Rows == 0:
					where("chart %d (%s) is not followed by a table with a caption, header cells and rows: caption %q, %d headers, %d rows", i, ch.Title, ch.Table, ch.Headers, ch.Rows)
				case ch.Width < 300:
					where("chart %d (%s) is %.0f px wide; want at least 300", i, ch.Title, ch.Width)
				case ch.MinFont < 9:
					where("chart %d (%s) has text %.1f px high on screen; want at least 9", i, ch.Title, ch.MinFont)
				}
			}
			if r.Totals < 10 || r.Sourced != r.Totals {
				where("%d of %d reported totals link to a source; want all, and at least 10 totals", r.Sourced, r.Totals)
			}
			if r.Overflow > 0 {
				where("the page is %.0f px wider than the window", r.Overflow)
			}
			if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](string(axe)+";true")); err != nil {
				t.Fatalf("%s: loading axe: %v", p, err)
			}
			out, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](
				`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}).then(r => JSON.stringify(r.violations))`,
				chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatalf("%s: axe: %v", p, err)
			}
			var vs []axeViolation
			if err := json.Unmarshal([]byte(out), &vs); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			for _, v := range vs {
				var at []string
				for _, n := range v.Nodes {
					at = append(at, strings.Join(n.Target, " "))
				}
				where("%s (%s): %s; at %s", v.ID, v.Impact, v.Help, strings.Join(at, ", "))
			}
		}
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

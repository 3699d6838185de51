package browser

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/namdinh-ocop/ocop/internal/build"
)

// kioskSite is the search tests' site with content that tries to run
// script (case xss-001) in a product the kiosk of the whole catalog
// shows.
func kioskSite(t *testing.T) string {
	t.Helper()
	dir := searchSite(t)
	write(t, filepath.Join(dir, "content/products/mat-ong.md"), "---\nname: \"Mật ong <img src=x onerror=alert(1)>\"\ngroup: thuc-pham\nstars: 5\ndistrict: Hải Hậu\nshowrooms: [giao-thuy]\n---\n"+
		"Mật ong rừng. <img src=x onerror=alert(2)> <script>alert(3)</script>\n\n[Đặt hàng](javascript&colon;alert(4))\n")
	// A showroom no product names: its kiosk shows its district's.
	write(t, filepath.Join(dir, "content/showrooms/hai-hau.md"), "---\nname: Điểm bán OCOP Hải Hậu\ndistrict: Hải Hậu\n---\n")
	return dir
}

// buildKiosk builds the kiosk site under a sub-path base URL into a new
// folder and returns it.
func buildKiosk(t *testing.T, source, base string) string {
	t.Helper()
	src, err := build.DirFS(source)
	if err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	if r, err := build.Site(build.Options{Source: src, Dest: dest, BaseURL: base}); err != nil {
		t.Fatalf("build: %v %v", err, r.Diagnostics)
	}
	return dest
}

// kioskReady is true once kiosk.js has drawn the screens.
const kioskReady = `document.documentElement.getAttribute("data-ready") === "1"`

// kioskState describes what the kiosk shows: the screen, the search
// text, the browse tab and choice, and the open details.
const kioskState = `[document.documentElement.getAttribute("data-screen"),
 document.querySelector("#k-q").value,
 document.querySelector(".k-tab.is-on").getAttribute("data-tab"),
 document.querySelector(".k-chip.is-on").textContent,
 document.querySelector("#k-detail").hidden ? "closed" : "open",
 document.querySelector("#k-attract").hidden ? "no slides" : "slides"].join("|")`

// tapKeys taps the on-screen keys of text (a–z, 0–9, space).
func tapKeys(text string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		for _, r := range text {
			k := string(r)
			if r == ' ' {
				k = "space"
			}
			if _, err := chromedp.Click(chromedp.CSS(`.k-key[data-key="`+k+`"]`))(ctx, tg); err != nil {
				return chromedp.Void{}, err
			}
		}
		return chromedp.Void{}, nil
	}
}

// The slides advance by themselves; a tap opens browsing; after the idle
// time (2 s here, from ?idle=2) without a touch everything the visitor
// did is cleared and the slides return.
func TestKioskAttractAndIdleReset(t *testing.T) {
	tb := newTab(t)
	base := serve(t, kioskSite(t))
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	host := u.Host
	if err = chromedp.Do(tb.ctx,
		chromedp.EmulateViewport(1920, 1080),
		chromedp.Navigate(base+"kiosk/diem-ban-ocop-giao-thuy/?idle=2&slide=1"),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Poll[chromedp.Void](`document.querySelector("#k-attract").getAttribute("data-slide") === "0"`, chromedp.WithPollingTimeout(5*time.Second)),
		chromedp.Poll[chromedp.Void](`document.querySelector("#k-attract").getAttribute("data-slide") === "1"`, chromedp.WithPollingTimeout(5*time.Second)),
	); err != nil {
		t.Fatalf("the slides do not advance: %v", err)
	}
	// The showroom's 5★ products come first: the honey, then the rice wine.
	first, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.querySelector("#k-attract .k-slide:not(.is-on) .k-slide-name").textContent`))
	if err != nil || !strings.HasPrefix(first, "Mật ong") {
		t.Errorf("first slide shows %q (%v), want the 5★ honey", first, err)
	}
	err = chromedp.Do(tb.ctx,
		chromedp.Click(chromedp.CSS(`#k-attract`)),
		chromedp.WaitVisible(chromedp.CSS(`#k-browse .k-grid`)),
		// Search for something, then browse 4★ and open a product.
		chromedp.Click(chromedp.CSS(`#k-browse .k-nav-search`)),
		chromedp.WaitVisible(chromedp.CSS(`#k-search .k-keyboard`)),
		tapKeys("nuoc"),
		chromedp.Click(chromedp.CSS(`#k-search .k-nav-browse`)),
		chromedp.Click(chromedp.CSS(`#k-browse .k-tab[data-tab="stars"]`)),
		chromedp.Click(chromedp.CSS(`#k-browse .k-chip[data-value="4"]`)),
		chromedp.Click(chromedp.CSS(`#k-browse .k-card`)),
		chromedp.WaitVisible(chromedp.CSS(`#k-detail .k-detail-name`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	state, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](kioskState))
	if err != nil {
		t.Fatal(err)
	}
	if want := "browse|nuoc|stars|4 sao (1)|open|no slides"; state != want {
		t.Fatalf("before the idle time: %s, want %s", state, want)
	}
	start := time.Now()
	const reset = "attract||group|Tất cả (3)|closed|slides"
	if err := chromedp.Do(tb.ctx, chromedp.Poll[chromedp.Void](kioskState+` === "`+reset+`"`, chromedp.WithPollingTimeout(8*time.Second))); err != nil {
		state, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](kioskState))
		t.Fatalf("after the idle time: %s, want %s", state, reset)
	}
	if d := time.Since(start); d < time.Second {
		t.Errorf("reset after %s, before the idle time of 2 s", d)
	}
	results, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](`document.querySelector("[data-k-results]").classList.contains("is-empty")`))
	if err != nil || !results {
		t.Errorf("the search results are still shown after the reset (%v)", err)
	}
	tb.check(t, host)
}

// Over HTTP the service worker keeps every file: with the server gone,
// a reload shows the kiosk and search still finds products.
func TestKioskOffline(t *testing.T) {
	tb := newTab(t)
	dest := buildKiosk(t, kioskSite(t), "http://127.0.0.1/ocop/")
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.Handle("/ocop/", http.StripPrefix("/ocop", http.FileServer(http.Dir(dest))))
	page := srv.URL + "/ocop/kiosk/diem-ban-ocop-giao-thuy/"
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate(page),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Poll[chromedp.Void](`!!navigator.serviceWorker.controller`, chromedp.WithPollingTimeout(20*time.Second)),
	); err != nil {
		t.Fatalf("the service worker does not take control: %v", err)
	}
	srv.CloseClientConnections()
	srv.Close()
	if err := chromedp.Do(tb.ctx,
		chromedp.Reload(),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Poll[chromedp.Void](`document.querySelector("#k-attract .k-slide.is-on .k-qr svg") !== null`, chromedp.WithPollingTimeout(5*time.Second)),
	); err != nil {
		t.Fatalf("offline, the kiosk does not show: %v", err)
	}
	title, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.title`))
	if err != nil || title != "Điểm bán OCOP Giao Thủy" {
		t.Errorf("offline, the page is %q (%v)", title, err)
	}
	err = chromedp.Do(tb.ctx,
		chromedp.Click(chromedp.CSS(`#k-attract`)),
		chromedp.Click(chromedp.CSS(`#k-browse .k-nav-search`)),
		tapKeys("nuoc mam"),
		chromedp.Poll[chromedp.Void](`Array.from(document.querySelectorAll("[data-search-list] .sr-name")).some(e => e.textContent.startsWith("Nước mắm"))`, chromedp.WithPollingTimeout(10*time.Second)),
	)
	if err != nil {
		t.Errorf("offline, search finds nothing: %v", err)
	}
	tb.mu.Lock()
	for _, e := range tb.errors {
		t.Errorf("browser: %s", e)
	}
	tb.mu.Unlock()
}

// Two kiosks opened in one browser keep a service worker each, scoped to
// its own folder, and opening the second neither takes the first one's
// worker away nor makes the page reload itself as if a new build had
// come.
func TestKioskWorkerPerKiosk(t *testing.T) {
	tb := newTab(t)
	base := serve(t, kioskSite(t))
	controlled := func(slug string) string {
		return `navigator.serviceWorker.controller !== null && navigator.serviceWorker.controller.scriptURL.endsWith("sw.js?k=` + slug + `")`
	}
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate(base+"kiosk/"),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Poll[chromedp.Void](controlled(""), chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Navigate(base+"kiosk/diem-ban-ocop-giao-thuy/"),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Poll[chromedp.Void](controlled("diem-ban-ocop-giao-thuy"), chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Evaluate[chromedp.Void](`window.stayed = true`),
		// The kiosk checks every second whether to reload.
		chromedp.Sleep(3*time.Second),
	); err != nil {
		t.Fatal(err)
	}
	if stayed, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](`window.stayed === true`)); err != nil || !stayed {
		t.Errorf("the second kiosk reloaded itself when its worker took over (%v)", err)
	}
	scopes, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`navigator.serviceWorker.getRegistrations().then(rs => rs.map(r => new URL(r.scope).pathname).sort().join(" "))`, chromedp.EvalAwaitPromise))
	u, _ := url.Parse(base)
	if want := u.Path + "kiosk/ " + u.Path + "kiosk/diem-ban-ocop-giao-thuy/"; err != nil || scopes != want {
		t.Errorf("the workers' scopes are %q (%v), want one for each kiosk: %q", scopes, err, want)
	}
}

// Case urls-002 on the kiosk: built for a sub-path and opened from disk,
// the showroom's kiosk searches "nuoc mam" typed on its keyboard and
// finds the fish sauce it sells (not the one it does not), and a tap
// opens it there.
func TestKioskFromDisk(t *testing.T) {
	tb := newTab(t)
	dest := buildKiosk(t, kioskSite(t), "https://example.gov.vn/ocop/")
	page := "file://" + filepath.ToSlash(dest) + "/kiosk/diem-ban-ocop-giao-thuy/index.html#search"
	const names = `Array.from(document.querySelectorAll("[data-search-list] .sr-name")).map(e => e.textContent).join("|")`
	err := chromedp.Do(tb.ctx,
		chromedp.Navigate(page),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
		tapKeys("nuoc mam"),
		chromedp.Poll[chromedp.Void](names+`.includes("Nước mắm")`, chromedp.WithPollingTimeout(10*time.Second)),
	)
	if err != nil {
		t.Fatalf("from disk, search finds nothing: %v", err)
	}
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](names))
	if err != nil {
		t.Fatal(err)
	}
	// The rice wine's producer is a fish sauce cooperative; the Hải Hậu
	// fish sauce is not sold at this showroom.
	if got != "Nước mắm cốt Giao Châu|Rượu nếp cái hoa vàng" {
		t.Errorf("results %q, want the showroom's fish sauce, then its rice wine", got)
	}
	// A kiosk that shows its district's products (no product names its
	// showroom) searches them, not the products naming the showroom.
	err = chromedp.Do(tb.ctx,
		chromedp.Navigate("file://"+filepath.ToSlash(dest)+"/kiosk/diem-ban-ocop-hai-hau/index.html#search"),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
		tapKeys("nuoc mam"),
		chromedp.Poll[chromedp.Void](names+`.includes("Nước mắm")`, chromedp.WithPollingTimeout(10*time.Second)),
	)
	if got, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](names)); err != nil || got != "Nước mắm Hải Hậu" {
		t.Errorf("the Hải Hậu kiosk (its district's products) finds %q for nuoc mam (%v), want Nước mắm Hải Hậu", got, err)
	}
	err = chromedp.Do(tb.ctx,
		chromedp.Navigate(page),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
		tapKeys("nuoc mam"),
		chromedp.Poll[chromedp.Void](names+`.includes("Nước mắm")`, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Click(chromedp.CSS(`[data-search-list] .sr-item`)),
		chromedp.WaitVisible(chromedp.CSS(`#k-detail .k-detail-name`)),
		// The story and QR code come with the product's details file,
		// which loads after the name is shown.
		chromedp.Poll[chromedp.Void](`document.querySelectorAll("#k-detail .k-qr svg path").length > 0`, chromedp.WithPollingTimeout(10*time.Second)),
	)
	if err != nil {
		t.Fatal(err)
	}
	state, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`location.protocol + "|" + document.querySelector("#k-detail .k-detail-name").textContent + "|" + document.querySelectorAll("#k-detail .k-qr svg path").length`))
	if err != nil || state != "file:|Nước mắm cốt Giao Châu|1" {
		t.Errorf("after the tap: %q (%v), want the product's details with its QR code, still in the kiosk", state, err)
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, e := range tb.errors {
		t.Errorf("browser: %s", e)
	}
	for _, u := range tb.urls {
		if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
			t.Errorf("page requested %s", u)
		}
	}
}

// Case xss-001 on the kiosk: a name and a story with markup show as text;
// no element is made from them and no script runs.
func TestKioskContentCannotRunScript(t *testing.T) {
	tb := newTab(t)
	dest := buildKiosk(t, kioskSite(t), "https://example.gov.vn/ocop/")
	page := "file://" + filepath.ToSlash(dest) + "/kiosk/index.html?slide=1"
	const name = "Mật ong <img src=x onerror=alert(1)>"
	err := chromedp.Do(tb.ctx,
		chromedp.Navigate(page),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
		// The honey is the first slide (5★, by name).
		chromedp.Poll[chromedp.Void](`Array.from(document.querySelectorAll(".k-slide-name")).some(e => e.textContent === `+jsString(name)+`)`, chromedp.WithPollingTimeout(5*time.Second)),
		chromedp.Click(chromedp.CSS(`#k-attract`)),
		chromedp.Evaluate[chromedp.Void](`Array.from(document.querySelectorAll("#k-browse .k-card")).find(c => c.querySelector(".k-card-name").textContent === `+jsString(name)+`).click(), undefined`),
		chromedp.Poll[chromedp.Void](`document.querySelector("#k-detail .k-story p") !== null`, chromedp.WithPollingTimeout(5*time.Second)),
	)
	if err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`[document.querySelector("#k-detail .k-detail-name").textContent,
 document.querySelectorAll('img[src="x"], img[src$="/x"], script:not([src])').length,
 document.querySelectorAll("#k-detail a, #k-detail [onerror]").length,
 document.querySelector("#k-detail .k-story").textContent.includes("Mật ong rừng")].join("|")`))
	if err != nil {
		t.Fatal(err)
	}
	if want := name + "|0|0|true"; got != want {
		t.Errorf("details: %q, want %q (the name as text, no element from content)", got, want)
	}
	time.Sleep(300 * time.Millisecond)
	tb.check(t, "")
}

// jsString quotes s for JavaScript.
func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// The kiosk passes axe's WCAG 2.1 A and AA rules in each of its screens,
// but one: it forbids zooming (a touch screen in a showroom must not be
// pinched out of shape), which the rule meta-viewport reports.
func TestKioskAccessibility(t *testing.T) {
	axe, err := os.ReadFile("testdata/axe.min.js")
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	base := serve(t, kioskSite(t))
	page := base + "kiosk/diem-ban-ocop-giao-thuy/"
	for _, st := range []struct{ name, hash string }{
		{"slides", ""}, {"browse", "#browse"}, {"search", "#search"}, {"details", "#p=nuoc-mam-cot-giao-chau"},
	} {
		if err := chromedp.Do(tb.ctx,
			chromedp.EmulateViewport(1920, 1080),
			chromedp.Navigate("about:blank"),
			chromedp.Navigate(page+st.hash),
			chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
			chromedp.Sleep(1200*time.Millisecond),
		); err != nil {
			t.Fatal(err)
		}
		screen, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.documentElement.getAttribute("data-screen") + (document.documentElement.hasAttribute("data-detail") ? "+details" : "")`))
		if want := map[string]string{"slides": "attract", "browse": "browse", "search": "search", "details": "browse+details"}[st.name]; err != nil || screen != want {
			t.Fatalf("%s: the kiosk shows %q (%v), want %q", st.name, screen, err, want)
		}
		if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](string(axe)+";true")); err != nil {
			t.Fatalf("%s: loading axe: %v", st.name, err)
		}
		res, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](
			`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, rules: {"meta-viewport": {enabled: false}}}).then(r => JSON.stringify(r.violations))`,
			chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: axe: %v", st.name, err)
		}
		var vs []axeViolation
		if err := json.Unmarshal([]byte(res), &vs); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		for _, v := range vs {
			var where []string
			for _, n := range v.Nodes {
				where = append(where, strings.Join(n.Target, " "))
			}
			t.Errorf("kiosk %s: %s (%s): %s; at %s", st.name, v.ID, v.Impact, v.Help, strings.Join(where, ", "))
		}
	}
}

// kioskBuySite is kioskSite with a phone and an address for the fish
// sauce cooperative of Giao Thủy, and a showroom in Vụ Bản, a district
// with no product: it offers nothing.
func kioskBuySite(t *testing.T) string {
	t.Helper()
	dir := kioskSite(t)
	write(t, filepath.Join(dir, "content/producers/htx-giao-chau.md"), "---\nname: HTX nước mắm Giao Châu\nkind: HTX\ndistrict: Giao Thủy\ncommune: Giao Châu\naddress: Xóm 3, xã Giao Châu\nphone: \"0228 3881 234\"\n---\nHợp tác xã làm nước mắm.\n")
	write(t, filepath.Join(dir, "content/showrooms/vu-ban.md"), "---\nname: Điểm bán OCOP Vụ Bản\ndistrict: Vụ Bản\n---\n")
	return dir
}

// kioskText opens a kiosk page and returns the text of the element sel
// once it holds want (or after the time out, whatever it holds).
func kioskText(t *testing.T, tb *tab, page, sel, want string) string {
	t.Helper()
	q := `(document.querySelector(` + jsString(sel) + `) || {}).textContent || ""`
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate("about:blank"),
		chromedp.Navigate(page),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Poll[chromedp.Void](q+`.includes(`+jsString(want)+`)`, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		got, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](q))
		t.Errorf("%s: %s is %q, want it to hold %q (%v)", page, sel, got, want, err)
		return got
	}
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](q))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// A product's details on a kiosk say where it is and whom to call: the
// showroom that sells it, the producer's name, phone and address, the
// price and pack; under the district rule that it is a district product
// shown here, and for what is not recorded, whom to ask (the showroom's
// staff, named). The district kiosk says whose products it shows; a
// showroom that offers nothing says why instead of an empty grid.
func TestKioskDetailWhereToBuy(t *testing.T) {
	tb := newTab(t)
	base := serve(t, kioskBuySite(t))
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(1920, 1080)); err != nil {
		t.Fatal(err)
	}
	// Named by the product: sold here, the producer's phone.
	got := kioskText(t, tb, base+"kiosk/diem-ban-ocop-giao-thuy/#p=nuoc-mam-cot-giao-chau", "#k-detail .k-buy", "0228 3881 234")
	for _, want := range []string{"Có bán tại điểm này", "HTX nước mắm Giao Châu", "Điện thoại: 0228 3881 234", "Địa chỉ: Xóm 3, xã Giao Châu", "Giá bán lẻ: 120.000\u00a0₫ / chai 500 ml"} {
		if !strings.Contains(got, want) {
			t.Errorf("Giao Thủy details: %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "Xin hỏi") {
		t.Errorf("Giao Thủy details: %q asks for what is recorded", got)
	}
	// The district rule: a district product shown here; no phone or
	// producer recorded, so the showroom's staff are named.
	got = kioskText(t, tb, base+"kiosk/diem-ban-ocop-hai-hau/#p=mat-ong-img-src-x-onerror-alert-1", "#k-detail .k-buy", "Xin hỏi")
	for _, want := range []string{"Sản phẩm OCOP của huyện Hải Hậu, được giới thiệu tại điểm này", "Chủ thể: chưa có trong hồ sơ", "Xin hỏi nhân viên của Điểm bán OCOP Hải Hậu."} {
		if !strings.Contains(got, want) {
			t.Errorf("Hải Hậu details: %q lacks %q", got, want)
		}
	}
	got = kioskText(t, tb, base+"kiosk/diem-ban-ocop-hai-hau/#p=nuoc-mam-hai-hau", "#k-detail .k-buy", "Xin hỏi")
	for _, want := range []string{"Công ty Nông sản Hải Hậu", "Điện thoại: chưa có trong hồ sơ", "Giá bán lẻ: 60.000\u00a0₫ / chai 500 ml", "Xin hỏi nhân viên của Điểm bán OCOP Hải Hậu."} {
		if !strings.Contains(got, want) {
			t.Errorf("Hải Hậu fish sauce details: %q lacks %q", got, want)
		}
	}
	if got := kioskText(t, tb, base+"kiosk/diem-ban-ocop-hai-hau/", ".k-attract-offer", "Sản phẩm OCOP của huyện Hải Hậu"); got != "Sản phẩm OCOP của huyện Hải Hậu" {
		t.Errorf("Hải Hậu slides say %q", got)
	}
	if got := kioskText(t, tb, base+"kiosk/diem-ban-ocop-hai-hau/#browse", "#k-browse .k-offer", "Sản phẩm OCOP của huyện Hải Hậu"); got != "Sản phẩm OCOP của huyện Hải Hậu" {
		t.Errorf("Hải Hậu browsing says %q", got)
	}
	// The whole catalog's kiosk names the showrooms that offer it.
	kioskText(t, tb, base+"kiosk/#p=nuoc-mam-cot-giao-chau", "#k-detail .k-buy", "Giới thiệu tại: Điểm bán OCOP Giao Thủy")
	// Nothing offered: a message naming the district and the showroom,
	// no card.
	got = kioskText(t, tb, base+"kiosk/diem-ban-ocop-vu-ban/#browse", "#k-browse .k-offer-none", "Xin hỏi nhân viên của Điểm bán OCOP Vụ Bản.")
	if !strings.Contains(got, "Huyện Vụ Bản chưa có sản phẩm OCOP nào") {
		t.Errorf("Vụ Bản says %q", got)
	}
	if n, err := chromedp.Run(tb.ctx, chromedp.Evaluate[int](`document.querySelectorAll("#k-browse .k-card").length`)); err != nil || n != 0 {
		t.Errorf("Vụ Bản shows %d cards (%v)", n, err)
	}
	tb.check(t, u.Host)
}

// A product without a photo is drawn in type, in landscape and portrait:
// its slide shows its name large, its group by name, colour and icon,
// its stars, producer and district, and no placeholder picture; so do
// its card and its details (here of the rice wine, with a producer).
func TestKioskWithoutPhoto(t *testing.T) {
	tb := newTab(t)
	base := serve(t, kioskBuySite(t))
	const slide = `(() => {
  const s = document.querySelector("#k-attract .k-slide.is-on .k-slide-inner");
  if (!s) return "";
  const r = s.querySelector(".k-slide-name").getBoundingClientRect();
  return [s.classList.contains("is-type"), s.getAttribute("data-group"),
    s.querySelector(".k-slide-name").textContent, s.querySelector(".k-art-group").textContent,
    s.querySelector(".k-art-icon") !== null, s.querySelectorAll("img").length,
    s.querySelector(".k-stars").textContent, (s.querySelector(".k-slide-producer") || {}).textContent || "-",
    s.querySelector(".k-slide-kicker").textContent,
    parseFloat(getComputedStyle(s.querySelector(".k-slide-name")).fontSize) >= 60,
    r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight].join("|");
})()`
	for _, v := range []struct{ w, h int64 }{{1920, 1080}, {1080, 1920}} {
		err := chromedp.Do(tb.ctx,
			chromedp.EmulateViewport(v.w, v.h),
			chromedp.Navigate("about:blank"),
			chromedp.Navigate(base+"kiosk/diem-ban-ocop-giao-thuy/?slide=60"),
			chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
			chromedp.Poll[chromedp.Void](slide+` !== ""`, chromedp.WithPollingTimeout(5*time.Second)),
		)
		if err != nil {
			t.Fatal(err)
		}
		got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](slide))
		if err != nil {
			t.Fatal(err)
		}
		// The first slide is the 5★ honey, whose record names no
		// producer.
		want := "true|thuc-pham|Mật ong <img src=x onerror=alert(1)>|Thực phẩm|true|0|★★★★★5 sao|-|Huyện Hải Hậu|true|true"
		if got != want {
			t.Errorf("%d×%d: the slide is %s, want %s", v.w, v.h, got, want)
		}
	}
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate("about:blank"),
		chromedp.Navigate(base+"kiosk/diem-ban-ocop-giao-thuy/#browse"),
		chromedp.Poll[chromedp.Void](kioskReady, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		t.Fatal(err)
	}
	card, err := chromedp.Run(tb.ctx,
		chromedp.Evaluate[string](`(() => { const c = document.querySelector("#k-browse .k-card");
  return [c.classList.contains("is-type"), c.querySelector(".k-card-band").getAttribute("data-group"), c.querySelector(".k-card-group").textContent,
    c.querySelector(".k-card-name").textContent, c.querySelectorAll("img").length,
    Array.from(c.querySelectorAll(".k-card-meta")).map(e => e.textContent).join(", ")].join("|"); })()`),
	)
	if want := "true|thuc-pham|Thực phẩm|Mật ong <img src=x onerror=alert(1)>|0|Huyện Hải Hậu"; err != nil || card != want {
		t.Errorf("the first card is %q (%v), want %q", card, err, want)
	}
	det := kioskText(t, tb, base+"kiosk/diem-ban-ocop-giao-thuy/#p=ruou-nep-cai-hoa-vang", "#k-detail .k-detail-art", "Đồ uống")
	if det != "Đồ uốngHuyện Giao Thủy" {
		t.Errorf("the details' panel says %q", det)
	}
	if n, err := chromedp.Run(tb.ctx, chromedp.Evaluate[int](`document.querySelectorAll("#k-detail .k-detail-head img").length`)); err != nil || n != 0 {
		t.Errorf("the details show %d pictures (%v), want none", n, err)
	}
}

package browser

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/synth"
)

// searchSite writes the fixture site of the search tests: the real
// configuration, groups and geography, and a few records chosen for the
// cases below.
func searchSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyDir(t, "../../content/geo", filepath.Join(dir, "content/geo"))
	for _, f := range []string{"site.yaml", "groups.yaml"} {
		copyFile(t, "../../content/"+f, filepath.Join(dir, "content", f))
	}
	product := func(id, front string) {
		write(t, filepath.Join(dir, "content/products", id+".md"), "---\n"+front+"\n---\nMô tả sản phẩm.\n")
	}
	product("nuoc-mam-giao-chau", `name: Nước mắm cốt Giao Châu
name_en: Giao Châu first-press fish sauce
producer: htx-giao-chau
group: thuc-pham
stars: 4
district: Giao Thủy
commune: Giao Châu
price: 120000
pack: chai 500 ml
showrooms: [giao-thuy]
tags: [nước mắm]`)
	product("nuoc-mam-hai-hau", `name: Nước mắm Hải Hậu
producer: cty-hai-hau
group: thuc-pham
stars: 3
district: Hải Hậu
price: 60000
pack: chai 500 ml`)
	product("gao-tam", `name: Gạo tám Hải Hậu
producer: cty-hai-hau
group: thuc-pham
stars: 4
district: Hải Hậu
price: 35000
pack: túi 2 kg`)
	product("gao-tam-vo", `name: Gạo tấm Hải Hậu
slug: gao-tam-vo-hai-hau
producer: cty-hai-hau
group: thuc-pham
stars: 3
district: Hải Hậu
price: 20000
pack: túi 2 kg`)
	product("dau-phu", `name: Đậu phụ Nam Định
group: thuc-pham
stars: 3
district: Thành phố Nam Định`)
	product("ca-kho", `name: Cá kho làng Vũ Đại
group: thuc-pham
stars: 5
district: Nam Trực
commune: Điền Xá
price: 250000
pack: niêu 1 kg`)
	product("ruou-nep", `name: Rượu nếp cái hoa vàng
producer: htx-giao-chau
group: do-uong
stars: 5
district: Giao Thủy
commune: Giao Châu
price: 150000
pack: chai 1 lít
showrooms: [giao-thuy]`)
	product("mat-ong", "name: \"Mật ong <img src=x onerror=alert(1)>\"\ngroup: thuc-pham\nstars: 3\ndistrict: Hải Hậu")
	write(t, filepath.Join(dir, "content/producers/htx-giao-chau.md"), "---\nname: HTX nước mắm Giao Châu\nkind: HTX\ndistrict: Giao Thủy\ncommune: Giao Châu\n---\nHợp tác xã làm nước mắm.\n")
	write(t, filepath.Join(dir, "content/producers/cty-hai-hau.md"), "---\nname: Công ty Nông sản Hải Hậu\nkind: doanh nghiệp\ndistrict: Hải Hậu\n---\n")
	write(t, filepath.Join(dir, "content/sites/lang-nghe.md"), "---\nname: Làng nghề nước mắm Giao Châu\nkind: làng nghề\ndistrict: Giao Thủy\ncommune: Giao Châu\nproducts: [nuoc-mam-giao-chau]\n---\nLàng nghề ven biển.\n")
	write(t, filepath.Join(dir, "content/showrooms/giao-thuy.md"), "---\nname: Điểm bán OCOP Giao Thủy\ndistrict: Giao Thủy\naddress: thị trấn Giao Thủy\n---\n")
	return dir
}

// searchJS is how the tests read the search page.
const (
	// resultNames are the names of the results shown, in order.
	resultNames = `Array.from(document.querySelectorAll("[data-search-list] .sr-name")).map(e => e.textContent).join("|")`
	// searchDone is true once the page has shown its final results.
	searchDone = `(document.querySelector("[data-search-status-page]").textContent !== "")`
)

// results opens the search page at query and returns the names shown.
func results(t *testing.T, tb *tab, page, query string) []string {
	t.Helper()
	u := page
	if query != "" {
		u += "?" + query
	}
	err := chromedp.Do(tb.ctx,
		chromedp.Navigate(u),
		chromedp.Poll[chromedp.Void](searchDone, chromedp.WithPollingTimeout(10*time.Second)),
	)
	if err != nil {
		t.Fatalf("%s: %v", u, err)
	}
	names, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](resultNames))
	if err != nil {
		t.Fatalf("%s: %v", u, err)
	}
	if names == "" {
		return nil
	}
	return strings.Split(names, "|")
}

// Case search-001 and search-002: toneless, upper-case, toned, mixed and
// decomposed queries find the same products; an exact tone ranks first.
func TestSearchVietnamese(t *testing.T) {
	tb := newTab(t)
	base := serve(t, searchSite(t))
	page := base + "tim-kiem/"
	nfd := norm.NFD.String("nước mắm")
	for _, q := range []string{"nuoc mam", "NUOC MAM", "nước mắm", "nuoc mắm", nfd} {
		got := results(t, tb, page, "q="+url.QueryEscape(q))
		if len(got) == 0 || got[0] != "Nước mắm cốt Giao Châu" && got[0] != "Nước mắm Hải Hậu" || !slices.Contains(got, "Nước mắm cốt Giao Châu") {
			t.Errorf("q=%q (%+q): %q, want Nước mắm cốt Giao Châu among the first", q, q, got)
		}
	}
	got := results(t, tb, page, "q="+url.QueryEscape("gạo tám"))
	if len(got) < 2 || got[0] != "Gạo tám Hải Hậu" || got[1] != "Gạo tấm Hải Hậu" {
		t.Errorf("gạo tám: %q, want Gạo tám Hải Hậu then Gạo tấm Hải Hậu", got)
	}
	got = results(t, tb, page, "q=gao+tam")
	if !slices.Contains(got, "Gạo tám Hải Hậu") || !slices.Contains(got, "Gạo tấm Hải Hậu") {
		t.Errorf("gao tam: %q, want both", got)
	}
	got = results(t, tb, page, "q=dau+phu+nam+dinh")
	if len(got) == 0 || got[0] != "Đậu phụ Nam Định" {
		t.Errorf("dau phu nam dinh: %q", got)
	}
	// The commune named in the decision and the present-day one both
	// find the product: Điền Xá is part of phường Vị Khê today.
	for _, q := range []string{"dien xa", "vi khe", "Vị Khê"} {
		if got := results(t, tb, page, "q="+url.QueryEscape(q)); !slices.Contains(got, "Cá kho làng Vũ Đại") {
			t.Errorf("%s: %q, want Cá kho làng Vũ Đại", q, got)
		}
	}
	// English names are found on the English page.
	got = results(t, tb, base+"en/search/", "q=fish+sauce")
	if len(got) == 0 || got[0] != "Giao Châu first-press fish sauce" {
		t.Errorf("en fish sauce: %q", got)
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

// The folding of the theme's search scripts in the browser gives the
// pairs of the shared fixture, as fold.go does (internal/search
// TestFoldFixture).
func TestSearchFoldFixture(t *testing.T) {
	tb := engineSite(t, nil)
	f, err := os.Open("../search/testdata/fold.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ins, wants []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		in, want, _ := strings.Cut(s, "\t")
		ins, wants = append(ins, in), append(wants, want)
	}
	arg, _ := json.Marshal(ins)
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](`(`+string(arg)+`).map(s => ocopSearch.tokens(JSON.parse('"' + s + '"')).map(t => t.f).join(" "))`))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(ins) {
		t.Fatalf("%d results for %d inputs", len(got), len(ins))
	}
	for i := range ins {
		var want string
		if err := json.Unmarshal([]byte(`"`+wants[i]+`"`), &want); err != nil {
			t.Fatal(err)
		}
		if got[i] != want {
			t.Errorf("fold %s = %q, want %q", ins[i], got[i], want)
		}
	}
}

// Facets narrow the results and their counts follow; the whole state is
// in the query string and comes back from it.
func TestSearchFacetsAndURL(t *testing.T) {
	tb := newTab(t)
	base := serve(t, searchSite(t))
	page := base + "tim-kiem/"
	got := results(t, tb, page, "q=hai+hau")
	if len(got) < 4 {
		t.Fatalf("hai hau: %q", got)
	}
	counts := func() string {
		s, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll("#sp-stars option, #sp-type option")).map(o => o.textContent).join("|")`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	before := counts()
	if !strings.Contains(before, "(") {
		t.Errorf("no counts in the facets: %q", before)
	}
	if err := chromedp.Do(tb.ctx,
		chromedp.SetValue(`#sp-stars`, "4"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#sp-stars").dispatchEvent(new Event("change", {bubbles: true})), undefined`),
		chromedp.Poll[chromedp.Void](`location.search.includes("stars=4")`, chromedp.WithPollingTimeout(5*time.Second)),
	); err != nil {
		t.Fatal(err)
	}
	narrowed, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](resultNames))
	if err != nil {
		t.Fatal(err)
	}
	if narrowed != "Gạo tám Hải Hậu" {
		t.Errorf("hai hau + 4 stars: %q, want Gạo tám Hải Hậu", narrowed)
	}
	after := counts()
	if after == before {
		t.Errorf("counts did not change: %q", after)
	}
	loc, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`location.href`))
	if err != nil {
		t.Fatal(err)
	}
	// The address restores the same search in a new visit.
	again := results(t, tb, loc, "")
	if strings.Join(again, "|") != narrowed {
		t.Errorf("%s restores %q, want %q", loc, again, narrowed)
	}
	state, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`[document.querySelector("#sp-q").value, document.querySelector("#sp-stars").value].join("|")`))
	if err != nil {
		t.Fatal(err)
	}
	if state != "hai hau|4" {
		t.Errorf("restored form: %q", state)
	}
	// Sort by price, cheapest first, products of one group only.
	got = results(t, tb, page, "q=hai+hau&group=thuc-pham&sort=price")
	if strings.Join(got, "|") != "Gạo tấm Hải Hậu|Gạo tám Hải Hậu|Nước mắm Hải Hậu|Mật ong <img src=x onerror=alert(1)>" {
		t.Errorf("sorted by price: %q", got)
	}
	got = results(t, tb, page, "q=nuoc+mam&type=producer")
	if strings.Join(got, "|") != "HTX nước mắm Giao Châu" {
		t.Errorf("producers: %q", got)
	}
	got = results(t, tb, page, "showroom=diem-ban-ocop-giao-thuy&min=130000")
	if strings.Join(got, "|") != "Rượu nếp cái hoa vàng" {
		t.Errorf("showroom and price: %q", got)
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

// Keys typed into the header box before the search (search-ui.js, which
// the box's first script loads on first use) has arrived are kept and
// searched once it is there.
func TestSearchBoxEarlyKeys(t *testing.T) {
	tb := newTab(t)
	src, err := build.DirFS(searchSite(t))
	if err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	srv := httptest.NewServer(http.StripPrefix("/ocop", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/search-ui.js") {
			time.Sleep(1500 * time.Millisecond)
		}
		http.FileServer(http.Dir(dest)).ServeHTTP(w, r)
	})))
	t.Cleanup(srv.Close)
	base := srv.URL + "/ocop/"
	if r, err := build.Site(build.Options{Source: src, Dest: dest, BaseURL: base}); err != nil {
		t.Fatalf("build: %v %v", err, r.Diagnostics)
	}
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate(base+"san-pham/dau-phu-nam-dinh/"),
		chromedp.WaitVisible(`#site-q`),
		chromedp.Click(`#site-q`),
		chromedp.SendKeys(`#site-q`, "nuoc mam cot"),
	); err != nil {
		t.Fatal(err)
	}
	early, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](`!window.ocopSearch`))
	if err != nil || !early {
		t.Fatalf("the search arrived before the keys were typed (%v): the test shows nothing", err)
	}
	if err := chromedp.Do(tb.ctx,
		chromedp.Poll[chromedp.Void](`document.querySelector("#site-q").getAttribute("aria-expanded") === "true" && document.querySelectorAll("#site-q-list [role=option]").length > 1`, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		t.Fatalf("the keys typed early were not searched: %v", err)
	}
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.querySelector("#site-q").value + "|" + document.querySelector("#site-q-list [role=option] .sb-name").textContent`))
	if err != nil || got != "nuoc mam cot|Nước mắm cốt Giao Châu" {
		t.Errorf("box and first suggestion %q (%v), want what was typed and the fish sauce", got, err)
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

// The search box of every page is a combobox: suggestions as you type,
// arrow keys to choose, Enter to open, Escape to close.
func TestSearchBoxKeyboard(t *testing.T) {
	tb := newTab(t)
	base := serve(t, searchSite(t))
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate(base+"san-pham/dau-phu-nam-dinh/"),
		chromedp.WaitVisible(`#site-q`),
	); err != nil {
		t.Fatal(err)
	}
	// Nothing of the index loads before search is used.
	loaded, err := chromedp.Run(tb.ctx, chromedp.Evaluate[int](`document.querySelectorAll("script[src*='search/']").length`))
	if err != nil {
		t.Fatal(err)
	}
	if loaded != 0 {
		t.Errorf("a product page loaded %d index files up front", loaded)
	}
	// Nor the search itself: the box's first script loads it on first use.
	ui, err := chromedp.Run(tb.ctx, chromedp.Evaluate[int](`document.querySelectorAll("script[src*='search-ui.js']").length`))
	if err != nil || ui != 0 {
		t.Errorf("a product page loaded search-ui.js up front (%d, %v)", ui, err)
	}
	if err := chromedp.Do(tb.ctx,
		chromedp.Click(`#site-q`),
		chromedp.SendKeys(`#site-q`, "nuoc mam cot"),
		chromedp.Poll[chromedp.Void](`document.querySelector("#site-q").getAttribute("aria-expanded") === "true" && document.querySelectorAll("#site-q-list [role=option]").length > 1`, chromedp.WithPollingTimeout(5*time.Second)),
	); err != nil {
		t.Fatal(err)
	}
	// The count is announced once typing pauses.
	if err := chromedp.Do(tb.ctx, chromedp.Poll[chromedp.Void](`document.querySelector("[data-search-status]").textContent !== ""`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Fatal(err)
	}
	aria, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`(() => { const i = document.querySelector("#site-q"); return [i.getAttribute("role"), i.getAttribute("aria-controls"), i.getAttribute("aria-autocomplete"), document.querySelector("#site-q-list").getAttribute("role"), document.querySelector("[data-search-status]").textContent].join("|") })()`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(aria, "combobox|site-q-list|list|listbox|") || strings.HasSuffix(aria, "|") {
		t.Errorf("combobox attributes and status: %q", aria)
	}
	first, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.querySelector("#site-q-list [role=option] .sb-name").textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if first != "Nước mắm cốt Giao Châu" {
		t.Errorf("first suggestion %q", first)
	}
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.ArrowDown)); err != nil {
		t.Fatal(err)
	}
	active, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`(() => { const i = document.querySelector("#site-q"); const o = document.getElementById(i.getAttribute("aria-activedescendant")); return o ? o.getAttribute("aria-selected") + "|" + o.querySelector(".sb-name").textContent : "" })()`))
	if err != nil {
		t.Fatal(err)
	}
	if active != "true|Nước mắm cốt Giao Châu" {
		t.Errorf("after ArrowDown the active option is %q", active)
	}
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	expanded, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.querySelector("#site-q").getAttribute("aria-expanded") + "|" + document.querySelector("#site-q-list").hidden`))
	if err != nil {
		t.Fatal(err)
	}
	if expanded != "false|true" {
		t.Errorf("after Escape: %q", expanded)
	}
	// Arrow down opens the list again and chooses the first option; Enter
	// opens it.
	if err := chromedp.Do(tb.ctx,
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.KeyEvent(kb.Enter),
	); err != nil {
		t.Fatal(err)
	}
	var path string
	for i := 0; i < 50 && !strings.HasSuffix(path, "/san-pham/nuoc-mam-cot-giao-chau/"); i++ {
		time.Sleep(100 * time.Millisecond)
		path, _ = chromedp.Run(tb.ctx, chromedp.Evaluate[string](`location.pathname`))
	}
	if !strings.HasSuffix(path, "/san-pham/nuoc-mam-cot-giao-chau/") {
		t.Errorf("Enter opened %q", path)
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

// Case xss-001 in search results: a name with markup is literal text, no
// dialog opens, and results are built without innerHTML.
func TestSearchNoMarkup(t *testing.T) {
	tb := newTab(t)
	base := serve(t, searchSite(t))
	got := results(t, tb, base+"tim-kiem/", "q=mat+ong")
	if len(got) != 1 || got[0] != "Mật ong <img src=x onerror=alert(1)>" {
		t.Errorf("mat ong: %q", got)
	}
	imgs, err := chromedp.Run(tb.ctx, chromedp.Evaluate[int](`document.querySelectorAll("[data-search-list] img:not(.sr-thumb), [data-search-list] script").length`))
	if err != nil {
		t.Fatal(err)
	}
	if imgs != 0 {
		t.Errorf("the name made %d elements", imgs)
	}
	err = filepath.WalkDir("../../themes/default/scripts", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
			if strings.Contains(string(src), bad) {
				t.Errorf("%s uses %s", p, bad)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

// Case urls-002 for search: under a sub-path every address in the index
// is relative to the site root or starts with it, and the search page
// works opened from disk (file://), with no failed request.
func TestSearchFromDisk(t *testing.T) {
	tb := newTab(t)
	src, err := build.DirFS(searchSite(t))
	if err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	if r, err := build.Site(build.Options{Source: src, Dest: dest, BaseURL: "https://example.gov.vn/ocop/"}); err != nil {
		t.Fatalf("build: %v %v", err, r.Diagnostics)
	}
	// Every address in the index: link and image paths are relative.
	err = filepath.WalkDir(filepath.Join(dest, "search"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		s := string(b)
		for _, bad := range []string{`"/`, "http:", "https:", "//"} {
			if i := strings.Index(s, bad); i >= 0 && !strings.HasPrefix(s[i:], `"/ocop/`) {
				t.Errorf("%s: address %q is neither relative nor under /ocop/", p, s[i:min(len(s), i+40)])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	page := "file://" + filepath.ToSlash(dest) + "/tim-kiem/index.html"
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate(page),
		chromedp.WaitVisible(`#sp-q`),
		chromedp.SendKeys(`#sp-q`, "nuoc mam"),
		chromedp.Poll[chromedp.Void](searchDone+` && document.querySelectorAll("[data-search-list] li").length > 0`, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		t.Fatal(err)
	}
	href, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.querySelector("[data-search-list] .sr-name a").href`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "file://" + filepath.ToSlash(dest) + "/san-pham/"; !strings.HasPrefix(href, want) || !strings.HasSuffix(href, "/index.html") {
		t.Errorf("result links to %s, want a file under %s ending in index.html", href, want)
	}
	// The query goes into the address once typing pauses.
	if err := chromedp.Do(tb.ctx, chromedp.Poll[chromedp.Void](`location.search === "?q=nuoc+mam"`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		search, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`location.search`))
		t.Errorf("the address keeps %q, want ?q=nuoc+mam", search)
	}
	tb.mu.Lock()
	for _, e := range tb.errors {
		t.Errorf("browser: %s", e)
	}
	for _, u := range tb.urls {
		if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
			t.Errorf("page requested %s", u)
		}
	}
	tb.mu.Unlock()
	// The link opens the product's page from disk. (That page refers to
	// its stylesheet site-absolutely, which does not resolve from disk.)
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(href), chromedp.WaitVisible(`h1`)); err != nil {
		t.Fatal(err)
	}
	h1, err := chromedp.Run(tb.ctx, chromedp.Text(`h1`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h1, "Nước mắm") {
		t.Errorf("the result opened %q", h1)
	}
}

// Results are of three kinds, each with its picture (or its group's
// placeholder), stars, producer and district.
func TestSearchResultKinds(t *testing.T) {
	tb := newTab(t)
	base := serve(t, searchSite(t))
	got := results(t, tb, base+"tim-kiem/", "q=nuoc+mam+giao+chau")
	for _, want := range []string{"Nước mắm cốt Giao Châu", "HTX nước mắm Giao Châu", "Làng nghề nước mắm Giao Châu"} {
		if !slices.Contains(got, want) {
			t.Errorf("nuoc mam giao chau: %q lacks %s", got, want)
		}
	}
	items, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("[data-search-list] li")).map(li => [
		li.querySelector(".sr-kind").textContent,
		li.querySelector(".sr-name").textContent,
		(li.querySelector(".stars .visually-hidden") || {}).textContent || "",
		(li.querySelector(".sr-meta") || {}).textContent || "",
		li.querySelector("img").getAttribute("src").replace(/^.*\/assets\//, "assets/"),
		li.querySelector("img").getAttribute("alt"),
	].join("|"))`))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Nước mắm cốt Giao Châu":       "Sản phẩm · Thực phẩm|Nước mắm cốt Giao Châu|4 sao|HTX nước mắm Giao Châu · Huyện Giao Thủy · 120.000\u00a0₫|assets/placeholder-thuc-pham.svg|",
		"HTX nước mắm Giao Châu":       "Chủ thể|HTX nước mắm Giao Châu||Hợp tác xã · Huyện Giao Thủy|assets/placeholder.svg|",
		"Làng nghề nước mắm Giao Châu": "Điểm du lịch|Làng nghề nước mắm Giao Châu||Làng nghề · Huyện Giao Thủy|assets/placeholder-du-lich.svg|",
	}
	for _, it := range items {
		name := strings.Split(it, "|")[1]
		if w, ok := want[name]; ok && it != w {
			t.Errorf("result %s:\n got  %s\n want %s", name, it, w)
		}
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

// The search page with results and facets, and the search box with its
// suggestions open, pass axe-core's WCAG 2.1 A and AA rules (as
// TestAccessibility checks the other pages), at phone and desktop widths.
func TestSearchAccessibility(t *testing.T) {
	axe, err := os.ReadFile("testdata/axe.min.js")
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	base := serve(t, searchSite(t))
	run := func(name string) {
		t.Helper()
		if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](string(axe)+";true")); err != nil {
			t.Fatalf("%s: loading axe: %v", name, err)
		}
		res, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](
			`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}).then(r => JSON.stringify(r.violations))`,
			chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: axe: %v", name, err)
		}
		var vs []axeViolation
		if err := json.Unmarshal([]byte(res), &vs); err != nil {
			t.Fatal(err)
		}
		for _, v := range vs {
			var where []string
			for _, n := range v.Nodes {
				where = append(where, strings.Join(n.Target, " "))
			}
			t.Errorf("%s: %s (%s): %s; at %s", name, v.ID, v.Impact, v.Help, strings.Join(where, ", "))
		}
	}
	for _, width := range []int64{390, 1280} {
		if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{"tim-kiem/?q=nuoc+mam", "en/search/?q=rice&sort=price"} {
			results(t, tb, base+p, "")
			run(p)
		}
		if err := chromedp.Do(tb.ctx,
			chromedp.Navigate(base+"san-pham/gao-tam-hai-hau/"),
			chromedp.WaitVisible(`#site-q`),
			chromedp.Click(`#site-q`),
			chromedp.SendKeys(`#site-q`, "gao"),
			chromedp.Poll[chromedp.Void](`document.querySelectorAll("#site-q-list [role=option]").length > 1`, chromedp.WithPollingTimeout(5*time.Second)),
			chromedp.KeyEvent(kb.ArrowDown),
		); err != nil {
			t.Fatal(err)
		}
		run("search box open")
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

// The search page lists what the engine's find gives (whose order the
// ranking vectors check, TestRankVectors), first page first.
func TestSearchPageMatchesFind(t *testing.T) {
	tb := newTab(t)
	src, err := build.DirFS(searchSite(t))
	if err != nil {
		t.Fatal(err)
	}
	_, base := servedIndex(t, src)
	for _, q := range []string{"nuoc mam", "nước mắm giao", "gạo tám", "gao t", "hai hau", "giao chau", "nuoc mamm", "dau phu nam dinh", "ruou nep xyzzy"} {
		got := results(t, tb, base+"tim-kiem/", "q="+url.QueryEscape(q))
		want := found(t, tb, q)
		if strings.Join(got, "|") != strings.Join(want[:min(len(want), 20)], "|") {
			t.Errorf("%q: page %q, find %q", q, got, want)
		}
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

// Typing into the search page of a larger catalog: the first two letters
// of a word load one bundle of word shards rather than each shard, rows
// painted before the rest of a page are always the first rows of that
// page, and each query typed ends with the ranking of the engine's find.
func TestSearchTyping(t *testing.T) {
	tb := newTab(t)
	dir := t.TempDir()
	if _, err := synth.Write(synth.Options{Products: 1500, Seed: 1, Out: dir, Reference: os.DirFS("../..")}); err != nil {
		t.Fatal(err)
	}
	src, err := build.DirFS(dir)
	if err != nil {
		t.Fatal(err)
	}
	dest, base := servedIndex(t, src)
	man, err := os.ReadFile(filepath.Join(dest, "search/i.js"))
	if err != nil {
		t.Fatal(err)
	}
	var m search.Manifest
	_, _, data, err := search.ReadScript(man)
	if err == nil {
		err = json.Unmarshal(data, &m)
	}
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(m.WordBundles, "th") {
		t.Fatalf("no bundle for th: %q", m.WordBundles)
	}
	if err := chromedp.Do(tb.ctx,
		chromedp.Navigate(base+"tim-kiem/"),
		chromedp.WaitVisible(`#sp-q`),
		chromedp.Evaluate[chromedp.Void](`window.__ev = [], document.addEventListener("ocop-search-results", e => { if (e.detail.page) { window.__ev.push({q: e.detail.query, complete: e.detail.complete !== false, names: Array.from(document.querySelectorAll("[data-search-list] .sr-name")).map(x => x.textContent)}) } }), undefined`),
		// __words: the word files each key added before its first results.
		chromedp.Evaluate[chromedp.Void](`(function () {
			var n = () => document.querySelectorAll("script[src*='search/w']").length, before = 0, asked = null;
			window.__words = {};
			document.addEventListener("input", e => { before = n(); asked = e.target.value; }, true);
			document.addEventListener("ocop-search-results", e => { if (e.detail.page && asked !== null && e.detail.query === asked) { window.__words[asked] = n() - before; asked = null; } });
		})()`),
		chromedp.Click(`#sp-q`),
	); err != nil {
		t.Fatal(err)
	}
	const q = "thuc pham nam"
	for i, r := range q {
		if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(string(r))); err != nil {
			t.Fatal(err)
		}
		time.Sleep(150 * time.Millisecond)
		if i == 1 {
			// The first two letters loaded the bundle of "th", and no
			// shard of a single word that it holds.
			if err := chromedp.Do(tb.ctx, chromedp.Poll[chromedp.Void](searchDone, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
				t.Fatal(err)
			}
			srcs, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("script[src*='search/w']")).map(s => s.getAttribute("src").replace(/^.*\/search\//, "search/").replace(/\?.*/, ""))`))
			if err != nil {
				t.Fatal(err)
			}
			want := "search/wb/" + strconv.Itoa(slices.Index(m.WordBundles, "th")) + ".js"
			if !slices.Contains(srcs, want) {
				t.Errorf("th loaded %q, want %s", srcs, want)
			}
			for i, k := range m.WordKeys {
				if strings.HasPrefix(k, "th") && !strings.Contains(k, " ") && slices.Contains(srcs, "search/w/"+strconv.Itoa(i)+".js") {
					t.Errorf("th loaded the shard of %q (search/w/%d.js) beside the bundle", k, i)
				}
			}
		}
	}
	if err := chromedp.Do(tb.ctx, chromedp.Poll[chromedp.Void](searchDone+` && location.search === "?q=thuc+pham+nam"`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatal(err)
	}
	// Reading ahead: while "thuc p" was shown, the pairs of "thuc p…"
	// said "ph" comes next and its words were loaded, so the key "h"
	// found them at hand. (After "thuc pham n" the pairs say "ng", from
	// producers' names: "nam" is a place, in another field, and its
	// bundle is loaded when typed.) The key that made "th" did load words: the
	// count is of real loads.
	words, err := chromedp.Run(tb.ctx, chromedp.Evaluate[map[string]int](`window.__words`))
	if err != nil {
		t.Fatal(err)
	}
	if n, ok := words["thuc ph"]; !ok || n != 0 {
		t.Errorf("the key that made \"thuc ph\" loaded %d word files (known: %v), want 0: read ahead while \"thuc p\" was shown; all keys: %v", n, ok, words)
	}
	if n := words["th"]; n == 0 {
		t.Errorf("the key that made \"th\" loaded no word file; the test cannot tell reading ahead from nothing to load: %v", words)
	}
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](resultNames))
	if err != nil {
		t.Fatal(err)
	}
	want := found(t, tb, q)
	if got != strings.Join(want[:min(len(want), 20)], "|") {
		t.Errorf("%q: page %q, find %q", q, got, want[:min(len(want), 20)])
	}
	type event struct {
		Q        string
		Complete bool
		Names    []string
	}
	evs, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]event](`window.__ev`))
	if err != nil {
		t.Fatal(err)
	}
	partial := 0
	for i, e := range evs {
		if e.Complete {
			continue
		}
		partial++
		for _, f := range evs[i+1:] {
			if f.Q == e.Q && f.Complete {
				if len(e.Names) == 0 || len(e.Names) > len(f.Names) || !slices.Equal(e.Names, f.Names[:len(e.Names)]) {
					t.Errorf("%q: rows in view %q, then the page %q", e.Q, e.Names, f.Names)
				}
				break
			}
		}
	}
	if partial == 0 {
		t.Errorf("no rows were painted before the rest of their page in %d paints", len(evs))
	}
	// A query in the address loads only the shards it needs: "thu" needs
	// some shards of the bundle of "th", not all.
	results(t, tb, base+"tim-kiem/", "q=thu")
	srcs, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("script[src*='search/']")).map(s => s.getAttribute("src").replace(/^.*\/search\//, "search/").replace(/\?.*/, ""))`))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range srcs {
		if strings.HasPrefix(s, "search/wb/") || strings.HasPrefix(s, "search/tb/") {
			t.Errorf("?q=thu loaded the bundle %s: %q", s, srcs)
		}
	}
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
}

// found returns the names, in the page's language, of what the page's
// engine finds for q, best first.
func found(t *testing.T, tb *tab, q string) []string {
	t.Helper()
	arg, _ := json.Marshal(q)
	names, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]string](`ocopSearch.find(`+string(arg)+`).
		then(r => ocopSearch.records(r.ids)).then(rs => rs.map(r => r.n))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("find %q: %v", q, err)
	}
	return names
}

// servedIndex builds the site src under /ocop/ of a test server and
// returns its output folder and base URL.
func servedIndex(t *testing.T, src fs.FS) (dest, base string) {
	t.Helper()
	dest = filepath.Join(t.TempDir(), "public")
	srv := httptest.NewServer(http.StripPrefix("/ocop", http.FileServer(http.Dir(dest))))
	t.Cleanup(srv.Close)
	base = srv.URL + "/ocop/"
	if r, err := build.Site(build.Options{Source: src, Dest: dest, BaseURL: base}); err != nil {
		t.Fatalf("build: %v %v", err, r.Diagnostics)
	}
	return dest, base
}

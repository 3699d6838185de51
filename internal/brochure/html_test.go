package brochure

import (
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestHTMLPages checks the print-ready pages: one per selection at its
// path, every selected product's name and no other, the paged-media CSS,
// relative links to photos where the site publishes them.
func TestHTMLPages(t *testing.T) {
	ps := uniform(6, "Gạo nếp thơm.")
	ps[2].image = "anh.png"
	ps = append(ps, fx{id: "khac", name: "Rượu nếp Hải Hậu", group: "do-uong", stars: 3})
	c, opt := fixture(t, ps)
	w := &memWriter{}
	n, err := HTML(c, opt, w)
	if err != nil {
		t.Fatal(err)
	}
	sels := Selections(c)
	if n != len(sels) || len(w.files) != n {
		t.Fatalf("HTML wrote %d pages (%d files), want %d", n, len(w.files), len(sels))
	}
	want := []string{
		"in-an/diem-ban/cua-hang-a/index.html",
		"in-an/hoi-cho/hoi-cho-ocop-4-sao/index.html", "in-an/nhan/cua-hang-a/index.html",
		"in-an/toan-bo/index.html",
	}
	if got := strings.Join(w.paths(), " "); got != strings.Join(want, " ") {
		t.Errorf("pages:\n%s\nwant\n%s", got, strings.Join(want, " "))
	}
	names := regexp.MustCompile(`<(?:h3|p class="name")[^>]*>([^<]*)<`)
	for _, sel := range sels {
		out := sel.HTMLPath("vi")
		page := string(w.files[out])
		var got []string
		for _, m := range names.FindAllStringSubmatch(page, -1) {
			got = append(got, html.UnescapeString(m[1]))
		}
		var exp []string
		for _, p := range expected(c, sel) {
			exp = append(exp, p.Name)
		}
		sort.Strings(got)
		sort.Strings(exp)
		if strings.Join(got, "|") != strings.Join(exp, "|") {
			t.Errorf("%s shows %q, want %q", out, got, exp)
		}
		for _, css := range []string{"@page", "size: A4 portrait", "break-inside: avoid"} {
			if !strings.Contains(page, css) {
				t.Errorf("%s lacks %q", out, css)
			}
		}
		if !strings.Contains(page, `<html lang="vi">`) || !strings.Contains(page, `class="qr"`) {
			t.Errorf("%s lacks its language or QR codes", out)
		}
	}
	a := string(w.files["in-an/diem-ban/cua-hang-a/index.html"])
	if !strings.Contains(a, `src="../../../san-pham/gao-nep-dien-xa-02/anh.png"`) {
		t.Error("the photo is not linked where render publishes it")
	}
	if !strings.Contains(a, `href="../../../diem-ban/cua-hang-a/"`) {
		t.Error("no link back to the showroom's page")
	}
}

// TestPrint001Chromium checks case print-001 in Chromium's print of the
// HTML page: each card's name, price and link text are on the same page.
func TestPrint001Chromium(t *testing.T) {
	chrome := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			chrome = p
			break
		}
	}
	if chrome == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed; CI must install it (apt-get install chromium)")
		}
		t.Skip("chromium is not installed; skipping (apt-get install chromium)")
	}
	pdftotext := tool(t, "pdftotext", "poppler-utils")
	c, opt, sel := print001(t)
	dir := t.TempDir()
	w := &memWriter{}
	if _, err := HTML(c, opt, w); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, filepath.FromSlash(sel.HTMLPath("vi")))
	if err := os.MkdirAll(filepath.Dir(page), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, w.files[sel.HTMLPath("vi")], 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.pdf")
	cmd := exec.Command(chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--print-to-pdf="+out, "--no-pdf-header-footer", "file://"+page)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, b)
	}
	pages := pdfPages(t, out)
	cards, _ := Products(c, sel)
	text := make([]string, pages+1)
	for i := 1; i <= pages; i++ {
		text[i] = string(run(t, pdftotext, "-layout", "-enc", "UTF-8", "-f", strconv.Itoa(i), "-l", strconv.Itoa(i), out, "-"))
	}
	bk, _ := newBook(c, sel, opt)
	for _, cd := range bk.cards {
		var on []int
		for i := 1; i <= pages; i++ {
			if strings.Contains(text[i], cd.name) {
				on = append(on, i)
			}
		}
		if len(on) != 1 {
			t.Errorf("card %q is on pages %v, want one page", cd.name, on)
			continue
		}
		p := text[on[0]]
		if !strings.Contains(p, cd.urlText) || !strings.Contains(flat(p), flat(cd.price)) {
			t.Errorf("card %q is on page %d but its link %q or price %q is not:\n%s", cd.name, on[0], cd.urlText, cd.price, p)
		}
	}
	if len(bk.cards) != len(cards) || pages < 4 {
		t.Errorf("%d cards on %d pages", len(bk.cards), pages)
	}
	t.Logf("Chromium printed %d cards on %d pages", len(bk.cards), pages)
}

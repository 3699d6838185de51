package brochure

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// checkPDF checks what every PDF must be: a cross-reference table whose
// offsets point at their objects, the catalog naming the language, the
// title in the metadata, both fonts embedded and subsetted.
func checkPDF(t *testing.T, name string, b []byte, lang, title string) string {
	t.Helper()
	checkXref(t, name, b)
	if !bytes.Contains(b, []byte("/Type /Catalog\n  /Lang ("+lang+")")) {
		t.Errorf("%s: the catalog does not say /Lang (%s)", name, lang)
	}
	file := writeTemp(t, filepath.Base(name), b)
	info := string(run(t, tool(t, "pdfinfo", "poppler-utils"), file))
	if !strings.Contains(info, "Title:           "+title+"\n") {
		t.Errorf("%s: pdfinfo does not show the title %q:\n%s", name, title, info)
	}
	if !strings.Contains(info, "CreationDate:") || !strings.Contains(info, "Producer:        ocop") {
		t.Errorf("%s: pdfinfo lacks the creation date or producer:\n%s", name, info)
	}
	fonts := string(run(t, tool(t, "pdffonts", "poppler-utils"), file))
	for _, f := range []string{regular, bold} {
		re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(f) + `\s+CID TrueType\s+Identity-H\s+yes yes yes`)
		if !re.MatchString(fonts) {
			t.Errorf("%s: pdffonts does not show %s embedded and subsetted:\n%s", name, f, fonts)
		}
	}
	return file
}

// checkXref checks every in-use entry of the cross-reference table.
func checkXref(t *testing.T, name string, b []byte) {
	t.Helper()
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s: no startxref at the end", name)
	}
	x, _ := strconv.Atoi(string(m[1]))
	if !bytes.HasPrefix(b[x:], []byte("xref\n0 ")) {
		t.Fatalf("%s: startxref %d does not point at the xref table", name, x)
	}
	lines := strings.Split(string(b[x:]), "\n")
	n, _ := strconv.Atoi(strings.Fields(lines[1])[1])
	for i := 1; i < n; i++ {
		e := lines[2+i]
		off, _ := strconv.Atoi(e[:10])
		if want := strconv.Itoa(i) + " 0 obj\n"; !bytes.HasPrefix(b[off:], []byte(want)) {
			t.Fatalf("%s: xref entry %d points at %q", name, i, b[off:min(off+12, len(b))])
		}
	}
}

// checkNames checks that the text of a brochure names every selected
// product's card once and no other product, apart from names quoted in
// the summaries the brochure prints.
func checkNames(t *testing.T, name, text, summaries string, all, sel []*catalog.Product) {
	t.Helper()
	in := map[*catalog.Product]bool{}
	for _, p := range sel {
		in[p] = true
	}
	var names []string
	for _, p := range all {
		names = append(names, flat(p.Name))
	}
	for _, p := range all {
		n := flat(p.Name)
		got := occurrences(text, n, names) - occurrences(summaries, n, names)
		want := 0
		if in[p] {
			want = 1
		}
		if got != want {
			t.Errorf("%s: %q printed %d times on cards, want %d", name, p.Name, got, want)
		}
	}
}

// TestRealCatalogPDFs makes every PDF of the real catalog and checks
// its text, fonts, metadata, page count and structure.
func TestRealCatalogPDFs(t *testing.T) {
	c, opt := realCatalog(t)
	for _, sel := range Selections(c) {
		name := sel.PDFPath("vi")
		b, err := PDF(c, sel, opt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		bk, err := newBook(c, sel, opt)
		if err != nil {
			t.Fatal(err)
		}
		file := checkPDF(t, name, b, "vi", bk.docTitle)
		text := pdfText(t, file, 0, 0)
		want := expected(c, sel)
		if sel.Labels {
			checkNames(t, name, text, "", c.Products, want)
			continue
		}
		L := layoutBook(bk, specs["A4"])
		checkNames(t, name, text, printedSummaries(L), c.Products, want)
		if got := pdfPages(t, file); got != len(L.pages) {
			t.Errorf("%s: %d pages, layout has %d", name, got, len(L.pages))
		}
	}
}

// TestFixturePDFs checks a showroom's brochure and label sheets, and a
// fair's brochure, on a fixture where showrooms sell products.
func TestFixturePDFs(t *testing.T) {
	var ps []fx
	groups := []string{"thuc-pham", "do-uong", "thu-cong-my-nghe"}
	for i := 0; i < 30; i++ {
		p := fx{
			id:    fmt.Sprintf("sp-%02d", i),
			name:  fmt.Sprintf("Đặc sản Điền Xá loại %02d", i),
			group: groups[i%3], stars: 3 + i%3,
			price: int64(15000 + 1000*i), pack: "hộp 500 g",
			summary: "Sản phẩm làm thủ công theo cách truyền thống của làng.",
		}
		if i < 26 {
			p.showrooms = []string{"cua-hang-a"}
		} else {
			p.showrooms = []string{"cua-hang-b"}
		}
		if i == 4 {
			p.image = "anh.png"
		}
		ps = append(ps, p)
	}
	c, opt := fixture(t, ps)
	a, f := c.Showroom("cua-hang-a"), c.Fairs[0]
	for _, sel := range []Selection{{Showroom: a}, {Showroom: a, Labels: true}, {Fair: f}, {All: true}} {
		name := sel.PDFPath("vi")
		b, err := PDF(c, sel, opt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		bk, _ := newBook(c, sel, opt)
		file := checkPDF(t, name, b, "vi", bk.docTitle)
		want := expected(c, sel)
		checkNames(t, name, pdfText(t, file, 0, 0), "", c.Products, want)
		pages := pdfPages(t, file)
		switch {
		case sel.Labels:
			if len(want) != 26 || pages != 2 {
				t.Errorf("%s: %d labels on %d pages, want 26 on 2", name, len(want), pages)
			}
		case sel.Fair != nil:
			for _, p := range want {
				if p.Stars < 4 {
					t.Errorf("%s: shows %s with %d stars", name, p.ID, p.Stars)
				}
			}
			if len(want) != 20 {
				t.Errorf("%s: %d products, want 20", name, len(want))
			}
		}
		if !sel.Labels {
			if got := len(layoutBook(bk, specs["A4"]).pages); got != pages {
				t.Errorf("%s: %d pages, layout has %d", name, pages, got)
			}
		}
		if sel.Showroom != nil && !sel.Labels && !bytes.Contains(b, []byte("/Subtype /Image")) {
			t.Errorf("%s: the photo of sp-04 is not in the PDF", name)
		}
	}
}

// uniform returns n products of one group whose cards are the same
// height: names, summaries and prices of the same length.
func uniform(n int, summary string) []fx {
	var ps []fx
	for i := 0; i < n; i++ {
		ps = append(ps, fx{
			id: fmt.Sprintf("sp-%02d", i), name: fmt.Sprintf("Gạo nếp Điền Xá %02d", i),
			group: "thuc-pham", stars: 4, price: int64(10000 + 1000*i), pack: "túi 2 kg",
			summary: summary, showrooms: []string{"cua-hang-a"},
		})
	}
	return ps
}

// TestPageArithmetic checks the page count against the arithmetic of
// the layout: a cover, then as many product pages as k cards to a page
// need, then the back page, where k is how many cards of height h with
// gaps g fit under a group heading.
func TestPageArithmetic(t *testing.T) {
	for _, tc := range []struct {
		paper string
		n     int
	}{{"A4", 11}, {"A4", 4}, {"A5", 9}} {
		c, opt := fixture(t, uniform(tc.n, "Gạo nếp cái hoa vàng trồng trên đồng đất phù sa, đồ xôi dẻo thơm."))
		opt.Paper = tc.paper
		sel := Selection{Showroom: c.Showroom("cua-hang-a")}
		bk, err := newBook(c, sel, opt)
		if err != nil {
			t.Fatal(err)
		}
		s := specs[tc.paper]
		L := layoutBook(bk, s)
		h := L.cards()[0].h
		for _, cb := range L.cards() {
			if cb.h != h {
				t.Fatalf("cards are not of one height: %v and %v", cb.h, h)
			}
		}
		k := int((s.bodyBottom() - s.cardsTop() + s.gap) / (h + s.gap))
		want := 1 + (tc.n+k-1)/k + 1
		if !L.tocOnCover {
			want++
		}
		b, err := PDF(c, sel, opt)
		if err != nil {
			t.Fatal(err)
		}
		file := writeTemp(t, "a.pdf", b)
		if got := pdfPages(t, file); got != want || len(L.pages) != want {
			t.Errorf("%s, %d cards of %.1f pt, %d to a page: %d pages (layout %d), want %d", tc.paper, tc.n, h, k, got, len(L.pages), want)
		}
		info := string(run(t, "pdfinfo", file))
		if size := fmt.Sprintf("Page size:       %.2f x %.2f pts", s.w, s.h); !strings.Contains(info, size) {
			t.Errorf("%s: pdfinfo does not say %q:\n%s", tc.paper, size, info)
		}
	}
}

// print001 are 7 products whose cards are each about a third of an A4
// page tall.
func print001(t testing.TB) (*catalog.Catalog, Options, Selection) {
	long := strings.Repeat("Gạo nếp cái hoa vàng được gieo cấy một vụ mỗi năm trên đồng đất phù sa ven sông, hạt tròn đều, đồ xôi dẻo thơm. ", 6)
	var ps []fx
	for i := 0; i < 7; i++ {
		ps = append(ps, fx{
			id: fmt.Sprintf("gao-%d", i+1), name: fmt.Sprintf("Gạo nếp Điền Xá số %d", i+1),
			group: "thuc-pham", stars: 4, price: int64(31000 + 1000*i), pack: "túi 2 kg",
			summary: long, showrooms: []string{"cua-hang-a"},
		})
	}
	c, opt := fixture(t, ps)
	return c, opt, Selection{Showroom: c.Showroom("cua-hang-a")}
}

// TestPrint001 checks case print-001 in the PDF: 7 cards each about a
// third of an A4 page; every card's top and bottom fall on one page,
// inside its body, and the PDF's text puts each card on the page the
// layout says.
func TestPrint001(t *testing.T) {
	c, opt, sel := print001(t)
	bk, err := newBook(c, sel, opt)
	if err != nil {
		t.Fatal(err)
	}
	s := specs["A4"]
	L := layoutBook(bk, s)
	cards := L.cards()
	if len(cards) != 7 {
		t.Fatalf("%d cards, want 7", len(cards))
	}
	for _, cb := range cards {
		if r := cb.h / s.h; r < 0.25 || r > 0.4 {
			t.Errorf("card %s is %.2f of the page tall, want about a third", cb.c.name, r)
		}
		if cb.y < s.bodyTop() || cb.y+cb.h > s.bodyBottom() {
			t.Errorf("card %s on page %d spans %.1f–%.1f, outside the body %.1f–%.1f",
				cb.c.name, cb.page+1, cb.y, cb.y+cb.h, s.bodyTop(), s.bodyBottom())
		}
	}
	for i := 1; i < len(cards); i++ {
		a, b := cards[i-1], cards[i]
		if a.page == b.page && a.y+a.h > b.y {
			t.Errorf("cards %s and %s overlap", a.c.name, b.c.name)
		}
	}
	b, err := PDF(c, sel, opt)
	if err != nil {
		t.Fatal(err)
	}
	file := writeTemp(t, "print-001.pdf", b)
	for _, cb := range cards {
		for page := 1; page <= len(L.pages); page++ {
			text := pdfText(t, file, page, page)
			has := strings.Contains(text, cb.c.name)
			if has != (page == cb.page+1) {
				t.Errorf("card %s: on page %d = %v, layout puts it on page %d", cb.c.name, page, has, cb.page+1)
			}
			if has && (!strings.Contains(text, cb.c.urlText) || !strings.Contains(text, flat(cb.c.price))) {
				t.Errorf("card %s: its price or link is not on its page %d", cb.c.name, page)
			}
		}
	}
}

// TestQRFromPixels renders pages of a brochure and a label sheet at 150
// dpi with pdftoppm and reads every QR code on them from the pixels.
func TestQRFromPixels(t *testing.T) {
	ppm := tool(t, "pdftoppm", "poppler-utils")
	c, opt := fixture(t, uniform(9, "Sản phẩm của làng nghề."))
	sel := Selection{Showroom: c.Showroom("cua-hang-a")}
	bk, _ := newBook(c, sel, opt)
	L := layoutBook(bk, specs["A4"])
	b, err := PDF(c, sel, opt)
	if err != nil {
		t.Fatal(err)
	}
	s := specs["A4"]
	var boxes []qrBox
	for _, cb := range L.cards() {
		if cb.page == 1 {
			boxes = append(boxes, qrBox{cb.x + cb.w - s.pad - s.qr, cb.y + s.pad, s.qr, cb.c.url})
		}
	}
	decodePage(t, ppm, b, 2, boxes)

	lsel := Selection{Showroom: c.Showroom("cua-hang-a"), Labels: true}
	lbk, _ := newBook(c, lsel, opt)
	lb, err := PDF(c, lsel, opt)
	if err != nil {
		t.Fatal(err)
	}
	boxes = nil
	for _, l := range layoutLabels(lbk) {
		boxes = append(boxes, qrBox{l.x + l.w - labelSpec.pad - labelSpec.qr, l.y + (l.h-labelSpec.qr)/2, labelSpec.qr, l.c.url})
	}
	decodePage(t, ppm, lb, 1, boxes)
}

// qrBox is where a QR code is drawn, and what it must say.
type qrBox struct {
	x, y, side float64
	want       string
}

// decodePage renders one page at 150 dpi and decodes each box.
func decodePage(t *testing.T, ppm string, pdf []byte, page int, boxes []qrBox) {
	t.Helper()
	if len(boxes) == 0 {
		t.Fatal("no QR codes to read")
	}
	file := writeTemp(t, "q.pdf", pdf)
	prefix := filepath.Join(t.TempDir(), "page")
	run(t, ppm, "-r", "150", "-png", "-singlefile", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), file, prefix)
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	px := func(v float64) int { return int(math.Round(v * 150 / 72)) }
	sub := img.(interface {
		SubImage(image.Rectangle) image.Image
	})
	for _, q := range boxes {
		r := image.Rect(px(q.x)-4, px(q.y)-4, px(q.x+q.side)+4, px(q.y+q.side)+4)
		got, err := decodeQR(sub.SubImage(r), false)
		if err != nil || got != q.want {
			t.Errorf("page %d: QR code at %v reads %q, %v; want %q", page, r, got, err, q.want)
		}
	}
	t.Logf("page %d: read %d QR codes from pixels at 150 dpi", page, len(boxes))
}

// TestDeterministic checks that the same input gives the same bytes, in
// one call and across calls made in parallel.
func TestDeterministic(t *testing.T) {
	c, opt := fixture(t, uniform(5, "Sản phẩm."))
	var first *memWriter
	for i := 0; i < 2; i++ {
		w := &memWriter{}
		n, err := All(c, opt, w)
		if err != nil {
			t.Fatal(err)
		}
		if n != len(Selections(c)) || len(w.files) != n {
			t.Fatalf("All wrote %d files (%d), want %d", n, len(w.files), len(Selections(c)))
		}
		if first == nil {
			first = w
			continue
		}
		for p, b := range w.files {
			if !bytes.Equal(b, first.files[p]) {
				t.Errorf("%s differs between two runs", p)
			}
		}
	}
	for _, p := range first.paths() {
		if !strings.HasPrefix(p, "in-an/") || !strings.HasSuffix(p, ".pdf") {
			t.Errorf("All wrote %s", p)
		}
	}
	if !bytes.Contains(first.files["in-an/toan-bo.pdf"], []byte("/CreationDate(D:20250901000000+07'00')")) {
		t.Error("the creation date is not the date of printing")
	}
}

// TestEnglish checks an English brochure: English names where the
// records have them, Vietnamese ones otherwise, English UI strings.
func TestEnglish(t *testing.T) {
	ps := uniform(3, "Gạo nếp thơm.")
	ps[0].nameEN = "Dien Xa glutinous rice"
	c, opt := fixture(t, ps)
	opt.Lang = "en"
	sel := Selection{Showroom: c.Showroom("cua-hang-a")}
	b, err := PDF(c, sel, opt)
	if err != nil {
		t.Fatal(err)
	}
	file := checkPDF(t, sel.PDFPath("en"), b, "en", "Điểm bán OCOP Hải Hậu – OCOP products of Nam Định")
	text := pdfText(t, file, 0, 0)
	for _, want := range []string{"Dien Xa glutinous rice", "Gạo nếp Điền Xá 00", "Gạo nếp Điền Xá 01", "Contents", "Page 2 of", "en/products/"} {
		if !strings.Contains(text, want) {
			t.Errorf("English brochure lacks %q", want)
		}
	}
	if sel.PDFPath("en") != "en/print/showrooms/cua-hang-a.pdf" {
		t.Errorf("PDFPath(en) = %s", sel.PDFPath("en"))
	}
}

// TestSelectionErrors checks that a selection is exactly one document.
func TestSelectionErrors(t *testing.T) {
	c, opt := fixture(t, uniform(1, ""))
	for _, sel := range []Selection{{}, {All: true, Fair: c.Fairs[0]}, {All: true, Labels: true}, {Fair: c.Fairs[0], Labels: true}} {
		if _, err := PDF(c, sel, opt); err == nil {
			t.Errorf("PDF(%+v) succeeded", sel)
		}
	}
	bad := opt
	bad.Paper = "Letter"
	if _, err := PDF(c, Selection{All: true}, bad); err == nil {
		t.Error("paper Letter accepted")
	}
}

// TestOrder checks the order of the cards, in the PDF's text: by browse
// group in groups.yaml order (products without one last), then by stars,
// most first, then by name in Vietnamese order.
func TestOrder(t *testing.T) {
	ps := []fx{
		{id: "a", name: "Rượu nếp cái", group: "do-uong", stars: 3},
		{id: "b", name: "Gạo tám", group: "thuc-pham", stars: 3},
		{id: "c", name: "Ấm trà gốm", group: "thu-cong-my-nghe", stars: 5},
		{id: "d", name: "Đậu phụ", group: "thuc-pham", stars: 3},
		{id: "e", name: "Bánh đa", group: "thuc-pham", stars: 4},
		{id: "f", name: "Chè xanh", group: "do-uong", stars: 5},
		{id: "g", name: "Anh đào", group: "thuc-pham", stars: 3},
	}
	c, opt := fixture(t, ps)
	want := []string{"Bánh đa", "Anh đào", "Đậu phụ", "Gạo tám", "Chè xanh", "Rượu nếp cái", "Ấm trà gốm"}
	got, err := Products(c, Selection{All: true})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range got {
		names = append(names, p.Name)
	}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("order %q, want %q", names, want)
	}
	b, err := PDF(c, Selection{All: true}, opt)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, writeTemp(t, "o.pdf", b), 2, 0)
	last := -1
	for _, n := range want {
		i := strings.Index(text, n)
		if i <= last {
			t.Errorf("%q is not after the card before it in the PDF", n)
		}
		last = i
	}
}

// TestNFC checks that names typed in NFD (a base letter and combining
// marks) are printed in NFC, in the PDF and in the HTML page.
func TestNFC(t *testing.T) {
	c, opt := fixture(t, uniform(2, "Gạo nếp."))
	c.Products[0].Name = norm.NFD.String("Gạo nếp Điền Xá 00")
	sel := Selection{Showroom: c.Showroom("cua-hang-a")}
	b, err := PDF(c, sel, opt)
	if err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, writeTemp(t, "n.pdf", b), 0, 0); !strings.Contains(text, "Gạo nếp Điền Xá 00") {
		t.Error("the NFD name is not in the PDF's text in NFC")
	}
	w := &memWriter{}
	if _, err := HTML(c, opt, w); err != nil {
		t.Fatal(err)
	}
	if page := string(w.files[sel.HTMLPath("vi")]); !strings.Contains(page, "Gạo nếp Điền Xá 00") || !norm.NFC.IsNormalString(page) {
		t.Error("the HTML page is not in NFC")
	}
}

// TestContents checks that the contents send each group to the page its
// heading is on.
func TestContents(t *testing.T) {
	var ps []fx
	for i, g := range []string{"thuc-pham", "do-uong", "thu-cong-my-nghe", "sinh-vat-canh"} {
		for j := 0; j < 3+4*i; j++ {
			ps = append(ps, fx{id: fmt.Sprintf("%s-%d", g, j), name: fmt.Sprintf("Sản phẩm %s số %d", g, j), group: g, stars: 3 + j%3, summary: "Sản phẩm của làng nghề truyền thống."})
		}
	}
	for _, paper := range []string{"A4", "A5"} {
		c, opt := fixture(t, ps)
		opt.Paper = paper
		sel := Selection{All: true}
		bk, _ := newBook(c, sel, opt)
		L := layoutBook(bk, specs[paper])
		b, err := PDF(c, sel, opt)
		if err != nil {
			t.Fatal(err)
		}
		file := writeTemp(t, "c.pdf", b)
		contents := pdfText(t, file, 1, 2)
		for _, sec := range bk.groups {
			page := L.first[sec] + 1
			if !strings.Contains(contents, sec.name+" "+bk.s.tn("products_count", len(sec.cards))) {
				t.Errorf("%s: the contents lack %s", paper, sec.name)
			}
			text := pdfText(t, file, page, page)
			if !strings.Contains(text, sec.name) || !strings.Contains(text, sec.cards[0].name) {
				t.Errorf("%s: group %s does not start on page %d", paper, sec.name, page)
			}
		}
	}
}

package urls

import (
	"strings"
	"testing"
)

// Case slug-001: Vietnamese slugs.
func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Đi chợ", "di-cho"},
		{"ĐẬU PHỤ Nam Định", "dau-phu-nam-dinh"},
		{"Di cho\u0301", "di-cho"}, // NFD accent
		{"Bánh cuô\u0301n", "banh-cuon"},
		{"Trà & Mật ong", "tra-mat-ong"},
		{"Giò lụa @ Nam Định", "gio-lua-nam-dinh"},
		{"Nước mắm nguyên chất – Gia truyền Lạch Giang", "nuoc-mam-nguyen-chat-gia-truyen-lach-giang"},
		{"Gạo sạch chất lượng cao Toản Xuân 999", "gao-sach-chat-luong-cao-toan-xuan-999"},
		{"Gạo tám Hải Hậu", "gao-tam-hai-hau"},
		{"Gạo tấm Hải Hậu", "gao-tam-hai-hau"},
		{"Rượu \"Linh Chi\" 100%", "ruou-linh-chi-100"},
		{"  ", ""},
		{"★★★", ""},
	} {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSlugNFDEqualsNFC(t *testing.T) {
	nfc := "Nước mắm Giao Châu"
	nfd := "Nu\u031Bo\u031B\u0301c ma\u0306\u0301m Giao Cha\u0302u"
	if Slug(nfc) != Slug(nfd) {
		t.Errorf("Slug(NFD) = %q, Slug(NFC) = %q", Slug(nfd), Slug(nfc))
	}
}

func TestIsSlug(t *testing.T) {
	for s, want := range map[string]bool{
		"gao-tam": true, "a1": true, "": false, "-a": false, "a-": false, "a--b": false, "Gao": false, "gạo": false, "a/b": false,
		"con": false, "con-ca": true, strings.Repeat("a", MaxSlugBytes+1): false,
	} {
		if got := IsSlug(s); got != want {
			t.Errorf("IsSlug(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSlugDefect(t *testing.T) {
	atMax := strings.Repeat("ab-", MaxSlugBytes/3) + strings.Repeat("c", MaxSlugBytes%3)
	for _, tc := range []struct {
		in   string
		want Defect
	}{
		{"gao-tam-hai-hau", NoDefect},
		{"a", NoDefect},
		{"3-sao", NoDefect},
		{atMax, NoDefect},
		{atMax + "c", TooLong},
		{strings.Repeat("a", 1<<20), TooLong},
		{"", Empty},
		{"-gao", BadChars},
		{"gao-", BadChars},
		{"gao--tam", BadChars},
		{"Gao", BadChars},
		{"gạo", BadChars},
		{"gao tam", BadChars},
		{"gao.tam", BadChars},
		{"gao/tam", BadChars},
		{"..", BadChars},
		{"con", DeviceName},
		{"prn", DeviceName},
		{"aux", DeviceName},
		{"nul", DeviceName},
		{"com1", DeviceName},
		{"com9", DeviceName},
		{"com0", DeviceName},
		{"lpt1", DeviceName},
		{"lpt9", DeviceName},
		{"com10", NoDefect},
		{"com", NoDefect},
		{"con-son", NoDefect},
		{"nul1", NoDefect},
		{"icon", NoDefect},
	} {
		if got := SlugDefect(tc.in); got != tc.want {
			t.Errorf("SlugDefect(%.30q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if len(atMax) != MaxSlugBytes {
		t.Fatalf("atMax is %d bytes", len(atMax))
	}
}

func TestFileNameDefect(t *testing.T) {
	atMax := strings.Repeat("ả", (MaxFileNameBytes-4)/3) + strings.Repeat("b", (MaxFileNameBytes-4)%3) + ".jpg"
	for _, tc := range []struct {
		in   string
		want Defect
	}{
		{"anh-1.jpg", NoDefect},
		{"Ảnh sản phẩm (1).JPG", NoDefect},
		{".hidden.png", NoDefect},
		{atMax, NoDefect},
		{"b" + atMax, TooLong},
		{"", Empty},
		{".", Empty},
		{"..", Empty},
		{"a:b.jpg", BadChars},
		{"a?.jpg", BadChars},
		{"a*.jpg", BadChars},
		{`a"b.jpg`, BadChars},
		{"a<b>.jpg", BadChars},
		{"a|b.jpg", BadChars},
		{`a\b.jpg`, BadChars},
		{"a\x00.jpg", BadChars},
		{"a\nb.jpg", BadChars},
		{"a\x7f.jpg", BadChars},
		{"con", DeviceName},
		{"CON", DeviceName},
		{"nul.jpg", DeviceName},
		{"Aux.tar.gz", DeviceName},
		{"aux .jpg", DeviceName},
		{"COM1.png", DeviceName},
		{"lpt²", DeviceName},
		{"conout$.txt", DeviceName},
		{"console.jpg", NoDefect},
		{"com10.jpg", NoDefect},
		{"anh.", BadEnd},
		{"anh ", BadEnd},
		{"anh.jpg ", BadEnd},
	} {
		if got := FileNameDefect(tc.in); got != tc.want {
			t.Errorf("FileNameDefect(%.30q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if len(atMax) != MaxFileNameBytes {
		t.Fatalf("atMax is %d bytes", len(atMax))
	}
}

func TestPathDefect(t *testing.T) {
	dir := "san-pham/" + strings.Repeat("a", MaxSlugBytes) + "/"
	fill := strings.Repeat("b", MaxPathBytes-len(dir)-len(".jpg"))
	for _, tc := range []struct {
		in   string
		want Defect
	}{
		{"san-pham/gao-tam/index.html", NoDefect},
		{dir + fill + ".jpg", NoDefect},
		{dir + fill + "b.jpg", PathTooLong},
		{dir + "con.jpg", DeviceName},
		{dir + "a./b.jpg", BadEnd},
		{"san-pham//b.jpg", Empty},
		{dir + strings.Repeat("c", MaxFileNameBytes+1), TooLong},
	} {
		if got := PathDefect(tc.in); got != tc.want {
			t.Errorf("PathDefect(%.40q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestShortenSlug(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"gao-tam-hai-hau", 20, "gao-tam-hai-hau"},
		{"gao-tam-hai-hau", 15, "gao-tam-hai-hau"},
		{"gao-tam-hai-hau", 14, "gao-tam-hai"},
		{"gao-tam-hai-hau", 11, "gao-tam-hai"},
		{"gao-tam-hai-hau", 10, "gao-tam"},
		{"gaotamhaihau", 5, "gaota"},
	} {
		if got := ShortenSlug(tc.in, tc.n); got != tc.want {
			t.Errorf("ShortenSlug(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

// Case urls-002 (links side): every link honours a sub-path base URL.
func TestBase(t *testing.T) {
	b, err := ParseBase("https://example.gov.vn/ocop")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ got, want string }{
		{b.Rel(Page(Product, "vi", "gao-tam")), "/ocop/san-pham/gao-tam/"},
		{b.Rel(Page(Product, "en", "gao-tam")), "/ocop/en/products/gao-tam/"},
		{b.Rel(List(District, "vi")), "/ocop/huyen/"},
		{b.Abs("sitemap.xml"), "https://example.gov.vn/ocop/sitemap.xml"},
		{b.Abs(""), "https://example.gov.vn/ocop/"},
		{b.Rel("/assets/site.css"), "/ocop/assets/site.css"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	for _, bad := range []string{"", "example.gov.vn", "ftp://x/", "javascript:alert(1)", "/ocop/"} {
		if _, err := ParseBase(bad); err == nil {
			t.Errorf("ParseBase(%q): no error", bad)
		}
	}
}

func TestSafeExternal(t *testing.T) {
	for s, want := range map[string]bool{
		"https://ocopnamdinh.vn/?p=2886": true,
		"http://baonamdinh.vn/x":         true,
		"javascript:alert(1)":            false,
		"JavaScript:alert(1)":            false,
		" javascript:alert(1)":           false,
		"data:text/html,<b>":             false,
		"vbscript:x":                     false,
		"//evil.example/":                false,
		"https:///nohost":                false,
		"mailto:a@b.vn":                  false,
	} {
		if got := SafeExternal(s); got != want {
			t.Errorf("SafeExternal(%q) = %v, want %v", s, got, want)
		}
	}
}

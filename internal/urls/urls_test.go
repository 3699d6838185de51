package urls

import "testing"

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
	} {
		if got := IsSlug(s); got != want {
			t.Errorf("IsSlug(%q) = %v, want %v", s, got, want)
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

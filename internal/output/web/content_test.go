package web

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
)

// TestLineEndingsAndBOM is the output side of case frontmatter-001: one
// record saved with LF, CRLF, a byte-order mark, or both gives the same
// product page, byte for byte.
func TestLineEndingsAndBOM(t *testing.T) {
	const record = "---\nname: \"Nước mắm cá cơm\"\nproducer: cs\ngroup: thuc-pham\nstars: 4\ndistrict: \"Hải Hậu\"\ncommune: \"Hải Toàn\"\nprice: 85000\npack: \"chai 500 ml\"\ntags: [\"nước mắm\"]\n---\nNước mắm **cốt** ủ chượp 12 tháng.\n\n- Đậm\n- Thơm\n"
	variants := map[string]string{
		"lf":       record,
		"crlf":     strings.ReplaceAll(record, "\n", "\r\n"),
		"bom":      "\ufeff" + record,
		"bom+crlf": "\ufeff" + strings.ReplaceAll(record, "\n", "\r\n"),
	}
	const page = "san-pham/nuoc-mam-ca-com/index.html"
	var want []byte
	for _, name := range []string{"lf", "crlf", "bom", "bom+crlf"} {
		site := baseSite(t)
		site["content/products/nuoc-mam.md"] = &fstest.MapFile{Data: []byte(variants[name])}
		site["content/producers/cs.md"] = &fstest.MapFile{Data: []byte("---\nname: \"Cơ sở Hải Toàn\"\nkind: \"hộ kinh doanh\"\ndistrict: \"Hải Hậu\"\n---\n")}
		w := renderSite(t, site, "https://ocop.example.vn/")
		got, ok := w.Files[page]
		if !ok {
			t.Fatalf("%s: %s not rendered", name, page)
		}
		if !bytes.Contains(got, []byte("<strong>cốt</strong>")) || bytes.Contains(got, []byte("\r")) || bytes.Contains(got, []byte("\ufeff")) {
			t.Errorf("%s: body not rendered cleanly", name)
		}
		if want == nil {
			want = got
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s gives a different page than lf:\n%s", name, outputtest.Diff(string(want), string(got)))
		}
	}
}

// TestPhoneLeadingZero is the output side of case yaml-001: an unquoted
// phone number keeps its leading zero in the text and in the tel: link.
func TestPhoneLeadingZero(t *testing.T) {
	for _, phone := range []string{"0912345678", "02283123456"} {
		site := baseSite(t)
		site["content/producers/cs.md"] = &fstest.MapFile{Data: []byte("---\nname: \"Cơ sở Hải Toàn\"\nkind: \"hộ kinh doanh\"\ndistrict: \"Hải Hậu\"\nphone: " + phone + "\n---\n")}
		site["content/showrooms/sr.md"] = &fstest.MapFile{Data: []byte("---\nname: \"Điểm bán Hải Hậu\"\ndistrict: \"Hải Hậu\"\naddress: \"Chợ Cồn\"\nphone: " + phone + "\n---\n")}
		w := renderSite(t, site, "https://ocop.example.vn/")
		want := `<a href="tel:` + phone + `">` + phone + `</a>`
		for _, p := range []string{"chu-the/co-so-hai-toan/index.html", "en/producers/co-so-hai-toan/index.html", "diem-ban/diem-ban-hai-hau/index.html"} {
			if got := string(w.Files[p]); !strings.Contains(got, want) {
				t.Errorf("phone: %s: %s lacks %s", phone, p, want)
			}
		}
	}
}

func TestTelURL(t *testing.T) {
	for in, want := range map[string]string{
		"0912345678":          "tel:0912345678",
		"0228 3123 456":       "tel:02283123456",
		"+84 912.345.678":     "tel:+84912345678",
		"(0228) 3123-456":     "tel:02283123456",
		"javascript:alert(1)": "",
		"09x":                 "",
		"":                    "",
		"+":                   "",
	} {
		if got := string(telURL(in)); got != want {
			t.Errorf("telURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMailtoURL(t *testing.T) {
	if got := mailtoURL("a@example.vn"); got != "mailto:a@example.vn" {
		t.Errorf("mailtoURL = %q", got)
	}
	for _, bad := range []string{`a@example.vn"><x`, "A <a@example.vn>", "javascript:alert(1)", ""} {
		if got := mailtoURL(bad); got != "" {
			t.Errorf("mailtoURL(%q) = %q", bad, got)
		}
	}
}

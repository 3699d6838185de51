package markdown

import (
	"strings"
	"testing"
)

func TestMarkdownLinks(t *testing.T) {
	md := New()
	for _, tc := range []struct {
		src, want string
	}{
		{"[Đặt hàng](javascript&colon;alert(1))", "<p>Đặt hàng</p>\n"},
		{"[x](JAVASCRIPT:alert(1))", "<p>x</p>\n"},
		{"[x](&#x6A;avascript:alert(1))", "<p>x</p>\n"},
		{"[x](data:text/html,<b>)", "<p>x</p>\n"},
		{"[x](file:///etc/passwd)", "<p>x</p>\n"},
		{"<vbscript:msgbox(1)>", "<p>vbscript:msgbox(1)</p>\n"},
		{"[x](https://example.vn/a?b=1&c=2)", `<p><a href="https://example.vn/a?b=1&amp;c=2">x</a></p>` + "\n"},
		{"[x](mailto:a@example.vn)", `<p><a href="mailto:a@example.vn">x</a></p>` + "\n"},
		{"[x](tel:0912345678)", `<p><a href="tel:0912345678">x</a></p>` + "\n"},
		{"[x](../chu-the/)", `<p><a href="../chu-the/">x</a></p>` + "\n"},
		{"www.example.vn", `<p><a href="http://www.example.vn">www.example.vn</a></p>` + "\n"},
		{"<img src=x onerror=alert(1)>", "<!-- raw HTML omitted -->\n"},
		{"a <b onclick=x>b</b>", "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n"},
		{"![a](https://evil.example/x.png)", "<p>a</p>\n"},
		{"![a](//evil.example/x.png)", "<p>a</p>\n"},
		{"![a](/etc/x.png)", "<p>a</p>\n"},
		{"![a](../../x.png)", "<p>a</p>\n"},
		{"~~cũ~~", "<p><del>cũ</del></p>\n"},
		{`"ngoặc" -- gạch`, "<p>&quot;ngoặc&quot; -- gạch</p>\n"},
	} {
		b, err := md.Render(tc.src, nil)
		if err != nil {
			t.Fatal(err)
		}
		if string(b.HTML) != tc.want {
			t.Errorf("render(%q) = %q, want %q", tc.src, b.HTML, tc.want)
		}
	}
}

func TestMarkdownImagesAndHeadings(t *testing.T) {
	md := New()
	var asked []string
	img := func(rel string) (string, bool) {
		asked = append(asked, rel)
		if rel == "missing.png" {
			return "", false
		}
		return "/ocop/san-pham/x/" + rel, true
	}
	b, err := md.Render("Đầu **tiên** của\nmô tả.\n\n## Một\n\n### Hai\n\n![Ảnh lúa](anh-2.jpg) ![Mất](missing.png) ![Dấu](%E1%BA%A3nh.png)\n", img)
	if err != nil {
		t.Fatal(err)
	}
	h := string(b.HTML)
	for _, want := range []string{
		"<h3>Một</h3>", "<h4>Hai</h4>",
		`<img src="/ocop/san-pham/x/anh-2.jpg" alt="Ảnh lúa" loading="lazy">`, "Mất",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("body lacks %s:\n%s", want, h)
		}
	}
	if strings.Contains(h, "missing.png") {
		t.Errorf("missing image is linked:\n%s", h)
	}
	if got := strings.Join(asked, ","); got != "anh-2.jpg,missing.png,ảnh.png" {
		t.Errorf("images asked for: %s", got)
	}
	if b.Summary != "Đầu tiên của mô tả." {
		t.Errorf("summary = %q", b.Summary)
	}
}

// TestFirstParagraphIsSummary checks that FirstParagraph, which only
// parses, gives the Summary that Render gives.
func TestFirstParagraphIsSummary(t *testing.T) {
	md := New()
	for _, src := range []string{
		"",
		"  \n",
		"Đầu **tiên** của\nmô tả.\n\nSau.\n",
		"# Tiêu đề\n\n- một\n- hai\n\nĐoạn [liên kết](https://example.vn) và www.example.vn &amp; `mã`.\n",
		"| a | b |\n|---|---|\n| 1 | 2 |\n\n~~cũ~~ mới\n",
		"> Trích dẫn\n\nSau trích dẫn.\n",
	} {
		b, err := md.Render(src, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := md.FirstParagraph(src); got != b.Summary {
			t.Errorf("FirstParagraph(%q) = %q, want Render's summary %q", src, got, b.Summary)
		}
	}
}

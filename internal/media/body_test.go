package media

import (
	"fmt"
	"strings"
	"testing"
)

// BodyRefs finds every image a page shows, with the line and column (in
// characters) of its "![", and nothing that only looks like one.
func TestBodyRefs(t *testing.T) {
	body := strings.Join([]string{
		"Gạo tám thơm ![ảnh](anh-1.jpg) ở đầu.", // 1
		"",                                    // 2
		"- một\n- hai ![](%E1%BA%A3nh-2.png)", // 3, 4
		"",                                    // 5
		"> trích ![x][ref]",                   // 6
		"",                                    // 7
		"| a | b |\n|---|---|\n| ![ô](&#7843;nh-3.webp) | đ |", // 8, 9, 10
		"", // 11
		"`![không](code.png)` \\![không](escaped.png)", // 12
		"",                              // 13
		"```\n![không](fence.png)\n```", // 14, 15, 16
		"",                              // 17
		"    ![không](indented.png)",    // 18
		"",                              // 19
		"![ngoài](https://evil.example/x.png) ![<b>](<có cách.svg>)", // 20
		"",                 // 21
		"[ref]: anh-4.jpg", // 22
	}, "\n")
	var got []string
	for _, r := range BodyRefs(body) {
		got = append(got, fmt.Sprintf("%d:%d %s", r.Line, r.Col, r.Ref))
	}
	want := []string{
		"1:14 anh-1.jpg",
		"4:7 ảnh-2.png",
		"6:9 anh-4.jpg",
		"10:3 ảnh-3.webp",
		"20:1 https://evil.example/x.png",
		"20:38 có cách.svg",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("BodyRefs:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if refs := BodyRefs("Không có ảnh [x](a.jpg) !"); refs != nil {
		t.Errorf("BodyRefs without images = %v", refs)
	}
}

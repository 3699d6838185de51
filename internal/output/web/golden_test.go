package web

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenPages are the fixture's output files compared with
// testdata/golden/<path>.
var goldenPages = []string{
	"index.html",
	"en/index.html",
	// A product with an image and a present-day place name.
	"san-pham/gao-nep-cai-hoa-vang-dien-xa/index.html",
	"en/products/gao-nep-cai-hoa-vang-dien-xa/index.html",
	// A product without an image.
	"san-pham/ruou-nep-hai-hau/index.html",
	"chu-the/hop-tac-xa-nong-nghiep-dien-xa/index.html",
	"du-lich/lang-theu-nam-truc/index.html",
	"hoi-cho/hoi-cho-ocop-nam-dinh-2024/index.html",
	"san-pham/index.html",
	"404.html",
	// The kiosks: the whole catalog's, and a showroom's page.
	"kiosk/index.html",
	"kiosk/data.js",
	"kiosk/d0.js",
	"kiosk/diem-gioi-thieu-san-pham-ocop-thanh-pho-nam-dinh/index.html",
	"sitemap.xml",
	"robots.txt",
}

func TestGolden(t *testing.T) {
	w, _ := renderSite(t, fixture(), "https://ocop.example.vn/")
	for _, p := range goldenPages {
		got, ok := w.files[p]
		if !ok {
			t.Errorf("%s was not rendered", p)
			continue
		}
		file := filepath.Join("testdata", "golden", filepath.FromSlash(p))
		if *update {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%s: %v (run go test ./internal/output/web -update)", p, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (go test ./internal/output/web -update rewrites it):\n%s", p, file, diff(string(want), string(got)))
		}
	}
}

// diff returns a line diff of want and got: lines only in want start with
// "-", lines only in got with "+", with up to 3 lines of context around
// each change.
func diff(want, got string) string {
	a, b := strings.Split(want, "\n"), strings.Split(got, "\n")
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type line struct {
		op   byte
		text string
	}
	var ls []line
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ls = append(ls, line{' ', a[i]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			ls = append(ls, line{'-', a[i]})
			i++
		default:
			ls = append(ls, line{'+', b[j]})
			j++
		}
	}
	const context = 3
	show := make([]bool, len(ls))
	for k, l := range ls {
		if l.op == ' ' {
			continue
		}
		for c := max(0, k-context); c <= min(len(ls)-1, k+context); c++ {
			show[c] = true
		}
	}
	var out strings.Builder
	out.WriteString("--- want\n+++ got\n")
	prev := -1
	for k, l := range ls {
		if !show[k] {
			continue
		}
		if prev >= 0 && k != prev+1 {
			out.WriteString("@@\n")
		}
		fmt.Fprintf(&out, "%c%s\n", l.op, l.text)
		prev = k
	}
	return out.String()
}

func TestDiff(t *testing.T) {
	got := diff("a\nb\nc\n1\n2\n3\n4\n5\n6\n7\nz\n", "a\nB\nc\n1\n2\n3\n4\n5\n6\n7\nZ\n")
	for _, want := range []string{"--- want", "+++ got", "-b\n+B", " a", " c", "@@", "-z\n+Z"} {
		if !strings.Contains(got, want) {
			t.Errorf("diff lacks %q:\n%s", want, got)
		}
	}
}

package sitetest

import (
	"flag"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"
)

var updateCases = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// TestCases runs the harness's own cases, on the repository's base site.
func TestCases(t *testing.T) {
	Run(t, "testdata", Options{Update: *updateCases})
}

// TestFailures checks that a case whose wants are not met fails naming
// each section, with what the command gave before what is wanted.
func TestFailures(t *testing.T) {
	base, err := baseSite("")
	if err != nil {
		t.Fatal(err)
	}
	a := txtar.Parse([]byte(`-- cmd --
build
-- content/products/gao-tam.md --
---
name: Gạo tám
stars: 6
---
-- want/exit --
0
-- want/diagnostics --
content/products/gao-tam.md:3:8: stars must be 1–5, got 5
-- want/contains/index.html --
Gạo tám
`))
	r, err := runCase(a, base, time.Time{}, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(compare(a, r), "\n")
	want := `want/exit: got 1, want 0
want/diagnostics:
got:
content/products/gao-tam.md:3:8: stars must be 1–5, got 6
want:
content/products/gao-tam.md:3:8: stars must be 1–5, got 5

want/contains/index.html: got no file index.html in the output`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestRejects checks that an archive the harness cannot read as a case is
// an error, not a case that passes.
func TestRejects(t *testing.T) {
	base, err := baseSite("")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ archive, want string }{
		{"-- want/stdout --\nx\n", `unknown section "want/stdout"`},
		{"-- cmd --\nserve\n", "cmd: want check or build, got \"serve\""},
		{"-- cmd --\ncheck --brochures\n", "cmd: flag provided but not defined: -brochures"},
		{"-- cmd --\ncheck extra\n", `cmd: unexpected argument "extra"`},
		{"-- want/page/index.html --\nx\n", "want/page/index.html: an output file needs cmd build"},
		{"-- cmd --\nbuild\n-- want/page/../x --\n", `want/page/../x: "../x" is not a path inside the output folder`},
		{"-- content/../x.md --\n", "content/../x.md: not a clean slash-separated path"},
	} {
		_, err := runCase(txtar.Parse([]byte(tc.archive)), base, time.Time{}, t.TempDir())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want an error with %q", tc.archive, err, tc.want)
		}
	}
}

package main

import (
	"bytes"
	"github.com/namdinh-ocop/ocop/internal/filetree"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runOcop runs the command in-process and returns its exit code and output.
func runOcop(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// copySite copies the real site's reference data (config, groups,
// geography) into a new folder, plus files, and returns the folder.
func copySite(t *testing.T, withRecords bool, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(filepath.Join(root, "content"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		slash := filepath.ToSlash(rel)
		isRecord := strings.Count(slash, "/") >= 2 && !strings.HasPrefix(slash, "content/geo/")
		if isRecord && !withRecords {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "Usage:"},
		// Vietnamese by default, English with --lang en (given before the
		// mistake, as flags are read in order).
		{[]string{"frobnicate"}, 2, `ocop: không có lệnh "frobnicate"`},
		{[]string{"check", "--nope"}, 2, "ocop check: không có tuỳ chọn -nope; chạy ocop help để xem các tuỳ chọn"},
		{[]string{"check", "--lang", "en", "--nope"}, 2, "ocop check: unknown option -nope; run ocop help to see the options"},
		{[]string{"check", "--source"}, 2, "ocop check: tuỳ chọn -source cần một giá trị"},
		{[]string{"check", "--format", "xml"}, 2, "--format phải là text, json hoặc github"},
		{[]string{"check", "--lang", "en", "--format", "xml"}, 2, "--format must be text, json or github"},
		{[]string{"check", "--lang", "fr"}, 2, `ocop check: --lang phải là vi hoặc en, nhưng lại là "fr"`},
		{[]string{"check", "--source", "/does/not/exist"}, 2, "thư mục nguồn /does/not/exist"},
		{[]string{"check", "--lang", "en", "--source", "/does/not/exist"}, 2, "source folder /does/not/exist"},
		{[]string{"build", "extra"}, 2, `thừa đối số "extra"`},
		{[]string{"build", "--lang", "en", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"brochure", "--source", "../.."}, 2, "hãy dùng đúng một trong --showroom SLUG, --fair SLUG hoặc --all"},
		{[]string{"brochure", "--source", "../..", "--lang", "en"}, 2, "give exactly one of --showroom SLUG, --fair SLUG or --all"},
		{[]string{"brochure", "--source", "../..", "--all", "--labels", "--lang", "en"}, 2, "--labels needs --showroom SLUG"},
		{[]string{"brochure", "--source", "../..", "--showroom", "nowhere"}, 2, `không có điểm bán "nowhere"; các điểm bán là: giao-thuy`},
		{[]string{"brochure", "--source", "../..", "--fair", "nowhere", "--lang", "en"}, 2, `no fair "nowhere"; fairs are: `},
		{[]string{"brochure", "--source", "../..", "--all", "--paper", "A3", "--lang", "en"}, 2, "--paper must be A4 or A5"},
		{[]string{"help"}, 0, "ocop check [--source DIR] [--strict] [--format text|json|github] [--errors-only] [--lang vi|en]"},
		{[]string{"version"}, 0, "ocop "},
	} {
		code, out, errOut := runOcop(t, tc.args...)
		if code != tc.code || !strings.Contains(out+errOut, tc.want) {
			t.Errorf("ocop %v: exit %d, output %q; want exit %d and %q", tc.args, code, out+errOut, tc.code, tc.want)
		}
	}
}

// The real catalog has no errors.
func TestCheckRealCatalog(t *testing.T) {
	code, out, _ := runOcop(t, "check", "--source", "../..")
	if code != 0 {
		t.Fatalf("ocop check on content/: exit %d\n%s", code, out)
	}
	if !strings.Contains(out, "0 lỗi") {
		t.Errorf("summary = %q, want 0 lỗi (0 errors)", lastLine(out))
	}
	// Warnings (gaps in the facts) fail only under --strict.
	if code, _, _ := runOcop(t, "check", "--source", "../..", "--strict"); code != 1 {
		t.Errorf("check --strict: exit %d, want 1 (the catalog has gaps)", code)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// Building the real catalog twice gives byte-identical output, and a
// sub-path base URL reaches every link.
func TestBuildRealCatalog(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the whole catalog")
	}
	dest1, dest2 := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	for _, dest := range []string{dest1, dest2} {
		code, out, errOut := runOcop(t, "build", "--source", "../..", "--dest", dest)
		if code != 0 {
			t.Fatalf("build: exit %d\n%s%s", code, out, errOut)
		}
	}
	a, b := filetree.Read(t, dest1, false), filetree.Read(t, dest2, false)
	if len(a) != len(b) {
		t.Fatalf("two builds wrote %d and %d files", len(a), len(b))
	}
	for name, body := range a {
		if b[name] != body {
			t.Errorf("%s differs between two builds", name)
		}
	}
	for _, want := range []string{"index.html", "404.html", "sitemap.xml", "robots.txt", "san-pham/gao-nep-bac-nghia-binh/index.html", "en/products/gao-nep-bac-nghia-binh/index.html", "diem-ban/hai-hau/index.html"} {
		if _, ok := a[want]; !ok {
			t.Errorf("build did not write %s", want)
		}
	}
	// A second build over an existing folder replaces it whole.
	os.WriteFile(filepath.Join(dest1, "stale.html"), []byte("x"), 0o644)
	if code, _, errOut := runOcop(t, "build", "--source", "../..", "--dest", dest1); code != 0 {
		t.Fatal(errOut)
	}
	if _, err := os.Stat(filepath.Join(dest1, "stale.html")); err == nil {
		t.Error("a file of the previous build survived the swap")
	}
}

// A build never writes over the site's own folder or its content.
func TestBuildRefusesDangerousDest(t *testing.T) {
	dir := copySite(t, false, nil)
	for _, dest := range []string{dir, filepath.Join(dir, "content"), filepath.Join(dir, "content", "products"), filepath.Join(dir, "themes", "x"), filepath.Dir(dir)} {
		code, _, errOut := runOcop(t, "build", "--lang", "en", "--source", dir, "--dest", dest)
		if code != 2 || !strings.Contains(errOut, "would replace the site's own folder") && !strings.Contains(errOut, "is inside the site's") {
			t.Errorf("build --dest %s: exit %d, %s; want exit 2 and a refusal", dest, code, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "site.yaml")); err != nil {
		t.Errorf("content was harmed: %v", err)
	}
	// A folder without content/ is a usage error.
	code, _, errOut := runOcop(t, "check", "--lang", "en", "--source", t.TempDir())
	if code != 2 || !strings.Contains(errOut, "has no content/ folder") {
		t.Errorf("check in an empty folder: exit %d, %s", code, errOut)
	}
}

// ocop brochure writes a PDF that names the showroom's products.
func TestBrochureCommand(t *testing.T) {
	dest := t.TempDir()
	code, out, errOut := runOcop(t, "brochure", "--source", "../..", "--all", "--dest", dest)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(filepath.Join(dest, "toan-bo.pdf"))
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("no PDF written (%v); stdout %q", err, out)
	}
}

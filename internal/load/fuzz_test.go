package load

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// The fuzz targets below load one fuzzed file inside the small sound site
// refSite, through Content and Validate, and check that nothing panics and
// that every diagnostic names a file of the site, at a line and column
// inside that file (or 0 for the whole file or line). Each is seeded with
// the matching files of the real catalog (../../content) and a few broken
// ones; inputs that once failed are kept in testdata/fuzz/<target>/.
//
// Run one for a while with, for example:
//
//	go test ./internal/load -run '^$' -fuzz FuzzGroups -fuzztime 5m -fuzzminimizetime 5s
//
// Each run loads a whole small site, about a millisecond, and the real
// geography seeds are 20 KB, so minimizing a new input for the default
// minute would leave a short run with little time to fuzz; a few seconds
// of -fuzzminimizetime keep it fuzzing.

// FuzzFrontMatter fuzzes a whole record file, front matter and body, as a
// product, a producer, a tourism site, a showroom and a fair at once.
func FuzzFrontMatter(f *testing.F) {
	for _, dir := range []string{"products", "producers", "sites", "showrooms", "fairs"} {
		addReal(f, "../../content/"+dir, ".md")
	}
	for _, p := range []string{"content/products/a.md", "content/producers/htx.md", "content/showrooms/nt.md", "content/fairs/hoi-cho.md"} {
		f.Add([]byte(refSite[p]))
	}
	for _, s := range []string{
		"---\nname: A\nstars: 4\n---\nbody",
		"\uFEFF---\r\nname: \"x\r\n---\r\n",
		"---\nname: &a [*a]\n---\n",
		"---\ncertificate: {date: 2021-02-30}\nimages: [../../x.png]\n---\n",
		"---\nname: Null\nname_en: ~\ntags: [yes, .inf, 012]\n---\n",
		"---\nname: A\ntags: [gạo\nstars: 4\n---\n",
		"---\nname: A\n...\nstars: 4\n---\n",
		"---\nname: A\ncertificate:\n  number: 1\n date: 2021-01-01\n---\n",
		"---\nname: A\nkiosk: {featured: [a, a], idle_seconds: 1}\nselect: {districts: [x]}\n---\n",
		"---\nname: A\r\nsummary: B\xe1nh\r---\r",
		"---\nname: A\n",
		"---\nname: A\u2029\nstars: {x: 1}\n---\n",
		"no front matter",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		files := map[string]string{}
		for _, dir := range []string{"products", "producers", "sites", "showrooms", "fairs"} {
			files["content/"+dir+"/f.md"] = string(data)
		}
		checkFuzzed(t, refFS(files))
	})
}

// FuzzGroups fuzzes content/groups.yaml.
func FuzzGroups(f *testing.F) {
	addReal(f, "../../content", "groups.yaml")
	f.Add([]byte(refSite[groupsPath]))
	addBroken(f, refSite[groupsPath])
	f.Add([]byte("browse: {id: x}\nsystems: [{id: [1048]}, {groups: [{browse: [x]}]}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFuzzed(t, refFS(map[string]string{groupsPath: string(data)}))
	})
}

// FuzzGeo fuzzes a geography snapshot: the oldest of the two files of
// refSite, which products name their districts in; its date may move it
// after the other.
func FuzzGeo(f *testing.F) {
	addReal(f, "../../content/geo", ".yaml")
	f.Add([]byte(refSite["content/geo/2024-05-01.yaml"]))
	f.Add([]byte(refSite["content/geo/2025-07-01.yaml"]))
	addBroken(f, refSite["content/geo/2024-05-01.yaml"])
	f.Add([]byte("date: 2026-01-01\nunits:\n  - {code: \"1\", name: X, from: [\"Huyện Nam Trực/Xã Điền Xá\", \"/\", \"\"]}\n"))
	f.Add([]byte("date: 2020-01-01\ndistricts: [{name: Nam Trực, units: [~, {name: ~}]}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFuzzed(t, refFS(map[string]string{"content/geo/2024-05-01.yaml": string(data)}))
	})
}

// FuzzSiteConfig fuzzes content/site.yaml.
func FuzzSiteConfig(f *testing.F) {
	addReal(f, "../../content", "site.yaml")
	f.Add([]byte(refSite[configPath]))
	addBroken(f, refSite[configPath])
	// YAML reads U+0085, U+2028 and U+2029 as line ends: positions
	// past the end of the file, until they were reported.
	f.Add([]byte("title: A\u2028\nbase_url: {x: 1}\n"))
	f.Add([]byte("title: |\n  a\u0085\n  b\nlanguages: 5\x01\n"))
	f.Add([]byte("title: ~\nbase_url: /x\nlanguages: [{code: en}, {code: vi}, ~]\ntargets: {groups: {x: 1, y: [1]}, five_star_percent: .inf}\ntheme: ../x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFuzzed(t, refFS(map[string]string{configPath: string(data)}))
	})
}

// addReal seeds f with every file under dir whose name ends in suffix.
func addReal(f *testing.F, dir, suffix string) {
	f.Helper()
	n := 0
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || !strings.HasSuffix(p, suffix) {
			return err
		}
		b, err := os.ReadFile(path.Join(dir, p))
		if err != nil {
			return err
		}
		f.Add(b)
		n++
		return nil
	})
	if err != nil || n == 0 {
		f.Fatalf("seeds from %s: %d files, %v", dir, n, err)
	}
}

// addBroken seeds f with src broken in the usual ways: an unclosed quote
// and bracket, a key put off by a space, a tab, a second document, CRLF
// line endings, a byte that is not UTF-8, and cut in half.
func addBroken(f *testing.F, src string) {
	lines := strings.Split(src, "\n")
	mid := len(lines) / 2
	with := func(i int, l string) string {
		c := append([]string(nil), lines...)
		c[i] = l
		return strings.Join(c, "\n")
	}
	for _, s := range []string{
		with(0, lines[0]+` "`),
		with(mid, lines[mid]+" [x"),
		with(mid, " "+lines[mid]),
		with(mid, "\t"+lines[mid]),
		with(mid, "---"),
		strings.ReplaceAll(src, "\n", "\r\n"),
		with(mid, lines[mid]+"\xff"),
		src[:len(src)/2],
	} {
		f.Add([]byte(s))
	}
}

// checkFuzzed loads and validates fsys, and checks every diagnostic's
// position against the file it names.
func checkFuzzed(t *testing.T, fsys fstest.MapFS) {
	t.Helper()
	c, ds := Content(fsys)
	ds = append(ds, c.Validate(catalog.CheckOptions{
		Today:  catalog.Date{Year: 2025, Month: 6, Day: 1},
		Exists: func(p string) bool { _, err := fs.Stat(fsys, p); return err == nil },
	})...)
	for _, d := range ds {
		if msg := posProblem(fsys, d.Pos); msg != "" {
			t.Errorf("%s: %s", d, msg)
		}
	}
}

// posProblem says what is wrong with pos in fsys: a path that is not a
// file, or a line or column outside the file; "" when nothing is. A line
// ends at LF, CRLF or CR; a column may be one past the line's last
// character, counted before or after NFC normalisation.
func posProblem(fsys fstest.MapFS, pos catalog.Pos) string {
	f, ok := fsys[pos.Path]
	if !ok || f.Mode.IsDir() {
		return "names no file of the site"
	}
	if pos.Line < 0 || pos.Col < 0 || (pos.Line == 0 && pos.Col != 0) {
		return "has a negative line or column, or a column without a line"
	}
	if pos.Line == 0 {
		return ""
	}
	b := bytes.TrimPrefix(f.Data, bom)
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	b = bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
	lines := bytes.Split(b, []byte("\n"))
	if pos.Line > len(lines) {
		return "line is past the end of the file, which has " + strconv.Itoa(len(lines)) + " lines"
	}
	l := lines[pos.Line-1]
	width := utf8.RuneCount(l)
	if utf8.Valid(l) {
		width = max(width, utf8.RuneCount(norm.NFC.Bytes(l)))
	}
	if pos.Col > width+1 {
		return "column is past the end of line " + strconv.Itoa(pos.Line) + ", which has " + strconv.Itoa(width) + " characters"
	}
	return ""
}

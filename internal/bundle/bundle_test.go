package bundle

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/evanw/esbuild/pkg/api"
)

// theme is a small theme: an entry importing two modules, one of which
// imports a third from another folder.
func theme() fstest.MapFS {
	return fstest.MapFS{
		"scripts/main.js": {Data: []byte(`import { el } from "./lib/dom.js";
import { vnd } from "./lib/format.js";
export const unused = 1;
document.body.append(el("p", vnd(120000) + " — Nước mắm"));
`)},
		"scripts/lib/dom.js": {Data: []byte(`// el makes an element holding text.
export function el(tag, text) {
  const e = document.createElement(tag);
  e.textContent = text;
  return e;
}
`)},
		"scripts/lib/format.js": {Data: []byte(`import { group } from "../util/digits.js";
export function vnd(n) { return group(n) + " ₫"; }
`)},
		"scripts/util/digits.js": {Data: []byte(`export function group(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
`)},
		"scripts/kiosk-sw.js": {Data: []byte(`const files = OCOP_KIOSK.files;
self.addEventListener("install", (e) => e.waitUntil(caches.open(OCOP_KIOSK.name).then((c) => c.addAll(files))));
`)},
	}
}

func TestScriptsSameBytesTwice(t *testing.T) {
	entries := []Entry{
		{Src: "scripts/main.js", Out: "assets/main.js"},
		{Src: "scripts/kiosk-sw.js", Out: "kiosk/sw.js", Define: map[string]string{
			"OCOP_KIOSK": `{"name":"ocop-1","files":["./","../assets/site.css","d0.js"]}`,
		}},
	}
	first, err := Scripts(theme(), entries)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != 2 || first[0].Path != "assets/main.js" || first[1].Path != "kiosk/sw.js" {
		t.Fatalf("got files %v, want assets/main.js and kiosk/sw.js in entry order", paths(first))
	}
	for range 3 {
		again, err := Scripts(theme(), entries)
		if err != nil {
			t.Fatal(err)
		}
		for i := range first {
			if !bytes.Equal(again[i].Data, first[i].Data) {
				t.Fatalf("%s differs between runs:\n%s\n%s", first[i].Path, again[i].Data, first[i].Data)
			}
		}
	}
	main := string(first[0].Data)
	for _, want := range []string{"Nước mắm", "₫", "createElement"} {
		if !strings.Contains(main, want) {
			t.Errorf("assets/main.js lacks %q:\n%s", want, main)
		}
	}
	for _, gone := range []string{"// el makes", "unused", "\n\n"} {
		if strings.Contains(main, gone) {
			t.Errorf("assets/main.js still has %q (not minified):\n%s", gone, main)
		}
	}
}

func TestScriptsDefine(t *testing.T) {
	files, err := Scripts(theme(), []Entry{{Src: "scripts/kiosk-sw.js", Out: "kiosk/sw.js", Define: map[string]string{
		"OCOP_KIOSK": `{"name":"ocop-7f3a","files":["./","../assets/site.css","d0.js"]}`,
	}}})
	if err != nil {
		t.Fatal(err)
	}
	got := string(files[0].Data)
	if strings.Contains(got, "OCOP_KIOSK") {
		t.Errorf("OCOP_KIOSK left in the script:\n%s", got)
	}
	for _, want := range []string{`"ocop-7f3a"`, `"../assets/site.css"`, `"d0.js"`} {
		if !strings.Contains(got, want) {
			t.Errorf("script lacks %s from Define:\n%s", want, got)
		}
	}
	classic(t, "kiosk/sw.js", files[0].Data)
}

func TestScriptsAreClassic(t *testing.T) {
	files, err := Scripts(theme(), []Entry{{Src: "scripts/main.js", Out: "assets/main.js"}})
	if err != nil {
		t.Fatal(err)
	}
	classic(t, "assets/main.js", files[0].Data)
	// Every module is in the one file: nothing is left to load.
	if got := string(files[0].Data); !strings.Contains(got, `"."`) || !strings.Contains(got, "textContent") {
		t.Errorf("assets/main.js lacks the imported modules:\n%s", got)
	}
}

// TestScriptsModuleOnce checks that a module imported from several places,
// the entry's own module included, is in the script once.
func TestScriptsModuleOnce(t *testing.T) {
	fsys := fstest.MapFS{
		"scripts/a.js":     {Data: []byte("import \"./b.js\";\nimport \"./c.js\";\nconsole.log(\"entry once\");\n")},
		"scripts/b.js":     {Data: []byte("import \"./lib/x.js\";\nimport \"./a.js\";\n")},
		"scripts/c.js":     {Data: []byte("import \"./lib/x.js\";\n")},
		"scripts/lib/x.js": {Data: []byte("import \"../a.js\";\nconsole.log(\"lib once\");\n")},
	}
	files, err := Scripts(fsys, []Entry{{Src: "scripts/a.js", Out: "assets/a.js"}})
	if err != nil {
		t.Fatal(err)
	}
	got := string(files[0].Data)
	for _, once := range []string{"entry once", "lib once"} {
		if n := strings.Count(got, once); n != 1 {
			t.Errorf("%q is %d times in the script, want once:\n%s", once, n, got)
		}
	}
	classic(t, "assets/a.js", files[0].Data)
}

// TestScriptsErrors pins the exact messages.
func TestScriptsErrors(t *testing.T) {
	for _, tc := range []struct {
		name    string
		files   map[string]string
		entries []Entry
		want    string
	}{{
		name:  "syntax error, column in characters",
		files: map[string]string{"scripts/x.js": "// Tìm kiếm\nconst tên = \"Gạo\"; let x = ;\n"},
		want:  `scripts/x.js:2:28: unexpected ";"`,
	}, {
		name: "syntax error in an imported module",
		files: map[string]string{
			"scripts/x.js":     "import { f } from \"./lib/f.js\";\nf();\n",
			"scripts/lib/f.js": "export function f() {\n  return (1;\n}\n",
		},
		want: `scripts/lib/f.js:2:12: expected ")" but found ";"`,
	}, {
		name:  "missing import",
		files: map[string]string{"scripts/x.js": "import \"./lib/nope.js\";\n"},
		want:  `scripts/x.js:1:8: import "./lib/nope.js": scripts/lib/nope.js does not exist in the theme`,
	}, {
		name: "import without its extension",
		files: map[string]string{
			"scripts/x.js":       "import { el } from \"./lib/dom\";\nel();\n",
			"scripts/lib/dom.js": "export function el() {}\n",
		},
		want: `scripts/x.js:1:20: import "./lib/dom": scripts/lib/dom does not exist in the theme (did you mean dom.js? imports name the file with its extension)`,
	}, {
		name: "import leaving the theme",
		files: map[string]string{
			"scripts/x.js":     "import \"./lib/a.js\";\n",
			"scripts/lib/a.js": "import \"../../../etc/passwd.js\";\n",
		},
		want: `scripts/lib/a.js:1:8: import "../../../etc/passwd.js" leaves the theme`,
	}, {
		name:  "package import",
		files: map[string]string{"scripts/x.js": "import lodash from \"lodash\";\nlodash();\n"},
		want:  `scripts/x.js:1:20: import "lodash": only relative imports of the theme's own modules (./ or ../) are allowed`,
	}, {
		name:  "absolute import",
		files: map[string]string{"scripts/x.js": "import \"/scripts/y.js\";\n", "scripts/y.js": ""},
		want:  `scripts/x.js:1:8: import "/scripts/y.js": only relative imports of the theme's own modules (./ or ../) are allowed`,
	}, {
		name:  "import of a file that is not a module",
		files: map[string]string{"scripts/x.js": "import \"../assets/site.css\";\n", "assets/site.css": "p{}"},
		want:  `scripts/x.js:1:8: import "../assets/site.css": assets/site.css is not a .js module`,
	}, {
		name:  "import of a folder",
		files: map[string]string{"scripts/x.js": "import \"./lib\";\n", "scripts/lib/a.js": ""},
		want:  `scripts/x.js:1:8: import "./lib": scripts/lib is not a file`,
	}, {
		name:  "warnings fail too",
		files: map[string]string{"scripts/x.js": "if (x == -0) {}\nconsole.log(import.meta.url);\n"},
		want: `scripts/x.js:1:10: comparison with -0 using the "==" operator will also match 0
scripts/x.js:2:13: "import.meta" is not available in the configured target environment ("es2018") and will be empty`,
	}, {
		name:    "missing entry",
		files:   map[string]string{},
		entries: []Entry{{Src: "scripts/x.js", Out: "assets/x.js"}},
		want:    `scripts/x.js: does not exist in the theme`,
	}, {
		name:    "bad define",
		files:   map[string]string{"scripts/x.js": "console.log(K);\n"},
		entries: []Entry{{Src: "scripts/x.js", Out: "assets/x.js", Define: map[string]string{"K": "{a"}}},
		want:    `scripts/x.js: invalid define value (must be an entity name or JS literal): {a`,
	}, {
		name:    "entry outside the theme",
		entries: []Entry{{Src: "../x.js", Out: "assets/x.js"}},
		want:    `script entry "../x.js": not a slash path inside the theme`,
	}, {
		name:    "output outside the output",
		files:   map[string]string{"scripts/x.js": ""},
		entries: []Entry{{Src: "scripts/x.js", Out: "/tmp/x.js"}},
		want:    `script entry scripts/x.js: output "/tmp/x.js" is not a slash path inside the output`,
	}, {
		name:    "one output twice",
		files:   map[string]string{"scripts/x.js": "", "scripts/y.js": ""},
		entries: []Entry{{Src: "scripts/x.js", Out: "assets/x.js"}, {Src: "scripts/y.js", Out: "assets/x.js"}},
		want:    `script entry scripts/y.js: assets/x.js is made by another entry too`,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for p, s := range tc.files {
				fsys[p] = &fstest.MapFile{Data: []byte(s)}
			}
			entries := tc.entries
			if entries == nil {
				entries = []Entry{{Src: "scripts/x.js", Out: "assets/x.js"}}
			}
			files, err := Scripts(fsys, entries)
			if err == nil {
				t.Fatalf("got %d files and no error, want %s", len(files), tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("got  %s\nwant %s", err, tc.want)
			}
		})
	}
}

// TestScriptsReadNoDisk checks that a module is looked for in the theme
// only, even when the working folder has a file of that path.
func TestScriptsReadNoDisk(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "scripts"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"x.js", "disk.js"} {
		if err := os.WriteFile(filepath.Join(dir, "scripts", name), []byte("console.log('from disk');\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	fsys := fstest.MapFS{"scripts/x.js": {Data: []byte("import \"./disk.js\";\n")}}
	_, err := Scripts(fsys, []Entry{{Src: "scripts/x.js", Out: "assets/x.js"}})
	want := `scripts/x.js:1:8: import "./disk.js": scripts/disk.js does not exist in the theme`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	_, err = Scripts(fstest.MapFS{}, []Entry{{Src: "scripts/x.js", Out: "assets/x.js"}})
	want = `scripts/x.js: does not exist in the theme`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// defaultScripts are the default theme's script entries, as the build
// bundles them.
var defaultScripts = []Entry{
	{Src: "scripts/search.js", Out: "assets/search.js"},
	{Src: "scripts/search-ui.js", Out: "assets/search-ui.js"},
	{Src: "scripts/search-page.js", Out: "assets/search-page.js"},
	{Src: "scripts/filter.js", Out: "assets/filter.js"},
	{Src: "scripts/kiosk.js", Out: "assets/kiosk.js"},
}

func TestDefaultThemeScripts(t *testing.T) {
	fsys := os.DirFS(filepath.Join("..", "..", "themes", "default"))
	files, err := Scripts(fsys, defaultScripts)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if len(f.Data) == 0 {
			t.Errorf("%s is empty", f.Path)
		}
		classic(t, f.Path, f.Data)
	}
}

// BenchmarkScripts bundles the default theme's scripts and reports their
// sizes (min-B), raw and gzipped (-gz-B).
func BenchmarkScripts(b *testing.B) {
	fsys := os.DirFS(filepath.Join("..", "..", "themes", "default"))
	var files []File
	for b.Loop() {
		var err error
		if files, err = Scripts(fsys, defaultScripts); err != nil {
			b.Fatal(err)
		}
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f.Path), ".js")
		b.ReportMetric(float64(len(f.Data)), name+"-min-B")
		b.ReportMetric(float64(gzipped(b, f.Data)), name+"-min-gz-B")
	}
}

// iife is the shape of a strict classic script that runs at once and
// leaves no top-level names.
var iife = regexp.MustCompile(`^"use strict";\n\(\(\)=>\{[\s\S]*\}\)\(\);\n$`)

// classic fails t unless data is one arrow function called at once, and
// parses as a script with no import or export left (esbuild marks a file
// with either as "esm" in its metafile, one with require or module as "cjs").
func classic(t *testing.T, name string, data []byte) {
	t.Helper()
	if !iife.Match(data) {
		t.Errorf("%s is not one function expression run at once:\n%.200s", name, data)
	}
	res := api.Build(api.BuildOptions{
		Stdin:    &api.StdinOptions{Contents: string(data), Sourcefile: name, Loader: api.LoaderJS},
		Metafile: true,
		LogLevel: api.LogLevelSilent,
	})
	for _, m := range append(res.Errors, res.Warnings...) {
		t.Errorf("%s does not parse: %s", name, m.Text)
	}
	var meta struct {
		Inputs map[string]struct {
			Format  string            `json:"format"`
			Imports []json.RawMessage `json:"imports"`
		} `json:"inputs"`
	}
	if err := json.Unmarshal([]byte(res.Metafile), &meta); err != nil {
		t.Fatalf("%s: metafile: %v", name, err)
	}
	in, ok := meta.Inputs[name]
	if !ok {
		t.Fatalf("%s: not in the metafile %s", name, res.Metafile)
	}
	if in.Format != "" || len(in.Imports) != 0 {
		t.Errorf("%s is a module (format %q, %d imports), want a classic script", name, in.Format, len(in.Imports))
	}
}

func gzipped(tb testing.TB, data []byte) int {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		tb.Fatal(err)
	}
	zw.Write(data)
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Len()
}

func paths(files []File) []string {
	var ps []string
	for _, f := range files {
		ps = append(ps, f.Path)
	}
	return ps
}

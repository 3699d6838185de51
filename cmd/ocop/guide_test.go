package main

import (
	"bytes"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// guidePath is the editors' guide, relative to this folder.
const guidePath = "../../docs/huong-dan-bien-tap.md"

// guideKinds names, for each kind of record, the heading of its section
// in the guide's key reference (a "### " heading holding this text) and
// the type its front matter is decoded into.
var guideKinds = []struct {
	heading string
	typ     reflect.Type
}{
	{"`content/products/<mã>.md`", reflect.TypeFor[catalog.Product]()},
	{"`content/producers/<mã>.md`", reflect.TypeFor[catalog.Producer]()},
	{"`content/sites/<mã>.md`", reflect.TypeFor[catalog.Site]()},
	{"`content/showrooms/<mã>.md`", reflect.TypeFor[catalog.Showroom]()},
	{"`content/fairs/<mã>.md`", reflect.TypeFor[catalog.Fair]()},
	{"`content/site.yaml`", reflect.TypeFor[catalog.Config]()},
}

// guideFlags are commands and flags the guide shows that a build of ocop
// may lack, with the flags each takes; a command line of the guide is
// checked against run's own flags and these. An entry that run already
// knows is logged, so it can be removed.
var guideFlags = map[string][]string{
	"new":    {"source", "lang"},
	"schema": {"source"},
	"import": {"decision", "date", "write", "source", "lang"},
	"check":  {"report"},
}

func readGuide(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(guidePath)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// yamlKeys returns the front matter keys of struct type t, nested keys
// written with their parent's key and a dot ("certificate.date"; the keys
// of a list's items as "buy.url"), in field order. Embedded structs
// marked inline give their keys at the level of t; untagged fields and
// those tagged "-" are not read from YAML and give none.
func yamlKeys(t reflect.Type, prefix string) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if slices.Contains(strings.Split(opts, ","), "inline") {
			keys = append(keys, yamlKeys(f.Type, prefix)...)
			continue
		}
		if name == "" {
			continue
		}
		key := prefix + name
		keys = append(keys, key)
		ft := f.Type
		for ft.Kind() == reflect.Slice || ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct {
			keys = append(keys, yamlKeys(ft, key+".")...)
		}
	}
	return keys
}

// guideSection returns the text of the "### " section of guide whose
// heading holds heading, up to the next heading of level 2 or 3.
func guideSection(t *testing.T, guide, heading string) string {
	t.Helper()
	var found []string
	lines := strings.Split(guide, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "### ") || !strings.Contains(l, heading) {
			continue
		}
		end := len(lines)
		for j := i + 1; j < len(lines); j++ {
			if strings.HasPrefix(lines[j], "## ") || strings.HasPrefix(lines[j], "### ") {
				end = j
				break
			}
		}
		found = append(found, strings.Join(lines[i:end], "\n"))
	}
	if len(found) != 1 {
		t.Fatalf("the guide has %d sections headed %q, want 1", len(found), heading)
	}
	return found[0]
}

// tableKeyRe matches a table row of the key reference: "| `key` | …".
var tableKeyRe = regexp.MustCompile("(?m)^\\| `([a-z_.]+)` \\|")

// TestGuideKeys fails when a key of a record kind has no row in that
// kind's table in the editors' guide, or when a row names a key the kind
// does not have, so that the guide and the model cannot drift apart.
func TestGuideKeys(t *testing.T) {
	guide := readGuide(t)
	for _, k := range guideKinds {
		t.Run(k.typ.Name(), func(t *testing.T) {
			section := guideSection(t, guide, k.heading)
			var rows []string
			for _, m := range tableKeyRe.FindAllStringSubmatch(section, -1) {
				rows = append(rows, m[1])
			}
			keys := yamlKeys(k.typ, "")
			if len(keys) == 0 {
				t.Fatalf("%s has no yaml keys", k.typ)
			}
			for _, key := range keys {
				if !slices.Contains(rows, key) {
					t.Errorf("the guide's section %s has no row for key %q; add | `%s` | bắt buộc? | ý nghĩa | ví dụ |", k.heading, key, key)
				}
			}
			for _, row := range rows {
				if !slices.Contains(keys, row) {
					t.Errorf("the guide's section %s has a row for %q, which is not a key of %s; keys: %q", k.heading, row, k.typ, keys)
				}
			}
		})
	}
}

// TestYAMLKeys pins yamlKeys on a struct with every case it handles.
func TestYAMLKeys(t *testing.T) {
	type item struct {
		A string `yaml:"a"`
	}
	type inner struct {
		B int `yaml:"b"`
	}
	type head struct {
		Name string `yaml:"name"`
	}
	type record struct {
		head     `yaml:",inline"`
		Skipped  string `yaml:"-"`
		Untagged string
		Date     catalog.Date `yaml:"date"`
		In       inner        `yaml:"in"`
		Items    []item       `yaml:"items"`
	}
	got := yamlKeys(reflect.TypeFor[record](), "")
	want := []string{"name", "date", "in", "in.b", "items", "items.a"}
	if !slices.Equal(got, want) {
		t.Errorf("yamlKeys = %q, want %q", got, want)
	}
}

// guideCommands returns every ocop command line the guide shows: the
// lines of its code blocks that start with "ocop ", and its inline code
// spans that do.
func guideCommands(guide string) []string {
	var cmds []string
	inBlock := false
	for l := range strings.SplitSeq(guide, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") {
			inBlock = !inBlock
			continue
		}
		if inBlock {
			if strings.HasPrefix(t, "ocop ") {
				cmds = append(cmds, t)
			}
			continue
		}
		for _, m := range regexp.MustCompile("`(ocop [^`]+)`").FindAllStringSubmatch(l, -1) {
			cmds = append(cmds, m[1])
		}
	}
	return cmds
}

// words splits a command line as a shell would split a simple one:
// at spaces, keeping what double quotes enclose together.
func words(line string) []string {
	var out []string
	var b strings.Builder
	quoted, have := false, false
	for _, r := range line {
		switch {
		case r == '"':
			quoted, have = !quoted, true
		case r == ' ' && !quoted:
			if have {
				out = append(out, b.String())
				b.Reset()
				have = false
			}
		default:
			b.WriteRune(r)
			have = true
		}
	}
	if have {
		out = append(out, b.String())
	}
	return out
}

// flagLineRe matches a flag in a flag set's usage: "  -name" or
// "  -name string".
var flagLineRe = regexp.MustCompile(`(?m)^  -([a-z][a-z0-9-]*)`)

// commandFlags returns the flags run knows for the command line args
// (the command and the arguments before its first flag), asking it for
// its usage with -h, and whether run knows the command at all.
func commandFlags(args []string) (flags []string, known bool) {
	var stdout, stderr bytes.Buffer
	run(append(slices.Clone(args), "-h"), &stdout, &stderr)
	out := stdout.String() + stderr.String()
	if strings.Contains(out, "unknown command") {
		return nil, false
	}
	for _, m := range flagLineRe.FindAllStringSubmatch(out, -1) {
		flags = append(flags, m[1])
	}
	return flags, true
}

// TestGuideCommands fails when a command line the guide shows names a
// command or a flag that ocop does not have.
func TestGuideCommands(t *testing.T) {
	cmds := guideCommands(readGuide(t))
	// Asking a command for its usage writes nothing; should one not
	// take -h after its arguments, whatever it writes lands here.
	t.Chdir(t.TempDir())
	if len(cmds) < 10 {
		t.Fatalf("found %d command lines in the guide, want at least 10: %q", len(cmds), cmds)
	}
	for _, line := range cmds {
		w := words(line)
		if len(w) < 2 {
			t.Errorf("%q: no command", line)
			continue
		}
		head := w[1:]
		if i := slices.IndexFunc(head, func(s string) bool { return strings.HasPrefix(s, "-") }); i >= 0 {
			head = head[:i]
		}
		flags, known := commandFlags(head)
		extra, documented := guideFlags[w[1]]
		if !known && !documented {
			t.Errorf("%q: ocop has no command %q", line, w[1])
			continue
		}
		for _, arg := range w[2:] {
			if !strings.HasPrefix(arg, "-") {
				continue
			}
			name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
			if !slices.Contains(flags, name) && !slices.Contains(extra, name) {
				t.Errorf("%q: ocop %s has no flag --%s; it has %q", line, w[1], name, append(flags, extra...))
			}
		}
	}
	for cmd, extra := range guideFlags {
		flags, known := commandFlags([]string{cmd})
		for _, name := range extra {
			if known && slices.Contains(flags, name) {
				t.Logf("ocop %s has --%s: its guideFlags entry is no longer needed", cmd, name)
			}
		}
	}
}

// realExampleRe matches where the guide names the real record an example
// copies: "(thật: `content/…`".
var realExampleRe = regexp.MustCompile("\\(thật: `(content/[^`]+)`")

// TestGuideExamplesReal fails when a full example the guide says is a
// real record holds a front matter line that the record does not, so the
// facts the guide shows are those of the catalog.
func TestGuideExamplesReal(t *testing.T) {
	guide := readGuide(t)
	lines := strings.Split(guide, "\n")
	n := 0
	for i, l := range lines {
		m := realExampleRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		n++
		b, err := os.ReadFile("../../" + m[1])
		if err != nil {
			t.Errorf("guide line %d names %s: %v", i+1, m[1], err)
			continue
		}
		real := map[string]bool{}
		for rl := range strings.SplitSeq(string(b), "\n") {
			real[rl] = true
		}
		start := slices.IndexFunc(lines[i:], func(s string) bool { return s == "```yaml" })
		if start < 0 {
			t.Errorf("guide line %d names %s but no yaml block follows", i+1, m[1])
			continue
		}
		dashes := 0
		for j := i + start + 1; j < len(lines) && lines[j] != "```" && dashes < 2; j++ {
			if lines[j] == "---" {
				dashes++
				continue
			}
			if !real[lines[j]] {
				t.Errorf("guide line %d, the example of %s: %q is not a line of that record", j+1, m[1], lines[j])
			}
		}
	}
	if n < 5 {
		t.Errorf("found %d real examples in the guide, want at least 5", n)
	}
}

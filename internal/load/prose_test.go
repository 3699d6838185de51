package load

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// proseRun is the number of consecutive words that the catalog's prose may
// not share with a passage quoted in the gathered facts: the records must be
// written in our own words, not copied from the sources.
const proseRun = 8

// factsName is the notes of gathered facts, with short quotes from the
// sources, kept beside the repository: at ../../../shared/data/ from this
// folder, or in the same place beside a folder holding the repository.
const factsName = "shared/data/facts-and-sources.md"

// findFacts returns the path of the facts file in the first folder above the
// repository that holds it, or "" when none does.
func findFacts() string {
	dir, err := filepath.Abs("../..")
	if err != nil {
		return ""
	}
	for {
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
		p := filepath.Join(dir, filepath.FromSlash(factsName))
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
}

// TestProseNotCopiedFromQuotes fails when a record under content/ shares a
// run of proseRun or more consecutive words with a passage quoted in the
// facts file: text between “ and ”, between two " on one line, or a line
// starting with >.
func TestProseNotCopiedFromQuotes(t *testing.T) {
	factsFile := findFacts()
	if factsFile == "" {
		t.Skipf("no %s above the repository (such as ../../../%[1]s); nothing to compare the prose with", factsName)
	}
	facts, err := os.ReadFile(factsFile)
	if err != nil {
		t.Fatal(err)
	}
	runs := map[string]bool{}
	for _, q := range quotedPassages(string(facts)) {
		ws := proseWords(q)
		for i := 0; i+proseRun <= len(ws); i++ {
			runs[strings.Join(ws[i:i+proseRun], " ")] = true
		}
	}
	if len(runs) == 0 {
		t.Fatalf("%s holds no quoted passage of %d words or more; is it the right file?", factsFile, proseRun)
	}
	// Read every record first: the names of records are proper names that
	// the prose must repeat as they are, so a run may not span one.
	texts := map[string]string{}
	var paths, names []string
	err = filepath.WalkDir("../../content", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".md") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		texts[path] = string(b)
		paths = append(paths, path)
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), "name:"); ok {
				if v = strings.Trim(strings.TrimSpace(v), `"'`); v != "" {
					names = append(names, v)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no .md file found under ../../content")
	}
	for _, path := range paths {
		for _, ws := range proseSegments(texts[path], names) {
			for i := 0; i+proseRun <= len(ws); i++ {
				run := strings.Join(ws[i:i+proseRun], " ")
				if !runs[run] {
					continue
				}
				t.Errorf("%s: %q is a run of %d words copied from a quote in %s; say it in our own words", filepath.ToSlash(path), run, proseRun, filepath.Base(factsFile))
				// Report each copied passage once, not once per word of it.
				for i+proseRun < len(ws) && runs[strings.Join(ws[i+1:i+1+proseRun], " ")] {
					i++
				}
			}
		}
	}
}

// proseSegments returns the words of a record's text, cut into segments at
// every record name it holds (matched as whole words), so that a proper name
// is never counted as copied wording.
func proseSegments(text string, names []string) [][]string {
	byFirst := map[string][][]string{}
	for _, n := range names {
		if nw := proseWords(n); len(nw) > 0 {
			byFirst[nw[0]] = append(byFirst[nw[0]], nw)
		}
	}
	ws := proseWords(text)
	cut := make([]bool, len(ws))
	for i, w := range ws {
		for _, nw := range byFirst[w] {
			if i+len(nw) <= len(ws) && slices.Equal(ws[i:i+len(nw)], nw) {
				for k := i; k < i+len(nw); k++ {
					cut[k] = true
				}
			}
		}
	}
	var segs [][]string
	start := 0
	for i := 0; i <= len(ws); i++ {
		if i == len(ws) || cut[i] {
			if i > start {
				segs = append(segs, ws[start:i])
			}
			start = i + 1
		}
	}
	return segs
}

// quotedPassages returns the quoted passages of a Markdown text: text
// between “ and ” (across lines), text between two " on the same line, and
// every line starting with >. A passage is cut at an ellipsis, which marks
// words left out, so that no run spans the gap.
func quotedPassages(s string) []string {
	var out []string
	add := func(q string) {
		q = strings.ReplaceAll(q, "...", "…")
		out = append(out, strings.Split(q, "…")...)
	}
	for rest := s; ; {
		i := strings.Index(rest, "“")
		if i < 0 {
			break
		}
		rest = rest[i+len("“"):]
		j := strings.Index(rest, "”")
		if j < 0 {
			break
		}
		add(rest[:j])
		rest = rest[j+len("”"):]
	}
	for _, line := range strings.Split(s, "\n") {
		if l := strings.TrimSpace(line); strings.HasPrefix(l, ">") {
			add(strings.TrimPrefix(l, ">"))
			continue
		}
		parts := strings.Split(line, `"`)
		for k := 1; k+1 < len(parts); k += 2 {
			add(parts[k])
		}
	}
	return out
}

// proseWords splits a text into its words, in NFC and lower case; anything
// that is neither a letter nor a digit separates words.
func proseWords(s string) []string {
	s = strings.ToLower(norm.NFC.String(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

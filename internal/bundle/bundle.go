package bundle

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/evanw/esbuild/pkg/api"
)

// Entry is one script to make: Src is the slash path of its first module
// in the theme (e.g. "scripts/search.js"), Out the slash path of the
// script in the output (e.g. "assets/search.js"). Define maps global names
// used in the modules to the JavaScript expressions that replace them, for
// instance a JSON value; it may be nil.
type Entry struct {
	Src, Out string
	Define   map[string]string
}

// File is one made script: its output path (Entry.Out) and its bytes.
type File struct {
	Path string
	Data []byte
}

// Scripts bundles each entry's module and everything it imports from theme
// into one minified classic script, and returns the scripts in the order of
// entries. It fails on the first entry that does not build, with every
// problem of that entry as "path:line:col: message", one a line; an entry
// with an invalid path or an Out used twice is refused before anything is
// built.
func Scripts(theme fs.FS, entries []Entry) ([]File, error) {
	seen := make(map[string]bool, len(entries))
	for _, e := range entries {
		if !fs.ValidPath(e.Src) || e.Src == "." {
			return nil, fmt.Errorf("script entry %q: not a slash path inside the theme", e.Src)
		}
		if !fs.ValidPath(e.Out) || e.Out == "." {
			return nil, fmt.Errorf("script entry %s: output %q is not a slash path inside the output", e.Src, e.Out)
		}
		if seen[e.Out] {
			return nil, fmt.Errorf("script entry %s: %s is made by another entry too", e.Src, e.Out)
		}
		seen[e.Out] = true
	}
	files := make([]File, 0, len(entries))
	for _, e := range entries {
		data, err := script(theme, e)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Path: e.Out, Data: data})
	}
	return files, nil
}

// entryFile is the name of the one-line module that starts each bundle by
// importing the entry's module. esbuild looks for a named entry point on
// the disk first; a module given as text is not looked for anywhere.
const entryFile = "<entry>"

// script bundles one entry.
func script(theme fs.FS, e Entry) ([]byte, error) {
	src, err := json.Marshal("./" + e.Src)
	if err != nil {
		return nil, err
	}
	res := api.Build(api.BuildOptions{
		Stdin: &api.StdinOptions{
			Contents:   "import " + string(src) + ";\n",
			Sourcefile: entryFile,
			Loader:     api.LoaderJS,
		},
		Plugins:           []api.Plugin{themeModules(theme)},
		Bundle:            true,
		Format:            api.FormatIIFE,
		Platform:          api.PlatformBrowser,
		Target:            api.ES2018,
		Charset:           api.CharsetUTF8,
		LegalComments:     api.LegalCommentsNone,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Define:            e.Define,
		// Modules run in strict mode; the script they become keeps it.
		Banner:   map[string]string{"js": `"use strict";`},
		LogLevel: api.LogLevelSilent,
		Write:    false,
	})
	if msgs := append(res.Errors, res.Warnings...); len(msgs) > 0 {
		return nil, problems(e.Src, msgs)
	}
	if len(res.OutputFiles) != 1 {
		return nil, fmt.Errorf("%s: bundling made %d files, want 1", e.Src, len(res.OutputFiles))
	}
	return res.OutputFiles[0].Contents, nil
}

// problems turns esbuild's messages into one error, a message a line, each
// placed at its file, line and column in the theme, or at entry.
func problems(entry string, msgs []api.Message) error {
	errs := make([]error, len(msgs))
	for i, m := range msgs {
		errs[i] = errors.New(position(entry, m.Location) + ": " + lowerFirst(m.Text))
	}
	return errors.Join(errs...)
}

// position formats loc as path:line:col, the line and column counted from
// 1 and the column in characters; without loc, it is entry.
func position(entry string, loc *api.Location) string {
	if loc == nil || loc.File == "" || loc.File == entryFile {
		return entry
	}
	file := strings.TrimPrefix(loc.File, namespace+":")
	if loc.Line == 0 {
		return file
	}
	col := loc.Column
	if col > len(loc.LineText) {
		col = len(loc.LineText)
	}
	if col < 0 {
		col = 0
	}
	return fmt.Sprintf("%s:%d:%d", file, loc.Line, utf8.RuneCountInString(loc.LineText[:col])+1)
}

// lowerFirst lowers the first letter of esbuild's sentence-cased messages
// ("Expected ...") unless it starts an acronym ("JSX ...").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[n:])
	if !unicode.IsUpper(r) || unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

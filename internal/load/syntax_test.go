package load

import (
	"strings"
	"testing"
)

// YAML syntax errors in front matter point at the line and column to fix,
// not at the start of the enclosing block (where yaml.v3 points, one line
// early for its parser's errors), and say what to do.
func TestSyntaxErrorPositions(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{{
		"unclosed bracket on the fourth line",
		"---\nname: A\nstars: 4\ntags: [gạo, nếp\nprice: 1\n---\n",
		"4:7: a list in [brackets] is not closed; end it with ]",
	}, {
		"unclosed brace",
		"---\nname: A\ncertificate: {number: 1, date: 2021-01-01\n---\n",
		"3:14: a block in {braces} is not closed; end it with }",
	}, {
		"unclosed quote read into the next lines",
		"---\nname: \"Mắm tôm\nstars: 4\nprice: 30000\npack: \"hũ\"\n---\n",
		"2:7: a quote opens this value but does not close it on this line; end the value with the same quote",
	}, {
		"unclosed single quote",
		"---\nname: A\nsummary: 'Ngon\nstars: 4\n---\n",
		"3:10: a quote opens this value but does not close it on this line; end the value with the same quote",
	}, {
		"a key one space left of its block",
		"---\nname: A\ncertificate:\n  number: 1\n date: 2021-01-01\nstars: 4\n---\n",
		"5:2: the indentation is off; keys of the same block must start in the same column",
	}, {
		"a key one space right of the key above",
		"---\nname: A\n stars: 4\n---\n",
		"3:2: the indentation is off: this line starts further right than the key above it, so it reads as part of that value; line it up with the key above",
	}, {
		"a nested key off in a list",
		"---\nname: A\nkiosk:\n  featured:\n    - a\n   - b\n---\n",
		"6:4: the indentation is off; keys of the same block must start in the same column",
	}, {
		"a line without a colon before a key",
		"---\nname: A\ngạo tám\nstars: 4\n---\n",
		"3:1: a line has no colon; write each field as key: value",
	}, {
		"an alias to no anchor",
		"---\nname: A\ntags: [*gao]\n---\n",
		"3:8: a value uses a YAML alias (*gao); write the value out in full",
	}, {
		"a second document",
		"---\nname: A\n...\nstars: 4\n---\n",
		"3:1: a line --- or ... ends the front matter here, and nothing after it would be read; remove the line",
	}, {
		"a line separator, which YAML reads as a line end",
		"---\nname: A\u2028B\nstars: [4\n---\n",
		"2:8: an invisible line separator (U+2028) is in the text; delete it, and press Enter where a new line is wanted\n" +
			"content/products/p.md:3:8: a list in [brackets] is not closed; end it with ]",
	}, {
		"a control character",
		"---\nname: A\x01B\nstars: [4\n---\n",
		"2:8: an invisible control character (U+0001) is in the text; delete it",
	}, {
		"a bad escape",
		"---\nname: \"A \\q\"\n---\n",
		`2:1: the front matter is not valid YAML (found unknown escape character); check quotes, colons and indentation`,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			_, ds := Content(site(map[string]string{"content/products/p.md": tc.src}))
			got := strings.Join(errorsOf(ds), "\n")
			want := "content/products/p.md:" + tc.want
			if got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// A byte that is not UTF-8 is reported on its line whatever the line
// endings: LF, CRLF or a lone CR (old Mac files).
func TestNotUTF8LineEndings(t *testing.T) {
	for name, nl := range map[string]string{"lf": "\n", "crlf": "\r\n", "cr": "\r"} {
		src := strings.Join([]string{"---", "name: A", "summary: B\xe1nh", "---", ""}, nl)
		_, ds := Content(site(map[string]string{"content/products/p.md": src}))
		want := "content/products/p.md:3:11: file is not UTF-8 text; save it as UTF-8 (in most editors: Save with encoding, UTF-8)"
		if got := strings.Join(errorsOf(ds), "\n"); got != want {
			t.Errorf("%s: got\n%s\nwant\n%s", name, got, want)
		}
	}
}

package importer

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// Apply writes the plan's changes into the site folder dir: each new
// record as a new file (never over an existing one), each update as an
// edit of its file's front matter in place. It stops at the first file it
// cannot write and returns an error that names it; the files written
// before it stay written.
func (p *Plan) Apply(dir string) error {
	for _, c := range p.Changes {
		name := filepath.Join(dir, filepath.FromSlash(c.Path))
		if c.New {
			if err := writeNew(name, NewRecord(c.Fields)); err != nil {
				return message.Errorf("cannot write %s: %w", c.Path, err)
			}
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			return message.Errorf("cannot read %s: %w", c.Path, err)
		}
		out, err := EditFrontMatter(src, c.Kind, c.Edits)
		if err != nil {
			return message.Errorf("cannot edit %s: %w", c.Path, err)
		}
		st, err := os.Stat(name)
		if err != nil {
			return message.Errorf("cannot write %s: %w", c.Path, err)
		}
		if err := os.WriteFile(name, out, st.Mode().Perm()); err != nil {
			return message.Errorf("cannot write %s: %w", c.Path, err)
		}
	}
	return nil
}

func writeNew(name string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return message.Errorf("the file already exists; it is left as it is")
		}
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// NewRecord returns the text of a new record: its fields as front matter
// between "---" lines, in the order given, with no body.
func NewRecord(fields []Field) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	for _, f := range fields {
		if sub, ok := f.Value.([]Field); ok {
			b.WriteString(f.Key + ":\n")
			for _, s := range sub {
				b.WriteString("  " + s.Key + ": " + scalar(s.Value) + "\n")
			}
			continue
		}
		b.WriteString(f.Key + ": " + scalar(f.Value) + "\n")
	}
	b.WriteString("---\n")
	return b.Bytes()
}

// scalar returns v written as a YAML value on one line: a string quoted
// only when YAML needs it ("148", "a: b"), a list in brackets.
func scalar(v any) string {
	switch v := v.(type) {
	case catalog.Date:
		return v.String()
	case []string:
		parts := make([]string, len(v))
		for i, s := range v {
			parts[i] = scalarNode(s, true)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case string:
		return scalarNode(v, false)
	}
	out, err := yaml.Marshal(v)
	if err != nil {
		panic(err)
	}
	return strings.TrimSpace(string(out))
}

// scalarNode writes the string s as YAML, quoted when plain YAML would
// read it otherwise (or, in a flow list, when it holds a comma or
// bracket).
func scalarNode(s string, flow bool) string {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if flow && strings.ContainsAny(s, ",[]{}") {
		n.Style = yaml.DoubleQuotedStyle
	}
	out, err := yaml.Marshal(n)
	if err != nil {
		panic(err)
	}
	return strings.TrimSpace(string(out))
}

// value writes val, the value of key, as YAML: numbers and dates as they
// are, any other text as a string (quoted when YAML needs it).
func value(key, val string) string {
	switch key {
	case "stars", "score", "year", "date", "valid_until":
		return val
	}
	return scalarNode(val, false)
}

// keyOrder returns the top-level keys of a record of kind k in the
// model's order (the order of its struct fields).
func keyOrder(k catalog.Kind) []string {
	return yamlKeys(reflect.TypeOf(k.Info().New()).Elem())
}

func yamlKeys(t reflect.Type) []string {
	var out []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		switch {
		case name == "-":
		case opts == "inline":
			out = append(out, yamlKeys(f.Type)...)
		case name != "":
			out = append(out, name)
		}
	}
	return out
}

// frontMatter splits a record's text into its front matter's lines
// (between the "---" lines), what comes before them (the opening line)
// and after (the closing line and the body), and the line ending used.
func frontMatter(src []byte) (head string, lines []string, tail string, eol string, err error) {
	s := string(src)
	eol = "\n"
	if strings.Contains(s, "\r\n") {
		eol = "\r\n"
	}
	all := strings.SplitAfter(s, "\n")
	if len(all) == 0 || strings.TrimRight(all[0], "\r\n") != "---" {
		return "", nil, "", eol, message.Errorf("the file does not start with a --- line")
	}
	for i := 1; i < len(all); i++ {
		if strings.TrimRight(all[i], " \t\r\n") == "---" {
			for _, l := range all[1:i] {
				lines = append(lines, strings.TrimRight(l, "\r\n"))
			}
			return all[0], lines, strings.Join(all[i:], ""), eol, nil
		}
	}
	return "", nil, "", eol, message.Errorf("the front matter has no closing --- line")
}

// EditFrontMatter applies edits to the front matter of a record of kind
// k in src and returns the new text. Only the lines of the keys edited
// change: every other line, comment and the body stay byte for byte; a
// new key goes after the keys that come before it in the model's order.
func EditFrontMatter(src []byte, k catalog.Kind, edits []Edit) ([]byte, error) {
	head, lines, tail, eol, err := frontMatter(src)
	if err != nil {
		return nil, err
	}
	order := keyOrder(k)
	for _, e := range edits {
		root, err := parse(lines)
		if err != nil {
			return nil, err
		}
		parent, key, _ := strings.Cut(e.Key, ".")
		switch {
		case e.Add:
			lines = addToList(lines, root, order, e.Key, e.New)
		case key == "":
			lines = setKey(lines, root, order, e.Key, e.New)
		default:
			lines = setChild(lines, root, order, parent, key, e.New)
		}
	}
	if _, err := parse(lines); err != nil {
		return nil, err
	}
	return []byte(head + strings.Join(lines, eol) + eol + tail), nil
}

func parse(lines []string) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(strings.Join(lines, "\n")), &doc); err != nil {
		return nil, message.Errorf("its front matter cannot be read: %w", err)
	}
	if len(doc.Content) == 0 {
		return &yaml.Node{Kind: yaml.MappingNode}, nil
	}
	if doc.Content[0].Kind != yaml.MappingNode {
		return nil, message.Errorf("its front matter is not a list of keys")
	}
	return doc.Content[0], nil
}

// find returns the index of key in mapping m (its key node at 2i), or -1.
func find(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return i / 2
		}
	}
	return -1
}

// lastLine returns the last line (1-based) of n's text.
func lastLine(n *yaml.Node) int {
	l := n.Line
	for _, c := range n.Content {
		l = max(l, lastLine(c))
	}
	return l
}

// span returns the 0-based lines [from, to) that pair i of mapping m
// takes, up to the next pair (so a multi-line value goes with it).
func span(lines []string, m *yaml.Node, i int) (from, to int) {
	k := m.Content[2*i]
	from = k.Line - 1
	to = max(lastLine(m.Content[2*i+1]), from+1)
	// Lines indented deeper than the key that follow its last node are
	// the rest of its value (the lines of a block scalar).
	for to < len(lines) {
		l := lines[to]
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") || len(l)-len(strings.TrimLeft(l, " ")) <= k.Column-1 {
			break
		}
		to++
	}
	if 2*i+2 < len(m.Content) {
		to = min(to, m.Content[2*i+2].Line-1)
	}
	return from, max(to, from+1)
}

// insertAt returns the line index at which a new top-level key goes: after
// the last key present that comes before it in order; at the start when
// none does.
func insertAt(lines []string, root *yaml.Node, order []string, key string) int {
	return insertAfter(lines, root, order, key, 0)
}

// insertAfter is insertAt for the keys of mapping m, whose lines start
// after line at (0-based).
func insertAfter(lines []string, m *yaml.Node, order []string, key string, at int) int {
	for _, k := range order {
		if k == key {
			break
		}
		if i := find(m, k); i >= 0 {
			_, to := span(lines, m, i)
			at = max(at, to)
		}
	}
	return at
}

func insert(lines []string, at int, add ...string) []string {
	out := append([]string(nil), lines[:at]...)
	out = append(out, add...)
	return append(out, lines[at:]...)
}

// setKey sets (or, when value is "", removes) the top-level scalar key.
func setKey(lines []string, root *yaml.Node, order []string, key, val string) []string {
	i := find(root, key)
	if i < 0 {
		if val == "" {
			return lines
		}
		at := insertAt(lines, root, order, key)
		return insert(lines, at, key+": "+value(key, val))
	}
	from, to := span(lines, root, i)
	if val == "" {
		return append(lines[:from:from], lines[to:]...)
	}
	k, v := root.Content[2*i], root.Content[2*i+1]
	line := strings.Repeat(" ", k.Column-1) + key + ": " + value(key, val)
	if c := v.LineComment; c != "" {
		line += " " + c
	}
	out := append(lines[:from:from], line)
	return append(out, lines[to:]...)
}

// setChild sets (or, when value is "", removes) key of the top-level
// mapping parent, such as certificate.number; a mapping written inline
// ({number: …}) is rewritten as a block.
func setChild(lines []string, root *yaml.Node, order []string, parent, key, val string) []string {
	childOrder := []string{"number", "date", "valid_until"}
	i := find(root, parent)
	if i < 0 {
		if val == "" {
			return lines
		}
		at := insertAt(lines, root, order, parent)
		return insert(lines, at, parent+":", "  "+key+": "+value(key, val))
	}
	m := root.Content[2*i+1]
	if m.Kind != yaml.MappingNode || m.Style&yaml.FlowStyle != 0 {
		// Rewrite as a block mapping with the same keys.
		var add []string
		add = append(add, parent+":")
		if m.Kind == yaml.MappingNode {
			for j := 0; j+1 < len(m.Content); j += 2 {
				add = append(add, "  "+m.Content[j].Value+": "+value(m.Content[j].Value, m.Content[j+1].Value))
			}
		}
		from, to := span(lines, root, i)
		lines = append(lines[:from:from], append(add, lines[to:]...)...)
		r, err := parse(lines)
		if err != nil {
			return lines
		}
		return setChild(lines, r, order, parent, key, val)
	}
	indent := "  "
	if len(m.Content) > 0 {
		indent = strings.Repeat(" ", m.Content[0].Column-1)
	}
	if j := find(m, key); j >= 0 {
		from, to := span(lines, m, j)
		if val == "" {
			out := append(lines[:from:from], lines[to:]...)
			if len(m.Content) == 2 {
				// The mapping would be empty: remove its key too.
				r, _ := parse(out)
				if r != nil {
					return setKey(out, r, order, parent, "")
				}
			}
			return out
		}
		line := indent + key + ": " + value(key, val)
		if c := m.Content[2*j+1].LineComment; c != "" {
			line += " " + c
		}
		out := append(lines[:from:from], line)
		return append(out, lines[to:]...)
	}
	if val == "" {
		return lines
	}
	// After the children that come before key, else right under parent.
	at := insertAfter(lines, m, childOrder, key, root.Content[2*i].Line)
	return insert(lines, at, indent+key+": "+value(key, val))
}

// addToList adds item to the top-level list key, written as a list in
// brackets on one line, or adds the key.
func addToList(lines []string, root *yaml.Node, order []string, key, item string) []string {
	i := find(root, key)
	if i < 0 {
		at := insertAt(lines, root, order, key)
		return insert(lines, at, key+": "+scalar([]string{item}))
	}
	v := root.Content[2*i+1]
	if v.Kind != yaml.SequenceNode {
		return lines
	}
	if v.Style&yaml.FlowStyle == 0 && len(v.Content) > 0 {
		// A block list: one more item, indented as the others.
		it := v.Content[len(v.Content)-1]
		_, to := span(lines, root, i)
		return insert(lines, to, strings.Repeat(" ", it.Column-3)+"- "+scalarNode(item, false))
	}
	var items []string
	for _, it := range v.Content {
		items = append(items, keepStyle(it))
	}
	items = append(items, scalarNode(item, true))
	from, to := span(lines, root, i)
	out := append(lines[:from:from], key+": ["+strings.Join(items, ", ")+"]")
	return append(out, lines[to:]...)
}

// keepStyle writes a scalar of a flow list as it was quoted.
func keepStyle(n *yaml.Node) string {
	switch n.Style {
	case yaml.SingleQuotedStyle:
		return "'" + strings.ReplaceAll(n.Value, "'", "''") + "'"
	case yaml.DoubleQuotedStyle:
		c := *n
		c.Style = yaml.DoubleQuotedStyle
		out, _ := yaml.Marshal(&c)
		return strings.TrimSpace(string(out))
	}
	return scalarNode(n.Value, true)
}

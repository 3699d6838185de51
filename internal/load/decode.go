package load

import (
	"io"
	"math"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// decoder decodes one YAML document into a typed record, collecting every
// problem with its position in the file.
type decoder struct {
	path string
	// lineOffset is added to YAML line numbers: 1 for front matter (which
	// starts on the file's second line), 0 for a plain YAML file.
	lineOffset int
	keys       map[string]catalog.Pos
	// bad holds keys whose value could not be decoded (or that were
	// misspelled), so validation neither checks nor asks for them.
	bad   map[string]bool
	ds    *catalog.Diagnostics
	types *typeFields
}

func (d *decoder) pos(n *yaml.Node) catalog.Pos {
	return catalog.Pos{Path: d.path, Line: n.Line + d.lineOffset, Col: n.Column}
}

var (
	dateType = reflect.TypeOf(catalog.Date{})
	metaType = reflect.TypeOf(catalog.Meta{})
)

// parseYAML parses src into a document node. A syntax error becomes one
// diagnostic in the editors' words with the file line (yaml.v3 gives no
// line for an error on the first line of the block, and no column). A
// second YAML document (after a line --- or ...) is an error too: it
// would otherwise be dropped without a word.
func (d *decoder) parseYAML(src string) (*yaml.Node, bool) {
	if tabs := d.tabIndents(src); tabs {
		return nil, false
	}
	src, ok := d.invisible(src)
	if !ok {
		return nil, false
	}
	dec := yaml.NewDecoder(strings.NewReader(src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err == io.EOF {
		return nil, true
	} else if err != nil {
		d.syntaxError(src, err)
		return nil, false
	}
	var more yaml.Node
	if err := dec.Decode(&more); err != io.EOF {
		d.secondDocument(src)
		return nil, false
	}
	if len(doc.Content) == 0 {
		return nil, true
	}
	return doc.Content[0], true
}

// what names the block being parsed for messages: the front matter of a
// record, or a whole YAML file.
func (d *decoder) what() message.Words {
	if d.lineOffset > 0 {
		return message.Words{VI: "phần khai báo đầu tệp", EN: "the front matter"}
	}
	return message.Words{VI: "tệp", EN: "the file"}
}

// secondDocument reports the line (--- or ...) after which src holds a
// second YAML document.
func (d *decoder) secondDocument(src string) {
	line := 1
	for i, l := range strings.Split(src, "\n") {
		t := strings.TrimRight(l, " \t")
		if t == "---" || t == "..." || strings.HasPrefix(t, "--- ") || strings.HasPrefix(t, "... ") {
			line = i + 1
			break
		}
	}
	d.ds.Errorf(catalog.Pos{Path: d.path, Line: line + d.lineOffset, Col: 1},
		"a line --- or ... ends %s here, and nothing after it would be read; remove the line", d.what())
}

// invisible reports the characters of src that YAML refuses (control
// characters other than tab and line ends) or reads as a line end where an
// editor sees none (U+0085, U+2028, U+2029), the first of each line, at
// their positions. The line separators are read as spaces, so YAML's
// lines stay the file's lines; ok is false when src has a character YAML
// refuses, and cannot be parsed.
func (d *decoder) invisible(src string) (clean string, ok bool) {
	ok = true
	line, col, reported := 1, 1, 0
	separators := false
	for _, r := range src {
		switch {
		case r == '\n':
			line, col = line+1, 1
			continue
		case r == 0x85 || r == 0x2028 || r == 0x2029:
			if reported != line {
				d.ds.Errorf(catalog.Pos{Path: d.path, Line: line + d.lineOffset, Col: col},
					"an invisible line separator (U+%04X) is in the text; delete it, and press Enter where a new line is wanted", r)
				reported = line
			}
			separators = true
		case r == '\t' || r == '\r' || (r >= 0x20 && r < 0x7F) || (r >= 0xA0 && r <= 0xFFFD) || r >= 0x10000:
		default:
			if reported != line {
				d.ds.Errorf(catalog.Pos{Path: d.path, Line: line + d.lineOffset, Col: col},
					"an invisible control character (U+%04X) is in the text; delete it", r)
				reported = line
			}
			ok = false
		}
		col++
	}
	if !separators {
		return src, ok
	}
	return strings.NewReplacer("\u0085", " ", "\u2028", " ", "\u2029", " ").Replace(src), ok
}

// tabIndents reports every line of src indented with a tab, which YAML
// forbids, with the tab's column.
func (d *decoder) tabIndents(src string) bool {
	found := false
	for i, l := range strings.Split(src, "\n") {
		for col, r := range []rune(l) {
			if r == '\t' {
				d.ds.Errorf(catalog.Pos{Path: d.path, Line: i + 1 + d.lineOffset, Col: col + 1},
					"a tab is used for indentation; indent with spaces (YAML does not allow tabs)")
				found = true
				break
			}
			if r != ' ' {
				break
			}
		}
	}
	return found
}

var (
	yamlLine      = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	unknownAnchor = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)
)

// parserError reports whether msg is one of the errors of yaml.v3's
// parser (not its scanner): for those the line it gives is one less than
// the file's, the line where the enclosing block or bracket starts.
func parserError(msg string) bool {
	switch msg {
	case "did not find expected key",
		"did not find expected '-' indicator",
		"did not find expected ',' or ']'",
		"did not find expected ',' or '}'",
		"did not find expected node content",
		"did not find expected <document start>",
		"found duplicate %YAML directive",
		"found incompatible YAML document",
		"found duplicate %TAG directive",
		"found undefined tag handle":
		return true
	}
	return false
}

// syntaxError turns a yaml.v3 syntax error into a diagnostic.
func (d *decoder) syntaxError(src string, err error) {
	msg := err.Error()
	line := 1
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		if parserError(msg) {
			line++
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	lines := strings.Split(src, "\n")
	if m := unknownAnchor.FindStringSubmatch(msg); m != nil {
		// yaml.v3 says no line: find the alias.
		at := catalog.Pos{Path: d.path, Line: 1 + d.lineOffset, Col: 1}
		for i, l := range lines {
			if j := strings.Index(l, "*"+m[1]); j >= 0 {
				at = catalog.Pos{Path: d.path, Line: i + 1 + d.lineOffset, Col: utf8.RuneCountInString(l[:j]) + 1}
				break
			}
		}
		d.ds.Errorf(at, "a value uses a YAML alias (*%s); write the value out in full", m[1])
		return
	}
	line = min(max(line, 1), len(lines))
	if q, col, ok := unclosedQuote(lines); ok && !strings.Contains(msg, "escape") && !strings.Contains(msg, "hexdecimal") {
		// The usual cause of an error a few lines further on.
		d.ds.Errorf(catalog.Pos{Path: d.path, Line: q + 1 + d.lineOffset, Col: col},
			"a quote opens this value but does not close it on this line; end the value with the same quote")
		return
	}
	text := lines[line-1]
	col := 1 + countLeadingSpaces(text)
	at := func() catalog.Pos { return catalog.Pos{Path: d.path, Line: line + d.lineOffset, Col: col} }
	switch {
	case strings.Contains(msg, "mapping values are not allowed"):
		// A second ": " inside a plain value.
		if i := strings.Index(text, ": "); i >= 0 {
			if j := strings.Index(text[i+2:], ": "); j >= 0 {
				col = utf8.RuneCountInString(text[:i+2+j]) + 1
				d.ds.Errorf(at(), `a value contains ": "; put the whole value in double quotes, such as name: "Nước mắm cốt: loại đặc biệt"`)
				return
			}
		}
		// Else the line is read as the rest of the value above it.
		prev := line - 2
		for prev >= 0 && (strings.TrimSpace(lines[prev]) == "" || strings.HasPrefix(strings.TrimSpace(lines[prev]), "#")) {
			prev--
		}
		switch {
		case prev < 0:
			d.ds.Errorf(at(), `a value contains ": "; put the whole value in double quotes, such as name: "Nước mắm cốt: loại đặc biệt"`)
		case !strings.Contains(lines[prev], ":") && !strings.HasPrefix(strings.TrimSpace(lines[prev]), "-"):
			line, col = prev+1, 1+countLeadingSpaces(lines[prev])
			d.ds.Errorf(at(), "a line has no colon; write each field as key: value")
		case countLeadingSpaces(lines[prev]) < countLeadingSpaces(text):
			d.ds.Errorf(at(), "the indentation is off: this line starts further right than the key above it, so it reads as part of that value; line it up with the key above")
		default:
			d.ds.Errorf(at(), `a value contains ": "; put the whole value in double quotes, such as name: "Nước mắm cốt: loại đặc biệt"`)
		}
	case strings.Contains(msg, "could not find expected ':'"):
		d.ds.Errorf(at(), "a line has no colon; write each field as key: value")
	case strings.Contains(msg, "found unexpected end of stream"), strings.Contains(msg, "found unexpected end of"):
		col = 1
		d.ds.Errorf(at(), "a quote or bracket is opened but never closed before the end of %s", d.what())
	case strings.Contains(msg, "did not find expected ',' or ']'"):
		if i := strings.LastIndex(text, "["); i >= 0 {
			col = utf8.RuneCountInString(text[:i]) + 1
		}
		d.ds.Errorf(at(), "a list in [brackets] is not closed; end it with ]")
	case strings.Contains(msg, "did not find expected ',' or '}'"):
		if i := strings.LastIndex(text, "{"); i >= 0 {
			col = utf8.RuneCountInString(text[:i]) + 1
		}
		d.ds.Errorf(at(), "a block in {braces} is not closed; end it with }")
	case strings.Contains(msg, "did not find expected key"), strings.Contains(msg, "did not find expected '-' indicator"):
		// yaml.v3 gives the line where the block starts; the line that
		// breaks it is usually further down.
		if l, c, ok := misindented(lines, line-1); ok {
			line, col = l+1, c
		}
		d.ds.Errorf(at(), "the indentation is off; keys of the same block must start in the same column")
	case strings.Contains(msg, "found character that cannot start any token"):
		d.ds.Errorf(at(), "a character such as @ or ` cannot start a value; put the value in double quotes")
	default:
		d.ds.Errorf(at(), "%s is not valid YAML (%s); check quotes, colons and indentation", d.what(), msg)
	}
}

// misindented returns the index and column of the first line from
// lines[from] on that is indented less than the line before it but not as
// far as any block it could return to: a line put one or two spaces off.
// Lines inside block scalars (| and >) are skipped.
func misindented(lines []string, from int) (line, col int, ok bool) {
	var levels []int // open indentations, increasing
	scalar := -1     // indentation of the line that opened a block scalar
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		n := len(l) - len(t)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if scalar >= 0 {
			if n > scalar {
				continue
			}
			scalar = -1
		}
		popped := false
		for len(levels) > 0 && levels[len(levels)-1] > n {
			levels, popped = levels[:len(levels)-1], true
		}
		top := -1
		if len(levels) > 0 {
			top = levels[len(levels)-1]
		}
		if popped && top != n && i >= from {
			return i, n + 1, true
		}
		if top < n {
			levels = append(levels, n)
		}
		// "- key: value" opens a block at the key's column too.
		for k := n; strings.HasPrefix(l[k:], "- "); {
			k += 2 + countLeadingSpaces(l[k+2:])
			levels = append(levels, k)
		}
		if blockScalar.MatchString(strings.TrimRight(t, " ")) {
			scalar = n
		}
	}
	return 0, 0, false
}

var blockScalar = regexp.MustCompile(`(?:^|[:-] +)[|>][-+1-9]{0,2}$`)

// unclosedQuote finds the first of lines whose value opens a quote that
// the line does not close, when the next line starts a new key or list
// item: a quote the editor forgot, which YAML reads on into the following
// lines, failing wherever the next quote happens to be. It returns the
// line's index and the quote's column.
func unclosedQuote(lines []string) (line, col int, ok bool) {
	for i := 0; i+1 < len(lines); i++ {
		j := valueStart(lines[i])
		if j < 0 || j >= len(lines[i]) || !open(lines[i][j:]) {
			continue
		}
		next := strings.TrimLeft(lines[i+1], " ")
		if next == "" || strings.HasPrefix(next, "- ") || next == "-" || keyLine.MatchString(next) {
			return i, utf8.RuneCountInString(lines[i][:j]) + 1, true
		}
	}
	return 0, 0, false
}

var keyLine = regexp.MustCompile(`^[\p{L}\p{N}_-]+:( |$)`)

// valueStart returns the byte index where the value of a "key: value" or
// "- value" line starts, or -1.
func valueStart(l string) int {
	i := countLeadingSpaces(l)
	for strings.HasPrefix(l[i:], "- ") {
		i += 2 + countLeadingSpaces(l[i+2:])
	}
	if m := keyLine.FindStringIndex(l[i:]); m != nil {
		i += m[1]
		i += countLeadingSpaces(l[i:])
	}
	return i
}

// open reports whether v starts with a quote that it does not close.
func open(v string) bool {
	switch {
	case strings.HasPrefix(v, `"`):
		for i := 1; i < len(v); i++ {
			switch v[i] {
			case '\\':
				i++
			case '"':
				return false
			}
		}
		return true
	case strings.HasPrefix(v, "'"):
		for i := 1; i < len(v); i++ {
			if v[i] == '\'' {
				if i+1 < len(v) && v[i+1] == '\'' {
					i++
					continue
				}
				return false
			}
		}
		return true
	}
	return false
}

func countLeadingSpaces(s string) int {
	n := 0
	for n < len(s) && s[n] == ' ' {
		n++
	}
	return n
}

// typeFields caches fields by struct type: every record of a kind has
// the same. It is safe for concurrent use.
type typeFields struct{ m sync.Map }

// fieldList is what fields returns for one type.
type fieldList struct {
	byName map[string][]int
	names  []string
}

// of returns fields(t), computed once per type.
func (tf *typeFields) of(t reflect.Type) (map[string][]int, []string) {
	if v, ok := tf.m.Load(t); ok {
		fl := v.(fieldList)
		return fl.byName, fl.names
	}
	byName, names := fields(t)
	tf.m.Store(t, fieldList{byName, names})
	return byName, names
}

// fields maps the yaml tags of a struct type to field index paths, in
// the order the fields are declared. The fields of an embedded struct
// tagged ",inline" count as the outer struct's own.
func fields(t reflect.Type) (map[string][]int, []string) {
	m := map[string][]int{}
	var names []string
	for _, f := range reflect.VisibleFields(t) {
		tag := f.Tag.Get("yaml")
		name, _, _ := strings.Cut(tag, ",")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		if _, ok := m[name]; ok {
			continue // shadowed by a shallower field
		}
		m[name] = f.Index
		names = append(names, name)
	}
	return m, names
}

// record decodes a mapping node into the struct v points to.
func (d *decoder) record(n *yaml.Node, v reflect.Value) {
	if n == nil {
		return
	}
	d.structure(n, v, "")
}

func (d *decoder) structure(n *yaml.Node, v reflect.Value, prefix string) {
	if n.Kind != yaml.MappingNode {
		d.ds.Errorf(d.pos(n), "%s must be a block of key: value lines, got %s", label(prefix, d.what()), describe(n))
		return
	}
	byName, names := d.types.of(v.Type())
	seen := map[string]int{}
	var meant []string // keys that misspelt keys were taken for
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		key := kn.Value
		if first, dup := seen[key]; dup {
			d.ds.Errorf(d.pos(kn), "key %q is set twice (first on line %d); keep one", key, first+d.lineOffset)
			continue
		}
		seen[key] = kn.Line
		idx, ok := byName[key]
		if !ok {
			msg, near := unknownKey(prefix, key, names)
			d.ds.Errorf(d.pos(kn), "%s", msg)
			if near != "" {
				meant = append(meant, near)
			}
			continue
		}
		full := prefix + key
		if vn.Kind == yaml.ScalarNode {
			d.keys[full] = d.pos(vn)
		} else {
			d.keys[full] = d.pos(kn)
		}
		before := len(*d.ds)
		d.value(vn, v.FieldByIndex(idx), full)
		if len(*d.ds) > before {
			// Already reported: rules about the value are not checked.
			d.bad[full] = true
		}
	}
	for _, k := range meant {
		if _, set := d.keys[k]; !set {
			// The editor meant k: don't also say it is missing. When k
			// is set as well, its own value is checked as usual.
			d.bad[k] = true
		}
	}
}

func label(key string, whole message.Words) any {
	if key == "" {
		return whole
	}
	return strings.TrimSuffix(key, ".")
}

// unknownKey says a key is not in the schema, suggesting the nearest known
// key for a typo (star → stars) or listing the keys. prefix is the
// enclosing key path, such as "certificate.".
func unknownKey(prefix, key string, known []string) (msg error, suggestion string) {
	if best := catalog.Nearest(key, known, 2); best != "" {
		return message.Errorf("unknown key %q; did you mean %q?", prefix+key, prefix+best), prefix + best
	}
	sorted := append([]string(nil), known...)
	sort.Strings(sorted)
	return message.Errorf("unknown key %q; expected one of: %s", prefix+key, strings.Join(sorted, ", ")), ""
}

func describe(n *yaml.Node) any {
	switch n.Kind {
	case yaml.MappingNode:
		return message.Words{VI: "một khối các dòng khoá: giá trị", EN: "a block of key: value lines"}
	case yaml.SequenceNode:
		return message.Words{VI: "một danh sách", EN: "a list"}
	case yaml.AliasNode:
		return message.Words{VI: "một bí danh (*tên)", EN: "an alias (*name)"}
	}
	if n.Tag == "!!null" {
		return message.Words{VI: "không có gì", EN: "nothing"}
	}
	return strconv.Quote(n.Value)
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// blank reports whether n leaves a field of v's type unset: an empty value
// (key: with nothing after it), or a YAML null word (~, null, Null, NULL)
// where a typed value (a number, a date, true or false, a block) is
// expected. In a text field, or a list of text, such a word is the text
// the editor wrote: a product may be named "Null".
func blank(n *yaml.Node, t reflect.Type) bool {
	if !isNull(n) {
		return false
	}
	return n.Value == "" || !textual(t)
}

// textual reports whether t holds text or a list of text, the fields whose
// plain values are taken as written, whatever YAML would make of them.
func textual(t reflect.Type) bool {
	if t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t.Kind() == reflect.String
}

// value decodes n into v, whose type is one of the kinds the content model
// uses.
func (d *decoder) value(n *yaml.Node, v reflect.Value, key string) {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		d.ds.Errorf(d.pos(n), "%s uses a YAML anchor or alias; write the value out in full", key)
		return
	}
	if blank(n, v.Type()) && v.Kind() != reflect.Struct {
		return // an empty value leaves the field unset
	}
	switch {
	case v.Type() == dateType:
		if !d.scalar(n, key, message.Words{VI: "một ngày viết theo dạng YYYY-MM-DD", EN: "a date written YYYY-MM-DD"}) {
			return
		}
		dt, err := catalog.ParseDate(n.Value)
		if err != nil {
			if catalog.DateShaped(n.Value) {
				d.ds.Errorf(d.pos(n), "%s %s is not a day of the calendar; check the month (01–12) and the day, written YYYY-MM-DD", key, n.Value)
				return
			}
			d.ds.Errorf(d.pos(n), "%s must be a date written YYYY-MM-DD, such as 2021-12-13, got %q", key, n.Value)
			return
		}
		v.Set(reflect.ValueOf(dt))
		return
	}
	switch v.Kind() {
	case reflect.String:
		// A scalar's Value is its text as written (after YAML's quoting
		// and line folding); its tag (!!null, !!bool, !!int, !!float,
		// !!timestamp) does not matter here, so yes, 012, .inf or Null
		// stay the text the editor wrote.
		if d.scalar(n, key, message.Words{VI: "một đoạn chữ", EN: "text"}) {
			v.SetString(n.Value)
		}
	case reflect.Int, reflect.Int64:
		if !d.scalar(n, key, message.Words{VI: "một số nguyên", EN: "a whole number"}) {
			return
		}
		s := n.Value
		i, err := strconv.ParseInt(s, 10, 64)
		if err != nil || (n.Tag != "!!int" && n.Tag != "!!str" && n.Tag != "!!float") {
			if strings.ContainsAny(s, ".,") && !strings.ContainsAny(s, " ") {
				d.ds.Errorf(d.pos(n), "%s must be a whole number without dots, commas or spaces, such as %s, got %q", key, example(key), s)
				return
			}
			d.ds.Errorf(d.pos(n), "%s must be a whole number, such as %s, got %q", key, example(key), s)
			return
		}
		v.SetInt(i)
	case reflect.Float64:
		if !d.scalar(n, key, message.Words{VI: "một số", EN: "a number"}) {
			return
		}
		f, err := strconv.ParseFloat(n.Value, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			d.ds.Errorf(d.pos(n), "%s must be a number written with a dot, such as 20.42, got %q", key, n.Value)
			return
		}
		v.SetFloat(f)
	case reflect.Bool:
		if !d.scalar(n, key, message.Words{VI: "true hoặc false", EN: "true or false"}) {
			return
		}
		switch n.Value {
		case "true", "True", "TRUE":
			v.SetBool(true)
		case "false", "False", "FALSE":
			v.SetBool(false)
		default:
			d.ds.Errorf(d.pos(n), "%s must be true or false, got %q", key, n.Value)
		}
	case reflect.Struct:
		if isNull(n) {
			return
		}
		d.structure(n, v, key+".")
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		d.value(n, p.Elem(), key)
		v.Set(p)
	case reflect.Slice:
		d.slice(n, v, key)
	case reflect.Map:
		d.mapping(n, v, key)
	default:
		d.ds.Errorf(d.pos(n), "%s cannot be read (internal: unsupported type %s)", key, v.Type())
	}
}

func example(key string) string {
	switch {
	case strings.HasSuffix(key, "price"):
		return "35000"
	case strings.HasSuffix(key, "year"), strings.HasSuffix(key, "founded"):
		return "2021"
	case strings.HasSuffix(key, "score"):
		return "75"
	}
	return "4"
}

// scalar reports whether n is a single value, reporting it otherwise.
func (d *decoder) scalar(n *yaml.Node, key string, want message.Words) bool {
	if n.Kind == yaml.ScalarNode {
		return true
	}
	d.ds.Errorf(d.pos(n), "%s must be %s, got %s", key, want, describe(n))
	return false
}

// slice decodes a list. A single value where a list of text is expected is
// taken as a one-item list (tags: gạo).
func (d *decoder) slice(n *yaml.Node, v reflect.Value, key string) {
	items := n.Content
	if n.Kind == yaml.ScalarNode && v.Type().Elem().Kind() == reflect.String {
		items = []*yaml.Node{n}
	} else if n.Kind != yaml.SequenceNode {
		d.ds.Errorf(d.pos(n), "%s must be a list (lines starting with \"- \"), got %s", key, describe(n))
		return
	}
	elem := v.Type().Elem()
	s := reflect.MakeSlice(v.Type(), 0, len(items))
	for _, item := range items {
		if blank(item, elem) {
			// Reported here, and left out: the rules about the list's
			// items do not report it again.
			d.ds.Errorf(d.pos(item), "%s has an empty item; remove the line or give a value", key)
			continue
		}
		i := s.Len()
		k := key + "." + strconv.Itoa(i)
		d.keys[k] = d.pos(item)
		s = reflect.Append(s, reflect.Zero(elem))
		if elem.Kind() == reflect.Pointer {
			// Never nil, even when the item cannot be decoded.
			s.Index(i).Set(reflect.New(elem.Elem()))
		}
		d.value(item, s.Index(i), k)
	}
	v.Set(s)
}

// mapping decodes a map with text keys.
func (d *decoder) mapping(n *yaml.Node, v reflect.Value, key string) {
	if n.Kind != yaml.MappingNode {
		d.ds.Errorf(d.pos(n), "%s must be a block of key: value lines, got %s", key, describe(n))
		return
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		k := key + "." + kn.Value
		d.keys[k] = d.pos(vn)
		ev := reflect.New(v.Type().Elem()).Elem()
		d.value(vn, ev, k)
		m.SetMapIndex(reflect.ValueOf(kn.Value), ev)
	}
	v.Set(m)
}

package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// The tests check documents with github.com/santhosh-tekuri/jsonschema,
// a validator that passes the JSON Schema test suite for draft-07 and
// asserts formats (such as date) as draft-07 does.

// compiled returns the compiled schema of every model for catalog c, by
// model name.
func compiled(t *testing.T, c *catalog.Catalog) map[string]*jsonschema.Schema {
	t.Helper()
	ct := ContentOf(c)
	comp := jsonschema.NewCompiler()
	comp.AssertFormat()
	out := map[string]*jsonschema.Schema{}
	for _, m := range Models() {
		data, err := encode(JSONSchema(m, ct, message.VI))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		url := "file:///" + m.SchemaPath()
		if err := comp.AddResource(url, doc); err != nil {
			t.Fatal(err)
		}
		s, err := comp.Compile(url)
		if err != nil {
			t.Fatalf("%s: %v", m.SchemaPath(), err)
		}
		out[m.Name] = s
	}
	return out
}

// modelOf returns the name of the model of the file at p (slash
// separated, from the site folder), and false for a file no schema is
// for (a photo, a geo file).
func modelOf(p string) (string, bool) {
	rel, ok := strings.CutPrefix(p, "content/")
	if !ok {
		return "", false
	}
	for _, m := range Models() {
		if m.File != "" && rel == m.File {
			return m.Name, true
		}
		if m.Folder != "" && strings.HasPrefix(rel, m.Folder+"/") && path.Ext(rel) == ".md" {
			return m.Name, true
		}
	}
	return "", false
}

// document returns the YAML of a file as a JSON value, as an editor's
// tool sees it: the front matter of a Markdown record, or the whole of a
// YAML file.
func document(p string, src []byte) (any, error) {
	text := strings.ReplaceAll(strings.TrimPrefix(string(src), "\ufeff"), "\r\n", "\n")
	if path.Ext(p) == ".md" {
		rest, ok := strings.CutPrefix(text, "---\n")
		if !ok {
			return nil, fmt.Errorf("no front matter")
		}
		end := strings.Index(rest, "\n---")
		if end < 0 {
			return nil, fmt.Errorf("front matter not closed")
		}
		text = rest[:end+1]
	}
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(text), &n); err != nil {
		return nil, err
	}
	if len(n.Content) == 0 {
		return map[string]any{}, nil
	}
	return jsonValue(n.Content[0])
}

// jsonValue converts a YAML node as YAML 1.2's core schema reads it,
// which is how the YAML language server and the Front Matter extension
// read it: a date is text, 0912345678 a number.
func jsonValue(n *yaml.Node) (any, error) {
	switch n.Kind {
	case yaml.AliasNode:
		// The loader refuses aliases; resolving them could take
		// exponential time (an alias bomb).
		return nil, fmt.Errorf("a YAML alias")
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := jsonValue(n.Content[i+1])
			if err != nil {
				return nil, err
			}
			m[n.Content[i].Value] = v
		}
		return m, nil
	case yaml.SequenceNode:
		l := []any{}
		for _, c := range n.Content {
			v, err := jsonValue(c)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		return l, nil
	}
	switch n.Tag {
	case "!!null":
		return nil, nil
	case "!!bool":
		return n.Value == "true" || n.Value == "True" || n.Value == "TRUE", nil
	case "!!int", "!!float":
		// As a number in JSON: 0912345678 is 912345678, 0o17 is 15.
		if i, err := strconv.ParseInt(n.Value, 10, 64); err == nil {
			return json.Number(strconv.FormatInt(i, 10)), nil
		}
		if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
			return json.Number(strconv.FormatInt(i, 10)), nil
		}
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return json.Number(strconv.FormatFloat(f, 'g', -1, 64)), nil
		}
		return n.Value, nil
	}
	return n.Value, nil
}

// check returns the schema's complaints about the file at p of fsys,
// or nil.
func check(schemas map[string]*jsonschema.Schema, fsys fs.FS, p string) error {
	name, ok := modelOf(p)
	if !ok {
		return fmt.Errorf("no schema for %s", p)
	}
	src, err := fs.ReadFile(fsys, p)
	if err != nil {
		return err
	}
	doc, err := document(p, src)
	if err != nil {
		return err
	}
	// Through JSON, so numbers are what a JSON validator sees.
	b, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return schemas[name].Validate(v)
}

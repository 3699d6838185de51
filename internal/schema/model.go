package schema

import (
	"reflect"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// Model is one file shape of the content model: a record kind's front
// matter, or a reference file (site.yaml, groups.yaml).
type Model struct {
	// Name is the kind's name ("product", …; "config" for site.yaml,
	// "groups" for groups.yaml): how text.go and the rules name it.
	Name string
	// Folder is the folder under content/ that holds the records, or ""
	// for a reference file.
	Folder string
	// File is the reference file under content/ ("site.yaml"), or "".
	File string
	// Type is the struct the loader decodes the file into.
	Type reflect.Type
}

// SchemaPath returns the slash-separated path, relative to the site
// folder, of the model's JSON Schema: schema/<name>.schema.json.
func (m Model) SchemaPath() string { return SchemaDir + "/" + m.Name + ".schema.json" }

// SchemaDir is the folder, relative to the site folder, that holds the
// JSON Schemas. It is outside content/, so the loader never reads it.
const SchemaDir = "schema"

// Models returns every model with a schema: the record kinds in the
// order of catalog.Kinds, then site.yaml, groups.yaml and programme.yaml.
func Models() []Model {
	var ms []Model
	for _, ki := range catalog.Kinds() {
		ms = append(ms, Model{Name: ki.Name, Folder: ki.Folder, Type: reflect.TypeOf(ki.New()).Elem()})
	}
	return append(ms,
		Model{Name: "config", File: "site.yaml", Type: reflect.TypeFor[catalog.Config]()},
		Model{Name: "groups", File: "groups.yaml", Type: reflect.TypeFor[catalog.Groups]()},
		Model{Name: "programme", File: "programme.yaml", Type: reflect.TypeFor[catalog.Programme]()},
	)
}

// Field is one key of a model, as the loader reads it.
type Field struct {
	// Key is the dotted path of the key without list indexes, such as
	// "certificate.date" or "buy.url".
	Key string
	// Pattern is Key with "#" for each list index, such as "buy.#.url":
	// how catalog.ListLimit and catalog.TextLimit name it.
	Pattern string
	// Name is the key itself, the last part of Key.
	Name string
	// Type is the Go type of the value.
	Type reflect.Type
	// Fields are the keys of a block (a struct), or of each entry of a
	// list of blocks.
	Fields []*Field
}

// List reports whether the field holds a list.
func (f *Field) List() bool { return f.Type.Kind() == reflect.Slice }

// Block reports whether the field (or each entry of its list) is a
// block of keys.
func (f *Field) Block() bool { return f.Fields != nil }

var dateType = reflect.TypeFor[catalog.Date]()

// Fields returns the keys of struct type t as the loader reads them (see
// load's decoder): the yaml tags of its exported fields in declaration
// order, the fields of an embedded struct tagged ",inline" counted as
// t's own, "-" and untagged fields left out, a shallower key winning
// over a deeper one of the same name.
func Fields(t reflect.Type) []*Field { return fieldsOf(t, "", "") }

func fieldsOf(t reflect.Type, key, pattern string) []*Field {
	var fs []*Field
	seen := map[string]bool{}
	for _, sf := range reflect.VisibleFields(t) {
		name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if name == "" || name == "-" || !sf.IsExported() || seen[name] {
			continue
		}
		seen[name] = true
		f := &Field{Key: join(key, name), Pattern: join(pattern, name), Name: name, Type: sf.Type}
		elem, inner := sf.Type, f.Pattern
		if elem.Kind() == reflect.Slice {
			elem, inner = elem.Elem(), inner+".#"
		}
		if elem.Kind() == reflect.Pointer {
			elem = elem.Elem()
		}
		if elem.Kind() == reflect.Struct && elem != dateType {
			f.Fields = fieldsOf(elem, f.Key, inner)
		}
		fs = append(fs, f)
	}
	return fs
}

func join(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

// walk calls fn for every field of fs and of their blocks, depth first.
func walk(fs []*Field, fn func(*Field)) {
	for _, f := range fs {
		fn(f)
		walk(f.Fields, fn)
	}
}

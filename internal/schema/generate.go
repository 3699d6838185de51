package schema

import (
	"reflect"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// JSONSchema returns the JSON Schema of model m's files, with titles and
// descriptions in lang and the values ct allows.
func JSONSchema(m Model, ct Content, lang message.Lang) *Schema {
	fs := Fields(m.Type)
	s := object(m.Name, fs, ct, lang)
	s.Schema = Draft
	s.ID = m.SchemaPath()
	t := Text(m.Name, "", lang)
	s.Title, s.Description = t.Title, t.Description
	if m.Name == "product" {
		s.AllOf = groupOfCriteria(ct)
	}
	return s
}

// object returns the schema of a block of keys fs.
func object(kind string, fs []*Field, ct Content, lang message.Lang) *Schema {
	s := &Schema{Type: []string{"object"}, Properties: map[string]*Schema{}, AdditionalProperties: ptr(false)}
	for _, f := range fs {
		r := RuleOf(kind, f.Key, ct)
		p := property(kind, f, r, ct, lang)
		t := Text(kind, f.Key, lang)
		p.Title, p.Description = t.Title, t.Description
		s.Properties[f.Name] = p
		if r.Required {
			s.Required = append(s.Required, f.Name)
		}
	}
	return s
}

// property returns the schema of field f: its value, or for a list its
// entries, with rule r. Every key but a required one may be left empty
// (key: with nothing after it), which the loader takes as absent.
func property(kind string, f *Field, r Rule, ct Content, lang message.Lang) *Schema {
	if !f.List() {
		v := value(kind, f, f.Type, f.Pattern, r, ct, lang)
		if !r.Required {
			nullable(v)
		}
		return v
	}
	item := value(kind, f, f.Type.Elem(), f.Pattern+".#", r, ct, lang)
	if item.Enum != nil && len(item.Enum) == 0 {
		// No value is allowed (no record to name yet); JSON Schema
		// says so with "not": {}, as an empty enum is not written.
		item.Enum, item.Not = nil, &Schema{}
	}
	list := &Schema{Type: []string{"array"}, Items: item}
	if n, ok := catalog.ListLimit(f.Pattern); ok {
		list.MaxItems = ptr(n)
	}
	if f.Block() {
		nullable(list)
		return list
	}
	// A single text where a list of text is expected is a list of one
	// (tags: gạo).
	return &Schema{AnyOf: []*Schema{list, item, {Type: []string{"null"}}}}
}

// value returns the schema of one value of Go type t at pattern.
func value(kind string, f *Field, t reflect.Type, pattern string, r Rule, ct Content, lang message.Lang) *Schema {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	s := &Schema{}
	switch {
	case t == dateType:
		s.Type, s.Pattern, s.Format = []string{"string"}, datePattern, "date"
	case t.Kind() == reflect.String:
		s.Type = []string{"string"}
		n := catalog.TextLimit(pattern)
		if r.MaxLength > 0 && r.MaxLength < n {
			n = r.MaxLength
		}
		s.MaxLength = ptr(n)
		s.Pattern, s.Format = r.Pattern, r.Format
		if r.Digits {
			s.Type = append(s.Type, "integer")
		}
	case t.Kind() == reflect.Int || t.Kind() == reflect.Int64:
		s.Type = []string{"integer"}
	case t.Kind() == reflect.Float64:
		s.Type = []string{"number"}
	case t.Kind() == reflect.Bool:
		s.Type = []string{"boolean"}
	case t.Kind() == reflect.Struct:
		return object(kind, f.Fields, ct, lang)
	}
	s.Minimum, s.Maximum = r.Min, r.Max
	if r.Choices != nil {
		s.Enum = []any{}
		for _, c := range r.Choices {
			s.Enum = append(s.Enum, c.Value)
		}
		if r.Digits {
			s.Enum = append(s.Enum, digitValues(r.Choices)...)
		}
	}
	return s
}

// nullable makes s accept null too.
func nullable(s *Schema) {
	if s.AnyOf != nil {
		s.AnyOf = append(s.AnyOf, &Schema{Type: []string{"null"}})
		return
	}
	s.Type = append(s.Type, "null")
	if s.Enum != nil {
		s.Enum = append(s.Enum, nil)
	}
}

// groupOfCriteria returns the rules that a product's group is a group of
// its criteria system: the one it names, or the site's default.
func groupOfCriteria(ct Content) []*Schema {
	var all []*Schema
	for _, sys := range ct.Systems {
		ids := []any{nil}
		for _, g := range ct.Groups[sys.Value] {
			ids = append(ids, g.Value)
		}
		group := &Schema{Properties: map[string]*Schema{"group": {Enum: ids}}}
		named := []any{sys.Value}
		named = append(named, digitValues([]Choice{sys})...)
		all = append(all, &Schema{
			If:   &Schema{Properties: map[string]*Schema{"criteria": {Enum: named}}, Required: []string{"criteria"}},
			Then: group,
		})
		if sys.Value == ct.DefaultCriteria {
			// No criteria (or an empty one): the site's default_criteria.
			all = append(all, &Schema{
				If:   &Schema{Properties: map[string]*Schema{"criteria": {Type: []string{"null"}}}},
				Then: group,
			})
		}
	}
	return all
}

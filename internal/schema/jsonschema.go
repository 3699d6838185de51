package schema

import "encoding/json"

// Draft is the JSON Schema dialect the schemas are written in: draft-07,
// the one both the YAML extension's language server and the Front Matter
// extension's validator (Ajv) read.
const Draft = "http://json-schema.org/draft-07/schema#"

// Schema is one JSON Schema (draft-07) node, with the keywords this
// package writes. Its zero value accepts anything.
type Schema struct {
	Schema               string             `json:"$schema,omitempty"`
	ID                   string             `json:"$id,omitempty"`
	Title                string             `json:"title,omitempty"`
	Description          string             `json:"description,omitempty"`
	Type                 Types              `json:"type,omitempty"`
	Properties           map[string]*Schema `json:"properties,omitempty"`
	Required             []string           `json:"required,omitempty"`
	AdditionalProperties *bool              `json:"additionalProperties,omitempty"`
	Items                *Schema            `json:"items,omitempty"`
	AnyOf                []*Schema          `json:"anyOf,omitempty"`
	AllOf                []*Schema          `json:"allOf,omitempty"`
	If                   *Schema            `json:"if,omitempty"`
	Then                 *Schema            `json:"then,omitempty"`
	Not                  *Schema            `json:"not,omitempty"`
	Enum                 []any              `json:"enum,omitempty"`
	Pattern              string             `json:"pattern,omitempty"`
	Format               string             `json:"format,omitempty"`
	Minimum              *float64           `json:"minimum,omitempty"`
	Maximum              *float64           `json:"maximum,omitempty"`
	MaxLength            *int               `json:"maxLength,omitempty"`
	MaxItems             *int               `json:"maxItems,omitempty"`
	Examples             []any              `json:"examples,omitempty"`
}

func ptr[T any](v T) *T { return &v }

// Types are the JSON types a value may have; one type is written as a
// string, several as a list.
type Types []string

// MarshalJSON writes one type as a string and several as a list.
func (t Types) MarshalJSON() ([]byte, error) {
	if len(t) == 1 {
		return json.Marshal(t[0])
	}
	return json.Marshal([]string(t))
}

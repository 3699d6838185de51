package schema

import (
	"reflect"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// FrontMatterPath is where the Front Matter CMS extension reads its
// configuration: frontmatter.json at the root of the folder opened in VS
// Code, the site folder.
const FrontMatterPath = "frontmatter.json"

// FrontMatterConfigSchema is the address of the extension's own schema
// of frontmatter.json, which VS Code uses to check the file.
const FrontMatterConfigSchema = "https://frontmatter.codes/frontmatter.schema.json"

// fmField is one field of a Front Matter content type (the setting
// frontMatter.taxonomy.contentTypes). The extension checks front matter
// against a JSON Schema it makes from these fields (since 10.10): the
// type of each value, required fields, choices as an enumeration and the
// range of a number.
type fmField struct {
	Title         string     `json:"title"`
	Name          string     `json:"name"`
	Type          string     `json:"type"`
	Description   string     `json:"description,omitempty"`
	Required      bool       `json:"required,omitempty"`
	Single        bool       `json:"single,omitempty"`
	Choices       []fmChoice `json:"choices,omitempty"`
	Multiple      bool       `json:"multiple,omitempty"`
	NumberOptions *fmNumber  `json:"numberOptions,omitempty"`
	DateFormat    string     `json:"dateFormat,omitempty"`
	Fields        []fmField  `json:"fields,omitempty"`
}

type fmChoice struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type fmNumber struct {
	IsDecimal bool     `json:"isDecimal,omitempty"`
	Min       *float64 `json:"min,omitempty"`
	Max       *float64 `json:"max,omitempty"`
}

type fmContentType struct {
	Name       string    `json:"name"`
	PageBundle bool      `json:"pageBundle"`
	ClearEmpty bool      `json:"clearEmpty"`
	Fields     []fmField `json:"fields"`
}

type fmFolder struct {
	Title           string   `json:"title"`
	Path            string   `json:"path"`
	ContentTypes    []string `json:"contentTypes"`
	DisableCreation bool     `json:"disableCreation"`
}

// FrontMatter returns the Front Matter CMS configuration (the content of
// frontmatter.json): one page folder and one content type per record
// kind, whose fields are the model's keys with their titles and
// descriptions in lang, choices, ranges and date format. Front matter is
// validated as it is typed (frontMatter.validation.enabled). New records
// are made with `ocop new`, so the folders disable the extension's own
// creation, which would write keys the model does not have.
func FrontMatter(ct Content, lang message.Lang) map[string]any {
	var types []fmContentType
	var folders []fmFolder
	for _, m := range Models() {
		if m.Folder == "" {
			continue
		}
		types = append(types, fmContentType{
			Name:       m.Name,
			PageBundle: false,
			ClearEmpty: true,
			Fields:     fmFields(m.Name, Fields(m.Type), ct, lang),
		})
		folders = append(folders, fmFolder{
			Title:           Text(m.Name, "", lang).Title,
			Path:            "[[workspace]]/content/" + m.Folder,
			ContentTypes:    []string{m.Name},
			DisableCreation: true,
		})
	}
	return map[string]any{
		"$schema":                                   FrontMatterConfigSchema,
		"frontMatter.content.pageFolders":           folders,
		"frontMatter.taxonomy.contentTypes":         types,
		"frontMatter.validation.enabled":            true,
		"frontMatter.panel.freeform":                false,
		"frontMatter.taxonomy.seoTitleField":        "name",
		"frontMatter.taxonomy.seoTitleLength":       -1,
		"frontMatter.taxonomy.seoDescriptionField":  "summary",
		"frontMatter.taxonomy.seoDescriptionLength": -1,
		"frontMatter.content.autoUpdateDate":        false,
	}
}

// fmFields returns the content type fields of the keys fs of model kind.
// A list of blocks (a product's buy) has no field type that writes it as
// the model reads it (a block list adds a fieldGroup key to each entry),
// so it is left out of the form; ocop check still checks it.
func fmFields(kind string, fs []*Field, ct Content, lang message.Lang) []fmField {
	var out []fmField
	for _, f := range fs {
		if f.List() && f.Block() {
			continue
		}
		r := RuleOf(kind, f.Key, ct)
		t := Text(kind, f.Key, lang)
		ff := fmField{Title: t.Title, Name: f.Name, Description: t.Description, Required: r.Required}
		typ := f.Type
		if f.List() {
			typ = typ.Elem()
		}
		switch {
		case f.Block():
			ff.Type, ff.Fields = "fields", fmFields(kind, f.Fields, ct, lang)
		case typ == dateType:
			ff.Type, ff.DateFormat = "datetime", "yyyy-MM-dd"
		case r.Choices != nil:
			ff.Type, ff.Multiple = "choice", f.List()
			ff.Choices = []fmChoice{}
			for _, c := range r.Choices {
				if c.Variant {
					continue
				}
				title := c.Value
				if c.Title != "" && c.Title != c.Value {
					title = c.Value + " — " + c.Title
				}
				ff.Choices = append(ff.Choices, fmChoice{ID: c.Value, Title: title})
			}
		case f.List():
			ff.Type = "list"
		case typ.Kind() == reflect.String:
			ff.Type = "string"
			ff.Single = catalogLine(f.Pattern)
		case typ.Kind() == reflect.Int || typ.Kind() == reflect.Int64:
			ff.Type, ff.NumberOptions = "number", &fmNumber{Min: r.Min, Max: r.Max}
		case typ.Kind() == reflect.Float64:
			ff.Type, ff.NumberOptions = "number", &fmNumber{IsDecimal: true, Min: r.Min, Max: r.Max}
		case typ.Kind() == reflect.Bool:
			ff.Type = "boolean"
		}
		out = append(out, ff)
	}
	return out
}

// catalogLine reports whether the text at pattern is one line: shorter
// than the longest short text (summary, description_en), which a form
// gives a box of several lines.
func catalogLine(pattern string) bool { return catalog.TextLimit(pattern) < catalog.MaxTextRunes }

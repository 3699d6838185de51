package schema

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// File is one file `ocop schema` writes.
type File struct {
	// Path is slash-separated, relative to the site folder.
	Path string
	Data []byte
}

// VSCodeSettingsPath is the workspace settings of VS Code, where the
// YAML extension reads which schema checks which file.
const VSCodeSettingsPath = ".vscode/settings.json"

// VSCodeHeader is the first line of the settings file this package
// writes; a settings file that does not start with it is someone's own,
// and is not replaced.
const VSCodeHeader = "// Written by `ocop schema`: run it again instead of editing this file."

// Files returns every file of the schemas for catalog c (linked), with
// titles and descriptions in lang: the JSON Schema of each model, the
// Front Matter CMS configuration and the VS Code settings for the YAML
// extension, in that order.
func Files(c *catalog.Catalog, lang message.Lang) ([]File, error) {
	ct := ContentOf(c)
	var out []File
	yamlSchemas := map[string][]string{}
	for _, m := range Models() {
		data, err := encode(JSONSchema(m, ct, lang))
		if err != nil {
			return nil, err
		}
		out = append(out, File{m.SchemaPath(), data})
		if m.File != "" {
			// From the folder opened in VS Code, as the YAML
			// extension's documentation writes patterns ("/file.yaml"),
			// and anywhere below it.
			yamlSchemas["./"+m.SchemaPath()] = []string{"/content/" + m.File, "**/content/" + m.File}
		}
	}
	fm, err := encode(FrontMatter(ct, lang))
	if err != nil {
		return nil, err
	}
	out = append(out, File{FrontMatterPath, fm})
	settings, err := encode(map[string]any{"yaml.schemas": yamlSchemas})
	if err != nil {
		return nil, err
	}
	out = append(out, File{VSCodeSettingsPath, append([]byte(VSCodeHeader+"\n"), settings...)})
	return out, nil
}

// encode writes v as indented JSON, keys sorted, text as it is (no
// \u escapes for <, > and &), ending with a newline.
func encode(v any) ([]byte, error) {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	if err := e.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Ours reports whether data, the content of an existing
// .vscode/settings.json, was written by this package.
func Ours(data []byte) bool {
	return strings.HasPrefix(string(data), VSCodeHeader)
}

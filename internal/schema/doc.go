// Package schema writes what editors' tools need to check records as
// they are typed, generated from the content model that validation uses
// (the yaml tags of the catalog's types, its enumerations and limits)
// and from the content itself (group IDs, districts and communes, the
// IDs of producers, showrooms and products):
//
//   - a JSON Schema (draft-07) for each record kind's front matter, for
//     content/site.yaml, content/groups.yaml and content/programme.yaml,
//     in schema/ at the root of the site folder
//     (schema/product.schema.json, …);
//   - frontmatter.json at the root of the site folder: the configuration
//     of the Front Matter CMS extension for VS Code, one content type per
//     folder of content/, whose fields carry the same titles, choices and
//     ranges, so that the extension validates front matter as it is typed;
//   - .vscode/settings.json: yaml.schemas for the YAML extension (Red
//     Hat), which checks those three files against their schemas (it
//     does not read front matter inside Markdown).
//
// Every key of the model has a title and a description in Vietnamese and
// English (text.go). A schema says only what validation says: a key the
// loader refuses is refused (additionalProperties: false), a key whose
// absence is an error is required, and every key may be left empty, as
// the loader takes an empty value for an absent one. Rules that span
// records or depend on the day (a reference to a record that does not
// exist yet, a date in the future, a score outside its star band) stay
// with `ocop check`.
package schema

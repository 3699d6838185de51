package importer

import (
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// Text returns the change as one line in lang:
//
//   - content/products/nuoc-mam-x.md (sản phẩm mới: Nước mắm X, 3 sao, chủ thể: htx-x)
//     ~ content/products/gao-y.md: stars: 3 → 4; certificate.number: (trống) → 1234/QĐ-UBND
func (c *Change) Text(lang message.Lang) string {
	if !c.New {
		parts := make([]string, len(c.Edits))
		for i, e := range c.Edits {
			switch {
			case e.Add:
				parts[i] = message.Sprintf(lang, "%s: add %s", e.Key, e.New)
			case e.New == "":
				parts[i] = message.Sprintf(lang, "%s: %s → (removed)", e.Key, shown(lang, e.Old))
			default:
				parts[i] = message.Sprintf(lang, "%s: %s → %s", e.Key, shown(lang, e.Old), e.New)
			}
		}
		return "~ " + c.Path + " (" + c.from(lang) + "): " + strings.Join(parts, "; ")
	}
	var parts []string
	name := ""
	for _, f := range c.Fields {
		switch f.Key {
		case "name":
			name = f.Value.(string)
		case "stars":
			parts = append(parts, message.Sprintf(lang, "%d stars", f.Value))
		case "producer":
			parts = append(parts, message.Sprintf(lang, "producer: %s", f.Value))
		case "kind":
			parts = append(parts, message.Sprintf(lang, "kind: %s", f.Value))
		case "group":
			parts = append(parts, message.Sprintf(lang, "group: %s", f.Value))
		case "district":
			parts = append(parts, message.Sprintf(lang, "district: %s", f.Value))
		case "commune":
			parts = append(parts, message.Sprintf(lang, "commune: %s", f.Value))
		}
	}
	head := message.Sprintf(lang, "new product: %s", name)
	if c.Kind == catalog.KindProducer {
		head = message.Sprintf(lang, "new producer: %s", name)
	}
	return "+ " + c.Path + " (" + strings.Join(append([]string{head}, parts...), ", ") + ")"
}

// from names the annex row a change comes from, with what it says, so
// that a reader can check the match: "dòng 9: Nấm bào ngư, HTX dịch vụ
// Linh Phát, 3 sao".
func (c *Change) from(lang message.Lang) string {
	parts := []string{message.Sprintf(lang, "row %d: %s", c.Row, c.From.Name)}
	if c.From.Producer != "" {
		parts = append(parts, c.From.Producer)
	}
	if c.From.Stars != 0 {
		parts = append(parts, message.Sprintf(lang, "%d stars", c.From.Stars))
	}
	return strings.Join(parts, ", ")
}

func shown(lang message.Lang, v string) string {
	if v == "" {
		return message.Sprintf(lang, "(empty)")
	}
	return v
}

// Summary returns the plan's figures in lang: rows, matches, new records,
// updates.
func (p *Plan) Summary(lang message.Lang) string {
	newProducts, updated := p.Count(catalog.KindProduct)
	newProducers, _ := p.Count(catalog.KindProducer)
	return message.Sprintf(lang, "%s read: matched products %d (%d to update, %d unchanged), matched producers %d; new products %d, new producers %d",
		message.Count{N: p.Rows, EN: "row", VI: "dòng"},
		p.MatchedProducts, updated, p.Unchanged, p.MatchedProducers, newProducts, newProducers)
}

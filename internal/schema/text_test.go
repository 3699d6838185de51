package schema

import (
	"testing"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// TestTextCoversModel checks that every key of every model, and every
// model itself, has a title and a description in both languages, and
// that every entry of texts names a key of its model (or, for model "",
// of some model).
func TestTextCoversModel(t *testing.T) {
	keys := map[string]map[string]bool{"": {}}
	for _, m := range Models() {
		keys[m.Name] = map[string]bool{"": true}
		check := func(key string) {
			for _, lang := range []message.Lang{message.VI, message.EN} {
				if l := Text(m.Name, key, lang); l.Title == "" || l.Description == "" {
					t.Errorf("%s %q has no title or description in %s; add it to texts in text.go", m.Name, key, lang)
				}
			}
		}
		check("")
		walk(Fields(m.Type), func(f *Field) {
			keys[m.Name][f.Key] = true
			keys[m.Name]["*."+f.Name] = true
			keys[""][f.Key] = true
			check(f.Key)
		})
	}
	for kind, entries := range texts {
		if keys[kind] == nil {
			t.Errorf("texts has model %q, which is no model", kind)
			continue
		}
		for key := range entries {
			if !keys[kind][key] {
				t.Errorf("texts has %s %q, which is no key of the model", kind, key)
			}
		}
	}
}

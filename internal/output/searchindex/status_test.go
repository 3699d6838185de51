package searchindex

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
	"github.com/namdinh-ocop/ocop/internal/search"
	"github.com/namdinh-ocop/ocop/internal/site"
)

// TestIndexStatus checks what the index holds of the test site's
// products by status (on outputtest.Today): the product that is not
// certified (Trà sen Nam Trực) is in no record, count or facet; the
// expired one (Rượu nếp Hải Hậu) is, marked so that its result shows
// the badge; no other record is marked.
func TestIndexStatus(t *testing.T) {
	opt, err := options(fixture(), "https://ocop.example.vn/")
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Prepare(outputtest.Load(t, fixture()), opt)
	if err != nil {
		t.Fatal(err)
	}
	in := Input(s)
	products, inShowroom := 0, 0
	for _, d := range in.Docs {
		if d.Kind != search.Product {
			continue
		}
		products++
		name := d.Fields[search.Name][0]
		if name == "Trà sen Nam Trực" {
			t.Error("the index holds the product that is not certified")
		}
		if d.Expired != (name == "Rượu nếp Hải Hậu") {
			t.Errorf("%s: Expired %v", name, d.Expired)
		}
		inShowroom += len(d.Showrooms)
	}
	if products != 6 {
		t.Errorf("%d products indexed, want the 6 OCOP products of 7 records", products)
	}
	// The showroom is named by two OCOP products and by Trà sen.
	if inShowroom != 2 {
		t.Errorf("showroom facet counts %d products, want 2", inShowroom)
	}

	_, w := indexOf(t, "https://ocop.example.vn/")
	m := manifestOf(t, w)
	if m.Counts[0] != 6 {
		t.Errorf("manifest counts %d products, want 6", m.Counts[0])
	}
	for _, lang := range []string{"vi", "en"} {
		var recs [][]json.RawMessage
		readScript(t, w, "search/"+lang+"/0.js", "d", &recs)
		marked := 0
		for i, r := range recs[:m.Counts[0]] {
			var name string
			_ = json.Unmarshal(r[0], &name)
			if strings.Contains(name, "Trà sen") {
				t.Errorf("%s display chunk shows the product that is not certified", lang)
			}
			if len(r) > 6 && string(r[6]) == "1" {
				marked++
				if !strings.HasPrefix(name, "Rượu nếp") {
					t.Errorf("%s record %d (%s) is marked expired", lang, i, name)
				}
			}
		}
		if marked != 1 {
			t.Errorf("%s: %d records marked expired, want 1", lang, marked)
		}
	}
	for _, p := range w.Paths() {
		if strings.HasPrefix(p, "search/") && strings.Contains(string(w.Files[p]), "Trà sen") {
			t.Errorf("%s holds the product that is not certified", p)
		}
	}
}

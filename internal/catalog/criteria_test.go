package catalog

import "testing"

// TestStatedCriteria checks that only a criteria system the record states
// is given to show, never the site's default_criteria, while Criteria
// still falls back to it for checks and browsing.
func TestStatedCriteria(t *testing.T) {
	c := &Catalog{
		Config: Config{DefaultCriteria: "1048"},
		Groups: Groups{Systems: []System{
			{ID: "1048", Decision: "1048/QĐ-TTg", Groups: []Group{{ID: "thuc-pham", Name: "Thực phẩm"}}},
			{ID: "148", Decision: "148/QĐ-TTg", Groups: []Group{{ID: "thuc-pham", Name: "Thực phẩm (148)"}}},
		}},
	}
	tests := []struct {
		name              string
		p                 Product
		wantSys, wantName string // "" for none
		wantCriteria      string
	}{
		{"none stated: nothing to show", Product{Group: "thuc-pham"}, "", "", "1048"},
		{"1048 stated", Product{Criteria: "1048", Group: "thuc-pham"}, "1048/QĐ-TTg", "Thực phẩm", "1048"},
		{"148 stated", Product{Criteria: "148", Group: "thuc-pham"}, "148/QĐ-TTg", "Thực phẩm (148)", "148"},
		{"stated, group unknown", Product{Criteria: "148", Group: "khac"}, "148/QĐ-TTg", "", "148"},
		{"stated, system unknown", Product{Criteria: "999", Group: "thuc-pham"}, "", "", "999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sys, g := c.StatedCriteria(&tt.p)
			var gotSys, gotName string
			if sys != nil {
				gotSys = sys.Decision
			}
			if g != nil {
				gotName = g.Name
			}
			if gotSys != tt.wantSys || gotName != tt.wantName {
				t.Errorf("StatedCriteria = %q, %q; want %q, %q", gotSys, gotName, tt.wantSys, tt.wantName)
			}
			if got := c.Criteria(&tt.p); got != tt.wantCriteria {
				t.Errorf("Criteria = %q; want %q", got, tt.wantCriteria)
			}
		})
	}
}

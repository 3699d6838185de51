package catalog_test

import (
	"os"
	"slices"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
)

// TestFairSelectionStatus: on the shared test site (checked on
// outputtest.Today), a fair's selection leaves out the expired product
// (ruou-nep-hai-hau, a 3★ drink of Hải Hậu, marked featured) unless the
// fair's select.include_expired, and never holds the product that is
// not certified (tra-sen-nam-truc, registered only), whether the fair
// selects by rule or lists its products. Participants says which of the
// two the fair's products are.
func TestFairSelectionStatus(t *testing.T) {
	c := outputtest.Load(t, os.DirFS("../output/web/testdata/site"))
	const expired, notCertified = "ruou-nep-hai-hau", "tra-sen-nam-truc"
	for _, tc := range []struct {
		name string
		sel  catalog.FairSelection
		// want are the product IDs, in order; participants is
		// Participants().
		want         []string
		participants bool
	}{
		{"rule: expired left out", catalog.FairSelection{},
			[]string{"mat-ong-hoa-nhan", "banh-da-cua-hai-hau", "gao-nep-dien-xa", "khan-theu-nam-truc", "muoi-hat-hai-hau"}, false},
		{"rule: expired included", catalog.FairSelection{IncludeExpired: true},
			[]string{"mat-ong-hoa-nhan", "banh-da-cua-hai-hau", "gao-nep-dien-xa", "khan-theu-nam-truc", "muoi-hat-hai-hau", expired}, false},
		{"rule by group: expired left out", catalog.FairSelection{Groups: []string{"do-uong"}},
			nil, false},
		{"list: expired and not certified left out", catalog.FairSelection{Products: []string{expired, notCertified, "mat-ong-hoa-nhan"}},
			[]string{"mat-ong-hoa-nhan"}, true},
		{"list: expired included, not certified still left out", catalog.FairSelection{Products: []string{expired, notCertified, "mat-ong-hoa-nhan"}, IncludeExpired: true},
			[]string{"mat-ong-hoa-nhan", expired}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &catalog.Fair{Select: tc.sel}
			var got []string
			for _, p := range c.FairProducts(f) {
				got = append(got, p.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("FairProducts = %q, want %q", got, tc.want)
			}
			if f.Participants() != tc.participants {
				t.Errorf("Participants() = %v, want %v", f.Participants(), tc.participants)
			}
		})
	}
}

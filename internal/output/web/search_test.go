package web

import (
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// The in-page filter's words are folded as search folds them, so the
// filter (which folds what is typed with search.js) and search agree on
// every line of the shared fixture, such as Ð for Đ (case search-002).
func TestFilterWordsFoldAsSearch(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Ðậu phụ Nam Ðịnh", "dau phu nam dinh"},
		{"Rượu 40° – Straße", "ruou 40 straße"},
		{"Nem nắm Giao Thủy – gia truyền", "nem nam giao thuy gia truyen"},
	} {
		p := &catalog.Product{Head: catalog.Head{Name: tc.name}}
		if got := searchWords(p); got != tc.want {
			t.Errorf("searchWords(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

package importer

import (
	"strings"
	"unicode"

	"github.com/namdinh-ocop/ocop/internal/search"
)

// Key returns the form in which product names are matched: folded as
// search folds (lower case, no tone marks, đ as d), every character that
// is not a letter or digit read as a space, spaces collapsed. "Nước mắm
// Ninh Cơ" and "NUOC MAM  ninh co" have the same key.
func Key(name string) string {
	return strings.Join(strings.FieldsFunc(search.Fold(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// tonedKey is Key with the tone marks kept: "Gạo tám" and "Gạo tấm" have
// one Key but two toned keys.
func tonedKey(name string) string {
	return strings.Join(strings.FieldsFunc(search.Lower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	}), " ")
}

// producerKinds are the kind words a producer's name may start with,
// folded, longest first within each kind, with the kind of catalog
// (catalog.ProducerKinds) each means.
var producerKinds = []struct{ words, kind string }{
	{"cong ty trach nhiem huu han mot thanh vien", "doanh nghiệp"},
	{"cong ty trach nhiem huu han", "doanh nghiệp"},
	{"cong ty tnhh mot thanh vien", "doanh nghiệp"},
	{"cong ty tnhh mtv", "doanh nghiệp"},
	{"cong ty tnhh", "doanh nghiệp"},
	{"cong ty co phan", "doanh nghiệp"},
	{"cong ty cp", "doanh nghiệp"},
	{"cty tnhh", "doanh nghiệp"},
	{"cty cp", "doanh nghiệp"},
	{"cong ty", "doanh nghiệp"},
	{"cty", "doanh nghiệp"},
	{"doanh nghiep tu nhan", "doanh nghiệp"},
	{"dntn", "doanh nghiệp"},
	{"hop tac xa", "HTX"},
	{"htx", "HTX"},
	{"to hop tac", "tổ hợp tác"},
	{"tht", "tổ hợp tác"},
	{"ho kinh doanh", "hộ kinh doanh"},
	{"hkd", "hộ kinh doanh"},
	{"co so san xuat", ""},
	{"co so", ""},
}

// ProducerKey returns the form in which producer names are matched: Key
// without the kind words at the start ("HTX", "Hợp tác xã", "Công ty
// TNHH", "Hộ kinh doanh", "Cơ sở" …), so "HTX Nghĩa Bình" and "Hợp tác
// xã Nghĩa Bình" have the same key. A name that is nothing but kind
// words keeps them.
func ProducerKey(name string) string {
	k := Key(name)
	for {
		cut := false
		for _, pk := range producerKinds {
			if rest, ok := strings.CutPrefix(k, pk.words+" "); ok {
				k, cut = rest, true
				break
			}
		}
		if !cut {
			return k
		}
	}
}

// ProducerKind returns the kind (one of catalog.ProducerKinds) that the
// start of a producer's name states, or "" when it states none.
func ProducerKind(name string) string {
	k := Key(name)
	for _, pk := range producerKinds {
		if k == pk.words || strings.HasPrefix(k, pk.words+" ") {
			return pk.kind
		}
	}
	return ""
}

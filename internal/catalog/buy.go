package catalog

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// MaxShops is the most online shops a product's buy list may name.
const MaxShops = 20

// shops checks the buy list of product p: every shop has a name and the
// https address of the product there, and no shop is listed twice, by
// address or by name.
func (v *validator) shops(p *Product) {
	urlAt := map[string]int{}
	nameAt := map[string]int{}
	for i, s := range p.Buy {
		key := fmt.Sprintf("buy.%d", i)
		if p.Bad[key] {
			continue // reported by the loader
		}
		switch {
		case !p.Has(key + ".name"):
			v.ds.Errorf(p.At(key), "shop name is missing; add name: the shop's name as buyers know it, such as \"Postmart\"")
		case p.Bad[key+".name"]:
		case strings.TrimSpace(s.Name) == "":
			v.ds.Errorf(p.At(key+".name"), "shop name is empty; give the shop's name as buyers know it, such as \"Postmart\"")
		default:
			n := PlaceKey(s.Name)
			if first, dup := nameAt[n]; dup {
				v.ds.Errorf(p.At(key+".name"), "shop %q is listed twice (first on line %d); keep one", strings.TrimSpace(s.Name), first)
			} else {
				nameAt[n] = p.At(key + ".name").Line
			}
		}
		switch {
		case !p.Has(key + ".url"):
			v.ds.Errorf(p.At(key), "shop address is missing; add url: the https:// address of the product in the shop")
		case p.Bad[key+".url"]:
		case !ShopURL(s.URL):
			v.ds.Errorf(p.At(key+".url"), "shop address %q must be an https:// address, such as https://postmart.vn/…; buyers pay there, so http:// and other addresses are refused", clip(s.URL))
		default:
			u := strings.TrimSpace(s.URL)
			if first, dup := urlAt[u]; dup {
				v.ds.Errorf(p.At(key+".url"), "shop address %q is listed twice (first on line %d); keep one", clip(u), first)
			} else {
				urlAt[u] = p.At(key + ".url").Line
			}
		}
	}
}

// ShopURL reports whether s is an address a page may link a shop by: an
// https address with a host and no user name or password.
func ShopURL(s string) bool {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, " \t\n\"<>\\") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && u.Scheme == "https" && u.Host != "" && u.User == nil
}

// zaloPath is what may follow https://zalo.me/: a phone number, an
// official account's number or a group's code.
var zaloPath = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_/-]{0,99}$`)

// ZaloURL returns the https://zalo.me/ address of a zalo value: the value
// itself when it is such an address, else the address of the phone number
// it is (digits only, +84 written 0); "" when it is neither.
func ZaloURL(zalo string) string {
	z := strings.TrimSpace(zalo)
	if rest, ok := strings.CutPrefix(z, "https://zalo.me/"); ok {
		if zaloPath.MatchString(rest) {
			return z
		}
		return ""
	}
	if !phoneNumber(z) {
		return ""
	}
	var b strings.Builder
	if rest, ok := strings.CutPrefix(z, "+84"); ok {
		b.WriteByte('0')
		z = rest
	}
	for _, r := range z {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return "https://zalo.me/" + b.String()
}

// zalo checks a producer's zalo: a phone number or a zalo.me address.
func (v *validator) zalo(p *Producer) {
	if !p.Valid("zalo") || p.Zalo == "" || ZaloURL(p.Zalo) != "" {
		return
	}
	z := strings.TrimSpace(p.Zalo)
	var hint message.Words
	if strings.HasPrefix(z, "http://zalo.me/") {
		hint = inBoth(func(l message.Lang) string { return message.Sprintf(l, "; write https:// rather than http://") })
	}
	v.ds.Errorf(p.At("zalo"), "zalo %q is not a phone number or a Zalo address; expected a number such as 0912345678, or an address such as https://zalo.me/0912345678%s", clip(z), hint)
}

// GTINValid reports whether s is a GS1 trade item number: 8, 12, 13 or
// 14 digits whose last is the check digit of the others.
func GTINValid(s string) bool {
	switch len(s) {
	case 8, 12, 13, 14:
	default:
		return false
	}
	sum := 0
	for i := len(s) - 2; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		w := 1
		if (len(s)-2-i)%2 == 0 {
			w = 3
		}
		sum += int(c-'0') * w
	}
	last := s[len(s)-1]
	return last >= '0' && last <= '9' && int(last-'0') == (10-sum%10)%10
}

// gtin checks a product's gtin.
func (v *validator) gtin(p *Product) {
	if !p.Valid("gtin") || p.GTIN == "" || GTINValid(p.GTIN) {
		return
	}
	digits := strings.Trim(p.GTIN, "0123456789") == ""
	switch {
	case !digits:
		v.ds.Errorf(p.At("gtin"), "gtin %q must be the digits of the barcode, without spaces or dashes, such as 8934567890120", clip(p.GTIN))
	case len(p.GTIN) != 8 && len(p.GTIN) != 12 && len(p.GTIN) != 13 && len(p.GTIN) != 14:
		v.ds.Errorf(p.At("gtin"), "gtin must have 8, 12, 13 or 14 digits, got %d; copy the number under the barcode", len(p.GTIN))
	default:
		v.ds.Errorf(p.At("gtin"), "gtin %s has a wrong check digit (its last digit); copy the number under the barcode again", p.GTIN)
	}
}

// Package urls makes slugs from Vietnamese names and builds the site's
// permalinks under its base URL.
//
// Sections (the first path segment of each kind of page) are Vietnamese and
// fixed, since published links must not change:
//
//	/san-pham/<slug>/     product            /en/products/<slug>/
//	/chu-the/<slug>/      producer (chủ thể)  /en/producers/<slug>/
//	/du-lich/<slug>/      tourism site        /en/tourism/<slug>/
//	/diem-ban/<slug>/     showroom            /en/showrooms/<slug>/
//	/hoi-cho/<slug>/      fair                /en/fairs/<slug>/
//	/nhom/<slug>/         product group list  /en/groups/<slug>/
//	/hang-sao/<n>-sao/    star rating list    /en/stars/<n>-stars/
//	/huyen/<slug>/        district list       /en/districts/<slug>/
//	/chuong-trinh/        the OCOP programme  /en/programme/
//
// Paths are built with package path, never path/filepath, and are always
// relative to the site root without a leading slash ("san-pham/gao/");
// Base.Abs and Base.Rel turn them into links that honour the base URL,
// including a sub-path such as https://example.gov.vn/ocop/.
package urls

import (
	"net/url"
	"path"
	"strings"

	"github.com/gosimple/slug"
	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// symbols are replaced by a space before slugging, so that gosimple/slug's
// English substitutions ("&" → "and", "@" → "at") never put English words
// into a Vietnamese slug: "Trà & Mật ong" → "tra-mat-ong".
var symbols = strings.NewReplacer(
	"&", " ", "@", " ", "%", " ", "+", " ", "=", " ", "|", " ", "<", " ", ">", " ",
	"'", " ", "\"", " ", "“", " ", "”", " ", "–", " ", "—", " ", "₫", " ",
	"đ", "d", "Đ", "D",
)

// Slug returns the URL segment for a Vietnamese name: NFC-normalised, đ/Đ
// written d, tone and vowel marks dropped, symbols dropped, lower case,
// words joined by "-". "Đi chợ" → "di-cho"; the NFD and NFC forms of a name
// give the same slug. It returns "" for a name with no letters or digits.
func Slug(name string) string {
	s := symbols.Replace(norm.NFC.String(name))
	return slug.MakeLang(s, "en")
}

// IsSlug reports whether s is a valid slug: SlugDefect(s) is NoDefect.
func IsSlug(s string) bool {
	return SlugDefect(s) == NoDefect
}

// Kind is a kind of page with its own section.
type Kind int

// Kinds of page.
const (
	Product Kind = iota
	Producer
	Site
	Showroom
	Fair
	Group
	Stars
	District
)

var sections = [...][2]string{
	Product:  {"san-pham", "products"},
	Producer: {"chu-the", "producers"},
	Site:     {"du-lich", "tourism"},
	Showroom: {"diem-ban", "showrooms"},
	Fair:     {"hoi-cho", "fairs"},
	Group:    {"nhom", "groups"},
	Stars:    {"hang-sao", "stars"},
	District: {"huyen", "districts"},
}

// Section returns the section word of kind k in language lang ("vi" or
// "en"): Section(Product, "vi") is "san-pham".
func Section(k Kind, lang string) string {
	if lang == "en" {
		return sections[k][1]
	}
	return sections[k][0]
}

// Lang returns the path prefix of a language: "" for the default language
// (Vietnamese) and "en/" for English.
func Lang(lang string) string {
	if lang == "" || lang == "vi" {
		return ""
	}
	return lang + "/"
}

// Page returns the root-relative path of a page of kind k with the given
// slug, ending in "/": Page(Product, "vi", "gao-tam") is "san-pham/gao-tam/".
func Page(k Kind, lang, slug string) string {
	return Lang(lang) + path.Join(Section(k, lang), slug) + "/"
}

// List returns the root-relative path of the list page of section k:
// List(Product, "vi") is "san-pham/".
func List(k Kind, lang string) string {
	return Lang(lang) + Section(k, lang) + "/"
}

// SearchPage returns the root-relative folder of the search page:
// "tim-kiem/" in Vietnamese, "en/search/" in English.
func SearchPage(lang string) string {
	if lang == "" || lang == "vi" {
		return Lang(lang) + "tim-kiem/"
	}
	return Lang(lang) + "search/"
}

// ProgrammePage returns the root-relative folder of the programme page:
// "chuong-trinh/" in Vietnamese, "en/programme/" in English.
func ProgrammePage(lang string) string {
	if lang == "" || lang == "vi" {
		return "chuong-trinh/"
	}
	return Lang(lang) + "programme/"
}

// Base is a parsed base URL, such as https://example.gov.vn/ocop/.
type Base struct {
	u *url.URL
}

// ParseBase parses an absolute http or https base URL. A missing final "/"
// is added. It returns an error the caller can show an editor.
func ParseBase(s string) (Base, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Base{}, &BaseError{Value: s}
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawQuery, u.Fragment = "", ""
	return Base{u: u}, nil
}

// BaseError says a base URL is not an absolute http(s) URL.
type BaseError struct{ Value string }

// Error returns the message in English.
func (e *BaseError) Error() string { return e.Localize(message.EN) }

// Localize returns the message in lang: a BaseError is a message.Localizer.
func (e *BaseError) Localize(lang message.Lang) string {
	return message.Sprintf(lang, "base URL %q must be an absolute http:// or https:// address, such as https://ocop.namdinh.gov.vn/", e.Value)
}

// Path returns the base URL's path, starting and ending with "/" ("/" or
// "/ocop/").
func (b Base) Path() string {
	if b.u == nil {
		return "/"
	}
	return b.u.Path
}

// Rel returns the site-absolute link of a root-relative path p: with base
// https://example.gov.vn/ocop/, Rel("san-pham/gao/") is "/ocop/san-pham/gao/".
func (b Base) Rel(p string) string {
	return b.Path() + strings.TrimPrefix(p, "/")
}

// Abs returns the absolute URL of a root-relative path p, for sitemaps, QR
// codes and canonical links.
func (b Base) Abs(p string) string {
	if b.u == nil {
		return "/" + strings.TrimPrefix(p, "/")
	}
	u := *b.u
	u.Path = b.Rel(p)
	return u.String()
}

// String returns the base URL.
func (b Base) String() string {
	if b.u == nil {
		return "/"
	}
	return b.u.String()
}

// SafeExternal reports whether s is an address a page may link to: an
// absolute http or https URL with a host. Every other scheme (javascript:,
// data:, vbscript:, file: …) is refused, whatever its case or encoding.
func SafeExternal(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return false
	}
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// PrintKind is a kind of print document (brochure or label sheet).
type PrintKind int

// Print documents.
const (
	PrintAll      PrintKind = iota // the whole catalog
	PrintShowroom                  // a showroom's products
	PrintFair                      // a fair's selection
	PrintLabels                    // a showroom's shelf labels
)

var printSections = [...][2]string{
	PrintAll:      {"toan-bo", "all"},
	PrintShowroom: {"diem-ban", "showrooms"},
	PrintFair:     {"hoi-cho", "fairs"},
	PrintLabels:   {"nhan", "labels"},
}

// PrintPage returns the root-relative path of a print-ready page, ending
// in "/": "in-an/diem-ban/hai-hau/" (Vietnamese) or
// "en/print/showrooms/hai-hau/" (English); slug is ignored for PrintAll
// ("in-an/toan-bo/").
func PrintPage(k PrintKind, lang, slug string) string {
	return printDir(k, lang, slug) + "/"
}

// PrintPDF returns the root-relative path of a print document's PDF:
// "in-an/diem-ban/hai-hau.pdf", "en/print/all.pdf".
func PrintPDF(k PrintKind, lang, slug string) string {
	return printDir(k, lang, slug) + ".pdf"
}

func printDir(k PrintKind, lang, slug string) string {
	root, i := "in-an/", 0
	if lang == "en" {
		root, i = "en/print/", 1
	}
	if k == PrintAll {
		return root + printSections[k][i]
	}
	return root + printSections[k][i] + "/" + slug
}

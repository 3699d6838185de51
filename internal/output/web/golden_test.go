package web

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/output/outputtest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenPages are the fixture's output files compared with
// testdata/golden/<path>.
var goldenPages = []string{
	"index.html",
	"en/index.html",
	// A product with an image and a present-day place name.
	"san-pham/gao-nep-cai-hoa-vang-dien-xa/index.html",
	"en/products/gao-nep-cai-hoa-vang-dien-xa/index.html",
	// A product without an image.
	"san-pham/ruou-nep-hai-hau/index.html",
	// A product that is not certified: its page says so, with no stars
	// and no OCOP claim.
	"san-pham/tra-sen-nam-truc/index.html",
	"en/products/tra-sen-nam-truc/index.html",
	"chu-the/hop-tac-xa-nong-nghiep-dien-xa/index.html",
	"du-lich/lang-theu-nam-truc/index.html",
	"hoi-cho/hoi-cho-ocop-nam-dinh-2024/index.html",
	// A showroom the products name (catalog.OfferNamed), and the list
	// of showrooms.
	"diem-ban/diem-gioi-thieu-san-pham-ocop-thanh-pho-nam-dinh/index.html",
	"en/showrooms/diem-gioi-thieu-san-pham-ocop-thanh-pho-nam-dinh/index.html",
	"diem-ban/index.html",
	"san-pham/index.html",
	"404.html",
	// The programme page: reported totals, targets, the catalog's counts.
	"chuong-trinh/index.html",
	"en/programme/index.html",
}

func TestGolden(t *testing.T) {
	w := renderSite(t, fixture(), "https://ocop.example.vn/")
	outputtest.Golden(t, w.Files, goldenPages, filepath.Join("testdata", "golden"), "./internal/output/web", *update)
}

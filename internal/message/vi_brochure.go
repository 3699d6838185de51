package message

// viBrochure translates the messages of package brochure: why a brochure
// or label sheet has nothing to print.
var viBrochure = map[string]string{
	"no %s for showroom %q (%s): nothing to print: %s":                                                                                                      "không in %s của điểm bán %q (%s) vì không có sản phẩm nào để in: %s",
	"every product that names this showroom has an expired certificate; add --include-expired to print them":                                                "mọi sản phẩm ghi bán tại điểm này đều đã hết hạn chứng nhận; thêm --include-expired để in kèm các sản phẩm đó",
	"no product record names this showroom, and its record gives no district (district:)":                                                                   "chưa có hồ sơ sản phẩm nào ghi bán tại điểm này, và hồ sơ điểm bán chưa ghi huyện (district:)",
	"no product record names this showroom, and %s has no OCOP product (expired certificates aside)":                                                        "chưa có hồ sơ sản phẩm nào ghi bán tại điểm này, và %s chưa có sản phẩm OCOP nào (không tính sản phẩm đã hết hạn chứng nhận)",
	"no brochure for fair %q (%s): no product meets its select: rule":                                                                                       "không in tờ giới thiệu của hội chợ %q (%s) vì không có sản phẩm nào đủ điều kiện theo select: của hội chợ",
	"no brochure of the whole catalog: it has no OCOP product with a valid certificate":                                                                     "không in tờ giới thiệu toàn bộ danh mục vì danh mục chưa có sản phẩm OCOP nào còn hiệu lực chứng nhận",
	"no brochure of the whole catalog: it has no OCOP product with a valid certificate; add --include-expired to print those whose certificate has expired": "không in tờ giới thiệu toàn bộ danh mục vì danh mục chưa có sản phẩm OCOP nào còn hiệu lực chứng nhận; thêm --include-expired để in kèm các sản phẩm đã hết hạn chứng nhận",
}

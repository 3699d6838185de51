package message

// viCompleteness translates the messages of package completeness and of
// "ocop check --report".
var viCompleteness = map[string]string{
	"Completeness of the catalog: %s, on average %d%% complete": "Mức đầy đủ của danh mục: %s, trung bình đủ %d%%",
	"OCOP products, most missing first:":                        "Sản phẩm OCOP, thiếu nhiều nhất trước:",
	"Producers, most missing first:":                            "Chủ thể, thiếu nhiều nhất trước:",
	"Showrooms, most missing first:":                            "Điểm bán, thiếu nhiều nhất trước:",
	"missing: %s":                                               "còn thiếu: %s",
	"(%s complete)":                                             "(%s đã đủ)",
	"OCOP products by district, lowest average first:":          "Sản phẩm OCOP theo huyện, trung bình thấp nhất trước:",
	"(no district)":                                             "(chưa ghi huyện)",
	"%s: %s, on average %d%%%s":                                 "%s: %s, trung bình đủ %d%%%s",
	"All: %s, on average %d%%%s":                                "Toàn bộ: %s, trung bình đủ %d%%%s",
	"Not counted as OCOP products: %s.":                         "Không tính là sản phẩm OCOP: %s.",
	"; missing: %s":                                             "; thiếu: %s",
	"row":                                                       "loại",
	"file":                                                      "tệp",
	"ID":                                                        "mã",
	"name":                                                      "tên",
	"district":                                                  "huyện",
	"products":                                                  "số sản phẩm",
	"complete (%%)":                                             "đầy đủ (%%)",
	"yes":                                                       "có",
	"missing":                                                   "thiếu",
	"all":                                                       "toàn bộ",
	"all OCOP products":                                         "tất cả sản phẩm OCOP",
	"--report --format must be text, csv or json, got %q":                                                 "--report --format phải là text, csv hoặc json, không phải %q",
	"%s; run ocop check without --report to see them (records that cannot be read are not in the report)": "%s; chạy ocop check không có --report để xem (hồ sơ không đọc được thì không có trong danh sách này)",
}

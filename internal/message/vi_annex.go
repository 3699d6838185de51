package message

// viAnnex translates the messages of package annex.
var viAnnex = map[string]string{
	"sheet %q, row %d: %s":                                                                         "trang tính %q, dòng %d: %s",
	"sheet %q, row %d, column %s: %s":                                                              "trang tính %q, dòng %d, cột %s: %s",
	"no header row found: expected a row with the columns %s":                                      "không tìm thấy dòng tiêu đề của bảng: cần một dòng có các cột %s",
	"the product's name is empty; the row is left out":                                             "tên sản phẩm bị trống; bỏ qua dòng này",
	"the stars of %q are empty; the row is left out":                                               "hạng sao của %q bị trống; bỏ qua dòng này",
	"cannot read the stars %q of %q; expected 1 to 5, such as 4, 4 sao or 4★; the row is left out": "không đọc được hạng sao %q của %q; cần một số từ 1 đến 5, như 4, 4 sao hoặc 4★; bỏ qua dòng này",
	"cannot open %s: %w":                                                                           "không mở được tệp %s: %w",
	"%s is neither an .xlsx nor a .csv file; save the annex as Excel (.xlsx) or CSV (UTF-8)":       "%s không phải tệp .xlsx hay .csv; hãy lưu phụ lục dưới dạng Excel (.xlsx) hoặc CSV (UTF-8)",
	"cannot read the workbook: %w":                                                                 "không đọc được tệp Excel: %w",
	"the workbook has no sheet %q; its sheets are %s":                                              "tệp Excel không có trang tính %q; các trang tính của tệp là %s",
	"cannot read sheet %q: %w":                                                                     "không đọc được trang tính %q: %w",
	"the workbook has no sheet":                                                                    "tệp Excel không có trang tính nào",
	"cannot read %s: %w":                                                                           "không đọc được %s: %w",
	"cannot read %s as CSV: %w":                                                                    "không đọc được %s dưới dạng CSV: %w",
}

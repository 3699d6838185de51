package message

// viImporter translates the messages of package importer and of the
// command that runs it, ocop import (cmd/ocop/import.go).
var viImporter = map[string]string{
	"%s says the product was recognised in %d, after this decision; its stars and certificate are kept":                         "%s ghi sản phẩm được công nhận năm %d, sau quyết định này; giữ nguyên hạng sao và quyết định công nhận",
	"%s: its decision %s is replaced by this one; that is right when the product was recognised again, else leave this row out": "%s: quyết định %s của hồ sơ sẽ được thay bằng quyết định này; chỉ đúng khi sản phẩm được công nhận lại, nếu không thì bỏ dòng này khỏi bảng",
	"%s: its description still mentions %q; read it again, since ocop never changes what editors wrote":                         "%s: lời mô tả còn nhắc %q; hãy đọc lại, vì ocop không bao giờ sửa lời văn của biên tập viên",
	"row %d: %s": "dòng %d: %s",
	// Changes and the summary.
	"new product: %s":    "sản phẩm mới: %s",
	"new producer: %s":   "chủ thể mới: %s",
	"%d stars":           "%d sao",
	"producer: %s":       "chủ thể: %s",
	"kind: %s":           "loại: %s",
	"group: %s":          "nhóm: %s",
	"district: %s":       "huyện: %s",
	"commune: %s":        "xã: %s",
	"%s: %s → %s":        "%s: %s → %s",
	"%s: %s → (removed)": "%s: %s → (bỏ)",
	"%s: add %s":         "%s: thêm %s",
	"(empty)":            "(trống)",
	"%s read: matched products %d (%d to update, %d unchanged), matched producers %d; new products %d, new producers %d": "đọc được %s: khớp sản phẩm đã có %d (%d cần cập nhật, %d không đổi), khớp chủ thể đã có %d; sản phẩm mới %d, chủ thể mới %d",

	// Notes about rows.
	"%q is taken to be %q of %s, whose name differs only in tone marks; check that it is the same product":                                      "%q được coi là %q của %s, tên chỉ khác dấu; hãy kiểm tra đúng là cùng một sản phẩm",
	"%q is the same product as row %d; the row is left out":                                                                                     "%q là cùng sản phẩm với dòng %d; bỏ qua dòng này",
	"%q matches %d products (%s); the row is left out: give them different names":                                                               "%q khớp với %d sản phẩm (%s); bỏ qua dòng này: hãy đặt tên khác nhau cho các sản phẩm đó",
	"producer %q matches %d producers (%s); say which one in the record by hand":                                                                "chủ thể %q khớp với %d chủ thể (%s); hãy tự ghi đúng chủ thể vào hồ sơ",
	"producer %q gives no usable ID (%q); add its record by hand":                                                                               "tên chủ thể %q không cho ra mã dùng được (%q); hãy tự tạo hồ sơ chủ thể",
	"a new producer %q would have the ID %q, already used by %s; add its record by hand, or give the existing record the producer's exact name": "chủ thể mới %q sẽ có mã %q, nhưng mã này đã dùng cho %s; hãy tự tạo hồ sơ chủ thể, hoặc sửa tên trong hồ sơ đã có cho đúng tên chủ thể",
	"%q gives no usable ID (%q); add its record by hand":                                                                                        "tên %q không cho ra mã dùng được (%q); hãy tự tạo hồ sơ",
	"a new product %q would have the ID %q, already used by %s; the row is left out: add it by hand with a different file name and slug:":       "sản phẩm mới %q sẽ có mã %q, nhưng mã này đã dùng cho %s; bỏ qua dòng này: hãy tự tạo hồ sơ với tên tệp khác và khoá slug:",
	"the row is left out because of its producer":                                                                                               "bỏ qua dòng này vì chủ thể của nó",
	"the annex names no producer for %q; producer: is left out":                                                                                 "phụ lục không ghi chủ thể của %q; bỏ trống producer:",
	"no criteria in content/groups.yaml were in force on %s; group: is left out":                                                                "content/groups.yaml không có bộ tiêu chí nào có hiệu lực ngày %s; bỏ trống group:",
	"group %q is not one group of Decision %s (%s); group: is left out: set it by hand":                                                         "nhóm %q không khớp đúng một nhóm của Quyết định %s (%s); bỏ trống group: hãy tự ghi nếu biết",
	"district %q is not a district of content/geo/; district: is left out":                                                                      "%q không phải huyện nào trong content/geo/; bỏ trống district:",
	"commune %q is not a commune of %s in content/geo/; commune: is left out":                                                                   "%q không phải xã/phường/thị trấn nào của %s trong content/geo/; bỏ trống commune:",
	"%s names producer %q, the annex %q; producer: is kept":                                                                                     "%s ghi chủ thể %q, phụ lục ghi %q; giữ nguyên producer:",
	"%s gives district %q, the annex %q; district: is kept":                                                                                     "%s ghi huyện %q, phụ lục ghi %q; giữ nguyên district:",
	"%s has a newer certificate (%s of %s); its stars and certificate are kept":                                                                 "%s đã có quyết định công nhận mới hơn (%s ngày %s); giữ nguyên hạng sao và quyết định công nhận",

	// Writing.
	"cannot write %s: %w":                          "không ghi được %s: %w",
	"cannot edit %s: %w":                           "không sửa được %s: %w",
	"the file already exists; it is left as it is": "tệp đã có; giữ nguyên tệp đó",
	"the file does not start with a --- line":      "tệp không bắt đầu bằng dòng ---",
	"the front matter has no closing --- line":     "phần khoá ở đầu tệp thiếu dòng --- đóng lại",
	"its front matter cannot be read: %w":          "không đọc được phần khoá ở đầu tệp: %w",
	"its front matter is not a list of keys":       "phần khoá ở đầu tệp không phải danh sách khoá: giá trị",

	// The command.
	"give the annex file: ocop import FILE.xlsx --decision 1234/QĐ-UBND --date YYYY-MM-DD": "hãy cho tệp phụ lục: ocop import TỆP.xlsx --decision 1234/QĐ-UBND --date YYYY-MM-DD",
	"--decision is required: the decision's number, such as 1234/QĐ-UBND":                  "thiếu --decision: số quyết định, như 1234/QĐ-UBND",
	"--date must be the day the decision was signed, as YYYY-MM-DD, got %q":                "--date phải là ngày ký quyết định, dạng YYYY-MM-DD, nhưng đang là %q",
	"--date %s is in the future; give the day the decision was signed":                     "--date %s là ngày trong tương lai; hãy cho ngày ký quyết định",
	"--source-url must be an http:// or https:// address, got %q":                          "--source-url phải là địa chỉ web bắt đầu bằng http:// hoặc https://, nhưng đang là %q",
	"the content has %s; nothing was written: run ocop check and fix them first":           "nội dung đang có %s; chưa ghi gì: hãy chạy ocop check và sửa trước",
	"columns not read: %s": "các cột không đọc: %s",
	"%s could not be read": "%s không đọc được",
	"nothing to change":    "không có gì cần thay đổi",
	"nothing was written (a dry run); run again with --write to write these changes": "chưa ghi gì (chạy thử); chạy lại với --write để ghi các thay đổi này",
	"wrote %s in %d ms; run ocop check to see the records":                           "đã ghi %s trong %d ms; chạy ocop check để kiểm tra các hồ sơ",
}

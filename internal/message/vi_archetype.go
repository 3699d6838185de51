package message

// viArchetype translates the messages of package archetype and of the
// command ocop new.
var viArchetype = map[string]string{
	"the name is empty; give the record's name in quotes, such as \"Nước mắm Đông Phương\"":                  "tên đang trống; hãy ghi tên hồ sơ trong dấu nháy, ví dụ \"Nước mắm Đông Phương\"",
	"the name %q has a line break or an invisible character; give it on one line, without hidden characters": "tên %q có dấu xuống dòng hoặc ký tự ẩn; hãy ghi tên trên một dòng, không có ký tự ẩn",
	"the name is %d letters long; a name has at most %d":                                                     "tên dài %d ký tự; tên dài nhất %d ký tự",
	"the name %q has no letter or digit to make a file name from; give a name in words":                      "tên %q không có chữ hoặc số nào để đặt tên tệp; hãy ghi tên bằng chữ",
	"the name %q gives the ID %q, which cannot be a file name on every computer; give a longer name":         "tên %q cho mã %q, không dùng được làm tên tệp trên mọi máy tính; hãy ghi tên dài hơn",
	"a %s already exists with the ID or address %q: %s; give the new one another name, or edit that file":    "đã có %s mang mã hoặc địa chỉ %q: %s; hãy đặt tên khác cho hồ sơ mới, hoặc sửa tệp đó",
	"the template %s gives a record with errors (%s); correct the template":                                  "mẫu %s tạo ra hồ sơ có lỗi (%s); hãy sửa mẫu",
	"the theme has no template %s: %w":                                                                       "giao diện không có mẫu %s: %w",
	"the template %s cannot be read: %w":                                                                     "không đọc được mẫu %s: %w",
	"the template %s cannot be used: %w":                                                                     "không dùng được mẫu %s: %w",
	"the site folder cannot be opened: %w":                                                                   "không mở được thư mục của trang: %w",
	"the folder %s cannot be made: %w":                                                                       "không tạo được thư mục %s: %w",
	"the folder %s cannot be read: %w":                                                                       "không đọc được thư mục %s: %w",
	"%s is a link; ocop writes records only into a real folder of the site":                                  "%s là một liên kết; ocop chỉ ghi hồ sơ vào thư mục thật của trang",
	"%s is not a folder": "%s không phải là thư mục",
	"%s already exists; ocop new never writes over anything: give the new record another name, or edit that one": "%s đã có; ocop new không bao giờ ghi đè: hãy đặt tên khác cho hồ sơ mới, hoặc sửa hồ sơ đã có",
	"%s cannot be read: %w":    "không đọc được %s: %w",
	"%s cannot be written: %w": "không ghi được %s: %w",
	"usage: ocop new %s \"Name\" [--bundle] [--source DIR] [--lang vi|en]":              "cách dùng: ocop new %s \"Tên\" [--bundle] [--source THƯ_MỤC] [--lang vi|en]",
	"say what to make and its name, such as: ocop new product \"Nước mắm Đông Phương\"": "hãy ghi loại hồ sơ và tên, ví dụ: ocop new product \"Nước mắm Đông Phương\"",
	"unknown kind of record %q; expected %s":                                            "không có loại hồ sơ %q; hãy dùng %s",
	"the name is missing; give it in quotes after %s":                                   "thiếu tên; hãy ghi tên trong dấu nháy sau %s",
	"give the name as one argument, in quotes: \"%s\"":                                  "hãy ghi tên trong dấu nháy: \"%s\"",
	"the template %s gives these errors; correct them in %s, and in the template":       "mẫu %s tạo ra các lỗi trên; hãy sửa chúng trong %s, và sửa cả mẫu",
	"theme: %v":  "giao diện: %v",
	"created %s": "đã tạo %s",
	"fill it in (each key is explained in the file), then run ocop check to see what is missing, and ocop serve to preview it": "hãy điền thông tin (mỗi khoá có giải thích ngay trong tệp), rồi chạy ocop check để xem còn thiếu gì, và ocop serve để xem trước trang",
}

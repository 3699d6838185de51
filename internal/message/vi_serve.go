package message

// viServe translates the messages of package serve: the preview's log
// and the words of its overlay.
var viServe = map[string]string{
	"quick: %s changed in %v":   "nhanh: %s thay đổi trong %v",
	"built %s, %s in %v":        "đã dựng %s, %s trong %v",
	"rebuilt: %s changed in %v": "dựng lại: %s thay đổi trong %v",
	"changed: %s":               "có thay đổi: %s",
	"%s and %d more":            "%s và %d tệp khác",
	"print pages: %v":           "trang in: %v",
	"The site is not built yet: the content has errors.": "Trang chưa được tạo vì nội dung có lỗi.",
	"The content has %s": "Nội dung có %s",
	"The site still shows the last good version. Fix the file and save: this box closes by itself.": "Trang vẫn hiển thị bản đúng gần nhất. Sửa tệp rồi lưu lại: khung này tự đóng.",
	"… and %d more; run ocop check to list them all":                                                "… và %d mục khác; chạy ocop check để xem hết",
	"Hide":                                 "Ẩn",
	"%s; still serving the last good site": "%s; vẫn đang phục vụ bản đúng gần nhất",
	"fixed: no more errors":                "đã sửa: không còn lỗi",
	"warning: %s is not a loopback address; anyone who can reach this machine can see the preview": "cảnh báo: %s không phải địa chỉ nội bộ (loopback); ai truy cập được máy này đều xem được bản xem trước",
	"serving %s at %s (Ctrl+C to stop)":           "đang phục vụ %s tại %s (Ctrl+C để dừng)",
	"cannot open a browser: %v; open %s yourself": "không mở được trình duyệt: %v; hãy tự mở %s",
	"watch: %v":    "theo dõi tệp: %v",
	"watch %s: %v": "theo dõi %s: %v",
}

package message

// viReport translates the messages of package report.
var viReport = map[string]string{
	"unknown format %q; use %s":                "không có định dạng %q; hãy dùng %s",
	"%s, to fix before the site can be built:": "%s, phải sửa thì mới dựng được trang:",
	"%s, by kind:":                             "%s, theo loại:",
	"[%d] %s":                                  "[%d] %s",
	" (warnings not shown: run without --errors-only to see them)": " (không hiện cảnh báo: chạy lại không có --errors-only để xem)",
	"no problems found": "không có vấn đề nào",
	"%s, %s in %s":      "%s, %s trong %s",
}

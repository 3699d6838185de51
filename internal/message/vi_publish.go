package message

// viPublish translates the messages of package publish about an output
// folder that cannot be replaced.
var viPublish = map[string]string{
	"%s is a link to %s, which does not exist; create that folder or remove the link":                                                 "%s là liên kết tới %s, vốn không tồn tại; hãy tạo thư mục đó hoặc xoá liên kết",
	"%s is a link to %s, which is %s, not a folder; ocop never deletes it to make room: move it away or choose another output folder": "%s là liên kết tới %s, vốn là %s chứ không phải thư mục; ocop không bao giờ xoá nó để lấy chỗ: hãy chuyển nó đi chỗ khác hoặc chọn thư mục đầu ra khác",
	"%s is %s, not a folder; ocop never deletes it to make room: move it away or choose another output folder":                        "%s là %s chứ không phải thư mục; ocop không bao giờ xoá nó để lấy chỗ: hãy chuyển nó đi chỗ khác hoặc chọn thư mục đầu ra khác",
	"%s (link)":                "%s (liên kết)",
	"%s/ (more than %d files)": "%s/ (hơn %d tệp)",
	"%s/ (%s)":                 "%s/ (%s)",
	", … and %d more":          ", … và %d mục khác",
}

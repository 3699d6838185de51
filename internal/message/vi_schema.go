package message

// viSchema translates the messages of `ocop schema` (cmd/ocop/schema.go).
var viSchema = map[string]string{
	"ocop schema: content/site.yaml, content/groups.yaml or a file of content/geo/ has errors, and the schemas take their groups, districts and communes from them; run ocop check, fix them, then run ocop schema again": "ocop schema: content/site.yaml, content/groups.yaml hoặc một tệp trong content/geo/ có lỗi, mà lược đồ lấy nhóm sản phẩm, huyện và xã/phường/thị trấn từ các tệp đó; hãy chạy ocop check, sửa các lỗi đó rồi chạy lại ocop schema",
	"ocop schema: %s is not written by ocop schema, so it is left as it is; add to it:": "ocop schema: %s không phải do ocop schema ghi nên được giữ nguyên; hãy thêm vào tệp đó:",
	"wrote %s": "đã ghi %s",
	"updated %s (the choices editors' tools offer)": "đã cập nhật %s (các lựa chọn mà công cụ soạn thảo đưa ra)",
	"the editors' schema files are out of date with the content (new records are missing from their choices); run ocop schema": "các tệp lược đồ cho công cụ soạn thảo đã cũ so với nội dung (các hồ sơ mới chưa có trong danh sách chọn); hãy chạy ocop schema",
}

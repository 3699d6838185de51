package message

// viURLs translates the messages of package urls.
var viURLs = map[string]string{
	"base URL %q must be an absolute http:// or https:// address, such as https://ocop.namdinh.gov.vn/": "địa chỉ web gốc %q phải là một địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, ví dụ https://ocop.namdinh.gov.vn/",
}

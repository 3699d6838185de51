package message

// viMain translates the messages of the command ocop (cmd/ocop): usage
// errors and what check, build, brochure and serve print.
var viMain = map[string]string{
	"ocop: unknown command %q; the commands are build, check, serve, brochure, synth, version and help": "ocop: không có lệnh %q; các lệnh là build, check, serve, brochure, synth, version và help",
	"%s: unexpected argument %q; run ocop help to see the options":                                      "%s: thừa đối số %q; chạy ocop help để xem các tuỳ chọn",
	"%s: --lang must be vi or en, got %q":                                                               "%s: --lang phải là vi hoặc en, nhưng lại là %q",
	"%s: unknown option %s; run ocop help to see the options":                                           "%s: không có tuỳ chọn %s; chạy ocop help để xem các tuỳ chọn",
	"%s: option %s needs a value":                                                                       "%s: tuỳ chọn %s cần một giá trị",
	"%s: %s":                                                                                            "%s: %s",

	"ocop check: --format must be text, json or github, got %q": "ocop check: --format phải là text, json hoặc github, nhưng lại là %q",
	"ocop check: %v": "ocop check: %v",

	"ocop build: %v": "ocop build: %v",
	"ocop build: --clean-dest: %s was not made by ocop; a successful build removes all it holds (%s): %s": "ocop build: --clean-dest: %s không phải do ocop tạo ra; khi dựng xong, mọi thứ trong đó sẽ bị xoá (%s): %s",
	"ocop build: %s; nothing was written (%s is unchanged)":                                               "ocop build: %s; không ghi gì cả (%s giữ nguyên)",
	"ocop build: %v; %s is unchanged":                                                                     "ocop build: %v; %s giữ nguyên",
	"ocop build: warning: %s":                                                                             "ocop build: cảnh báo: %s",
	"%s (and %s not certified)":                                                                           "%s (và %s chưa được công nhận)",
	"built %s (%s) into %s in %d ms; %s, %s, %s, %s, %s":                                                  "đã dựng %s (%s) vào %s trong %d ms; %s, %s, %s, %s, %s",
	"; %s (run ocop check to list them)":                                                                  "; %s (chạy ocop check để xem)",

	"ocop brochure: give exactly one of --showroom SLUG, --fair SLUG or --all": "ocop brochure: hãy dùng đúng một trong --showroom SLUG, --fair SLUG hoặc --all",
	"ocop brochure: --labels needs --showroom SLUG":                            "ocop brochure: --labels cần có --showroom SLUG",
	"ocop brochure: --paper must be A4 or A5, got %q":                          "ocop brochure: --paper phải là A4 hoặc A5, nhưng lại là %q",
	"ocop brochure: --lang must be vi or en, got %q":                           "ocop brochure: --lang phải là vi hoặc en, nhưng lại là %q",
	"ocop brochure: %v":                                "ocop brochure: %v",
	"ocop brochure: %s; nothing was written":           "ocop brochure: %s; không ghi tệp nào",
	"ocop brochure: no showroom %q; showrooms are: %s": "ocop brochure: không có điểm bán %q; các điểm bán là: %s",
	"ocop brochure: no fair %q; fairs are: %s":         "ocop brochure: không có hội chợ %q; các hội chợ là: %s",
	"ocop brochure: %s is not a file (%s); ocop writes only over a file of that name: move it away or choose another --dest": "ocop brochure: %s không phải là tệp (mà là %s); ocop chỉ ghi đè lên một tệp có tên đó: hãy chuyển nó đi chỗ khác hoặc chọn --dest khác",
	"wrote %s (%d bytes)": "đã ghi %s (%d byte)",

	"ocop serve: %v": "ocop serve: %v",
}

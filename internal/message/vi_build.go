package message

// viBuild translates the messages of package build: the source folder,
// the output folder and the theme.
var viBuild = map[string]string{
	"--base-url: %w":            "--base-url: %w",
	"source folder %s: %w":      "thư mục nguồn %s: %w",
	"source %s is not a folder": "nguồn %s không phải là thư mục",
	"%s has no content/ folder; run ocop in the site's folder or give --source":                          "%s không có thư mục content/; hãy chạy ocop trong thư mục của trang web hoặc dùng --source",
	"theme %q has no folder themes/%s/ in the site; create it or remove theme: to use the default theme": "giao diện %q không có thư mục themes/%s/ trong trang web; hãy tạo thư mục đó hoặc bỏ dòng theme: để dùng giao diện mặc định",
	"%s (that is %s)":   "%s (tức là %s)",
	"%s (a link to %s)": "%s (một liên kết tới %s)",
	"%s is the root folder; choose a folder such as %s":                                                                                                               "%s là thư mục gốc; hãy chọn một thư mục như %s",
	"%s would replace your home folder %s; choose a folder such as %s":                                                                                                "%s sẽ thay thế thư mục cá nhân %s của bạn; hãy chọn một thư mục như %s",
	"%s would replace the site's own folder; choose a folder such as %s":                                                                                              "%s sẽ thay thế chính thư mục của trang web; hãy chọn một thư mục như %s",
	"%s is inside the site's %s/ folder; choose a folder such as %s":                                                                                                  "%s nằm trong thư mục %s/ của trang web; hãy chọn một thư mục như %s",
	"%s is not empty and ocop did not make it (it has no %s file); it holds %s: %s":                                                                                   "%s không trống và không phải do ocop tạo ra (không có tệp %s); trong đó có %s: %s",
	"%s; a folder inside the site other than public/ may hold the site's own files, so ocop does not replace it even with --clean-dest: choose a new or empty folder": "%s; một thư mục trong trang web, ngoài public/, có thể chứa tệp của chính trang web, nên ocop không thay thế nó kể cả khi có --clean-dest: hãy chọn một thư mục mới hoặc trống",
	"%s; choose a new or empty folder, or pass --clean-dest to remove all of it and write the site there":                                                             "%s; hãy chọn một thư mục mới hoặc trống, hoặc dùng --clean-dest để xoá toàn bộ nội dung trong đó và ghi trang web vào đó",
}

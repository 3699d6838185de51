package message

// viMedia translates the messages of package media: problems with
// images and their paths.
var viMedia = map[string]string{
	"image %q cannot be read: no site folder": "không đọc được ảnh %q: không có thư mục trang web",
	"image %q matches %d files whose names differ only in how their accents are encoded (%s); keep one of them": "ảnh %q khớp với %d tệp có tên chỉ khác nhau ở cách mã hoá dấu (%s); hãy giữ lại một tệp",
	"image %q does not exist; expected a file at %s":                                                            "không có ảnh %q; cần có một tệp ở %s",
	"image %q cannot be read: %v":                                                                               "không đọc được ảnh %q: %v",
	"image %q contains %s at line %d of the SVG and %s, which a picture on the site may not have; remove it with a drawing program, or save the picture as .png":                           "ảnh %q chứa %s ở dòng %d của tệp SVG và %s, là thứ ảnh trên trang web không được có; hãy xoá bằng chương trình vẽ, hoặc lưu ảnh thành .png",
	"image %q contains %s at line %d of the SVG, which a picture on the site may not have; remove it with a drawing program, or save the picture as .png":                                  "ảnh %q chứa %s ở dòng %d của tệp SVG, là thứ ảnh trên trang web không được có; hãy xoá bằng chương trình vẽ, hoặc lưu ảnh thành .png",
	"image %q is not a valid SVG drawing (%v); export it again from the drawing program, or save the picture as .png":                                                                      "ảnh %q không phải hình vẽ SVG hợp lệ (%v); hãy xuất lại từ chương trình vẽ, hoặc lưu ảnh thành .png",
	"image %q holds %s but its name ends in %s; rename the file to %s and write that name here":                                                                                            "tệp ảnh %q là %s nhưng tên lại có đuôi %s; hãy đổi tên tệp thành %s và ghi tên đó ở đây",
	"image %q holds %s but its name ends in %s; open it in a photo program and save it as .jpg":                                                                                            "tệp ảnh %q là %s nhưng tên lại có đuôi %s; hãy mở bằng chương trình xem ảnh và lưu lại thành .jpg",
	"image %q is %d × %d pixels, more than the %d × %d (or %d megapixels in all) the site takes; save a smaller copy (2,000 pixels on the long side is plenty for the site and for print)": "ảnh %q có kích thước %d × %d điểm ảnh, lớn hơn mức %d × %d (hay tổng cộng %d triệu điểm ảnh) trang web nhận; hãy lưu một bản nhỏ hơn (cạnh dài 2.000 điểm ảnh là đủ cho trang web và cho bản in)",
	"image %q cannot be read as %s (the file is damaged or of another kind); open it in a photo program and save it again as %s":                                                           "không đọc được ảnh %q dưới dạng %s (tệp bị hỏng hoặc là loại khác); hãy mở bằng chương trình xem ảnh và lưu lại thành %s",
	"image path is empty; give a file name next to the record, such as anh-1.jpg":                                                                                                          "đường dẫn ảnh bị trống; hãy ghi tên một tệp nằm cạnh hồ sơ, ví dụ anh-1.jpg",
	`image path %q uses \; write paths with /`:                                     `đường dẫn ảnh %q dùng dấu \; hãy viết đường dẫn với dấu /`,
	"image path %q must be relative to the record's folder, such as anh-1.jpg":     "đường dẫn ảnh %q phải tính từ thư mục của hồ sơ, ví dụ anh-1.jpg",
	"image path %q has a ? or #; give the file's name alone, such as anh-1.jpg":    "đường dẫn ảnh %q có dấu ? hoặc #; hãy chỉ ghi tên tệp, ví dụ anh-1.jpg",
	"image path %q points outside the content folder; keep images inside content/": "đường dẫn ảnh %q trỏ ra ngoài thư mục content; hãy để ảnh trong content/",
	"image %q must be a %s file":                                                   "ảnh %q phải là tệp %s",
}

package media

import (
	"testing"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// TestParseRefused: references that cannot name a publishable image are
// refused with what to do instead, in both languages.
func TestParseRefused(t *testing.T) {
	for _, tc := range []struct {
		ref    string
		vi, en string
	}{
		{"anh-2.heic",
			`ảnh "anh-2.heic" là ảnh HEIC (kiểu ảnh của điện thoại), trình duyệt web không hiện được; hãy lưu lại thành .jpg (mở ảnh rồi xuất hoặc chia sẻ dưới dạng JPEG) và ghi tên tệp .jpg vào đây`,
			`image "anh-2.heic" is a HEIC photo, which web browsers do not show; save it as .jpg (open it and export or share it as JPEG) and name the .jpg here`},
		{"ANH.HEIF",
			`ảnh "ANH.HEIF" là ảnh HEIC (kiểu ảnh của điện thoại), trình duyệt web không hiện được; hãy lưu lại thành .jpg (mở ảnh rồi xuất hoặc chia sẻ dưới dạng JPEG) và ghi tên tệp .jpg vào đây`,
			`image "ANH.HEIF" is a HEIC photo, which web browsers do not show; save it as .jpg (open it and export or share it as JPEG) and name the .jpg here`},
		{"anh.bmp",
			`ảnh "anh.bmp" phải là tệp .jpg, .jpeg, .png, .webp hoặc .svg`,
			`image "anh.bmp" must be a .jpg, .jpeg, .png, .webp or .svg file`},
	} {
		_, err := Parse("content/products/a", tc.ref)
		if err == nil {
			t.Errorf("Parse(%q): no error", tc.ref)
			continue
		}
		if got := message.Text(message.VI, err); got != tc.vi {
			t.Errorf("Parse(%q) vi:\ngot  %s\nwant %s", tc.ref, got, tc.vi)
		}
		if got := message.Text(message.EN, err); got != tc.en {
			t.Errorf("Parse(%q) en:\ngot  %s\nwant %s", tc.ref, got, tc.en)
		}
	}
}

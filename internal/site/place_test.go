package site

import "testing"

func TestUnitLabel(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"en", "Huyện Nghĩa Hưng", "Nghĩa Hưng district"},
		{"en", "Xã Nghĩa Bình", "Nghĩa Bình commune"},
		{"en", "Phường Vị Khê", "Vị Khê ward"},
		{"en", "Thị trấn Yên Định", "Yên Định township"},
		{"en", "Thành phố Nam Định", "Nam Định city"},
		{"en", "Nghĩa Bình", "Nghĩa Bình"},
		{"en", "Xã ", "Xã "},
		{"vi", "Huyện Nghĩa Hưng", "Huyện Nghĩa Hưng"},
	} {
		if got := UnitLabel(c.lang, c.in); got != c.want {
			t.Errorf("UnitLabel(%q, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
	if got := unitName("vi", "Huyện Nghĩa Hưng"); got != "huyện Nghĩa Hưng" {
		t.Errorf("unitName vi = %q", got)
	}
}

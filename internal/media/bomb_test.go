package media

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"strings"
	"testing"
	"testing/fstest"
)

// pngHeader returns the first bytes of a PNG file whose header claims a
// picture of w × h pixels: a valid signature and IHDR chunk, and no
// pixels.
func pngHeader(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 2 // 8-bit RGB
	binary.Write(&b, binary.BigEndian, uint32(len(ihdr)))
	chunk := append([]byte("IHDR"), ihdr...)
	b.Write(chunk)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(chunk))
	return b.Bytes()
}

// A picture whose header claims more pixels than the site takes (a
// decompression bomb) is refused by check from its header, and print
// refuses to decode it; a large but real photo size passes.
func TestPictureSizeLimit(t *testing.T) {
	if _, err := png.DecodeConfig(bytes.NewReader(pngHeader(10, 10))); err != nil {
		t.Fatalf("the test's PNG header does not parse: %v", err)
	}
	for _, c := range []struct {
		name string
		w, h uint32
		want string // "" for no error
	}{
		{"phone photo", 12000, 9000, ""},
		{"at the side limit", MaxSide, 100, ""},
		{"side over", MaxSide + 1, 100, "is 20001 × 100 pixels, more than the 20000 × 20000 (or 120 megapixels in all)"},
		{"pixels over", 15000, 9000, "is 15000 × 9000 pixels"},
		{"bomb", 1 << 20, 1 << 20, "is 1048576 × 1048576 pixels"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{"content/products/anh.png": {Data: pngHeader(c.w, c.h)}}
			lib := NewLibrary(fsys)
			img, err := lib.Find("content/products", "anh.png")
			if err != nil {
				t.Fatal(err)
			}
			err = lib.Check(img)
			switch {
			case c.want == "" && err != nil && strings.Contains(err.Error(), "pixels"):
				t.Errorf("Check: %v, want no size error", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("Check: %v, want an error with %q", err, c.want)
			}
		})
	}
	if _, err := Decode(pngHeader(1<<20, 1<<20)); err == nil || !strings.Contains(err.Error(), "larger than the site takes") {
		t.Errorf("Decode of a bomb: %v, want it refused undecoded", err)
	}
	// A real small picture still decodes.
	var b bytes.Buffer
	png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 3, 2)))
	if img, err := Decode(b.Bytes()); err != nil || img.Bounds().Dx() != 3 {
		t.Errorf("Decode of a 3 × 2 PNG: %v", err)
	}
}

package media

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"path"
	"strings"

	"golang.org/x/image/webp"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// sniffLen is how much of a file sniff looks at.
const sniffLen = 512

// The largest raster image the site takes, in pixels: a photo of a
// phone's 108-megapixel camera fits, and a picture whose header claims
// more (a "decompression bomb": a file of a few kilobytes that decodes to
// gigabytes) is refused before any of it is decoded. Print decodes whole
// photos, at 4 bytes a pixel, so this bounds its memory to about 480 MB a
// photo.
const (
	MaxPixels = 120_000_000
	MaxSide   = 20_000
)

// sniff names the format of a file from its first bytes: one of the
// Types' formats, another format editors may meet (see formatNames), or
// "" when it is none of them.
func sniff(head []byte) string {
	has := func(p string) bool { return bytes.HasPrefix(head, []byte(p)) }
	switch {
	case has("\xff\xd8\xff"):
		return "jpeg"
	case has("\x89PNG\r\n\x1a\n"):
		return "png"
	case has("GIF87a"), has("GIF89a"):
		return "gif"
	case len(head) >= 12 && has("RIFF") && string(head[8:12]) == "WEBP":
		return "webp"
	case len(head) >= 12 && string(head[4:8]) == "ftyp":
		switch string(head[8:12]) {
		case "avif", "avis":
			return "avif"
		case "heic", "heix", "heim", "heis", "mif1", "msf1", "hevc", "hevx":
			return "heic"
		}
		return ""
	case has("BM"):
		return "bmp"
	case has("II*\x00"), has("MM\x00*"):
		return "tiff"
	case has("%PDF-"):
		return "pdf"
	}
	s := strings.ToLower(strings.TrimLeft(string(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))), " \t\r\n"))
	switch {
	case strings.HasPrefix(s, "<svg"), strings.Contains(s, "<svg"):
		return "svg"
	case strings.HasPrefix(s, "<!doctype html"), strings.HasPrefix(s, "<html"):
		return "html"
	}
	return ""
}

// mismatch returns the message for an image named ref whose content is
// of format got, not of the type its name says.
func mismatch(ref, got string) error {
	ext := path.Ext(ref)
	if want := extOf(got); want != "" {
		return message.Errorf("image %q holds %s but its name ends in %s; rename the file to %s and write that name here", ref, formatNames[got], ext, path.Base(strings.TrimSuffix(ref, ext)+want))
	}
	return message.Errorf("image %q holds %s but its name ends in %s; open it in a photo program and save it as .jpg", ref, formatNames[got], ext)
}

// checkRaster reads the header of a raster image of type t (named ref)
// from r and returns its size in pixels, or the message for editors when
// its content is not of the type its name says or cannot be read.
func checkRaster(r io.Reader, ref string, t Type) (width, height int, err error) {
	br := bufio.NewReaderSize(r, sniffLen)
	head, _ := br.Peek(sniffLen)
	if got := sniff(head); got != t.Format {
		if got == "" {
			return 0, 0, damaged(ref, t)
		}
		return 0, 0, mismatch(ref, got)
	}
	var cfg image.Config
	switch t.Format {
	case "jpeg":
		cfg, err = jpeg.DecodeConfig(br)
	case "png":
		cfg, err = png.DecodeConfig(br)
	case "webp":
		cfg, err = webp.DecodeConfig(br)
	default:
		return 0, 0, fmt.Errorf("image %q: %s is not a raster type", ref, t.Ext)
	}
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return 0, 0, damaged(ref, t)
	}
	if tooLarge(cfg) {
		return 0, 0, message.Errorf("image %q is %d × %d pixels, more than the %d × %d (or %d megapixels in all) the site takes; save a smaller copy (2,000 pixels on the long side is plenty for the site and for print)", ref, cfg.Width, cfg.Height, MaxSide, MaxSide, MaxPixels/1_000_000)
	}
	return cfg.Width, cfg.Height, nil
}

// tooLarge reports whether a picture of size cfg is over MaxSide or
// MaxPixels.
func tooLarge(cfg image.Config) bool {
	return cfg.Width > MaxSide || cfg.Height > MaxSide || int64(cfg.Width)*int64(cfg.Height) > MaxPixels
}

// damaged returns the message for an image of type t whose content is
// no picture that can be read.
func damaged(ref string, t Type) error {
	return message.Errorf("image %q cannot be read as %s (the file is damaged or of another kind); open it in a photo program and save it again as %s", ref, formatNames[t.Format], t.Ext)
}

// Decode decodes a raster image of one of the Types (JPEG, PNG or WebP),
// by its content whatever its name, for print. A picture whose header
// claims more than MaxSide or MaxPixels is refused undecoded.
func Decode(b []byte) (image.Image, error) {
	var decode func(io.Reader) (image.Image, error)
	var cfgOf func(io.Reader) (image.Config, error)
	switch sniff(b[:min(len(b), sniffLen)]) {
	case "jpeg":
		cfgOf, decode = jpeg.DecodeConfig, jpeg.Decode
	case "png":
		cfgOf, decode = png.DecodeConfig, png.Decode
	case "webp":
		cfgOf, decode = webp.DecodeConfig, webp.Decode
	default:
		return nil, errors.New("not a JPEG, PNG or WebP picture")
	}
	cfg, err := cfgOf(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	if tooLarge(cfg) {
		return nil, fmt.Errorf("a picture of %d × %d pixels is larger than the site takes", cfg.Width, cfg.Height)
	}
	return decode(bytes.NewReader(b))
}

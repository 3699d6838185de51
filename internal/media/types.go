package media

import (
	"path"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Type is one kind of image file a site may publish.
type Type struct {
	// Ext is the file name's extension, in lower case with its dot
	// (".jpg").
	Ext string
	// Format names the content: "jpeg", "png", "webp" or "svg".
	Format string
	// MIME is the Content-Type the file is served with.
	MIME string
	// Print says a brochure can print it: rasters are decoded and
	// embedded in the PDF; an SVG gets the placeholder instead.
	Print bool
}

// types is the one list of image types, in the order messages name
// them.
var types = [...]Type{
	{Ext: ".jpg", Format: "jpeg", MIME: "image/jpeg", Print: true},
	{Ext: ".jpeg", Format: "jpeg", MIME: "image/jpeg", Print: true},
	{Ext: ".png", Format: "png", MIME: "image/png", Print: true},
	{Ext: ".webp", Format: "webp", MIME: "image/webp", Print: true},
	{Ext: ".svg", Format: "svg", MIME: "image/svg+xml"},
}

// Types returns the image types a site may publish, in a fixed order.
func Types() []Type {
	return append([]Type(nil), types[:]...)
}

// TypeOf returns the type of a file name by its extension (any case);
// ok is false for a name that is not an image of one of the Types.
func TypeOf(name string) (t Type, ok bool) {
	ext := strings.ToLower(path.Ext(name))
	for _, t := range types {
		if t.Ext == ext {
			return t, true
		}
	}
	return Type{}, false
}

// Extensions lists the extensions of the Types for a message:
// ".jpg, .jpeg, .png, .webp or .svg" (in Vietnamese "… hoặc .svg").
func Extensions() message.Or {
	var out message.Or
	for _, t := range types {
		out = append(out, t.Ext)
	}
	return out
}

// formatNames say what a file holds, in the words editors know, for
// messages: the Types' formats and what else a photo may turn out to be.
var formatNames = map[string]message.Words{
	"jpeg": {VI: "một ảnh JPEG", EN: "a JPEG photo"},
	"png":  {VI: "một ảnh PNG", EN: "a PNG picture"},
	"webp": {VI: "một ảnh WebP", EN: "a WebP picture"},
	"svg":  {VI: "một hình vẽ SVG", EN: "an SVG drawing"},
	"gif":  {VI: "một ảnh GIF", EN: "a GIF picture"},
	"avif": {VI: "một ảnh AVIF", EN: "an AVIF picture"},
	"heic": {VI: "một ảnh HEIC (định dạng của iPhone)", EN: "a HEIC photo (the iPhone format)"},
	"bmp":  {VI: "một ảnh BMP", EN: "a BMP picture"},
	"tiff": {VI: "một ảnh TIFF", EN: "a TIFF picture"},
	"pdf":  {VI: "một tài liệu PDF", EN: "a PDF document"},
	"html": {VI: "một trang web (HTML)", EN: "a web page (HTML)"},
}

// extOf returns the usual extension of a format among the Types, "" for
// a format that is not one of them.
func extOf(format string) string {
	for _, t := range types {
		if t.Format == format {
			return t.Ext
		}
	}
	return ""
}

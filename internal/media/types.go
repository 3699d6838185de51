package media

import (
	"path"
	"strings"
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
// ".jpg, .jpeg, .png, .webp or .svg".
func Extensions() string {
	var b strings.Builder
	for i, t := range types {
		switch {
		case i == len(types)-1:
			b.WriteString(" or ")
		case i > 0:
			b.WriteString(", ")
		}
		b.WriteString(t.Ext)
	}
	return b.String()
}

// formatNames say what a file holds, in the words editors know, for
// messages: the Types' formats and what else a photo may turn out to be.
var formatNames = map[string]string{
	"jpeg": "a JPEG photo",
	"png":  "a PNG picture",
	"webp": "a WebP picture",
	"svg":  "an SVG drawing",
	"gif":  "a GIF picture",
	"avif": "an AVIF picture",
	"heic": "a HEIC photo (the iPhone format)",
	"bmp":  "a BMP picture",
	"tiff": "a TIFF picture",
	"pdf":  "a PDF document",
	"html": "a web page (HTML)",
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

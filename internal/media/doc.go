// Package media is the one rule for the images a site publishes: a
// record's photos (its images field), the pictures of its Markdown body,
// the photos of brochures and kiosks, and the content types the live
// preview serves them with.
//
// The model, in the order a reference is handled:
//
//   - Types is the one list of image types: .jpg and .jpeg (JPEG), .png,
//     .webp and .svg, each with its MIME type and whether a brochure can
//     print it (every type but SVG). AVIF, HEIC, GIF and the rest are
//     refused: their content cannot be checked here, and print cannot
//     show them.
//   - Parse reads a reference as an editor wrote it, relative to the
//     folder of its record, and says where it points and under which
//     name it is published (the reference cleaned, in Unicode NFC). A
//     reference must stay inside content/, name a file of one of the
//     Types, and carry no scheme, host, query or fragment.
//   - Library.Find finds the file on disk whatever the Unicode
//     normalization of its name (macOS writes decomposed, NFD, names; the
//     records are read as NFC), so "ảnh.jpg" in a record finds a file
//     saved as "a\u0309nh.jpg" and is published as "ảnh.jpg".
//   - Library.Check reads the file: a raster's header must decode as the
//     type its name says (a PNG named .jpg is refused, naming both); an SVG
//     must parse as XML and hold only what the SVG allow-list keeps (see
//     CleanSVG).
//   - Library.Publish gives the bytes the site publishes: a raster as it
//     is, an SVG always re-serialized by CleanSVG, never as saved, so that
//     even an SVG that was never checked cannot run code.
//
// Every message for editors is made here, once, and says what is wrong
// and what to do, without a position: the caller adds the record's
// path:line:col (the value of an images entry, or the "![" of a body
// image, found with BodyRefs).
package media

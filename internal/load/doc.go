// Package load reads a site's content tree into a catalog.Catalog.
//
// The tree is an fs.FS rooted at the site's source directory (so tests use
// fstest.MapFS and never the disk). It holds:
//
//	content/site.yaml             site config (catalog.Config)
//	content/groups.yaml           product groups of both decisions (catalog.Groups)
//	content/geo/<date>.yaml       administrative geography snapshots (catalog.Snapshot)
//	content/programme.yaml        reported totals and targets (catalog.Programme), optional
//	content/products/**.md        products (catalog.Product)
//	content/producers/**.md       producers, chủ thể (catalog.Producer)
//	content/sites/**.md           tourism sites (catalog.Site)
//	content/showrooms/**.md       showrooms (catalog.Showroom)
//	content/fairs/**.md           fairs (catalog.Fair)
//
// A record's ID is its file name without ".md", or its folder's name when
// the file is index.md (a page bundle, whose images sit beside it).
// Markdown records start with YAML front matter between two "---" lines;
// the rest of the file is the body.
//
// Every file is read as UTF-8 (a file that is not is reported with the
// position of the first bad byte), a byte-order mark is dropped, CRLF and
// CR line endings become LF, and all text is NFC-normalised, so a record
// saved on Windows or typed with decomposed accents loads exactly like one
// written on Linux. Editor temp and backup files (*~, *.tmp, *.swp, .#*,
// 4913, *.bck, hidden files) are ignored.
//
// Only regular files are read, each after its size is checked
// (MaxRecordSize, MaxFileSize): a link out of the site, a link to a
// folder or to nothing, and a named pipe, socket or device are reported
// by path without being opened (files.go; the site's fs.FS, package
// sitefs, enforces the same rules). CheckFiles reports the same of the
// site's themes/ folder.
//
// Front matter is decoded into the typed catalog structs by walking the
// YAML node tree, not through map[string]any, so 0912345678 stays text and
// each key's position is kept for messages. A text field takes a plain
// value as written, whatever YAML would make of it (Null, ~, yes, .inf,
// 012, 2024-01-01); only a typed field (a number, a date, true or false)
// reads the YAML tag, and only an empty value leaves a field unset. Every problem in every file is
// collected; loading never stops at the first one and never panics.
package load

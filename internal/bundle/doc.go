// Package bundle turns a theme's JavaScript modules into the classic
// scripts that pages load, with esbuild's Go API.
//
// # Modules in, scripts out
//
// A theme keeps its scripts as ES modules, one concern a file, under its
// scripts/ folder (scripts/lib/dom.js, scripts/search/rank.js, ...). An
// [Entry] names one module to start from and the output path of the script
// made from it; [Scripts] follows the entry's imports, puts every module it
// reaches into one file and minifies it. The theme is an [io/fs.FS], usually
// the layered theme (a site's own theme folder over the default one), so a
// site overrides any module by giving a file of the same path; nothing is
// read from the disk outside that file system.
//
// Imports are relative ("./dom.js", "../lib/format.js") and name the file
// exactly, extension included, as a browser would need. An import of a
// package name, an absolute path, a path that leaves the theme, a file that
// does not exist or a file that is not a .js module is an error.
//
// # Why classic scripts
//
// The site must work when its folder is opened straight from the disk
// (file://), on a kiosk offline, and under any sub-path of any static
// server. Browsers refuse ES modules (<script type="module">, import(),
// fetch) from file:// pages, so the output is what pages have always
// loaded: classic scripts, each one self-contained function expression run
// at once (an IIFE) that leaves no top-level names behind, in strict mode as
// the modules were; a script shares with others only what it puts on window
// itself. Classic scripts cannot
// share chunks, so a module used by two entries is copied into both; a page
// loads one of them. Output names carry no hash, so relative links and the
// kiosk's cache lists stay stable.
//
// # Output
//
// Each script is minified (whitespace, identifiers, syntax), targets
// ES2018 (the Unicode property escapes the search folding needs are
// ES2018 too), keeps non-ASCII text as UTF-8 and drops comments, legal ones
// included. The same theme and entries give the same bytes on every run.
// [Entry.Define] replaces global names by constant expressions at build
// time, such as the list of files a kiosk's service worker caches.
//
// # Errors
//
// Every problem esbuild reports, warnings included, fails the bundle: a
// theme's scripts build clean or not at all. Each is reported as
// "path:line:col: message" with the path inside the theme, the line and
// column counted from 1, the column in characters; a problem with no place
// in a file is reported against the entry.
package bundle

package urls

import "strings"

// Every path segment the site publishes must be a valid file name on
// every common file system, so that the output can be copied anywhere: a
// web server's disk (ext4, XFS), an encrypted home folder (eCryptfs, whose
// names may be at most 143 bytes), a Windows or macOS laptop (NTFS, APFS)
// and a USB stick (FAT32, exFAT). The rules below are the strictest of
// those systems taken together.
const (
	// MaxSlugBytes is the length of the longest slug, in bytes (a slug is
	// ASCII, so also in characters): well under every file system's limit
	// on a name, and short enough for an address to be read aloud.
	MaxSlugBytes = 80
	// MaxFileNameBytes is the length of the longest other published file
	// name (a photo's), in bytes of UTF-8: eCryptfs's limit, the lowest of
	// the common file systems (others allow 255).
	MaxFileNameBytes = 143
	// MaxPathBytes is the length of the longest published path, in bytes,
	// relative to the output folder ("san-pham/gao-tam/anh-1.jpg"): with
	// an output folder of up to 58 characters (C:\Users\…\public\), the
	// full path stays within Windows's limit of 260 characters.
	MaxPathBytes = 200
)

// Defect says why a string is not a valid slug or file name.
type Defect int

// Defects, as found by SlugDefect and FileNameDefect.
const (
	// NoDefect: the string is valid.
	NoDefect Defect = iota
	// Empty: the string is empty, or "." or "..".
	Empty
	// BadChars: a slug has a character other than a–z, 0–9 and "-", or a
	// hyphen at its start, at its end or next to another; a file name has
	// a character Windows refuses (< > : " / \ | ? * or a control
	// character).
	BadChars
	// TooLong: longer than MaxSlugBytes (a slug) or MaxFileNameBytes (a
	// file name).
	TooLong
	// DeviceName: a name Windows keeps for a device (con, prn, aux, nul,
	// com0–com9, lpt0–lpt9, conin$, conout$, in any case and with any
	// extension: nul.jpg is one), so no file or folder can have it.
	DeviceName
	// BadEnd: a file name that ends with a dot or a space, which Windows
	// drops.
	BadEnd
	// PathTooLong: a path longer than MaxPathBytes.
	PathTooLong
)

// SlugDefect returns why s cannot be a slug, the final segment of a
// page's address and the name of its folder, or NoDefect: a slug is 1 to
// MaxSlugBytes bytes of a–z, 0–9 and single hyphens, neither starting nor
// ending with a hyphen, and not a Windows device name. Every slug the
// site publishes, given by an editor or made from a name, must pass.
func SlugDefect(s string) Defect {
	switch {
	case s == "":
		return Empty
	case s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--"):
		return BadChars
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return BadChars
		}
	}
	switch {
	case len(s) > MaxSlugBytes:
		return TooLong
	case isDeviceName(s):
		return DeviceName
	}
	return NoDefect
}

// FileNameDefect returns why name, one segment of a published path (a
// photo's file name, say), cannot be a file name on every common file
// system, or NoDefect. The name is taken as it will be published (in
// NFC).
func FileNameDefect(name string) Defect {
	if name == "" || name == "." || name == ".." {
		return Empty
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`<>:"/\|?*`, r) {
			return BadChars
		}
	}
	switch {
	case len(name) > MaxFileNameBytes:
		return TooLong
	case isDeviceName(name):
		return DeviceName
	case strings.HasSuffix(name, ".") || strings.HasSuffix(name, " "):
		return BadEnd
	}
	return NoDefect
}

// PathDefect returns why p, a slash-separated path relative to the
// output folder, cannot be published on every common file system, or
// NoDefect: the first defect of its segments (see FileNameDefect), or
// PathTooLong when it is longer than MaxPathBytes.
func PathDefect(p string) Defect {
	for seg := range strings.SplitSeq(p, "/") {
		if d := FileNameDefect(seg); d != NoDefect {
			return d
		}
	}
	if len(p) > MaxPathBytes {
		return PathTooLong
	}
	return NoDefect
}

// ShortenSlug returns the longest start of slug s that is at most n bytes
// and ends at a word (before a hyphen), for suggesting a shorter slug;
// the first n bytes when its first word is longer.
func ShortenSlug(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n+1], '-'); i > 0 {
		return s[:i]
	}
	return s[:n]
}

// isDeviceName reports whether name is a Windows device name, alone or
// followed by an extension ("nul", "COM1.txt", "aux .jpg"). Windows also
// reserves COM and LPT followed by a superscript digit (¹ ² ³).
func isDeviceName(name string) bool {
	base := name
	if i := strings.IndexByte(base, '.'); i >= 0 {
		base = base[:i]
	}
	base = strings.ToLower(strings.TrimRight(base, " "))
	switch base {
	case "con", "prn", "aux", "nul", "conin$", "conout$":
		return true
	}
	if len(base) < 4 || (base[:3] != "com" && base[:3] != "lpt") {
		return false
	}
	switch base[3:] {
	case "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³":
		return true
	}
	return false
}

// String names the defect, for tests and logs ("too long").
func (d Defect) String() string {
	switch d {
	case NoDefect:
		return "no defect"
	case Empty:
		return "empty"
	case BadChars:
		return "bad characters"
	case TooLong:
		return "too long"
	case DeviceName:
		return "device name"
	case BadEnd:
		return "ends with a dot or space"
	case PathTooLong:
		return "path too long"
	}
	return "unknown defect"
}

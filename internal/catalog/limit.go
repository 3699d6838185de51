package catalog

import "strings"

// ListLimit returns the most entries the list at pattern may have, and
// false when it has no limit. pattern is a key path with "#" for each
// index of an enclosing list, such as "tags" or "systems.#.groups".
func ListLimit(pattern string) (int, bool) {
	n, ok := listLimits[pattern]
	return n, ok
}

// TextLimit returns the most characters the text at pattern may have
// (pattern as for ListLimit, ending in ".#" for an entry of a list of
// text): the limit of its last key, or MaxLineRunes.
func TextLimit(pattern string) int {
	last := pattern[strings.LastIndexByte(pattern, '.')+1:]
	if last == "#" {
		last = pattern[strings.LastIndexByte(pattern[:len(pattern)-2], '.')+1:]
	}
	if n, ok := textLimits[last]; ok {
		return n
	}
	return MaxLineRunes
}

// PhonePattern is the form of a Vietnamese phone number as written:
// digits with optional spaces, dots or hyphens, starting with 0 or +84
// (a phone must also have 9 to 12 digits in all).
const PhonePattern = `^(\+84|0)[0-9 .\-]{8,14}$`

// Package browser holds the tests that drive a real Chromium (Debian's
// chromium package) against built sites: what a visitor clicks and types
// must work in a browser, not only in the HTML. The tests skip with a
// message where Chromium is absent, except under CI=true, where its absence
// fails them.
package browser

// Package filetree reads what a folder holds without following links, so
// that tests can compare an output folder, a home folder or a site before
// and after a command: a link must be seen as a link, never as what it
// points at.
package filetree

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// Read returns what is under dir, keyed by slash path relative to dir: a
// regular file as its content, a link as "-> " and its target, a named
// pipe, socket or device as its mode ("p---------"), and, with folders,
// each folder below dir as "/". Links are never followed. An error fails
// tb at once.
func Read(tb testing.TB, dir string, folders bool) map[string]string {
	tb.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			to, err := os.Readlink(p)
			m[rel] = "-> " + to
			return err
		case d.IsDir():
			if folders && rel != "." {
				m[rel] = "/"
			}
		case d.Type().IsRegular():
			b, err := os.ReadFile(p)
			m[rel] = string(b)
			return err
		default:
			m[rel] = d.Type().String()
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

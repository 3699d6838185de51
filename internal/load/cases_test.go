package load_test

import (
	"flag"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/sitetest"
)

// update rewrites the want sections of the cases of testdata/content.
var update = flag.Bool("update", false, "rewrite the want sections of testdata/content/*.txtar")

// TestContentCases runs the cases of testdata/content: each is a few
// files on the small site of testdata/base, checked as ocop check does,
// with every error it must give (package sitetest). They run from this
// external test package: sitetest imports build, which imports load.
func TestContentCases(t *testing.T) {
	sitetest.Run(t, "testdata/content", sitetest.Options{Base: "testdata/base", Update: *update})
}

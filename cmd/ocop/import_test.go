package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/annex/annextest"
	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// TestImportDecisionXLSX imports the realistic annex workbook with
// --write into a copy of the real catalog (every row is a product it
// has) and into an empty site (every row is new), and checks the result
// with ocop check's rules: no error.
func TestImportDecisionXLSX(t *testing.T) {
	for _, tc := range []struct {
		name    string
		records bool
		summary string
	}{
		{"real catalog", true, "14 rows read: matched products 14 (11 to update, 3 unchanged), matched producers 14; new products 0, new producers 0"},
		{"empty site", false, "14 rows read: matched products 0 (0 to update, 0 unchanged), matched producers 0; new products 14, new producers 10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copySite(t, tc.records, nil)
			xlsx := filepath.Join(t.TempDir(), "phu-luc.xlsx")
			if err := annextest.WriteXLSX(xlsx, annextest.Decision()); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			code := run([]string{"import", xlsx, "--decision", "1234/QĐ-UBND", "--date", "2024-12-20", "--source", dir, "--write", "--lang", "en"}, &stdout, &stderr)
			t.Logf("ocop import:\n%s%s", stdout.String(), stderr.String())
			if code != exitOK {
				t.Fatalf("exit %d", code)
			}
			if !strings.Contains(stdout.String(), tc.summary+"\n") {
				t.Errorf("no summary %q", tc.summary)
			}
			r, err := build.Check(build.Options{Source: os.DirFS(dir)})
			for _, d := range r.Diagnostics {
				if d.Severity == catalog.Error {
					t.Error(d.Line(message.EN))
				}
			}
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}

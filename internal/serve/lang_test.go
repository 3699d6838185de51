package serve

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// The overlay and the log say each problem, its label and the overlay's
// own words in Vietnamese by default, and in English with Lang EN; errors
// come before warnings.
func TestProblemsLanguage(t *testing.T) {
	var ds catalog.Diagnostics
	// In the order of their positions, as a check sorts them: the
	// overlay still lists the error first.
	ds.Warnf(catalog.Pos{Path: "content/products/gao.md", Line: 1, Col: 1}, "products without criteria: take theirs from default_criteria here, so their groups are not checked until the errors in this file are fixed")
	ds.Errorf(catalog.Pos{Path: "content/products/gao.md", Line: 4, Col: 1}, "key %q is set twice (first on line %d); keep one", "stars", 3)
	for _, tc := range []struct {
		lang                        message.Lang
		title, label, warning, text string
		note, hide, log             string
	}{
		{"", "Nội dung có 1 lỗi", "lỗi", "cảnh báo", `khoá "stars" được khai báo hai lần (lần đầu ở dòng 3); hãy giữ một`,
			"Trang vẫn hiển thị bản đúng gần nhất", "Ẩn", "content/products/gao.md:4:1: lỗi: khoá \"stars\""},
		{message.VI, "Nội dung có 1 lỗi", "lỗi", "cảnh báo", `khoá "stars" được khai báo hai lần (lần đầu ở dòng 3); hãy giữ một`,
			"Trang vẫn hiển thị bản đúng gần nhất", "Ẩn", "1 lỗi; vẫn đang phục vụ bản đúng gần nhất"},
		{message.EN, "The content has 1 error", "error", "warning", `key "stars" is set twice (first on line 3); keep one`,
			"The site still shows the last good version", "Hide", "content/products/gao.md:4:1: error: key \"stars\""},
	} {
		var log strings.Builder
		s := &Server{opt: Options{Log: &log, Lang: tc.lang}, hub: newHub()}
		ch, _ := s.hub.subscribe()
		s.problems(ds)
		e := <-ch
		var got errorData
		if err := json.Unmarshal(e.data, &got); err != nil {
			t.Fatal(err)
		}
		if got.Title != tc.title || !strings.HasPrefix(got.Note, tc.note) || got.Hide != tc.hide {
			t.Errorf("lang %q: title %q, note %q, hide %q; want %q, %q…, %q", tc.lang, got.Title, got.Note, got.Hide, tc.title, tc.note, tc.hide)
		}
		if len(got.Problems) != 2 {
			t.Fatalf("lang %q: %d problems, want 2", tc.lang, len(got.Problems))
		}
		p := got.Problems[0]
		if p.Severity != "error" || p.Label != tc.label || p.Message != tc.text {
			t.Errorf("lang %q: problem %+v, want severity error, label %q, message %q", tc.lang, p, tc.label, tc.text)
		}
		if w := got.Problems[1]; w.Severity != "warning" || w.Label != tc.warning {
			t.Errorf("lang %q: warning %+v, want label %q", tc.lang, w, tc.warning)
		}
		if !strings.Contains(log.String(), tc.log) {
			t.Errorf("lang %q: log\n%s\nwant it to contain %q", tc.lang, log.String(), tc.log)
		}
	}
}

package markdown

import (
	"reflect"
	"testing"
)

// Tables counts what a page shows: every row has a cell for each column
// of the header, however few it writes.
func TestTables(t *testing.T) {
	src := "Gạo ngon.\n\n| a | b | c |\n|---|---|---|\n| 1 |\n|\n\nChữ.\n\n|x|\n|-|\n\nKhông | phải bảng\n"
	got := New().Tables([]byte(src))
	want := []Table{{Line: 3, Columns: 3, Rows: 3}, {Line: 10, Columns: 1, Rows: 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tables = %+v, want %+v", got, want)
	}
	if c := got[0].Cells(); c != 9 {
		t.Errorf("Cells = %d, want 9", c)
	}
}

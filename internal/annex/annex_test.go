package annex_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/annex"
	"github.com/namdinh-ocop/ocop/internal/annex/annextest"
	"github.com/namdinh-ocop/ocop/internal/message"
)

func TestMatchHeader(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want annex.Field
	}{
		{"STT", annex.No},
		{"Số TT", annex.No},
		{"TT", annex.No},
		{"Tên sản phẩm", annex.Name},
		{"TÊN SẢN PHẨM", annex.Name},
		{"ten san pham", annex.Name},
		{"Tên SP", annex.Name},
		{"Sản phẩm", annex.Name},
		{"Chủ thể", annex.Producer},
		{"Tên chủ thể", annex.Producer},
		{"TEN CHU THE", annex.Producer},
		{"Chủ thể sản xuất", annex.Producer},
		{"Cơ sở sản xuất", annex.Producer},
		{"Địa chỉ", annex.Address},
		{"Địa chỉ chủ thể", annex.Address},
		{"dia chi", annex.Address},
		{"Hạng sao", annex.Stars},
		{"Số sao", annex.Stars},
		{"Xếp hạng", annex.Stars},
		{"Kết quả phân hạng", annex.Stars},
		{"HANG SAO", annex.Stars},
		{"Nhóm", annex.Group},
		{"Nhóm sản phẩm", annex.Group},
		{"Bộ sản phẩm", annex.Group},
		{"Phân nhóm", annex.Group},
		{"Nhóm hàng", annex.Group},
		{"Huyện", annex.District},
		{"Huyện/Thành phố", annex.District},
		{"Xã", annex.Commune},
		{"Xã/Phường/Thị trấn", annex.Commune},
		{"Ghi chú", annex.None},
		{"Điểm", annex.None},
		{"", annex.None},
	} {
		if got := annex.MatchHeader(tc.in); got != tc.want {
			t.Errorf("MatchHeader(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestParseStars(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"4", 4, true},
		{" 3 ", 3, true},
		{"4 sao", 4, true},
		{"4 SAO", 4, true},
		{"4*", 4, true},
		{"4 *", 4, true},
		{"4★", 4, true},
		{"★★★★", 4, true},
		{"★★★", 3, true},
		{"***", 3, true},
		{"5.0", 5, true},
		{"Bốn sao", 4, true},
		{"ba sao", 3, true},
		{"", 0, false},
		{"6", 0, false},
		{"0", 0, false},
		{"3-4", 0, false},
		{"tiềm năng 4 sao", 0, false},
		{"★★★★★★", 0, false},
	} {
		got, ok := annex.ParseStars(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseStars(%q) = %d, %v, want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// row is a Row without its sheet, for short wants.
type row struct {
	Line                                              int
	Name, Producer, Address, Group, District, Commune string
	Stars                                             int
}

func rows(t *annex.Table) []row {
	var out []row
	for _, r := range t.Rows {
		out = append(out, row{r.Line, r.Name, r.Producer, r.Address, r.Group, r.District, r.Commune, r.Stars})
	}
	return out
}

func problems(t *annex.Table, lang message.Lang) []string {
	var out []string
	for _, p := range t.Problems {
		out = append(out, p.Text(lang))
	}
	return out
}

func TestDecisionXLSX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "phu-luc.xlsx")
	if err := annextest.WriteXLSX(path, annextest.Decision()); err != nil {
		t.Fatal(err)
	}
	tb, err := annex.ReadFile(path, "")
	if err != nil {
		t.Fatal(err)
	}
	if tb.Header != 6 {
		t.Errorf("header at row %d, want 6", tb.Header)
	}
	want := map[annex.Field]int{annex.No: 1, annex.Name: 2, annex.Producer: 3, annex.Address: 4, annex.Group: 5, annex.Stars: 6}
	if !reflect.DeepEqual(tb.Columns, want) {
		t.Errorf("columns %v, want %v", tb.Columns, want)
	}
	if !reflect.DeepEqual(tb.Unused, []string{"G: Ghi chú"}) {
		t.Errorf("unused %q", tb.Unused)
	}
	if len(tb.Problems) > 0 {
		t.Errorf("problems: %q", problems(tb, message.EN))
	}
	got := rows(tb)
	if len(got) != 14 {
		t.Fatalf("%d rows, want 14: %+v", len(got), got)
	}
	first := row{9, "Gạo nếp bắc Nghĩa Bình", "HTX Nghĩa Bình", "xã Nghĩa Bình, huyện Nghĩa Hưng", "Thực phẩm", "Huyện Nghĩa Hưng", "", 4}
	if got[0] != first {
		t.Errorf("first row\n got %+v\nwant %+v", got[0], first)
	}
	second := row{10, "Gạo huyết rồng Nghĩa Bình", "HTX Nghĩa Bình", "xã Nghĩa Bình, huyện Nghĩa Hưng", "Thực phẩm", "Huyện Nghĩa Hưng", "", 3}
	if got[1] != second {
		t.Errorf("second row (under merged producer cells)\n got %+v\nwant %+v", got[1], second)
	}
	last := row{27, "Bánh gai Hương Cúc", "Hộ kinh doanh Hương Cúc", "thành phố Nam Định", "Thực phẩm", "Thành phố Nam Định", "", 3}
	if got[13] != last {
		t.Errorf("last row\n got %+v\nwant %+v", got[13], last)
	}
}

// messy is an annex as an editor might receive it: headers without tone
// marks in capitals, a header on row 5 under a title, stars in every
// written form, blank rows, a total row, an unknown column, a row with
// no name and one whose stars cannot be read.
var messy = [][]string{
	{"DANH SACH SAN PHAM OCOP"},
	{"(kem theo quyet dinh)"},
	{},
	{},
	{"STT", "TEN SAN PHAM", "TEN CHU THE", "DIA CHI", "HUYEN", "XA", "BO SAN PHAM", "SO SAO", "DIEM"},
	{"1", "Gạo nếp bắc Nghĩa Bình", "HTX Nghĩa Bình", "", "Nghĩa Hưng", "Nghĩa Bình", "Thực phẩm", "4*", "75"},
	{},
	{"2", "Nước mắm Ninh Cơ", "Công ty CP Chế biến hải sản Nam Định", "", "Hải Hậu", "Thịnh Long", "Thực phẩm", "4★", "72"},
	{"3", "Gạo mầm tươi", "HTX Thanh niên Nam Đại Dương", "", "Nghĩa Hưng", "Nghĩa Trung", "Thực phẩm", "★★★", "60"},
	{"4", "", "HTX X", "", "Hải Hậu", "", "Thực phẩm", "3", ""},
	{"5", "Nem nắm Giao Thủy", "Cơ sở sản xuất Nem nắm Phan Văn Trịnh", "", "Giao Thủy", "Ngô Đồng", "Thực phẩm", "tiềm năng 4 sao", ""},
	{"6", "Bánh gai Hương Cúc", "Hộ kinh doanh Hương Cúc", "", "Thành phố Nam Định", "", "Thực phẩm", "3 sao", ""},
	{"", "Tổng cộng", "", "", "", "", "", "4 sản phẩm", ""},
}

func TestMessyCSV(t *testing.T) {
	for _, tc := range []struct {
		name string
		sep  rune
		bom  bool
	}{{"comma", ',', false}, {"semicolon-bom", ';', true}, {"comma-bom", ',', true}} {
		t.Run(tc.name, func(t *testing.T) {
			src := annextest.CSV(annextest.Sheet{Rows: messy}, tc.sep, tc.bom)
			if tc.bom && !bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
				t.Fatal("no BOM written")
			}
			path := filepath.Join(t.TempDir(), "phu-luc.csv")
			if err := os.WriteFile(path, src, 0o644); err != nil {
				t.Fatal(err)
			}
			tb, err := annex.ReadFile(path, "")
			if err != nil {
				t.Fatal(err)
			}
			if tb.Header != 5 {
				t.Errorf("header at row %d, want 5", tb.Header)
			}
			want := []row{
				{6, "Gạo nếp bắc Nghĩa Bình", "HTX Nghĩa Bình", "", "Thực phẩm", "Nghĩa Hưng", "Nghĩa Bình", 4},
				{8, "Nước mắm Ninh Cơ", "Công ty CP Chế biến hải sản Nam Định", "", "Thực phẩm", "Hải Hậu", "Thịnh Long", 4},
				{9, "Gạo mầm tươi", "HTX Thanh niên Nam Đại Dương", "", "Thực phẩm", "Nghĩa Hưng", "Nghĩa Trung", 3},
				{12, "Bánh gai Hương Cúc", "Hộ kinh doanh Hương Cúc", "", "Thực phẩm", "Thành phố Nam Định", "", 3},
			}
			if got := rows(tb); !reflect.DeepEqual(got, want) {
				t.Errorf("rows\n got %+v\nwant %+v", got, want)
			}
			wantVI := []string{
				`trang tính "phu-luc", dòng 10, cột B: tên sản phẩm bị trống; bỏ qua dòng này`,
				`trang tính "phu-luc", dòng 11, cột H: không đọc được hạng sao "tiềm năng 4 sao" của "Nem nắm Giao Thủy"; cần một số từ 1 đến 5, như 4, 4 sao hoặc 4★; bỏ qua dòng này`,
			}
			if got := problems(tb, message.VI); !reflect.DeepEqual(got, wantVI) {
				t.Errorf("problems\n got %q\nwant %q", got, wantVI)
			}
			wantEN := []string{
				`sheet "phu-luc", row 10, column B: the product's name is empty; the row is left out`,
				`sheet "phu-luc", row 11, column H: cannot read the stars "tiềm năng 4 sao" of "Nem nắm Giao Thủy"; expected 1 to 5, such as 4, 4 sao or 4★; the row is left out`,
			}
			if got := problems(tb, message.EN); !reflect.DeepEqual(got, wantEN) {
				t.Errorf("problems\n got %q\nwant %q", got, wantEN)
			}
			if !reflect.DeepEqual(tb.Unused, []string{"I: DIEM"}) {
				t.Errorf("unused %q", tb.Unused)
			}
		})
	}
}

func TestNoHeader(t *testing.T) {
	tb := annex.Parse("Sheet1", [][]string{{"a", "b"}, {"1", "2"}})
	if tb.Header != 0 || len(tb.Rows) != 0 || len(tb.Problems) != 1 {
		t.Fatalf("got header %d, %d rows, problems %q", tb.Header, len(tb.Rows), problems(tb, message.EN))
	}
	if got := tb.Problems[0].Text(message.EN); !strings.Contains(got, "no header row found") {
		t.Errorf("got %q", got)
	}
}

func TestSectionsWithoutMerge(t *testing.T) {
	// A section number in the STT column and its title beside it, no
	// district column: the title's district goes to the rows below.
	tb := annex.Parse("PL", [][]string{
		{"STT", "Tên sản phẩm", "Chủ thể", "Hạng sao"},
		{"I", "Huyện Hải Hậu", "", ""},
		{"1", "Nấm bào ngư", "HTX dịch vụ Linh Phát", "3"},
		{"II.", "THÀNH PHỐ NAM ĐỊNH"},
		{"2", "Bánh gai Hương Cúc", "Hộ kinh doanh Hương Cúc", "3"},
		{"B. Nhóm đồ uống"},
		{"3", "Rượu X", "HTX Y", "3"},
	})
	var got []string
	for _, r := range tb.Rows {
		got = append(got, r.Name+"/"+r.District)
	}
	want := []string{"Nấm bào ngư/Huyện Hải Hậu", "Bánh gai Hương Cúc/THÀNH PHỐ NAM ĐỊNH", "Rượu X/THÀNH PHỐ NAM ĐỊNH"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	os.WriteFile(txt, []byte("x"), 0o644)
	bad := filepath.Join(dir, "b.xlsx")
	os.WriteFile(bad, []byte("not a workbook"), 0o644)
	good := filepath.Join(dir, "c.xlsx")
	if err := annextest.WriteXLSX(good, annextest.Decision()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, sheet, want string }{
		{txt, "", "a.txt is neither an .xlsx nor a .csv file"},
		{bad, "", "cannot read the workbook"},
		{good, "Sheet9", `the workbook has no sheet "Sheet9"; its sheets are "Phụ lục"`},
		{filepath.Join(dir, "none.csv"), "", "cannot open"},
	} {
		_, err := annex.ReadFile(tc.path, tc.sheet)
		if err == nil || !strings.Contains(message.Text(message.EN, err), tc.want) {
			t.Errorf("ReadFile(%s, %q) = %v, want %q", filepath.Base(tc.path), tc.sheet, err, tc.want)
		}
	}
}

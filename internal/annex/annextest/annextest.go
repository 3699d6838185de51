// Package annextest makes annex tables for tests: workbooks and CSV
// files in the shape of a provincial recognition decision's annex (a
// title block, a header of two rows with merged cells, a section row per
// district, a total row and notes below), from the products of the real
// catalog.
package annextest

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Sheet is one sheet of a workbook: its rows of cells and its merged
// ranges, such as {"C6", "D6"}.
type Sheet struct {
	Name  string
	Rows  [][]string
	Merge [][2]string
}

// WriteXLSX writes sheets as an XLSX workbook at path; a merged range
// keeps the value of its first cell, as spreadsheet programs do.
func WriteXLSX(path string, sheets ...Sheet) error {
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			return err
		}
		for r, row := range s.Rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell, err := excelize.CoordinatesToCellName(c+1, r+1)
				if err != nil {
					return err
				}
				if err := f.SetCellValue(s.Name, cell, v); err != nil {
					return err
				}
			}
		}
		for _, m := range s.Merge {
			if err := f.MergeCell(s.Name, m[0], m[1]); err != nil {
				return err
			}
		}
	}
	return f.SaveAs(path)
}

// CSV returns the sheet's rows as CSV with the separator sep, with a
// UTF-8 byte order mark first when bom is true (as Excel saves "CSV
// UTF-8").
func CSV(s Sheet, sep rune, bom bool) []byte {
	var b bytes.Buffer
	if bom {
		b.WriteString("\xef\xbb\xbf")
	}
	w := csv.NewWriter(&b)
	w.Comma = sep
	w.WriteAll(s.Rows)
	return b.Bytes()
}

// Decision returns the annex of a recognition decision, numbered
// 1234/QĐ-UBND, for 14 products of six districts: real products,
// producers and stars of the catalog's sources. Its header is on rows 6
// and 7 ("Chủ thể" merged over "Tên chủ thể" and "Địa chỉ"), each
// district is a section row ("I. Huyện Nghĩa Hưng", merged across), the
// producer and address cells of rows 9 and 10 are merged over both, and
// a total row and notes follow the table.
func Decision() Sheet {
	rows := [][]string{
		{"UBND TỈNH NAM ĐỊNH"},
		{"Phụ lục"},
		{"DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT CHUẨN OCOP"},
		{"(Kèm theo Quyết định số 1234/QĐ-UBND của Ủy ban nhân dân tỉnh Nam Định)"},
		{},
		{"STT", "Tên sản phẩm", "Chủ thể", "", "Phân nhóm", "Hạng sao", "Ghi chú"},
		{"", "", "Tên chủ thể", "Địa chỉ"},
	}
	merge := [][2]string{{"A1", "C1"}, {"A2", "G2"}, {"A3", "G3"}, {"A4", "G4"},
		{"A6", "A7"}, {"B6", "B7"}, {"C6", "D6"}, {"E6", "E7"}, {"F6", "F7"}, {"G6", "G7"}}
	section := func(n, name string) {
		rows = append(rows, []string{n, name})
		r := strconv.Itoa(len(rows))
		merge = append(merge, [2]string{"B" + r, "G" + r})
	}
	no := 0
	product := func(name, producer, address, group, stars string) {
		no++
		rows = append(rows, []string{strconv.Itoa(no), name, producer, address, group, stars})
	}
	section("I", "Huyện Nghĩa Hưng")
	product("Gạo nếp bắc Nghĩa Bình", "HTX Nghĩa Bình", "xã Nghĩa Bình, huyện Nghĩa Hưng", "Thực phẩm", "4 sao")
	// One producer's cells merged over its two products, as annexes do.
	product("Gạo huyết rồng Nghĩa Bình", "", "", "Thực phẩm", "3 sao")
	merge = append(merge, [2]string{"C9", "C10"}, [2]string{"D9", "D10"})
	product("Gạo mầm tươi", "HTX Thanh niên Nam Đại Dương", "xã Nghĩa Trung, huyện Nghĩa Hưng", "Thực phẩm", "3 sao")
	product("Mắm tôm Ngọc Lâm", "Cơ sở Ngọc Lâm", "xã Nghĩa Hải, huyện Nghĩa Hưng", "Thực phẩm", "3 sao")
	section("II", "Huyện Hải Hậu")
	product("Nước mắm Ninh Cơ", "Công ty CP Chế biến hải sản Nam Định", "thị trấn Thịnh Long, huyện Hải Hậu", "Thực phẩm", "4 sao")
	product("Nấm bào ngư", "HTX dịch vụ Linh Phát", "xã Hải Chính, huyện Hải Hậu", "Thực phẩm", "3 sao")
	section("III", "Huyện Giao Thủy")
	product("Rau cải bó xôi THGY", "HTX rau hữu cơ TH Giao Yến", "huyện Giao Thủy", "Thực phẩm", "3 sao")
	product("Rau cải chíp THGY", "HTX rau hữu cơ TH Giao Yến", "huyện Giao Thủy", "Thực phẩm", "3 sao")
	product("Rau cải ngọt THGY", "HTX rau hữu cơ TH Giao Yến", "huyện Giao Thủy", "Thực phẩm", "3 sao")
	product("Nem nắm Giao Thủy", "Cơ sở sản xuất Nem nắm Phan Văn Trịnh", "thị trấn Ngô Đồng, huyện Giao Thủy", "Thực phẩm", "3 sao")
	section("IV", "Huyện Ý Yên")
	product("Gạo sinh thái Ruộng Rươi", "Công ty TNHH Toản Xuân", "xã Yên Lương, huyện Ý Yên", "Thực phẩm", "4 sao")
	product("Gạo sạch chất lượng cao Toản Xuân 999", "Công ty TNHH Toản Xuân", "xã Yên Lương, huyện Ý Yên", "Thực phẩm", "4 sao")
	section("V", "Huyện Nam Trực")
	product("Cây trà my cổ bonsai Nam Toàn", "Hộ kinh doanh Lê Trung Thành", "xã Nam Điền, huyện Nam Trực", "Sinh vật cảnh", "3 sao")
	section("VI", "Thành phố Nam Định")
	product("Bánh gai Hương Cúc", "Hộ kinh doanh Hương Cúc", "thành phố Nam Định", "Thực phẩm", "3 sao")
	rows = append(rows, []string{"Tổng cộng: 14 sản phẩm (4 sản phẩm 4 sao, 10 sản phẩm 3 sao)"})
	r := strconv.Itoa(len(rows))
	merge = append(merge, [2]string{"A" + r, "G" + r})
	rows = append(rows, []string{}, []string{"", "Ghi chú: Giấy chứng nhận có giá trị 36 tháng kể từ ngày ký."})
	return Sheet{Name: "Phụ lục", Rows: rows, Merge: merge}
}

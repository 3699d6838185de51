// Package annex reads the annex table of an OCOP recognition decision
// (phụ lục của quyết định công nhận sản phẩm OCOP), an XLSX or CSV file,
// into rows: one product each, with its name, producer, address, group,
// district, commune and stars as the table writes them.
//
// A decision's annex is made for print, not for machines, so the reader
// is lenient about its shape and strict about its facts:
//
//   - the header row is found wherever it is (a title block usually sits
//     above it); its cells are matched with or without tone marks, in any
//     case ("Tên sản phẩm", "TEN SAN PHAM"), and a header of two rows
//     (a merged "Chủ thể" above "Tên" and "Địa chỉ") is read as one;
//   - merged cells (XLSX) give their value to every cell they cover;
//   - blank rows, a row of column numbers under the header, total rows
//     ("Tổng cộng") and notes are skipped;
//   - a section row ("I. Huyện Hải Hậu", one text across the row) gives
//     its district to the rows below it when the table has no district
//     column;
//   - stars are read from "4", "4 sao", "4*", "4★" or "★★★★".
//
// A row that cannot be read (no product name, stars in no known form) is
// left out and reported as a Problem naming its sheet, row and column.
package annex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/search"
)

// Field is a column of an annex that the reader knows.
type Field int

// The known columns.
const (
	None     Field = iota
	No             // STT
	Name           // tên sản phẩm
	Producer       // chủ thể
	Address        // địa chỉ
	Stars          // hạng sao
	Group          // nhóm, bộ sản phẩm
	District       // huyện
	Commune        // xã, phường, thị trấn
)

// Row is one product of an annex, its cells trimmed, as the table writes
// them; Stars is 0 when the table has no stars column.
type Row struct {
	// Sheet is the sheet's name (the file's name for CSV); Line is the
	// row's number in it, 1-based, as a spreadsheet numbers it.
	Sheet string
	Line  int
	No    string
	Name  string
	// Producer is the producer's name; Address its address.
	Producer string
	Address  string
	Group    string
	// District is the district column's value, or else the district of
	// the section row above the row ("Huyện Hải Hậu").
	District string
	Commune  string
	Stars    int
}

// Problem is a row, or a cell of it, that could not be read.
type Problem struct {
	Sheet string
	// Row is 1-based; Col is 1-based, 0 for the whole row.
	Row, Col int
	// Err says what is wrong, in either language (see message.Text).
	Err error
}

// Text returns the problem in lang, such as "Phụ lục 1, dòng 12, cột C:
// không đọc được hạng sao "bốn""; the column is left out for a whole row.
func (p Problem) Text(lang message.Lang) string {
	if p.Col == 0 {
		return message.Sprintf(lang, "sheet %q, row %d: %s", p.Sheet, p.Row, p.Err)
	}
	return message.Sprintf(lang, "sheet %q, row %d, column %s: %s", p.Sheet, p.Row, ColumnName(p.Col), p.Err)
}

// ColumnName returns the spreadsheet name of the 1-based column n: A, B,
// …, Z, AA.
func ColumnName(n int) string {
	s := ""
	for n > 0 {
		n--
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return s
}

// Problems collects the problems of one table.
type Problems []Problem

// Errorf adds a problem at the cell (row, col) of sheet; format is an
// English fmt format with a Vietnamese translation (see package message).
func (ps *Problems) Errorf(at Problem, format string, args ...any) {
	at.Err = message.Errorf(format, args...)
	*ps = append(*ps, at)
}

// Table is what Parse read from one sheet.
type Table struct {
	Sheet string
	// Header is the 1-based row of the header (its first row when it has
	// two), 0 when none was found.
	Header int
	// Columns maps each known field to its 1-based column.
	Columns map[Field]int
	// Unused are the header's cells that name no known column, as
	// "C: Ghi chú".
	Unused []string
	Rows   []Row
	// Problems are the rows that could not be read, in order.
	Problems Problems
}

// headerWords are the header texts of each field, folded, most specific
// first: a cell matches the first field one of whose phrases it holds as
// whole words. Address comes before producer ("Địa chỉ chủ thể"), group
// before stars and name ("Nhóm hàng", "Nhóm sản phẩm").
var headerWords = []struct {
	f       Field
	phrases []string
}{
	{No, []string{"stt", "so tt", "so thu tu", "tt"}},
	{Address, []string{"dia chi"}},
	{Group, []string{"nhom", "bo san pham", "phan nhom", "nganh hang", "bo"}},
	{Stars, []string{"hang sao", "so sao", "xep hang", "phan hang", "sao"}},
	{Producer, []string{"chu the", "co so san xuat", "don vi san xuat", "to chuc ca nhan", "doanh nghiep", "co so", "don vi"}},
	{Name, []string{"ten san pham", "san pham", "ten sp", "ten"}},
	{District, []string{"huyen", "cap huyen", "huyen thanh pho"}},
	{Commune, []string{"xa", "phuong", "thi tran", "xa phuong thi tran"}},
}

// MatchHeader returns the field a header cell names, with or without tone
// marks and in any case, and None for any other text.
func MatchHeader(cell string) Field {
	words := strings.Fields(plain(cell))
	if len(words) == 0 || len(words) > 10 {
		return None
	}
	for _, h := range headerWords {
		for _, p := range h.phrases {
			if hasPhrase(words, strings.Fields(p)) {
				return h.f
			}
		}
	}
	return None
}

// plain folds s (lower case, no tone marks, đ as d) and writes every
// character that is not a letter or digit as a space.
func plain(s string) string {
	return strings.Join(strings.FieldsFunc(search.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func hasPhrase(words, phrase []string) bool {
	for i := 0; i+len(phrase) <= len(words); i++ {
		ok := true
		for j, w := range phrase {
			if words[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

var (
	starsDigits = regexp.MustCompile(`^0?([1-5])(?:[.,]0+)?(?:sao|\*|★|☆)?$`)
	starWords   = map[string]int{"mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5}
)

// ParseStars returns the stars written in s: "4", "4 sao", "4*", "4★",
// "★★★★" (or "****"), "Bốn sao"; false for anything else, "" included.
func ParseStars(s string) (int, bool) {
	f := strings.Join(strings.Fields(search.Fold(s)), "")
	if f == "" {
		return 0, false
	}
	if strings.Trim(f, "★") == "" || strings.Trim(f, "*") == "" {
		if n := len([]rune(f)); n <= 5 {
			return n, true
		}
		return 0, false
	}
	if m := starsDigits.FindStringSubmatch(f); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, true
	}
	if w, ok := strings.CutSuffix(f, "sao"); ok {
		if n, ok := starWords[w]; ok {
			return n, true
		}
	}
	return 0, false
}

// Parse reads the table of one sheet, given as rows of cells (merged
// cells already filled in), and returns its rows and problems. A sheet
// without a header row gives a Table with Header 0 and one problem.
func Parse(sheet string, cells [][]string) *Table {
	t := &Table{Sheet: sheet, Columns: map[Field]int{}}
	h, sub := findHeader(cells)
	if h < 0 {
		t.Problems.Errorf(Problem{Sheet: sheet, Row: 1}, "no header row found: expected a row with the columns %s", message.And{"STT", "Tên sản phẩm", "Chủ thể", "Hạng sao"})
		return t
	}
	t.Header = h + 1
	names := headerTexts(cells, h, sub)
	for c, name := range names {
		if strings.TrimSpace(name) == "" {
			continue
		}
		f := MatchHeader(name)
		if f == None || t.Columns[f] != 0 {
			t.Unused = append(t.Unused, fmt.Sprintf("%s: %s", ColumnName(c+1), strings.Join(strings.Fields(name), " ")))
			continue
		}
		t.Columns[f] = c + 1
	}
	start := h + 1
	if sub {
		start++
	}
	section := ""
	for i := start; i < len(cells); i++ {
		r := cells[i]
		cell := func(f Field) string {
			c := t.Columns[f]
			if c == 0 || c > len(r) {
				return ""
			}
			return strings.TrimSpace(r[c-1])
		}
		texts := distinct(r)
		switch {
		case len(texts) == 0, numbering(texts):
			continue
		case isTotal(texts[0]):
			continue
		}
		if !isNumber(cell(No)) && len(sectionTexts(texts)) == 1 {
			s := sectionTexts(texts)[0]
			if d, ok := districtSection(s); ok {
				section = d
			}
			continue
		}
		if t.Columns[No] != 0 && cell(No) == "" && cell(Stars) == "" {
			// A note or signature below the table, not a product.
			continue
		}
		row := Row{Sheet: sheet, Line: i + 1, No: cell(No), Name: cell(Name), Producer: cell(Producer),
			Address: cell(Address), Group: cell(Group), District: cell(District), Commune: cell(Commune)}
		if row.District == "" {
			row.District = section
		}
		at := Problem{Sheet: sheet, Row: i + 1}
		if row.Name == "" {
			at.Col = t.Columns[Name]
			t.Problems.Errorf(at, "the product's name is empty; the row is left out")
			continue
		}
		if c := t.Columns[Stars]; c != 0 {
			s := cell(Stars)
			n, ok := ParseStars(s)
			at.Col = c
			switch {
			case s == "":
				t.Problems.Errorf(at, "the stars of %q are empty; the row is left out", row.Name)
				continue
			case !ok:
				t.Problems.Errorf(at, "cannot read the stars %q of %q; expected 1 to 5, such as 4, 4 sao or 4★; the row is left out", s, row.Name)
				continue
			}
			row.Stars = n
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// findHeader returns the index of the header row and whether the row
// below it is a second header row; -1 when no row is a header.
func findHeader(cells [][]string) (int, bool) {
	for i := 0; i < len(cells) && i < 40; i++ {
		fs := fieldsOf(cells[i])
		if !fs[Name] || len(fs) < 3 {
			continue
		}
		sub := false
		if i+1 < len(cells) {
			next := cells[i+1]
			texts := sectionTexts(distinct(next))
			// A second row counts only when it names two columns or more
			// (a section title names one district).
			sub = !hasNumber(next) && len(texts) >= 2 && !numbering(texts) &&
				(len(fieldsOf(next)) > 0 || hasWord(next, "ten"))
		}
		return i, sub
	}
	return -1, false
}

func hasWord(r []string, w string) bool {
	for _, c := range r {
		if hasPhrase(strings.Fields(plain(c)), []string{w}) {
			return true
		}
	}
	return false
}

func fieldsOf(r []string) map[Field]bool {
	fs := map[Field]bool{}
	for _, c := range r {
		if f := MatchHeader(c); f != None {
			fs[f] = true
		}
	}
	return fs
}

// headerTexts returns each column's header: with a second header row, a
// column's upper cell (or, when it is empty, the upper cell it is merged
// from, to its left) then its lower cell, once when they are the same.
func headerTexts(cells [][]string, h int, sub bool) []string {
	top := cells[h]
	if !sub {
		return top
	}
	low := cells[h+1]
	n := max(len(top), len(low))
	out := make([]string, n)
	parent := ""
	for c := 0; c < n; c++ {
		up, down := at(top, c), at(low, c)
		if up != "" {
			parent = up
		} else if down != "" {
			up = parent
		}
		switch {
		case down == "" || plain(down) == plain(up):
			out[c] = up
		case up == "":
			out[c] = down
		default:
			out[c] = childHeader(up, down)
		}
	}
	return out
}

// childHeader names a column under a merged parent header: the child
// alone when it names a field by itself ("Địa chỉ" under "Chủ thể"), else
// the parent and the child ("Chủ thể" "Tên").
func childHeader(parent, child string) string {
	if f := MatchHeader(child); f != None && f != Name {
		return child
	}
	return parent + " " + child
}

func at(r []string, c int) string {
	if c < len(r) {
		return strings.TrimSpace(r[c])
	}
	return ""
}

// distinct returns the row's non-empty cells, each text once, in order.
func distinct(r []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range r {
		c = strings.TrimSpace(c)
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// numbering reports whether texts are column numbers: "1", "2", … or
// "(1)", "(2)", … at least three of them.
func numbering(texts []string) bool {
	if len(texts) < 3 {
		return false
	}
	for i, s := range texts {
		if strings.Trim(s, "()") != strconv.Itoa(i+1) {
			return false
		}
	}
	return true
}

var numberRE = regexp.MustCompile(`^\d+\.?$`)

func isNumber(s string) bool { return numberRE.MatchString(strings.TrimSpace(s)) }

func hasNumber(r []string) bool {
	for _, c := range r {
		if isNumber(c) {
			return true
		}
	}
	return false
}

// isTotal reports whether s heads a total row: "Tổng cộng", "Tổng số",
// "Cộng".
func isTotal(s string) bool {
	w := strings.Fields(plain(s))
	return len(w) > 0 && (w[0] == "tong" || (w[0] == "cong" && len(w) <= 3))
}

// sectionNumber is the numbering in front of a section's title: "I.",
// "II -", "A)", "1.".
var sectionNumber = regexp.MustCompile(`^(?i)([IVX]+|[A-Z]|\d+)\s*[.):\-–]\s*`)

var loneNumber = regexp.MustCompile(`^(?i)[IVX]+\.?$|^[A-Z]\.?$`)

// sectionTexts drops a lone section number (a cell "I" beside "Huyện
// Hải Hậu") from a row's texts.
func sectionTexts(texts []string) []string {
	var out []string
	for _, s := range texts {
		if loneNumber.MatchString(s) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// districtSection returns the district a section title names ("I. Huyện
// Hải Hậu" → "Huyện Hải Hậu", "II. THÀNH PHỐ NAM ĐỊNH" → "THÀNH PHỐ NAM
// ĐỊNH"), and false for another title.
func districtSection(s string) (string, bool) {
	s = strings.TrimSpace(sectionNumber.ReplaceAllString(strings.TrimSpace(s), ""))
	w := strings.Fields(plain(s))
	if len(w) < 2 {
		return "", false
	}
	switch {
	case w[0] == "huyen", w[0] == "tp", w[0] == "thanh" && w[1] == "pho", w[0] == "thi" && w[1] == "xa":
		return s, true
	}
	return "", false
}

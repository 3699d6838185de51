package annex

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// ReadFile reads the annex in the file at path: XLSX (by its extension
// .xlsx or .xlsm) or CSV (.csv). sheet names the XLSX sheet to read; ""
// reads the first sheet that has a header row. The error is one the
// reader can show (see message.Text).
func ReadFile(path, sheet string) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, message.Errorf("cannot open %s: %w", path, err)
	}
	defer f.Close()
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		return ReadXLSX(f, sheet)
	case ".csv":
		return ReadCSV(f, strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	}
	return nil, message.Errorf("%s is neither an .xlsx nor a .csv file; save the annex as Excel (.xlsx) or CSV (UTF-8)", path)
}

// ReadXLSX reads the annex from an XLSX workbook: the sheet named sheet,
// or when sheet is "" the first sheet that has a header row (else the
// first sheet). The value of a merged cell is given to every cell it
// covers.
func ReadXLSX(r io.Reader, sheet string) (*Table, error) {
	wb, err := excelize.OpenReader(r)
	if err != nil {
		return nil, message.Errorf("cannot read the workbook: %w", err)
	}
	defer wb.Close()
	sheets := wb.GetSheetList()
	if sheet != "" {
		if idx, _ := wb.GetSheetIndex(sheet); idx < 0 {
			return nil, message.Errorf("the workbook has no sheet %q; its sheets are %s", sheet, message.And(quote(sheets)))
		}
		sheets = []string{sheet}
	}
	var first *Table
	for _, name := range sheets {
		cells, err := sheetCells(wb, name)
		if err != nil {
			return nil, message.Errorf("cannot read sheet %q: %w", name, err)
		}
		t := Parse(name, cells)
		if t.Header > 0 {
			return t, nil
		}
		if first == nil {
			first = t
		}
	}
	if first == nil {
		return nil, message.Errorf("the workbook has no sheet")
	}
	return first, nil
}

func quote(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = `"` + s + `"`
	}
	return out
}

// sheetCells returns the sheet's rows of cells as displayed, with each
// merged range's value copied into every cell of the range.
func sheetCells(wb *excelize.File, sheet string) ([][]string, error) {
	rows, err := wb.GetRows(sheet)
	if err != nil {
		return nil, err
	}
	merged, err := wb.GetMergeCells(sheet)
	if err != nil {
		return nil, err
	}
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil {
			continue
		}
		v := m.GetCellValue()
		for r := r1; r <= r2; r++ {
			for len(rows) < r {
				rows = append(rows, nil)
			}
			for c := c1; c <= c2; c++ {
				for len(rows[r-1]) < c {
					rows[r-1] = append(rows[r-1], "")
				}
				rows[r-1][c-1] = v
			}
		}
	}
	return rows, nil
}

// ReadCSV reads the annex from CSV text in UTF-8, with or without a byte
// order mark, its cells separated by commas or semicolons (whichever the
// first lines use more); name names the table in problems.
func ReadCSV(r io.Reader, name string) (*Table, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, message.Errorf("cannot read %s: %w", name, err)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	cr := csv.NewReader(bytes.NewReader(b))
	cr.Comma = separator(b)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	// Rows are placed at their line, so that problems name the line an
	// editor sees (the reader skips blank lines).
	var rows [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, message.Errorf("cannot read %s as CSV: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		for len(rows) < line-1 {
			rows = append(rows, nil)
		}
		rows = append(rows, rec)
	}
	return Parse(name, rows), nil
}

// separator returns ';' when the first lines of b hold more semicolons
// than commas, else ','.
func separator(b []byte) rune {
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	if bytes.Count(head, []byte(";")) > bytes.Count(head, []byte(",")) {
		return ';'
	}
	return ','
}

package completeness

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
)

// Formats are the formats Write writes.
var Formats = []string{"text", "csv", "json"}

// Options say how Write writes a report.
type Options struct {
	// Format is "text" (the default), "csv" or "json".
	Format string
	// Lang is the language of the text and of the CSV's words; JSON
	// keys and item names are English in both.
	Lang message.Lang
	// Path rewrites a record's path for display (such as prefixing the
	// source folder); nil keeps it.
	Path func(string) string
}

// Write writes r to w in o's format: text, a to-do list for editors,
// worst first; csv, one row per record, then per district, then the
// total, UTF-8 with a byte-order mark so spreadsheets show the tone
// marks; json, for tools.
func Write(w io.Writer, r *Report, o Options) error {
	if o.Path == nil {
		o.Path = func(p string) string { return p }
	}
	switch o.Format {
	case "", "text":
		return writeText(w, r, o)
	case "csv":
		return writeCSV(w, r, o)
	case "json":
		return writeJSON(w, r, o)
	}
	return message.Errorf("unknown format %q; use %s", o.Format, message.Or(Formats))
}

// short names an item in a few words: for headings and counts.
func short(i Item) message.Words {
	switch i {
	case Photo:
		return message.Words{VI: "ảnh", EN: "photo"}
	case Stars:
		return message.Words{VI: "hạng sao", EN: "stars"}
	case Price:
		return message.Words{VI: "giá bán", EN: "price"}
	case Contact:
		return message.Words{VI: "liên hệ", EN: "contact"}
	case English:
		return message.Words{VI: "mô tả tiếng Anh", EN: "English description"}
	case WhereToBuy:
		return message.Words{VI: "nơi mua", EN: "where to buy"}
	case Certificate:
		return message.Words{VI: "số và ngày quyết định", EN: "certificate number and date"}
	case Address:
		return message.Words{VI: "địa chỉ", EN: "address"}
	case Hours:
		return message.Words{VI: "giờ mở cửa", EN: "opening hours"}
	case Offer:
		return message.Words{VI: "sản phẩm bán tại đây", EN: "products sold here"}
	}
	return message.Words{VI: "?", EN: "?"}
}

// hint names an item a record of kind k misses, with the key that
// gives it.
func hint(i Item, k catalog.Kind) message.Words {
	switch i {
	case Photo:
		return message.Words{VI: "ảnh (images)", EN: "photo (images)"}
	case Stars:
		return message.Words{VI: "hạng sao (stars)", EN: "star rating (stars)"}
	case Price:
		return message.Words{VI: "giá bán (price)", EN: "price (price)"}
	case Contact:
		switch k {
		case catalog.KindProduct:
			return message.Words{VI: "liên hệ chủ thể (phone, email, website hoặc zalo trong hồ sơ chủ thể)", EN: "its producer's contact (phone, email, website or zalo in the producer's record)"}
		case catalog.KindShowroom:
			return message.Words{VI: "số điện thoại (phone)", EN: "phone (phone)"}
		}
		return message.Words{VI: "liên hệ (phone, email, website hoặc zalo)", EN: "contact (phone, email, website or zalo)"}
	case English:
		return message.Words{VI: "mô tả tiếng Anh (description_en)", EN: "English description (description_en)"}
	case WhereToBuy:
		return message.Words{VI: "nơi mua (điểm bán có bán, hoặc buy)", EN: "where to buy (a showroom that sells it, or buy)"}
	case Certificate:
		return message.Words{VI: "số và ngày quyết định công nhận (certificate: number, date)", EN: "certificate number and date (certificate: number, date)"}
	case Address:
		return message.Words{VI: "địa chỉ (address)", EN: "address (address)"}
	case Hours:
		return message.Words{VI: "giờ mở cửa (hours)", EN: "opening hours (hours)"}
	case Offer:
		return message.Words{VI: "sản phẩm bán tại đây (showrooms: ở hồ sơ sản phẩm)", EN: "products sold here (showrooms: in the products' records)"}
	}
	return short(i)
}

// sections are the report's lists of records, in order, with their
// headings.
func sections(r *Report) []struct {
	kind    catalog.Kind
	entries []Entry
	heading func(message.Lang) string
} {
	return []struct {
		kind    catalog.Kind
		entries []Entry
		heading func(message.Lang) string
	}{
		{catalog.KindProduct, r.Products, func(l message.Lang) string { return message.Sprintf(l, "OCOP products, most missing first:") }},
		{catalog.KindProducer, r.Producers, func(l message.Lang) string { return message.Sprintf(l, "Producers, most missing first:") }},
		{catalog.KindShowroom, r.Showrooms, func(l message.Lang) string { return message.Sprintf(l, "Showrooms, most missing first:") }},
	}
}

func writeText(w io.Writer, r *Report, o Options) error {
	l := o.Lang
	var b strings.Builder
	line := func(s string) {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	line(message.Sprintf(l, "Completeness of the catalog: %s, on average %d%% complete", productCount(r.Total.Products), round(r.Total.Average)))
	for _, s := range sections(r) {
		if len(s.entries) == 0 {
			continue
		}
		b.WriteByte('\n')
		line(s.heading(l))
		complete := 0
		for _, e := range s.entries {
			if len(e.Missing) == 0 {
				complete++
				continue
			}
			h := e.Record.RecordHead()
			var miss []string
			for _, i := range e.Missing {
				miss = append(miss, hint(i, s.kind).Localize(l))
			}
			fmt.Fprintf(&b, "%4d%%  %s  %s\n", e.Score(), o.Path(h.Path), h.Name)
			b.WriteString("       ")
			line(message.Sprintf(l, "missing: %s", strings.Join(miss, ", ")))
		}
		if complete > 0 {
			b.WriteString("       ")
			line(message.Sprintf(l, "(%s complete)", message.Count{N: complete, EN: "record", VI: "hồ sơ"}))
		}
	}
	if len(r.Districts) > 0 {
		b.WriteByte('\n')
		line(message.Sprintf(l, "OCOP products by district, lowest average first:"))
		for _, s := range r.Districts {
			name := s.District
			if name == "" {
				name = message.Sprintf(l, "(no district)")
			}
			b.WriteString("  ")
			line(message.Sprintf(l, "%s: %s, on average %d%%%s", name, productCount(s.Products), round(s.Average), missingCounts(l, s)))
		}
	}
	b.WriteByte('\n')
	line(message.Sprintf(l, "All: %s, on average %d%%%s", productCount(r.Total.Products), round(r.Total.Average), missingCounts(l, r.Total)))
	if r.NotCertified > 0 {
		line(message.Sprintf(l, "Not counted as OCOP products: %s.", message.Count{N: r.NotCertified, EN: "record of a product that is not certified", ENPlural: "records of products that are not certified", VI: "hồ sơ sản phẩm chưa được công nhận"}))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// missingCounts lists how many products of s miss each item, after
// "; missing: ", or "" when none misses any.
func missingCounts(l message.Lang, s Sum) string {
	var parts []string
	for _, i := range Items(catalog.KindProduct) {
		if n := s.Missing[i]; n > 0 {
			parts = append(parts, short(i).Localize(l)+" "+strconv.Itoa(n))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return message.Sprintf(l, "; missing: %s", strings.Join(parts, ", "))
}

func productCount(n int) message.Count {
	return message.Count{N: n, EN: "OCOP product", VI: "sản phẩm OCOP"}
}

func round(f float64) int { return int(math.Round(f)) }

func writeCSV(w io.Writer, r *Report, o Options) error {
	l := o.Lang
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	all := make([]Item, NumItems)
	for i := range all {
		all[i] = Item(i)
	}
	head := []string{
		message.Sprintf(l, "row"), message.Sprintf(l, "file"), message.Sprintf(l, "ID"), message.Sprintf(l, "name"),
		message.Sprintf(l, "district"), message.Sprintf(l, "products"), message.Sprintf(l, "complete (%%)"),
	}
	for _, i := range all {
		head = append(head, short(i).Localize(l))
	}
	rows := [][]string{head}
	yes, no := message.Sprintf(l, "yes"), message.Sprintf(l, "missing")
	for _, s := range sections(r) {
		items := Items(s.kind)
		for _, e := range s.entries {
			h := e.Record.RecordHead()
			row := []string{s.kind.Localize(l), o.Path(h.Path), h.ID, h.Name, e.District, "", strconv.Itoa(e.Score())}
			for _, i := range all {
				switch {
				case e.Misses(i):
					row = append(row, no)
				case contains(items, i):
					row = append(row, yes)
				default:
					row = append(row, "")
				}
			}
			rows = append(rows, row)
		}
	}
	sum := func(kind, name string, s Sum) []string {
		row := []string{kind, "", "", name, s.District, strconv.Itoa(s.Products), strconv.Itoa(round(s.Average))}
		for _, i := range all {
			if contains(Items(catalog.KindProduct), i) {
				row = append(row, strconv.Itoa(s.Missing[i]))
			} else {
				row = append(row, "")
			}
		}
		return row
	}
	for _, s := range r.Districts {
		name := s.District
		if name == "" {
			name = message.Sprintf(l, "(no district)")
		}
		rows = append(rows, sum(message.Sprintf(l, "district"), name, s))
	}
	rows = append(rows, sum(message.Sprintf(l, "all"), message.Sprintf(l, "all OCOP products"), r.Total))
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

func contains(items []Item, i Item) bool {
	for _, j := range items {
		if i == j {
			return true
		}
	}
	return false
}

type jsonEntry struct {
	Path     string   `json:"path"`
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	District string   `json:"district"`
	Score    int      `json:"score"`
	Checked  []string `json:"checked"`
	Missing  []string `json:"missing"`
}

// jsonTotal is a Sum of all products; jsonSum a district's ("" for
// the products that name none).
type jsonTotal struct {
	Products int            `json:"products"`
	Average  float64        `json:"average"`
	Missing  map[string]int `json:"missing"`
}

type jsonSum struct {
	District string `json:"district"`
	jsonTotal
}

type jsonReport struct {
	Products     []jsonEntry `json:"products"`
	Producers    []jsonEntry `json:"producers"`
	Showrooms    []jsonEntry `json:"showrooms"`
	Districts    []jsonSum   `json:"districts"`
	Total        jsonTotal   `json:"total"`
	NotCertified int         `json:"not_certified"`
}

func writeJSON(w io.Writer, r *Report, o Options) error {
	keys := func(items []Item) []string {
		out := []string{}
		for _, i := range items {
			out = append(out, i.Key())
		}
		return out
	}
	entries := func(k catalog.Kind, es []Entry) []jsonEntry {
		out := []jsonEntry{}
		for _, e := range es {
			h := e.Record.RecordHead()
			out = append(out, jsonEntry{o.Path(h.Path), h.ID, h.Name, e.District, e.Score(), keys(Items(k)), keys(e.Missing)})
		}
		return out
	}
	sum := func(s Sum) jsonSum {
		m := map[string]int{}
		for _, i := range Items(catalog.KindProduct) {
			m[i.Key()] = s.Missing[i]
		}
		return jsonSum{s.District, jsonTotal{s.Products, math.Round(s.Average*10) / 10, m}}
	}
	out := jsonReport{
		Products:     entries(catalog.KindProduct, r.Products),
		Producers:    entries(catalog.KindProducer, r.Producers),
		Showrooms:    entries(catalog.KindShowroom, r.Showrooms),
		Districts:    []jsonSum{},
		Total:        sum(r.Total).jsonTotal,
		NotCertified: r.NotCertified,
	}
	for _, s := range r.Districts {
		out.Districts = append(out.Districts, sum(s))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

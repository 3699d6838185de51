package catalog

import "testing"

func TestChanged(t *testing.T) {
	d := func(s string) Date {
		if s == "" {
			return Date{}
		}
		x, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	cert := func(s string) *Product { return &Product{Certificate: Certificate{Date: d(s)}} }
	fair := func(start, end string) *Fair { return &Fair{Start: d(start), End: d(end)} }
	tests := []struct {
		name                   string
		source, today, updated string
		products               []*Product
		fairs                  []*Fair
		want                   string
	}{
		{name: "nothing dated", want: ""},
		{name: "SOURCE_DATE_EPOCH wins over every date", source: "2025-02-01", updated: "2025-06-01",
			products: []*Product{cert("2025-05-01")}, want: "2025-02-01"},
		{name: "newest certificate", today: "2025-06-01",
			products: []*Product{cert("2021-12-13"), cert("2024-10-31"), {}}, want: "2024-10-31"},
		{name: "updated newer than certificates", today: "2025-06-01", updated: "2025-03-04",
			products: []*Product{cert("2024-10-31")}, want: "2025-03-04"},
		{name: "certificate newer than updated", today: "2025-06-01", updated: "2024-01-01",
			products: []*Product{cert("2024-10-31")}, want: "2024-10-31"},
		{name: "a past fair's end", today: "2025-06-01",
			products: []*Product{cert("2024-10-31")}, fairs: []*Fair{fair("2024-11-20", "2024-11-24")}, want: "2024-11-24"},
		{name: "a fair on now: its start, not its end", today: "2024-11-22",
			products: []*Product{cert("2024-10-31")}, fairs: []*Fair{fair("2024-11-20", "2024-11-24")}, want: "2024-11-20"},
		{name: "a fair announced for later is no change", today: "2025-06-01",
			products: []*Product{cert("2024-10-31")}, fairs: []*Fair{fair("2025-10-01", "2025-10-05")}, want: "2024-10-31"},
		{name: "a fair with no dates", today: "2025-06-01", fairs: []*Fair{fair("", "")}, want: ""},
		{name: "last day of the build is counted", today: "2024-11-24",
			fairs: []*Fair{fair("2024-11-20", "2024-11-24")}, want: "2024-11-24"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Catalog{Config: Config{Updated: d(tt.updated)}, Products: tt.products, Fairs: tt.fairs,
				Today: d(tt.today), SourceDate: d(tt.source)}
			if got := c.Changed().String(); got != tt.want {
				t.Errorf("Changed() = %q, want %q", got, tt.want)
			}
		})
	}
}

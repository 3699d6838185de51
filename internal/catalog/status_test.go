package catalog

import (
	"testing"
	"time"
)

func TestStatusOn(t *testing.T) {
	d := func(s string) Date {
		tm, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return Date{tm.Year(), tm.Month(), tm.Day()}
	}
	cert := func(date string) *Product { return &Product{Certificate: Certificate{Date: d(date)}} }
	until := func(date string) *Product { return &Product{Certificate: Certificate{ValidUntil: d(date)}} }
	year := func(y int) *Product { return &Product{Year: y} }
	tests := []struct {
		name  string
		p     *Product
		today string
		want  Status
	}{
		// 36 months from 2021-12-13 (Decision 2700/QĐ-UBND): the last
		// valid day is 2024-12-13.
		{"last day is still valid", cert("2021-12-13"), "2024-12-13", StatusExpiring},
		{"the day after the last", cert("2021-12-13"), "2024-12-14", StatusExpired},
		{"90 days before the last day", cert("2021-12-13"), "2024-09-14", StatusExpiring},
		{"91 days before the last day", cert("2021-12-13"), "2024-09-13", StatusCertified},
		{"decision day", cert("2021-12-13"), "2021-12-13", StatusCertified},
		{"month end clamps", cert("2021-08-31"), "2024-09-01", StatusExpired},
		{"month end clamps, last day", cert("2021-08-31"), "2024-08-31", StatusExpiring},
		{"leap day", cert("2020-02-29"), "2023-02-28", StatusExpiring},
		{"leap day, after", cert("2020-02-29"), "2023-03-01", StatusExpired},
		{"valid_until wins", &Product{Certificate: Certificate{Date: d("2021-12-13"), ValidUntil: d("2025-06-30")}}, "2025-01-01", StatusCertified},
		{"valid_until alone, passed", until("2025-06-30"), "2025-07-01", StatusExpired},
		{"valid_until alone, within 90", until("2025-06-30"), "2025-04-01", StatusExpiring},
		// Only the year: the certificate ends during year+3.
		{"year, ends for sure later", year(2024), "2026-12-31", StatusCertified},
		{"year, may have ended", year(2024), "2027-01-02", StatusUnknownValidity},
		{"year, first day of year+3", year(2024), "2027-01-01", StatusCertified},
		{"year, last possible day", year(2021), "2024-12-31", StatusUnknownValidity},
		{"year, ended for sure", year(2021), "2025-01-01", StatusExpired},
		{"nothing known", &Product{Stars: 3}, "2025-01-01", StatusUnknownValidity},
		{"no build date", cert("2021-12-13"), "", StatusUnknownValidity},
		{"status: registered", &Product{Status: ProgrammeRegistered}, "2025-01-01", StatusNotCertified},
		{"status wins over a certificate", &Product{Status: ProgrammeAssessed, Certificate: Certificate{Date: d("2024-01-01")}}, "2025-01-01", StatusNotCertified},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var today Date
			if tt.today != "" {
				today = d(tt.today)
			}
			if got := tt.p.StatusOn(today); got != tt.want {
				t.Errorf("StatusOn(%s) = %v, want %v", tt.today, got, tt.want)
			}
		})
	}
}

// TestStatusVietnamDay checks that the day a status is decided on is
// Vietnam's, whatever the machine's zone: at 2024-12-13 20:00 UTC it is
// already 2024-12-14 in Vietnam, the day after the last valid day.
func TestStatusVietnamDay(t *testing.T) {
	p := &Product{Certificate: Certificate{Date: Date{2021, time.December, 13}}}
	instant := time.Date(2024, time.December, 13, 20, 0, 0, 0, time.UTC)
	for _, zone := range []*time.Location{time.UTC, time.FixedZone("PST", -8*3600), time.FixedZone("ICT", 7*3600), time.FixedZone("LINT", 14*3600)} {
		if got := p.StatusOn(Today(instant.In(zone))); got != StatusExpired {
			t.Errorf("in zone %s: %v, want expired", zone, got)
		}
	}
	before := time.Date(2024, time.December, 13, 16, 59, 0, 0, time.UTC) // 23:59 in Vietnam
	for _, zone := range []*time.Location{time.UTC, time.FixedZone("PST", -8*3600), time.FixedZone("LINT", 14*3600)} {
		if got := p.StatusOn(Today(before.In(zone))); got != StatusExpiring {
			t.Errorf("in zone %s, 23:59 in Vietnam on the last day: %v, want expiring", zone, got)
		}
	}
}

func TestStatusKinds(t *testing.T) {
	tests := []struct {
		s              Status
		ocop, promoted bool
		key            string
	}{
		{StatusCertified, true, true, "certified"},
		{StatusExpiring, true, true, "expiring"},
		{StatusUnknownValidity, true, true, "unknown-validity"},
		{StatusExpired, true, false, "expired"},
		{StatusNotCertified, false, false, "not-certified"},
	}
	for _, tt := range tests {
		if tt.s.OCOP() != tt.ocop || tt.s.Promoted() != tt.promoted || tt.s.String() != tt.key {
			t.Errorf("%v: OCOP %v Promoted %v, want %v %v %q", tt.s, tt.s.OCOP(), tt.s.Promoted(), tt.ocop, tt.promoted, tt.key)
		}
	}
}

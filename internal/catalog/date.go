package catalog

import (
	"fmt"
	"time"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Date is a calendar date in Vietnam's time, with no time of day and no
// time zone, so the machine's zone never shifts it. The zero Date means
// "not set". In YAML it is written YYYY-MM-DD.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate parses "YYYY-MM-DD" and rejects impossible dates such as
// 2023-02-30.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, message.Errorf("want a date written YYYY-MM-DD, such as 2021-12-13")
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// DateShaped reports whether s is written YYYY-MM-DD with digits, whether
// or not it is a day of the calendar (2021-02-30 is shaped as a date but
// is none).
func DateShaped(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := range len(s) {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// VN formats d the Vietnamese way, DD/MM/YYYY.
func (d Date) VN() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
}

// Time returns midnight UTC of d, for arithmetic only.
func (d Date) Time() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// AddMonths returns d plus n months, clamped to the last day of the target
// month (2021-08-31 plus 36 months is 2024-08-31; 2020-02-29 plus 12 is
// 2021-02-28).
func (d Date) AddMonths(n int) Date {
	m := int(d.Month) - 1 + n
	y := d.Year + m/12
	m = m % 12
	if m < 0 {
		m += 12
		y--
	}
	last := time.Date(y, time.Month(m+2), 0, 0, 0, 0, 0, time.UTC).Day()
	day := d.Day
	if day > last {
		day = last
	}
	return Date{y, time.Month(m + 1), day}
}

// AddDays returns d plus n days.
func (d Date) AddDays(n int) Date {
	t := d.Time().AddDate(0, 0, n)
	return Date{t.Year(), t.Month(), t.Day()}
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// Vietnam is Indochina Time (UTC+7), the zone OCOP decisions are dated in.
var Vietnam = time.FixedZone("ICT", 7*60*60)

// Today returns the calendar date in Vietnam at instant t.
func Today(t time.Time) Date {
	t = t.In(Vietnam)
	return Date{t.Year(), t.Month(), t.Day()}
}

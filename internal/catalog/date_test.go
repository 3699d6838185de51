package catalog

import (
	"testing"
	"time"
)

// Dates are Vietnam's calendar dates: neither the instant's zone nor the
// machine's zone shifts them.
func TestTodayIsVietnamsDate(t *testing.T) {
	for _, tc := range []struct {
		at   string
		want string
	}{
		{"2026-11-29T16:59:59Z", "2026-11-29"},
		{"2026-11-29T17:00:00Z", "2026-11-30"}, // midnight in Hà Nội
		{"2026-11-29T23:30:00-08:00", "2026-11-30"},
		{"2026-01-01T00:30:00+07:00", "2026-01-01"},
	} {
		at, err := time.Parse(time.RFC3339, tc.at)
		if err != nil {
			t.Fatal(err)
		}
		for _, zone := range []string{"UTC", "America/Los_Angeles", "Asia/Ho_Chi_Minh", "Pacific/Kiritimati"} {
			loc, err := time.LoadLocation(zone)
			if err != nil {
				continue // no zoneinfo on this machine for that zone
			}
			if got := Today(at.In(loc)).String(); got != tc.want {
				t.Errorf("Today(%s in %s) = %s, want %s", tc.at, zone, got, tc.want)
			}
		}
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2021-12-13": "2021-12-13",
		"2024-02-29": "2024-02-29",
		"2023-02-29": "",
		"13/12/2021": "",
		"2021-1-3":   "",
		"":           "",
	} {
		d, err := ParseDate(in)
		if (err == nil) != (want != "") || d.String() != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %q", in, d, err, want)
		}
	}
	if got := (Date{2021, 12, 3}).VN(); got != "03/12/2021" {
		t.Errorf("VN() = %q", got)
	}
}

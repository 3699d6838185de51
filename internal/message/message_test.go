package message

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"testing"
)

// testFormats are the translations the tests use.
var testFormats = map[string]string{
	"stars must be 1–5, got %d": "stars phải từ 1 đến 5, nhưng lại là %d",
	"%s is %d years old":        "%[2]d tuổi là %[1]s",
	"%s: %w":                    "%s: %w",
	"expected %s":               "cần %s",
	"%d%% of %s":                "%d%% của %s",
	"file %q: %v":               "tệp %q: %v",
	"%s must be set":            "phải có %s",
	"cannot read %s: %w":        "không đọc được %s: %w",
}

func TestMain(m *testing.M) {
	tables = append(tables, testFormats)
	os.Exit(m.Run())
}

// TestTablesAgree: a format translated in two tables is translated alike.
func TestTablesAgree(t *testing.T) {
	seen := map[string]string{}
	for _, tb := range tables {
		for en, vi := range tb {
			if old, ok := seen[en]; ok && old != vi {
				t.Errorf("%q is translated twice: %q and %q", en, old, vi)
			}
			seen[en] = vi
		}
	}
}

func TestSprintf(t *testing.T) {
	for _, tc := range []struct {
		lang   Lang
		format string
		args   []any
		want   string
	}{
		{VI, "stars must be 1–5, got %d", []any{7}, "stars phải từ 1 đến 5, nhưng lại là 7"},
		{EN, "stars must be 1–5, got %d", []any{7}, "stars must be 1–5, got 7"},
		{VI, "no translation %d", []any{1}, "no translation 1"},
		{VI, "%s is %d years old", []any{"An", 7}, "7 tuổi là An"},
		{VI, "expected %s", []any{Or{"a", "b", "c"}}, "cần a, b hoặc c"},
		{EN, "expected %s", []any{Or{"a", "b", "c"}}, "expected a, b or c"},
		{VI, "expected %s", []any{And{"a", "b"}}, "cần a và b"},
		{VI, "expected %s", []any{Or{"a"}}, "cần a"},
		{VI, "expected %s", []any{Words{VI: "một ngày", EN: "a date"}}, "cần một ngày"},
		{EN, "expected %s", []any{Count{N: 2, EN: "entry", ENPlural: "entries", VI: "mục"}}, "expected 2 entries"},
		{EN, "expected %s", []any{Count{N: 1, EN: "entry", ENPlural: "entries", VI: "mục"}}, "expected 1 entry"},
		{VI, "expected %s", []any{Count{N: 2, EN: "entry", VI: "mục"}}, "cần 2 mục"},
		{VI, "%d%% of %s", []any{5, "x"}, "5% của x"},
		{VI, "%s must be set", []any{Errorf("stars must be 1–5, got %d", 9)}, "phải có stars phải từ 1 đến 5, nhưng lại là 9"},
	} {
		if got := Sprintf(tc.lang, tc.format, tc.args...); got != tc.want {
			t.Errorf("Sprintf(%s, %q) = %q, want %q", tc.lang, tc.format, got, tc.want)
		}
	}
}

func TestPlaceholder(t *testing.T) {
	for _, tc := range []struct {
		lang   Lang
		format string
		want   string
	}{
		{VI, "stars must be 1–5, got %d", "stars phải từ 1 đến 5, nhưng lại là …"},
		{EN, "file %q: %v", "file …: …"},
		{VI, "%d%% of %s", "…% của …"},
		{EN, "%-5.2f and %[1]s", "… and …"},
	} {
		if got := Placeholder(tc.lang, tc.format); got != tc.want {
			t.Errorf("Placeholder(%q) = %q, want %q", tc.format, got, tc.want)
		}
	}
}

func TestVerbs(t *testing.T) {
	for _, tc := range []struct {
		format string
		want   []string
	}{
		{"stars must be 1–5, got %d", []string{"%d"}},
		{"%[2]d tuổi là %[1]s", []string{"%s", "%d"}},
		{"%d%% of %-10q", []string{"%d", "%q"}},
		{"none", nil},
	} {
		if got := Verbs(tc.format); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Verbs(%q) = %q, want %q", tc.format, got, tc.want)
		}
	}
}

// TestTranslationsKeepVerbs: every translation registered here takes the
// same arguments as its English format.
func TestTranslationsKeepVerbs(t *testing.T) {
	for _, en := range Registered() {
		vi, _ := Translation(en)
		if !reflect.DeepEqual(Verbs(en), Verbs(vi)) {
			t.Errorf("%q: verbs %q, translation %q has %q", en, Verbs(en), vi, Verbs(vi))
		}
	}
}

var errDisk = errors.New("disk full")

func TestErrorText(t *testing.T) {
	e := Errorf("cannot read %s: %w", "a.md", errDisk)
	if !errors.Is(e, errDisk) {
		t.Error("Errorf does not wrap its %w argument")
	}
	if got := e.Error(); got != "cannot read a.md: disk full" {
		t.Errorf("Error() = %q", got)
	}
	for _, tc := range []struct {
		err  error
		lang Lang
		want string
	}{
		{e, VI, "không đọc được a.md: disk full"},
		{e, EN, "cannot read a.md: disk full"},
		{fmt.Errorf("build: %w", e), VI, "build: không đọc được a.md: disk full"},
		{errDisk, VI, "disk full"},
		{nil, VI, ""},
	} {
		if got := Text(tc.lang, tc.err); got != tc.want {
			t.Errorf("Text(%s, %v) = %q, want %q", tc.lang, tc.err, got, tc.want)
		}
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]bool{"": true, "vi": true, "EN": true, " en ": true, "fr": false, "vi-VN": false} {
		if _, ok := ParseLang(in); ok != want {
			t.Errorf("ParseLang(%q) ok = %v", in, ok)
		}
	}
}

// Package message puts the program's messages into its reader's language:
// Vietnamese, the content editors' language, by default, or English.
//
// A message is written in the code once, in English, as a fmt format
// (such as "stars must be 1–5, got %d"). That English format is the key of
// its Vietnamese translation, in this package's table for the package
// that writes the message (vi_catalog.go for package catalog). Arguments
// that read differently in each language (a kind of record, a list joined
// by "or", a count) are Localizers. A message without a translation is
// shown in English; a test of package main fails on any such message.
package message

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Lang is a language messages are shown in: VI or EN.
type Lang string

const (
	// VI is Vietnamese, the default.
	VI Lang = "vi"
	// EN is English.
	EN Lang = "en"
)

// Langs lists the languages messages are shown in, the default first.
var Langs = []Lang{VI, EN}

// ParseLang returns the language named by s ("vi" or "en", in any case,
// or "" for the default VI), and false for any other s.
func ParseLang(s string) (Lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "vi":
		return VI, true
	case "en":
		return EN, true
	}
	return VI, false
}

// Translation returns the Vietnamese translation of the English format en,
// and false when there is none. The translations are in the tables of
// this package's files vi_*.go, one per package whose messages they
// translate; a translation uses the same verbs as its format, in order or
// with explicit argument indexes (%[2]s).
func Translation(en string) (string, bool) {
	for _, t := range tables {
		if s, ok := t[en]; ok {
			return s, true
		}
	}
	return "", false
}

// Registered returns every English format that has a translation, sorted.
func Registered() []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range tables {
		for k := range t {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}

// Localizer is an argument of a message that reads differently in each
// language.
type Localizer interface {
	Localize(Lang) string
}

// Sprintf formats format, an English fmt format, in lang: with its
// Vietnamese translation when lang is VI and there is one, and with each
// Localizer argument (and each error made by Errorf) in lang.
func Sprintf(lang Lang, format string, args ...any) string {
	f := format
	if lang != EN {
		if t, ok := Translation(format); ok {
			f = t
		}
	}
	return fmt.Sprintf(f, localize(lang, args)...)
}

func localize(lang Lang, args []any) []any {
	out := args
	for i, a := range args {
		var s string
		switch a := a.(type) {
		case Localizer:
			s = a.Localize(lang)
		case error:
			s = Text(lang, a)
		default:
			continue
		}
		if &out[0] == &args[0] {
			out = append([]any(nil), args...)
		}
		out[i] = s
	}
	return out
}

// Placeholder returns format in lang with each verb written as "…": how a
// kind of message reads when it heads a group of such messages.
func Placeholder(lang Lang, format string) string {
	f := format
	if lang != EN {
		if t, ok := Translation(format); ok {
			f = t
		}
	}
	f = strings.ReplaceAll(f, "%%", "\x00")
	f = verb.ReplaceAllString(f, "…")
	return strings.ReplaceAll(f, "\x00", "%")
}

// verb matches a fmt verb with its flags, index, width and precision.
var verb = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?[\d*]*(\.[\d*]*)?[a-zA-Z]`)

// Verbs returns the verbs of format in the order their arguments are
// taken ("%q", "%d", …), without flags, width or precision; a verb with
// an explicit index (%[2]s) takes its place in the order. Tests use it to
// compare a translation with its format.
func Verbs(format string) []string {
	format = strings.ReplaceAll(format, "%%", "")
	var out []string
	next := 0
	for _, m := range verb.FindAllStringSubmatch(format, -1) {
		v := "%" + m[0][len(m[0])-1:]
		i := next
		if m[1] != "" {
			fmt.Sscanf(m[1], "[%d]", &i)
			i--
		}
		for len(out) <= i {
			out = append(out, "")
		}
		out[i] = v
		next = i + 1
	}
	return out
}

// Words is a phrase written in both languages: a Localizer.
type Words struct {
	VI, EN string
}

// Localize returns the phrase in lang.
func (w Words) Localize(lang Lang) string {
	if lang == EN {
		return w.EN
	}
	return w.VI
}

// String returns the English phrase, as fmt shows it.
func (w Words) String() string { return w.EN }

// Or is a list of alternatives, shown as "a, b or c" in English and
// "a, b hoặc c" in Vietnamese: a Localizer.
type Or []string

// Localize joins the alternatives in lang.
func (o Or) Localize(lang Lang) string { return join(o, lang, "or", "hoặc") }

// String returns the English list.
func (o Or) String() string { return o.Localize(EN) }

// And is a list of items, shown as "a, b and c" in English and "a, b và c"
// in Vietnamese: a Localizer.
type And []string

// Localize joins the items in lang.
func (a And) Localize(lang Lang) string { return join(a, lang, "and", "và") }

// String returns the English list.
func (a And) String() string { return a.Localize(EN) }

func join(items []string, lang Lang, en, vi string) string {
	word := en
	if lang != EN {
		word = vi
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + word + " " + items[len(items)-1]
}

// Count is a number of things, such as "3 errors" or "1 error" in English
// and "3 lỗi" in Vietnamese, which has no plural: a Localizer.
type Count struct {
	N int
	// EN is the English word for one thing ("error"); ENPlural the word
	// for several, when it is not EN+"s". VI is the Vietnamese word.
	EN, ENPlural, VI string
}

// Localize writes the count in lang.
func (c Count) Localize(lang Lang) string {
	if lang != EN {
		return fmt.Sprintf("%d %s", c.N, c.VI)
	}
	if c.N == 1 {
		return "1 " + c.EN
	}
	p := c.ENPlural
	if p == "" {
		p = c.EN + "s"
	}
	return fmt.Sprintf("%d %s", c.N, p)
}

// String returns the English count.
func (c Count) String() string { return c.Localize(EN) }

// Error is an error whose text is a message: an English format and its
// arguments, shown in either language.
type Error struct {
	Format string
	Args   []any
}

// Errorf returns an *Error for format and args. Like fmt.Errorf, a %w verb
// wraps its argument (written as %v when shown).
func Errorf(format string, args ...any) error {
	return &Error{Format: format, Args: args}
}

// Error returns the message in English.
func (e *Error) Error() string { return e.Localize(EN) }

// Localize returns the message in lang.
func (e *Error) Localize(lang Lang) string {
	f := e.Format
	if lang != EN {
		if t, ok := Translation(f); ok {
			f = t
		}
	}
	return fmt.Sprintf(strings.ReplaceAll(f, "%w", "%v"), localize(lang, e.Args)...)
}

// Unwrap returns the errors e's %w verbs wrap.
func (e *Error) Unwrap() []error {
	var out []error
	vs := Verbs(e.Format)
	for i, v := range vs {
		if v == "%w" && i < len(e.Args) {
			if err, ok := e.Args[i].(error); ok {
				out = append(out, err)
			}
		}
	}
	return out
}

// Text returns err's message in lang: the message of the first *Error in
// err's chain of single wraps (what fmt.Errorf("…: %w", err) adds before
// it is kept in English), or err.Error() when there is none.
func Text(lang Lang, err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if lang == EN || !errors.As(err, &e) {
		return err.Error()
	}
	if l, ok := err.(Localizer); ok {
		return l.Localize(lang)
	}
	// An *Error wrapped by a plain error: keep what the wrapper added
	// when it only prefixed the message, else show the message alone.
	full, inner := err.Error(), e.Error()
	if prefix, ok := strings.CutSuffix(full, inner); ok {
		return prefix + e.Localize(lang)
	}
	return e.Localize(lang)
}

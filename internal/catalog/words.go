package catalog

import (
	"strconv"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// orList returns xs as alternatives, "a, b or c" in English and "a, b
// hoặc c" in Vietnamese, or words saying there is none when xs is empty.
func orList(xs []string) message.Localizer {
	if len(xs) == 0 {
		return message.Words{VI: "(không có)", EN: "(none)"}
	}
	return message.Or(xs)
}

// quoteAll returns each of xs in Go's double quotes.
func quoteAll(xs []string) []string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = strconv.Quote(x)
	}
	return q
}

// inBoth returns the text say gives in each language, as words that
// keep both: a part of a message (such as a hint) made with
// message.Sprintf, given to another message as an argument.
func inBoth(say func(message.Lang) string) message.Words {
	return message.Words{VI: say(message.VI), EN: say(message.EN)}
}

package outputtest

import (
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	got := Diff("a\nb\nc\n1\n2\n3\n4\n5\n6\n7\nz\n", "a\nB\nc\n1\n2\n3\n4\n5\n6\n7\nZ\n")
	for _, want := range []string{"--- want", "+++ got", "-b\n+B", " a", " c", "@@", "-z\n+Z"} {
		if !strings.Contains(got, want) {
			t.Errorf("diff lacks %q:\n%s", want, got)
		}
	}
}

package media

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkCleanSVG cleans drawings of growing size, of many elements
// and of one long style: the cost per byte (ns/B) stays flat, so cleaning
// is linear in the file's size.
func BenchmarkCleanSVG(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		var s strings.Builder
		s.WriteString(`<svg xmlns="http://www.w3.org/2000/svg">`)
		for i := range n {
			fmt.Fprintf(&s, `<g><rect x="%d" width="9" height="9" style="fill: rgb(1,2,3)"/><script>x</script></g>`+"\n", i)
		}
		s.WriteString(`</svg>`)
		bench(b, fmt.Sprintf("elements=%d", n), []byte(s.String()))
	}
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		svg := `<svg xmlns="http://www.w3.org/2000/svg"><rect style="` + strings.Repeat(`fill:\75 rl(#a) `, n/16) + `"/>` + strings.Repeat("<!-- -->\n", n/9) + `</svg>`
		bench(b, fmt.Sprintf("style=%d", n), []byte(svg))
	}
}

func bench(b *testing.B, name string, svg []byte) {
	b.Run(name, func(b *testing.B) {
		b.SetBytes(int64(len(svg)))
		for b.Loop() {
			if _, _, err := CleanSVG(svg); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(svg)), "ns/B")
	})
}

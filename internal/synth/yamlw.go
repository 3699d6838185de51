package synth

import (
	"bytes"
	"strconv"

	"gopkg.in/yaml.v3"
)

// ymap builds a YAML mapping node by node, so that the style of each value
// is chosen: text is tagged !!str (yaml.v3 quotes it only where a plain
// scalar would read as something else), numbers, dates and deliberately
// plain values are written as they are, lists in flow style ([a, b]).
type ymap struct{ n yaml.Node }

func newMap() *ymap { return &ymap{n: yaml.Node{Kind: yaml.MappingNode}} }

func scalar(v, tag string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Value: v, Tag: tag}
}

func (m *ymap) add(k string, v *yaml.Node) *ymap {
	m.n.Content = append(m.n.Content, scalar(k, "!!str"), v)
	return m
}

// str adds text; an empty value is left out.
func (m *ymap) str(k, v string) *ymap {
	if v == "" {
		return m
	}
	return m.add(k, scalar(v, "!!str"))
}

// plain adds v as a plain scalar, never quoted: a date, or a phone number
// such as 0912345678 that the loader must read back as text.
func (m *ymap) plain(k, v string) *ymap {
	if v == "" {
		return m
	}
	return m.add(k, scalar(v, ""))
}

// int adds a whole number; 0 is left out.
func (m *ymap) int(k string, v int) *ymap {
	if v == 0 {
		return m
	}
	return m.add(k, scalar(strconv.Itoa(v), "!!int"))
}

func (m *ymap) float(k string, v float64, prec int) *ymap {
	return m.add(k, scalar(strconv.FormatFloat(v, 'f', prec, 64), "!!float"))
}

func (m *ymap) bool(k string, v bool) *ymap {
	if !v {
		return m
	}
	return m.add(k, scalar("true", "!!bool"))
}

// list adds a flow-style list of text; an empty list is left out.
func (m *ymap) list(k string, vs []string) *ymap {
	if len(vs) == 0 {
		return m
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, v := range vs {
		seq.Content = append(seq.Content, scalar(v, "!!str"))
	}
	return m.add(k, seq)
}

// sub adds a nested mapping.
func (m *ymap) sub(k string, s *ymap) *ymap {
	if len(s.n.Content) == 0 {
		return m
	}
	return m.add(k, &s.n)
}

// bytes encodes the mapping with two-space indentation.
func (m *ymap) bytes() []byte {
	var b bytes.Buffer
	e := yaml.NewEncoder(&b)
	e.SetIndent(2)
	if err := e.Encode(&m.n); err != nil {
		// Nodes built here are always encodable.
		panic("synth: encoding YAML: " + err.Error())
	}
	e.Close()
	return b.Bytes()
}

// page is a Markdown record: front matter and body.
func page(fm *ymap, body string) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(fm.bytes())
	b.WriteString("---\n")
	if body != "" {
		b.WriteString("\n")
		b.WriteString(body)
		b.WriteString("\n")
	}
	return b.Bytes()
}

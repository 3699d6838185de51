package search

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/txtar"
)

// A ranking vector, testdata/rank/<name>.txtar, holds records and the
// order a query must list them in:
//
//	-- records --
//	product: Nước mắm cốt Giao Châu; producer=HTX nước mắm Giao Châu
//	producer: HTX nước mắm Giao Châu
//	-- queries --
//	nuoc mam → Nước mắm cốt Giao Châu | HTX nước mắm Giao Châu
//	-- queries/words --
//	nuoc mam → …
//
// A record is its kind (product, producer or site; in that order), its
// Vietnamese name, then fields as name=text, several texts of a field
// separated by "|": name_en, producer, place, group, tags, text. A query
// lists the Vietnamese names of every result, best first, separated by
// " | ", and nothing when it finds none; a query with spaces at either
// end is written as a Go string ("gạo tám "). Queries under "queries" search
// descriptions too, those under "queries/words" only the word shards.

// RankVector is one ranking vector: the records, as the Input of an
// index, and the queries.
type RankVector struct {
	Input   *Input
	Queries []RankQuery
}

// RankQuery is one query of a vector with the order it must give: Line
// is its line in its section (from 1), Text is set for a query of the
// "queries" section, which searches descriptions too, and Order are the
// Vietnamese names of the results, best first.
type RankQuery struct {
	Line  int
	Q     string
	Text  bool
	Order []string
}

// rankKinds and rankFields are the words of a vector for kinds and fields.
var rankKinds = map[string]Kind{"product": Product, "producer": ProducerKind, "site": Site}

var rankFields = map[string]Field{"name_en": NameEN, "producer": Producer, "place": Place, "group": Group, "tags": Tags, "text": Text}

// ReadRankVector reads a vector archive.
func ReadRankVector(a *txtar.Archive) (*RankVector, error) {
	v := &RankVector{Input: &Input{
		Langs:       []string{"vi", "en"},
		Sections:    [numKinds][]string{{"san-pham/", "en/products/"}, {"chu-the/", "en/producers/"}, {"du-lich/", "en/tourism/"}},
		SearchPaths: []string{"tim-kiem/", "en/search/"},
	}}
	seen := map[string]bool{}
	for _, f := range a.Files {
		seen[f.Name] = true
		sc := bufio.NewScanner(strings.NewReader(string(f.Data)))
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			var err error
			switch f.Name {
			case "records":
				err = v.addRecord(line)
			case "queries", "queries/words":
				q, order, ok := strings.Cut(line, "→")
				if !ok {
					err = fmt.Errorf("no →")
					break
				}
				rq := RankQuery{Line: n, Q: strings.TrimSpace(q), Text: f.Name == "queries"}
				if strings.HasPrefix(rq.Q, `"`) {
					if rq.Q, err = strconv.Unquote(rq.Q); err != nil {
						break
					}
				}
				if o := strings.TrimSpace(order); o != "" {
					for _, s := range strings.Split(o, "|") {
						rq.Order = append(rq.Order, strings.TrimSpace(s))
					}
				}
				v.Queries = append(v.Queries, rq)
			default:
				return nil, fmt.Errorf("unknown section %q", f.Name)
			}
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", f.Name, n, err)
			}
		}
	}
	if !seen["records"] || !seen["queries"] && !seen["queries/words"] {
		return nil, fmt.Errorf("want sections records and queries")
	}
	return v, nil
}

// addRecord adds the record of one line of the records section.
func (v *RankVector) addRecord(line string) error {
	kind, rest, ok := strings.Cut(line, ":")
	k, known := rankKinds[kind]
	if !ok || !known {
		return fmt.Errorf("want product:, producer: or site:")
	}
	parts := strings.Split(rest, ";")
	name := strings.TrimSpace(parts[0])
	d := Doc{Kind: k, Group: -1, District: -1, PKind: -1,
		Show: []Show{{Name: name, Slug: SimpleSlug(name)}, {Name: name, NameVI: true, Slug: SimpleSlug(name)}}}
	d.Fields[Name] = []string{name}
	for _, p := range parts[1:] {
		key, val, ok := strings.Cut(strings.TrimSpace(p), "=")
		f, known := rankFields[key]
		if !ok || !known {
			return fmt.Errorf("field %q: want name_en, producer, place, group, tags or text, then =", key)
		}
		for _, s := range strings.Split(val, "|") {
			d.Fields[f] = append(d.Fields[f], strings.TrimSpace(s))
		}
	}
	v.Input.Docs = append(v.Input.Docs, d)
	return nil
}

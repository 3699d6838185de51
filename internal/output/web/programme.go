package web

import (
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/format"
	"github.com/namdinh-ocop/ocop/internal/site"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// The programme page (/chuong-trinh/, /en/programme/) sets the totals of
// OCOP products the province reported (content/programme.yaml) against
// the targets of its decisions, and beside them what this catalog holds:
// products by certification status (catalog.Status), by district and by
// group, and how many of today's communes have one. It exists only when
// the site has a programme file. Every figure comes from a record or a
// source; nothing is worked out but counts of the catalog's own records.

// programmeData is the programme page's data.
type programmeData struct {
	Totals  []totalView
	Targets []targetView
	// Latest is the most recent reported total, nil when there is none.
	Latest      *totalView
	TotalsChart template.HTML
	// Counts are the catalog's records by status, district and group,
	// each a chart and a table of the same rows.
	Counts []countSection
	// OCOP is the number of OCOP products in the catalog (not-certified
	// records left out).
	OCOP int
	// Communes are today's communes with an OCOP product of the catalog,
	// of Units in the newest geography snapshot (dated Snapshot).
	Communes []string
	Units    int
	Snapshot catalog.Date
	// Sources are every source of the totals and targets, once each, in
	// the file's order: the page's sources block.
	Sources []string
}

// totalView is a reported total as the page shows it; a figure the
// source does not give is "".
type totalView struct {
	When                            string
	Products                        int
	Three, Four, Five, Producers    string
	Note, Conflict                  string
	Sources                         []sourceLink
	HasThree, HasFour, HasFive, All bool
}

// targetView is a target as the page shows it.
type targetView struct {
	Document string
	Issued   string
	By       int
	// Lines are the goals, each a sentence with its number as the
	// document states it.
	Lines []string
	// Groups are the goals by product group; Decision names the group
	// list they use.
	Groups   []groupGoal
	Decision string
	Note     string
	Sources  []sourceLink
}

// groupGoal is the goal for one product group.
type groupGoal struct{ Name, Count string }

// countSection is one count of the catalog: a chart and its table.
type countSection struct {
	ID, Title, Col string
	Chart          template.HTML
	Rows           []countRow
}

// sourceLink is a link to a source, named by its host.
type sourceLink struct{ Href, Host string }

// sourceLinks names each address by its host ("nhandan.vn").
func sourceLinks(srcs []string) []sourceLink {
	var ls []sourceLink
	for _, s := range srcs {
		host := s
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			host = strings.TrimPrefix(u.Host, "www.")
		}
		ls = append(ls, sourceLink{Href: s, Host: host})
	}
	return ls
}

// countRow is one row of a count of the catalog: its label, an optional
// link and the number.
type countRow struct {
	Label, Href string
	Key         string
	Count       int
}

// programmeSpec is the programme page, nil when the site has no
// programme file.
func (r *renderer) programmeSpec() *spec {
	if r.c.Programme.Path == "" {
		return nil
	}
	return &spec{tmpl: "programme", section: "programme", path: urls.ProgrammePage, build: func(l *lctx, p *page) error {
		var err error
		if p.Title, err = l.t("programme_title"); err != nil {
			return err
		}
		if p.Description, err = l.t("programme_desc"); err != nil {
			return err
		}
		if p.Crumbs, err = l.crumbs(urls.Product, ""); err != nil {
			return err
		}
		p.Crumbs = p.Crumbs[:1]
		d, err := r.programmeData(l)
		if err != nil {
			return err
		}
		p.Data = d
		return nil
	}}
}

// programmeData gathers the page's figures in l's language.
func (r *renderer) programmeData(l *lctx) (*programmeData, error) {
	c, x := r.c, r.s.Lists
	d := &programmeData{OCOP: len(x.All)}
	seen := map[string]bool{}
	addSources := func(ss []string) {
		for _, u := range ss {
			if !seen[u] {
				seen[u] = true
				d.Sources = append(d.Sources, u)
			}
		}
	}
	for _, t := range c.Programme.Totals {
		tv := l.totalView(t)
		d.Totals = append(d.Totals, tv)
		addSources(t.Sources)
	}
	if n := len(d.Totals); n > 0 {
		d.Latest = &d.Totals[n-1]
	}
	for _, t := range c.Programme.Targets {
		tv, err := r.targetView(l, t)
		if err != nil {
			return nil, err
		}
		d.Targets = append(d.Targets, tv)
		addSources(t.Sources)
	}
	var err error
	if d.TotalsChart, err = r.totalsChart(l, d); err != nil {
		return nil, err
	}

	// The catalog's records by status: every record, not-certified ones
	// included, each counted under the one status catalog.Status gives.
	var status, districts, groups []countRow
	counts := map[catalog.Status]int{}
	for _, p := range c.Products {
		counts[c.Status(p)]++
	}
	for _, s := range []catalog.Status{catalog.StatusCertified, catalog.StatusExpiring, catalog.StatusExpired, catalog.StatusUnknownValidity, catalog.StatusNotCertified} {
		label, err := l.t("status_" + statusKey(s))
		if err != nil {
			return nil, err
		}
		status = append(status, countRow{Label: label, Key: s.String(), Count: counts[s]})
	}
	f := x.Facets(c, false)
	listed := 0
	for _, fc := range f.Districts {
		districts = append(districts, countRow{
			Label: site.UnitLabel(l.lang, fc.District.Name), Count: fc.Count,
			Href: r.opt.Base.Rel(urls.Page(urls.District, l.lang, fc.District.Slug)),
		})
		listed += fc.Count
	}
	if n := len(x.All) - listed; n > 0 {
		label, err := l.t("programme_district_unknown")
		if err != nil {
			return nil, err
		}
		districts = append(districts, countRow{Label: label, Count: n})
	}
	listed = 0
	for _, fc := range f.Groups {
		name, err := l.name(fc.Group)
		if err != nil {
			return nil, err
		}
		groups = append(groups, countRow{Label: name, Count: fc.Count, Href: r.opt.Base.Rel(urls.Page(urls.Group, l.lang, fc.Group.Slug))})
		listed += fc.Count
	}
	if n := len(x.All) - listed; n > 0 {
		label, err := l.t("programme_group_unknown")
		if err != nil {
			return nil, err
		}
		groups = append(groups, countRow{Label: label, Count: n})
	}
	d.Communes, d.Units, d.Snapshot = presentCommunes(c, x.All)

	for _, ch := range []struct {
		id, key, col string
		rows         []countRow
		colourOf     func(countRow) string
	}{
		{"chart-status", "programme_status", "programme_col_status", status, statusFill},
		{"chart-districts", "programme_districts", "programme_col_district", districts, nil},
		{"chart-groups", "programme_groups", "programme_col_group", groups, nil},
	} {
		title, err := l.t(ch.key + "_title")
		if err != nil {
			return nil, err
		}
		desc, err := l.t(ch.key+"_desc", len(c.Products), d.OCOP)
		if err != nil {
			return nil, err
		}
		col, err := l.t(ch.col)
		if err != nil {
			return nil, err
		}
		bc := barChart{ID: ch.id, Title: title, Desc: desc}
		for _, row := range ch.rows {
			fill := fillMain
			if ch.colourOf != nil {
				fill = ch.colourOf(row)
			}
			bc.Bars = append(bc.Bars, bar{Label: row.Label, Segments: []segment{{row.Count, fill}}, Value: strconv.Itoa(row.Count)})
		}
		d.Counts = append(d.Counts, countSection{ID: ch.id, Title: title, Col: col, Chart: bc.SVG(), Rows: ch.rows})
	}
	return d, nil
}

// statusKey is the i18n key suffix of a status: status_<key>, its
// String with underscores ("not-certified" → "not_certified").
func statusKey(s catalog.Status) string { return strings.ReplaceAll(s.String(), "-", "_") }

// statusFill is the colour of a status's bar.
func statusFill(row countRow) string {
	switch row.Key {
	case catalog.StatusExpiring.String():
		return fillSecond
	case catalog.StatusExpired.String():
		return fillWarn
	case catalog.StatusUnknownValidity.String(), catalog.StatusNotCertified.String():
		return fillUnknown
	}
	return fillMain
}

// totalView formats a reported total in l's language.
func (l *lctx) totalView(t *catalog.ReportedTotal) totalView {
	tv := totalView{Sources: sourceLinks(t.Sources), Note: t.Note, Conflict: t.Conflict}
	day, exact, _ := t.Day()
	tv.When = t.When
	if l.lang == "en" {
		tv.When, tv.Note, tv.Conflict = t.WhenEN, t.NoteEN, t.ConflictEN
	}
	if exact {
		tv.When = format.Date(l.lang, day)
	}
	if t.Products != nil {
		tv.Products = *t.Products
	}
	num := func(n *int) (string, bool) {
		if n == nil {
			return "", false
		}
		return strconv.Itoa(*n), true
	}
	tv.Three, tv.HasThree = num(t.ThreeStar)
	tv.Four, tv.HasFour = num(t.FourStar)
	tv.Five, tv.HasFive = num(t.FiveStar)
	tv.Producers, _ = num(t.Producers)
	tv.All = tv.HasThree && tv.HasFour && tv.HasFive
	return tv
}

// totalsChart draws the reported totals, split by stars where the source
// gives the split, against the targets' numbers of products.
func (r *renderer) totalsChart(l *lctx, d *programmeData) (template.HTML, error) {
	title, err := l.t("programme_totals_title")
	if err != nil {
		return "", err
	}
	desc, err := l.t("programme_totals_desc")
	if err != nil {
		return "", err
	}
	bc := barChart{ID: "chart-totals", Title: title, Desc: desc}
	for i, t := range r.c.Programme.Totals {
		tv := d.Totals[i]
		var segs []segment
		known := 0
		for _, s := range []struct {
			n    *int
			fill string
		}{{t.ThreeStar, fillMain}, {t.FourStar, fillSecond}, {t.FiveStar, fillThird}} {
			if s.n != nil {
				segs = append(segs, segment{*s.n, s.fill})
				known += *s.n
			}
		}
		if rest := tv.Products - known; rest > 0 {
			segs = append(segs, segment{rest, fillUnknown})
		}
		bc.Bars = append(bc.Bars, bar{Label: tv.When, Segments: segs, Value: strconv.Itoa(tv.Products)})
	}
	// A dashed line for each target's number of products, each labelled
	// on its own line above the bars.
	for _, t := range r.c.Programme.Targets {
		n, ok := t.Products.Value()
		if !ok {
			continue
		}
		q, err := l.quantity(t.Products, false)
		if err != nil {
			return "", err
		}
		label, err := l.t("programme_mark", q, t.By)
		if err != nil {
			return "", err
		}
		bc.Marks = append(bc.Marks, mark{At: n, Label: label})
	}
	return bc.SVG(), nil
}

// targetView formats a target in l's language.
func (r *renderer) targetView(l *lctx, t *catalog.Target) (targetView, error) {
	tv := targetView{Document: t.Document, By: t.By, Note: t.Note, Sources: sourceLinks(t.Sources)}
	if l.lang == "en" {
		tv.Document, tv.Note = t.DocumentEN, t.NoteEN
	}
	if t.Issued.IsZero() {
		tv.Issued = strconv.Itoa(t.Year)
	} else {
		tv.Issued = format.Date(l.lang, t.Issued)
	}
	line := func(key string, q catalog.Quantity, percent bool, args ...any) error {
		if q.IsZero() {
			return nil
		}
		s, err := l.quantity(q, percent)
		if err != nil {
			return err
		}
		out, err := l.t(key, append(args, s)...)
		if err != nil {
			return err
		}
		tv.Lines = append(tv.Lines, out)
		return nil
	}
	var err error
	if t.MinStars > 0 {
		err = line("programme_goal_products_min_stars", t.Products, false, t.MinStars)
	} else {
		err = line("programme_goal_products", t.Products, false)
	}
	for _, g := range []struct {
		key     string
		q       catalog.Quantity
		percent bool
	}{
		{"programme_goal_five_star", t.FiveStar, false},
		{"programme_goal_five_star_percent", t.FiveStarPercent, true},
		{"programme_goal_four_star_percent", t.FourStarPercent, true},
		{"programme_goal_communes_percent", t.CommunesPercent, true},
	} {
		if err == nil {
			err = line(g.key, g.q, g.percent)
		}
	}
	if err != nil {
		return tv, err
	}
	if t.EveryCommune {
		s, err := l.t("programme_goal_every_commune")
		if err != nil {
			return tv, err
		}
		tv.Lines = append(tv.Lines, s)
	}
	if sys := r.c.Groups.System(t.Criteria); sys != nil {
		tv.Decision = sys.Decision
		for _, g := range t.Groups {
			gr := r.c.Groups.Group(sys.ID, g.Group)
			if gr == nil {
				continue
			}
			name, err := l.name(gr)
			if err != nil {
				return tv, err
			}
			q, err := l.quantity(g.Count, false)
			if err != nil {
				return tv, err
			}
			tv.Groups = append(tv.Groups, groupGoal{Name: name, Count: q})
		}
	}
	return tv, nil
}

// quantity writes a number as its source states it: "khoảng 300",
// "ít nhất 3", "220–230", with "%" after each number when percent.
func (l *lctx) quantity(q catalog.Quantity, percent bool) (string, error) {
	unit := ""
	if percent {
		unit = "%"
	}
	switch {
	case q.About != nil:
		return l.t("programme_about", fmt.Sprintf("%d%s", *q.About, unit))
	case q.AtLeast != nil:
		return l.t("programme_at_least", fmt.Sprintf("%d%s", *q.AtLeast, unit))
	case q.Min != nil && q.Max != nil:
		return fmt.Sprintf("%d%s–%d%s", *q.Min, unit, *q.Max, unit), nil
	}
	return "", nil
}

// presentCommunes returns the names of today's communes (the newest
// geography snapshot's units) that hold at least one of ps, in the
// snapshot's order, with the number of units of that snapshot and its
// date. A product whose recorded commune became part of more than one
// unit today is not counted: which one holds it is not known.
func presentCommunes(c *catalog.Catalog, ps []*catalog.Product) (names []string, units int, date catalog.Date) {
	ss := c.Geo.Snapshots
	if len(ss) == 0 {
		return nil, 0, catalog.Date{}
	}
	newest := ss[len(ss)-1]
	all := newest.AllUnits()
	has := map[*catalog.Unit]bool{}
	for _, p := range ps {
		u := p.Links.Unit
		switch {
		case u == nil:
		case u.Snapshot == newest:
			has[u] = true
		case len(p.Links.Present) == 1 && p.Links.Present[0].Snapshot == newest:
			has[p.Links.Present[0]] = true
		}
	}
	for _, u := range all {
		if has[u] {
			names = append(names, u.Name)
		}
	}
	return names, len(all), newest.Date
}

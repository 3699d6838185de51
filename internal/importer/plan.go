// Package importer turns the rows of a recognition decision's annex
// (package annex) into changes to the content: new producer and product
// records, and updates of the stars and certificate of the products the
// catalog already has.
//
// Make plans the changes without touching anything; Plan.Apply writes
// them. A row is matched to a product by its name's Key, and its
// producer to a producer by ProducerKey (the kind words "HTX", "Công ty
// TNHH" … left out). Nothing is guessed: a group is written only when the
// annex's group names exactly one group of the criteria in force on the
// decision's date, a district or commune only when it is one of
// content/geo/, a source only when one is given; what is left out is said
// in a Note. An update changes only stars and the certificate (and what
// must go with them for the record to stay valid: a score, level or
// status of the old rating, an old valid_until), and fills an empty
// producer; any other difference is a Note, and nothing is changed for
// a product whose certificate is newer than the decision. Prose (the
// Markdown body) is never touched.
package importer

import (
	"path"
	"strconv"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/annex"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Options are the facts of the decision the annex belongs to.
type Options struct {
	// Decision is the decision's number, e.g. "1234/QĐ-UBND".
	Decision string
	// Date is the day it was signed.
	Date catalog.Date
	// SourceURL, when set, is added to the sources of every record written
	// or updated.
	SourceURL string
}

// Change is one file to write: a new record (New) or edits of an existing
// one.
type Change struct {
	// Path is the record's file, slash-separated, relative to the site
	// folder: "content/products/nuoc-mam-x.md".
	Path string
	Kind catalog.Kind
	New  bool
	// Fields are the keys of a new record and their values, in the
	// model's order.
	Fields []Field
	// Edits are the changes to an existing record, in order.
	Edits []Edit
	// Sheet and Row are the annex row the change comes from, and From the
	// row as read, so that a reader can check the match.
	Sheet string
	Row   int
	From  annex.Row
}

// Field is a key of a new record with its value: a string, an int,
// a catalog.Date, a []string, or for certificate a []Field.
type Field struct {
	Key   string
	Value any
}

// Edit changes one key of an existing record: Key is dotted for nested
// keys ("certificate.number"); Old is its value as written ("" when
// unset); New is the value to set, or "" to remove the key. Add, for
// sources, appends New to the list.
type Edit struct {
	Key, Old, New string
	Add           bool
}

// Note is something the reader should know about one row: a value left
// out, a conflict with what a record says, a row left out.
type Note struct {
	Sheet string
	Row   int
	Err   error
}

// Text returns the note in lang.
func (n Note) Text(lang message.Lang) string {
	return message.Sprintf(lang, "sheet %q, row %d: %s", n.Sheet, n.Row, n.Err)
}

// Plan is what importing an annex would change.
type Plan struct {
	// Rows is the number of rows planned.
	Rows int
	// MatchedProducts is how many rows matched an existing product;
	// MatchedProducers how many rows' producers matched an existing
	// producer; Unchanged how many matched products need no change.
	MatchedProducts, MatchedProducers, Unchanged int
	Changes                                      []*Change
	Notes                                        []Note
}

// Count returns the number of new records of kind k and of records of
// kind k to update.
func (p *Plan) Count(k catalog.Kind) (added, updated int) {
	for _, c := range p.Changes {
		switch {
		case c.Kind != k:
		case c.New:
			added++
		default:
			updated++
		}
	}
	return added, updated
}

type planner struct {
	c   *catalog.Catalog
	opt Options
	p   *Plan

	products  map[string][]*catalog.Product
	producers map[string][]*catalog.Producer
	// taken are the IDs and slugs of each kind, existing or planned.
	taken map[catalog.Kind]map[string]string
	// planned are the new producers of this plan, by ProducerKey.
	planned map[string]string
	// seen are the product keys of the rows already planned, with their
	// row.
	seen map[string]int
}

// Make plans the import of rows into the catalog c, which must have been
// loaded from the site folder the plan will be applied to.
func Make(c *catalog.Catalog, rows []annex.Row, opt Options) *Plan {
	pl := &planner{c: c, opt: opt, p: &Plan{Rows: len(rows)},
		products: map[string][]*catalog.Product{}, producers: map[string][]*catalog.Producer{},
		taken:   map[catalog.Kind]map[string]string{catalog.KindProduct: {}, catalog.KindProducer: {}},
		planned: map[string]string{}, seen: map[string]int{}}
	for _, p := range c.Products {
		k := Key(p.Name)
		pl.products[k] = append(pl.products[k], p)
		pl.take(catalog.KindProduct, p.ID, p.Path)
		pl.take(catalog.KindProduct, p.Slug, p.Path)
	}
	for _, p := range c.Producers {
		k := ProducerKey(p.Name)
		pl.producers[k] = append(pl.producers[k], p)
		pl.take(catalog.KindProducer, p.ID, p.Path)
		pl.take(catalog.KindProducer, p.Slug, p.Path)
	}
	for _, r := range rows {
		pl.row(r)
	}
	return pl.p
}

func (pl *planner) take(k catalog.Kind, id, p string) {
	if id != "" {
		pl.taken[k][id] = p
	}
}

// Errorf adds a Note about row r; format is an English fmt format with a
// Vietnamese translation (see package message).
func (pl *planner) Errorf(r annex.Row, format string, args ...any) {
	pl.p.Notes = append(pl.p.Notes, Note{Sheet: r.Sheet, Row: r.Line, Err: message.Errorf(format, args...)})
}

func (pl *planner) row(r annex.Row) {
	key := Key(r.Name)
	if prev, dup := pl.seen[key]; dup {
		pl.Errorf(r, "%q is the same product as row %d; the row is left out", r.Name, prev)
		return
	}
	pl.seen[key] = r.Line
	found := pl.products[key]
	if len(found) > 1 {
		// Names that differ only in their tone marks: the one with the
		// same marks is meant.
		var same []*catalog.Product
		for _, p := range found {
			if tonedKey(p.Name) == tonedKey(r.Name) {
				same = append(same, p)
			}
		}
		if len(same) == 1 {
			found = same
		}
	}
	switch len(found) {
	case 0:
		pl.newProduct(r)
	case 1:
		if tonedKey(found[0].Name) != tonedKey(r.Name) {
			pl.Errorf(r, "%q is taken to be %q of %s, whose name differs only in tone marks; check that it is the same product", r.Name, found[0].Name, found[0].Path)
		}
		pl.p.MatchedProducts++
		pl.update(found[0], r)
	default:
		pl.Errorf(r, "%q matches %d products (%s); the row is left out: give them different names", r.Name, len(found), message.And(productPaths(found)))
	}
}

func productPaths(ps []*catalog.Product) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Path
	}
	return out
}

// producer returns the ID of the row's producer, planning a new producer
// record when none matches; ok is false when the producer is ambiguous or
// cannot be given an ID (a Note says why). add plans the new producer
// only when true.
func (pl *planner) producer(r annex.Row, add bool) (id string, ok bool) {
	if strings.TrimSpace(r.Producer) == "" {
		return "", true
	}
	k := ProducerKey(r.Producer)
	switch found := pl.producers[k]; len(found) {
	case 1:
		return found[0].ID, true
	case 0:
	default:
		var paths []string
		for _, p := range found {
			paths = append(paths, p.Path)
		}
		pl.Errorf(r, "producer %q matches %d producers (%s); say which one in the record by hand", r.Producer, len(found), message.And(paths))
		return "", false
	}
	if id, ok := pl.planned[k]; ok {
		return id, true
	}
	id = urls.Slug(r.Producer)
	if !urls.IsSlug(id) {
		pl.Errorf(r, "producer %q gives no usable ID (%q); add its record by hand", r.Producer, id)
		return "", false
	}
	if other, ok := pl.taken[catalog.KindProducer][id]; ok {
		pl.Errorf(r, "a new producer %q would have the ID %q, already used by %s; add its record by hand, or give the existing record the producer's exact name", r.Producer, id, other)
		return "", false
	}
	if !add {
		return id, true
	}
	ch := &Change{Path: path.Join("content/producers", id+".md"), Kind: catalog.KindProducer, New: true, Sheet: r.Sheet, Row: r.Line}
	ch.Fields = append(ch.Fields, Field{"name", strings.Join(strings.Fields(r.Producer), " ")})
	if kind := ProducerKind(r.Producer); kind != "" {
		ch.Fields = append(ch.Fields, Field{"kind", kind})
	}
	if a := strings.Join(strings.Fields(r.Address), " "); a != "" {
		ch.Fields = append(ch.Fields, Field{"address", a})
	}
	ch.Fields = append(ch.Fields, pl.place(r, false)...)
	if pl.opt.SourceURL != "" {
		ch.Fields = append(ch.Fields, Field{"sources", []string{pl.opt.SourceURL}})
	}
	pl.planned[k] = id
	pl.take(catalog.KindProducer, id, ch.Path)
	pl.p.Changes = append(pl.p.Changes, ch)
	return id, true
}

func (pl *planner) newProduct(r annex.Row) {
	name := strings.Join(strings.Fields(r.Name), " ")
	id := urls.Slug(name)
	if !urls.IsSlug(id) {
		pl.Errorf(r, "%q gives no usable ID (%q); add its record by hand", name, id)
		return
	}
	if other, ok := pl.taken[catalog.KindProduct][id]; ok {
		pl.Errorf(r, "a new product %q would have the ID %q, already used by %s; the row is left out: add it by hand with a different file name and slug:", name, id, other)
		return
	}
	if _, ok := pl.producer(r, false); !ok {
		pl.Errorf(r, "the row is left out because of its producer")
		return
	}
	if pl.producerKnown(r) {
		pl.p.MatchedProducers++
	}
	producer, _ := pl.producer(r, true)
	ch := &Change{Path: path.Join("content/products", id+".md"), Kind: catalog.KindProduct, New: true, Sheet: r.Sheet, Row: r.Line}
	ch.Fields = append(ch.Fields, Field{"name", name})
	if producer != "" {
		ch.Fields = append(ch.Fields, Field{"producer", producer})
	} else {
		pl.Errorf(r, "the annex names no producer for %q; producer: is left out", name)
	}
	ch.Fields = append(ch.Fields, pl.group(r)...)
	if r.Stars != 0 {
		ch.Fields = append(ch.Fields, Field{"stars", r.Stars})
	}
	ch.Fields = append(ch.Fields, Field{"certificate", []Field{{"number", pl.opt.Decision}, {"date", pl.opt.Date}}})
	ch.Fields = append(ch.Fields, pl.place(r, true)...)
	if pl.opt.SourceURL != "" {
		ch.Fields = append(ch.Fields, Field{"sources", []string{pl.opt.SourceURL}})
	}
	pl.take(catalog.KindProduct, id, ch.Path)
	pl.p.Changes = append(pl.p.Changes, ch)
}

// producerKnown reports whether the row's producer is an existing one.
func (pl *planner) producerKnown(r annex.Row) bool {
	return strings.TrimSpace(r.Producer) != "" && len(pl.producers[ProducerKey(r.Producer)]) == 1
}

// system returns the criteria system in force on the decision's date:
// the latest one dated on or before it, else nil.
func (pl *planner) system() *catalog.System {
	var best *catalog.System
	for i := range pl.c.Groups.Systems {
		s := &pl.c.Groups.Systems[i]
		if s.Date.IsZero() || pl.opt.Date.Before(s.Date) {
			continue
		}
		if best == nil || best.Date.Before(s.Date) {
			best = s
		}
	}
	return best
}

// group returns the criteria and group keys for the row's group, when it
// names exactly one group of the system in force; else nothing, with a
// Note.
func (pl *planner) group(r annex.Row) []Field {
	g := strings.TrimSpace(r.Group)
	if g == "" {
		return nil
	}
	sys := pl.system()
	if sys == nil {
		pl.Errorf(r, "no criteria in content/groups.yaml were in force on %s; group: is left out", pl.opt.Date)
		return nil
	}
	id, ok := MatchGroup(sys, g)
	if !ok {
		var names []string
		for _, gr := range sys.Groups {
			names = append(names, strconv.Quote(gr.Name))
		}
		pl.Errorf(r, "group %q is not one group of Decision %s (%s); group: is left out: set it by hand", g, sys.Decision, message.Or(names))
		return nil
	}
	var out []Field
	if sys.ID != pl.c.Config.DefaultCriteria {
		out = append(out, Field{"criteria", sys.ID})
	}
	return append(out, Field{"group", id})
}

// MatchGroup returns the ID of the group of sys that text names: by ID,
// by name (folded; a leading "Nhóm" ignored), or as the only group whose
// name starts with text or that text starts with ("Dược liệu" for
// "Dược liệu và sản phẩm từ dược liệu", "Thực phẩm chế biến" for
// "Thực phẩm"); false when none or more than one does.
func MatchGroup(sys *catalog.System, text string) (string, bool) {
	k := Key(text)
	k = strings.TrimPrefix(k, "nhom ")
	for _, g := range sys.Groups {
		if g.ID == strings.TrimSpace(text) || Key(g.Name) == k {
			return g.ID, true
		}
	}
	var found []string
	for _, g := range sys.Groups {
		n := Key(g.Name)
		if strings.HasPrefix(n, k+" ") || strings.HasPrefix(k, n+" ") {
			found = append(found, g.ID)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return "", false
}

// place returns the district and commune keys of the row, those of its
// columns (or section) and of its address that content/geo/ knows, with
// a Note for a name it does not know when say is true.
func (pl *planner) place(r annex.Row, say bool) []Field {
	geo := &pl.c.Geo
	district, commune := strings.TrimSpace(r.District), strings.TrimSpace(r.Commune)
	// The address may name them: "xóm 3, xã Hải Đông, huyện Hải Hậu".
	var addrCommune string
	for _, part := range strings.Split(r.Address, ",") {
		part = strings.TrimSpace(part)
		w := strings.Fields(Key(part))
		if len(w) < 2 {
			continue
		}
		switch {
		case w[0] == "huyen", w[0] == "tp", w[0] == "thanh" && w[1] == "pho":
			if district == "" && geo.FindDistrict(part) != nil {
				district = part
			}
		case w[0] == "xa", w[0] == "phuong", w[0] == "tt", w[0] == "thi" && w[1] == "tran":
			addrCommune = part
		}
	}
	if district == "" {
		return nil
	}
	d := geo.FindDistrict(district)
	if d == nil {
		if say {
			pl.Errorf(r, "district %q is not a district of content/geo/; district: is left out", district)
		}
		return nil
	}
	out := []Field{{"district", districtName(d.Name)}}
	if commune == "" {
		commune = addrCommune
	}
	if commune == "" {
		return out
	}
	u := geo.FindUnit(d.Name, commune)
	if u == nil {
		if say {
			pl.Errorf(r, "commune %q is not a commune of %s in content/geo/; commune: is left out", commune, d.Name)
		}
		return out
	}
	return append(out, Field{"commune", unitName(u.Name)})
}

// districtName writes a district as records do: "Hải Hậu" for "Huyện
// Hải Hậu"; a city keeps its word ("Thành phố Nam Định").
func districtName(s string) string {
	return strings.TrimPrefix(s, "Huyện ")
}

// unitName writes a commune as records do, without its kind word:
// "Thịnh Long" for "Thị trấn Thịnh Long".
func unitName(s string) string {
	for _, k := range []string{"Xã ", "Phường ", "Thị trấn "} {
		if rest, ok := strings.CutPrefix(s, k); ok {
			return rest
		}
	}
	return s
}

// update plans the edits of existing product p for row r.
func (pl *planner) update(p *catalog.Product, r annex.Row) {
	ch := &Change{Path: p.Path, Kind: catalog.KindProduct, Sheet: r.Sheet, Row: r.Line, From: r}
	cert := p.Certificate
	if pl.producerKnown(r) {
		pl.p.MatchedProducers++
	}
	// The producer: filled when empty, else compared.
	if id, ok := pl.producer(r, false); ok && id != "" {
		switch {
		case p.Producer == "":
			id, _ = pl.producer(r, true)
			ch.Edits = append(ch.Edits, Edit{Key: "producer", New: id})
		case p.Producer != id:
			pl.Errorf(r, "%s names producer %q, the annex %q; producer: is kept", p.Path, p.Producer, r.Producer)
		}
	}
	if d := pl.c.Geo.FindDistrict(r.District); d != nil && p.District != "" {
		if own := pl.c.Geo.FindDistrict(p.District); own != nil && own != d {
			pl.Errorf(r, "%s gives district %q, the annex %q; district: is kept", p.Path, p.District, r.District)
		}
	}
	switch {
	case !cert.Date.IsZero() && pl.opt.Date.Before(cert.Date):
		pl.Errorf(r, "%s has a newer certificate (%s of %s); its stars and certificate are kept", p.Path, cert.Number, cert.Date)
	case cert.Date.IsZero() && p.Year > pl.opt.Date.Year:
		pl.Errorf(r, "%s says the product was recognised in %d, after this decision; its stars and certificate are kept", p.Path, p.Year)
	default:
		if cert.Number != "" && cert.Number != pl.opt.Decision {
			pl.Errorf(r, "%s: its decision %s is replaced by this one; that is right when the product was recognised again, else leave this row out", p.Path, cert.Number)
		}
		// What the record's own words say of the old recognition is not
		// changed: say where to look.
		for _, old := range []string{cert.Number, num(p.Year)} {
			if old != "" && old != pl.opt.Decision && old != strconv.Itoa(pl.opt.Date.Year) && mentions(p, old) {
				pl.Errorf(r, "%s: its description still mentions %q; read it again, since ocop never changes what editors wrote", p.Path, old)
			}
		}
		if r.Stars != 0 && r.Stars != p.Stars {
			ch.Edits = append(ch.Edits, Edit{Key: "stars", Old: num(p.Stars), New: strconv.Itoa(r.Stars)})
			if p.Meta.Has("score") {
				ch.Edits = append(ch.Edits, Edit{Key: "score", Old: num(p.Score)})
			}
			if p.Meta.Has("level") {
				ch.Edits = append(ch.Edits, Edit{Key: "level", Old: p.Level})
			}
		}
		if cert.Number != pl.opt.Decision {
			ch.Edits = append(ch.Edits, Edit{Key: "certificate.number", Old: cert.Number, New: pl.opt.Decision})
		}
		if cert.Date != pl.opt.Date {
			ch.Edits = append(ch.Edits, Edit{Key: "certificate.date", Old: date(cert.Date), New: pl.opt.Date.String()})
			if p.Meta.Has("certificate.valid_until") {
				ch.Edits = append(ch.Edits, Edit{Key: "certificate.valid_until", Old: date(cert.ValidUntil)})
			}
			// year: stands only for a recognition whose date is not
			// known; the date now is.
			if p.Meta.Has("year") {
				ch.Edits = append(ch.Edits, Edit{Key: "year", Old: num(p.Year)})
			}
		}
		if p.Meta.Has("status") {
			ch.Edits = append(ch.Edits, Edit{Key: "status", Old: p.Status})
		}
	}
	if len(ch.Edits) > 0 && pl.opt.SourceURL != "" && !contains(p.Sources, pl.opt.SourceURL) {
		ch.Edits = append(ch.Edits, Edit{Key: "sources", New: pl.opt.SourceURL, Add: true})
	}
	if len(ch.Edits) == 0 {
		pl.p.Unchanged++
		return
	}
	pl.p.Changes = append(pl.p.Changes, ch)
}

// mentions reports whether the words editors wrote for p (its
// description, summary and English description) hold s.
func mentions(p *catalog.Product, s string) bool {
	return strings.Contains(p.Body, s) || strings.Contains(p.Summary, s) || strings.Contains(p.DescriptionEN, s)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func num(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func date(d catalog.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// Package synth writes a deterministic synthetic content tree of any size
// for scale benchmarks of ocop, and optionally an equivalent Hugo site so
// that both tools can be timed doing the same work.
//
// The tree has the schema of the real catalog and passes `ocop check` with
// no errors (warnings, such as expired certificates and missing photos,
// remain, as in the real catalog). It holds:
//
//   - content/site.yaml, groups.yaml and geo/*.yaml copied unchanged from
//     the real site (Options.Reference);
//   - N products, about N/3 producers (each with at least one product),
//     N/50 tourism sites (at least one), the 8 real showrooms and 2 fairs.
//
// Records are spread over the districts and communes of the oldest
// geography snapshot (content/geo/2024-05-01.yaml), skewed as the real
// catalog is: most in Hải Hậu, Giao Thủy and Nghĩa Hưng. Names are built
// from word lists of our own (vocab.go) and give unique slugs, which are
// also the records' IDs. Bodies are Vietnamese prose from sentence
// templates with slots (text.go), drawn with rank-based weights so that
// word frequencies are skewed like real text.
//
// Output is a function of Options alone: math/rand/v2's PCG seeded with
// (Seed, Seed), no map iteration, no clock. Two runs with the same options
// give byte-identical trees.
package synth

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing/fstest"
	"unicode"

	"github.com/namdinh-ocop/ocop/internal/parallel"

	"golang.org/x/text/unicode/norm"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// Options say what to generate and where.
type Options struct {
	// Products is the number of products, N (at least 1).
	Products int
	// Seed selects the tree; the same seed gives the same bytes.
	Seed int64
	// Out is the folder to write the site into; Write creates
	// Out/content/. Out/content must not exist yet, or be empty.
	Out string
	// Hugo, when not "", is a folder (missing or empty) to write the
	// equivalent Hugo site into; see the comment of hugoSite.
	Hugo string
	// Reference is the real site's source root, holding content/site.yaml,
	// content/groups.yaml and content/geo/*.yaml, which are copied
	// unchanged; for example os.DirFS of the repository root.
	Reference fs.FS
}

// Stats count what Write generated.
type Stats struct {
	Products, Producers, Sites, Showrooms, Fairs int
	// HugoPages is the number of index.html files Hugo writes for the
	// Hugo site (0 without Options.Hugo); see hugoPages.
	HugoPages int
}

// Write generates the content tree (and the Hugo site) described by opt.
func Write(opt Options) (Stats, error) {
	switch {
	case opt.Products < 1:
		return Stats{}, fmt.Errorf("synth: Products must be at least 1, got %d", opt.Products)
	case opt.Out == "":
		return Stats{}, errors.New("synth: Out is empty")
	case opt.Reference == nil:
		return Stats{}, errors.New("synth: Reference is nil")
	}
	ref, err := readReference(opt.Reference)
	if err != nil {
		return Stats{}, err
	}
	g := newGen(opt, ref)
	g.generate()

	if err := checkEmpty(filepath.Join(opt.Out, "content")); err != nil {
		return Stats{}, err
	}
	if opt.Hugo != "" {
		if err := checkEmpty(opt.Hugo); err != nil {
			return Stats{}, err
		}
	}
	files := append([]file(nil), ref.files...)
	files = append(files, g.contentFiles()...)
	st := Stats{
		Products: len(g.products), Producers: len(g.producers), Sites: len(g.sites),
		Showrooms: len(g.showrooms), Fairs: len(g.fairs),
	}
	if err := writeFiles(opt.Out, files); err != nil {
		return Stats{}, err
	}
	if opt.Hugo != "" {
		hf, pages := g.hugoSite()
		if err := writeFiles(opt.Hugo, hf); err != nil {
			return Stats{}, err
		}
		st.HugoPages = pages
	}
	return st, nil
}

// file is one output file, its path slash-separated and relative to the
// output folder.
type file struct {
	path string
	data []byte
}

// checkEmpty fails unless dir is missing or an empty folder: Write never
// mixes its files with others, nor deletes anything.
func checkEmpty(dir string) error {
	es, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("synth: %w", err)
	case len(es) > 0:
		return fmt.Errorf("synth: %s is not empty; remove it or choose another folder", dir)
	}
	return nil
}

// writeFiles writes files under root on several goroutines.
func writeFiles(root string, files []file) error {
	dirs := map[string]bool{}
	var list []string
	for _, f := range files {
		d := path.Dir(f.path)
		if !dirs[d] {
			dirs[d] = true
			list = append(list, d)
		}
	}
	sort.Strings(list)
	for _, d := range list {
		if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(d)), 0o755); err != nil {
			return fmt.Errorf("synth: %w", err)
		}
	}
	errs := make([]error, len(files))
	parallel.For(len(files), func(i int) {
		errs[i] = os.WriteFile(filepath.Join(root, filepath.FromSlash(files[i].path)), files[i].data, 0o644)
	})
	for _, err := range errs {
		if err != nil {
			return fmt.Errorf("synth: %w", err)
		}
	}
	return nil
}

// reference is what Write takes from the real site.
type reference struct {
	files     []file
	cat       *catalog.Catalog
	districts []*district
}

// district is a district of the oldest geography snapshot with the names
// records use.
type district struct {
	d      *catalog.District
	bare   string // district: value, "Hải Hậu" or "Thành phố Nam Định"
	phrase string // in a sentence, "huyện Hải Hậu"
	slug   string // "hai-hau"
	weight float64
	units  []*unit
	// cum are the cumulative weights of units, set by newGen.
	cum []float64

	products  []*product
	producers []*producer
}

// unit is a commune of a district.
type unit struct {
	bare   string // "Hải Đông"
	field  string // commune: value; the full name where bare is ambiguous
	phrase string // "xã Hải Đông"
	kind   string // "xã", "thị trấn" or "phường"
}

// readReference copies the reference files and loads them with the
// project's own loader.
func readReference(ref fs.FS) (*reference, error) {
	names := []string{"content/site.yaml", "content/groups.yaml"}
	for _, pat := range []string{"content/geo/*.yaml", "content/geo/*.yml"} {
		m, err := fs.Glob(ref, pat)
		if err != nil {
			return nil, fmt.Errorf("synth: reference: %w", err)
		}
		names = append(names, m...)
	}
	sort.Strings(names[2:])
	r := &reference{}
	mfs := fstest.MapFS{}
	for _, n := range names {
		b, err := fs.ReadFile(ref, n)
		if err != nil {
			return nil, fmt.Errorf("synth: reference: %w", err)
		}
		r.files = append(r.files, file{n, b})
		mfs[n] = &fstest.MapFile{Data: b}
	}
	c, ds := load.Content(mfs)
	if ds.HasErrors() {
		var msgs []string
		for _, d := range ds {
			if d.Severity == catalog.Error {
				msgs = append(msgs, d.String())
			}
		}
		return nil, fmt.Errorf("synth: the reference content has errors:\n%s", strings.Join(msgs, "\n"))
	}
	r.cat = c
	for _, d := range c.Districts() {
		rd := &district{d: d, bare: strings.TrimPrefix(d.Name, "Huyện "), phrase: lowerFirst(d.Name), slug: d.Slug, weight: 5}
		if w, ok := districtWeight[d.Slug]; ok {
			rd.weight = w
		}
		seen := map[string]int{}
		for _, u := range d.Units {
			seen[catalog.PlaceKey(u.Name)]++
		}
		for _, u := range d.Units {
			ru := &unit{field: u.Name, phrase: lowerFirst(u.Name)}
			for _, k := range []string{"Xã ", "Thị trấn ", "Phường "} {
				if strings.HasPrefix(u.Name, k) {
					ru.bare = strings.TrimPrefix(u.Name, k)
					ru.kind = lowerFirst(strings.TrimSpace(k))
				}
			}
			if ru.bare == "" {
				continue
			}
			if seen[catalog.PlaceKey(u.Name)] == 1 {
				ru.field = ru.bare
			}
			rd.units = append(rd.units, ru)
		}
		if len(rd.units) > 0 {
			r.districts = append(r.districts, rd)
		}
	}
	if len(r.districts) == 0 {
		return nil, errors.New("synth: the reference geography has no districts with communes")
	}
	for _, t := range ptypes {
		for _, sg := range [][2]string{{"1048", t.g1048}, {"148", t.g148}} {
			if c.Groups.Group(sg[0], sg[1]) == nil {
				return nil, fmt.Errorf("synth: group %q of %s is not in the reference groups.yaml", sg[1], t.name)
			}
		}
	}
	return r, nil
}

// Records as generated, before they are written.
type (
	product struct {
		id, name, nameEN, descEN string
		t                        *ptype
		producer                 *producer
		d                        *district
		u                        *unit
		criteria, group, browse  string
		stars, score, year       int
		cert                     *batch
		price                    int
		pack                     string
		showrooms, tags          []string
		featured                 bool
		body                     string
	}
	producer struct {
		id, name, nameEN, kind, address string
		d                               *district
		u                               *unit
		t                               *ptype // main line of business
		phone                           string
		phonePlain                      bool
		email, website                  string
		founded                         int
		owner, village                  string
		source                          bool
		products                        []*product
		body                            string
	}
	site struct {
		id, name, nameEN, kind, address, hours, descEN string
		d                                              *district
		u                                              *unit
		lat, lon                                       float64
		hasCoord                                       bool
		products, producers                            []string
		stars                                          int
		source                                         bool
		body                                           string
	}
	showroom struct {
		id, name, nameEN, address, hours, phone string
		d                                       *district
		u                                       *unit
		body                                    string
	}
	fair struct {
		id, name, nameEN, venue string
		start, end              catalog.Date
		minStars                int
		groups                  []string
		body                    string
	}
	// batch is one recognition decision: many products share it.
	batch struct {
		number string
		date   catalog.Date
	}
)

type gen struct {
	r   *rand.Rand
	opt Options
	ref *reference

	batches map[int][]*batch // by year

	products  []*product
	producers []*producer
	sites     []*site
	showrooms []*showroom
	fairs     []*fair

	productSlugs, producerSlugs, siteSlugs map[string]bool
}

func newGen(opt Options, ref *reference) *gen {
	g := &gen{
		r:   rand.New(rand.NewPCG(uint64(opt.Seed), uint64(opt.Seed))),
		opt: opt, ref: ref,
		batches:      map[int][]*batch{},
		productSlugs: map[string]bool{}, producerSlugs: map[string]bool{}, siteSlugs: map[string]bool{},
	}
	// Communes of each district in an order of the seed, weighted
	// 1/(r+3): a few communes have many records, most have some.
	for _, d := range ref.districts {
		perm := g.r.Perm(len(d.units))
		us := make([]*unit, len(d.units))
		for i, p := range perm {
			us[i] = d.units[p]
		}
		d.units = us
		d.cum = make([]float64, len(us))
		sum := 0.0
		for i := range us {
			sum += 1 / float64(i+3)
			d.cum[i] = sum
		}
		d.products, d.producers = nil, nil
	}
	return g
}

// pick draws an index with the given weights.
func pick(r *rand.Rand, weights []float64) int {
	sum := 0.0
	for _, w := range weights {
		sum += w
	}
	x := r.Float64() * sum
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// between draws a whole number in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// zipf draws an element of xs, the first ones more often.
func zipf[T any](r *rand.Rand, xs []T) T { return xs[zipfIndex(r, len(xs))] }

func (g *gen) district() *district {
	ws := make([]float64, len(g.ref.districts))
	for i, d := range g.ref.districts {
		ws[i] = d.weight
	}
	return g.ref.districts[pick(g.r, ws)]
}

func (g *gen) unit(d *district) *unit {
	x := g.r.Float64() * d.cum[len(d.cum)-1]
	i := sort.SearchFloat64s(d.cum, x)
	return d.units[min(i, len(d.units)-1)]
}

// ptype draws a product type, three times as likely near its home.
func (g *gen) ptype(d *district) *ptype {
	ws := make([]float64, len(ptypes))
	for i := range ptypes {
		ws[i] = ptypes[i].weight
		for _, n := range ptypes[i].near {
			if n == d.bare {
				ws[i] *= 3
			}
		}
	}
	return &ptypes[pick(g.r, ws)]
}

// person returns a Vietnamese personal name and how a sentence calls its
// bearer: "ông Nguyễn Văn Toàn", "bà Trần Thị Lan".
func (g *gen) person() (name, called string) {
	if g.chance(0.5) {
		name = zipf(g.r, families) + " " + zipf(g.r, middleM) + " " + zipf(g.r, givenM)
		return name, "ông " + name
	}
	name = zipf(g.r, families) + " " + zipf(g.r, middleF) + " " + zipf(g.r, givenF)
	return name, "bà " + name
}

// unique returns the first of name, name + " " + extra (for each extra not
// already in name), name + " " + sep + k (k = 2, 3, …) whose slug is not in
// seen, and records its slug.
func unique(seen map[string]bool, name string, extras []string, sep string) (string, string) {
	try := func(n string) (string, string, bool) {
		s := urls.Slug(n)
		if s == "" || seen[s] {
			return "", "", false
		}
		seen[s] = true
		return n, s, true
	}
	if n, s, ok := try(name); ok {
		return n, s
	}
	for _, e := range extras {
		if e == "" || strings.Contains(name, e) {
			continue
		}
		if n, s, ok := try(name + " " + e); ok {
			return n, s
		}
	}
	for k := 2; ; k++ {
		if n, s, ok := try(name + " " + sep + strconv.Itoa(k)); ok {
			return n, s
		}
	}
}

// ascii drops Vietnamese tone and vowel marks: "Hải Đông" → "Hai Dong".
func ascii(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteRune('d')
		case r == 'Đ':
			b.WriteRune('D')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// generate makes every record.
func (g *gen) generate() {
	g.makeBatches()
	np := max(1, (g.opt.Products+1)/3)
	for range np {
		g.producers = append(g.producers, g.newProducer())
	}
	for i := range g.opt.Products {
		var pr *producer
		if i < len(g.producers) {
			pr = g.producers[i] // every producer gets a product
		} else if g.chance(0.3) {
			pr = g.producers[g.r.IntN(max(1, len(g.producers)/10))] // the big ones
		} else {
			pr = g.producers[g.r.IntN(len(g.producers))]
		}
		g.products = append(g.products, g.newProduct(pr))
	}
	for _, pr := range g.producers {
		g.producerBody(pr)
	}
	for range max(1, g.opt.Products/50) {
		g.sites = append(g.sites, g.newSite())
	}
	g.makeShowrooms()
	g.makeFairs()
}

// years weights the year of recognition.
var years = []struct {
	year   int
	weight float64
}{{2019, 6}, {2020, 14}, {2021, 17}, {2022, 17}, {2023, 14}, {2024, 16}, {2025, 16}}

// lastDate is the latest certificate date written: the province of Nam
// Định ended on 2025-07-01. It is fixed so that output never depends on
// the clock.
var lastDate = catalog.Date{Year: 2025, Month: 6, Day: 30}

// makeBatches makes 2–3 recognition decisions per year.
func (g *gen) makeBatches() {
	for _, y := range years {
		k := 2 + g.r.IntN(2)
		var bs []*batch
		for range k {
			d := catalog.Date{Year: y.year, Month: 1, Day: 1}.AddDays(g.r.IntN(360))
			if lastDate.Before(d) {
				d = lastDate.AddDays(-g.r.IntN(150))
			}
			bs = append(bs, &batch{number: strconv.Itoa(g.between(1000, 3999)) + "/QĐ-UBND", date: d})
		}
		sort.SliceStable(bs, func(i, j int) bool { return bs[i].date.Before(bs[j].date) })
		g.batches[y.year] = bs
	}
}

// producerKinds weights catalog.ProducerKinds and names each kind's
// patterns: {trade}, {noi}, {brand}, {person}, {thon}. The second of each
// pair is the English name pattern, "" when there is none.
var producerKinds = []struct {
	kind     string
	weight   float64
	patterns [][2]string
}{
	{"HTX", 35, [][2]string{
		{"HTX {trade} {noi}", ""},
		{"HTX dịch vụ nông nghiệp {noi}", "{noi} Agricultural Service Cooperative"},
		{"HTX {brand}", "{brand} Cooperative"},
		{"HTX sản xuất và kinh doanh {trade} {brand}", ""},
	}},
	{"doanh nghiệp", 30, [][2]string{
		{"Công ty TNHH {brand}", "{brand} Company Limited"},
		{"Công ty TNHH {trade} {brand}", ""},
		{"Công ty cổ phần {trade} {brand}", ""},
		{"Công ty TNHH thương mại và dịch vụ {brand}", "{brand} Trading and Service Company Limited"},
		{"Doanh nghiệp tư nhân {brand}", "{brand} Private Enterprise"},
	}},
	{"hộ kinh doanh", 30, [][2]string{
		{"Hộ kinh doanh {person}", ""},
		{"Cơ sở {trade} {person}", ""},
		{"Cơ sở sản xuất {trade} {brand}", ""},
	}},
	{"tổ hợp tác", 5, [][2]string{
		{"Tổ hợp tác {trade} {noi}", ""},
		{"Tổ hợp tác {trade} thôn {thon}", ""},
	}},
}

func (g *gen) newProducer() *producer {
	d := g.district()
	u := g.unit(d)
	t := g.ptype(d)
	ws := make([]float64, len(producerKinds))
	for i, k := range producerKinds {
		ws[i] = k.weight
	}
	k := producerKinds[pick(g.r, ws)]
	pat := zipf(g.r, k.patterns)
	person, called := g.person()
	brand := zipf(g.r, brands)
	village := zipf(g.r, villages)
	fill := func(p string, en bool) string {
		if en {
			return strings.NewReplacer("{noi}", ascii(u.bare), "{brand}", ascii(brand)).Replace(p)
		}
		return strings.NewReplacer("{trade}", t.trade, "{noi}", u.bare, "{brand}", brand,
			"{person}", person, "{thon}", village).Replace(p)
	}
	p := &producer{kind: k.kind, d: d, u: u, t: t, owner: called, village: village}
	name := fill(pat[0], false)
	p.name, p.id = unique(g.producerSlugs, name, []string{u.bare, d.bare}, "")
	if pat[1] != "" && p.name == name && g.chance(0.5) {
		p.nameEN = fill(pat[1], true)
	}
	place := u.phrase + ", " + d.phrase
	switch {
	case g.chance(0.3):
		p.address = place
	case u.kind == "xã":
		if g.chance(0.5) {
			p.address = "xóm " + strconv.Itoa(g.between(1, 25)) + ", " + place
		} else {
			p.address = "thôn " + zipf(g.r, villages) + ", " + place
		}
	default:
		p.address = "tổ dân phố " + strconv.Itoa(g.between(1, 15)) + ", " + place
	}
	if g.chance(0.85) {
		if g.chance(0.75) {
			p.phone = zipf(g.r, mobilePrefixes) + fmt.Sprintf("%07d", g.r.IntN(10_000_000))
			p.phonePlain = g.chance(0.5)
		} else {
			p.phone = fmt.Sprintf("0228 3%03d %03d", g.r.IntN(1000), g.r.IntN(1000))
		}
	}
	compact := strings.ReplaceAll(p.id, "-", "")
	if len(compact) > 20 {
		compact = compact[:20]
	}
	if g.chance(0.2) {
		p.email = compact + "@gmail.com"
	}
	if (k.kind == "doanh nghiệp" && g.chance(0.5)) || g.chance(0.1) {
		p.website = "https://" + compact + ".vn/"
	}
	switch k.kind {
	case "doanh nghiệp":
		p.founded = g.between(1995, 2018)
	case "tổ hợp tác":
		p.founded = g.between(2005, 2018)
	default:
		p.founded = g.between(1990, 2018)
	}
	p.source = g.chance(0.4)
	d.producers = append(d.producers, p)
	return p
}

// producerBody writes a producer's story once its products are known.
func (g *gen) producerBody(p *producer) {
	var names []string
	for _, pr := range p.products {
		names = append(names, pr.name)
		if len(names) == 2 {
			break
		}
	}
	ctx := newCtx(g.r, map[string]string{
		"chu": p.name, "noi": p.u.phrase, "huyen": p.d.phrase, "namtl": strconv.Itoa(p.founded),
		"nammr": strconv.Itoa(g.between(max(p.founded+2, 2012), 2024)), "nguoi": p.owner,
		"spchinh": strings.Join(names, " và "), "thon": p.village,
	})
	p.body = ctx.body(bodySpec{min: 80, max: 200, lead: "chuthe", draw: func() string {
		if g.chance(0.85) {
			return "chuthe"
		}
		return "noi"
	}})
}

func (g *gen) newProduct(pr *producer) *product {
	t := pr.t
	if !g.chance(0.65) {
		t = g.ptype(pr.d)
	}
	d, u := pr.d, pr.u
	if !g.chance(0.8) {
		u = g.unit(d)
	}
	p := &product{t: t, producer: pr, d: d, u: u}

	// Name: type, maybe a qualifier, then the commune or a brand.
	q := zipf(g.r, t.quals)
	brand := zipf(g.r, brands)
	useQual := true
	var place string
	switch x := g.r.Float64(); {
	case x < 0.40:
		place = u.bare
	case x < 0.70:
		place, useQual = u.bare, false
	case x < 0.85:
		place = brand
	default:
		place, useQual = brand, false
	}
	base := t.name
	if useQual {
		base += " " + q.vi
	}
	base += " " + place
	p.name, p.id = unique(g.productSlugs, base, []string{brand, u.bare, zipf(g.r, brands)}, "số ")
	if g.chance(0.6) {
		en := ascii(place) + " "
		if useQual && !strings.Contains(t.en, q.en) {
			en += q.en + " "
		}
		en += t.en
		if extra := strings.TrimSpace(strings.TrimPrefix(p.name, base)); extra != "" {
			en += " " + strings.Replace(ascii(extra), "so ", "No. ", 1)
		}
		p.nameEN = en
	}

	// Rating.
	ws := make([]float64, len(years))
	for i, y := range years {
		ws[i] = y.weight
	}
	p.year = years[pick(g.r, ws)].year
	p.criteria, p.group = "148", t.g148
	if p.year <= 2022 {
		p.criteria, p.group = "1048", t.g1048
	}
	if grp := g.ref.cat.Groups.Group(p.criteria, p.group); grp != nil {
		p.browse = grp.Browse
	}
	switch x := g.r.Float64(); {
	case x < 0.72:
		p.stars = 3
	case x < 0.98:
		p.stars = 4
	default:
		p.stars = 5
	}
	if g.chance(0.5) {
		lo, hi, _ := catalog.ScoreBand(p.stars)
		p.score = g.between(lo, hi)
	}
	if g.chance(0.8) {
		bs := g.batches[p.year]
		p.cert = bs[g.r.IntN(len(bs))]
	}

	if g.chance(0.7) {
		p.price = min(1_500_000, max(20_000, g.between(t.lo, t.hi)*1000))
		p.pack = zipf(g.r, t.packs)
	}
	switch x := g.r.Float64(); {
	case x < 0.40:
	case x < 0.85:
		p.showrooms = g.showroomsFor(d, 1)
	default:
		p.showrooms = g.showroomsFor(d, 2)
	}
	p.tags = append(p.tags, t.tags[:1+g.r.IntN(len(t.tags))]...)
	if useQual && len(p.tags) < 3 && g.chance(0.4) && !strings.ContainsAny(q.vi, "0123456789") {
		p.tags = append(p.tags, q.vi)
	}
	if p.nameEN != "" && g.chance(0.3) {
		p.descEN = fmt.Sprintf("A %d-star OCOP %s from %s, %s, Nam Định province.", p.stars, t.en, ascii(u.bare), ascii(d.bare))
	}
	p.featured = g.chance(0.01)
	g.productBody(p)

	pr.products = append(pr.products, p)
	d.products = append(d.products, p)
	return p
}

// showroomsFor returns k showroom IDs: the district's own first, if it
// has one.
func (g *gen) showroomsFor(d *district, k int) []string {
	var out []string
	for _, id := range showroomIDs {
		if id == d.slug {
			out = append(out, id)
		}
	}
	for len(out) < k {
		id := showroomIDs[g.r.IntN(len(showroomIDs))]
		if len(out) == 0 || out[0] != id {
			out = append(out, id)
		}
	}
	return out[:k]
}

var councils = map[int]string{3: "huyện", 4: "tỉnh", 5: "trung ương"}

func (g *gen) productBody(p *product) {
	ctx := newCtx(g.r, map[string]string{
		"ten": p.name, "loai": lowerFirst(p.t.name), "chu": p.producer.name, "noi": p.u.phrase,
		"huyen": p.d.phrase, "sao": strconv.Itoa(p.stars), "nam": strconv.Itoa(p.year), "cap": councils[p.stars],
		"nguoi": p.producer.owner, "thon": p.producer.village,
	})
	var items []string
	if p.pack != "" {
		items = append(items, "Quy cách: "+p.pack)
	}
	items = append(items, ctx.fill("Xuất xứ|Nơi sản xuất|Địa chỉ")+": "+p.u.phrase+", "+p.d.phrase,
		ctx.fill("Hạng OCOP|Xếp hạng|Đạt")+": "+strconv.Itoa(p.stars)+" sao", ctx.fill("Chủ thể|Đơn vị sản xuất|Cơ sở")+": "+p.producer.name)
	switch p.browse {
	case "thuc-pham", "do-uong", "duoc-lieu":
		items = append(items, ctx.fill("Bảo quản|Cách giữ")+": "+ctx.fill("baoquan"), ctx.fill("Hạn sử dụng|Hạn dùng")+": "+ctx.fill("hsd")+" tháng")
	}
	bs := p.t.banks
	p.body = ctx.body(bodySpec{min: 150, max: 400, heading: 0.3, list: 0.25, items: items, draw: func() string {
		switch x := g.r.Float64(); {
		case x < 0.56:
			if len(bs) == 1 || g.chance(0.6) {
				return bs[0]
			}
			return bs[1+g.r.IntN(len(bs)-1)]
		case x < 0.79:
			return "chung"
		default:
			return "noi"
		}
	}})
}

var siteHours = []string{"7:00–17:00 hằng ngày", "8:00–17:30, thứ Hai đến Chủ nhật", "Mở cửa cả ngày", "7:30–11:30 và 13:30–17:00"}

func (g *gen) newSite() *site {
	// A district with products, so that related records exist.
	var ds []*district
	var ws []float64
	for _, d := range g.ref.districts {
		if len(d.products) > 0 {
			ds = append(ds, d)
			ws = append(ws, d.weight)
		}
	}
	d := ds[pick(g.r, ws)]
	u := g.unit(d)
	kinds := catalog.SiteKinds
	kw := make([]float64, len(kinds))
	for i, k := range kinds {
		kw[i] = siteKindWeight[k]
		if kw[i] == 0 {
			kw[i] = 5
		}
	}
	kind := kinds[pick(g.r, kw)]
	craft := zipf(g.r, crafts)
	// Beaches and mangroves only on the coast.
	coastal := slices.Contains(coast, d.bare)
	var pats []string
	for _, p := range siteKindNames[kind] {
		if coastal || !strings.Contains(p, "biển") && !strings.Contains(p, "ngập mặn") {
			pats = append(pats, p)
		}
	}
	if len(pats) == 0 {
		pats = []string{"Điểm du lịch sinh thái {noi}"}
	}
	name := strings.NewReplacer("{noi}", u.bare, "{brand}", zipf(g.r, brands), "{nghe}", craft,
		"{thon}", zipf(g.r, villages)).Replace(zipf(g.r, pats))
	s := &site{kind: kind, d: d, u: u}
	s.name, s.id = unique(g.siteSlugs, name, []string{u.bare, d.bare}, "")
	if g.chance(0.5) {
		s.nameEN = ascii(u.bare) + " " + siteKindEN[kind]
	}
	if g.chance(0.6) {
		s.address = "thôn " + zipf(g.r, villages) + ", " + u.phrase + ", " + d.phrase
	}
	if g.chance(0.85) {
		s.hasCoord = true
		s.lat = 20.0 + g.r.Float64()*0.5
		s.lon = 106.0 + g.r.Float64()*0.6
	}
	if g.chance(0.5) {
		s.hours = zipf(g.r, siteHours)
	}
	for _, i := range g.r.Perm(len(d.products))[:min(len(d.products), g.r.IntN(4))] {
		s.products = append(s.products, d.products[i].id)
	}
	for _, i := range g.r.Perm(len(d.producers))[:min(len(d.producers), g.r.IntN(3))] {
		s.producers = append(s.producers, d.producers[i].id)
	}
	if g.chance(0.2) {
		s.stars = 3 + g.r.IntN(2)
	}
	if g.chance(0.3) {
		s.descEN = fmt.Sprintf("A %s in %s, %s, Nam Định.", siteKindEN[kind], ascii(u.bare), ascii(d.bare))
	}
	s.source = g.chance(0.5)

	extra := "cong dong"
	switch kind {
	case "làng nghề":
		extra = "lang nghe"
	case "di tích":
		extra = "di tich"
	case "du lịch sinh thái", "danh thắng":
		if coastal {
			extra = "thien nhien"
		}
	}
	vals := map[string]string{"ten": s.name, "noi": u.phrase, "huyen": d.phrase, "thon": zipf(g.r, villages)}
	if kind == "làng nghề" {
		vals["nghe"] = craft
	}
	ctx := newCtx(g.r, vals)
	s.body = ctx.body(bodySpec{min: 100, max: 250, lead: "diemdl", heading: 0.2, draw: func() string {
		if g.chance(0.75) {
			return "diemdl"
		}
		if g.chance(0.6) {
			return extra
		}
		return "noi"
	}})
	return s
}

func (g *gen) makeShowrooms() {
	bySlug := map[string]*district{}
	for _, d := range g.ref.districts {
		bySlug[d.slug] = d
	}
	for _, id := range showroomIDs {
		d := bySlug[id]
		if d == nil {
			continue // the reference geography lacks the district
		}
		u := d.units[0]
		for _, x := range d.units {
			if x.kind == "thị trấn" {
				u = x
				break
			}
		}
		s := &showroom{
			id: id, d: d, u: u,
			name:    "Điểm giới thiệu và bán sản phẩm OCOP " + d.phrase,
			nameEN:  "OCOP showroom of " + d.bare + " district",
			address: "trung tâm " + u.phrase + ", " + d.phrase,
			hours:   "7:30–17:00, thứ Hai đến thứ Bảy",
			phone:   fmt.Sprintf("0228 3%03d %03d", g.r.IntN(1000), g.r.IntN(1000)),
		}
		s.body = "Điểm giới thiệu và bán sản phẩm OCOP của " + d.phrase +
			" là một trong tám điểm được quy hoạch theo Quyết định 293/QĐ-UBND (2019) của UBND tỉnh Nam Định. " +
			"Tại đây bày bán các sản phẩm đạt chuẩn OCOP của " + d.phrase + " và nhiều địa phương khác trong tỉnh."
		g.showrooms = append(g.showrooms, s)
	}
}

func (g *gen) makeFairs() {
	g.fairs = []*fair{
		{name: "Hội chợ OCOP tỉnh Nam Định năm 2024", nameEN: "Nam Định provincial OCOP fair 2024",
			venue: "Quảng trường 3 Tháng 2, thành phố Nam Định", minStars: 3,
			start: catalog.Date{Year: 2024, Month: 11, Day: 20}, end: catalog.Date{Year: 2024, Month: 11, Day: 24},
			body: "Hội chợ trưng bày và giới thiệu các sản phẩm OCOP đạt từ 3 sao trở lên của tỉnh Nam Định, với gian hàng của các huyện và thành phố."},
		{name: "Hội chợ thực phẩm OCOP Nam Định 2025", nameEN: "Nam Định OCOP food fair 2025",
			venue: "Nhà Văn hóa 3 Tháng 2, thành phố Nam Định", minStars: 4, groups: []string{"thuc-pham"},
			start: catalog.Date{Year: 2025, Month: 4, Day: 10}, end: catalog.Date{Year: 2025, Month: 4, Day: 14},
			body: "Hội chợ dành cho các sản phẩm thực phẩm đạt OCOP từ 4 sao trở lên, giúp người tiêu dùng thành phố gặp trực tiếp các chủ thể sản xuất."},
	}
	for _, f := range g.fairs {
		f.id = urls.Slug(f.name)
	}
}

// contentFiles renders every record as a content file.
func (g *gen) contentFiles() []file {
	var fs []file
	for _, p := range g.products {
		m := newMap().str("name", p.name).str("name_en", p.nameEN).str("producer", p.producer.id).
			str("criteria", p.criteria).str("group", p.group).int("stars", p.stars).int("score", p.score).
			int("year", p.year)
		if p.cert != nil {
			m.sub("certificate", newMap().str("number", p.cert.number).plain("date", p.cert.date.String()))
		}
		m.str("district", p.d.bare).str("commune", p.u.field).int("price", p.price).str("pack", p.pack).
			list("showrooms", p.showrooms).list("tags", p.tags).str("description_en", p.descEN).
			bool("featured", p.featured).list("sources", []string{"https://ocopnamdinh.vn/san-pham/" + p.id + "/"})
		fs = append(fs, file{"content/products/" + p.id + ".md", page(m, p.body)})
	}
	for _, p := range g.producers {
		m := newMap().str("name", p.name).str("name_en", p.nameEN).str("kind", p.kind).str("address", p.address).
			str("district", p.d.bare).str("commune", p.u.field)
		if p.phonePlain {
			m.plain("phone", p.phone)
		} else {
			m.str("phone", p.phone)
		}
		m.str("email", p.email).str("website", p.website).int("founded", p.founded)
		if p.source {
			m.list("sources", []string{"https://ocopnamdinh.vn/chu-the/" + p.id + "/"})
		}
		fs = append(fs, file{"content/producers/" + p.id + ".md", page(m, p.body)})
	}
	for _, s := range g.sites {
		m := newMap().str("name", s.name).str("name_en", s.nameEN).str("kind", s.kind).str("district", s.d.bare).
			str("commune", s.u.field).str("address", s.address)
		if s.hasCoord {
			m.sub("coordinates", newMap().float("lat", s.lat, 4).float("lon", s.lon, 4))
		}
		m.str("hours", s.hours).list("products", s.products).list("producers", s.producers).int("stars", s.stars).
			str("description_en", s.descEN)
		if s.source {
			m.list("sources", []string{"https://ocopnamdinh.vn/du-lich/" + s.id + "/"})
		}
		fs = append(fs, file{"content/sites/" + s.id + ".md", page(m, s.body)})
	}
	for _, s := range g.showrooms {
		m := newMap().str("name", s.name).str("slug", s.id).str("name_en", s.nameEN).str("district", s.d.bare).
			str("commune", s.u.field).str("address", s.address).str("hours", s.hours).str("phone", s.phone)
		fs = append(fs, file{"content/showrooms/" + s.id + ".md", page(m, s.body)})
	}
	for _, f := range g.fairs {
		sel := newMap().int("min_stars", f.minStars).list("groups", f.groups)
		m := newMap().str("name", f.name).str("name_en", f.nameEN).plain("start", f.start.String()).
			plain("end", f.end.String()).str("venue", f.venue).sub("select", sel)
		fs = append(fs, file{"content/fairs/" + f.id + ".md", page(m, f.body)})
	}
	return fs
}

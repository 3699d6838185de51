package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// partialNow is the date the sites of TestPartialEqualsFull are checked
// against.
var partialNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// memSite is a Writer into a map, as a folder on disk would be: a run
// cut short leaves what it wrote.
type memSite struct {
	mu      sync.Mutex
	files   map[string][]byte
	flushes int
}

func (m *memSite) WriteFile(p string, data []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.files[p] = append([]byte(nil), data...)
	return nil
}

func (m *memSite) Remove(p string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.files[p]; !ok {
		return fmt.Errorf("remove %s: not written", p)
	}
	delete(m.files, p)
	return nil
}

func (m *memSite) Flush() error {
	m.flushes++
	return nil
}

// siteModel is the records of a test site, written out as files.
type siteModel struct {
	products  map[string]*testProduct
	producers map[string]string // ID → name
	sites     map[string][]string
	showrooms map[string]*testShowroom
	fairs     map[string]int // ID → min_stars
}

type testProduct struct {
	name, producer, group, district, body string
	stars                                 int
	showrooms                             []string
	featured, bundle                      bool
}

type testShowroom struct {
	name, district, orientation string
	idle                        int
	featured                    []string
}

func (p *testProduct) path(id string) string {
	if p.bundle {
		return "content/products/" + id + "/index.md"
	}
	return "content/products/" + id + ".md"
}

func (p *testProduct) text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\nname: %q\nproducer: %s\ngroup: %s\nstars: %d\n", p.name, p.producer, p.group, p.stars)
	if p.district != "" {
		fmt.Fprintf(&b, "district: %q\n", p.district)
	}
	if len(p.showrooms) > 0 {
		fmt.Fprintf(&b, "showrooms: [%s]\n", strings.Join(p.showrooms, ", "))
	}
	if p.featured {
		b.WriteString("featured: true\n")
	}
	if p.bundle {
		b.WriteString("images: [anh.svg]\n")
	}
	fmt.Fprintf(&b, "---\n\n%s\n", p.body)
	return b.String()
}

func (s *testShowroom) text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\nname: %q\ndistrict: %q\n", s.name, s.district)
	if s.idle != 0 || s.orientation != "" || len(s.featured) > 0 {
		b.WriteString("kiosk:\n")
		if s.idle != 0 {
			fmt.Fprintf(&b, "  idle_seconds: %d\n", s.idle)
		}
		if s.orientation != "" {
			fmt.Fprintf(&b, "  orientation: %s\n", s.orientation)
		}
		if len(s.featured) > 0 {
			fmt.Fprintf(&b, "  featured: [%s]\n", strings.Join(s.featured, ", "))
		}
	}
	b.WriteString("---\n\nĐiểm bán.\n")
	return b.String()
}

func siteText(name string, products []string) string {
	return fmt.Sprintf("---\nname: %q\ndistrict: \"Nam Trực\"\nkind: làng nghề\nproducts: [%s]\nproducers: [p1]\n---\n\nLàng nghề.\n", name, strings.Join(products, ", "))
}

func fairText(id string, minStars int) string {
	return fmt.Sprintf("---\nname: \"Hội chợ %s\"\nstart: 2024-10-01\nend: 2024-10-05\nselect:\n  min_stars: %d\n---\n\nHội chợ.\n", id, minStars)
}

const partialSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#c60"/></svg>`

// TestPartialEqualsFull makes random changes to a small site (records of
// every kind added, deleted, renamed and edited, a showroom's kiosk
// settings, a fair's selection; a layout, the Vietnamese strings and the
// style sheet of the site's theme; site.yaml, groups.yaml, a geography
// file, programme.yaml; a photo; a record broken and then fixed; a run cancelled before
// it ends) and checks after each that what a Builder wrote, given the
// changed files, equals a full build of Site, file for file, and that a
// broken change wrote nothing. OCOP_SERVE_SEED sets the random seed.
func TestPartialEqualsFull(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(rel string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	remove := func(rel string) {
		t.Helper()
		if err := os.RemoveAll(filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
			t.Fatal(err)
		}
	}
	repo := os.DirFS("../..")
	copyRepo := func(rel, to string) {
		t.Helper()
		b, err := fs.ReadFile(repo, rel)
		if err != nil {
			t.Fatal(err)
		}
		write(to, string(b))
	}
	copyRepo("content/site.yaml", "content/site.yaml")
	write("content/site.yaml", read("content/site.yaml")+"theme: tinh\n")
	copyRepo("content/groups.yaml", "content/groups.yaml")
	copyRepo("content/programme.yaml", "content/programme.yaml")
	geo, err := fs.Glob(repo, "content/geo/*.yaml")
	if err != nil || len(geo) == 0 {
		t.Fatalf("no geography: %v", err)
	}
	for _, g := range geo {
		copyRepo(g, g)
	}
	copyRepo("themes/default/layouts/product.html", "themes/tinh/layouts/product.html")
	copyRepo("themes/default/i18n/vi.yaml", "themes/tinh/i18n/vi.yaml")
	copyRepo("themes/default/assets/site.css", "themes/tinh/assets/site.css")

	m := &siteModel{
		products:  map[string]*testProduct{},
		producers: map[string]string{"p1": "HTX Nghĩa Bình", "p2": "Công ty TNHH Văn Hoa", "p3": "HTX Tuấn Hiệp"},
		sites:     map[string][]string{"vi-khe": {"gao"}},
		showrooms: map[string]*testShowroom{
			"s1": {name: "Điểm bán Hải Hậu", district: "Hải Hậu"},
			"s2": {name: "Điểm bán Giao Thủy", district: "Giao Thủy", idle: 90, featured: []string{"gao"}},
		},
		fairs: map[string]int{"f1": 3},
	}
	names := []string{"Nước mắm cốt Sa Châu", "Gạo tám thơm Hải Hậu", "Bánh cáy Làng Nguyễn", "Chè xanh Xuân Trường", "Muối sạch Bạch Long", "Mật ong Hoa Nhãn"}
	groups := []string{"thuc-pham", "do-uong", "thao-duoc", "vai-may-mac", "luu-niem-noi-that-trang-tri"}
	districts := []string{"Hải Hậu", "Giao Thủy", "Nghĩa Hưng", "Nam Trực", "Thành phố Nam Định", ""}
	for i, id := range []string{"gao", "mam", "che", "banh", "muoi"} {
		m.products[id] = &testProduct{name: names[i] + " " + id, producer: fmt.Sprintf("p%d", 1+i%3), group: groups[i%len(groups)],
			stars: 3 + i%3, district: districts[i%len(districts)], body: "Sản phẩm " + id + ".", bundle: i%2 == 0,
			showrooms: [][]string{{"s1"}, nil, {"s2"}, {"s1", "s2"}, nil}[i]}
	}
	writeProduct := func(id string, p *testProduct) {
		write(p.path(id), p.text())
		if p.bundle {
			write("content/products/"+id+"/anh.svg", partialSVG)
		}
	}
	for id, p := range m.products {
		writeProduct(id, p)
	}
	for id, name := range m.producers {
		write("content/producers/"+id+".md", fmt.Sprintf("---\nname: %q\nkind: HTX\ndistrict: \"Hải Hậu\"\n---\n\nChủ thể %s.\n", name, id))
	}
	for id, ps := range m.sites {
		write("content/sites/"+id+".md", siteText("Làng nghề "+id, ps))
	}
	for id, s := range m.showrooms {
		write("content/showrooms/"+id+".md", s.text())
	}
	for id, n := range m.fairs {
		write("content/fairs/"+id+".md", fairText(id, n))
	}

	fsys, err := DirFS(dir)
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Source: fsys, Now: partialNow}
	full := func() (map[string][]byte, error) {
		t.Helper()
		o := opt
		o.Dest = filepath.Join(t.TempDir(), "public")
		if _, err := Site(o); err != nil {
			return nil, err
		}
		files := map[string][]byte{}
		err := filepath.WalkDir(o.Dest, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(o.Dest, p)
			if rel == ".ocop-build" {
				return nil
			}
			b, err := os.ReadFile(p)
			files[filepath.ToSlash(rel)] = b
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return files, nil
	}
	same := func(got, want map[string][]byte) []string {
		var d []string
		for p, w := range want {
			if g, ok := got[p]; !ok {
				d = append(d, "missing "+p)
			} else if string(g) != string(w) {
				d = append(d, "differs "+p)
			}
		}
		for p := range got {
			if _, ok := want[p]; !ok {
				d = append(d, "extra "+p)
			}
		}
		sort.Strings(d)
		if len(d) > 8 {
			d = append(d[:8], fmt.Sprintf("and %d more", len(d)-8))
		}
		return d
	}

	b := New(opt)
	w := &memSite{files: map[string][]byte{}}
	ctx := context.Background()
	if _, err := b.Run(ctx, nil, w); err != nil {
		t.Fatal(err)
	}
	want, err := full()
	if err != nil {
		t.Fatal(err)
	}
	if d := same(w.files, want); len(d) > 0 {
		t.Fatalf("first build differs from Site: %v", d)
	}

	r := rand.New(rand.NewPCG(partialSeed(), 13))
	pick := func(m map[string]bool) string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks[r.IntN(len(ks))]
	}
	ids := func() map[string]bool {
		s := map[string]bool{}
		for id := range m.products {
			s[id] = true
		}
		return s
	}
	next := 0
	var broken []string // the files to write again to fix a broken change
	fixes := map[string]string{}
	kinds := map[string]int{}
	quick := 0
	// Every kind of change comes once in each round of 21 steps, in a
	// random order; the theme and the reference files take turns.
	var order []int
	turn := -1
	for step := 0; step < 64; step++ {
		if len(order) == 0 {
			order = r.Perm(21)
			turn++
		}
		var changed []string
		what := ""
		cancel := false
		switch {
		case broken != nil:
			for _, p := range broken {
				write(p, fixes[p])
			}
			changed, what, broken = broken, "fix", nil
		default:
			next++
			k := order[0]
			order = order[1:]
			switch k {
			case 0, 1, 2, 3:
				id := pick(ids())
				p := m.products[id]
				switch r.IntN(6) {
				case 0:
					p.name, what = names[r.IntN(len(names))]+" "+id, "product name"
				case 1:
					p.stars, what = 1+r.IntN(5), "product stars"
				case 2:
					p.group, p.district, what = groups[r.IntN(len(groups))], districts[r.IntN(len(districts))], "product group and district"
				case 3:
					p.producer, what = pick(keys(m.producers)), "product producer"
				case 4:
					p.showrooms, what = [][]string{nil, {"s1"}, {"s2"}, {"s1", "s2"}}[r.IntN(4)], "product showrooms"
				case 5:
					p.featured, p.body, what = !p.featured, p.body+" Thêm.", "product featured and text"
				}
				if !m.showroomsExist(p.showrooms) {
					p.showrooms = nil
				}
				writeProduct(id, p)
				changed = []string{p.path(id)}
				cancel = r.IntN(4) == 0
			case 4:
				id := fmt.Sprintf("moi-%d", next)
				p := &testProduct{name: names[r.IntN(len(names))] + fmt.Sprintf(" mới %d", next), producer: pick(keys(m.producers)),
					group: groups[r.IntN(len(groups))], stars: 1 + r.IntN(5), district: districts[r.IntN(len(districts))],
					bundle: r.IntN(2) == 0, body: "Sản phẩm mới."}
				m.products[id] = p
				writeProduct(id, p)
				changed, what = []string{p.path(id)}, "add product "+id
				if p.bundle {
					changed = append(changed, "content/products/"+id+"/anh.svg")
				}
			case 5:
				id := pick(ids())
				if id == "gao" || len(m.products) < 3 {
					continue
				}
				p := m.products[id]
				delete(m.products, id)
				changed, what = []string{p.path(id)}, "delete product "+id
				if p.bundle {
					remove("content/products/" + id)
					changed = []string{"content/products/" + id}
				} else {
					remove(p.path(id))
				}
				for sid, s := range m.showrooms {
					if i := slices.Index(s.featured, id); i >= 0 {
						s.featured = slices.Delete(s.featured, i, i+1)
						write("content/showrooms/"+sid+".md", s.text())
						changed = append(changed, "content/showrooms/"+sid+".md")
					}
				}
				for sid, ps := range m.sites {
					if i := slices.Index(ps, id); i >= 0 {
						m.sites[sid] = slices.Delete(ps, i, i+1)
						write("content/sites/"+sid+".md", siteText("Làng nghề "+sid, m.sites[sid]))
						changed = append(changed, "content/sites/"+sid+".md")
					}
				}
			case 6:
				id := pick(ids())
				p := m.products[id]
				if id == "gao" || p.bundle {
					continue
				}
				nid := fmt.Sprintf("%s-%d", strings.SplitN(id, "-", 2)[0], next)
				remove(p.path(id))
				delete(m.products, id)
				m.products[nid] = p
				writeProduct(nid, p)
				changed, what = []string{p.path(id), p.path(nid)}, "rename product "+id+" to "+nid
				for sid, s := range m.showrooms {
					if i := slices.Index(s.featured, id); i >= 0 {
						s.featured[i] = nid
						write("content/showrooms/"+sid+".md", s.text())
						changed = append(changed, "content/showrooms/"+sid+".md")
					}
				}
				for sid, ps := range m.sites {
					if i := slices.Index(ps, id); i >= 0 {
						ps[i] = nid
						write("content/sites/"+sid+".md", siteText("Làng nghề "+sid, ps))
						changed = append(changed, "content/sites/"+sid+".md")
					}
				}
			case 7:
				id := pick(keys(m.producers))
				m.producers[id] = fmt.Sprintf("Chủ thể đổi tên %d", next)
				write("content/producers/"+id+".md", fmt.Sprintf("---\nname: %q\nkind: HTX\ndistrict: \"Giao Thủy\"\n---\n\nĐổi tên.\n", m.producers[id]))
				changed, what = []string{"content/producers/" + id + ".md"}, "producer renamed"
			case 8:
				id := fmt.Sprintf("p%d", 10+next)
				m.producers[id] = fmt.Sprintf("HTX mới %d", next)
				write("content/producers/"+id+".md", fmt.Sprintf("---\nname: %q\nkind: HTX\n---\n\nMới.\n", m.producers[id]))
				changed, what = []string{"content/producers/" + id + ".md"}, "add producer"
				if len(m.producers) > 4 {
					// Take out a producer no product or site names.
					for _, old := range slices.Sorted(mapsKeys(m.producers)) {
						if old != "p1" && old != id && !m.produces(old) {
							delete(m.producers, old)
							remove("content/producers/" + old + ".md")
							changed, what = append(changed, "content/producers/"+old+".md"), "add and delete producers"
							break
						}
					}
				}
			case 9:
				ps := []string{pick(ids())}
				if r.IntN(2) == 0 {
					ps = append(ps, pick(ids()))
				}
				ps = slices.Compact(slices.Sorted(slices.Values(ps)))
				if !slices.Contains(ps, "gao") {
					ps = append([]string{"gao"}, ps...)
				}
				m.sites["vi-khe"] = ps
				write("content/sites/vi-khe.md", siteText(fmt.Sprintf("Làng nghề %d", next), ps))
				changed, what = []string{"content/sites/vi-khe.md"}, "site products"
			case 10:
				id := fmt.Sprintf("lang-%d", next)
				if len(m.sites) > 1 {
					for _, old := range slices.Sorted(mapsKeys(m.sites)) {
						if old != "vi-khe" {
							id = old
						}
					}
					delete(m.sites, id)
					remove("content/sites/" + id + ".md")
					changed, what = []string{"content/sites/" + id + ".md"}, "delete site"
					break
				}
				m.sites[id] = []string{pick(ids())}
				write("content/sites/"+id+".md", siteText("Làng "+id, m.sites[id]))
				changed, what = []string{"content/sites/" + id + ".md"}, "add site"
			case 11:
				id := pick(keys(m.showrooms))
				s := m.showrooms[id]
				switch r.IntN(3) {
				case 0:
					s.name, what = fmt.Sprintf("Điểm bán số %d", next), "showroom name"
				case 1:
					s.idle, s.orientation, what = []int{0, 60, 120}[r.IntN(3)], []string{"", "portrait", "landscape"}[r.IntN(3)], "kiosk settings"
				case 2:
					s.featured, what = []string{pick(ids())}, "kiosk featured"
				}
				write("content/showrooms/"+id+".md", s.text())
				changed = []string{"content/showrooms/" + id + ".md"}
			case 12:
				id := fmt.Sprintf("s%d", 10+next)
				if len(m.showrooms) > 2 {
					for _, old := range slices.Sorted(mapsKeys(m.showrooms)) {
						if old != "s1" && old != "s2" {
							id = old
						}
					}
					delete(m.showrooms, id)
					remove("content/showrooms/" + id + ".md")
					changed, what = []string{"content/showrooms/" + id + ".md"}, "delete showroom"
					break
				}
				m.showrooms[id] = &testShowroom{name: "Điểm bán mới " + id, district: "Nam Trực"}
				write("content/showrooms/"+id+".md", m.showrooms[id].text())
				changed, what = []string{"content/showrooms/" + id + ".md"}, "add showroom"
			case 13:
				if r.IntN(2) == 0 {
					id := pick(keys(m.fairs))
					m.fairs[id] = 1 + r.IntN(5)
					write("content/fairs/"+id+".md", fairText(id, m.fairs[id]))
					changed, what = []string{"content/fairs/" + id + ".md"}, "fair selection"
					break
				}
				id := fmt.Sprintf("f%d", 10+next)
				if len(m.fairs) > 1 {
					for _, old := range slices.Sorted(mapsKeys(m.fairs)) {
						if old != "f1" {
							id = old
						}
					}
					delete(m.fairs, id)
					remove("content/fairs/" + id + ".md")
					changed, what = []string{"content/fairs/" + id + ".md"}, "delete fair"
					break
				}
				m.fairs[id] = 4
				write("content/fairs/"+id+".md", fairText(id, 4))
				changed, what = []string{"content/fairs/" + id + ".md"}, "add fair"
			case 14:
				switch turn % 3 {
				case 0:
					p := "themes/tinh/layouts/product.html"
					write(p, strings.Replace(read(p), `<article class="record">`, fmt.Sprintf(`<article class="record" data-v="%d">`, next), 1))
					changed, what = []string{p}, "layout"
				case 1:
					p := "themes/tinh/i18n/vi.yaml"
					write(p, strings.Replace(read(p), `skip_link: "Chuyển đến nội dung chính`, `skip_link: "Chuyển đến nội dung chính `+fmt.Sprint(next), 1))
					changed, what = []string{p}, "strings"
				case 2:
					p := "themes/tinh/assets/site.css"
					write(p, read(p)+fmt.Sprintf(".v%d { color: red; }\n", next))
					changed, what = []string{p}, "style sheet"
				}
			case 15:
				switch turn % 3 {
				case 0:
					p := "content/site.yaml"
					write(p, strings.Replace(read(p), `title: "Sản phẩm OCOP Nam Định`, fmt.Sprintf(`title: "Sản phẩm OCOP Nam Định %d`, next), 1))
					changed, what = []string{p}, "site.yaml"
				case 1:
					p := "content/groups.yaml"
					write(p, strings.Replace(read(p), `name: "Thực phẩm`, fmt.Sprintf(`name: "Thực phẩm %d`, next), 1))
					changed, what = []string{p}, "groups.yaml"
				case 2:
					p := geo[r.IntN(len(geo))]
					write(p, strings.Replace(read(p), "Giao Thủy", "Giao  Thủy", 1))
					write(p, strings.Replace(read(p), "Giao  Thủy", "Giao Thủy", 1)+fmt.Sprintf("# %d\n", next))
					changed, what = []string{p}, "geography"
				}
			case 20:
				p := "content/programme.yaml"
				write(p, strings.Replace(read(p), `note: "Số sản phẩm OCOP`, fmt.Sprintf(`note: "%d Số sản phẩm OCOP`, next), 1))
				changed, what = []string{p}, "programme.yaml"
			case 16:
				var bundles []string
				for id, p := range m.products {
					if p.bundle {
						bundles = append(bundles, id)
					}
				}
				if len(bundles) == 0 {
					continue
				}
				sort.Strings(bundles)
				id := bundles[r.IntN(len(bundles))]
				p := "content/products/" + id + "/anh.svg"
				write(p, strings.Replace(partialSVG, `width="40"`, fmt.Sprintf(`width="%d"`, 41+next), 1))
				changed, what = []string{p}, "photo"
			default:
				// Break a record: a product's stars out of range, a
				// producer's front matter not closed, a site naming
				// nothing, a fair with a bad date.
				var p, bad string
				switch r.IntN(4) {
				case 0:
					id := pick(ids())
					pr := *m.products[id]
					p = pr.path(id)
					pr.stars = 9
					bad = pr.text()
				case 1:
					p, bad = "content/producers/p2.md", "---\nname: \"HTX hỏng\"\n"
				case 2:
					p, bad = "content/sites/vi-khe.md", siteText("Làng nghề", []string{"khong-co"})
				case 3:
					p, bad = "content/fairs/f1.md", strings.Replace(fairText("f1", 3), "2024-10-05", "2024-13-45", 1)
				}
				fixes[p] = read(p)
				write(p, bad)
				changed, what, broken = []string{p}, "break "+p, []string{p}
			}
		}
		kinds[strings.Fields(what)[0]]++
		before := maps(w.files)
		flushes := w.flushes
		if cancel {
			cctx, stop := context.WithCancel(ctx)
			stop()
			if _, err := b.Run(cctx, changed, w); err != nil && !errors.Is(err, context.Canceled) {
				t.Fatalf("step %d (%s, cancelled): %v", step, what, err)
			}
			what += ", after a cancelled run"
		}
		res, err := b.Run(ctx, changed, w)
		if res != nil && res.Quick {
			quick++
			if w.flushes == flushes {
				t.Errorf("step %d (%s): a quick run did not flush", step, what)
			}
		}
		if broken != nil {
			if !errors.Is(err, ErrContent) {
				t.Fatalf("step %d (%s): Run = %v, want ErrContent", step, what, err)
			}
			if d := same(w.files, before); len(d) > 0 {
				t.Fatalf("step %d (%s): a broken change wrote files: %v", step, what, d)
			}
			if _, err := full(); !errors.Is(err, ErrContent) {
				t.Fatalf("step %d (%s): Site = %v, want ErrContent", step, what, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("step %d (%s of %v): %v", step, what, changed, err)
		}
		want, err := full()
		if err != nil {
			t.Fatalf("step %d (%s): Site: %v", step, what, err)
		}
		if d := same(w.files, want); len(d) > 0 {
			t.Fatalf("step %d (%s of %v): partial output differs from Site: %v", step, what, changed, d)
		}
	}
	if quick == 0 {
		t.Errorf("no run wrote the changed records' pages first")
	}
	t.Logf("changes: %v; %d quick", kinds, quick)
}

func (m *siteModel) showroomsExist(ids []string) bool {
	for _, id := range ids {
		if m.showrooms[id] == nil {
			return false
		}
	}
	return true
}

// produces reports whether a product or a site names producer id.
func (m *siteModel) produces(id string) bool {
	for _, p := range m.products {
		if p.producer == id {
			return true
		}
	}
	return false
}

func keys[V any](m map[string]V) map[string]bool {
	s := map[string]bool{}
	for k := range m {
		s[k] = true
	}
	return s
}

func mapsKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func maps(files map[string][]byte) map[string][]byte {
	out := make(map[string][]byte, len(files))
	for k, v := range files {
		out[k] = v
	}
	return out
}

// partialSeed is the random seed of TestPartialEqualsFull:
// OCOP_SERVE_SEED, else 7.
func partialSeed() uint64 {
	var n uint64 = 7
	if s := os.Getenv("OCOP_SERVE_SEED"); s != "" {
		fmt.Sscan(s, &n)
	}
	return n
}

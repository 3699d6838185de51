package serve

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIncrementalEqualsFull makes random edits to a site (a product's
// name, stars, group, district, producer, showrooms, featured flag or
// text; deleting and adding products; renaming a producer; changing a
// photo; breaking a product and fixing it) and checks after each that
// the server's output equals a full build's, file for file, and that
// after a broken edit the last good site is still served.
func TestIncrementalEqualsFull(t *testing.T) {
	ps := baseProducts()
	dir := newSite(t, ps)
	s := startTest(t, dir, Options{noWatch: true})
	base := s.URL()
	want, _ := fullBuild(t, dir, base)
	if d := sameFiles(s.files(), want); len(d) > 0 {
		t.Fatalf("first build differs from a full build: %v", d)
	}
	r := rand.New(rand.NewPCG(seed(), 11))
	names := []string{"Nước mắm cốt Sa Châu", "Gạo tám thơm Hải Hậu", "Bánh cáy Làng Nguyễn", "Chè xanh Xuân Trường", "Muối sạch Bạch Long", "Đũa tre Giao Tiến", "Mật ong Hoa Nhãn"}
	groups := []string{"thuc-pham", "do-uong", "thao-duoc", "vai-may-mac", "luu-niem-noi-that-trang-tri"}
	districts := []string{"Hải Hậu", "Giao Thủy", "Nghĩa Hưng", "Nam Trực", "Thành phố Nam Định", ""}
	producers := []string{"p1", "p2", "p3", "p4"}
	showrooms := [][]string{nil, {"s1"}, {"s2"}, {"s1", "s2"}}
	next := 0
	broken := ""
	ctx := context.Background()
	for step := 0; step < 70; step++ {
		var changed []string
		what := ""
		if broken != "" {
			// Fix the product broken in the step before.
			for _, p := range ps {
				if p.path() == broken {
					writeProduct(t, dir, p)
				}
			}
			changed, what, broken = []string{broken}, "fix", ""
		} else {
			i := r.IntN(len(ps))
			p := &ps[i]
			switch k := r.IntN(14); k {
			case 0, 1:
				p.name, what = names[r.IntN(len(names))]+" "+p.id, "name"
			case 2, 3:
				p.stars, what = 1+r.IntN(5), "stars"
			case 4:
				p.group, what = groups[r.IntN(len(groups))], "group"
			case 5:
				p.district, p.commune, what = districts[r.IntN(len(districts))], "", "district"
			case 6:
				p.producer, what = producers[r.IntN(len(producers))], "producer"
			case 7:
				p.showrooms, what = showrooms[r.IntN(len(showrooms))], "showrooms"
			case 8:
				p.featured, p.body, what = !p.featured, p.body+" Thêm.", "featured and text"
			case 9:
				if len(ps) > 2 && p.id != "gao-nep" { // the tourism site names gao-nep
					path := p.path()
					if p.bundle {
						if err := os.RemoveAll(filepath.Join(dir, "content/products", p.id)); err != nil {
							t.Fatal(err)
						}
						path = "content/products/" + p.id
					} else if err := os.Remove(filepath.Join(dir, path)); err != nil {
						t.Fatal(err)
					}
					what = "delete " + p.id
					ps = append(ps[:i], ps[i+1:]...)
					changed = []string{path}
					break
				}
				fallthrough
			case 10:
				next++
				np := product{id: fmt.Sprintf("moi-%d", next), name: names[r.IntN(len(names))] + fmt.Sprintf(" mới %d", next),
					producer: producers[r.IntN(len(producers))], group: groups[r.IntN(len(groups))], stars: 1 + r.IntN(5),
					district: districts[r.IntN(len(districts))], bundle: r.IntN(2) == 0, body: "Sản phẩm mới."}
				ps = append(ps, np)
				writeProduct(t, dir, np)
				changed, what = []string{np.path()}, "add "+np.id
				if np.bundle {
					changed = []string{"content/products/" + np.id}
				}
			case 11:
				n := 1 + r.IntN(4)
				writeFile(t, dir, fmt.Sprintf("content/producers/p%d.md", n),
					fmt.Sprintf("---\nname: \"Chủ thể đổi tên %d\"\nkind: HTX\ndistrict: \"Giao Thủy\"\n---\n\nĐổi tên.\n", step))
				changed, what = []string{fmt.Sprintf("content/producers/p%d.md", n)}, "producer renamed"
			case 12:
				if p.bundle {
					writeFile(t, dir, "content/products/"+p.id+"/anh.svg", strings.Replace(testSVG, `width="40"`, fmt.Sprintf(`width="%d"`, 41+step), 1))
					changed, what = []string{"content/products/" + p.id + "/anh.svg"}, "photo"
					break
				}
				fallthrough
			case 13:
				// Break the product: stars out of range.
				good := *p
				bad := good
				bad.stars = 9
				writeProduct(t, dir, bad)
				changed, what, broken = []string{p.path()}, "break", p.path()
			}
			if changed == nil {
				writeProduct(t, dir, *p)
				changed = []string{p.path()}
			}
		}
		before := s.files()
		s.b.rebuild(ctx, changed)
		want, ds := fullBuild(t, dir, base)
		if want == nil {
			if broken == "" {
				t.Fatalf("step %d (%s): the edit made errors: %v", step, what, ds)
			}
			if s.b.good {
				t.Fatalf("step %d (%s): the server saw no error", step, what)
			}
			if d := sameFiles(s.files(), before); len(d) > 0 {
				t.Fatalf("step %d (%s): a broken edit changed the served site: %v", step, what, d)
			}
			continue
		}
		if d := sameFiles(s.files(), want); len(d) > 0 {
			t.Fatalf("step %d (%s of %v): incremental output differs from a full build: %v", step, what, changed, d)
		}
	}
	if s.b.quick.Load() == 0 {
		t.Errorf("no edit took the one-product path")
	}
	t.Logf("%d rebuilds, %d on the one-product path", s.b.builds.Load(), s.b.quick.Load())
}

// seed is the random seed of the property test: OCOP_SERVE_SEED, else 7.
func seed() uint64 {
	var n uint64 = 7
	if s := os.Getenv("OCOP_SERVE_SEED"); s != "" {
		fmt.Sscan(s, &n)
	}
	return n
}

package synth

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/urls"
)

// refFS is the real site: the repository root, two levels up.
func refFS(t testing.TB) fs.FS {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return os.DirFS(root)
}

func write(t testing.TB, n int, seed int64, hugo bool) (string, string, Stats) {
	t.Helper()
	out := t.TempDir()
	opt := Options{Products: n, Seed: seed, Out: out, Reference: refFS(t)}
	if hugo {
		opt.Hugo = filepath.Join(t.TempDir(), "hugo")
	}
	st, err := Write(opt)
	if err != nil {
		t.Fatal(err)
	}
	return out, opt.Hugo, st
}

// check loads and validates the tree at dir as `ocop check` does.
func check(t *testing.T, dir string) (*catalog.Catalog, catalog.Diagnostics) {
	t.Helper()
	fsys := os.DirFS(dir)
	c, ds := load.Content(fsys)
	ds = append(ds, c.Validate(catalog.CheckOptions{
		Today: catalog.Today(time.Now()),
		Exists: func(p string) bool {
			_, err := fs.Stat(fsys, p)
			return err == nil
		},
	})...)
	return c, ds
}

func TestValidates(t *testing.T) {
	out, _, st := write(t, 200, 1, false)
	c, ds := check(t, out)
	errs, warns := ds.Count()
	for _, d := range ds {
		if d.Severity == catalog.Error {
			t.Error(d)
		}
	}
	t.Logf("%d errors, %d warnings", errs, warns)

	want := Stats{Products: 200, Producers: 67, Sites: 4, Showrooms: 8, Fairs: 2}
	if st != want {
		t.Errorf("stats = %+v, want %+v", st, want)
	}
	got := Stats{Products: len(c.Products), Producers: len(c.Producers), Sites: len(c.Sites),
		Showrooms: len(c.Showrooms), Fairs: len(c.Fairs)}
	if got != want {
		t.Errorf("loaded %+v, want %+v", got, want)
	}

	stars := map[int]int{}
	withCert, withPrice, withEN := 0, 0, 0
	for _, p := range c.Products {
		stars[p.Stars]++
		if p.Links.Producer == nil || p.Links.Group == nil || p.Links.District == nil || p.Links.Unit == nil {
			t.Errorf("%s: unresolved producer, group or place", p.Path)
		}
		if p.Certificate.Number != "" {
			withCert++
		}
		if p.Price > 0 {
			withPrice++
			if p.Price < 20000 || p.Price > 1500000 || p.Price%1000 != 0 {
				t.Errorf("%s: price %d", p.Path, p.Price)
			}
		}
		if p.NameEN != "" {
			withEN++
		}
		if p.ID != p.Slug {
			t.Errorf("%s: ID %q is not the slug %q", p.Path, p.ID, p.Slug)
		}
		if n := countWords(p.Body); n < 150 || n > 400 {
			t.Errorf("%s: body has %d words, want 150–400", p.Path, n)
		}
		wantCrit := "148"
		if p.RecognisedYear() <= 2022 {
			wantCrit = "1048"
		}
		if p.Criteria != wantCrit {
			t.Errorf("%s: criteria %s for year %d", p.Path, p.Criteria, p.RecognisedYear())
		}
	}
	for s := range stars {
		if s < 3 || s > 5 {
			t.Errorf("%d products with %d stars", stars[s], s)
		}
	}
	if stars[3] < 120 || stars[3] > 165 || stars[4] < 30 {
		t.Errorf("star spread %v, want about 70%% 3★ and 25%% 4★", stars)
	}
	for name, n := range map[string]int{"certificate": withCert, "price": withPrice, "name_en": withEN} {
		if n < 80 || n > 190 {
			t.Errorf("%d of 200 products have %s", n, name)
		}
	}
	for _, p := range c.Producers {
		if len(p.Links.Products) == 0 {
			t.Errorf("%s: producer without products", p.Path)
		}
		if n := countWords(p.Body); n < 80 || n > 200 {
			t.Errorf("%s: story has %d words, want 80–200", p.Path, n)
		}
		if !slices.Contains(catalog.ProducerKinds, p.Kind) {
			t.Errorf("%s: kind %q", p.Path, p.Kind)
		}
	}
	for _, s := range c.Sites {
		if s.Coordinates.IsZero() {
			continue
		}
		if s.Coordinates.Lat < 20 || s.Coordinates.Lat > 20.5 || s.Coordinates.Lon < 106 || s.Coordinates.Lon > 106.6 {
			t.Errorf("%s: coordinates %v outside Nam Định", s.Path, s.Coordinates)
		}
		for _, p := range s.Links.Products {
			if p.Links.District != s.Links.District {
				t.Errorf("%s: related product %s is in another district", s.Path, p.ID)
			}
		}
		for _, p := range s.Links.Producers {
			if p.Links.District != s.Links.District {
				t.Errorf("%s: related producer %s is in another district", s.Path, p.ID)
			}
		}
		if !slices.Contains(catalog.SiteKinds, s.Kind) {
			t.Errorf("%s: kind %q", s.Path, s.Kind)
		}
	}
	var ids []string
	for _, s := range c.Showrooms {
		ids = append(ids, s.ID)
		if s.Slug != s.ID || s.Links.District == nil {
			t.Errorf("%s: slug %q, district %v", s.Path, s.Slug, s.Links.District)
		}
	}
	sort.Strings(ids)
	if strings.Join(ids, " ") != "giao-thuy hai-hau nam-truc nghia-hung truc-ninh vu-ban xuan-truong y-yen" {
		t.Errorf("showrooms %v", ids)
	}

	// The reference files are copied unchanged.
	ref := refFS(t)
	for _, p := range []string{"content/site.yaml", "content/groups.yaml", "content/geo/2024-05-01.yaml", "content/geo/2025-07-01.yaml"} {
		a, _ := fs.ReadFile(ref, p)
		b, err := os.ReadFile(filepath.Join(out, p))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s not copied unchanged (%v)", p, err)
		}
	}
}

func TestSmallAndOdd(t *testing.T) {
	for _, n := range []int{1, 2, 7, 51} {
		out, _, st := write(t, n, int64(n), false)
		if st.Products != n || st.Producers < 1 || st.Producers > n || st.Sites < 1 {
			t.Errorf("N=%d: stats %+v", n, st)
		}
		_, ds := check(t, out)
		for _, d := range ds {
			if d.Severity == catalog.Error {
				t.Errorf("N=%d: %v", n, d)
			}
		}
	}
	if _, err := Write(Options{Products: 0, Out: t.TempDir(), Reference: refFS(t)}); err == nil {
		t.Error("Products: 0 did not fail")
	}
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, "x"), nil, 0o644)
	if _, err := Write(Options{Products: 3, Out: t.TempDir(), Hugo: out, Reference: refFS(t)}); err == nil {
		t.Error("a non-empty Hugo folder did not fail")
	}
}

// files reads every file under dir, by slash path.
func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		m[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestDeterministic(t *testing.T) {
	a, ha, _ := write(t, 120, 7, true)
	b, hb, _ := write(t, 120, 7, true)
	for _, dirs := range [][2]string{{a, b}, {ha, hb}} {
		fa, fb := files(t, dirs[0]), files(t, dirs[1])
		if len(fa) != len(fb) {
			t.Errorf("%d files, then %d", len(fa), len(fb))
		}
		for p, x := range fa {
			if !bytes.Equal(x, fb[p]) {
				t.Errorf("%s differs between two runs with the same seed", p)
			}
		}
	}
	c, _, _ := write(t, 120, 8, false)
	if bytes.Equal(files(t, a)["content/products/"+firstProduct(t, a)], files(t, c)["content/products/"+firstProduct(t, a)]) {
		t.Error("seeds 7 and 8 gave the same first product")
	}
}

func firstProduct(t *testing.T, dir string) string {
	es, err := os.ReadDir(filepath.Join(dir, "content/products"))
	if err != nil || len(es) == 0 {
		t.Fatal(err)
	}
	return es[0].Name()
}

func TestUniqueSlugs(t *testing.T) {
	out, _, _ := write(t, 600, 3, false)
	c, _ := check(t, out)
	all := map[string][]*catalog.Meta{}
	for _, p := range c.Products {
		all["product"] = append(all["product"], &p.Meta)
	}
	for _, p := range c.Producers {
		all["producer"] = append(all["producer"], &p.Meta)
	}
	for _, s := range c.Sites {
		all["site"] = append(all["site"], &s.Meta)
	}
	for _, kind := range []string{"product", "producer", "site"} {
		names := all[kind]
		seen := map[string]string{}
		for _, m := range names {
			if !urls.IsSlug(m.Slug) || m.Slug != m.ID {
				t.Errorf("%s %s: slug %q", kind, m.Path, m.Slug)
			}
			if first, dup := seen[m.Slug]; dup {
				t.Errorf("%s slug %q of %s and %s", kind, m.Slug, first, m.Path)
			}
			seen[m.Slug] = m.Path
		}
	}
}

// TestPhoneRoundTrip checks that a phone number written without quotes
// keeps its leading zero through the loader.
func TestPhoneRoundTrip(t *testing.T) {
	out, _, _ := write(t, 200, 1, false)
	c, _ := check(t, out)
	plain, quoted := 0, 0
	for _, p := range c.Producers {
		if p.Phone == "" {
			continue
		}
		src, err := os.ReadFile(filepath.Join(out, p.Path))
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case bytes.Contains(src, []byte("\nphone: "+p.Phone+"\n")):
			plain++
		case bytes.Contains(src, []byte("\nphone: \""+p.Phone+"\"\n")), bytes.Contains(src, []byte("\nphone: '"+p.Phone+"'\n")):
			quoted++
		default:
			t.Errorf("%s: phone %q not found as written", p.Path, p.Phone)
		}
		if p.Phone[0] != '0' {
			t.Errorf("%s: phone %q lost its leading zero", p.Path, p.Phone)
		}
	}
	if plain == 0 || quoted == 0 {
		t.Errorf("%d unquoted and %d quoted phone numbers; want both kinds", plain, quoted)
	}
}

// TestWordFrequency checks that body words are skewed like real text and
// not spread over every page alike.
func TestWordFrequency(t *testing.T) {
	out, _, _ := write(t, 200, 1, false)
	c, _ := check(t, out)
	freq := map[string]int{}
	pages := map[string]int{}
	for _, p := range c.Products {
		seen := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(p.Body), func(r rune) bool { return !unicode.IsLetter(r) }) {
			freq[w]++
			if !seen[w] {
				seen[w] = true
				pages[w]++
			}
		}
	}
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) < 100 {
		t.Fatalf("only %d distinct words", len(words))
	}
	for i, w := range words[:12] {
		t.Logf("rank %d: %q ×%d in %d pages", i+1, w, freq[w], pages[w])
	}
	t.Logf("rank 50: %q ×%d; %d distinct words", words[49], freq[words[49]], len(words))
	top := words[0]
	if pages[top] >= len(c.Products) {
		t.Errorf("the most frequent word %q is in every product page", top)
	}
	if freq[top] < 5*freq[words[49]] {
		t.Errorf("rank 1 %q ×%d is less than 5× rank 50 %q ×%d", top, freq[top], words[49], freq[words[49]])
	}
}

// TestSlots checks that every slot of every template is filled by the
// record, a number, an inline choice or a vocabulary list, so no "{slot}"
// name can leak into a body.
func TestSlots(t *testing.T) {
	names := make([]string, 0, len(compiled))
	for n := range compiled {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for i, segs := range compiled[n] {
			for _, s := range segs {
				if strings.ContainsAny(s.lit, "{}") || strings.ContainsAny(s.slot, "{}") {
					t.Errorf("bank %q template %d: nested or unbalanced braces", n, i)
				}
				_, isNumber := numbers[s.slot]
				_, isVocab := vocab[s.slot]
				if s.slot == "" || isNumber || isVocab || strings.Contains(s.slot, "|") || slices.Contains(recordSlots, s.slot) {
					continue
				}
				t.Errorf("bank %q template %d: slot {%s} is filled by nothing", n, i, s.slot)
			}
		}
	}
	// Every type's text banks exist.
	for _, pt := range ptypes {
		for _, b := range pt.banks {
			if compiled[b] == nil {
				t.Errorf("%s: no bank %q", pt.name, b)
			}
		}
	}
	if len(ptypes) < 40 {
		t.Errorf("%d product types, want at least 40", len(ptypes))
	}
}

func TestHugo(t *testing.T) {
	hugo, err := exec.LookPath("hugo")
	if err != nil {
		t.Skip("hugo is not installed (apt-get install hugo); skipping the Hugo site check")
	}
	_, dir, st := write(t, 50, 2, true)
	dest := t.TempDir()
	cmd := exec.Command(hugo, "--quiet", "-s", dir, "-d", dest)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("hugo: %v\n%s", err, b)
	}
	n := 0
	for p := range files(t, dest) {
		if p == "index.html" || strings.HasSuffix(p, "/index.html") {
			n++
		}
	}
	if n != st.HugoPages {
		t.Errorf("hugo wrote %d index.html files, HugoPages is %d", n, st.HugoPages)
	}
	for _, p := range []string{"san-pham/index.html", "en/products/index.html", "nhom/thuc-pham/index.html",
		"en/stars/3-stars/index.html", "huyen/hai-hau/index.html", "diem-ban/hai-hau/index.html", "404.html", "sitemap.xml"} {
		if _, err := os.Stat(filepath.Join(dest, p)); err != nil {
			t.Errorf("hugo did not write %s", p)
		}
	}
}

func BenchmarkWrite10000Content(b *testing.B) {
	ref := refFS(b)
	for b.Loop() {
		if _, err := Write(Options{Products: 10000, Seed: 1, Out: b.TempDir(), Reference: ref}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWrite10000(b *testing.B) {
	ref := refFS(b)
	for b.Loop() {
		if _, err := Write(Options{Products: 10000, Seed: 1, Out: b.TempDir(), Hugo: filepath.Join(b.TempDir(), "h"), Reference: ref}); err != nil {
			b.Fatal(err)
		}
	}
}

package schema

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/namdinh-ocop/ocop/internal/load"
)

// corpus is a folder of cases, each a txtar archive of site files laid
// over a base site.
type corpus struct {
	// dir holds the cases, from the repository's root.
	dir string
	// base is the site folder the cases complete; "" means the real
	// reference files (site.yaml, groups.yaml, geo/), as the command's
	// scripts get them.
	base string
}

var corpora = []corpus{
	{"internal/catalog/testdata/validate", "internal/catalog/testdata/base"},
	{"internal/load/testdata/content", "internal/load/testdata/base"},
	{"cmd/ocop/testdata/script/bad", ""},
}

// caseSite returns the site of case archive name of corpus co, and the
// paths of the files the archive gives that a schema is for.
func caseSite(t *testing.T, co corpus, name string) (fstest.MapFS, []string) {
	t.Helper()
	root := filepath.Join("..", "..")
	site := fstest.MapFS{}
	add := func(dir string) {
		err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			if co.base == "" && !(p == "content/site.yaml" || p == "content/groups.yaml" || strings.HasPrefix(p, "content/geo/")) {
				return nil
			}
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
			site[p] = &fstest.MapFile{Data: b}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if co.base == "" {
		add(root)
	} else {
		add(filepath.Join(root, filepath.FromSlash(co.base)))
	}
	a, err := txtar.ParseFile(filepath.Join(root, filepath.FromSlash(co.dir), name))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, f := range a.Files {
		if !strings.HasPrefix(f.Name, "content/") {
			continue
		}
		site[f.Name] = &fstest.MapFile{Data: f.Data}
		if _, ok := modelOf(f.Name); ok && !load.Ignored(path.Base(f.Name)) {
			files = append(files, f.Name)
		}
	}
	return site, files
}

// A case of a corpus and one of its files.
type caseFile struct {
	corpus int    // index in corpora
	name   string // the archive
	file   string // a file it gives, which the schemas must reject or accept
}

const (
	validateCases = iota
	loadCases
	scriptCases
)

const (
	aProduct   = "content/products/a.md"
	okProduct  = "content/products/ok/index.md"
	hhShowroom = "content/showrooms/hh.md"
)

// rejects are the cases of the validation rules (corpora) whose file the
// schemas must reject: every case a schema can express, that is a rule
// on one value or one record alone: a key the model lacks, a value of
// the wrong type, a value outside its range, its pattern or its list
// (kinds, levels, groups, criteria, districts, communes, and the IDs of
// the producers, showrooms and products the content holds), a date that
// is not a day of the calendar, a required key missing or empty.
//
// A schema cannot express, and the schemas accept, the cases of:
//   - rules across records or files: an ID or slug used twice, a commune
//     of another district (product-commune-elsewhere,
//     commune-not-in-district), what a showroom offers;
//   - rules across keys of one record: a score outside the band of the
//     stars (product-score-contradicts, score-outside-band), a level too
//     low for the stars, valid_until before the decision date, a fair's
//     end before its start;
//   - rules on the day of the check: a certificate dated in the future,
//     one expired or expiring, a year in the future;
//   - values YAML itself reads otherwise: 35.000 is the number 35 to a
//     YAML reader (product-price-with-dots), 0o17 the number 15
//     (phone-not-a-number);
//   - the YAML and the files themselves: syntax errors, a key set twice,
//     a second document, aliases, photos, SVG, links, named pipes, sizes;
//   - a slug that is a Windows device name (slug-reserved-windows).
var rejects = []caseFile{
	{validateCases, "kiosk-idle-too-short.txtar", hhShowroom},
	{validateCases, "kiosk-include-expired-not-bool.txtar", hhShowroom},
	{validateCases, "kiosk-misspelt-key.txtar", hhShowroom},
	{validateCases, "kiosk-not-a-mapping.txtar", hhShowroom},
	{validateCases, "kiosk-orientation.txtar", hhShowroom},
	{validateCases, "kiosk-slide-text.txtar", hhShowroom},
	{validateCases, "kiosk-slide-zero.txtar", hhShowroom},
	{validateCases, "kiosk-unknown-product.txtar", hhShowroom},
	{validateCases, "other-records.txtar", "content/fairs/f.md"},
	{validateCases, "other-records.txtar", "content/producers/p.md"},
	{validateCases, "other-records.txtar", "content/sites/s.md"},
	{validateCases, "other-records.txtar", "content/sites/t.md"},
	{validateCases, "product-bad-slug.txtar", okProduct},
	{validateCases, "product-bad-source.txtar", okProduct},
	{validateCases, "product-commune-misspelt.txtar", okProduct},
	{validateCases, "product-commune-unknown.txtar", okProduct},
	{validateCases, "product-empty-name.txtar", okProduct},
	{validateCases, "product-impossible-date.txtar", okProduct},
	{validateCases, "product-level-unknown.txtar", okProduct},
	{validateCases, "product-misspelt-key.txtar", okProduct},
	{validateCases, "product-misspelt-nested-key.txtar", okProduct},
	{validateCases, "product-no-name.txtar", okProduct},
	{validateCases, "product-price-zero.txtar", okProduct},
	{validateCases, "product-producer-by-name.txtar", okProduct},
	{validateCases, "product-score-above-100.txtar", okProduct},
	{validateCases, "product-stars-not-a-number.txtar", okProduct},
	{validateCases, "product-stars-too-high.txtar", okProduct},
	{validateCases, "product-stars-zero.txtar", okProduct},
	{validateCases, "product-unknown-criteria.txtar", okProduct},
	{validateCases, "product-unknown-district.txtar", okProduct},
	{validateCases, "product-unknown-group.txtar", okProduct},
	{validateCases, "product-unknown-producer.txtar", okProduct},
	{validateCases, "product-unknown-showroom.txtar", okProduct},
	{validateCases, "product-year.txtar", okProduct},
	{loadCases, "front-matter-error-lines.txtar", "content/products/gao-tam.md"},
	{loadCases, "type-errors.txtar", aProduct},
	{scriptCases, "base-url-relative.txtar", "content/site.yaml"},
	{scriptCases, "coordinates-outside-vietnam.txtar", "content/sites/a.md"},
	{scriptCases, "criteria-unknown.txtar", aProduct},
	{scriptCases, "date-day-first.txtar", aProduct},
	{scriptCases, "date-impossible.txtar", aProduct},
	{scriptCases, "district-unknown.txtar", aProduct},
	{scriptCases, "email-invalid.txtar", "content/producers/a.md"},
	{scriptCases, "every-problem-at-once.txtar", aProduct},
	{scriptCases, "fair-unknown-group.txtar", "content/fairs/a.md"},
	{scriptCases, "frontmatter-not-mapping.txtar", aProduct},
	{scriptCases, "frontmatter-scalar.txtar", aProduct},
	{scriptCases, "group-unknown.txtar", aProduct},
	{scriptCases, "key-unknown-suggests.txtar", aProduct},
	{scriptCases, "kiosk-idle-out-of-range.txtar", "content/showrooms/a.md"},
	{scriptCases, "level-unknown.txtar", aProduct},
	{scriptCases, "name-empty.txtar", aProduct},
	{scriptCases, "name-is-list.txtar", aProduct},
	{scriptCases, "name-missing.txtar", aProduct},
	{scriptCases, "name-too-long.txtar", aProduct},
	{scriptCases, "phone-letters.txtar", "content/producers/a.md"},
	{scriptCases, "price-negative.txtar", aProduct},
	{scriptCases, "producer-unknown.txtar", aProduct},
	{scriptCases, "showroom-unknown.txtar", aProduct},
	{scriptCases, "slug-bad-characters.txtar", aProduct},
	{scriptCases, "slug-too-long.txtar", aProduct},
	{scriptCases, "source-not-http.txtar", aProduct},
	{scriptCases, "stars-fraction.txtar", aProduct},
	{scriptCases, "stars-out-of-range.txtar", aProduct},
	{scriptCases, "stars-words.txtar", aProduct},
	{scriptCases, "tag-too-long.txtar", aProduct},
	{scriptCases, "website-data-url.txtar", "content/producers/a.md"},
	{scriptCases, "website-javascript.txtar", "content/producers/a.md"},
}

// accepts are cases whose every record passes validation (at most with
// warnings about gaps): the schemas must accept each of their files, so
// that an editor sees no warning that ocop check would not give.
var accepts = []caseFile{
	{validateCases, "kiosk-by-slug-twice.txtar", ""},
	{validateCases, "kiosk-defaults.txtar", ""},
	{validateCases, "kiosk-fallback-district.txtar", ""},
	{validateCases, "kiosk-include-expired.txtar", ""},
	{validateCases, "kiosk-valid.txtar", ""},
	{validateCases, "product-commune-with-kind.txtar", ""},
	{validateCases, "product-group-of-148.txtar", ""},
	{validateCases, "product-no-description-en.txtar", ""},
	{validateCases, "product-no-english-name.txtar", ""},
	{validateCases, "product-old-tone-style.txtar", ""},
	{validateCases, "product-score-in-band.txtar", ""},
	{validateCases, "product-stars-missing.txtar", ""},
	{validateCases, "product-valid.txtar", ""},
	{loadCases, "phone-leading-zero.txtar", ""},
}

// TestRejects checks that the schemas, made from each case's own site,
// reject the file of every case in rejects.
func TestRejects(t *testing.T) {
	for _, cf := range rejects {
		t.Run(path.Base(corpora[cf.corpus].dir)+"/"+cf.name, func(t *testing.T) {
			site, files := caseSite(t, corpora[cf.corpus], cf.name)
			if !slices.Contains(files, cf.file) {
				t.Fatalf("the case has no file %s; it has %v", cf.file, files)
			}
			c, _ := load.Content(site)
			if err := check(compiled(t, c), site, cf.file); err == nil {
				t.Errorf("%s: accepted; want rejected", cf.file)
			}
		})
	}
}

// TestAccepts checks that the schemas, made from each case's own site,
// accept every file of every case in accepts.
func TestAccepts(t *testing.T) {
	for _, cf := range accepts {
		t.Run(path.Base(corpora[cf.corpus].dir)+"/"+cf.name, func(t *testing.T) {
			site, files := caseSite(t, corpora[cf.corpus], cf.name)
			c, _ := load.Content(site)
			schemas := compiled(t, c)
			for _, f := range files {
				if err := check(schemas, site, f); err != nil {
					t.Errorf("%s: %v", f, err)
				}
			}
		})
	}
}

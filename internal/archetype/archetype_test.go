package archetype

import (
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/message"
	"github.com/namdinh-ocop/ocop/themes"
)

// modelKeys returns the front matter keys of struct type t, dotted for
// nested keys ("certificate.number"), a list of mappings giving its
// entries' keys under its own ("buy.url").
func modelKeys(t reflect.Type, prefix string) []string {
	var out []string
	for f := range t.Fields() {
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		ft := f.Type
		if opts == "inline" {
			out = append(out, modelKeys(ft, prefix)...)
			continue
		}
		if name == "" {
			continue
		}
		key := prefix + name
		out = append(out, key)
		if ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && hasYAMLFields(ft) {
			out = append(out, modelKeys(ft, key+".")...)
		}
	}
	return out
}

func hasYAMLFields(t reflect.Type) bool {
	for f := range t.Fields() {
		if f.Tag.Get("yaml") != "" {
			return true
		}
	}
	return false
}

// keyLine is a commented line that holds a key, as the templates write
// them: "# stars: 4 …", "#   number: …", "#   - name: …".
var keyLine = regexp.MustCompile(`^# ( *(- )?[a-z_]+:( |$))`)

// uncomment returns src with every commented key line made a key.
func uncomment(src string) string {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if keyLine.MatchString(l) {
			lines[i] = l[2:]
		}
	}
	return strings.Join(lines, "\n")
}

var index = regexp.MustCompile(`\.\d+`)

func testData(t *testing.T) (*catalog.Catalog, Data) {
	t.Helper()
	c := &catalog.Catalog{Config: catalog.Config{DefaultCriteria: "1048"}}
	return c, Data{Name: "Nước mắm Đông Phương: loại #1", ID: "nuoc-mam-dong-phuong-loai-1", Today: "2026-12-05", Criteria: "1048", Groups: []string{"thuc-pham", "do-uong"}, Kinds: []string{"HTX"}}
}

// TestTemplatesCoverModel fails when a default template misses a key of
// its kind's record type, names a key the type does not have, or gives
// a record that does not load as it is and with every key uncommented:
// templates and model cannot drift apart.
func TestTemplatesCoverModel(t *testing.T) {
	theme, err := themes.Layered(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	_, d := testData(t)
	for _, ki := range catalog.Kinds() {
		t.Run(ki.Name, func(t *testing.T) {
			src, err := Render(theme, ki.Kind, d)
			if err != nil {
				t.Fatal(err)
			}
			p := "content/" + ki.Folder + "/" + d.ID + ".md"
			rec, ds := load.File(memFS{p: src}, p)
			if len(ds) > 0 || rec == nil {
				t.Fatalf("the template as written gives problems:\n%s", ds)
			}
			h := rec.RecordHead()
			if h.Name != d.Name {
				t.Errorf("name = %q, want %q", h.Name, d.Name)
			}
			if strings.TrimSpace(h.Body) != "" {
				t.Errorf("body = %q, want none: nothing of a template may be published", h.Body)
			}
			if got := slices.Sorted(maps.Keys(h.Keys)); !slices.Equal(got, []string{"name"}) {
				t.Errorf("keys set = %q, want only name", got)
			}

			full := uncomment(string(src))
			rec, ds = load.File(memFS{p: []byte(full)}, p)
			if len(ds) > 0 || rec == nil {
				t.Fatalf("the template with every key uncommented gives problems:\n%s\n%s", ds, full)
			}
			got := map[string]bool{}
			for k := range rec.RecordHead().Keys {
				got[index.ReplaceAllString(k, "")] = true
			}
			want := map[string]bool{}
			for _, k := range modelKeys(reflect.TypeOf(ki.New()).Elem(), "") {
				want[k] = true
				if !got[k] {
					t.Errorf("%s misses the key %s", TemplatePath(ki.Kind), k)
				}
			}
			for k := range got {
				if !want[k] {
					t.Errorf("%s names the key %s, which a %s does not have", TemplatePath(ki.Kind), k, ki.Name)
				}
			}
		})
	}
}

func TestParseKind(t *testing.T) {
	for word, want := range map[string]catalog.Kind{
		"product": catalog.KindProduct, "san-pham": catalog.KindProduct, "Product": catalog.KindProduct,
		"producer": catalog.KindProducer, "chu-the": catalog.KindProducer,
		"site": catalog.KindSite, "du-lich": catalog.KindSite, "diem-du-lich": catalog.KindSite,
		"showroom": catalog.KindShowroom, "diem-ban": catalog.KindShowroom,
		"fair": catalog.KindFair, "hoi-cho": catalog.KindFair,
	} {
		if got, ok := ParseKind(word); !ok || got != want {
			t.Errorf("ParseKind(%q) = %v, %v; want %v", word, got, ok, want)
		}
	}
	for _, word := range []string{"", "products", "sanpham", "config"} {
		if got, ok := ParseKind(word); ok {
			t.Errorf("ParseKind(%q) = %v, want none", word, got)
		}
	}
}

func TestID(t *testing.T) {
	for _, c := range []struct{ name, id, err string }{
		{"Nước mắm Đông Phương", "nuoc-mam-dong-phuong", ""},
		{"Trà & Mật ong", "tra-mat-ong", ""},
		{"Gạo tám " + strings.Repeat("thơm ", 20), "gao-tam-thom-thom-thom-thom-thom-thom-thom-thom-thom-thom-thom-thom-thom-thom", ""},
		{"", "", "tên đang trống; hãy ghi tên hồ sơ trong dấu nháy, ví dụ \"Nước mắm Đông Phương\""},
		{"!!!", "", "tên \"!!!\" không có chữ hoặc số nào để đặt tên tệp; hãy ghi tên bằng chữ"},
		{"a\nb", "", "tên \"a\\nb\" có dấu xuống dòng hoặc ký tự ẩn; hãy ghi tên trên một dòng, không có ký tự ẩn"},
		{"a\u202eb", "", "tên \"a\\u202eb\" có dấu xuống dòng hoặc ký tự ẩn; hãy ghi tên trên một dòng, không có ký tự ẩn"},
		{"Con", "", "tên \"Con\" cho mã \"con\", không dùng được làm tên tệp trên mọi máy tính; hãy ghi tên dài hơn"},
		{strings.Repeat("a", 151), "", "tên dài 151 ký tự; tên dài nhất 150 ký tự"},
	} {
		id, err := ID(c.name)
		if id != c.id || message.Text(message.VI, err) != c.err {
			t.Errorf("ID(%q) = %q, %q; want %q, %q", c.name, id, message.Text(message.VI, err), c.id, c.err)
		}
	}
}

// TestNewRefuses checks that New writes one new file and refuses to
// write over anything, or through a link.
func TestNewRefuses(t *testing.T) {
	theme, err := themes.Layered(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(root, "content", "products", "gao-tam"), 0o755))
	must(os.MkdirAll(filepath.Join(root, "content", "producers"), 0o755))
	must(os.WriteFile(filepath.Join(root, "content", "producers", "htx.md"), nil, 0o644))
	outside := t.TempDir()
	must(os.Symlink(outside, filepath.Join(root, "content", "fairs")))
	c, _ := testData(t)
	c.Products = []*catalog.Product{{Head: catalog.Head{Meta: catalog.Meta{ID: "nep-cai", Slug: "gao-nep", Path: "content/products/nep-cai.md"}}}}
	opt := func(k catalog.Kind, name string) Options {
		return Options{Root: root, Theme: theme, Catalog: c, Kind: k, Name: name, Now: time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)}
	}
	for _, tc := range []struct {
		kind catalog.Kind
		name string
		err  string
	}{
		{catalog.KindProduct, "Gạo tám", "content/products/gao-tam already exists; ocop new never writes over anything: give the new record another name, or edit that one"},
		{catalog.KindProduct, "Gạo nếp", "a product already exists with the ID or address \"gao-nep\": content/products/nep-cai.md; give the new one another name, or edit that file"},
		{catalog.KindProduct, "Nếp cái", "a product already exists with the ID or address \"nep-cai\": content/products/nep-cai.md; give the new one another name, or edit that file"},
		{catalog.KindProducer, "HTX", "content/producers/htx.md already exists; ocop new never writes over anything: give the new record another name, or edit that one"},
		{catalog.KindFair, "Hội chợ", "content/fairs is a link; ocop writes records only into a real folder of the site"},
	} {
		_, err := New(opt(tc.kind, tc.name))
		if got := message.Text(message.EN, err); got != tc.err {
			t.Errorf("New(%s, %q): %s\nwant %s", tc.kind, tc.name, got, tc.err)
		}
	}
	if es, _ := os.ReadDir(outside); len(es) > 0 {
		t.Errorf("New wrote through a link: %v", es)
	}
	p, err := New(opt(catalog.KindSite, "Làng nghề Vân Chàng"))
	if err != nil || p != "content/sites/lang-nghe-van-chang.md" {
		t.Fatalf("New = %q, %v", p, err)
	}
	b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
	if err != nil || !strings.Contains(string(b), "\nname: \"Làng nghề Vân Chàng\"\n") || !strings.Contains(string(b), "tạo ngày 2026-12-05") {
		t.Errorf("wrote %q, %v", b, err)
	}
	if _, err := New(opt(catalog.KindSite, "Làng nghề Vân Chàng")); err == nil {
		t.Errorf("a second New wrote over the first")
	}
}

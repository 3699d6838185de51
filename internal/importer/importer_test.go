package importer_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/namdinh-ocop/ocop/internal/annex"
	"github.com/namdinh-ocop/ocop/internal/build"
	"github.com/namdinh-ocop/ocop/internal/catalog"
	"github.com/namdinh-ocop/ocop/internal/importer"
	"github.com/namdinh-ocop/ocop/internal/load"
	"github.com/namdinh-ocop/ocop/internal/message"
)

func TestKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Nước mắm Ninh Cơ", "NUOC MAM  ninh co"},
		{"Nước mắm Ninh Cơ", " nước mắm ninh cơ "},
		{"Nước mắm nguyên chất – Gia truyền Lạch Giang", "Nuoc mam nguyen chat - gia truyen Lach Giang"},
		{"Gạo nếp bắc Nghĩa Bình", "GẠO NẾP BẮC NGHĨA BÌNH"},
		{"Rượu Linh Chi", "Ruou linh chi"},
		{"Thuỷ", "Thủy"},
	} {
		if importer.Key(tc.a) != importer.Key(tc.b) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want the same", tc.a, importer.Key(tc.a), tc.b, importer.Key(tc.b))
		}
	}
	// Folding drops the marks, so "Gạo tám" and "Gạo tấm" have one key
	// (and one slug): a row matched to a record whose name differs in
	// its marks gets a note, and a new record would be a collision.
	if importer.Key("Gạo tám") != importer.Key("Gạo tấm") {
		t.Error("Gạo tám and Gạo tấm have different keys")
	}
	if importer.Key("Rau cải chíp") == importer.Key("Rau cải ngọt") {
		t.Error("different names have the same key")
	}
}

func TestProducerKey(t *testing.T) {
	for _, tc := range []struct{ in, key, kind string }{
		{"HTX Nghĩa Bình", "nghia binh", "HTX"},
		{"Hợp tác xã Nghĩa Bình", "nghia binh", "HTX"},
		{"hợp tác xã  nghĩa bình", "nghia binh", "HTX"},
		{"Công ty TNHH Toản Xuân", "toan xuan", "doanh nghiệp"},
		{"Công ty trách nhiệm hữu hạn Toản Xuân", "toan xuan", "doanh nghiệp"},
		{"Cty TNHH Toản Xuân", "toan xuan", "doanh nghiệp"},
		{"Công ty CP Chế biến hải sản Nam Định", "che bien hai san nam dinh", "doanh nghiệp"},
		{"Công ty Cổ phần Chế biến hải sản Nam Định", "che bien hai san nam dinh", "doanh nghiệp"},
		{"Doanh nghiệp tư nhân rượu Bằng Khanh", "ruou bang khanh", "doanh nghiệp"},
		{"DNTN rượu Bằng Khanh", "ruou bang khanh", "doanh nghiệp"},
		{"Hộ kinh doanh Hương Cúc", "huong cuc", "hộ kinh doanh"},
		{"HKD Hương Cúc", "huong cuc", "hộ kinh doanh"},
		{"Cơ sở sản xuất Nem nắm Phan Văn Trịnh", "nem nam phan van trinh", ""},
		{"Cơ sở Ngọc Lâm", "ngoc lam", ""},
		{"Tổ hợp tác Rau sạch", "rau sach", "tổ hợp tác"},
		{"Đặng Tiến Lương", "dang tien luong", ""},
		{"HTX", "htx", "HTX"},
	} {
		if got := importer.ProducerKey(tc.in); got != tc.key {
			t.Errorf("ProducerKey(%q) = %q, want %q", tc.in, got, tc.key)
		}
		if got := importer.ProducerKind(tc.in); got != tc.kind {
			t.Errorf("ProducerKind(%q) = %q, want %q", tc.in, got, tc.kind)
		}
	}
}

// site writes a small site into a new folder: the real site config,
// groups and geography, and files.
func site(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, rel := range []string{"content/site.yaml", "content/groups.yaml", "content/geo/2024-05-01.yaml", "content/geo/2025-03-01.yaml", "content/geo/2025-07-01.yaml"} {
		b, err := os.ReadFile(filepath.Join("..", "..", rel))
		if err != nil {
			t.Fatal(err)
		}
		files[rel] = string(b)
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func loadSite(t *testing.T, dir string) *catalog.Catalog {
	t.Helper()
	c, ds := load.Content(os.DirFS(dir))
	if n, _ := ds.Count(); n > 0 {
		t.Fatalf("the site has errors: %v", ds)
	}
	return c
}

func TestMatchGroup(t *testing.T) {
	c := loadSite(t, site(t, map[string]string{}))
	s148, s1048 := c.Groups.System("148"), c.Groups.System("1048")
	for _, tc := range []struct {
		sys  *catalog.System
		in   string
		want string
	}{
		{s148, "Thực phẩm", "thuc-pham"},
		{s148, "THỰC PHẨM", "thuc-pham"},
		{s148, "Nhóm thực phẩm", "thuc-pham"},
		{s148, "thuc-pham", "thuc-pham"},
		{s148, "Thực phẩm chế biến", "thuc-pham"},
		{s148, "Dược liệu", "duoc-lieu"},
		{s148, "Sinh vật cảnh", "sinh-vat-canh"},
		{s1048, "Sinh vật cảnh", ""},
		{s1048, "Thảo dược", "thao-duoc"},
		{s148, "Thảo dược", ""},
		{s148, "Hàng hóa", ""},
		{s148, "Dịch vụ", "du-lich"},
		{s1048, "Dịch vụ", "du-lich-nong-thon"},
	} {
		got, ok := importer.MatchGroup(tc.sys, tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("MatchGroup(%s, %q) = %q, %v; want %q", tc.sys.ID, tc.in, got, ok, tc.want)
		}
	}
}

// small is a site with a few records in the shapes an import meets.
var small = map[string]string{
	"content/producers/htx-nghia-binh.md":         "---\nname: HTX Nghĩa Bình\nkind: HTX\n---\n",
	"content/producers/cong-ty-tnhh-toan-xuan.md": "---\nname: Công ty TNHH Toản Xuân\nkind: doanh nghiệp\n---\n",
	// An old rating, with a score, a level and a comment to keep.
	"content/products/gao-nep-bac-nghia-binh.md": `---
name: Gạo nếp bắc Nghĩa Bình
producer: htx-nghia-binh
criteria: '1048'
group: thuc-pham
stars: 3   # theo quyết định năm 2021
score: 65
level: province
year: 2021
certificate:
  number: 2700/QĐ-UBND
  date: 2021-12-13
  valid_until: 2024-12-13
district: Nghĩa Hưng
sources: ['https://example.vn/a']
---

Văn bản của biên tập viên.
`,
	// Not certified yet, no producer.
	"content/products/gao-sinh-thai-ruong-ruoi.md": `---
name: Gạo sinh thái Ruộng Rươi
status: registered
district: Ý Yên
---

Mô tả.
`,
	// A newer certificate than the decision.
	"content/products/gao-sach-chat-luong-cao-toan-xuan-999.md": `---
name: Gạo sạch chất lượng cao Toản Xuân 999
producer: cong-ty-tnhh-toan-xuan
stars: 4
certificate: {number: 99/QĐ-UBND, date: 2025-01-10}
---
`,
	// Already up to date.
	"content/products/gao-huyet-rong-nghia-binh.md": `---
name: Gạo huyết rồng Nghĩa Bình
producer: htx-nghia-binh
stars: 3
certificate:
  number: 1234/QĐ-UBND
  date: 2024-12-20
---
`,
	// Its name's slug is taken by a product of another name.
	"content/products/nam-bao-ngu.md": "---\nname: Nấm bào ngư khô\nslug: nam-bao-ngu\n---\n",
}

var smallRows = []annex.Row{
	{Line: 9, Name: "GẠO NẾP BẮC NGHĨA BÌNH", Producer: "Hợp tác xã Nghĩa Bình", Stars: 4, Group: "Thực phẩm", District: "Huyện Nghĩa Hưng"},
	{Line: 10, Name: "Gao huyet rong Nghia Binh", Producer: "HTX Nghĩa Bình", Stars: 3},
	{Line: 11, Name: "Gạo sinh thái Ruộng Rươi", Producer: "Cty TNHH Toản Xuân", Stars: 4, District: "Huyện Hải Hậu"},
	{Line: 12, Name: "Gạo sạch chất lượng cao Toản Xuân 999", Producer: "Công ty TNHH Toản Xuân", Stars: 5},
	{Line: 13, Name: "Nước mắm Ninh Cơ", Producer: "Công ty CP Chế biến hải sản Nam Định", Address: "thị trấn Thịnh Long, huyện Hải Hậu", Stars: 4, Group: "Thực phẩm", District: "Huyện Hải Hậu"},
	{Line: 14, Name: "Cây trà my cổ bonsai Nam Toàn", Producer: "Hộ kinh doanh Lê Trung Thành", Address: "xã Nam Điền", Stars: 3, Group: "Sinh vật cảnh", District: "Nam Trực"},
	{Line: 15, Name: "Rượu X", Producer: "HTX Y", Stars: 3, Group: "Hàng hóa", District: "Huyện Không Có"},
	{Line: 16, Name: "Nấm bào ngư", Producer: "HTX dịch vụ Linh Phát", Stars: 3},
	{Line: 17, Name: "Nước mắm  ninh cơ", Producer: "Công ty CP Chế biến hải sản Nam Định", Stars: 4},
	{Line: 18, Name: "Mật ong sú vẹt Xuân Thủy", Stars: 3, District: "Giao Thủy"},
}

func TestPlanAndApply(t *testing.T) {
	dir := site(t, small)
	c := loadSite(t, dir)
	rows := append([]annex.Row(nil), smallRows...)
	for i := range rows {
		rows[i].Sheet = "PL"
	}
	date, _ := catalog.ParseDate("2024-12-20")
	p := importer.Make(c, rows, importer.Options{Decision: "1234/QĐ-UBND", Date: date, SourceURL: "https://example.vn/qd-1234"})
	var got []string
	for _, ch := range p.Changes {
		got = append(got, ch.Text(message.EN))
	}
	for _, n := range p.Notes {
		got = append(got, "! "+n.Text(message.EN))
	}
	got = append(got, p.Summary(message.EN))
	want := []string{
		"~ content/products/gao-nep-bac-nghia-binh.md (row 9: GẠO NẾP BẮC NGHĨA BÌNH, Hợp tác xã Nghĩa Bình, 4 stars): stars: 3 → 4; score: 65 → (removed); level: province → (removed); certificate.number: 2700/QĐ-UBND → 1234/QĐ-UBND; certificate.date: 2021-12-13 → 2024-12-20; certificate.valid_until: 2024-12-13 → (removed); year: 2021 → (removed); sources: add https://example.vn/qd-1234",
		"~ content/products/gao-sinh-thai-ruong-ruoi.md (row 11: Gạo sinh thái Ruộng Rươi, Cty TNHH Toản Xuân, 4 stars): producer: (empty) → cong-ty-tnhh-toan-xuan; stars: (empty) → 4; certificate.number: (empty) → 1234/QĐ-UBND; certificate.date: (empty) → 2024-12-20; status: registered → (removed); sources: add https://example.vn/qd-1234",
		"+ content/producers/cong-ty-cp-che-bien-hai-san-nam-dinh.md (new producer: Công ty CP Chế biến hải sản Nam Định, kind: doanh nghiệp, district: Hải Hậu, commune: Thịnh Long)",
		"+ content/products/nuoc-mam-ninh-co.md (new product: Nước mắm Ninh Cơ, producer: cong-ty-cp-che-bien-hai-san-nam-dinh, group: thuc-pham, 4 stars, district: Hải Hậu, commune: Thịnh Long)",
		"+ content/producers/ho-kinh-doanh-le-trung-thanh.md (new producer: Hộ kinh doanh Lê Trung Thành, kind: hộ kinh doanh, district: Nam Trực, commune: Nam Điền)",
		"+ content/products/cay-tra-my-co-bonsai-nam-toan.md (new product: Cây trà my cổ bonsai Nam Toàn, producer: ho-kinh-doanh-le-trung-thanh, group: sinh-vat-canh, 3 stars, district: Nam Trực, commune: Nam Điền)",
		"+ content/producers/htx-y.md (new producer: HTX Y, kind: HTX)",
		"+ content/products/ruou-x.md (new product: Rượu X, producer: htx-y, 3 stars)",
		"+ content/products/mat-ong-su-vet-xuan-thuy.md (new product: Mật ong sú vẹt Xuân Thủy, 3 stars, district: Giao Thủy)",
		`! sheet "PL", row 9: content/products/gao-nep-bac-nghia-binh.md: its decision 2700/QĐ-UBND is replaced by this one; that is right when the product was recognised again, else leave this row out`,
		`! sheet "PL", row 10: "Gao huyet rong Nghia Binh" is taken to be "Gạo huyết rồng Nghĩa Bình" of content/products/gao-huyet-rong-nghia-binh.md, whose name differs only in tone marks; check that it is the same product`,
		`! sheet "PL", row 11: content/products/gao-sinh-thai-ruong-ruoi.md gives district "Ý Yên", the annex "Huyện Hải Hậu"; district: is kept`,
		`! sheet "PL", row 12: content/products/gao-sach-chat-luong-cao-toan-xuan-999.md has a newer certificate (99/QĐ-UBND of 2025-01-10); its stars and certificate are kept`,
		`! sheet "PL", row 15: group "Hàng hóa" is not one group of Decision 148/QĐ-TTg ("Thực phẩm", "Đồ uống", "Dược liệu và sản phẩm từ dược liệu", "Hàng thủ công mỹ nghệ", "Sinh vật cảnh" or "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"); group: is left out: set it by hand`,
		`! sheet "PL", row 15: district "Huyện Không Có" is not a district of content/geo/; district: is left out`,
		`! sheet "PL", row 16: a new product "Nấm bào ngư" would have the ID "nam-bao-ngu", already used by content/products/nam-bao-ngu.md; the row is left out: add it by hand with a different file name and slug:`,
		`! sheet "PL", row 17: "Nước mắm  ninh cơ" is the same product as row 13; the row is left out`,
		`! sheet "PL", row 18: the annex names no producer for "Mật ong sú vẹt Xuân Thủy"; producer: is left out`,
		"10 rows read: matched products 4 (2 to update, 2 unchanged), matched producers 4; new products 4, new producers 3",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("plan:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}
	if err := p.Apply(dir); err != nil {
		t.Fatal(message.Text(message.EN, err))
	}
	r, err := build.Check(build.Options{Source: os.DirFS(dir)})
	if err != nil {
		for _, d := range r.Diagnostics {
			if d.Severity == catalog.Error {
				t.Error(d.Line(message.EN))
			}
		}
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"content/products/gao-nep-bac-nghia-binh.md": `---
name: Gạo nếp bắc Nghĩa Bình
producer: htx-nghia-binh
criteria: '1048'
group: thuc-pham
stars: 4 # theo quyết định năm 2021
certificate:
  number: 1234/QĐ-UBND
  date: 2024-12-20
district: Nghĩa Hưng
sources: ['https://example.vn/a', https://example.vn/qd-1234]
---

Văn bản của biên tập viên.
`,
		"content/products/gao-sinh-thai-ruong-ruoi.md": `---
name: Gạo sinh thái Ruộng Rươi
producer: cong-ty-tnhh-toan-xuan
stars: 4
certificate:
  number: 1234/QĐ-UBND
  date: 2024-12-20
district: Ý Yên
sources: [https://example.vn/qd-1234]
---

Mô tả.
`,
		"content/products/cay-tra-my-co-bonsai-nam-toan.md": `---
name: Cây trà my cổ bonsai Nam Toàn
producer: ho-kinh-doanh-le-trung-thanh
criteria: "148"
group: sinh-vat-canh
stars: 3
certificate:
  number: 1234/QĐ-UBND
  date: 2024-12-20
district: Nam Trực
commune: Nam Điền
sources: [https://example.vn/qd-1234]
---
`,
		"content/producers/ho-kinh-doanh-le-trung-thanh.md": `---
name: Hộ kinh doanh Lê Trung Thành
kind: hộ kinh doanh
address: xã Nam Điền
district: Nam Trực
commune: Nam Điền
sources: [https://example.vn/qd-1234]
---
`,
	} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != want {
			t.Errorf("%s:\n got %s\nwant %s", name, b, want)
		}
	}
	// A second run finds nothing to write and does not overwrite.
	if err := p.Apply(dir); err == nil || !strings.Contains(message.Text(message.EN, err), "the file already exists") {
		t.Errorf("second Apply: %v", err)
	}
}

func TestEditFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		edits []importer.Edit
		want  string
	}{{
		name:  "inline certificate made a block",
		in:    "---\nname: A\nstars: 3\ncertificate: {number: 1/QĐ-UBND, date: 2020-01-02}\ntags: [a]\n---\nbody\n",
		edits: []importer.Edit{{Key: "certificate.number", New: "2/QĐ-UBND"}, {Key: "certificate.date", New: "2024-05-06"}},
		want:  "---\nname: A\nstars: 3\ncertificate:\n  number: 2/QĐ-UBND\n  date: 2024-05-06\ntags: [a]\n---\nbody\n",
	}, {
		name:  "comments and CRLF kept",
		in:    "---\r\n# hồ sơ\r\nname: A # tên\r\nstars: 3\r\n---\r\nbody\r\n",
		edits: []importer.Edit{{Key: "stars", Old: "3", New: "4"}, {Key: "certificate.number", New: "2/QĐ-UBND"}},
		want:  "---\r\n# hồ sơ\r\nname: A # tên\r\nstars: 4\r\ncertificate:\r\n  number: 2/QĐ-UBND\r\n---\r\nbody\r\n",
	}, {
		name:  "a new key in the model's order, a removed one with its block",
		in:    "---\nname: A\nstatus: registered\ndistrict: Hải Hậu\ndescription_en: >\n  two\n  lines\nfeatured: true\n---\n",
		edits: []importer.Edit{{Key: "status"}, {Key: "stars", New: "3"}, {Key: "description_en"}},
		want:  "---\nname: A\nstars: 3\ndistrict: Hải Hậu\nfeatured: true\n---\n",
	}, {
		name:  "a block list of sources",
		in:    "---\nname: A\nsources:\n  - https://a.vn/\n---\n",
		edits: []importer.Edit{{Key: "sources", New: "https://b.vn/", Add: true}},
		want:  "---\nname: A\nsources:\n  - https://a.vn/\n  - https://b.vn/\n---\n",
	}, {
		name:  "a value that needs quotes",
		in:    "---\nname: A\n---\n",
		edits: []importer.Edit{{Key: "producer", New: "a: b"}, {Key: "criteria", New: "148"}},
		want:  "---\nname: A\nproducer: 'a: b'\ncriteria: \"148\"\n---\n",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := importer.EditFrontMatter([]byte(tc.in), catalog.KindProduct, tc.edits)
			if err != nil {
				t.Fatal(message.Text(message.EN, err))
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

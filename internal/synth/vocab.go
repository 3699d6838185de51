package synth

// Word lists of our own from which synthetic records are built. Every list
// is in rank order: where a list is drawn from with Zipf-like weights
// (see zipf), the first entry is the most frequent.

// qual is a qualifier of a product name with its English form.
type qual struct{ vi, en string }

// ptype is a kind of product: its name, the group it belongs to under each
// criteria system, and what its records look like.
type ptype struct {
	name string // the start of a product name, "Gạo tám"
	en   string // English, "fragrant rice"
	// g1048 and g148 are group IDs of content/groups.yaml, systems "1048"
	// and "148".
	g1048, g148 string
	// trade names the line of business in a producer's name ("HTX nước
	// mắm Hải Đông").
	trade string
	// banks are the text banks (see banks in text.go) its description
	// draws from, besides the general ones.
	banks []string
	tags  []string
	quals []qual
	packs []string
	// lo and hi bound the retail price, in thousands of đồng.
	lo, hi int
	// weight is the relative frequency of the type among products.
	weight float64
	// near are districts (bare names) where the type is three times as
	// frequent: fish sauce on the coast, bonsai in Nam Trực.
	near []string
}

var coast = []string{"Hải Hậu", "Giao Thủy", "Nghĩa Hưng"}

// Group IDs of content/groups.yaml used below.
const (
	food     = "thuc-pham"
	drink    = "do-uong"
	herb1048 = "thao-duoc"
	herb148  = "duoc-lieu"
	cloth    = "vai-may-mac"
	deco     = "luu-niem-noi-that-trang-tri"
	craft    = "thu-cong-my-nghe"
	plant    = "sinh-vat-canh"
	tour1048 = "du-lich-nong-thon"
	tour148  = "du-lich"
)

// ptypes are the kinds of product. Each one's groups match what it is.
var ptypes = []ptype{
	{name: "Gạo tám", en: "fragrant rice", g1048: food, g148: food, trade: "nông nghiệp", banks: []string{"gao", "thucpham"},
		tags: []string{"gạo", "gạo tám"}, quals: []qual{{"thơm", "fragrant"}, {"xoan", "xoan"}, {"đặc sản", "speciality"}, {"hữu cơ", "organic"}},
		packs: []string{"túi 5 kg", "túi 2 kg", "túi 10 kg"}, lo: 60, hi: 300, weight: 10, near: []string{"Hải Hậu", "Giao Thủy"}},
	{name: "Gạo nếp", en: "glutinous rice", g1048: food, g148: food, trade: "nông nghiệp", banks: []string{"gao", "thucpham"},
		tags: []string{"gạo", "nếp"}, quals: []qual{{"cái hoa vàng", "yellow-flower"}, {"bắc", "northern"}, {"thơm", "fragrant"}, {"cẩm", "purple"}},
		packs: []string{"túi 2 kg", "túi 5 kg"}, lo: 50, hi: 220, weight: 6, near: []string{"Nghĩa Hưng", "Hải Hậu"}},
	{name: "Gạo sạch", en: "clean rice", g1048: food, g148: food, trade: "dịch vụ nông nghiệp", banks: []string{"gao", "thucpham"},
		tags: []string{"gạo"}, quals: []qual{{"chất lượng cao", "high-quality"}, {"ST25", "ST25"}, {"sinh thái", "eco"}, {"hữu cơ", "organic"}},
		packs: []string{"túi 5 kg", "túi 10 kg", "túi 2 kg"}, lo: 50, hi: 280, weight: 5},
	{name: "Nước mắm", en: "fish sauce", g1048: food, g148: food, trade: "nước mắm", banks: []string{"mam", "thucpham"},
		tags: []string{"nước mắm"}, quals: []qual{{"nguyên chất", "pure"}, {"cốt", "first-press"}, {"gia truyền", "family-recipe"}, {"cá cơm", "anchovy"}},
		packs: []string{"chai 500 ml", "chai 1 lít", "can 2 lít"}, lo: 40, hi: 260, weight: 7, near: coast},
	{name: "Mắm tôm", en: "shrimp paste", g1048: food, g148: food, trade: "chế biến hải sản", banks: []string{"mam", "thucpham"},
		tags: []string{"mắm tôm"}, quals: []qual{{"truyền thống", "traditional"}, {"đặc biệt", "special"}},
		packs: []string{"hũ 500 g", "hũ 300 g"}, lo: 30, hi: 120, weight: 4, near: coast},
	{name: "Mắm cáy", en: "fiddler crab paste", g1048: food, g148: food, trade: "chế biến hải sản", banks: []string{"mam", "thucpham"},
		tags: []string{"mắm cáy"}, quals: []qual{{"đặc", "thick"}, {"gia truyền", "family-recipe"}},
		packs: []string{"hũ 500 ml", "hũ 1 lít"}, lo: 40, hi: 150, weight: 2, near: coast},
	{name: "Chả cá", en: "fish cake", g1048: food, g148: food, trade: "chế biến hải sản", banks: []string{"haisan", "thucpham"},
		tags: []string{"chả cá", "hải sản"}, quals: []qual{{"thu", "mackerel"}, {"đặc biệt", "special"}, {"gia truyền", "family-recipe"}},
		packs: []string{"gói 500 g", "hộp 1 kg"}, lo: 80, hi: 300, weight: 3, near: coast},
	{name: "Cá khô", en: "dried fish", g1048: food, g148: food, trade: "chế biến hải sản", banks: []string{"haisan", "thucpham"},
		tags: []string{"cá khô", "hải sản"}, quals: []qual{{"một nắng", "sun-dried"}, {"tẩm gia vị", "seasoned"}},
		packs: []string{"gói 500 g", "gói 250 g"}, lo: 100, hi: 450, weight: 2, near: coast},
	{name: "Tôm khô", en: "dried shrimp", g1048: food, g148: food, trade: "chế biến hải sản", banks: []string{"haisan", "thucpham"},
		tags: []string{"tôm khô", "hải sản"}, quals: []qual{{"loại 1", "grade 1"}, {"nõn", "shelled"}},
		packs: []string{"gói 250 g", "gói 500 g"}, lo: 200, hi: 900, weight: 2, near: coast},
	{name: "Ngao thịt", en: "clam meat", g1048: food, g148: food, trade: "nuôi trồng thủy sản", banks: []string{"haisan", "thucpham"},
		tags: []string{"ngao", "hải sản"}, quals: []qual{{"đông lạnh", "frozen"}, {"hấp", "steamed"}},
		packs: []string{"hộp 500 g", "túi 1 kg"}, lo: 60, hi: 200, weight: 2, near: []string{"Giao Thủy", "Nghĩa Hưng"}},
	{name: "Bánh gai", en: "gai leaf cake", g1048: food, g148: food, trade: "bánh truyền thống", banks: []string{"banh", "thucpham"},
		tags: []string{"bánh gai", "bánh"}, quals: []qual{{"nhân đậu xanh", "mung bean"}, {"truyền thống", "traditional"}, {"gia truyền", "family-recipe"}},
		packs: []string{"túi 10 chiếc", "hộp 6 chiếc"}, lo: 40, hi: 150, weight: 4, near: []string{"Vụ Bản", "Thành phố Nam Định"}},
	{name: "Bánh nhãn", en: "longan cake", g1048: food, g148: food, trade: "bánh kẹo", banks: []string{"banh", "thucpham"},
		tags: []string{"bánh nhãn", "bánh"}, quals: []qual{{"truyền thống", "traditional"}, {"đặc biệt", "special"}},
		packs: []string{"hộp 500 g", "gói 300 g"}, lo: 50, hi: 150, weight: 2, near: []string{"Hải Hậu"}},
	{name: "Kẹo sìu châu", en: "sìu châu candy", g1048: food, g148: food, trade: "bánh kẹo", banks: []string{"banh", "thucpham"},
		tags: []string{"kẹo"}, quals: []qual{{"truyền thống", "traditional"}, {"lạc vừng", "peanut-sesame"}},
		packs: []string{"hộp 300 g", "hộp 500 g"}, lo: 40, hi: 120, weight: 2, near: []string{"Thành phố Nam Định"}},
	{name: "Kẹo lạc", en: "peanut candy", g1048: food, g148: food, trade: "bánh kẹo", banks: []string{"banh", "thucpham"},
		tags: []string{"kẹo", "lạc"}, quals: []qual{{"vừng", "sesame"}, {"mật mía", "molasses"}},
		packs: []string{"gói 250 g", "hộp 500 g"}, lo: 25, hi: 80, weight: 2},
	{name: "Bánh đa", en: "rice cracker", g1048: food, g148: food, trade: "chế biến nông sản", banks: []string{"banh", "thucpham"},
		tags: []string{"bánh đa", "bánh"}, quals: []qual{{"vừng", "sesame"}, {"gạo lứt", "brown rice"}},
		packs: []string{"gói 10 chiếc", "gói 20 chiếc"}, lo: 20, hi: 60, weight: 1},
	{name: "Nem nắm", en: "fermented pork roll", g1048: food, g148: food, trade: "chế biến thực phẩm", banks: []string{"thit", "thucpham"},
		tags: []string{"nem"}, quals: []qual{{"truyền thống", "traditional"}, {"đặc biệt", "special"}},
		packs: []string{"gói 10 chiếc", "hộp 20 chiếc"}, lo: 50, hi: 200, weight: 3, near: []string{"Giao Thủy"}},
	{name: "Giò lụa", en: "pork roll", g1048: food, g148: food, trade: "chế biến thực phẩm", banks: []string{"thit", "thucpham"},
		tags: []string{"giò"}, quals: []qual{{"thủ công", "handmade"}, {"gia truyền", "family-recipe"}},
		packs: []string{"cây 500 g", "cây 1 kg"}, lo: 90, hi: 250, weight: 2},
	{name: "Phở khô", en: "dried phở noodles", g1048: food, g148: food, trade: "chế biến nông sản", banks: []string{"bun", "thucpham"},
		tags: []string{"phở"}, quals: []qual{{"gạo tẻ", "rice"}, {"truyền thống", "traditional"}},
		packs: []string{"gói 500 g", "gói 1 kg"}, lo: 25, hi: 70, weight: 2, near: []string{"Thành phố Nam Định", "Mỹ Lộc"}},
	{name: "Bún khô", en: "dried rice vermicelli", g1048: food, g148: food, trade: "chế biến nông sản", banks: []string{"bun", "thucpham"},
		tags: []string{"bún"}, quals: []qual{{"gạo lứt", "brown rice"}, {"sạch", "clean"}},
		packs: []string{"gói 500 g", "gói 300 g"}, lo: 20, hi: 60, weight: 2},
	{name: "Muối sạch", en: "clean sea salt", g1048: food, g148: food, trade: "sản xuất muối", banks: []string{"muoi", "thucpham"},
		tags: []string{"muối"}, quals: []qual{{"biển", "sea"}, {"tinh", "refined"}, {"i-ốt", "iodised"}},
		packs: []string{"túi 1 kg", "hũ 500 g"}, lo: 20, hi: 60, weight: 3, near: coast},
	{name: "Nấm bào ngư", en: "oyster mushroom", g1048: food, g148: food, trade: "trồng nấm", banks: []string{"rau", "thucpham"},
		tags: []string{"nấm"}, quals: []qual{{"tươi", "fresh"}, {"sấy khô", "dried"}},
		packs: []string{"hộp 300 g", "túi 500 g"}, lo: 30, hi: 120, weight: 2},
	{name: "Rau cải", en: "leafy greens", g1048: food, g148: food, trade: "rau an toàn", banks: []string{"rau", "thucpham"},
		tags: []string{"rau"}, quals: []qual{{"hữu cơ", "organic"}, {"an toàn", "safe"}},
		packs: []string{"túi 500 g", "bó 1 kg"}, lo: 20, hi: 50, weight: 2},
	{name: "Mật ong", en: "honey", g1048: food, g148: food, trade: "nuôi ong", banks: []string{"matong", "thucpham"},
		tags: []string{"mật ong"}, quals: []qual{{"sú vẹt", "mangrove"}, {"hoa nhãn", "longan-flower"}, {"nguyên chất", "pure"}},
		packs: []string{"chai 500 ml", "chai 1 lít"}, lo: 120, hi: 500, weight: 3, near: []string{"Giao Thủy"}},
	{name: "Cá chạch kho", en: "braised loach", g1048: food, g148: food, trade: "chế biến thực phẩm", banks: []string{"thit", "thucpham"},
		tags: []string{"cá"}, quals: []qual{{"tương", "soy-braised"}, {"riềng", "galangal"}},
		packs: []string{"hộp 500 g", "hộp 300 g"}, lo: 80, hi: 250, weight: 1},
	{name: "Tương nếp", en: "soybean sauce", g1048: food, g148: food, trade: "chế biến nông sản", banks: []string{"mam", "thucpham"},
		tags: []string{"tương"}, quals: []qual{{"truyền thống", "traditional"}, {"đặc", "thick"}},
		packs: []string{"chai 500 ml", "chai 1 lít"}, lo: 30, hi: 90, weight: 1},
	{name: "Dầu lạc", en: "peanut oil", g1048: food, g148: food, trade: "chế biến nông sản", banks: []string{"thucpham"},
		tags: []string{"dầu ăn", "lạc"}, quals: []qual{{"ép thủ công", "cold-pressed"}, {"nguyên chất", "pure"}},
		packs: []string{"chai 1 lít", "chai 500 ml"}, lo: 80, hi: 200, weight: 1},

	{name: "Rượu nếp", en: "glutinous rice wine", g1048: drink, g148: drink, trade: "nấu rượu", banks: []string{"ruou"},
		tags: []string{"rượu"}, quals: []qual{{"cái hoa vàng", "yellow-flower"}, {"cổ truyền", "traditional"}, {"men bắc", "northern-yeast"}, {"cẩm", "purple"}},
		packs: []string{"chai 500 ml", "can 2 lít", "bình 5 lít"}, lo: 60, hi: 400, weight: 4},
	{name: "Rượu đòng đòng", en: "young rice wine", g1048: drink, g148: drink, trade: "nấu rượu", banks: []string{"ruou"},
		tags: []string{"rượu"}, quals: []qual{{"lúa non", "green rice"}, {"đặc biệt", "special"}},
		packs: []string{"chai 500 ml", "chai 750 ml"}, lo: 80, hi: 350, weight: 1},
	{name: "Rượu ngô", en: "corn wine", g1048: drink, g148: drink, trade: "nấu rượu", banks: []string{"ruou"},
		tags: []string{"rượu"}, quals: []qual{{"men lá", "leaf-yeast"}, {"truyền thống", "traditional"}},
		packs: []string{"chai 500 ml", "can 2 lít"}, lo: 50, hi: 250, weight: 1},
	{name: "Trà hoa hòe", en: "pagoda flower tea", g1048: drink, g148: drink, trade: "chế biến nông sản", banks: []string{"tra"},
		tags: []string{"trà"}, quals: []qual{{"sao vàng", "roasted"}, {"túi lọc", "tea-bag"}},
		packs: []string{"hộp 200 g", "hộp 25 túi lọc"}, lo: 60, hi: 200, weight: 1},

	{name: "Trà dây thìa canh", en: "gymnema tea", g1048: herb1048, g148: herb148, trade: "dược liệu", banks: []string{"tra", "duoclieu"},
		tags: []string{"trà", "dược liệu"}, quals: []qual{{"túi lọc", "tea-bag"}, {"hữu cơ", "organic"}},
		packs: []string{"hộp 20 túi lọc", "túi 500 g"}, lo: 80, hi: 300, weight: 3, near: []string{"Hải Hậu"}},
	{name: "Cao dây thìa canh", en: "gymnema extract", g1048: herb1048, g148: herb148, trade: "dược liệu", banks: []string{"duoclieu"},
		tags: []string{"dược liệu"}, quals: []qual{{"đặc", "concentrated"}, {"nguyên chất", "pure"}},
		packs: []string{"lọ 100 g", "lọ 200 g"}, lo: 200, hi: 800, weight: 1, near: []string{"Hải Hậu"}},
	{name: "Trà cà gai leo", en: "cà gai leo herbal tea", g1048: herb1048, g148: herb148, trade: "dược liệu", banks: []string{"tra", "duoclieu"},
		tags: []string{"trà", "dược liệu"}, quals: []qual{{"túi lọc", "tea-bag"}, {"sấy lạnh", "freeze-dried"}},
		packs: []string{"hộp 30 túi lọc", "túi 500 g"}, lo: 70, hi: 250, weight: 1},
	{name: "Tinh bột nghệ", en: "turmeric starch", g1048: herb1048, g148: herb148, trade: "dược liệu", banks: []string{"duoclieu"},
		tags: []string{"nghệ", "dược liệu"}, quals: []qual{{"vàng", "yellow"}, {"đỏ", "red"}},
		packs: []string{"hũ 500 g", "hũ 250 g"}, lo: 150, hi: 450, weight: 1},
	{name: "Tinh dầu sả", en: "lemongrass oil", g1048: herb1048, g148: herb148, trade: "dược liệu", banks: []string{"duoclieu"},
		tags: []string{"tinh dầu"}, quals: []qual{{"chanh", "lemon"}, {"nguyên chất", "pure"}},
		packs: []string{"chai 100 ml", "chai 50 ml"}, lo: 60, hi: 200, weight: 1},

	{name: "Lụa tơ tằm", en: "silk", g1048: cloth, g148: craft, trade: "dệt lụa", banks: []string{"det", "thucong"},
		tags: []string{"lụa", "tơ tằm"}, quals: []qual{{"thủ công", "handwoven"}, {"truyền thống", "traditional"}},
		packs: []string{"tấm 2 m", "cuộn 10 m"}, lo: 250, hi: 1500, weight: 2, near: []string{"Trực Ninh"}},
	{name: "Khăn lụa tơ tằm", en: "silk scarf", g1048: cloth, g148: craft, trade: "dệt lụa", banks: []string{"det", "thucong"},
		tags: []string{"lụa", "khăn"}, quals: []qual{{"in hoa", "printed"}, {"thủ công", "handwoven"}},
		packs: []string{"chiếc 180 cm", "hộp 1 chiếc"}, lo: 150, hi: 600, weight: 1, near: []string{"Trực Ninh"}},
	{name: "Giỏ mây tre đan", en: "rattan and bamboo basket", g1048: deco, g148: craft, trade: "mây tre đan", banks: []string{"maytre", "thucong"},
		tags: []string{"mây tre đan"}, quals: []qual{{"đựng hoa quả", "fruit"}, {"xuất khẩu", "export"}, {"thủ công", "handmade"}},
		packs: []string{"bộ 3 chiếc", "chiếc"}, lo: 60, hi: 400, weight: 3, near: []string{"Ý Yên", "Vụ Bản"}},
	{name: "Chiếu cói", en: "sedge mat", g1048: deco, g148: craft, trade: "chiếu cói", banks: []string{"maytre", "thucong"},
		tags: []string{"cói", "chiếu"}, quals: []qual{{"in hoa", "printed"}, {"viền vải", "cloth-edged"}},
		packs: []string{"chiếc 1,6 m x 2 m", "chiếc 1,8 m x 2 m"}, lo: 150, hi: 500, weight: 2, near: []string{"Nghĩa Hưng"}},
	{name: "Túi cói", en: "sedge bag", g1048: deco, g148: craft, trade: "chiếu cói", banks: []string{"maytre", "thucong"},
		tags: []string{"cói", "túi"}, quals: []qual{{"thời trang", "fashion"}, {"thêu tay", "embroidered"}},
		packs: []string{"chiếc"}, lo: 40, hi: 250, weight: 1, near: []string{"Nghĩa Hưng"}},
	{name: "Đồ gỗ mỹ nghệ", en: "carved woodwork", g1048: deco, g148: craft, trade: "đồ gỗ mỹ nghệ", banks: []string{"go", "thucong"},
		tags: []string{"đồ gỗ"}, quals: []qual{{"chạm khắc", "carved"}, {"sơn son thếp vàng", "gilded"}},
		packs: []string{"chiếc", "bộ"}, lo: 500, hi: 1500, weight: 2, near: []string{"Ý Yên"}},
	{name: "Đồ đồng", en: "bronzeware", g1048: deco, g148: craft, trade: "đúc đồng", banks: []string{"go", "thucong"},
		tags: []string{"đồng"}, quals: []qual{{"thờ cúng", "altar"}, {"mỹ nghệ", "decorative"}},
		packs: []string{"chiếc", "bộ"}, lo: 300, hi: 1500, weight: 1, near: []string{"Ý Yên"}},
	{name: "Dao kéo", en: "forged knives", g1048: deco, g148: craft, trade: "cơ khí rèn", banks: []string{"go", "thucong"},
		tags: []string{"dao kéo"}, quals: []qual{{"rèn tay", "hand-forged"}, {"thép tốt", "fine-steel"}},
		packs: []string{"bộ 3 chiếc", "chiếc"}, lo: 150, hi: 600, weight: 1, near: []string{"Nam Trực"}},
	{name: "Nón lá", en: "conical hat", g1048: deco, g148: craft, trade: "làm nón", banks: []string{"maytre", "thucong"},
		tags: []string{"nón"}, quals: []qual{{"bài thơ", "poem"}, {"quai thao", "fringed"}},
		packs: []string{"chiếc"}, lo: 50, hi: 200, weight: 1},
	{name: "Tranh thêu", en: "embroidered picture", g1048: deco, g148: craft, trade: "thêu ren", banks: []string{"det", "thucong"},
		tags: []string{"tranh", "thêu"}, quals: []qual{{"phong cảnh", "landscape"}, {"chữ thư pháp", "calligraphy"}},
		packs: []string{"bức 40 x 60 cm", "bức 60 x 90 cm"}, lo: 300, hi: 1500, weight: 1, near: []string{"Vụ Bản"}},

	{name: "Cây cảnh bonsai", en: "bonsai", g1048: deco, g148: plant, trade: "hoa cây cảnh", banks: []string{"caycanh"},
		tags: []string{"cây cảnh", "bonsai"}, quals: []qual{{"mini", "mini"}, {"dáng trực", "upright"}, {"cổ thụ", "old-tree"}},
		packs: []string{"chậu", "chậu sứ"}, lo: 300, hi: 1500, weight: 2, near: []string{"Nam Trực"}},
	{name: "Hoa lan", en: "orchid", g1048: deco, g148: plant, trade: "hoa cây cảnh", banks: []string{"caycanh"},
		tags: []string{"hoa", "lan"}, quals: []qual{{"hồ điệp", "moth"}, {"đai châu", "fox-tail"}},
		packs: []string{"chậu", "chậu 3 cành"}, lo: 150, hi: 1000, weight: 1, near: []string{"Nam Trực"}},
	{name: "Cây quất cảnh", en: "kumquat tree", g1048: deco, g148: plant, trade: "hoa cây cảnh", banks: []string{"caycanh"},
		tags: []string{"cây cảnh", "quất"}, quals: []qual{{"dáng lộc", "lucky-shape"}, {"chậu", "potted"}},
		packs: []string{"chậu", "cây"}, lo: 300, hi: 1500, weight: 1, near: []string{"Nam Trực"}},

	{name: "Du lịch trải nghiệm", en: "experience tourism", g1048: tour1048, g148: tour148, trade: "du lịch", banks: []string{"dulich"},
		tags: []string{"du lịch"}, quals: []qual{{"đồng quê", "countryside"}, {"làng nghề", "craft-village"}},
		packs: []string{"vé 1 người", "gói 1 ngày"}, lo: 50, hi: 300, weight: 1},
	{name: "Du lịch cộng đồng", en: "community tourism", g1048: tour1048, g148: tour148, trade: "du lịch", banks: []string{"dulich"},
		tags: []string{"du lịch"}, quals: []qual{{"sinh thái", "eco"}, {"biển", "seaside"}},
		packs: []string{"vé 1 người", "gói 2 ngày 1 đêm"}, lo: 100, hi: 800, weight: 1, near: coast},
}

// brands are trade names for products and companies.
var brands = []string{
	"Thành Đạt", "Hưng Thịnh", "Phú Quý", "An Phát", "Tâm An", "Minh Châu", "Bảo Ngọc", "Hồng Phúc",
	"Thiên Lộc", "Đại Việt", "Hoàng Long", "Kim Ngân", "Phúc Lộc", "Sao Mai", "Quê Hương", "Đồng Quê",
	"Việt Hương", "Thanh Bình", "Tân Tiến", "Hòa Bình", "Gia Bảo", "Ngọc Lan", "Trường Giang", "Hải Nam",
	"Bình Minh", "Phương Nam", "Thái Sơn", "Vạn Xuân", "Hồng Hà", "Lộc Phát", "Toàn Thắng", "Hương Quê",
	"Sông Hồng", "Biển Xanh", "Nam Phong", "Đông Á", "Cát Tường", "Phát Đạt", "Tiến Thành", "Mỹ Hạnh",
	"Như Ý", "Xuân Mai", "Thủy Tiên", "Trung Kiên", "Anh Đào", "Quang Minh", "Hạnh Phúc", "Thịnh Vượng",
}

// Personal names, for household businesses and their owners.
var (
	families = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Hoàng", "Đỗ", "Bùi", "Đặng", "Ngô",
		"Đinh", "Phan", "Trịnh", "Mai", "Lương", "Đoàn", "Tạ", "Cao", "Lưu", "Hà"}
	middleM = []string{"Văn", "Đức", "Hữu", "Quang", "Minh", "Xuân", "Công", "Thế"}
	middleF = []string{"Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Kim", "Bích"}
	givenM  = []string{"Toàn", "Hùng", "Dũng", "Cường", "Thắng", "Thành", "Hải", "Long", "Nam", "Phúc",
		"Khánh", "Tuấn", "Trung", "Bình", "Sơn", "Tiến", "Quyết", "Lâm", "Hiếu", "Đạt"}
	givenF = []string{"Lan", "Hương", "Cúc", "Mai", "Hoa", "Hạnh", "Nga", "Phương", "Liên", "Thủy",
		"Yến", "Hằng", "Thảo", "Dung", "Huyền", "Loan", "Nhung", "Vân"}
)

// districtWeight is how many products and producers a district has,
// relative to the others, after the real catalog: most on the coast.
var districtWeight = map[string]float64{
	"hai-hau": 22, "giao-thuy": 16, "nghia-hung": 14, "truc-ninh": 10, "xuan-truong": 8,
	"nam-truc": 8, "y-yen": 8, "vu-ban": 6, "thanh-pho-nam-dinh": 5, "my-loc": 3,
}

// showroomIDs are the eight showrooms of Decision 293/QĐ-UBND (2019); each
// ID is the slug of its district.
var showroomIDs = []string{"giao-thuy", "hai-hau", "nghia-hung", "y-yen", "xuan-truong", "truc-ninh", "nam-truc", "vu-ban"}

// siteKindNames are the name patterns of tourism sites, per kind (an entry
// of catalog.SiteKinds). {noi} is the commune, {brand} a brand, {nghe} a
// craft, {thon} a village.
var siteKindNames = map[string][]string{
	"làng nghề":           {"Làng nghề {nghe} {noi}", "Làng {nghe} thôn {thon}"},
	"du lịch cộng đồng":   {"Du lịch cộng đồng {noi}", "Điểm du lịch cộng đồng thôn {thon}"},
	"du lịch sinh thái":   {"Khu du lịch sinh thái {brand}", "Du lịch sinh thái rừng ngập mặn {noi}", "Trang trại sinh thái {brand}"},
	"du lịch trải nghiệm": {"Du lịch trải nghiệm đồng quê {noi}", "Nông trại trải nghiệm {brand}"},
	"di tích":             {"Đình làng {thon}", "Chùa {thon}", "Đền thờ {noi}", "Nhà thờ giáo xứ {thon}"},
	"danh thắng":          {"Bãi biển {noi}", "Cồn {thon}", "Đầm sen {noi}"},
}

// siteKindEN translates site kinds for English names.
var siteKindEN = map[string]string{
	"làng nghề": "craft village", "du lịch cộng đồng": "community tourism", "du lịch sinh thái": "eco-tourism",
	"du lịch trải nghiệm": "experience tourism", "di tích": "heritage site", "danh thắng": "scenic spot",
}

// siteKindWeight is the relative frequency of each site kind.
var siteKindWeight = map[string]float64{
	"làng nghề": 25, "du lịch cộng đồng": 20, "du lịch sinh thái": 20, "du lịch trải nghiệm": 15, "di tích": 12, "danh thắng": 8,
}

// villages are names of thôn and xóm: common names, none of them a real
// village that the site would then place in the wrong commune.
var villages = []string{"Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "An Lạc", "Phú Lễ", "Thanh Khê",
	"Bình An", "Tân Thành", "Phú Thọ", "Hòa Lạc", "An Phú", "Đông Hòa", "Tây Sơn", "Nam Hải", "Bắc Sơn",
	"Trung Hòa", "Phúc Lâm", "Yên Thịnh"}

// crafts are làng nghề trades.
var crafts = []string{"mây tre đan", "hoa cây cảnh", "chiếu cói", "đúc đồng", "gỗ mỹ nghệ", "bánh gai",
	"dệt lụa", "rèn", "làm nón", "nấu rượu", "làm muối", "nước mắm"}

// mobilePrefixes are the first three digits of Vietnamese mobile numbers.
var mobilePrefixes = []string{"091", "098", "097", "096", "094", "090", "093", "086", "088", "035",
	"036", "037", "038", "039", "032", "033", "034", "070", "077", "081", "083", "084", "085"}

package synth

import (
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bodies are built from sentences of our own with slots. Templates and
// filler words are drawn with rank-based weights 1/(r+1) (the first entry
// of a list is the most frequent), so word frequencies are skewed the way
// real text is, and each record draws from the banks of its own kind, so a
// word frequent in food descriptions is absent from those of handicrafts.
//
// Slots are written {name}. Record slots (recordSlots) come from the
// record; a few (km, laodong, …) are numbers; every other slot is a key of
// vocab.

// banks are the sentence templates, by bank name, in rank order. {a|b|c}
// is an inline choice, drawn like filler: a most often.
var banks = map[string][]string{
	// General sentences about any product.
	"chung": {
		"{ten} là niềm tự hào của {chu}, {đạt chuẩn|được công nhận} OCOP {sao} sao năm {nam}.",
		"{Từ khi|Sau khi|Kể từ lúc} đạt chuẩn OCOP, {chu} {mở rộng quy mô|tăng sản lượng|đầu tư thêm}, đưa hàng vào {kenh}.",
		"{Hiện|Hiện nay|Đến nay} {loai} của {noi} đã có mặt ở {kenh} trong lẫn ngoài tỉnh.",
		"Bao bì mới in rõ tem truy xuất nguồn gốc, {hạn dùng|hạn sử dụng} cùng địa chỉ liên hệ.",
		"{Khách|Người mua|Ai ở xa} {có thể|dễ dàng} đặt hàng qua điện thoại, Zalo hoặc tại {kenh}.",
		"{ten} thường {làm quà biếu|là món quà} {dip}.",
		"Chương trình OCOP giúp {chu} {chuẩn hóa quy trình|bài bản hơn|làm ăn chuyên nghiệp hơn}, cải tiến mẫu mã, tìm thêm {khách mới|bạn hàng|đầu ra}.",
		"{Người tiêu dùng|Khách quen|Nhiều người} đánh giá cao {loai} {nhờ|bởi} {chất lượng ổn định|độ an toàn|sự đồng đều}, giá cả hợp lý.",
		"{Thời gian tới|Trong năm tới|Sắp tới}, đơn vị hướng đến việc {muctieu}.",
		"{ten} từng góp mặt tại {hoicho}.",
		"Giá bán thay đổi tùy {loại bao bì|quy cách đóng gói}, {thời điểm trong năm|mùa vụ}.",
		"Năm {nam}, hội đồng đánh giá cấp {cap} chấm điểm, xếp hạng {ten} đạt {sao} sao.",
		"Mỗi năm {chu} cung ứng ra thị trường một lượng hàng lớn, tạo việc làm cho {nhiều|hàng chục} lao động ở {noi}.",
		"Phần lớn {khách mua|người mua|đơn hàng} {là|đến từ} {khach}.",
		"Theo {nguoi}, điều làm nên khác biệt là sự {phamchat} trong từng công đoạn.",
		"Đơn giá ở mức phải chăng so với {hàng cùng loại|sản phẩm tương tự} trên thị trường.",
		"Nhãn mác ghi đủ thành phần, khối lượng, ngày đóng gói.",
		"{Cơ sở|Chủ hàng|Người bán} nhận {giao hàng|gửi hàng|chuyển hàng} tận nơi tới {diadiem}.",
		"Hồ sơ OCOP của {loai} gồm phiếu kiểm nghiệm, câu chuyện sản phẩm, phương án kinh doanh.",
		"{Nhiều|Một số|Vài} đại lý ở {diadiem} đã ký hợp đồng bao tiêu dài hạn.",
	},
	// Sentences about the product's commune and district.
	"noi": {
		"{noi} thuộc {huyen}, {nổi tiếng|có tiếng|được biết đến} với nghề {nghe} từ lâu đời.",
		"Người dân {noi} gắn bó với {ruộng đồng|đồng đất|con nước}, {sông nước|ruộng vườn|bãi bồi}, nghề {truyền thống|cha ông} qua nhiều thế hệ.",
		"Từ trung tâm thành phố Nam Định {tới|về} {noi} {khoảng|chừng|mất} {km} cây số.",
		"Khí hậu {khihau}, đất đai {datdai} tạo nên nét riêng cho sản vật {noi}.",
		"Ở {huyen}, {phong trào OCOP|việc phát triển sản phẩm OCOP} nhận nhiều quan tâm, hỗ trợ từ chính quyền, đoàn thể.",
		"{Nhiều|Hàng trăm|Không ít} hộ ở {noi} có thu nhập khá nhờ tham gia chuỗi liên kết.",
		"{Mấy năm gần đây|Vài năm nay|Những năm qua}, diện mạo nông thôn {noi} đổi thay rõ rệt.",
		"Thôn {thon} của {noi} là nơi tập trung đông hộ làm nghề nhất.",
		"Con đường liên thôn mới mở giúp xe tải vào tận {noi} lấy hàng.",
		"Vùng đất {noi} từng gắn với tên tuổi nhiều bậc khoa bảng xưa.",
	},
	"thucpham": {
		"{ten} có hương vị {vi}, {màu sắc tự nhiên|trông bắt mắt|hình thức đẹp}, không dùng chất bảo quản.",
		"{Nguyên liệu|Đầu vào|Vật liệu} {tuyển chọn kỹ|chọn lọc|lấy} từ {vùng trồng|đồng ruộng|các hộ} của {noi}.",
		"{Quy trình chế biến|Cách làm|Dây chuyền} gồm các {công đoạn|bước} {congdoan}, {congdoan}, {congdoan}.",
		"Khi thưởng thức, {loai} cho cảm giác {vi}, để lại dư vị khó quên.",
		"{Nên bảo quản|Cần giữ|Hãy cất} {loai} {baoquan}.",
		"Mỗi mẻ hàng ở {noi} đều qua kiểm tra cảm quan trước khi đóng gói.",
		"Cơ sở có giấy chứng nhận đủ điều kiện an toàn thực phẩm.",
		"Để giữ trọn vị {vi}, người làm vẫn theo công thức {ông bà truyền lại|gia truyền|của các cụ}.",
		"Đây là đặc sản du khách về {noi} thường tìm mua.",
		"{Thành phẩm|Hàng xuất xưởng} đạt chỉ tiêu vi sinh, kim loại nặng theo {quy chuẩn hiện hành|quy định của Bộ Y tế}.",
		"{Mùa cao điểm|Dịp giáp Tết|Cuối năm}, xưởng chạy liên tục cho kịp đơn của đại lý.",
		"Hạn dùng {hsd} tháng kể từ ngày đóng gói.",
		"{Món ăn|Món này|Đặc sản này} hợp khẩu vị cả người già lẫn trẻ nhỏ.",
		"Thực đơn ngày Tết của nhiều gia đình {huyen} không thể thiếu {loai}.",
	},
	"gao": {
		"Lúa gieo cấy trên chân ruộng {datdai} của {noi}, mỗi năm chỉ làm một vụ chính.",
		"Hạt gạo {hatgao}, nấu cơm dẻo, thơm, để nguội vẫn ngon.",
		"Giống lúa chọn lọc qua nhiều năm, canh tác {theo quy trình|theo hướng} hạn chế phân bón hóa học.",
		"Sau thu hoạch, thóc phơi khô, cất trong kho kín ở {noi} rồi mới đem xay xát.",
		"Mỗi vụ, cánh đồng {noi} cho thu hoạch {khoảng|chừng|gần} {sanluong} tấn thóc.",
		"Gạo xay theo đơn đặt hàng nên luôn mới, không dùng chất tẩy trắng.",
		"{Nhiều|Không ít|Hàng nghìn} gia đình chọn {loai} để nấu cơm hằng ngày hoặc gửi biếu người thân ở xa.",
		"Cánh đồng lúa của HTX đã có mã số vùng trồng.",
		"Ruộng nằm xa khu công nghiệp, nước tưới lấy từ sông {song}.",
		"Vụ mùa năm nay, năng suất đạt chừng {nangsuat} tạ mỗi héc-ta.",
		"Cơm nấu từ {loai} thoảng mùi thơm nhẹ như cốm non.",
	},
	"mam": {
		"Nguyên liệu tươi trộn muối theo tỷ lệ riêng rồi ủ trong thùng gỗ.",
		"Thời gian ủ kéo dài từ {thang} tháng đến hơn một năm, tùy mùa.",
		"{loai} có màu {maumam}, mùi thơm đặc trưng, vị mặn dịu, hậu ngọt.",
		"Độ đạm đo theo từng mẻ để chất lượng luôn đồng đều.",
		"Người dân vùng biển {noi} coi đây là thứ gia vị không thể thiếu trong bữa cơm.",
		"Chum, thùng ủ đặt ngoài trời hứng nắng, giúp {quá trình lên men|việc lên men} diễn ra tự nhiên.",
		"Chấm {moncham} là cách thưởng thức {nhiều người|dân sành ăn} ưa chuộng.",
		"Mỗi chum chượp cho ra vài chục lít nước cốt đầu.",
		"Độ đạm đạt từ {dam} gam mỗi lít.",
	},
	"haisan": {
		"Nguồn hải sản thu mua trực tiếp từ tàu cá cập bến {noi} mỗi sáng.",
		"Nguyên liệu sơ chế ngay trong ngày để giữ độ tươi.",
		"Món này giàu đạm, ít mỡ, hợp với bữa ăn cả nhà.",
		"Khâu phơi, sấy làm trong nhà lưới sạch, tránh bụi, côn trùng.",
		"Vùng bãi ngang ven biển cung cấp nguồn nguyên liệu dồi dào quanh năm.",
		"Khi chế biến chỉ cần {cachnau} là có món ăn hấp dẫn.",
		"Ngư dân {noi} ra khơi từ nửa đêm, về bến lúc tinh mơ.",
		"Cá, tôm đánh bắt ở vùng biển {vungbien} nổi tiếng ngọt thịt.",
	},
	"banh": {
		"Bánh làm thủ công từ bột gạo nếp, đậu xanh, đường kính, dừa nạo.",
		"Công đoạn quan trọng nhất là {congdoanbanh}, quyết định độ dẻo lẫn hương vị của bánh.",
		"Vỏ bánh mỏng, nhân đậu mịn, ăn không ngấy.",
		"Mỗi ngày cơ sở làm ra hàng nghìn chiếc, đông nhất dịp cuối năm.",
		"Bánh đóng trong túi hút chân không, dán nhãn đầy đủ.",
		"Du khách ghé {noi} thường mua vài hộp làm quà sau chuyến đi.",
		"Lá gai, lá chuối phải chọn loại bánh tẻ, rửa sạch, lau khô.",
		"Bí quyết nằm ở mẻ đường thắng vừa tới, không già không non.",
	},
	"thit": {
		"Thịt lợn chọn từ các trang trại chăn nuôi an toàn trong vùng.",
		"Món ăn tẩm ướp với thính gạo, lá đinh lăng, tỏi, tiêu theo công thức riêng.",
		"Toàn bộ khâu chế biến diễn ra trong xưởng khép kín, có buồng lạnh bảo quản.",
		"Đây là món nhậu dân dã, cũng là món ăn chơi ngày Tết của người {noi}.",
		"Để ngăn mát, món này dùng được chừng một tuần.",
		"Thịt phải xay, giã ngay khi còn nóng thì thành phẩm mới dai giòn.",
	},
	"bun": {
		"Bột gạo tráng thành lá mỏng, phơi trên giàn tre cho khô đều.",
		"Sợi bánh dai mềm, không nát khi nấu.",
		"Chỉ cần trần qua nước sôi là có thể dùng với nước dùng xương hầm.",
		"Nghề làm bún, phở khô ở {noi} có từ lâu, nay đã cơ giới hóa một phần.",
		"Bún, phở của {noi} không dùng hàn the hay phẩm màu.",
		"Tô phở Nam Định nổi tiếng nhờ bánh phở mềm, nước dùng trong.",
	},
	"muoi": {
		"Muối làm theo phương pháp phơi cát truyền thống trên những ô ruộng ven biển.",
		"Hạt muối trắng, sạch, vị mặn đậm mà không đắng chát.",
		"Diêm dân {noi} phải dậy từ sớm để kịp cào muối khi nắng lên.",
		"Muối thành phẩm rửa sạch, sấy khô, đóng túi hai lớp.",
		"Nghề làm muối gắn với đời sống bao thế hệ diêm dân.",
		"Một ô ruộng muối cho chừng {sanluongmuoi} ki-lô-gam muối mỗi ngày nắng đẹp.",
	},
	"rau": {
		"Rau trồng trong nhà màng, tưới bằng nước giếng khoan đã qua xử lý.",
		"{Quy trình canh tác|Việc trồng trọt} tuân thủ tiêu chuẩn VietGAP, không dùng thuốc diệt cỏ.",
		"Mỗi lứa thu hoạch đều lấy mẫu kiểm tra dư lượng thuốc bảo vệ thực vật.",
		"Hàng sơ chế, đóng gói ngay tại vườn, giao trong ngày.",
		"Nhiều bếp ăn trường học ở {huyen} đã tin dùng nông sản sạch của {noi}.",
		"Phân bón chủ yếu là phân chuồng ủ hoai, phân vi sinh.",
	},
	"matong": {
		"Các đàn ong đặt ở rừng ngập mặn ven biển, hút mật hoa sú, vẹt, bần.",
		"Mật có màu {maumat}, sánh đặc, thơm mùi hoa rừng.",
		"Người nuôi ong quay mật vào mùa hoa nở rộ, từ tháng Tư đến tháng Bảy.",
		"Mật đã hạ thủy phần nên để lâu không lên men.",
		"Có thể pha mật với nước ấm, ngâm chanh hoặc ăn kèm bánh.",
		"Mỗi đàn cho chừng {kgmat} ki-lô-gam mật một mùa.",
	},
	"ruou": {
		"Rượu nấu từ {nglieuruou} trồng tại {noi}, ủ bằng men truyền thống.",
		"Sau chưng cất, rượu hạ thổ trong chum sành ít nhất {thang} tháng.",
		"Rượu trong, nồng độ vừa phải, uống êm, không gây đau đầu.",
		"Người nấu rượu giữ bí quyết riêng về men, nước, lửa.",
		"Mỗi lô hàng đã qua kiểm nghiệm, không chứa methanol vượt ngưỡng cho phép.",
		"Rượu thường có mặt trong mâm cỗ ngày Tết, đám cưới, lễ hội làng.",
		"Mỗi năm cơ sở bán ra khoảng {nghinlit} nghìn lít rượu.",
		"Men lá gồm hàng chục vị thảo mộc, do chính người nấu hái về phơi khô.",
	},
	"tra": {
		"Lá, hoa thu hái vào buổi sáng, khi trời còn sương.",
		"Sau khi hái, nguyên liệu đem sao hoặc sấy ở nhiệt độ thấp để giữ màu, giữ hương.",
		"Nước trà có màu {mautra}, vị đắng nhẹ rồi ngọt hậu.",
		"Mỗi ngày chỉ nên dùng hai đến ba túi lọc, hãm với nước sôi chừng năm phút.",
		"Trà đóng túi lọc tiện dụng, hợp với người bận rộn.",
		"Vùng trồng ở {noi} rộng chừng {hecta} héc-ta, chăm sóc theo hướng hữu cơ.",
	},
	"duoclieu": {
		"Vùng trồng dược liệu chăm sóc theo hướng hữu cơ, không dùng phân bón hóa học.",
		"Theo kinh nghiệm dân gian, {loai} giúp {congdung}.",
		"Cơ sở phối hợp với các nhà khoa học để xây dựng quy trình chiết xuất.",
		"Đây không phải là thuốc, không có tác dụng thay thế thuốc chữa bệnh.",
		"Dược liệu thu hái đúng độ tuổi, rửa sạch, sấy ở nhiệt độ thích hợp.",
		"Nhà máy chiết xuất đặt ngay cạnh vùng trồng ở {noi} để giữ dược tính.",
	},
	"det": {
		"Sợi tơ ươm từ kén tằm nuôi ở {noi}, se, nhuộm bằng tay.",
		"Mỗi tấm lụa phải qua hàng chục công đoạn, từ ươm tơ, dệt đến hoàn thiện.",
		"Mặt vải mềm, mịn, thoáng mát mùa hè, ấm áp mùa đông.",
		"Họa tiết thêu, in theo mẫu truyền thống kết hợp phong cách hiện đại.",
		"Nghề dệt ở đây từng cung cấp lụa cho kinh thành xưa.",
		"Thuốc nhuộm chiết từ vỏ cây, lá rừng, củ nâu.",
	},
	"maytre": {
		"Nguyên liệu {nguyenlieu2} chọn kỹ, ngâm, phơi, xử lý chống mốc.",
		"Người thợ đan hoàn toàn bằng tay theo những kiểu đan truyền thống.",
		"Hàng nhẹ, bền, thân thiện với môi trường, có thể thay thế đồ nhựa.",
		"Phụ nữ {noi} tranh thủ lúc nông nhàn đan hàng, có thêm thu nhập.",
		"Nhiều mẫu mã đã xuất khẩu sang Nhật Bản, châu Âu.",
		"Một người thợ lành nghề đan xong chừng {chiec} chiếc mỗi ngày.",
	},
	"go": {
		"Nghệ nhân tạo dáng, chạm khắc, hoàn thiện từng chi tiết bằng tay.",
		"Mỗi món mất từ vài ngày đến vài tháng mới hoàn thành.",
		"Nguyên liệu có nguồn gốc rõ ràng, xử lý kỹ trước khi gia công.",
		"Các đường nét sắc sảo thể hiện tay nghề truyền qua nhiều đời.",
		"{Khách|Người mua} thường mua về trang trí nhà cửa, đình chùa hoặc làm quà tặng.",
		"Xưởng ở {noi} có chừng {laodong} thợ, nhiều người là nghệ nhân cấp tỉnh.",
	},
	"thucong": {
		"{ten} mang vẻ đẹp {dep}, hợp với nhiều không gian sống.",
		"Mỗi món hàng là kết quả của bàn tay khéo léo, sự tỉ mỉ của người thợ {noi}.",
		"Cơ sở nhận làm theo mẫu, theo đơn hàng riêng của khách.",
		"Hàng bày bán tại các điểm du lịch, cửa hàng lưu niệm.",
		"Làng nghề {noi} đang thu hút nhiều lao động trẻ quay về học nghề.",
	},
	"caycanh": {
		"Cây uốn tạo dáng nhiều năm theo thế {the}.",
		"Người trồng cây cảnh ở {noi} am hiểu kỹ thuật ghép, chiết, chăm sóc.",
		"Mỗi chậu cây ở {noi} đều chăm bón cẩn thận, lá xanh, dáng đẹp.",
		"Dịp cuối năm là mùa bán hàng chính, khách nhiều tỉnh tìm về chọn cây.",
		"Cây hợp bày trong nhà, sân vườn hoặc văn phòng.",
		"Có những cây tuổi đời trên {tuoicay} năm, giá lên tới hàng chục triệu đồng.",
	},
	"dulich": {
		"Du khách tham gia {hoatdong} cùng người dân {noi}.",
		"Chương trình tham quan kéo dài từ nửa ngày đến hai ngày một đêm.",
		"Các hộ dân đã qua tập huấn về đón tiếp, nấu ăn, hướng dẫn khách.",
		"Bữa ăn có các món dân dã như {monan}.",
		"Dịch vụ hợp với gia đình, học sinh, {khách nước ngoài|du khách quốc tế}.",
		"Mỗi năm nơi đây đón chừng {nghinkhach} nghìn lượt khách.",
	},
	// A producer's story.
	"chuthe": {
		"{chu} thành lập năm {namtl} tại {noi}, {huyen}.",
		"Ban đầu cơ sở chỉ có vài lao động, làm thủ công với quy mô nhỏ.",
		"{Hiện|Hiện nay|Đến nay} đơn vị có {laodong} lao động thường xuyên, phần lớn là người {noi}.",
		"Đơn vị liên kết với {hodan} hộ dân để giữ nguồn nguyên liệu ổn định.",
		"Người đứng đầu là {nguoi}, đã gắn bó với nghề hơn {sonam} năm.",
		"Mặt hàng chủ lực là {spchinh}.",
		"Từ khi tham gia Chương trình OCOP, doanh thu của đơn vị tăng rõ rệt.",
		"Cơ sở chú trọng xây dựng thương hiệu, đăng ký nhãn hiệu, mã số mã vạch.",
		"Ngoài bán lẻ, đơn vị còn cung cấp hàng cho {kenh}.",
		"{chu} từng nhận bằng khen của UBND tỉnh về thành tích phát triển kinh tế tập thể.",
		"Năm {nammr}, đơn vị đầu tư nhà xưởng mới rộng khoảng {dientich} m².",
		"Mục tiêu của {chu} là đưa sản vật quê hương tới gần hơn với người tiêu dùng cả nước.",
		"Máy móc hiện đại đã thay tay người ở một số khâu, giúp nâng năng suất.",
		"Đơn vị thường xuyên dự các lớp tập huấn về quản trị, tiếp thị, bán hàng trực tuyến.",
	},
	// A tourism site's story.
	"diemdl": {
		"{ten} nằm ở {noi}, {huyen}, cách trung tâm thành phố Nam Định khoảng {km} km.",
		"Du khách tới đây có thể {hoatdong}, {hoatdong} hoặc {hoatdong}.",
		"Nơi này đẹp nhất vào {mua}.",
		"Người dân địa phương trực tiếp đón tiếp, hướng dẫn, phục vụ khách.",
		"Các món ăn dân dã như {monan} chế biến từ nguyên liệu tại chỗ.",
		"Điểm đến hợp với gia đình, học sinh, các đoàn khách muốn tìm hiểu đời sống nông thôn.",
		"Chính quyền địa phương đã đầu tư đường giao thông, bãi đỗ xe, nhà vệ sinh công cộng.",
		"Vé tham quan có giá phải chăng, trẻ em dưới sáu tuổi miễn phí.",
		"Khung cảnh {canh} thu hút nhiều người yêu nhiếp ảnh.",
		"Gần đó có các cơ sở làm hàng OCOP để khách ghé thăm, mua quà.",
	},
	"lang nghe": {
		"Nghề {nghe} ở đây đã có hàng trăm năm, nay vẫn nhiều gia đình gìn giữ.",
		"Khách có thể xem nghệ nhân làm việc, tự tay thử làm một món đồ nhỏ.",
	},
	"di tich": {
		"Công trình dựng từ thế kỷ {theky}, trải qua nhiều lần trùng tu.",
		"Lễ hội truyền thống diễn ra hằng năm vào mùa xuân.",
	},
	"thien nhien": {
		"Rừng ngập mặn là nơi trú chân của nhiều loài chim di cư.",
		"Bãi cát dài, nước trong, sóng êm vào mùa hè.",
	},
	"cong dong": {
		"Khách ở nhà dân, cùng nấu ăn, làm việc đồng áng.",
		"Mỗi nhà đón tối đa hai mươi khách để giữ không khí gia đình.",
	},
}

// recordSlots are the slots filled from the record being written.
var recordSlots = []string{"ten", "loai", "chu", "noi", "huyen", "sao", "nam", "cap", "spchinh", "nguoi", "namtl", "nammr", "thon"}

// vocab are filler words and phrases by slot, in rank order.
var vocab = map[string][]string{
	"vi":           {"thơm ngon", "đậm đà", "ngọt thanh", "dẻo thơm", "béo ngậy", "thanh mát", "giòn rụm", "hài hòa", "mộc mạc", "nồng nàn", "khó quên", "tự nhiên", "bùi béo", "chua dịu", "cay nồng"},
	"kenh":         {"các siêu thị", "cửa hàng đặc sản", "sàn thương mại điện tử", "chuỗi cửa hàng tiện lợi", "các hội chợ thương mại", "điểm bán hàng OCOP", "bếp ăn tập thể", "nhà hàng, khách sạn", "chợ đầu mối", "cửa hàng nông sản sạch", "quầy hàng sân bay"},
	"dip":          {"dịp Tết Nguyên đán", "ngày rằm", "mùa cưới hỏi", "dịp lễ hội", "ngày giỗ chạp", "khi về thăm quê", "dịp Trung thu", "mỗi lần đi xa"},
	"khach":        {"khách du lịch", "người tiêu dùng thành phố", "bà con xa quê", "các bếp ăn", "đối tác nước ngoài", "công nhân khu công nghiệp", "cán bộ, công chức"},
	"hoicho":       {"Hội chợ OCOP tỉnh Nam Định", "Hội chợ Nông nghiệp quốc tế", "Tuần hàng Việt", "Hội chợ xúc tiến thương mại vùng đồng bằng sông Hồng", "Phiên chợ nông sản an toàn", "Lễ hội Đền Trần", "Festival Nông sản Việt"},
	"muctieu":      {"mở rộng thị trường ra các tỉnh phía Nam", "xây dựng vùng nguyên liệu đạt chuẩn", "bán hàng trên sàn thương mại điện tử", "nâng hạng trong kỳ đánh giá tới", "xuất khẩu lô hàng đầu tiên", "mở thêm cửa hàng giới thiệu", "đăng ký chỉ dẫn địa lý"},
	"khihau":       {"gió biển mát lành", "bốn mùa rõ rệt", "nắng ấm chan hòa", "nắng gió miền biển", "nồm ẩm mùa xuân"},
	"datdai":       {"phù sa màu mỡ", "ven biển nhiễm mặn nhẹ", "bãi bồi ven sông", "chua mặn đã cải tạo", "thịt pha cát"},
	"nghe":         {"trồng lúa", "làm muối", "nấu rượu", "đánh bắt hải sản", "trồng hoa cây cảnh", "đan lát", "làm bánh", "dệt vải", "đúc đồng", "chạm gỗ"},
	"monan":        {"cá kho", "canh cua rau đay", "gà luộc lá chanh", "xôi gấc", "bánh cuốn", "nem rán", "canh chua cá"},
	"moncham":      {"thịt luộc", "rau muống luộc", "cá rán", "đậu phụ rán", "trứng luộc", "bánh đa nướng"},
	"congdoan":     {"sơ chế", "làm sạch", "phối trộn", "ủ", "sấy khô", "đóng gói", "dán nhãn", "kiểm tra chất lượng", "hấp chín", "làm nguội"},
	"baoquan":      {"nơi khô ráo, thoáng mát", "trong ngăn mát tủ lạnh", "tránh ánh nắng trực tiếp", "trong hộp kín sau khi mở", "ở nhiệt độ dưới 25 độ"},
	"hatgao":       {"trong", "thon dài", "đều hạt", "trắng ngà", "căng bóng", "ít bạc bụng"},
	"maumam":       {"cánh gián", "nâu đỏ", "vàng óng", "hồng tím"},
	"cachnau":      {"rán vàng", "hấp cách thủy", "nướng than hoa", "xào sả ớt", "kho tộ", "rim mắm đường"},
	"congdoanbanh": {"đồ xôi", "giã bột", "sên nhân", "nướng bánh", "gói lá"},
	"maumat":       {"vàng sẫm", "hổ phách", "vàng nhạt"},
	"nglieuruou":   {"gạo nếp cái hoa vàng", "nếp cẩm", "ngô vàng", "lúa non"},
	"mautra":       {"vàng sánh", "xanh nhạt", "nâu đỏ"},
	"congdung":     {"thanh nhiệt, mát gan", "ổn định đường huyết", "dễ ngủ, giảm căng thẳng", "tiêu hóa tốt"},
	"nguyenlieu2":  {"mây", "tre", "cói", "giang", "lục bình"},
	"dep":          {"mộc mạc", "tinh xảo", "sang trọng", "giản dị", "độc đáo"},
	"the":          {"trực", "hoành", "huyền", "song thụ", "bạt phong"},
	"hoatdong":     {"cấy lúa", "đạp xe quanh làng", "chèo thuyền trên sông", "làm bánh", "đánh bắt cá", "xem chim di cư", "thăm làng nghề", "câu tôm", "thả diều"},
	"mua":          {"mùa xuân", "mùa lúa chín", "những ngày hè", "mùa chim di cư", "sáng sớm"},
	"canh":         {"đồng lúa bát ngát", "hoàng hôn trên biển", "mái đình rêu phong", "rừng ngập mặn xanh thẳm"},
	"phamchat":     {"tỉ mỉ", "kiên nhẫn", "cẩn thận", "chu đáo", "nghiêm túc"},
	"diadiem":      {"Hà Nội", "Hải Phòng", "Ninh Bình", "Thái Bình", "Hà Nam", "Quảng Ninh", "Thành phố Hồ Chí Minh", "Đà Nẵng"},
	"song":         {"Hồng", "Đáy", "Ninh Cơ", "Sò", "Đào"},
	"vungbien":     {"cửa Ba Lạt", "cửa Đáy", "Thịnh Long", "Quất Lâm", "Hải Thịnh"},
	"heading":      {"Đặc điểm nổi bật", "Quy trình sản xuất", "Thông tin sản phẩm", "Bảo quản và sử dụng", "Câu chuyện sản phẩm"},
}

// numbers are slots filled with a number drawn from [lo, hi] in steps.
var numbers = map[string][3]int{
	"km": {5, 60, 1}, "laodong": {5, 80, 1}, "hodan": {10, 300, 5}, "sonam": {10, 40, 1},
	"dientich": {200, 3000, 50}, "hsd": {6, 24, 6}, "thang": {3, 12, 1}, "sanluong": {50, 900, 10},
	"nghinlit": {5, 60, 1}, "theky": {15, 19, 1}, "nangsuat": {55, 75, 1}, "dam": {15, 40, 1},
	"sanluongmuoi": {50, 200, 10}, "kgmat": {10, 30, 1}, "hecta": {2, 50, 1}, "chiec": {5, 30, 1},
	"tuoicay": {20, 100, 5}, "nghinkhach": {2, 40, 1},
}

// segment is a literal followed by a slot ("" at the end).
type segment struct{ lit, slot string }

// compiled holds every template of banks as segments.
var compiled = func() map[string][][]segment {
	out := map[string][][]segment{}
	names := make([]string, 0, len(banks))
	for n := range banks {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, t := range banks[n] {
			out[n] = append(out[n], compile(t))
		}
	}
	return out
}()

func compile(t string) []segment {
	var segs []segment
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			return append(segs, segment{lit: t})
		}
		j := strings.IndexByte(t[i:], '}')
		segs = append(segs, segment{lit: t[:i], slot: t[i+1 : i+j]})
		t = t[i+j+1:]
	}
}

// zipfCDF holds the cumulative weights 1/(r+1), r = 0..n-1, normalised,
// for every n up to 64, computed once so that drawing only reads them
// (tests run Write in parallel).
var zipfCDF = func() [65][]float64 {
	var t [65][]float64
	for n := 1; n < len(t); n++ {
		t[n] = buildCDF(n)
	}
	return t
}()

func buildCDF(n int) []float64 {
	c := make([]float64, n)
	sum := 0.0
	for r := range n {
		sum += 1 / float64(r+1)
		c[r] = sum
	}
	for r := range c {
		c[r] /= sum
	}
	return c
}

// zipfIndex draws an index in [0, n) with weight 1/(r+1).
func zipfIndex(r *rand.Rand, n int) int {
	var c []float64
	if n < len(zipfCDF) {
		c = zipfCDF[n]
	} else {
		c = buildCDF(n)
	}
	i := sort.SearchFloat64s(c, r.Float64())
	return min(i, n-1)
}

// textCtx holds the record slots of one body being written.
type textCtx struct {
	r    *rand.Rand
	vals map[string]string
	// used marks the templates of each bank already used in this body, so
	// that a body does not repeat a sentence.
	used map[string][]bool
	// inSentence remembers filler drawn in the current sentence, so that
	// one slot used twice gets two different words.
	inSentence map[string]bool
}

func newCtx(r *rand.Rand, vals map[string]string) *textCtx {
	return &textCtx{r: r, vals: vals, used: map[string][]bool{}, inSentence: map[string]bool{}}
}

// pickTemplate draws an unused template of bank with Zipf weights.
func (c *textCtx) pickTemplate(bank string) []segment {
	ts := compiled[bank]
	used := c.used[bank]
	if used == nil {
		used = make([]bool, len(ts))
		c.used[bank] = used
	}
	i := zipfIndex(c.r, len(ts))
	for try := 0; used[i] && try < 6; try++ {
		i = zipfIndex(c.r, len(ts))
	}
	if used[i] {
		i = -1
		for k := range used {
			if !used[k] {
				i = k
				break
			}
		}
		if i < 0 { // all used: start over
			clear(used)
			i = zipfIndex(c.r, len(ts))
		}
	}
	used[i] = true
	return ts[i]
}

// fill draws a value for slot.
func (c *textCtx) fill(slot string) string {
	if v, ok := c.vals[slot]; ok {
		return v
	}
	if n, ok := numbers[slot]; ok {
		steps := (n[1]-n[0])/n[2] + 1
		v := n[0] + c.r.IntN(steps)*n[2]
		if slot == "theky" {
			return roman[v]
		}
		return strconv.Itoa(v)
	}
	words := vocab[slot]
	if strings.Contains(slot, "|") {
		words = strings.Split(slot, "|")
	}
	if len(words) == 0 {
		return slot
	}
	w := words[zipfIndex(c.r, len(words))]
	for try := 0; c.inSentence[w] && try < 8; try++ {
		w = words[zipfIndex(c.r, len(words))]
	}
	c.inSentence[w] = true
	return w
}

var roman = map[int]string{15: "XV", 16: "XVI", 17: "XVII", 18: "XVIII", 19: "XIX"}

// sentence renders one template of bank, drawn.
func (c *textCtx) sentence(bank string) string {
	return c.render(c.pickTemplate(bank))
}

// sentenceAt renders template i of bank and marks it used.
func (c *textCtx) sentenceAt(bank string, i int) string {
	c.pickTemplate(bank) // allocates the used marks
	clear(c.used[bank])
	c.used[bank][i] = true
	return c.render(compiled[bank][i])
}

func (c *textCtx) render(t []segment) string {
	clear(c.inSentence)
	var b strings.Builder
	for _, s := range t {
		b.WriteString(s.lit)
		if s.slot != "" {
			b.WriteString(c.fill(s.slot))
		}
	}
	return upperFirst(b.String())
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lower-cases the first letter of s ("Huyện Hải Hậu" → "huyện
// Hải Hậu").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// countWords counts the words of Markdown text: fields holding a letter or
// digit, so "##" and "-" markers do not count.
func countWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// bodySpec says how to write one body.
type bodySpec struct {
	// min and max bound the word count; the target is drawn between min
	// and max-40 so that the last sentence never takes it past max.
	min, max int
	// draw picks the bank of the next sentence.
	draw func() string
	// lead, when set, is a bank whose first template opens the body.
	lead string
	// heading and list are the chances of a section heading and of a
	// bulleted list; items are the list's candidate lines.
	heading, list float64
	items         []string
}

// body writes paragraphs of 2–4 sentences until the target word count,
// with sometimes a heading and a list.
func (c *textCtx) body(sp bodySpec) string {
	// Short bodies are more common than long ones, as in real catalogues.
	u := c.r.Float64()
	target := sp.min + int(float64(sp.max-40-sp.min)*u*math.Sqrt(u))
	var paras []string
	words := 0
	add := func(p string) bool {
		n := countWords(p)
		if words+n > sp.max {
			return false
		}
		paras = append(paras, p)
		words += n
		return true
	}
	headingAt, listAt := -1, -1
	if c.r.Float64() < sp.heading {
		headingAt = 1 + c.r.IntN(2)
	}
	if len(sp.items) >= 3 && c.r.Float64() < sp.list {
		listAt = 1 + c.r.IntN(3)
	}
	var lead string
	if sp.lead != "" {
		lead = c.sentenceAt(sp.lead, 0)
	}
	for i := 0; words < target; i++ {
		if i == headingAt {
			add("## " + c.fill("heading"))
		}
		if i == listAt {
			k := 3 + c.r.IntN(len(sp.items)-2)
			var b strings.Builder
			for _, it := range sp.items[:k] {
				b.WriteString("- ")
				b.WriteString(it)
				b.WriteByte('\n')
			}
			add(strings.TrimSuffix(b.String(), "\n"))
		}
		n := 2 + c.r.IntN(3)
		var p []string
		if lead != "" {
			p, lead = append(p, lead), ""
		}
		full := false
		for range n {
			s := c.sentence(sp.draw())
			if words+countWords(strings.Join(append(p, s), " ")) > sp.max {
				full = true
				break
			}
			p = append(p, s)
			if words+countWords(strings.Join(p, " ")) >= target {
				break
			}
		}
		if len(p) > 0 {
			add(strings.Join(p, " "))
		}
		if full {
			break
		}
	}
	return strings.Join(paras, "\n\n")
}

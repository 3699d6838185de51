package schema

import (
	"strings"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// Label is a key's title and description in one language.
type Label struct {
	Title, Description string
}

// label is a key's title and description in Vietnamese and English.
type label struct {
	vi, en Label
}

// texts are the titles and descriptions of every key of every model, by
// model name and key ("product" and "certificate.date"); the key "" is
// the model itself. Model "" holds the keys that read the same in every
// model that has them; a model's own entry wins over it, and an entry
// "*.name" of a model stands for every key of it ending in .name. A test checks
// that every key of the model has an entry and that every entry names a
// key.
var texts = map[string]map[string]label{
	"": {
		"name":            {Label{"Tên", "Tên tiếng Việt, viết đầy đủ dấu."}, Label{"Name", "The Vietnamese name, with its tone marks."}},
		"name_en":         {Label{"Tên tiếng Anh", "Tên dùng trên các trang tiếng Anh; nếu chưa có thì bỏ trống."}, Label{"English name", "The name on the English pages; leave it out while there is none."}},
		"slug":            {Label{"Đường dẫn", "Phần cuối địa chỉ trang: chữ thường a–z, số 0–9 và dấu gạch ngang; bỏ trống thì được tạo từ tên."}, Label{"Slug", "The last part of the page's address: a–z, 0–9 and single hyphens; made from the name when left out."}},
		"district":        {Label{"Huyện", "Huyện (hoặc thành phố) như quyết định ghi, ví dụ Hải Hậu; nếu chưa biết thì bỏ trống."}, Label{"District", "The district as the decision names it, such as Hải Hậu; leave it out when not known."}},
		"commune":         {Label{"Xã/phường/thị trấn", "Xã, phường hoặc thị trấn thuộc huyện ở trên, như quyết định ghi; nếu chưa biết thì bỏ trống."}, Label{"Commune", "The commune within the district above, as the decision names it; leave it out when not known."}},
		"address":         {Label{"Địa chỉ", "Địa chỉ để khách tìm đến."}, Label{"Address", "The address visitors find it at."}},
		"hours":           {Label{"Giờ mở cửa", "Giờ mở cửa, ví dụ 7:30–17:00 hằng ngày."}, Label{"Opening hours", "When it is open, such as 7:30–17:00 daily."}},
		"phone":           {Label{"Số điện thoại", "Số điện thoại, ví dụ 0912345678 hoặc 0228 3123 456; nên đặt trong dấu ngoặc kép."}, Label{"Phone", "A phone number, such as 0912345678 or 0228 3123 456; best put in double quotes."}},
		"coordinates":     {Label{"Toạ độ", "Vị trí trên bản đồ (WGS84), độ thập phân."}, Label{"Coordinates", "The position on the map (WGS84), in decimal degrees."}},
		"coordinates.lat": {Label{"Vĩ độ", "Vĩ độ, ví dụ 20.42 (Nam Định ở khoảng 20.2–20.5)."}, Label{"Latitude", "Latitude, such as 20.42 (Nam Định lies at about 20.2–20.5)."}},
		"coordinates.lon": {Label{"Kinh độ", "Kinh độ, ví dụ 106.17 (Nam Định ở khoảng 106.0–106.6)."}, Label{"Longitude", "Longitude, such as 106.17 (Nam Định lies at about 106.0–106.6)."}},
		"images":          {Label{"Ảnh", "Danh sách tệp ảnh (.jpg, .jpeg, .png, .webp, .svg), đường dẫn tính từ thư mục của hồ sơ."}, Label{"Images", "Photo files (.jpg, .jpeg, .png, .webp, .svg), relative to the record's folder."}},
		"description_en":  {Label{"Mô tả tiếng Anh", "Một hai câu tiếng Anh, viết bằng lời của mình, cho các trang tiếng Anh."}, Label{"English description", "A sentence or two in English, in your own words, for the English pages."}},
		"sources":         {Label{"Nguồn", "Địa chỉ web (http:// hoặc https://) của nơi công bố các thông tin này."}, Label{"Sources", "The addresses (http:// or https://) where these facts are published."}},
	},
	"product": {
		"":                        {Label{"Sản phẩm OCOP", "Hồ sơ một sản phẩm: content/products/<mã>.md."}, Label{"OCOP product", "A product record: content/products/<id>.md."}},
		"producer":                {Label{"Chủ thể", "Mã của chủ thể (tên tệp trong content/producers/, không có .md); nếu chưa biết thì bỏ trống."}, Label{"Producer", "The producer's ID (its file name in content/producers/ without .md); leave it out when not known."}},
		"criteria":                {Label{"Bộ tiêu chí", "Quyết định sản phẩm được đánh giá theo: \"1048\" (1048/QĐ-TTg) hoặc \"148\" (148/QĐ-TTg); bỏ trống thì theo default_criteria của site.yaml."}, Label{"Criteria", "The decision the product was rated under: \"1048\" or \"148\"; left out, site.yaml's default_criteria applies."}},
		"group":                   {Label{"Nhóm sản phẩm", "Mã nhóm sản phẩm của bộ tiêu chí (xem content/groups.yaml)."}, Label{"Product group", "A group ID of the criteria system (see content/groups.yaml)."}},
		"stars":                   {Label{"Hạng sao", "Số sao trong quyết định công nhận, 1–5; nếu chưa biết thì bỏ dòng này."}, Label{"Stars", "The star rating in the recognition decision, 1–5; leave it out when not known."}},
		"score":                   {Label{"Điểm", "Điểm hội đồng chấm, 0–100, phải khớp hạng sao; nếu chưa biết thì bỏ dòng này."}, Label{"Score", "The council's score, 0–100, within the band of the stars; leave it out when not known."}},
		"level":                   {Label{"Cấp công nhận", "Hội đồng công nhận: district (huyện), province (tỉnh) hoặc national (trung ương), chỉ khi nguồn ghi rõ."}, Label{"Level", "The council that rated it: district, province or national, only as a source states it."}},
		"status":                  {Label{"Tình trạng", "Chỉ dùng cho sản phẩm chưa được công nhận: registered (đăng ký tham gia) hoặc assessed (đã chấm, chưa có quyết định). Sản phẩm đã công nhận thì bỏ dòng này."}, Label{"Status", "Only for a product not certified: registered or assessed. Leave it out for a certified product."}},
		"year":                    {Label{"Năm công nhận", "Năm được công nhận, khi chưa biết quyết định công nhận."}, Label{"Year", "The year of recognition, when the certificate is not known."}},
		"certificate":             {Label{"Quyết định công nhận", "Quyết định công nhận sản phẩm OCOP."}, Label{"Certificate", "The OCOP recognition decision."}},
		"certificate.number":      {Label{"Số quyết định", "Số quyết định, ví dụ 2700/QĐ-UBND."}, Label{"Decision number", "The decision number, such as 2700/QĐ-UBND."}},
		"certificate.date":        {Label{"Ngày ký", "Ngày ký quyết định, YYYY-MM-DD."}, Label{"Decision date", "The day the decision was signed, YYYY-MM-DD."}},
		"certificate.valid_until": {Label{"Hết hạn", "Ngày hết hạn, YYYY-MM-DD; bỏ trống thì là ngày ký cộng 36 tháng."}, Label{"Valid until", "The last day of validity, YYYY-MM-DD; left out, the decision date plus 36 months."}},
		"price":                   {Label{"Giá", "Giá bán lẻ, số đồng viết liền, ví dụ 35000."}, Label{"Price", "The retail price in đồng, digits only, such as 35000."}},
		"pack":                    {Label{"Quy cách", "Giá trên là cho gói nào, ví dụ chai 500 ml."}, Label{"Pack", "What the price buys, such as chai 500 ml."}},
		"gtin":                    {Label{"Mã vạch", "Dãy số dưới mã vạch (8, 12, 13 hoặc 14 chữ số); nên đặt trong dấu ngoặc kép."}, Label{"GTIN", "The number under the barcode (8, 12, 13 or 14 digits); best put in double quotes."}},
		"showrooms":               {Label{"Điểm bán", "Mã các điểm giới thiệu và bán sản phẩm OCOP có bán sản phẩm."}, Label{"Showrooms", "The IDs of the showrooms that sell the product."}},
		"buy":                     {Label{"Mua trực tuyến", "Các cửa hàng trực tuyến bán sản phẩm, mỗi mục có name và url."}, Label{"Buy online", "Online shops that sell the product, each with name and url."}},
		"buy.name":                {Label{"Tên cửa hàng", "Tên cửa hàng như người mua biết, ví dụ Postmart."}, Label{"Shop", "The shop's name as buyers know it, such as Postmart."}},
		"buy.url":                 {Label{"Địa chỉ web", "Địa chỉ https:// của sản phẩm trên cửa hàng."}, Label{"Address", "The https:// address of the product in the shop."}},
		"tags":                    {Label{"Từ khoá", "Các từ khoá, ví dụ [gạo, nếp]."}, Label{"Tags", "Keywords, such as [gạo, nếp]."}},
		"summary":                 {Label{"Tóm tắt", "Một hai câu cho thẻ sản phẩm; bỏ trống thì lấy đầu phần mô tả."}, Label{"Summary", "One or two sentences for cards; left out, the start of the description."}},
		"featured":                {Label{"Nổi bật", "true: hiện trên trang chủ."}, Label{"Featured", "true: shown on the home page."}},
	},
	"producer": {
		"":        {Label{"Chủ thể OCOP", "Hồ sơ một chủ thể: content/producers/<mã>.md."}, Label{"Producer", "A producer record: content/producers/<id>.md."}},
		"kind":    {Label{"Loại chủ thể", "Doanh nghiệp, HTX, tổ hợp tác hoặc hộ kinh doanh."}, Label{"Kind", "A company, cooperative, cooperative group or household business."}},
		"email":   {Label{"Thư điện tử", "Địa chỉ thư điện tử, ví dụ htx@example.vn."}, Label{"Email", "An email address, such as htx@example.vn."}},
		"website": {Label{"Trang web", "Địa chỉ trang web, http:// hoặc https://."}, Label{"Website", "The website's address, http:// or https://."}},
		"zalo":    {Label{"Zalo", "Số điện thoại Zalo hoặc địa chỉ https://zalo.me/…"}, Label{"Zalo", "A Zalo phone number or a https://zalo.me/… address."}},
		"founded": {Label{"Năm thành lập", "Năm thành lập, ví dụ 2015."}, Label{"Founded", "The year it was founded, such as 2015."}},
	},
	"site": {
		"":          {Label{"Điểm du lịch", "Hồ sơ một điểm du lịch: content/sites/<mã>.md."}, Label{"Tourism site", "A tourism site record: content/sites/<id>.md."}},
		"kind":      {Label{"Loại điểm du lịch", "Làng nghề, du lịch cộng đồng, du lịch sinh thái, du lịch trải nghiệm, di tích hoặc danh thắng."}, Label{"Kind", "The kind of tourism site."}},
		"products":  {Label{"Sản phẩm", "Mã các sản phẩm gắn với điểm du lịch."}, Label{"Products", "The IDs of related products."}},
		"producers": {Label{"Chủ thể", "Mã các chủ thể gắn với điểm du lịch."}, Label{"Producers", "The IDs of related producers."}},
		"stars":     {Label{"Hạng sao", "Chỉ khi điểm du lịch là sản phẩm OCOP được công nhận, 1–5."}, Label{"Stars", "Only when the site is itself a rated OCOP product, 1–5."}},
	},
	"showroom": {
		"":                      {Label{"Điểm bán", "Hồ sơ một điểm giới thiệu và bán sản phẩm OCOP: content/showrooms/<mã>.md."}, Label{"Showroom", "A showroom record: content/showrooms/<id>.md."}},
		"kiosk":                 {Label{"Màn hình kiosk", "Thiết lập màn hình cảm ứng của điểm bán; mọi khoá đều có thể bỏ trống."}, Label{"Kiosk", "The settings of the showroom's touch screen; every key is optional."}},
		"kiosk.idle_seconds":    {Label{"Chờ (giây)", "Số giây không ai chạm thì màn hình quay về phần giới thiệu."}, Label{"Idle seconds", "Seconds without a touch before the screen returns to its slides."}},
		"kiosk.slide_seconds":   {Label{"Mỗi trang (giây)", "Số giây cho mỗi trang giới thiệu."}, Label{"Slide seconds", "Seconds each slide shows."}},
		"kiosk.orientation":     {Label{"Hướng màn hình", "landscape (ngang), portrait (dọc) hoặc auto (tự chọn)."}, Label{"Orientation", "landscape, portrait or auto."}},
		"kiosk.featured":        {Label{"Sản phẩm hiện trước", "Mã hoặc đường dẫn các sản phẩm hiện trước."}, Label{"Featured", "IDs or slugs of the products shown first."}},
		"kiosk.include_expired": {Label{"Cả sản phẩm hết hạn", "true: phần giới thiệu có cả sản phẩm đã hết hạn chứng nhận (kèm nhãn)."}, Label{"Include expired", "true: the slides show products whose certificate expired too (badged)."}},
	},
	"fair": {
		"":                       {Label{"Hội chợ", "Hồ sơ một hội chợ: content/fairs/<mã>.md."}, Label{"Fair", "A fair record: content/fairs/<id>.md."}},
		"start":                  {Label{"Ngày bắt đầu", "Ngày bắt đầu, YYYY-MM-DD."}, Label{"Start", "The first day, YYYY-MM-DD."}},
		"end":                    {Label{"Ngày kết thúc", "Ngày kết thúc, YYYY-MM-DD."}, Label{"End", "The last day, YYYY-MM-DD."}},
		"venue":                  {Label{"Địa điểm", "Nơi tổ chức; nếu chưa công bố thì bỏ trống."}, Label{"Venue", "Where it is held; leave it out until announced."}},
		"select":                 {Label{"Chọn sản phẩm", "Cách chọn sản phẩm của hội chợ."}, Label{"Selection", "How the fair's products are picked."}},
		"select.min_stars":       {Label{"Ít nhất (sao)", "Số sao tối thiểu; bỏ trống là 3."}, Label{"Minimum stars", "The fewest stars; 3 when left out."}},
		"select.groups":          {Label{"Nhóm", "Mã các nhóm (danh sách browse trong groups.yaml); bỏ trống là mọi nhóm."}, Label{"Groups", "Browse group IDs; any when left out."}},
		"select.districts":       {Label{"Huyện", "Các huyện; bỏ trống là mọi huyện."}, Label{"Districts", "Districts; any when left out."}},
		"select.products":        {Label{"Sản phẩm tham gia", "Mã các sản phẩm tham gia, như ban tổ chức công bố; khi có thì chỉ gồm các sản phẩm này."}, Label{"Products", "The participants' IDs, as the organisers list them; when set, the whole selection."}},
		"select.include_expired": {Label{"Cả sản phẩm hết hạn", "true: hiện cả sản phẩm đã hết hạn chứng nhận (kèm nhãn)."}, Label{"Include expired", "true: also shows products whose certificate expired (badged)."}},
	},
	"config": {
		"":                 {Label{"Thiết lập trang", "Tệp content/site.yaml."}, Label{"Site config", "The file content/site.yaml."}},
		"title":            {Label{"Tên trang", "Tên của trang web, tiếng Việt."}, Label{"Title", "The site's title, in Vietnamese."}},
		"title_en":         {Label{"Tên trang tiếng Anh", "Tên của trang web, tiếng Anh."}, Label{"English title", "The site's title, in English."}},
		"base_url":         {Label{"Địa chỉ trang", "Địa chỉ đầy đủ nơi trang được đăng, kết thúc bằng /, ví dụ https://ocop.namdinh.gov.vn/."}, Label{"Base URL", "The full address the site is published at, ending in /."}},
		"languages":        {Label{"Ngôn ngữ", "Các ngôn ngữ của trang, tiếng Việt trước."}, Label{"Languages", "The site's languages, Vietnamese first."}},
		"languages.code":   {Label{"Mã ngôn ngữ", "vi hoặc en."}, Label{"Code", "vi or en."}},
		"languages.name":   {Label{"Tên ngôn ngữ", "Ví dụ Tiếng Việt, English."}, Label{"Name", "Such as Tiếng Việt, English."}},
		"default_criteria": {Label{"Bộ tiêu chí mặc định", "Bộ tiêu chí của sản phẩm không ghi criteria."}, Label{"Default criteria", "The criteria system of products that name none."}},
		"theme":            {Label{"Giao diện", "Tên thư mục trong themes/ thay cho giao diện mặc định."}, Label{"Theme", "A folder of themes/ that overrides the default theme."}},
		"description":      {Label{"Mô tả", "Mô tả ngắn của trang web."}, Label{"Description", "A short description of the site."}},
		"publisher":        {Label{"Đơn vị công bố", "Cơ quan công bố danh mục; nếu chưa biết thì bỏ trống."}, Label{"Publisher", "Who publishes the catalog; leave it out when not known."}},
		"publisher_en":     {Label{"Đơn vị công bố (tiếng Anh)", "Tên tiếng Anh của đơn vị công bố."}, Label{"Publisher (English)", "The publisher's English name."}},
		"contact":          {Label{"Liên hệ", "Địa chỉ, số điện thoại hoặc thư điện tử để liên hệ."}, Label{"Contact", "An address, phone number or email to reach the publisher."}},
		"updated":          {Label{"Ngày cập nhật", "Ngày biên tập viên sửa nội dung lần cuối, YYYY-MM-DD."}, Label{"Updated", "The day editors last changed the content, YYYY-MM-DD."}},
		"editor_language":  {Label{"Ngôn ngữ thông báo", "Ngôn ngữ ocop dùng với biên tập viên: vi (mặc định) hoặc en."}, Label{"Editor language", "The language ocop speaks to editors: vi (the default) or en."}},
	},
	"groups": {
		"":                       {Label{"Nhóm sản phẩm", "Tệp content/groups.yaml: danh sách nhóm để xem và các bộ tiêu chí."}, Label{"Product groups", "The file content/groups.yaml: the browse list and the criteria systems."}},
		"browse":                 {Label{"Nhóm để xem", "Danh sách nhóm dùng để xem trên trang."}, Label{"Browse groups", "The groups the site is browsed by."}},
		"browse.id":              {Label{"Mã nhóm", "Mã nhóm, cũng là địa chỉ /nhom/<mã>/: a–z, 0–9 và dấu gạch ngang."}, Label{"ID", "The group's ID and address /nhom/<id>/: a–z, 0–9 and hyphens."}},
		"browse.name":            {Label{"Tên nhóm", "Tên nhóm, tiếng Việt."}, Label{"Name", "The group's name, in Vietnamese."}},
		"browse.name_en":         {Label{"Tên nhóm tiếng Anh", "Tên nhóm, tiếng Anh."}, Label{"English name", "The group's name, in English."}},
		"systems":                {Label{"Bộ tiêu chí", "Các danh sách nhóm chính thức, mỗi quyết định một danh sách."}, Label{"Systems", "The official group lists, one per decision."}},
		"systems.id":             {Label{"Mã bộ tiêu chí", "Mã sản phẩm dùng trong criteria, ví dụ \"1048\"."}, Label{"ID", "How products name it in criteria, such as \"1048\"."}},
		"systems.decision":       {Label{"Quyết định", "Số quyết định, ví dụ 1048/QĐ-TTg."}, Label{"Decision", "The decision number, such as 1048/QĐ-TTg."}},
		"systems.date":           {Label{"Ngày ký", "Ngày ký quyết định, YYYY-MM-DD."}, Label{"Date", "The decision's date, YYYY-MM-DD."}},
		"systems.source":         {Label{"Nguồn", "Nơi công bố quyết định."}, Label{"Source", "Where the decision is published."}},
		"systems.groups":         {Label{"Các nhóm", "Các nhóm sản phẩm của quyết định."}, Label{"Groups", "The decision's product groups."}},
		"systems.groups.id":      {Label{"Mã nhóm", "Mã nhóm, dùng trong group của sản phẩm."}, Label{"ID", "The group's ID, as products' group names it."}},
		"systems.groups.name":    {Label{"Tên nhóm", "Tên nhóm, tiếng Việt."}, Label{"Name", "The group's name, in Vietnamese."}},
		"systems.groups.name_en": {Label{"Tên nhóm tiếng Anh", "Tên nhóm, tiếng Anh."}, Label{"English name", "The group's name, in English."}},
		"systems.groups.browse":  {Label{"Xem trong nhóm", "Mã nhóm để xem (browse) mà nhóm này thuộc về."}, Label{"Browse group", "The browse group it is listed under."}},
	},
	"programme": {
		"":                          {Label{"Chương trình OCOP", "Tệp content/programme.yaml: số sản phẩm tỉnh đã báo cáo và mục tiêu, kèm nguồn. Chỉ ghi điều nguồn ghi."}, Label{"OCOP programme", "The file content/programme.yaml: reported totals and targets, with sources. Only what a source states."}},
		"totals":                    {Label{"Số liệu đã báo cáo", "Các lần tỉnh báo cáo số sản phẩm OCOP, cũ trước."}, Label{"Reported totals", "The totals the province reported, oldest first."}},
		"totals.as_of":              {Label{"Tính đến", "Ngày của số liệu, YYYY-MM-DD, hoặc chỉ tháng YYYY-MM khi nguồn không ghi ngày."}, Label{"As of", "The day of the figure, YYYY-MM-DD, or only the month YYYY-MM when the source gives no day."}},
		"totals.when":               {Label{"Thời điểm", "Khi chỉ có tháng: nguồn nói thời điểm thế nào, ví dụ đầu năm 2025."}, Label{"When", "With only a month: how the source puts the time, in Vietnamese."}},
		"totals.when_en":            {Label{"Thời điểm (tiếng Anh)", "Như trên, tiếng Anh, ví dụ early 2025."}, Label{"When (English)", "The same in English, such as early 2025."}},
		"totals.products":           {Label{"Số sản phẩm", "Tổng số sản phẩm OCOP nguồn báo cáo."}, Label{"Products", "The total of OCOP products the source reports."}},
		"totals.three_star":         {Label{"Sản phẩm 3 sao", "Nếu nguồn không ghi thì bỏ dòng này (không ghi 0)."}, Label{"Three-star", "Leave it out when the source does not give it (not 0)."}},
		"totals.four_star":          {Label{"Sản phẩm 4 sao", "Nếu nguồn không ghi thì bỏ dòng này (không ghi 0)."}, Label{"Four-star", "Leave it out when the source does not give it (not 0)."}},
		"totals.five_star":          {Label{"Sản phẩm 5 sao", "Nếu nguồn không ghi thì bỏ dòng này (không ghi 0)."}, Label{"Five-star", "Leave it out when the source does not give it (not 0)."}},
		"totals.producers":          {Label{"Số chủ thể", "Nếu nguồn không ghi thì bỏ dòng này."}, Label{"Producers", "Leave it out when the source does not give it."}},
		"totals.conflict":           {Label{"Chỗ các nguồn khác nhau", "Khi các nguồn không khớp: khác nhau ở đâu."}, Label{"Conflict", "Where sources disagree: what about."}},
		"totals.conflict_en":        {Label{"Chỗ các nguồn khác nhau (tiếng Anh)", "Như trên, tiếng Anh."}, Label{"Conflict (English)", "The same in English."}},
		"totals.sources":            {Label{"Nguồn", "Địa chỉ web của trang báo cáo số liệu."}, Label{"Sources", "The address of the page that reports the figure."}},
		"targets":                   {Label{"Mục tiêu", "Mục tiêu trong các quyết định, kế hoạch của tỉnh."}, Label{"Targets", "The goals of the province's decisions and plans."}},
		"targets.document":          {Label{"Văn bản", "Tên văn bản, ví dụ Quyết định 293/QĐ-UBND."}, Label{"Document", "The document, such as Quyết định 293/QĐ-UBND."}},
		"targets.document_en":       {Label{"Văn bản (tiếng Anh)", "Tên văn bản, tiếng Anh."}, Label{"Document (English)", "The document's name in English."}},
		"targets.year":              {Label{"Năm ban hành", "Năm ban hành văn bản, ví dụ 2019."}, Label{"Year", "The year it was issued, such as 2019."}},
		"targets.issued":            {Label{"Ngày ban hành", "Ngày ban hành, YYYY-MM-DD, nếu biết."}, Label{"Issued", "The day it was issued, YYYY-MM-DD, where known."}},
		"targets.by":                {Label{"Đến năm", "Năm cần đạt mục tiêu, ví dụ 2030."}, Label{"By", "The year the goal is set for, such as 2030."}},
		"targets.products":          {Label{"Số sản phẩm", "Số sản phẩm OCOP cần đạt, ví dụ {about: 300}."}, Label{"Products", "The number of products aimed at, such as {about: 300}."}},
		"targets.min_stars":         {Label{"Ít nhất (sao)", "Hạng sao tối thiểu của các sản phẩm đó."}, Label{"Minimum stars", "The rating those products must have at least."}},
		"targets.five_star":         {Label{"Sản phẩm 5 sao", "Số sản phẩm 5 sao cần đạt."}, Label{"Five-star", "The number of five-star products aimed at."}},
		"targets.five_star_percent": {Label{"Tỉ lệ 5 sao (%)", "Phần trăm sản phẩm 5 sao."}, Label{"Five-star share (%)", "The share of five-star products, in percent."}},
		"targets.four_star_percent": {Label{"Tỉ lệ 4 sao (%)", "Phần trăm sản phẩm 4 sao."}, Label{"Four-star share (%)", "The share of four-star products, in percent."}},
		"targets.communes_percent":  {Label{"Tỉ lệ xã có sản phẩm (%)", "Phần trăm xã, phường, thị trấn có sản phẩm OCOP."}, Label{"Communes (%)", "The share of communes with a product, in percent."}},
		"targets.every_commune":     {Label{"Mọi xã", "true: mỗi xã, phường, thị trấn đều có sản phẩm."}, Label{"Every commune", "true: every commune should have a product."}},
		"targets.criteria":          {Label{"Bộ tiêu chí", "Bộ tiêu chí của các nhóm ở dưới, ví dụ \"148\"."}, Label{"Criteria", "The group system of the groups below, such as \"148\"."}},
		"targets.groups":            {Label{"Theo nhóm", "Số sản phẩm cần đạt theo từng nhóm."}, Label{"By group", "The number aimed at in each group."}},
		"targets.groups.group":      {Label{"Nhóm sản phẩm", "Mã nhóm của bộ tiêu chí trong groups.yaml."}, Label{"Group", "A group ID of the criteria system in groups.yaml."}},
		"targets.groups.count":      {Label{"Số sản phẩm", "Số sản phẩm như văn bản ghi, ví dụ {about: 5} hoặc {min: 12, max: 15}."}, Label{"Count", "The number as the document states it, such as {about: 5}."}},
		"targets.sources":           {Label{"Nguồn", "Địa chỉ web nơi công bố văn bản; bỏ trống nếu chỉ biết văn bản."}, Label{"Sources", "Where the goal is published; empty when only the document is known."}},
		"*.note":                    {Label{"Ghi chú", "Ghi chú ngắn, viết bằng lời của mình."}, Label{"Note", "A short note, in our own words."}},
		"*.note_en":                 {Label{"Ghi chú (tiếng Anh)", "Ghi chú, tiếng Anh."}, Label{"Note (English)", "The note in English."}},
		"*.about":                   {Label{"Khoảng", "Khoảng N, như văn bản ghi."}, Label{"About", "About N, as the document states it."}},
		"*.at_least":                {Label{"Ít nhất", "Ít nhất N."}, Label{"At least", "At least N."}},
		"*.min":                     {Label{"Từ", "Đầu dưới của khoảng."}, Label{"Min", "The lower end of a range."}},
		"*.max":                     {Label{"Đến", "Đầu trên của khoảng."}, Label{"Max", "The upper end of a range."}},
	},
}

// Text returns the title and description of key (a Field's Key, or ""
// for the model itself) of model kind in lang, and the zero Label when
// texts has none.
func Text(kind, key string, lang message.Lang) Label {
	l, ok := texts[kind][key]
	if !ok && key != "" {
		l, ok = texts[""][key]
	}
	if !ok && key != "" {
		// A key that reads the same wherever it is in the model, such
		// as the parts of a quantity ("*.about").
		l = texts[kind]["*."+key[strings.LastIndexByte(key, '.')+1:]]
	}
	if lang == message.EN {
		return l.en
	}
	return l.vi
}

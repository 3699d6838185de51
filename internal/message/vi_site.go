package message

// viSite translates the messages of package site that an editor may
// read when a build fails.
var viSite = map[string]string{
	"images %s and %s would both be published as %s; rename one": "ảnh %s và %s sẽ cùng được đăng thành %s; hãy đổi tên một trong hai",
}

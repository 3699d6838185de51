package load

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// A record's ID is in NFC whatever form its file or folder name was
// saved in (macOS writes decomposed, NFD, names), so records written in
// NFC name it, and the same name in both forms is one ID used twice.
func TestIDsAreNFC(t *testing.T) {
	nfd := norm.NFD.String
	c, ds := Content(site(map[string]string{
		"content/products/" + nfd("gạo-tám") + ".md":                 "---\nname: A\n---\n",
		"content/products/" + nfd("nước-mắm") + "/index.md":          "---\nname: B\n---\n",
		"content/producers/" + nfd("hợp-tác-xã") + ".md":             "---\nname: C\n---\n",
		"content/producers/hợp-tác-xã.md":                            "---\nname: D\n---\n",
		"content/products/" + nfd("nước-mắm") + "/" + nfd("ảnh.png"): "x",
	}))
	var ids []string
	for _, p := range c.Products {
		ids = append(ids, p.ID)
	}
	if got := strings.Join(ids, ","); got != "gạo-tám,nước-mắm" || !norm.NFC.IsNormalString(got) {
		t.Errorf("product IDs = %+q, want gạo-tám,nước-mắm in NFC", got)
	}
	if got := strings.Join(errorsOf(ds), "\n"); !strings.Contains(got, `producer ID "hợp-tác-xã" is already used by`) {
		t.Errorf("the NFC and NFD names of one producer are not one ID used twice: %s", got)
	}
	for _, d := range ds {
		if strings.Contains(d.Message, "ignored") {
			t.Errorf("an image with an NFD name is ignored: %s", d)
		}
	}
}

package browser

import (
	"context"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	ocopserve "github.com/namdinh-ocop/ocop/internal/serve"
)

// With ocop serve running, a saved edit reloads the open page, a content
// error shows over the page, and the next good save clears it: all in a
// real browser, through the injected reload script.
func TestServeReloadsAndShowsErrors(t *testing.T) {
	tb := newTab(t)
	dir := t.TempDir()
	copyDir(t, "../../content/geo", filepath.Join(dir, "content/geo"))
	for _, f := range []string{"site.yaml", "groups.yaml"} {
		copyFile(t, "../../content/"+f, filepath.Join(dir, "content", f))
	}
	product := filepath.Join(dir, "content/products/nuoc-mam.md")
	write(t, product, "---\nname: Nước mắm Giao Châu\nstars: 3\n---\nBản đầu.\n")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- ocopserve.Run(ctx, ocopserve.Options{Source: dir, Addr: "127.0.0.1:0", Log: io.Discard, Ready: func(u string) { ready <- u }})
	}()
	var base string
	select {
	case base = <-ready:
	case err := <-done:
		t.Fatalf("serve stopped: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	page := base + "san-pham/nuoc-mam-giao-chau/"
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(page), chromedp.WaitVisible(`h1`)); err != nil {
		t.Fatal(err)
	}
	text := func() string {
		s, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.body.innerText`))
		if err != nil {
			return ""
		}
		return s
	}
	waitFor := func(what string, ok func(string) bool) {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for time.Now().Before(deadline) {
			if ok(text()) {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("timed out waiting for %s; page shows:\n%s", what, text())
	}
	// Let the page's event stream connect before saving.
	time.Sleep(500 * time.Millisecond)

	// An edit reloads the page.
	atomicWrite(t, product, "---\nname: Nước mắm Giao Châu\nstars: 3\n---\nBản thứ hai.\n")
	waitFor("the edited text", func(s string) bool { return strings.Contains(s, "Bản thứ hai.") })

	// A broken save shows the error over the page, naming file and line.
	time.Sleep(300 * time.Millisecond)
	atomicWrite(t, product, "---\nname: Nước mắm Giao Châu\nstars: 9\n---\nBản thứ hai.\n")
	// In Vietnamese, the preview's default: the overlay's title, and the
	// problem labelled "lỗi" with its position.
	waitFor("the error overlay", func(s string) bool {
		return strings.Contains(s, "Nội dung có 1 lỗi") && strings.Contains(s, "content/products/nuoc-mam.md:3:8: lỗi: ")
	})

	// The next good save clears it and shows the new text.
	atomicWrite(t, product, "---\nname: Nước mắm Giao Châu\nstars: 4\n---\nBản thứ ba.\n")
	waitFor("the overlay to clear", func(s string) bool {
		return strings.Contains(s, "Bản thứ ba.") && !strings.Contains(s, "content/products/nuoc-mam.md:3:8")
	})
	// Leave the page before stopping the server, so its event stream does
	// not try to reconnect to a closed port.
	u, _ := url.Parse(base)
	tb.check(t, u.Host)
	if err := chromedp.Do(tb.ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	cancel()
	<-done
}

// atomicWrite saves a file the way many editors do: a temporary file,
// renamed over the original.
func atomicWrite(t *testing.T, p, body string) {
	t.Helper()
	tmp := p + ".tmp~"
	if err := os.WriteFile(tmp, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
}

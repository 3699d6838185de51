package serve

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func serveReq(s *Server, target string) *httptest.ResponseRecorder {
	rr := httptest.NewRecorder()
	s.ServeHTTP(rr, httptest.NewRequest("GET", target, nil))
	return rr
}

// Requests that try to leave the site, or name anything but a file of
// the built site, get 404.
func TestTraversal(t *testing.T) {
	dir := newSite(t, baseProducts())
	s := startTest(t, dir, Options{noWatch: true})
	for _, target := range []string{
		"/../../etc/passwd",
		"/%2e%2e/%2e%2e/etc/passwd",
		"/%2E%2E/content/site.yaml",
		"/san-pham/..%2f..%2fcontent%2fsite.yaml",
		"/san-pham/%2e%2e/%2e%2e/content/site.yaml",
		"/san-pham%2fgao-nep-bac-nghia-binh%2f",
		"/san-pham%2Fgao-nep-bac-nghia-binh/",
		"//etc/passwd",
		"/assets//site.css",
		"/assets/../index.html",
		"/./index.html",
		"/..%5c..%5cetc%5cpasswd",
		"/san-pham%5cindex.html",
		"/index.html%00",
		"/C:/Windows/win.ini",
		"/content/site.yaml",
		"/content/products/gao-nep.md",
		"/themes/default/layouts/base.html",
		"/go.mod",
		"/assets/",
		"/search/",
		"/_ocop/",
		"http://evil.example/etc/passwd",
	} {
		rr := serveReq(s, target)
		if rr.Code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", target, rr.Code)
		}
	}
	// Backslashes cannot be sent through httptest; send them raw.
	srv := httptest.NewServer(s)
	defer srv.Close()
	for _, target := range []string{`/..\..\etc\passwd`, `/san-pham\index.html`, `/%2e%2e\%2e%2e\etc\passwd`} {
		if code := rawGet(t, srv.Listener.Addr().String(), target); code != 404 && code != 400 {
			t.Errorf("%s: status %d, want 404", target, code)
		}
	}
	// Other methods are refused.
	rr := httptest.NewRecorder()
	s.ServeHTTP(rr, httptest.NewRequest("POST", "/", strings.NewReader("x")))
	if rr.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", rr.Code)
	}
}

func rawGet(t *testing.T, addr, target string) int {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, addr)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("%s: %v", target, err)
	}
	io.Copy(io.Discard, resp.Body)
	return resp.StatusCode
}

// Files are served with their types; folders serve their index.html,
// redirect to the slash form without it, and are never listed.
func TestContentTypesAndFolders(t *testing.T) {
	dir := newSite(t, baseProducts())
	s := startTest(t, dir, Options{noWatch: true})
	for target, want := range map[string]string{
		"/":                                    "text/html; charset=utf-8",
		"/san-pham/banh-gai-huong-cuc/":        "text/html; charset=utf-8",
		"/san-pham/banh-gai-huong-cuc/anh.svg": "image/svg+xml",
		"/assets/site.css":                     "text/css; charset=utf-8",
		"/assets/search.js":                    "text/javascript; charset=utf-8",
		"/assets/logo.svg":                     "image/svg+xml",
		"/sitemap.xml":                         "application/xml; charset=utf-8",
		"/robots.txt":                          "text/plain; charset=utf-8",
		"/search/i.js":                         "text/javascript; charset=utf-8",
		"/_ocop/reload.js":                     "text/javascript; charset=utf-8",
		"/404.html":                            "text/html; charset=utf-8",
	} {
		rr := serveReq(s, target)
		if rr.Code != 200 || rr.Header().Get("Content-Type") != want {
			t.Errorf("%s: %d %q, want 200 %q", target, rr.Code, rr.Header().Get("Content-Type"), want)
		}
		if rr.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", target)
		}
	}
	for ext, want := range map[string]string{".json": "application/json", ".pdf": "application/pdf", ".webp": "image/webp", ".xml": "application/xml; charset=utf-8", ".png": "image/png", ".jpg": "image/jpeg", ".woff2": "font/woff2", ".zzz": "application/octet-stream"} {
		if got := contentType("x" + ext); got != want {
			t.Errorf("contentType(%s) = %q, want %q", ext, got, want)
		}
	}
	rr := serveReq(s, "/san-pham/banh-gai-huong-cuc?x=1")
	if rr.Code != http.StatusMovedPermanently || rr.Header().Get("Location") != "/san-pham/banh-gai-huong-cuc/?x=1" {
		t.Errorf("folder without slash: %d to %q", rr.Code, rr.Header().Get("Location"))
	}
	rr = serveReq(s, "/khong-co/")
	if rr.Code != 404 || !strings.Contains(rr.Body.String(), "_ocop/reload.js") {
		t.Errorf("missing page: %d, the site's 404 page with the reload script: %v", rr.Code, strings.Contains(rr.Body.String(), "_ocop"))
	}
	// Print pages are made on demand.
	if rr := serveReq(s, "/in-an/toan-bo/"); rr.Code != 200 {
		t.Errorf("print page: %d", rr.Code)
	}
}

// The reload script is in every served page, once, before </body>, and
// in no file of a build.
func TestScriptOnlyInServe(t *testing.T) {
	dir := newSite(t, baseProducts())
	s := startTest(t, dir, Options{noWatch: true})
	built, _ := fullBuild(t, dir, s.URL())
	for out, data := range built {
		if strings.Contains(string(data), "_ocop") {
			t.Errorf("build output %s has the reload script", out)
		}
	}
	body := serveReq(s, "/en/").Body.String()
	if strings.Count(body, "_ocop/reload.js") != 1 || !strings.Contains(body, `defer></script></body>`) {
		t.Errorf("served page has the script %d times", strings.Count(body, "_ocop/reload.js"))
	}
	i := strings.Index(body, `<script src="/_ocop/reload.js"`)
	j := strings.Index(body[i:], "</script>") + i + len("</script>")
	if body[:i]+body[j:] != string(built["en/index.html"]) {
		t.Errorf("served page differs from the build beyond the script")
	}
}

// A site under a sub-path is served there.
func TestBasePath(t *testing.T) {
	dir := newSite(t, baseProducts())
	s := startTest(t, dir, Options{noWatch: true, BaseURL: "http://127.0.0.1:1313/ocop/"})
	if rr := serveReq(s, "/ocop/san-pham/"); rr.Code != 200 || !strings.Contains(rr.Body.String(), `src="/ocop/_ocop/reload.js"`) {
		t.Errorf("/ocop/san-pham/: %d", rr.Code)
	}
	if rr := serveReq(s, "/ocop"); rr.Code != http.StatusMovedPermanently {
		t.Errorf("/ocop: %d", rr.Code)
	}
	if rr := serveReq(s, "/san-pham/"); rr.Code != 404 {
		t.Errorf("outside the base path: %d", rr.Code)
	}
}

func TestLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:1313": true, "127.0.0.1:0": true, "[::1]:1313": true, "localhost:1313": true,
		"0.0.0.0:1313": false, ":1313": false, "192.168.1.5:1313": false, "[::]:1313": false, "example.com:80": false,
	} {
		if got := loopback(addr); got != want {
			t.Errorf("loopback(%q) = %v", addr, got)
		}
	}
}

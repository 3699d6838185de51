package serve

import (
	"bytes"
	_ "embed"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/namdinh-ocop/ocop/internal/media"
)

// Paths the server itself answers, under the site's base path. No page
// of the site starts with "_".
const (
	eventsPath = "_ocop/events"
	scriptPath = "_ocop/reload.js"
)

//go:embed reload.js
var reloadJS []byte

// contentTypes are the types of the files a site has besides its images
// (media.Types); other extensions go to mime.TypeByExtension.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".xml":  "application/xml; charset=utf-8",
	".json": "application/json",
	".pdf":  "application/pdf",
	".txt":  "text/plain; charset=utf-8",
}

// contentType returns the Content-Type of an output path.
func contentType(p string) string {
	if t, ok := media.TypeOf(p); ok {
		return t.MIME
	}
	ext := strings.ToLower(path.Ext(p))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// cleanPath checks a request's path and returns it relative to the base
// path ("" for the site's root), or ok false for anything that is not a
// plain path inside the site: "." or ".." segments (also when
// percent-encoded), encoded slashes or backslashes, backslashes, NUL,
// empty segments ("//etc/passwd") and paths outside the base path.
func cleanPath(r *http.Request, basePath string) (rel string, ok bool) {
	raw := r.URL.EscapedPath()
	lower := strings.ToLower(raw)
	if strings.Contains(lower, "%2f") || strings.Contains(lower, "%5c") || strings.Contains(lower, "%00") {
		return "", false
	}
	p := r.URL.Path
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return "", false
	}
	segs := strings.Split(p[1:], "/")
	for i, s := range segs {
		if s == "." || s == ".." || (s == "" && i != len(segs)-1) {
			return "", false
		}
	}
	if !strings.HasPrefix(p, basePath) {
		return "", false
	}
	return p[len(basePath):], true
}

// handler serves the built site from memory, the reload script and the
// event stream.
type handler struct {
	s    *Server
	base string // the base path, "/" or "/ocop/"
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.URL.Path+"/" == h.base {
		redirect(w, r, h.base)
		return
	}
	rel, ok := cleanPath(r, h.base)
	if !ok {
		h.notFound(w, r)
		return
	}
	switch rel {
	case eventsPath:
		h.events(w, r)
		return
	case scriptPath:
		w.Header().Set("Content-Type", contentTypes[".js"])
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Length", strconv.Itoa(len(reloadJS)))
		if r.Method != http.MethodHead {
			_, _ = w.Write(reloadJS)
		}
		return
	}
	out := rel
	if out == "" || strings.HasSuffix(out, "/") {
		out += "index.html"
	}
	data, gen, found := h.s.file(out)
	if !found && !strings.HasSuffix(rel, "/") && rel != "" {
		// A folder URL without its slash: send the browser to the slash
		// form, where relative links resolve.
		if _, _, dir := h.s.file(rel + "/index.html"); dir {
			target := h.base + rel + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			redirect(w, r, target)
			return
		}
	}
	if !found {
		h.notFound(w, r)
		return
	}
	h.write(w, r, out, data, gen, http.StatusOK)
}

func redirect(w http.ResponseWriter, r *http.Request, target string) {
	w.Header().Set("Cache-Control", "no-store")
	http.Redirect(w, r, target, http.StatusMovedPermanently)
}

// notFound answers 404 with the site's own 404 page when it has one.
func (h *handler) notFound(w http.ResponseWriter, r *http.Request) {
	if data, gen, ok := h.s.file("404.html"); ok {
		h.write(w, r, "404.html", data, gen, http.StatusNotFound)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, "404 page not found", http.StatusNotFound)
}

// write sends a file; HTML gets the reload script before </body>.
func (h *handler) write(w http.ResponseWriter, r *http.Request, out string, data []byte, gen, status int) {
	ct := contentType(out)
	if strings.HasPrefix(ct, "text/html") {
		data = inject(data, h.base, gen)
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(data)
	}
}

// inject returns page with the reload script added before its last
// </body> (or at its end). gen is the generation the page belongs to, so
// that the script, on connecting, learns whether its page changed since.
func inject(page []byte, base string, gen int) []byte {
	tag := fmt.Sprintf(`<script src="%s%s" data-ocop-gen="%d" data-ocop-base="%s" defer></script>`, base, scriptPath, gen, base)
	i := bytes.LastIndex(bytes.ToLower(page), []byte("</body>"))
	out := make([]byte, 0, len(page)+len(tag)+1)
	if i < 0 {
		out = append(out, page...)
		return append(out, tag...)
	}
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}

// events streams Server-Sent Events to one page. The page gives the
// generation it was served at and its path; if that page changed since,
// the first event tells it to reload.
func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch, state := h.s.hub.subscribe()
	defer h.s.hub.unsubscribe(ch)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	send := func(e event) bool {
		_, err := fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data)
		fl.Flush()
		return err == nil
	}
	_, _ = fmt.Fprint(w, "retry: 500\n\n")
	if state != nil {
		send(*state)
	} else {
		send(newEvent("ok", struct{}{}))
	}
	if g := r.URL.Query().Get("gen"); g != "" {
		gen, err := strconv.Atoi(g)
		page, _ := strings.CutPrefix(r.URL.Query().Get("path"), h.base)
		if err == nil && h.s.changedSince(page, gen) {
			send(newEvent("reload", reloadData{Paths: []string{h.base + page}}))
		}
	}
	tick := time.NewTicker(20 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-h.s.done:
			return
		case e, ok := <-ch:
			if !ok || !send(e) {
				return
			}
		case <-tick.C:
			if _, err := fmt.Fprint(w, ": keep-alive\n\n"); err != nil {
				return
			}
			fl.Flush()
		}
	}
}

package serve

import (
	"encoding/json"
	"sync"
)

// event is one Server-Sent Event sent to every open page.
type event struct {
	// name is "reload", "css", "problems" or "ok".
	name string
	data []byte
}

// reloadData is the data of reload and css events.
type reloadData struct {
	Gen int `json:"gen"`
	// Paths are the URL paths (under the base path) whose file changed:
	// "/san-pham/gao/" for a page, "/assets/site.css" for a style sheet.
	Paths []string `json:"paths"`
	// All asks every page to reload (the first good build after errors).
	All bool `json:"all,omitempty"`
}

// problem is one diagnostic as the overlay shows it.
type problem struct {
	Pos string `json:"pos"`
	// Severity is "error" or "warning"; Label says it in the server's
	// language ("lỗi", "cảnh báo").
	Severity string `json:"severity"`
	Label    string `json:"label"`
	// Message is the message in the server's language.
	Message string `json:"message"`
}

// errorData is the data of a problems event: the problems, and the
// overlay's own words in the server's language.
type errorData struct {
	// Title heads the overlay ("Nội dung có 2 lỗi"); Note says what to
	// do; Hide labels the button that hides it.
	Title    string    `json:"title"`
	Note     string    `json:"note"`
	Hide     string    `json:"hide"`
	Problems []problem `json:"problems"`
	// More counts errors left out of Problems; MoreText says so.
	More     int    `json:"more,omitempty"`
	MoreText string `json:"moreText,omitempty"`
}

func newEvent(name string, v any) event {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte("{}")
	}
	return event{name: name, data: b}
}

// hub fans events out to the open event streams.
type hub struct {
	mu      sync.Mutex
	clients map[chan event]bool
	// state is the event a new stream starts with: the current errors,
	// or nothing.
	state *event
}

func newHub() *hub { return &hub{clients: map[chan event]bool{}} }

// subscribe returns a new stream's channel and the state event to send
// first (nil for none).
func (h *hub) subscribe() (chan event, *event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	ch := make(chan event, 64)
	h.clients[ch] = true
	return ch, h.state
}

func (h *hub) unsubscribe(ch chan event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.clients[ch] {
		delete(h.clients, ch)
		close(ch)
	}
}

// broadcast sends e to every stream. A stream too slow to take it is
// closed; its page reconnects and is told then what it missed.
func (h *hub) broadcast(e event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch e.name {
	case "problems":
		st := e
		h.state = &st
	case "ok":
		h.state = nil
	}
	for ch := range h.clients {
		select {
		case ch <- e:
		default:
			delete(h.clients, ch)
			close(ch)
		}
	}
}

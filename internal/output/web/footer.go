package web

import "github.com/namdinh-ocop/ocop/internal/catalog"

// footerView is what every page's footer says of the catalog: the site's
// title, who publishes it and how to reach them (from the site config;
// empty when not known), and the day its content last changed
// (catalog.Catalog.Changed; zero for none). It is comparable, so the
// footer is rendered once per language and date (see fragment).
type footerView struct {
	Title string
	// Publisher is in the page's language when the config gives it,
	// else in Vietnamese with PublisherLang "vi".
	Publisher, PublisherLang string
	Contact                  string
	Changed                  catalog.Date
}

// footer returns the footer of l's pages for the site title.
func (l *lctx) footer(title string) footerView {
	cf := &l.r.c.Config
	v := footerView{Title: title, Publisher: cf.Publisher, Contact: cf.Contact, Changed: l.r.c.Changed()}
	if l.lang != "vi" && v.Publisher != "" {
		if cf.PublisherEN != "" {
			v.Publisher = cf.PublisherEN
		} else {
			v.PublisherLang = "vi"
		}
	}
	return v
}

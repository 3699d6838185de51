package brochure

import (
	"github.com/namdinh-ocop/ocop/internal/output"
	"github.com/namdinh-ocop/ocop/internal/site"
)

// Print is the output of the print documents: in each of the site's
// languages, the print-ready page (HTML) and the PDF of every selection
// of Selections, on A4 paper, printed on the site's date. A build runs it
// only when asked to: every product card carries a QR code, and a
// whole-catalog brochure of 10,000 products is thousands of printed pages
// that a site need not rebuild each time.
type Print struct{}

// Name returns "print".
func (Print) Name() string { return "print" }

// Needs returns 0: the documents are made from the site alone.
func (Print) Needs() output.Needs { return 0 }

// Plan returns, language by language (in the order of the site config),
// the jobs of every selection's print-ready page, then of every PDF. The
// theme's print templates are read here; the documents are made by the
// jobs.
func (Print) Plan(s *site.Site, _ []output.Job) ([]output.Job, error) {
	c := s.Catalog
	var jobs []output.Job
	for _, l := range c.Config.Languages {
		opt := Options{Base: s.Base, Theme: s.Theme, Content: s.Content, Printed: s.Today, Paper: "A4", Lang: l.Code}
		t, err := parseTemplates(opt.Theme)
		if err != nil {
			return nil, err
		}
		sels := Selections(c)
		for _, sel := range sels {
			out := sel.HTMLPath(langOf(opt))
			jobs = append(jobs, output.Job{Out: out, Make: func() ([]byte, error) {
				b, err := newBook(c, sel, opt)
				if err != nil {
					return nil, err
				}
				return t.page(b, opt, out)
			}})
		}
		pc := newPhotoCache()
		for _, sel := range sels {
			jobs = append(jobs, output.Job{Out: sel.PDFPath(langOf(opt)), Make: func() ([]byte, error) {
				return makePDF(c, sel, opt, pc)
			}})
		}
	}
	return jobs, nil
}

package catalog

// Changed returns the day the content was last changed, as every page's
// footer states it, chosen so that two builds of the same content are
// byte-identical:
//
//   - SourceDate, when the build was given SOURCE_DATE_EPOCH (such as the
//     time of the last commit, git log -1 --format=%ct);
//   - else the newest date the content states: the site config's
//     updated:, every certificate's decision date, and every fair's start
//     and end that is not after Today (a fair announced for later says
//     nothing about when the content changed);
//   - else the zero Date, and the footer states no date.
func (c *Catalog) Changed() Date {
	if !c.SourceDate.IsZero() {
		return c.SourceDate
	}
	var newest Date
	see := func(d Date) {
		if !d.IsZero() && (newest.IsZero() || newest.Before(d)) {
			newest = d
		}
	}
	see(c.Config.Updated)
	for _, p := range c.Products {
		see(p.Certificate.Date)
	}
	for _, f := range c.Fairs {
		for _, d := range []Date{f.Start, f.End} {
			if c.Today.IsZero() || !c.Today.Before(d) {
				see(d)
			}
		}
	}
	return newest
}

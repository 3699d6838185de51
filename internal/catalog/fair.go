package catalog

// MinStars returns the fewest stars a product needs to be shown at the
// fair: Select.MinStars, or DefaultFairMinStars when unset.
func (f *Fair) MinStars() int {
	if f.Select.MinStars == 0 {
		return DefaultFairMinStars
	}
	return f.Select.MinStars
}

// Participants reports whether the fair record lists its products
// (select.products): they are then the fair's participants. Otherwise
// its products are those the selection rule makes eligible, and are
// shown as such, never as participants.
func (f *Fair) Participants() bool { return len(f.Select.Products) > 0 }

// shows reports whether the fair shows a product of status s: a
// promoted one (Status.Promoted), or an expired one when the fair's
// select.include_expired says so. A product that is not certified
// never.
func (f *Fair) shows(s Status) bool {
	return s.Promoted() || (s == StatusExpired && f.Select.IncludeExpired)
}

// FairProducts returns the products fair f shows, by stars (most first),
// then name (see SortProducts), leaving out expired products (unless
// select.include_expired) and those not certified (see Fair.shows):
//
//   - when Select.Products is set, exactly those products (IDs that name no
//     product are skipped, repeats count once), whatever their stars, group
//     or district;
//   - otherwise every product rated 1–5 stars with at least f.MinStars()
//     stars, in one of Select.Groups (browse group IDs; any when empty) and
//     one of Select.Districts (any when empty).
//
// A district matches by PlaceKey ("Hải Hậu" matches "Huyện Hải Hậu"), on
// the product's district as resolved in the oldest geography snapshot, or
// as written when it does not resolve there. The catalog must be linked.
// The result is a new slice; the caller may change it.
func (c *Catalog) FairProducts(f *Fair) []*Product {
	sel := f.Select
	var out []*Product
	if len(sel.Products) > 0 {
		seen := map[*Product]bool{}
		for _, id := range sel.Products {
			if p := c.Product(id); p != nil && !seen[p] && f.shows(c.Status(p)) {
				seen[p] = true
				out = append(out, p)
			}
		}
		SortProducts(out, ByStars)
		return out
	}
	minStars := max(f.MinStars(), 1)
	groups := map[string]bool{}
	for _, g := range sel.Groups {
		groups[g] = true
	}
	districts := map[string]bool{}
	for _, d := range sel.Districts {
		districts[PlaceKey(d)] = true
	}
	var listed map[string]bool
	if len(districts) > 0 {
		listed = map[string]bool{}
		for _, d := range c.Districts() {
			listed[PlaceKey(d.Name)] = true
		}
	}
	for _, p := range c.Products {
		if p.Stars < minStars || p.Stars > 5 || !f.shows(c.Status(p)) {
			continue
		}
		if len(groups) > 0 && (p.Links.Browse == nil || !groups[p.Links.Browse.ID]) {
			continue
		}
		if len(districts) > 0 && !districts[fairDistrictKey(listed, p)] {
			continue
		}
		out = append(out, p)
	}
	SortProducts(out, ByStars)
	return out
}

// fairDistrictKey is the PlaceKey of the district a fair's district rule
// compares a product by: its resolved district when that is one of the
// oldest snapshot's districts (listed), else the district as written.
func fairDistrictKey(listed map[string]bool, p *Product) string {
	if d := p.Links.District; d != nil {
		if k := PlaceKey(d.Name); listed[k] {
			return k
		}
	}
	return PlaceKey(p.District)
}

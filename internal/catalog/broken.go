package catalog

// Broken says which reference files are missing or had errors when they
// were read. Validate skips every rule that depends on such a file, so a
// broken file is reported in its own messages only, never again in every
// record that uses it (a broken groups.yaml does not make every product's
// group unknown). The zero value means every reference file is sound.
type Broken struct {
	// Config is content/site.yaml.
	Config bool
	// Groups is content/groups.yaml.
	Groups bool
	// Geo is any file of content/geo/: one broken snapshot breaks the
	// links between all of them.
	Geo bool
	// Records are the records whose files could not be read or parsed,
	// by kind and ID ("product/gao-tam"); they are left out of the
	// catalog, and a reference to one is not reported as a reference to
	// nothing (the record's own file has the message).
	Records map[string]bool
}

// unread reports whether the record of kind ("product", "producer",
// "showroom") and id is one whose file could not be read or parsed.
func (c *Catalog) unread(kind, id string) bool {
	return c.Broken.Records[kind+"/"+id]
}

// groupsKnown reports whether p's criteria and group can be checked: the
// groups file is sound, and so is the site config when p takes its
// criteria from the config's default_criteria.
func (c *Catalog) groupsKnown(p *Product) bool {
	if c.Broken.Groups {
		return false
	}
	return p.Criteria != "" || !c.Broken.Config || c.Config.Valid("default_criteria")
}

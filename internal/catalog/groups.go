package catalog

// BrowseGroup is one entry of the single group list the site is browsed
// by. It follows the six groups of Decision 148/QĐ-TTg (2023); groups of
// Decision 1048/QĐ-TTg (2019) map onto it.
type BrowseGroup struct {
	ID     string `yaml:"id"`
	Name   string `yaml:"name"`
	NameEN string `yaml:"name_en"`
	// Slug is the URL segment, derived from Name when empty.
	Slug string `yaml:"-"`
}

// Group is a product group (nhóm sản phẩm) of one criteria system.
type Group struct {
	ID     string `yaml:"id"`
	Name   string `yaml:"name"`
	NameEN string `yaml:"name_en"`
	// Browse is the ID of the BrowseGroup the group is listed under.
	Browse string `yaml:"browse"`
}

// System is one official list of product groups with its decision.
type System struct {
	// ID is how products name the system: "1048" or "148".
	ID       string  `yaml:"id"`
	Decision string  `yaml:"decision"`
	Date     Date    `yaml:"date"`
	Groups   []Group `yaml:"groups"`
	Source   string  `yaml:"source"`
}

// Groups is content/groups.yaml: the browse list and the official systems.
type Groups struct {
	Meta    `yaml:"-"`
	Browse  []BrowseGroup `yaml:"browse"`
	Systems []System      `yaml:"systems"`
}

// System returns the system with the given ID, or nil.
func (g *Groups) System(id string) *System {
	for i := range g.Systems {
		if g.Systems[i].ID == id {
			return &g.Systems[i]
		}
	}
	return nil
}

// Group returns the group id of system sys, or nil.
func (g *Groups) Group(sys, id string) *Group {
	s := g.System(sys)
	if s == nil {
		return nil
	}
	for i := range s.Groups {
		if s.Groups[i].ID == id {
			return &s.Groups[i]
		}
	}
	return nil
}

// BrowseGroup returns the browse group with the given ID, or nil.
func (g *Groups) BrowseGroup(id string) *BrowseGroup {
	for i := range g.Browse {
		if g.Browse[i].ID == id {
			return &g.Browse[i]
		}
	}
	return nil
}

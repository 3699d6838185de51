package load

import (
	"strings"

	"github.com/namdinh-ocop/ocop/internal/catalog"
)

// Reference files are what records are checked against: the site config
// (content/site.yaml), the product groups (content/groups.yaml) and the
// geography (content/geo/*.yaml). One that is missing or has an error is
// marked in catalog.Catalog.Broken, so validation skips the rules that
// depend on it: the editor sees that file's own messages, and one note
// that the checks depending on it were skipped, instead of a follow-on
// error in every record.

const (
	configPath = "content/site.yaml"
	groupsPath = "content/groups.yaml"
	geoDir     = "content/geo"
)

// refFile reads the reference file p into rec and notes p as broken when
// reading it gave an error. It reports whether rec could be read at all.
func (l *loader) refFile(p string, rec any, m *catalog.Meta) bool {
	before := len(l.ds)
	ok := l.yamlFile(p, rec, m)
	if !ok || l.ds[before:].HasErrors() {
		l.broken = append(l.broken, p)
	}
	return ok
}

// references marks the missing and broken reference files in the
// catalog, reporting a missing one, and adds one note to each broken
// file naming the checks that were skipped because of it.
func (l *loader) references() {
	b := &l.c.Broken
	found := map[string]bool{}
	for _, p := range l.broken {
		switch {
		case p == configPath:
			found[configPath], b.Config = true, true
			if !l.c.Config.Valid("default_criteria") {
				l.ds.Warnf(catalog.Pos{Path: p}, "products without criteria: take theirs from default_criteria here, so their groups are not checked until the errors in this file are fixed")
			}
		case p == groupsPath:
			found[groupsPath], b.Groups = true, true
			l.ds.Warnf(catalog.Pos{Path: p}, "product groups and criteria are not checked in any file until the errors in this file are fixed")
		case strings.HasPrefix(p, geoDir+"/"):
			found[geoDir], b.Geo = true, true
			l.ds.Warnf(catalog.Pos{Path: p}, "districts and communes are not checked in any file until the errors in this file are fixed")
		}
	}
	if l.c.Config.Path == "" && !found[configPath] {
		b.Config = true
		l.ds.Errorf(catalog.Pos{Path: configPath}, "site config is missing; create content/site.yaml with title and base_url")
	}
	if l.c.Groups.Path == "" && !found[groupsPath] {
		b.Groups = true
		l.ds.Errorf(catalog.Pos{Path: groupsPath}, "product groups are missing; create content/groups.yaml")
	}
	if len(l.c.Geo.Snapshots) == 0 && !found[geoDir] {
		b.Geo = true
		l.ds.Errorf(catalog.Pos{Path: geoDir}, "geography is missing; add at least one snapshot such as content/geo/2024-05-01.yaml")
	}
}

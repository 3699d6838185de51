package build

import (
	"path/filepath"
	"strings"

	"github.com/namdinh-ocop/ocop/internal/publish"

	"github.com/namdinh-ocop/ocop/internal/message"
)

// DestOptions say what CheckDest allows. The zero value allows only a
// new folder, an empty one, or an earlier build's output.
type DestOptions struct {
	// Home is the user's home folder, never an output, like any folder
	// that contains it; "" leaves it unchecked.
	Home string
	// Clean allows replacing a non-empty folder that ocop did not make;
	// the build removes everything in it.
	Clean bool
}

// CheckDest refuses an output folder that a build would destroy content
// with, before anything is built. source is the site's folder and dest
// the output, both paths on disk as given (relative to the current
// folder); every check runs on their real paths, symbolic links resolved,
// so no spelling (.., a trailing slash, a linked parent, a link to the
// site) gets past it. It refuses, whatever opt says:
//   - a dest that is or contains the site folder, the root folder or
//     opt.Home, or that is or lies inside the site's content/ or themes/;
//   - a dest that is not a folder: a file, a named pipe, a link to nothing
//     (see publish.Inspect);
//   - a non-empty folder inside the site that ocop did not make, other
//     than the site's public/ (it may be .git/ or the site's own files).
//
// Without opt.Clean it also refuses any other non-empty folder that ocop
// did not make (one without the publish.Marker file). It returns dest as
// found: with opt.Clean and a publish.Foreign folder, Target.Listing says
// what a build removes.
func CheckDest(source, dest string, opt DestOptions) (publish.Target, error) {
	t, ierr := publish.Inspect(dest)
	if t.Real == "" {
		return t, ierr
	}
	src, err := publish.Resolve(source)
	if err != nil {
		return t, message.Errorf("source folder %s: %w", source, err)
	}
	real := t.Real
	name := any(dest)
	if abs, err := filepath.Abs(dest); err != nil || abs != real {
		name = message.Errorf("%s (that is %s)", dest, real)
		if t.Link {
			name = message.Errorf("%s (a link to %s)", dest, real)
		}
	}
	suggest := filepath.Join(source, "public")
	if filepath.Dir(real) == real {
		return t, message.Errorf("%s is the root folder; choose a folder such as %s", name, suggest)
	}
	if opt.Home != "" {
		home, err := publish.Resolve(opt.Home)
		if err == nil && within(home, real) {
			return t, message.Errorf("%s would replace your home folder %s; choose a folder such as %s", name, opt.Home, suggest)
		}
	}
	if within(src, real) {
		return t, message.Errorf("%s would replace the site's own folder; choose a folder such as %s", name, suggest)
	}
	for _, sub := range []string{"content", "themes"} {
		p := filepath.Join(src, sub)
		if r, err := publish.Resolve(p); err == nil {
			p = r
		}
		if within(real, p) || within(p, real) {
			return t, message.Errorf("%s is inside the site's %s/ folder; choose a folder such as %s", name, sub, suggest)
		}
	}
	if ierr != nil {
		return t, ierr
	}
	if t.State != publish.Foreign {
		return t, nil
	}
	what := message.Errorf("%s is not empty and ocop did not make it (it has no %s file); it holds %s: %s", name, publish.Marker, entries(t.Total), t.Listing())
	if within(real, src) && real != filepath.Join(src, "public") {
		return t, message.Errorf("%s; a folder inside the site other than public/ may hold the site's own files, so ocop does not replace it even with --clean-dest: choose a new or empty folder", what)
	}
	if !opt.Clean {
		return t, message.Errorf("%s; choose a new or empty folder, or pass --clean-dest to remove all of it and write the site there", what)
	}
	return t, nil
}

// entries returns "1 entry" or "n entries" ("n mục" in Vietnamese).
func entries(n int) message.Count {
	return message.Count{N: n, EN: "entry", ENPlural: "entries", VI: "mục"}
}

// within reports whether the absolute path p is dir or lies inside it.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

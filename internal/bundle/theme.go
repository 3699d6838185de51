package bundle

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// namespace is esbuild's name for the modules read from the theme: every
// path is resolved into it, so esbuild's own resolver, which reads the
// disk, is never asked.
const namespace = "theme"

// themeModules is the esbuild plugin that resolves every import to a file
// of theme and loads it from there.
func themeModules(theme fs.FS) api.Plugin {
	return api.Plugin{
		Name: "theme",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: ".*"}, func(args api.OnResolveArgs) (api.OnResolveResult, error) {
				p, err := resolve(theme, args)
				if err != nil {
					return api.OnResolveResult{}, err
				}
				return api.OnResolveResult{Path: p, Namespace: namespace}, nil
			})
			b.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: namespace}, func(args api.OnLoadArgs) (api.OnLoadResult, error) {
				data, err := fs.ReadFile(theme, args.Path)
				if err != nil {
					return api.OnLoadResult{}, err
				}
				s := string(data)
				return api.OnLoadResult{Contents: &s, Loader: api.LoaderJS}, nil
			})
		},
	}
}

// resolve returns the theme path of the module args names: a relative
// import joined to the importing module's folder (the theme's root for the
// entry's module). The module must be a .js file that exists in theme.
func resolve(theme fs.FS, args api.OnResolveArgs) (string, error) {
	spec := args.Path
	if args.Importer == entryFile && args.Namespace != namespace {
		p := path.Join(".", spec)
		return p, module(theme, p)
	}
	if !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") {
		return "", fmt.Errorf("import %q: only relative imports of the theme's own modules (./ or ../) are allowed", spec)
	}
	p := path.Join(path.Dir(args.Importer), spec)
	if p == ".." || strings.HasPrefix(p, "../") {
		return "", fmt.Errorf("import %q leaves the theme", spec)
	}
	if err := module(theme, p); err != nil {
		return "", fmt.Errorf("import %q: %s %w", spec, p, err)
	}
	return p, nil
}

// module checks that p is a .js file in theme. Its errors say what p is
// not, without naming p.
func module(theme fs.FS, p string) error {
	st, err := fs.Stat(theme, p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if st, err := fs.Stat(theme, p+".js"); err == nil && st.Mode().IsRegular() {
			return fmt.Errorf("does not exist in the theme (did you mean %s.js? imports name the file with its extension)", path.Base(p))
		}
		return errors.New("does not exist in the theme")
	case err != nil:
		return fmt.Errorf("cannot be read: %w", err)
	case !st.Mode().IsRegular():
		return errors.New("is not a file")
	case path.Ext(p) != ".js":
		return errors.New("is not a .js module")
	}
	return nil
}

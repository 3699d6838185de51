package web

import (
	"io/fs"
	"testing/fstest"
)

// overlay is a file system whose files replace those of base.
type overlay struct {
	base  fs.FS
	files map[string]string
}

func (o overlay) Open(name string) (fs.File, error) {
	if s, ok := o.files[name]; ok {
		return fstest.MapFS{name: {Data: []byte(s)}}.Open(name)
	}
	return o.base.Open(name)
}

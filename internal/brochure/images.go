package brochure

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"io/fs"
	"sync"

	xdraw "golang.org/x/image/draw"

	"github.com/namdinh-ocop/ocop/internal/media"
)

// photoW and photoH are the pixel size photos are printed from: a 4:3
// crop, enough for the largest photo box (about 40 × 30 mm) at 300 dpi.
const photoW, photoH = 480, 360

// photo is an image prepared for the PDF: a JPEG of photoW × photoH, or
// nil when the file is missing or not an image the brochure can read (the
// card then shows its placeholder).
type photo struct {
	jpeg []byte
}

// photoCache prepares each photo once for all the documents of a run.
type photoCache struct {
	mu sync.Mutex
	m  map[string]*photoEntry
}

type photoEntry struct {
	once sync.Once
	p    *photo
}

func newPhotoCache() *photoCache { return &photoCache{m: map[string]*photoEntry{}} }

// get returns the prepared photo at content path src.
func (pc *photoCache) get(content fs.FS, src string) *photo {
	if content == nil || src == "" {
		return nil
	}
	pc.mu.Lock()
	e := pc.m[src]
	if e == nil {
		e = &photoEntry{}
		pc.m[src] = e
	}
	pc.mu.Unlock()
	e.once.Do(func() { e.p = preparePhoto(content, src) })
	return e.p
}

// preparePhoto decodes a photo, crops its centre to 4:3, scales it to
// photoW × photoH on white (no transparency) and encodes it as a JPEG
// of quality 88. The output depends on the file's bytes alone.
func preparePhoto(content fs.FS, src string) *photo {
	b, err := fs.ReadFile(content, src)
	if err != nil {
		return nil
	}
	img, err := media.Decode(b)
	if err != nil {
		return nil
	}
	r := img.Bounds()
	if r.Dx() < 2 || r.Dy() < 2 {
		return nil
	}
	// Crop the centre to the box's aspect ratio.
	crop := r
	if r.Dx()*photoH > r.Dy()*photoW {
		w := r.Dy() * photoW / photoH
		crop.Min.X += (r.Dx() - w) / 2
		crop.Max.X = crop.Min.X + w
	} else {
		h := r.Dx() * photoH / photoW
		crop.Min.Y += (r.Dy() - h) / 2
		crop.Max.Y = crop.Min.Y + h
	}
	// Halve large images by averaging first, so that the final scaling
	// samples every pixel: fast and without aliasing.
	src2 := image.Image(image.NewRGBA(image.Rect(0, 0, crop.Dx(), crop.Dy())))
	draw.Draw(src2.(*image.RGBA), src2.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	draw.Draw(src2.(*image.RGBA), src2.Bounds(), img, crop.Min, draw.Over)
	for src2.Bounds().Dx() >= 2*photoW*2 {
		src2 = halve(src2.(*image.RGBA))
	}
	dst := image.NewRGBA(image.Rect(0, 0, photoW, photoH))
	xdraw.CatmullRom.Scale(dst, dst.Bounds(), src2, src2.Bounds(), xdraw.Src, nil)
	var out bytes.Buffer
	if err := jpeg.Encode(&out, dst, &jpeg.Options{Quality: 88}); err != nil {
		return nil
	}
	return &photo{jpeg: out.Bytes()}
}

// halve returns m at half its size, each pixel the mean of four.
func halve(m *image.RGBA) *image.RGBA {
	w, h := m.Bounds().Dx()/2, m.Bounds().Dy()/2
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var s [4]int
			for _, d := range [4][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
				i := m.PixOffset(2*x+d[0], 2*y+d[1])
				for k := 0; k < 4; k++ {
					s[k] += int(m.Pix[i+k])
				}
			}
			j := out.PixOffset(x, y)
			for k := 0; k < 4; k++ {
				out.Pix[j+k] = uint8((s[k] + 2) / 4)
			}
		}
	}
	return out
}

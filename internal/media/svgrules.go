package media

import "strings"

// The namespaces CleanSVG knows.
const (
	svgNS   = "http://www.w3.org/2000/svg"
	xlinkNS = "http://www.w3.org/1999/xlink"
	xmlNS   = "http://www.w3.org/XML/1998/namespace"
)

// svgElements is the allow-list of elements (of the SVG namespace) a
// published SVG keeps: shapes, text, paint servers, clipping, masking,
// markers, filters, <style> (checked as CSS) and animation of the
// allowed attributes. Left out, among others: script, foreignObject, a,
// image and feImage (another file or a data: URL), iframe, handler,
// cursor, font and every element of another namespace.
var svgElements = setOf(
	"svg", "g", "defs", "symbol", "use", "title", "desc", "switch",
	"path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
	"text", "tspan", "textPath",
	"linearGradient", "radialGradient", "stop", "pattern",
	"clipPath", "mask", "marker", "style",
	"filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite",
	"feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap", "feDistantLight",
	"feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
	"feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset",
	"fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
	"animate", "animateMotion", "animateTransform", "mpath", "set",
)

// hrefElements are the elements that may keep an href (or xlink:href),
// and then only to an element of the same file ("#id").
var hrefElements = setOf(
	"use", "textPath", "linearGradient", "radialGradient", "pattern", "filter",
	"mpath", "animate", "animateMotion", "animateTransform", "set",
)

// svgAttributes is the allow-list of attributes without a namespace,
// on any allowed element: geometry, presentation, text, paint servers,
// filters, animation timing and accessibility. Every value but those of
// textAttributes is checked as CSS (see cssProblem): an url() must point
// inside the file, and only a few functions are known. Never in it: any
// on* event handler, href (see hrefElements), and attributes that load
// another file (cursor, src).
var svgAttributes = setOf(
	// core and accessibility
	"id", "class", "style", "lang", "tabindex", "role", "focusable",
	"aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
	"aria-roledescription", "aria-description",
	"version", "baseProfile", "viewBox", "preserveAspectRatio", "zoomAndPan",
	"requiredFeatures", "requiredExtensions", "systemLanguage",
	// geometry
	"x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
	"fx", "fy", "fr", "d", "points", "pathLength", "transform",
	// presentation
	"fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
	"stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
	"stroke-opacity", "opacity", "color", "display", "visibility", "overflow",
	"clip", "clip-path", "clip-rule", "mask", "filter", "marker-start", "marker-mid",
	"marker-end", "stop-color", "stop-opacity", "flood-color", "flood-opacity",
	"lighting-color", "color-interpolation", "color-interpolation-filters",
	"color-rendering", "shape-rendering", "text-rendering", "image-rendering",
	"vector-effect", "paint-order", "mix-blend-mode", "isolation", "enable-background",
	"transform-origin", "transform-box",
	// text
	"font-family", "font-size", "font-size-adjust", "font-stretch", "font-style",
	"font-variant", "font-weight", "text-anchor", "text-decoration", "dominant-baseline",
	"alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
	"writing-mode", "direction", "unicode-bidi", "dx", "dy", "rotate", "textLength",
	"lengthAdjust", "startOffset", "method", "spacing", "side",
	// paint servers, clipping, masking, markers
	"offset", "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits",
	"patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits",
	"maskContentUnits", "markerWidth", "markerHeight", "markerUnits", "refX", "refY",
	"orient",
	// filters
	"filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode",
	"operator", "k1", "k2", "k3", "k4", "values", "type", "tableValues", "slope",
	"intercept", "amplitude", "exponent", "baseFrequency", "numOctaves", "seed",
	"stitchTiles", "scale", "xChannelSelector", "yChannelSelector", "kernelMatrix",
	"order", "divisor", "bias", "targetX", "targetY", "edgeMode", "kernelUnitLength",
	"preserveAlpha", "radius", "surfaceScale", "diffuseConstant", "specularConstant",
	"specularExponent", "azimuth", "elevation", "pointsAtX", "pointsAtY", "pointsAtZ",
	"limitingConeAngle", "z",
	// animation (what is changed is checked: see animatable)
	"attributeName", "attributeType", "from", "to", "by", "begin", "dur", "end",
	"min", "max", "restart", "repeatCount", "repeatDur", "calcMode", "keyTimes",
	"keySplines", "keyPoints", "additive", "accumulate", "path",
	// <style>
	"media",
)

// textAttributes hold free text (names, labels), never read as CSS or
// as a link.
var textAttributes = setOf(
	"id", "class", "lang", "role", "aria-label", "aria-labelledby", "aria-describedby",
	"aria-roledescription", "aria-description", "systemLanguage", "media",
)

// notAnimatable are allowed attributes an animation may still not change:
// what names or styles an element, and attributeName itself.
var notAnimatable = setOf("id", "class", "style", "attributeName", "attributeType", "type", "media")

// animatable reports whether an animation may change the attribute
// named name (as written in attributeName).
func animatable(name string) bool {
	return svgAttributes[name] && !notAnimatable[name] && !strings.HasPrefix(strings.ToLower(name), "on")
}

// editorNamespaces are the namespaces of drawing programs' own notes
// (Inkscape, Sodipodi, Adobe Illustrator, Sketch) and of the RDF
// metadata they write: a browser shows nothing of them, so CleanSVG drops
// their elements and attributes without a finding.
var editorNamespaces = []string{
	"http://www.inkscape.org/namespaces/inkscape",
	"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
	"http://www.w3.org/1999/02/22-rdf-syntax-ns#",
	"http://purl.org/dc/elements/1.1/",
	"http://creativecommons.org/ns#",
	"http://web.resource.org/cc/",
	"http://ns.adobe.com/",
	"http://www.bohemiancoding.com/sketch/ns",
}

// editorNamespace reports whether ns is one of editorNamespaces (or,
// for Adobe's, under it).
func editorNamespace(ns string) bool {
	for _, e := range editorNamespaces {
		if ns == e || strings.HasSuffix(e, "/") && strings.HasPrefix(ns, e) {
			return true
		}
	}
	return false
}

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// Package web is the output of the site's pages, made from the prepared
// site (package site): one HTML page per product, producer, tourism site,
// showroom and fair, list pages by product group, star rating and
// district, the section indexes, the search page, the home page and
// 404.html, in Vietnamese at the root and English under en/, together
// with the theme's assets and the records' photos. The search index, the
// kiosks and the sitemap are outputs of their own (packages searchindex,
// kiosk and sitemap under internal/output).
//
// Pages are html/template files of a theme (see package themes) executed
// with a set of template functions bound to the page's language: t looks
// up a UI string, rel and abs build links under the base URL, name picks a
// record's name in the page's language, and so on. Text from the content
// (names, addresses, Markdown bodies) is always escaped or sanitised: the
// Markdown renderer (package markdown) drops raw HTML and every link
// whose scheme is not http, https, mailto or tel.
//
// Output is deterministic: the same catalog, theme and options give the
// same bytes, whatever the number of CPUs.
package web

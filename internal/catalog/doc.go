// Package catalog holds the domain model of the OCOP catalog of Nam Định
// province: products, producers (chủ thể), tourism sites, showrooms, fairs,
// the OCOP product groups and the administrative geography, together with the
// rules that come from the OCOP decisions. It does no I/O: package load fills
// a Catalog from a content tree, and this package checks and links it.
//
// # Records and identities
//
// Every record read from a file has an ID: the file name without its
// extension (content/products/gao-nep-bac.md has ID "gao-nep-bac"), or, for a
// page bundle (a folder holding index.md and its images), the folder name.
// References between records (a product's producer, its showrooms; a tourism
// site's products) use IDs, so a record can be renamed without breaking links.
// The URL of a record is built from its slug (package urls), which is the
// front matter's slug if set, else derived from the Vietnamese name.
//
// Every record type embeds Head (Meta, names, slug) first, and those with
// a place embed Location; each is a Record. Kinds lists the kinds of
// record with their folder under content/, their page section and a
// constructor, so other packages loop over kinds and ask a Record (or an
// Illustrated or Described one) for what they need instead of switching
// on its type.
//
// # Rules and where they come from
//
//   - Star rating (hạng sao) 1–5 and score bands out of 100: 5★ 90–100,
//     4★ 70–89, 3★ 50–69, 2★ 30–49, 1★ under 30 (Decision 1048/QĐ-TTg of
//     2019, kept by Decision 148/QĐ-TTg of 2023). See StarsForScore.
//   - Rating level: 5★ is recognised by the national council. Who
//     recognised 3★ and 4★ changed over time (in Nam Định the province
//     recognised both under Decision 1048/QĐ-TTg; since Decision
//     148/QĐ-TTg of 2023 reports say district committees recognise 3★),
//     so the level is never inferred from the stars: it is shown only
//     where a record states it, and checked against the stars (5★
//     national, 4★ not district).
//   - A certificate is valid for 36 months from its decision date. See
//     CertificateValidity.
//   - Two product group lists: Decision 1048/QĐ-TTg (2019) and Decision
//     148/QĐ-TTg (2023). A product keeps the group of the system it was rated
//     under; the site browses both through one mapping (Groups.Browse).
//   - Fairs select products with at least 3 stars unless they say otherwise
//     (Decision 293/QĐ-UBND of Nam Định, 2019). See DefaultFairMinStars.
//
// Validation (Validate) reports problems as Diagnostics carrying the
// position of the offending key or value, so an editor sees
// path:line:col: message.
package catalog

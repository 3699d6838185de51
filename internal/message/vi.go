package message

// tables are the Vietnamese translations, one table per package whose
// messages they translate, each keyed by the English format.
var tables = []map[string]string{
	viMessage,
	viReport,
	viCatalog,
	viArchetype,
	viCompleteness,
	viAnnex,
	viImporter,
	viSchema,
	viLoad,
	viBuild,
	viMedia,
	viURLs,
	viServe,
	viBrochure,
	viPublish,
	viSite,
	viMain,
}

// viMessage translates the words of this package's own Localizers and
// the formats of its tests.
var viMessage = map[string]string{}

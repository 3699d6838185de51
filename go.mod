module github.com/namdinh-ocop/ocop

go 1.26.0

require (
	github.com/gosimple/slug v1.15.0
	golang.org/x/text v0.44.0
)

require (
	github.com/gosimple/unidecode v1.0.1 // indirect
	golang.org/x/sys v0.50.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

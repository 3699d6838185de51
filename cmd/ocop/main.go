// Command ocop builds the OCOP catalog website of Nam Định province from a
// content tree. Run "ocop help" for its commands.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

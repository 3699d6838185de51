// Command ocop builds the OCOP catalog website of Nam Định province from a
// content tree. Run "ocop help" for its commands.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	// A build allocates many short-lived page buffers; collecting garbage
	// at twice the live heap instead of once halves the collector's work
	// for a peak memory that stays far below the page output. GOGC in the
	// environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

//go:build !unix

package sitefs

// nonblock is 0 where opening a file never waits for another process.
const nonblock = 0

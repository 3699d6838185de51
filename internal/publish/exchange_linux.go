package publish

import "golang.org/x/sys/unix"

// exchange swaps two folders in one atomic step (renameat2 with
// RENAME_EXCHANGE, Linux 3.15 and later).
func exchange(a, b string) error {
	return unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
}

package publish

import (
	"errors"
	"fmt"

	"golang.org/x/sys/unix"
)

// errNoExchange reports that the file system cannot exchange two folders.
var errNoExchange = errors.New("no atomic exchange")

// exchange swaps two folders in one atomic step (renameat2 with
// RENAME_EXCHANGE, Linux 3.15 and later). Neither path's last element is
// followed if it is a link.
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL) {
		return fmt.Errorf("%w: %v", errNoExchange, err)
	}
	return err
}

// sync_file_range is a Linux call that Swift's Glibc module does not export.
#define _GNU_SOURCE
#include <fcntl.h>
#include "system.h"

int start_writeback(int descriptor, long long offset, long long count) {
#if defined(__linux__)
    return sync_file_range(descriptor, offset, count, SYNC_FILE_RANGE_WRITE);
#else
    (void)descriptor;
    (void)offset;
    (void)count;
    return 0;
#endif
}

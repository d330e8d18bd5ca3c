// mallopt is a glibc call that Swift's Glibc module does not export.
#include <stdlib.h>
#include "system.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void return_large_blocks_when_freed(void) {
#if defined(__GLIBC__)
    // Setting the trim threshold, here to its default of 128 KiB, turns off glibc's raising of the mmap
    // threshold, so every block of 128 KiB or more is mapped on its own and unmapped when freed.
    mallopt(M_TRIM_THRESHOLD, 128 * 1024);
#endif
}

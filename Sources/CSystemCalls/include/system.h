#ifndef SYSTEM_H
#define SYSTEM_H

/// Asks the system to start writing `count` bytes of the file at `offset` to disk, without waiting, so a
/// later fsync has less left to do. Returns 0, or -1 with errno set; does nothing where the system has
/// no such call.
int start_writeback(int descriptor, long long offset, long long count);

#endif

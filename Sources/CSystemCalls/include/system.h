#ifndef SYSTEM_H
#define SYSTEM_H

/// Asks the system to start writing `count` bytes of the file at `offset` to disk, without waiting, so a
/// later fsync has less left to do. Returns 0, or -1 with errno set; does nothing where the system has
/// no such call.
int start_writeback(int descriptor, long long offset, long long count);

/// Has the C allocator give large blocks back to the system when they are freed, rather than keep them
/// for later: glibc otherwise raises the size it maps separately as large blocks come and go, and a
/// program that allocates many large buffers one after another (a batch's lines, its records) ends up
/// holding megabytes it no longer uses. Does nothing with other allocators.
void return_large_blocks_when_freed(void);

#endif

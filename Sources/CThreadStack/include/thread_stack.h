#ifndef THREAD_STACK_H
#define THREAD_STACK_H

#include <stddef.h>

/// The size in bytes of the calling thread's stack, or 0 where the system does not say.
size_t thread_stack_size(void);

#endif

// pthread_getattr_np is a GNU extension that Swift's Glibc module does not export, so the stack size
// of a thread the program did not start (a server's worker, say) is read here.
#define _GNU_SOURCE
#include <pthread.h>
#include "thread_stack.h"

size_t thread_stack_size(void) {
#if defined(__linux__)
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
    size_t size = 0;
    if (pthread_attr_getstacksize(&attributes, &size) != 0) size = 0;
    pthread_attr_destroy(&attributes);
    return size;
#else
    return pthread_get_stacksize_np(pthread_self());
#endif
}

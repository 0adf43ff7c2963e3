// glibc's allocator tuning (mallopt, M_ARENA_MAX), which the Glibc module does not export.
#if defined(__linux__)
#include <malloc.h>
#endif

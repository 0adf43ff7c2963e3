// jemalloc (Debian package libjemalloc-dev), linked into the labor-etl executable as its
// malloc: extraction allocates many small, short-lived objects, and jemalloc's per-thread
// size classes serve them with less CPU than glibc's allocator (see BENCHMARKS.md).
// Only mallctl is used by name; linking the library is what replaces malloc and free.
#if defined(__linux__)
#include <stddef.h>
int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen);
#endif

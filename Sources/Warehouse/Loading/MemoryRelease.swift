#if os(Linux)
import CMalloc
#endif

/// Gives memory freed by a batch back to the system.
///
/// A long load allocates and frees the same sizes batch after batch; glibc keeps the freed
/// pages, and fragmentation makes the resident set creep up with the length of the run.
/// Trimming after each batch (a few milliseconds every few seconds) keeps peak RSS set by
/// the largest batch, not by the size of the archive.
enum MemoryRelease {
    static func afterBatch() {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }
}

#if os(Linux)
import CMalloc
import Glibc
#endif

/// Gives memory freed by a batch back to the system.
///
/// A long load allocates and frees the same sizes batch after batch; the allocator keeps the
/// freed pages, and fragmentation makes the resident set creep up with the length of the run.
/// Releasing them after each batch (a few milliseconds every few seconds) keeps peak RSS set
/// by the largest batch, not by the size of the archive.
///
/// The `labor-etl` executable links jemalloc on Linux: then all arenas' dirty pages are purged
/// (`mallctl("arena.<all>.purge")`, found at run time so that this library does not depend on
/// jemalloc); under glibc's malloc, `malloc_trim(0)`.
enum MemoryRelease {
    static func afterBatch() {
        #if os(Linux)
        if let mallctl = jemallocControl {
            // MALLCTL_ARENAS_ALL (4096) names every arena.
            _ = mallctl("arena.4096.purge", nil, nil, nil, 0)
        } else {
            _ = malloc_trim(0)
        }
        #endif
    }

    #if os(Linux)
    private typealias MallctlFunction = @convention(c) (
        UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?, UnsafeMutableRawPointer?, Int
    ) -> Int32

    /// jemalloc's `mallctl` when jemalloc is the process's allocator, else nil.
    private static let jemallocControl: MallctlFunction? = {
        guard let symbol = dlsym(nil, "mallctl") else { return nil }
        return unsafeBitCast(symbol, to: MallctlFunction.self)
    }()
    #endif
}

import Foundation
#if canImport(CJemalloc)
import CJemalloc
#endif
#if os(Linux)
import CMalloc
#endif

/// The process's memory allocator: jemalloc where the executable links it (Linux), the C
/// library's malloc elsewhere.
///
/// Extraction allocates millions of small, short-lived strings and arrays per minute;
/// jemalloc serves them with about 15% less CPU than glibc's malloc (BENCHMARKS.md).
enum Allocator {
    /// jemalloc's version (for example "5.3.0-0-g…"), or nil when malloc is not jemalloc.
    static var jemallocVersion: String? {
        #if canImport(CJemalloc)
        var version: UnsafePointer<CChar>? = nil
        var length = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &version, &length, nil, 0) == 0, let version else { return nil }
        return String(cString: version)
        #else
        return nil
        #endif
    }

    /// A one-line description for benchmark headers, e.g. "jemalloc 5.3.0" or "glibc malloc".
    static var description: String {
        if let v = jemallocVersion { return "jemalloc " + (v.split(separator: "-").first.map(String.init) ?? v) }
        return "system malloc"
    }

    /// Settings applied once at start-up. With glibc's malloc: one arena per core rather than
    /// eight (extraction threads otherwise spread the same work over more arenas, and peak
    /// memory varies from run to run); MALLOC_ARENA_MAX in the environment still wins.
    static func configure() {
        #if os(Linux) && canImport(Glibc)
        if jemallocVersion == nil, ProcessInfo.processInfo.environment["MALLOC_ARENA_MAX"] == nil {
            _ = mallopt(M_ARENA_MAX, Int32(max(2, ProcessInfo.processInfo.activeProcessorCount)))
        }
        #endif
    }
}

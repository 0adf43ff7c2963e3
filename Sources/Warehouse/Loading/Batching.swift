#if canImport(Glibc)
import Glibc
#endif
import NewsText

/// Cuts the files of a load into batches (one transaction each) of at most `maxCount`
/// files and about `maxBytes` of file content, so that the two batches the pipeline
/// holds in memory stay small whatever the pages' sizes. A file larger than `maxBytes`
/// gets a batch of its own.
public struct Batching: Sendable {
    public var maxCount: Int
    public var maxBytes: Int

    public init(maxCount: Int, maxBytes: Int) {
        self.maxCount = max(1, maxCount); self.maxBytes = max(1, maxBytes)
    }

    /// The batches, in order; `size` gives a file's size in bytes (unreadable: 0).
    public func batches(_ files: [SourceFile], size: (SourceFile) -> Int = Batching.fileSize) -> [[SourceFile]] {
        var result: [[SourceFile]] = []
        var current: [SourceFile] = []
        var bytes = 0
        for f in files {
            let n = max(0, size(f))
            if !current.isEmpty && (current.count >= maxCount || bytes + n > maxBytes) {
                result.append(current); current = []; bytes = 0
            }
            current.append(f); bytes += n
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// A file's size from `stat` (0 when it cannot be read: the reader reports why).
    public static func fileSize(_ file: SourceFile) -> Int {
        var st = stat()
        return stat(file.path, &st) == 0 ? Int(st.st_size) : 0
    }
}

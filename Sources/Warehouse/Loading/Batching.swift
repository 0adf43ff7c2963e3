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
    public func batches(_ files: [SourceFile], size: @escaping (SourceFile) -> Int = Batching.fileSize) -> [[SourceFile]] {
        var feed = Feed(files.makeIterator(), batching: self, size: size)
        var result: [[SourceFile]] = []
        while let batch = feed.nextBatch() { result.append(batch) }
        return result
    }

    /// Cuts batches from a stream of files, holding one batch (and one file ahead) at a time.
    public struct Feed<Files: IteratorProtocol> where Files.Element == SourceFile {
        public private(set) var files: Files
        private let batching: Batching
        private let size: (SourceFile) -> Int
        /// The file that closed the previous batch, first of the next.
        private var carried: (file: SourceFile, bytes: Int)?

        public init(_ files: Files, batching: Batching, size: @escaping (SourceFile) -> Int = Batching.fileSize) {
            self.files = files; self.batching = batching; self.size = size
        }

        public mutating func nextBatch() -> [SourceFile]? {
            var batch: [SourceFile] = []
            var bytes = 0
            if let c = carried { batch.append(c.file); bytes = c.bytes; carried = nil }
            while batch.count < batching.maxCount, let f = files.next() {
                let n = max(0, size(f))
                if !batch.isEmpty && bytes + n > batching.maxBytes { carried = (f, n); break }
                batch.append(f); bytes += n
            }
            return batch.isEmpty ? nil : batch
        }
    }

    /// A file's size from `stat` (0 when it cannot be read: the reader reports why).
    public static func fileSize(_ file: SourceFile) -> Int {
        var st = stat()
        return stat(file.path, &st) == 0 ? Int(st.st_size) : 0
    }
}

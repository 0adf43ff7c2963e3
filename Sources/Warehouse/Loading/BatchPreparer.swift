#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Extraction
import Foundation
import NewsText
import Postgres

/// What the warehouse already holds for each document key (loaded once per run).
final class DocumentState: @unchecked Sendable {
    // Touched only by BatchPreparer.classify, which runs for one batch at a time.
    struct Known { let id: Int64; let sha256: String; let byteCount: Int; let mtime: Date?; let extractorVersion: String }
    struct KnownDuplicate { let sha256: String; let byteCount: Int; let mtime: Date? }
    var documents: [String: Known] = [:]
    var duplicates: [String: KnownDuplicate] = [:]
    /// SHA-256 → key of the document holding that content (loaded, or accepted in this run).
    var keyBySHA: [String: String] = [:]

    static func load(on conn: PostgresConnection) throws -> DocumentState {
        let s = DocumentState()
        for r in try conn.query("SELECT source_key, document_id, sha256, byte_count, file_mtime, extractor_version FROM core.document").rows {
            let k = Known(id: try r.decode(1, as: Int64.self)!, sha256: r.string(2)!, byteCount: r.int(3)!,
                          mtime: try r.decode(4, as: Date.self), extractorVersion: r.string(5)!)
            s.documents[r.string(0)!] = k
            if s.keyBySHA[k.sha256] == nil { s.keyBySHA[k.sha256] = r.string(0)! }
        }
        for r in try conn.query("SELECT source_key, sha256, byte_count, file_mtime FROM etl.duplicate_file").rows {
            s.duplicates[r.string(0)!] = KnownDuplicate(sha256: r.string(1)!, byteCount: r.int(2)!, mtime: try r.decode(3, as: Date.self))
        }
        return s
    }
}

/// A file with the same content as a document already loaded under another key.
struct DuplicateFile: Sendable {
    let sourceKey: String, originalKey: String, sha256: String, path: String, byteCount: Int, modificationTime: Date?
}

/// A batch read, classified and extracted, ready to write.
struct PreparedBatch: Sendable {
    struct Document: Sendable { let existingID: Int64?; let doc: ExtractedDocument }
    var documents: [Document] = []
    var unchanged: [String] = []
    var duplicates: [DuplicateFile] = []
    /// Unchanged documents whose file modification time moved (id, new mtime).
    var touched: [(Int64, Date)] = []
    var rejections: [Rejection] = []
}

/// A batch being prepared on other threads.
final class PreparedFuture: @unchecked Sendable {
    private let group = DispatchGroup()
    private var value: PreparedBatch?
    init(_ work: @escaping @Sendable () -> PreparedBatch) {
        group.enter()
        DispatchQueue.global().async { self.value = work(); self.group.leave() }
    }
    func wait() -> PreparedBatch { group.wait(); return value! }
}

/// Reads, classifies (new, changed, unchanged, duplicate) and extracts a batch of files.
struct BatchPreparer: @unchecked Sendable {
    let state: DocumentState
    let extractor: Extractor
    let reader: DocumentReader
    let overrides: PageMetadata
    let workers: Int

    func prepareAsync(_ files: [SourceFile]) -> PreparedFuture {
        PreparedFuture { self.prepare(files) }
    }

    private enum Read { case skipped(key: String, docID: Int64, mtime: Date?, size: Int), loaded(LoadedDocument, Date?), failed(Rejection) }

    func prepare(_ files: [SourceFile]) -> PreparedBatch {
        // 1. stat, and read + hash what the stat does not settle (parallel).
        let reads = parallelMap(files) { file -> Read in
            let (size, mtime) = Self.fileStatus(file.path)
            if let known = state.documents[file.key], known.byteCount == size, let m = known.mtime, let mtime,
               abs(m.timeIntervalSince(mtime)) < 0.001 {
                return .skipped(key: file.key, docID: known.id, mtime: mtime, size: size)
            }
            if let known = state.duplicates[file.key], known.byteCount == size, let m = known.mtime, let mtime,
               abs(m.timeIntervalSince(mtime)) < 0.001 {
                return .skipped(key: file.key, docID: -1, mtime: mtime, size: size)
            }
            do throws(IngestError) {
                return .loaded(try reader.read(file, overrides: overrides), mtime)
            } catch {
                let stage: String
                switch error { case .invalidBytes, .binary, .empty: stage = "decode"; default: stage = "read" }
                return .failed(Rejection(path: file.path, sourceKey: file.key, sha256: nil, stage: stage, reason: error.description))
            }
        }
        // 2. classify (serial: updates the run's state).
        var batch = PreparedBatch()
        var toExtract: [(LoadedDocument, Date?, Int64?)] = []
        for r in reads {
            switch r {
            case let .skipped(key, _, _, _):
                // A known document or an already recorded duplicate whose file did not change.
                batch.unchanged.append(key)
            case let .failed(rejection):
                batch.rejections.append(rejection)
            case let .loaded(doc, mtime):
                let key = doc.metadata.id ?? doc.file.key
                if let known = state.documents[key] {
                    if known.sha256 == doc.sha256 {
                        batch.unchanged.append(key)
                        if let mtime { batch.touched.append((known.id, mtime)) }
                        state.documents[key] = .init(id: known.id, sha256: known.sha256, byteCount: known.byteCount, mtime: mtime, extractorVersion: known.extractorVersion)
                    } else {
                        toExtract.append((doc, mtime, known.id))
                        state.documents[key] = .init(id: known.id, sha256: doc.sha256, byteCount: doc.byteCount, mtime: mtime, extractorVersion: Extractor.version)
                        state.keyBySHA[doc.sha256] = state.keyBySHA[doc.sha256] ?? key
                    }
                } else if let original = state.keyBySHA[doc.sha256], original != key {
                    batch.duplicates.append(DuplicateFile(sourceKey: key, originalKey: original, sha256: doc.sha256, path: doc.file.path,
                                                          byteCount: doc.byteCount, modificationTime: mtime))
                    state.duplicates[key] = .init(sha256: doc.sha256, byteCount: doc.byteCount, mtime: mtime)
                } else {
                    toExtract.append((doc, mtime, nil))
                    state.keyBySHA[doc.sha256] = key
                    state.documents[key] = .init(id: -1, sha256: doc.sha256, byteCount: doc.byteCount, mtime: mtime, extractorVersion: Extractor.version)
                }
            }
        }
        // 3. extract (parallel).
        batch.documents = parallelMap(toExtract) { (doc, mtime, existing) in
            let page = PageReader.read(doc.text, metadata: doc.metadata)
            return PreparedBatch.Document(existingID: existing, doc: ExtractedDocument(
                document: doc, modificationTime: mtime, page: page, result: extractor.extract(page)))
        }
        return batch
    }

    static func fileStatus(_ path: String) -> (Int, Date?) {
        var st = stat()
        guard stat(path, &st) == 0 else { return (-1, nil) }
        let t = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        return (Int(st.st_size), Date(timeIntervalSince1970: (t * 1e6).rounded() / 1e6))
    }

    func parallelMap<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        ParallelMap.map(items, workers: workers, transform)
    }
}

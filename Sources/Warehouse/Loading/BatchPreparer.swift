#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Extraction
import Foundation
import NewsText
import Postgres

/// What the warehouse holds for the documents of a batch, looked up batch by batch (so
/// memory does not grow with the archive), overlaid with what this run decided for its
/// latest batches, which the warehouse may not show yet.
///
/// Lookups run on a connection of its own, used by one batch at a time (the preparer
/// runs while the loader's connection writes the previous batch).
final class DocumentState: @unchecked Sendable {
    struct Known { let id: Int64; let sha256: String; let byteCount: Int; let mtime: Date?; let extractorVersion: String }
    struct KnownDuplicate { let sha256: String; let byteCount: Int; let mtime: Date? }

    /// Decisions of one batch of this run.
    private struct Generation {
        var documents: [String: Known] = [:]
        var duplicates: [String: KnownDuplicate] = [:]
        var keyBySHA: [String: String] = [:]

        /// Takes in a later generation's decisions (the later one wins).
        mutating func absorb(_ later: Generation) {
            documents.merge(later.documents) { _, new in new }
            duplicates.merge(later.duplicates) { _, new in new }
            keyBySHA.merge(later.keyBySHA) { _, new in new }
        }
    }

    private let conn: PostgresConnection
    private let keepEveryBatch: Bool
    /// The current batch's decisions last; at most two generations.
    private var generations: [Generation] = []
    /// With `keepEveryBatch`: the decisions of all batches before those two, merged into one
    /// generation, so that a lookup costs the same in the 500th batch as in the first (a list
    /// of every batch's generation made a dry run of 100 000 pages quadratic).
    private var earlier = Generation()
    /// The warehouse's rows for the current batch's keys and contents.
    private var stored = Generation()
    private var lookedUpKeys: Set<String> = []

    /// - Parameters:
    ///   - configuration: the database to read (a connection of its own is opened).
    ///   - keepEveryBatch: keep every batch's decisions for the whole run (a dry run, whose
    ///     batches are never committed); otherwise only the previous batch's are kept, because
    ///     the loader commits batch *n* − 2 before it starts preparing batch *n*.
    init(configuration: ConnectionConfiguration, keepEveryBatch: Bool) throws {
        conn = try PostgresConnection(configuration: configuration, applicationName: "labor-etl lookup")
        self.keepEveryBatch = keepEveryBatch
    }

    func close() { conn.close() }

    /// Starts a batch: forgets decisions the warehouse now holds and looks up `keys`.
    func beginBatch(keys: [String]) throws {
        if generations.count > 1 {
            let leaving = generations.count - 1
            if keepEveryBatch { for g in generations.prefix(leaving) { earlier.absorb(g) } }
            generations.removeFirst(leaving)
        }
        generations.append(Generation())
        stored = Generation()
        lookedUpKeys = []
        try lookUp(keys: keys)
    }

    /// Looks up documents and recorded duplicates by key (those not looked up yet in this batch).
    func lookUp(keys: [String]) throws {
        let wanted = Array(Set(keys).subtracting(lookedUpKeys))
        guard !wanted.isEmpty else { return }
        lookedUpKeys.formUnion(wanted)
        let documents = try conn.query("""
            SELECT source_key, document_id, sha256, byte_count, file_mtime, extractor_version
            FROM core.document WHERE source_key = ANY($1::text[])
            """, [PostgresArray(wanted)]).rows
        for r in documents {
            stored.documents[r.string(0)!] = Known(id: try r.decode(1, as: Int64.self)!, sha256: r.string(2)!, byteCount: r.int(3)!,
                                                   mtime: try r.decode(4, as: Date.self), extractorVersion: r.string(5)!)
        }
        let duplicates = try conn.query("""
            SELECT source_key, sha256, byte_count, file_mtime FROM etl.duplicate_file WHERE source_key = ANY($1::text[])
            """, [PostgresArray(wanted)]).rows
        for r in duplicates {
            stored.duplicates[r.string(0)!] = KnownDuplicate(sha256: r.string(1)!, byteCount: r.int(2)!, mtime: try r.decode(3, as: Date.self))
        }
    }

    /// Looks up which document holds each content (the first loaded, for contents held twice).
    func lookUp(contents shas: [String]) throws {
        let wanted = Array(Set(shas))
        guard !wanted.isEmpty else { return }
        let rows = try conn.query("""
            SELECT DISTINCT ON (sha256) sha256, source_key FROM core.document
            WHERE sha256 = ANY($1::text[]) ORDER BY sha256, document_id
            """, [PostgresArray(wanted)]).rows
        for r in rows { stored.keyBySHA[r.string(0)!] = r.string(1)! }
    }

    func document(_ key: String) -> Known? {
        for g in generations.reversed() { if let k = g.documents[key] { return k } }
        return earlier.documents[key] ?? stored.documents[key]
    }

    func duplicate(_ key: String) -> KnownDuplicate? {
        for g in generations.reversed() { if let d = g.duplicates[key] { return d } }
        return earlier.duplicates[key] ?? stored.duplicates[key]
    }

    /// The key of the document holding this content (loaded, or accepted in this run).
    func key(holding sha256: String) -> String? {
        for g in generations.reversed() { if let k = g.keyBySHA[sha256] { return k } }
        return earlier.keyBySHA[sha256] ?? stored.keyBySHA[sha256]
    }

    func record(_ known: Known, for key: String) { generations[generations.count - 1].documents[key] = known }
    func record(_ duplicate: KnownDuplicate, for key: String) { generations[generations.count - 1].duplicates[key] = duplicate }
    func record(key: String, holding sha256: String) { generations[generations.count - 1].keyBySHA[sha256] = key }
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

/// Work running on another thread (a batch being prepared while the previous one is written).
final class Pending<Value>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the worker before `leave`, read only after `wait`.
    private var value: Result<Value, any Error>?
    init(_ work: @escaping @Sendable () throws -> Value) {
        group.enter()
        DispatchQueue.global().async { self.value = Result { try work() }; self.group.leave() }
    }
    /// The value, or the error that stopped the work (a failed lookup).
    func wait() throws -> Value { group.wait(); return try value!.get() }
}

/// Reads, classifies (new, changed, unchanged, duplicate) and extracts a batch of files.
struct BatchPreparer: @unchecked Sendable {
    let state: DocumentState
    let extractor: Extractor
    let reader: DocumentReader
    let overrides: PageMetadata
    let workers: Int

    func prepareAsync(_ files: [SourceFile]) -> Pending<PreparedBatch> {
        Pending { try self.prepare(files) }
    }

    private enum Read { case skipped(key: String, docID: Int64, mtime: Date?, size: Int), loaded(LoadedDocument, Date?), failed(Rejection) }

    func prepare(_ files: [SourceFile]) throws -> PreparedBatch {
        // 1. look up what the warehouse holds for these keys; stat, and read + hash what
        //    the stat does not settle (parallel).
        try state.beginBatch(keys: files.map(\.key))
        let reads = parallelMap(files) { file -> Read in
            let (size, mtime) = Self.fileStatus(file.path)
            if let known = state.document(file.key), known.byteCount == size, let m = known.mtime, let mtime,
               abs(m.timeIntervalSince(mtime)) < 0.001 {
                return .skipped(key: file.key, docID: known.id, mtime: mtime, size: size)
            }
            if let known = state.duplicate(file.key), known.byteCount == size, let m = known.mtime, let mtime,
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
        // 2. classify (serial: updates the run's state). Sidecar ids and contents are looked up first.
        var loaded: [LoadedDocument] = []
        for r in reads { if case let .loaded(doc, _) = r { loaded.append(doc) } }
        try state.lookUp(keys: loaded.map { $0.metadata.id ?? $0.file.key })
        try state.lookUp(contents: loaded.map(\.sha256))
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
                if let known = state.document(key) {
                    if known.sha256 == doc.sha256 {
                        batch.unchanged.append(key)
                        if let mtime { batch.touched.append((known.id, mtime)) }
                        state.record(.init(id: known.id, sha256: known.sha256, byteCount: known.byteCount, mtime: mtime,
                                           extractorVersion: known.extractorVersion), for: key)
                    } else {
                        toExtract.append((doc, mtime, known.id))
                        state.record(.init(id: known.id, sha256: doc.sha256, byteCount: doc.byteCount, mtime: mtime,
                                           extractorVersion: Extractor.version), for: key)
                        if state.key(holding: doc.sha256) == nil { state.record(key: key, holding: doc.sha256) }
                    }
                } else if let original = state.key(holding: doc.sha256), original != key {
                    batch.duplicates.append(DuplicateFile(sourceKey: key, originalKey: original, sha256: doc.sha256, path: doc.file.path,
                                                          byteCount: doc.byteCount, modificationTime: mtime))
                    state.record(.init(sha256: doc.sha256, byteCount: doc.byteCount, mtime: mtime), for: key)
                } else {
                    toExtract.append((doc, mtime, nil))
                    state.record(key: key, holding: doc.sha256)
                    state.record(.init(id: -1, sha256: doc.sha256, byteCount: doc.byteCount, mtime: mtime,
                                       extractorVersion: Extractor.version), for: key)
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

import Dispatch
import Entities
import Extraction
import Foundation
import Logging
import NewsText
import Postgres

/// How a load runs.
public struct LoadOptions: Sendable {
    /// Files over this size are rejected.
    public var sizeLimit = 20_000_000
    /// Documents per COPY batch (one transaction each).
    public var batchSize = 200
    /// File bytes per batch: a batch closes at `batchSize` documents or this many bytes,
    /// whichever comes first (memory stays bounded when pages are large).
    public var batchBytes = 8_000_000
    /// Wait for a running load instead of exiting.
    public var wait = false
    /// Take only the files whose key hashes to `index` of `count`.
    public var shard: (index: Int, count: Int)? = nil
    /// Metadata from the command line (`--source`, `--published-on`), winning over sidecars.
    public var overrides = PageMetadata()
    /// Extraction threads (default: all cores).
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Read, classify and extract, but write nothing (benchmarks: extraction alone).
    public var dryRun = false
    /// Entity ids kept in memory between batches (older ones are looked up again).
    public var entityCacheCapacity = 20_000
    public init() {}
}

/// Progress of a running load, reported after every batch.
public struct LoadProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var rowsLoaded: Int
    public var rejected: Int
    public var elapsed: TimeInterval
}

/// What a load did.
public struct LoadSummary: Sendable {
    public var runID: Int64
    /// `succeeded` or `partial` (some files rejected).
    public var status: String
    public var counts: RunCounts
    public var rows: RowCounts
    public var rejections: [Rejection]
    public var elapsed: TimeInterval
}

/// Loads pages into the warehouse: idempotent (unchanged files are skipped cheaply),
/// incremental (changed files replace their facts), one transaction per batch of
/// documents (no partial document is ever visible), a batch that fails is split until
/// the document that broke it is found and rejected.
public final class Loader {
    private let conn: PostgresConnection
    private let extractor: Extractor
    private let gazetteer: Gazetteer
    private let options: LoadOptions
    private let logger: Logger
    private let progress: ((LoadProgress) -> Void)?

    /// Base advisory-lock key for loads ("LETLLOAD"); a shard adds its index.
    public static let lockKey: Int64 = 0x4C45_544C_4C4F_4144

    public init(connection: PostgresConnection, extractor: Extractor, gazetteer: Gazetteer, options: LoadOptions = LoadOptions(),
                logger: Logger = Logger(label: "labor-etl.load"), progress: ((LoadProgress) -> Void)? = nil) {
        self.conn = connection; self.extractor = extractor; self.gazetteer = gazetteer
        self.options = options; self.logger = logger; self.progress = progress
    }

    /// Loads the files found under `arguments` (files, folders, glob patterns).
    public func load(_ arguments: [String]) throws -> LoadSummary {
        let started = Date()
        let locks = try LoadLock.acquire(shard: options.shard?.index, wait: options.wait, on: conn)
        defer { locks.release(on: conn) }

        let knownRegions = try RegionSync.sync(gazetteer, on: conn)
        let run = try RunLog.start(command: "load", arguments: arguments, extractorVersion: Extractor.version, on: conn)
        logger.info("run \(run.runID) started", metadata: ["run_id": "\(run.runID)"])

        var counts = RunCounts()
        var rows = RowCounts()
        var rejections: [Rejection] = []
        do {
            // Files are walked lazily, batch by batch: memory does not grow with the archive.
            let shard = options.shard
            var feed = Batching.Feed(ShardFilter(InputWalker(arguments), shard: shard),
                                     batching: Batching(maxCount: options.batchSize, maxBytes: options.batchBytes))
            // The total, for progress only: a second walk that keeps nothing.
            let total = progress == nil ? 0 : ShardFilter(InputWalker(arguments), shard: shard).reduce(0) { n, _ in n + 1 }
            var missingReported = 0
            func nextBatch() throws -> [SourceFile]? {
                let batch = feed.nextBatch()
                counts.seen += batch?.count ?? 0
                for e in feed.files.walker.errors.dropFirst(missingReported) {
                    let r = Rejection(path: e.path, sourceKey: nil, sha256: nil, stage: "read", reason: e.description)
                    try run.reject(r, on: conn); rejections.append(r); counts.rejected += 1; counts.seen += 1
                    logger.error("\(e.description)")
                }
                missingReported = feed.files.walker.errors.count
                return batch
            }
            let state = try DocumentState(configuration: conn.configuration, keepEveryBatch: options.dryRun)
            defer { state.close() }
            let preparer = BatchPreparer(state: state, extractor: extractor,
                                         reader: DocumentReader(sizeLimit: options.sizeLimit),
                                         overrides: options.overrides, workers: options.workers)
            let writer = BatchWriter(runID: run.runID, sourceIDs: SourceRegistry(), entities: EntityCache(capacity: options.entityCacheCapacity),
                                     knownRegions: knownRegions, extractorVersion: Extractor.version)
            var done = 0
            // Two-stage pipeline: batch k+1 is read and extracted on the other cores
            // while batch k is written. At most two batches are in memory. Batch k+1
            // starts only after batch k−1 is committed (DocumentState relies on it).
            var upcoming = try nextBatch()
            var next: Pending<PreparedBatch>? = upcoming.map { preparer.prepareAsync($0) }
            defer { _ = try? next?.wait() }
            while let current = next, let currentFiles = upcoming {
                let prepared = try current.wait()
                upcoming = try nextBatch()
                next = upcoming.map { preparer.prepareAsync($0) }
                let outcome = options.dryRun
                    ? BatchOutcome(new: prepared.documents.count, changed: 0)
                    : try writeBatch(prepared, writer: writer, run: run)
                counts.unchanged += prepared.unchanged.count
                counts.duplicate += prepared.duplicates.count
                counts.new += outcome.new
                counts.changed += outcome.changed
                rows.merge(outcome.rows)
                for r in prepared.rejections + outcome.rejections {
                    try run.reject(r, on: conn)
                    logger.error("rejected \(r.path): \(r.reason)", metadata: ["file": "\(r.path)", "stage": "\(r.stage)"])
                }
                rejections += prepared.rejections + outcome.rejections
                counts.rejected += prepared.rejections.count + outcome.rejections.count
                done += currentFiles.count
                MemoryRelease.afterBatch()
                try run.saveCounts(counts, on: conn)
                progress?(LoadProgress(filesDone: done, filesTotal: max(total, done), rowsLoaded: rows.byTable.values.reduce(0, +),
                                       rejected: counts.rejected, elapsed: Date().timeIntervalSince(started)))
            }
        } catch {
            if conn.isOpen {
                try? run.finish(status: "failed", message: "\(error)", counts: counts, rows: rows, on: conn)
            }
            if !conn.isOpen { throw WarehouseError.connectionLost(underlying: error) }
            throw error
        }
        let status = rejections.isEmpty ? "succeeded" : "partial"
        try run.finish(status: status, message: nil, counts: counts, rows: rows, on: conn)
        return LoadSummary(runID: run.runID, status: status, counts: counts, rows: rows, rejections: rejections,
                           elapsed: Date().timeIntervalSince(started))
    }

    private func writeBatch(_ prepared: PreparedBatch, writer: BatchWriter, run: RunLog) throws -> BatchOutcome {
        // Unchanged files whose mtime moved: remember the new one (cheap skip next time).
        for (id, mtime) in prepared.touched {
            try conn.query("UPDATE core.document SET file_mtime = $2 WHERE document_id = $1", [id, mtime])
        }
        let outcome = try BatchCommitter(conn: conn, writer: writer).commit(prepared.documents)
        // After the commit: a duplicate's original may be in this very batch.
        try recordDuplicates(prepared.duplicates, run: run)
        return outcome
    }

    private func recordDuplicates(_ duplicates: [DuplicateFile], run: RunLog) throws {
        for d in duplicates {
            try conn.query("""
                INSERT INTO etl.duplicate_file (source_key, sha256, document_id, file_path, byte_count, file_mtime, first_run_id, last_run_id)
                SELECT $1, $2, document_id, $4, $5, $6, $7, $7 FROM core.document WHERE source_key = $3
                ON CONFLICT (source_key) DO UPDATE SET sha256 = excluded.sha256, document_id = excluded.document_id,
                    file_path = excluded.file_path, byte_count = excluded.byte_count, file_mtime = excluded.file_mtime,
                    last_run_id = excluded.last_run_id
                """, [d.sourceKey, d.sha256, d.originalKey, d.path, d.byteCount, d.modificationTime, run.runID])
        }
    }
}

/// The advisory locks that keep loads one at a time per database: an unsharded load
/// (or reprocess) holds the base key exclusively; a sharded load holds it shared, plus
/// its shard's own key exclusively, so shards run side by side but never with an
/// unsharded load or with another load of the same shard.
struct LoadLock {
    let keys: [(key: Int64, shared: Bool)]

    static func acquire(shard: Int?, wait: Bool, on conn: PostgresConnection) throws -> LoadLock {
        var wanted: [(Int64, Bool)] = [(Loader.lockKey, shard != nil)]
        if let shard { wanted.append((Loader.lockKey + 1 + Int64(shard), false)) }
        var held: [(key: Int64, shared: Bool)] = []
        for (key, shared) in wanted {
            let fn = shared ? "pg_advisory_lock_shared" : "pg_advisory_lock"
            let ok: Bool
            if wait {
                try conn.query("SELECT \(fn)($1)", [key]); ok = true
            } else {
                ok = try conn.query("SELECT pg_try_\(fn.dropFirst(3))($1)", [key]).rows.first?.bool(0) ?? false
            }
            guard ok else {
                LoadLock(keys: held).release(on: conn)
                throw WarehouseError.loadInProgress(description: try runningDescription(on: conn))
            }
            held.append((key, shared))
        }
        return LoadLock(keys: held)
    }

    func release(on conn: PostgresConnection) {
        for (key, shared) in keys.reversed() {
            _ = try? conn.query(shared ? "SELECT pg_advisory_unlock_shared($1)" : "SELECT pg_advisory_unlock($1)", [key])
        }
    }

    private static func runningDescription(on conn: PostgresConnection) throws -> String {
        let running = try conn.query("""
            SELECT run_id, host, pid, to_char(started_at, 'YYYY-MM-DD HH24:MI:SS TZ'), arguments FROM etl.run
            WHERE status = 'running' ORDER BY started_at DESC LIMIT 1
            """).rows.first
        return running.map { "run \($0.string(0) ?? "?") on \($0.string(1) ?? "?") pid \($0.string(2) ?? "?"), started \($0.string(3) ?? "?"), load \($0.string(4) ?? "")" }
            ?? "another session holds the load lock"
    }
}

/// The files of one shard (all files without a shard).
struct ShardFilter: IteratorProtocol, Sequence {
    var walker: InputWalker
    let shard: (index: Int, count: Int)?
    init(_ walker: InputWalker, shard: (index: Int, count: Int)?) { self.walker = walker; self.shard = shard }
    mutating func next() -> SourceFile? {
        while let f = walker.next() {
            guard let shard else { return f }
            if Shard.of(f.key, count: shard.count) == shard.index { return f }
        }
        return nil
    }
}

/// Stable assignment of document keys to shards (FNV-1a 64 of the key's UTF-8 bytes).
public enum Shard {
    public static func of(_ key: String, count: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(h % UInt64(max(1, count)))
    }
}

import Entities
import Extraction
import Foundation
import Logging
import NewsText
import Postgres

/// Re-extracts stored documents with the current extractor (no source files needed)
/// and replaces their facts, batch by batch.
public final class Reprocessor {
    private let conn: PostgresConnection
    private let extractor: Extractor
    private let gazetteer: Gazetteer
    private let logger: Logger
    private let progress: ((LoadProgress) -> Void)?

    public init(connection: PostgresConnection, extractor: Extractor, gazetteer: Gazetteer,
                logger: Logger = Logger(label: "labor-etl.reprocess"), progress: ((LoadProgress) -> Void)? = nil) {
        self.conn = connection; self.extractor = extractor; self.gazetteer = gazetteer
        self.logger = logger; self.progress = progress
    }

    /// - Parameters:
    ///   - all: reprocess every document, not only those extracted by another version.
    ///   - wait: wait for a running load instead of failing.
    ///   - batchSize, batchBytes: a batch closes at `batchSize` documents or `batchBytes` of
    ///     stored text, whichever comes first (a larger document gets a batch of its own).
    public func reprocess(all: Bool, wait: Bool = false, batchSize: Int = 200, batchBytes: Int = 8_000_000,
                          workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> LoadSummary {
        let started = Date()
        let locks = try LoadLock.acquire(shard: nil, wait: wait, on: conn)
        defer { locks.release(on: conn) }
        let knownRegions = try RegionSync.sync(gazetteer, on: conn)
        let run = try RunLog.start(command: "reprocess", arguments: all ? ["--all"] : [], extractorVersion: Extractor.version, on: conn)
        let writer = BatchWriter(runID: run.runID, sourceIDs: SourceRegistry(), entities: EntityCache(),
                                 knownRegions: knownRegions, extractorVersion: Extractor.version)
        let total = try conn.query("SELECT count(*) FROM core.document WHERE $1 OR extractor_version <> $2", [all, Extractor.version]).rows[0].int(0) ?? 0
        var counts = RunCounts()
        var rows = RowCounts()
        var rejections: [Rejection] = []
        var lastID: Int64 = 0
        /// The next batch of stored documents (on this connection, between commits).
        func fetchBatch() throws -> [StoredDocument] {
            let rows = try conn.query("""
                WITH next AS (
                    SELECT document_id, sum(byte_count) OVER (ORDER BY document_id) - byte_count AS bytes_before
                    FROM core.document
                    WHERE document_id > $1 AND ($2 OR extractor_version <> $3)
                    ORDER BY document_id LIMIT $4)
                SELECT d.document_id, d.source_key, d.file_path, d.sha256, d.byte_count, d.encoding, d.file_mtime,
                       d.raw_text, s.name, d.published_on, d.published_grain, d.published_inferred, d.page_label, d.url
                FROM next n JOIN core.document d USING (document_id) JOIN core.source s USING (source_id)
                WHERE n.bytes_before = 0 OR n.bytes_before + d.byte_count <= $5
                ORDER BY d.document_id
                """, [lastID, all, Extractor.version, batchSize, batchBytes]).rows
            if let last = rows.last { lastID = try last.decode(0, as: Int64.self)! }
            return try rows.map { try StoredDocument($0) }
        }
        let extractor = self.extractor
        func extractAsync(_ stored: [StoredDocument]) -> Pending<[PreparedBatch.Document]>? {
            guard !stored.isEmpty else { return nil }
            return Pending {
                ParallelMap.map(stored, workers: workers) { s -> PreparedBatch.Document in
                    let page = PageReader.read(s.loaded.text, metadata: s.loaded.metadata)
                    return PreparedBatch.Document(existingID: s.id, doc: ExtractedDocument(
                        document: s.loaded, modificationTime: s.mtime, page: page, result: extractor.extract(page)))
                }
            }
        }
        do {
            // Pipelined like a load: batch k+1 is fetched and extracted on the other cores
            // while batch k is written; at most two batches are in memory.
            var next = extractAsync(try fetchBatch())
            defer { _ = try? next?.wait() }
            while let current = next {
                let docs = try current.wait()
                next = extractAsync(try fetchBatch())
                let outcome = try BatchCommitter(conn: conn, writer: writer).commit(docs)
                counts.seen += docs.count
                counts.changed += outcome.changed
                counts.rejected += outcome.rejections.count
                rows.merge(outcome.rows)
                for r in outcome.rejections { try run.reject(r, on: conn); logger.error("rejected \(r.path): \(r.reason)") }
                rejections += outcome.rejections
                MemoryRelease.afterBatch()
                try run.saveCounts(counts, on: conn)
                progress?(LoadProgress(filesDone: counts.seen, filesTotal: total, rowsLoaded: rows.byTable.values.reduce(0, +),
                                       rejected: counts.rejected, elapsed: Date().timeIntervalSince(started)))
            }
        } catch {
            if conn.isOpen { try? run.finish(status: "failed", message: "\(error)", counts: counts, rows: rows, on: conn) }
            if !conn.isOpen { throw WarehouseError.connectionLost(underlying: error) }
            throw error
        }
        let status = rejections.isEmpty ? "succeeded" : "partial"
        try run.finish(status: status, message: nil, counts: counts, rows: rows, on: conn)
        return LoadSummary(runID: run.runID, status: status, counts: counts, rows: rows, rejections: rejections,
                           elapsed: Date().timeIntervalSince(started))
    }
}

/// A document as stored in core.document, turned back into a loaded document.
private struct StoredDocument: Sendable {
    let id: Int64
    let mtime: Date?
    let loaded: LoadedDocument

    init(_ r: Row) throws {
        id = try r.decode(0, as: Int64.self)!
        mtime = try r.decode(6, as: Date.self)
        var meta = PageMetadata(source: r.string(8) == SourceRegistry.unknown ? nil : r.string(8),
                                page: r.string(12), url: r.string(13), id: r.string(1))
        // Only a publication date that came from metadata or a date line is passed on;
        // an inferred one is inferred again by the current reader.
        if r.bool(11) == false, let day = r.string(9), let grain = r.string(10) {
            let p = day.split(separator: "-").compactMap { Int($0) }
            if p.count == 3 {
                meta.publishedOn = CivilDate(year: p[0], month: grain == "year" ? nil : p[1], day: grain == "day" ? p[2] : nil)
            }
        }
        let path = r.string(2)!
        let key = r.string(1)!
        loaded = LoadedDocument(file: SourceFile(path: path, key: key, root: ""), byteCount: r.int(4)!, sha256: r.string(3)!,
                                encoding: SourceEncoding(rawValue: r.string(5)!) ?? .utf8, text: r.string(7)!, metadata: meta)
    }
}

import ArgumentParser
import Entities
import Extraction
import Foundation
import NewsText
import Postgres
import ReferenceData
import Warehouse

/// `labor-etl load`: extracts pages and loads them into the warehouse.
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Extract pages and load them into the warehouse (idempotent, incremental).",
        discussion: """
        Each file is a document identified by its path relative to the argument it was found
        under (or the `id` of its sidecar NAME.meta.json); its SHA-256 detects change.
        Unchanged files are skipped without re-reading them, changed files replace their facts,
        identical content under a second name is recorded as a duplicate. A bad file is
        rejected (see etl.rejected_file) and never stops the others.

        Exit codes: 0 everything loaded or skipped, 1 some files rejected, 2 usage error,
        3 database unreachable or schema problem, 4 another load is running (without --wait).

        Examples:
          labor-etl load seeds/
          labor-etl load /archive/2025 --wait --quiet --summary-json /var/log/labor-etl/last.json
          labor-etl load '/archive/*/page-*.txt' --shard 0/2
        """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "Files, folders (recursive) or glob patterns of pages (.txt, .md).")
    var paths: [String]

    @Flag(help: "Wait for a running load to finish instead of exiting with code 4.")
    var wait = false

    @Option(name: .customLong("batch-size"), help: "Documents per transaction.")
    var batchSize = 200

    @Option(name: .customLong("batch-megabytes"), help: "File megabytes per transaction (a batch closes at --batch-size documents or this size, whichever comes first; bounds memory when pages are large).")
    var batchMegabytes = 8.0

    @Option(name: .customLong("size-limit"), help: "Largest file accepted, in bytes.")
    var sizeLimit = 20_000_000

    @Option(help: "Source (outlet) of the pages, e.g. 工人日报; overrides sidecars.")
    var source: String?

    @Option(name: .customLong("published-on"), help: "Publication date YYYY-MM-DD for all pages; overrides sidecars.")
    var publishedOn: String?

    @Option(help: "Load only shard I of N (I/N, e.g. 0/2): files whose key hashes to I. Shards never block or duplicate each other.")
    var shard: String?

    @Option(name: .customLong("retry-for"), help: "Seconds to keep retrying while the database is unreachable at start.")
    var retryFor: Double = 30

    @Option(name: .customLong("workers"), help: "Extraction threads (default: all cores).")
    var workers: Int?

    @Flag(name: .customLong("dry-run"), help: "Read and extract everything but write no facts (measures extraction alone; the run is still recorded).")
    var dryRun = false

    func validate() throws {
        if let publishedOn, CivilDate(iso: publishedOn)?.day == nil {
            throw ValidationError("--published-on must be a date YYYY-MM-DD, got '\(publishedOn)'")
        }
        if let shard, parseShard(shard) == nil {
            throw ValidationError("--shard must be I/N with 0 ≤ I < N, got '\(shard)'")
        }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        if !(batchMegabytes > 0) { throw ValidationError("--batch-megabytes must be more than 0") }
    }

    func run() async throws {
        output.bootstrap()
        let conn = try connectToWarehouse(database, retryFor: retryFor, quiet: output.quiet)
        defer { conn.close() }
        let gazetteer = try Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV)
        var options = LoadOptions()
        options.batchSize = batchSize
        options.batchBytes = Int(batchMegabytes * 1_000_000)
        options.sizeLimit = sizeLimit
        options.wait = wait
        options.shard = shard.flatMap(parseShard)
        options.overrides = PageMetadata(source: source, publishedOn: publishedOn.flatMap(CivilDate.init(iso:)))
        if let workers { options.workers = max(1, workers) }
        options.dryRun = dryRun
        let progress = ProgressReporter(enabled: output.showProgress)
        let loader = Loader(connection: conn, extractor: Extractor(gazetteer: gazetteer), gazetteer: gazetteer,
                            options: options, logger: output.logger("labor-etl.load"),
                            progress: output.showProgress ? progress.report : nil)
        let summary: LoadSummary
        do {
            summary = try loader.load(paths)
        } catch let error as WarehouseError {
            progress.finish()
            if case .loadInProgress = error { throw CLIFailure(status: .lockBusy, message: "\(error)") }
            throw CLIFailure(status: .database, message: "\(error)")
        } catch let error as PostgresError {
            progress.finish()
            throw CLIFailure(status: .database, message: "\(error)")
        }
        progress.finish()
        let status: ExitStatus = summary.rejections.isEmpty ? .success : .someRejected
        try RunSummary(summary, exitStatus: status).emit(output)
        if status != .success { throw CLIFailure(status: status, message: "") }
    }
}

/// Parses `I/N`.
func parseShard(_ s: String) -> (index: Int, count: Int)? {
    let p = s.split(separator: "/")
    guard p.count == 2, let i = Int(p[0]), let n = Int(p[1]), n > 0, i >= 0, i < n else { return nil }
    return (i, n)
}

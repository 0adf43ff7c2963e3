import ArgumentParser
import Entities
import Extraction
import ReferenceData
import Warehouse

/// `labor-etl reprocess`: re-extracts stored documents with the current extractor.
struct ReprocessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprocess",
        abstract: "Re-extract stored documents with this version's extractor and replace their facts.",
        discussion: """
        Works from the text stored in core.document: no source files are needed. By default only
        documents extracted by another extractor version are redone; --all redoes every one.

        Examples:
          labor-etl reprocess
          labor-etl reprocess --all --quiet
        """
    )
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: "Reprocess every document, not only those extracted by another version.") var all = false
    @Flag(help: "Wait for a running load instead of exiting with code 4.") var wait = false
    @Option(name: .customLong("batch-size"), help: "Documents per transaction.") var batchSize = 200
    @Option(name: .customLong("batch-megabytes"), help: "Megabytes of stored text per transaction (a batch closes at --batch-size documents or this size, whichever comes first).")
    var batchMegabytes = 8.0

    func run() async throws {
        output.bootstrap()
        let conn = try connectToWarehouse(database, retryFor: 30, quiet: output.quiet)
        defer { conn.close() }
        let gazetteer = try Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV)
        let progress = ProgressReporter(enabled: output.showProgress)
        let summary: LoadSummary
        do {
            summary = try Reprocessor(connection: conn, extractor: Extractor(gazetteer: gazetteer), gazetteer: gazetteer,
                                      logger: output.logger("labor-etl.reprocess"), progress: progress.report)
                .reprocess(all: all, wait: wait, batchSize: max(1, batchSize), batchBytes: max(1, Int(batchMegabytes * 1_000_000)))
        } catch let error as WarehouseError {
            progress.finish()
            if case .loadInProgress = error { throw CLIFailure(status: .lockBusy, message: "\(error)") }
            throw CLIFailure(status: .database, message: "\(error)")
        }
        progress.finish()
        let status: ExitStatus = summary.rejections.isEmpty ? .success : .someRejected
        try RunSummary(summary, exitStatus: status).emit(output)
        if status != .success { throw CLIFailure(status: status, message: "") }
    }
}

import ArgumentParser

/// `labor-etl extract`: runs the pipeline without a database. STUB (issue 3).
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Extract facts from pages without a database.")
    func run() async throws {}
}

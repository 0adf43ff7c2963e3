import ArgumentParser

/// `labor-etl gen-corpus`: writes deterministic synthetic pages for benchmarks. STUB (issue 8).
struct GenCorpusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gen-corpus", abstract: "Write deterministic synthetic pages for benchmarks.")
    func run() async throws {}
}

import ArgumentParser

/// `labor-etl bench-extract`: measures extraction throughput. STUB (issue 4/8).
struct BenchExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench-extract", abstract: "Measure extraction throughput (MB/s, pages/s).")
    func run() async throws {}
}

import ArgumentParser

/// `labor-etl eval`: scores extraction against gold annotations. STUB (issue 3).
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "Score extraction against gold annotations.")
    func run() async throws {}
}

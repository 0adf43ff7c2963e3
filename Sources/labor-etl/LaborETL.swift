import ArgumentParser

@main
struct LaborETL: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labor-etl",
        abstract: "Turns pages of Chinese labour news into a PostgreSQL data warehouse.",
        subcommands: [ExtractCommand.self, EvalCommand.self]
    )
}

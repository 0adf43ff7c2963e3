import ArgumentParser
import Foundation

/// The `labor-etl` command: one executable, a subcommand per job.
struct LaborETL: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "labor-etl",
        abstract: "Turns pages of Chinese labour news into a PostgreSQL data warehouse.",
        discussion: """
        Without DATABASE_URL, PG* variables or --database-url, LaborETL uses a PostgreSQL it
        manages itself under ./.labor-etl (see `labor-etl db --help`).

        Exit codes: 0 success (everything loaded or skipped), 1 some files rejected (the rest
        loaded), 2 usage error, 3 database unreachable or schema problem, 4 another load is
        running (load/reprocess without --wait).
        """,
        subcommands: [
            LoadCommand.self, ReprocessCommand.self, StatusCommand.self, ReportCommand.self, RefreshCommand.self,
            ExtractCommand.self, EvalCommand.self, MigrateCommand.self, DBCommand.self,
            GenCorpusCommand.self, BenchExtractCommand.self,
        ]
    )
}

@main
enum Main {
    static func main() async {
        Allocator.configure()
        LogSettings.install()
        let code: Int32
        do {
            var command = try LaborETL.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            code = 0
        } catch let error as CLIFailure {
            if !error.message.isEmpty { FileHandle.standardError.write(Data(("labor-etl: " + error.message + "\n").utf8)) }
            code = error.status.rawValue
        } catch {
            let parserCode = LaborETL.exitCode(for: error)
            if parserCode == .success {
                LaborETL.exit(withError: error)  // --help, --version: prints and exits 0
            }
            if parserCode == .validationFailure {
                // Usage errors (unknown flags, bad values, failed validation).
                FileHandle.standardError.write(Data((LaborETL.fullMessage(for: error) + "\n").utf8))
                code = ExitStatus.usage.rawValue
            } else {
                FileHandle.standardError.write(Data(("labor-etl: \(error)\n").utf8))
                code = (ExitStatus.forUnexpected(error) ?? .someRejected).rawValue
            }
        }
        exit(code)
    }
}

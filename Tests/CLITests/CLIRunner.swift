import Foundation
import LocalCluster
import XCTest

/// Runs the built `labor-etl` executable as a user would.
struct CLIRunner {
    typealias Result = ChildProcess.Result

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable beside the test bundle (same build folder).
    static var executable: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("labor-etl").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("labor-etl")
    }

    static func run(_ arguments: [String], environment: [String: String]? = nil, cwd: URL? = nil) throws -> Result {
        try ChildProcess.run([executable.path] + arguments, environment: environment, directory: (cwd ?? repositoryRoot).path)
    }

    /// Runs any program (psql, sh …).
    static func shell(_ argv: [String], environment: [String: String]? = nil) throws -> Result {
        try ChildProcess.run(argv, environment: environment, directory: repositoryRoot.path)
    }

    /// An environment with no database configured (so the self-managed cluster is used).
    static func environmentWithoutDatabase(home: URL) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for k in env.keys where k.hasPrefix("PG") || k == "DATABASE_URL" { env[k] = nil }
        env["LABOR_ETL_HOME"] = home.path
        return env
    }
}

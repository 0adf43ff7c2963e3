import ArgumentParser
import LocalCluster
import Postgres
import Warehouse

/// The exit codes of `labor-etl`, suited to cron and systemd.
enum ExitStatus: Int32 {
    /// Everything loaded or skipped.
    case success = 0
    /// Some files were rejected; the rest were processed.
    case someRejected = 1
    /// The command line was wrong.
    case usage = 2
    /// The database is unreachable or its schema cannot be brought up to date.
    case database = 3
    /// Another load is running (and --wait was not given).
    case lockBusy = 4

    /// What the code means, for summaries.
    var meaning: String {
        switch self {
        case .success: return "everything loaded or skipped"
        case .someRejected: return "some files rejected, the rest loaded"
        case .usage: return "usage error"
        case .database: return "database unreachable or schema problem"
        case .lockBusy: return "another load is running"
        }
    }

    /// The status for an error that reached the top level outside the parser.
    static func forUnexpected(_ error: Error) -> ExitStatus? {
        switch error {
        case is PostgresError, is MigrationError, is LocalClusterError: return .database
        default: return nil
        }
    }
}

/// A failure the command has already explained (or explains in `message`).
struct CLIFailure: Error {
    var status: ExitStatus
    var message: String
}

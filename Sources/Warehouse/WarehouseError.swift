import NewsText
import Postgres

/// Why a load or reprocess could not go on.
public enum WarehouseError: Error, CustomStringConvertible {
    /// Another load holds the lock.
    case loadInProgress(description: String)
    /// The connection was lost in the middle of a run.
    case connectionLost(underlying: Error)
    /// A document could not be loaded even alone (its batch was split down to it).
    case documentRejected(path: String, underlying: Error)

    public var description: String {
        switch self {
        case let .loadInProgress(d):
            return "another load is running (\(d)); wait for it, or rerun with --wait"
        case let .connectionLost(e):
            return "lost the database connection in the middle of the run: \(e). Committed batches are kept, the batch in flight was rolled back; run the load again to finish."
        case let .documentRejected(path, e):
            return "\(path): \(e)"
        }
    }
}

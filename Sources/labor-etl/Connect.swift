import Foundation
import Logging
import Postgres
import Warehouse

/// Opens the warehouse connection, retrying with backoff while the database is
/// unreachable (e.g. still starting), then brings the schema up to date.
func connectToWarehouse(_ database: DatabaseOptions, retryFor seconds: Double, migrate: Bool = true,
                        quiet: Bool = false) throws -> PostgresConnection {
    let (config, description) = try database.resolve()
    if !quiet { log("database: \(description)") }
    let deadline = Date().addingTimeInterval(seconds)
    var delay = 0.5
    while true {
        do {
            let conn = try PostgresConnection(configuration: config, logger: Logger(label: "labor-etl.postgres"))
            if migrate { try Migrator().migrate(conn) }
            return conn
        } catch let error as PostgresError {
            guard case .connectionFailed = error, Date().addingTimeInterval(delay) < deadline else {
                throw CLIFailure(status: .database, message: "\(error)")
            }
            if !quiet { log("database unreachable, retrying in \(delay)s: \(error)") }
            Thread.sleep(forTimeInterval: delay)
            delay = min(delay * 2, 10)
        } catch let error as MigrationError {
            throw CLIFailure(status: .database, message: "\(error)")
        }
    }
}

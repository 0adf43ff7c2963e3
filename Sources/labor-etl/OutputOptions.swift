import ArgumentParser
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// How a command talks to people and log collectors.
struct OutputOptions: ParsableArguments {
    enum LogFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .customLong("log-format"), help: "Log lines as human-readable text or one JSON object per line (for log collectors).")
    var logFormat: LogFormat = .text

    @Flag(help: "Only errors and the final summary line (for cron).")
    var quiet = false

    @Flag(help: "Debug logging.")
    var verbose = false

    @Option(name: .customLong("summary-json"), help: "Also write the run summary as JSON to this file.")
    var summaryJSON: String?

    /// Progress is drawn only on a terminal, never in cron or pipes, and not with --quiet or JSON logs.
    var showProgress: Bool { !quiet && logFormat == .text && isatty(STDERR_FILENO) == 1 }

    var level: Logger.Level { quiet ? .error : (verbose ? .debug : .info) }

    /// Applies this command's log format and level (the handler is installed by `main`).
    func bootstrap() {
        LogSettings.format = logFormat
        LogSettings.level = level
    }

    func logger(_ label: String) -> Logger { Logger(label: label) }
}

/// The process's log settings, read by every log handler at each line.
enum LogSettings {
    nonisolated(unsafe) static var format: OutputOptions.LogFormat = .text
    nonisolated(unsafe) static var level: Logger.Level = .info

    /// Installs the handler; called once, first thing in `main`.
    static func install() {
        LoggingSystem.bootstrap { label in DynamicLogHandler(label: label) }
    }
}

/// Writes each line to standard error in the format chosen by the command line:
/// `2026-11-29T10:00:00Z info message key=value` as text, or one JSON object per line
/// (time, level, logger, message, and metadata such as run_id, file, stage) for log collectors.
struct DynamicLogHandler: LogHandler {
    let label: String
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level {
        get { LogSettings.level }
        set {}
    }
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] } set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let time = ISO8601DateFormatter().string(from: Date())
        let line: Data
        switch LogSettings.format {
        case .text:
            let meta = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            line = Data("\(time) \(event.level) \(event.message)\(meta)\n".utf8)
        case .json:
            var object: [String: String] = ["time": time, "level": "\(event.level)", "logger": label, "message": "\(event.message)"]
            for (k, v) in all { object[k] = "\(v)" }
            line = ((try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)) + Data("\n".utf8)
        }
        FileHandle.standardError.write(line)
    }
}

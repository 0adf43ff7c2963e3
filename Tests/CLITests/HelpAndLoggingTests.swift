import Foundation
import TestSupport
import XCTest

/// What people and log collectors see: --help, usage errors, JSON logs.
final class HelpAndLoggingTests: XCTestCase {
    static let subcommands: [[String]] = [
        ["load"], ["reprocess"], ["status"], ["refresh"], ["report"], ["extract"], ["eval"], ["migrate"],
        ["db"], ["db", "start"], ["db", "stop"], ["db", "status"], ["db", "url"], ["gen-corpus"], ["bench-extract"],
    ]

    func testEverySubcommandHasHelpThatExplainsItsFlagsAndExitsZero() throws {
        let root = try CLIRunner.run(["--help"])
        XCTAssertEqual(root.status, 0)
        XCTAssertTrue(root.stdout.contains("Exit codes"), root.stdout)
        for sub in Self.subcommands {
            let r = try CLIRunner.run(sub + ["--help"])
            XCTAssertEqual(r.status, 0, "\(sub) --help: \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("USAGE: labor-etl \(sub.joined(separator: " "))"), "\(sub): \(r.stdout)")
            // Every option line carries an explanation.
            for line in r.stdout.split(separator: "\n") where line.hasPrefix("  --") && !line.contains("--help") {
                let text = line.trimmingCharacters(in: .whitespaces)
                let explained = text.contains("  ") || r.stdout.components(separatedBy: text).last?.split(separator: "\n").first?.hasPrefix("      ") == true
                XCTAssertTrue(explained, "\(sub): option without help: \(text)")
            }
        }
        for sub in [["load"], ["reprocess"], ["migrate"], ["db"]] {
            XCTAssertTrue(try CLIRunner.run(sub + ["--help"]).stdout.contains("Example"), "\(sub) --help shows an example")
        }
    }

    func testUsageErrorsExitTwoAndSayWhatWasWrong() throws {
        for args in [["load"], ["load", "x", "--batch-size", "0"], ["load", "x", "--published-on", "yesterday"],
                     ["no-such-command"], ["extract", "x", "--format", "xml"], ["status", "--runs", "many"]] {
            let r = try CLIRunner.run(args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.stderr)")
            XCTAssertFalse(r.stderr.isEmpty, "\(args) explains the error")
        }
    }

    func testJSONLogsAreOneObjectPerLine() throws {
        let db = try TestDatabase()
        defer { db.drop() }
        let dir = try TestPages.writeFolder(count: 2)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0xC3, 0x28, 0xA0, 0xA1]).write(to: dir.appendingPathComponent("bad.txt"))
        let r = try CLIRunner.run(["load", dir.path, "--log-format", "json"], environment: db.environment)
        XCTAssertEqual(r.status, 1, r.stderr)
        let lines = r.stderr.split(separator: "\n")
        XCTAssertFalse(lines.isEmpty)
        var sawRejection = false
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            XCTAssertNotNil(object, "not a JSON object: \(line)")
            XCTAssertNotNil(object?["time"]); XCTAssertNotNil(object?["level"]); XCTAssertNotNil(object?["message"])
            if (object?["file"] as? String)?.hasSuffix("bad.txt") == true { sawRejection = true }
        }
        XCTAssertTrue(sawRejection, "the rejected file is named in a log object")
    }

    /// `bench-extract --json` prints one object with a row per stage (wall and CPU time), and names the allocator:
    /// on Linux the executable links jemalloc, and a build that silently fell back to the C
    /// library's malloc (a dropped link flag) would lose the speed BENCHMARKS.md reports.
    func testBenchExtractPrintsJSONAndRunsOnJemallocOnLinux() throws {
        let r = try CLIRunner.run(["bench-extract", "--megabytes", "0.05", "--corpus", "generated", "--workers", "2",
                                   "--repeat", "2", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], r.stdout)
        XCTAssertEqual(object["runs"] as? Int, 2, "each stage runs --repeat times (the fastest is reported)")
        let rows = try XCTUnwrap(object["results"] as? [[String: Any]])
        XCTAssertEqual(Set(rows.compactMap { $0["stage"] as? String }),
                       ["read+clean+split", "entities", "dates+metrics", "whole pipeline"])
        for row in rows {
            XCTAssertGreaterThan(row["pages"] as? Int ?? 0, 0, "\(row)")
            // The CPU-time figures are measured, not copied from the wall time.
            let cpu = try XCTUnwrap(row["cpu_seconds"] as? Double, "\(row)")
            XCTAssertGreaterThan(cpu, 0, "\(row)")
            XCTAssertGreaterThan(row["mb_per_cpu_s"] as? Double ?? 0, 0, "\(row)")
        }
        let allocator = try XCTUnwrap(object["allocator"] as? String)
        #if os(Linux)
        XCTAssertTrue(allocator.hasPrefix("jemalloc "), allocator)
        #else
        XCTAssertFalse(allocator.isEmpty)
        #endif
    }
}

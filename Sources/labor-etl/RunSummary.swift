import Foundation
import Warehouse

/// The end-of-run summary: one line on stdout, and the same as JSON with --summary-json.
struct RunSummary {
    let summary: LoadSummary
    let exitStatus: ExitStatus

    init(_ summary: LoadSummary, exitStatus: ExitStatus) {
        self.summary = summary; self.exitStatus = exitStatus
    }

    var line: String {
        let c = summary.counts
        let rows = summary.rows.byTable.values.reduce(0, +)
        return "run \(summary.runID) \(summary.status): \(c.seen) files seen, \(c.new) new, \(c.changed) changed, \(c.unchanged) unchanged, \(c.duplicate) duplicate, \(c.rejected) rejected; \(rows) rows loaded (\(summary.rows["core.metric"]) metrics) in \(String(format: "%.1f", summary.elapsed))s; exit \(exitStatus.rawValue) (\(exitStatus.meaning))"
    }

    var json: [String: Any] {
        let c = summary.counts
        return [
            "run_id": summary.runID, "status": summary.status, "elapsed_seconds": summary.elapsed,
            "exit_code": Int(exitStatus.rawValue), "exit_meaning": exitStatus.meaning,
            "files": ["seen": c.seen, "new": c.new, "changed": c.changed, "unchanged": c.unchanged,
                      "duplicate": c.duplicate, "rejected": c.rejected],
            "rows_loaded": summary.rows.byTable,
            "rejected": summary.rejections.map { ["path": $0.path, "stage": $0.stage, "reason": $0.reason] },
        ]
    }

    func emit(_ output: OutputOptions) throws {
        print(line)
        if let path = output.summaryJSON {
            let data = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: URL(fileURLWithPath: path))
        }
    }
}

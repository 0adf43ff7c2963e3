import Foundation
import Warehouse

/// Draws `files done/total, pages/s, rows, ETA, rejected` on one terminal line.
final class ProgressReporter: @unchecked Sendable {
    private let enabled: Bool
    private var drawn = false
    init(enabled: Bool) { self.enabled = enabled }

    var report: (LoadProgress) -> Void {
        { [self] p in
            guard enabled else { return }
            let rate = p.elapsed > 0 ? Double(p.filesDone) / p.elapsed : 0
            let eta = rate > 0 ? Double(p.filesTotal - p.filesDone) / rate : 0
            let line = String(format: "\r%d/%d files  %.0f pages/s  %d rows  ETA %@  %d rejected\u{1B}[K",
                              p.filesDone, p.filesTotal, rate, p.rowsLoaded, Self.duration(eta), p.rejected)
            FileHandle.standardError.write(Data(line.utf8))
            drawn = true
        }
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)); drawn = false }
    }

    static func duration(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 3600 ? "\(t / 3600)h\(t % 3600 / 60)m" : (t >= 60 ? "\(t / 60)m\(t % 60)s" : "\(t)s")
    }
}

import Foundation
@testable import NewsText

enum Fixtures {
    /// The project's sample page (`seeds/000_161e017c32092756.txt`).
    static var seedPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/000_161e017c32092756.txt").path
    }

    static var seedText: String {
        (try? String(contentsOfFile: seedPath, encoding: .utf8)) ?? ""
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newstext-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Page {
    /// The text of every block of `kind` in article `index`.
    func blocks(_ kind: BlockKind, in index: Int) -> [String] {
        articles[index].blocks.filter { $0.kind == kind }.map { text[$0.span] }
    }
}

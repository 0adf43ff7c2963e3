import Foundation

/// Pages for loader tests, made from the project's own seed page with the
/// numbers of page `i` changed, so that every page has different content.
public enum TestPages {
    public static var seedText: String {
        get throws {
            try String(contentsOf: TestDatabase.repositoryRoot.appendingPathComponent("seeds/000_161e017c32092756.txt"), encoding: .utf8)
        }
    }

    /// The seed with a few of its figures changed for page `i`.
    public static func page(_ i: Int) throws -> String {
        try seedText
            .replacingOccurrences(of: "47097", with: String(47097 + i))
            .replacingOccurrences(of: "2437名", with: "\(2437 + i)名")
            .replacingOccurrences(of: "654.5万元", with: "\(654 + i).5万元")
    }

    /// Writes `count` pages into a fresh folder and returns it.
    public static func writeFolder(count: Int, name: String = "pages") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for i in 0..<count {
            try page(i).write(to: dir.appendingPathComponent(String(format: "page-%05d.txt", i)), atomically: true, encoding: .utf8)
        }
        return dir
    }
}

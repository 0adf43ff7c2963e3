import NewsText
import Warehouse
import XCTest

final class BatchingTests: XCTestCase {
    func files(_ sizes: [Int]) -> ([SourceFile], (SourceFile) -> Int) {
        let files = sizes.indices.map { SourceFile(path: "/p/\($0).txt", key: "\($0).txt", root: "/p") }
        return (files, { f in sizes[Int(f.key.dropLast(4))!] })
    }

    func testBatchesCloseAtTheCountOrTheByteBudgetWhicheverComesFirst() {
        let (f, size) = files([10, 10, 10, 10, 10])
        XCTAssertEqual(Batching(maxCount: 2, maxBytes: 1000).batches(f, size: size).map(\.count), [2, 2, 1])
        XCTAssertEqual(Batching(maxCount: 100, maxBytes: 25).batches(f, size: size).map(\.count), [2, 2, 1])
        XCTAssertEqual(Batching(maxCount: 100, maxBytes: 30).batches(f, size: size).map(\.count), [3, 2])
    }

    func testAFileLargerThanTheBudgetGetsABatchOfItsOwnAndNothingIsLost() {
        let (f, size) = files([5, 500, 5, 5, 900, 1])
        let batches = Batching(maxCount: 100, maxBytes: 100).batches(f, size: size)
        XCTAssertEqual(batches.map { $0.map(\.key) }, [["0.txt"], ["1.txt"], ["2.txt", "3.txt"], ["4.txt"], ["5.txt"]])
        XCTAssertEqual(batches.flatMap { $0 }, f, "every file once, in order")
        XCTAssertEqual(Batching(maxCount: 3, maxBytes: 100).batches([], size: size).count, 0)
    }

    func testSizesComeFromTheFileSystemAndAMissingFileCountsZero() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("batching-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(count: 1234).write(to: dir.appendingPathComponent("a.txt"))
        XCTAssertEqual(Batching.fileSize(SourceFile(path: dir.appendingPathComponent("a.txt").path, key: "a.txt", root: dir.path)), 1234)
        XCTAssertEqual(Batching.fileSize(SourceFile(path: dir.appendingPathComponent("missing.txt").path, key: "m", root: dir.path)), 0)
    }
}

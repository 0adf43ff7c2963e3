import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import NewsText

/// Encodings, rejected files, discovery and sidecars.
final class IngestTests: XCTestCase {
    var dir: URL!

    override func setUp() {
        super.setUp()
        dir = Fixtures.temporaryDirectory()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
        super.tearDown()
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let url = dir.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    /// UTF-8 → GB18030 with glibc's iconv.
    func gb18030(_ text: String) -> [UInt8] {
        let cd = iconv_open("GB18030", "UTF-8")
        XCTAssertNotEqual(cd, iconv_t(bitPattern: -1))
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let capacity = output.count
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = capacity
                XCTAssertNotEqual(iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft), -1)
                produced = capacity - outLeft
            }
        }
        return Array(output[0..<produced])
    }

    func read(_ path: String) throws(IngestError) -> LoadedDocument {
        let f = SourceFile(path: path, key: (path as NSString).lastPathComponent, root: dir.path)
        return try DocumentReader().read(f)
    }

    func testGB18030AndBOMGiveTheSamePage() throws {
        let seed = Fixtures.seedText
        let plain = write("plain.txt", Array(seed.utf8))
        let bom = write("bom.txt", [0xEF, 0xBB, 0xBF] + Array(seed.utf8))
        let gb = write("gb.txt", gb18030(seed))
        let a = try read(plain), b = try read(bom), c = try read(gb)
        XCTAssertEqual([a.encoding, b.encoding, c.encoding], [.utf8, .utf8BOM, .gb18030])
        XCTAssertEqual(b.text, seed)
        XCTAssertEqual(c.text, seed)
        let pages = [a, b, c].map { PageReader.read($0.text, metadata: $0.metadata) }
        XCTAssertEqual(pages[0], pages[1])
        XCTAssertEqual(pages[0], pages[2])
        XCTAssertNotEqual(a.sha256, c.sha256)
    }

    func testUTF16WithBOM() throws {
        let text = "工会服务职工。"
        var le: [UInt8] = [0xFF, 0xFE], be: [UInt8] = [0xFE, 0xFF]
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)]; be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        XCTAssertEqual(try read(write("le.txt", le)).text, text)
        XCTAssertEqual(try read(write("be.txt", be)).encoding, .utf16BE)
    }

    /// A NUL character that survives decoding (after a UTF-16 byte-order mark, or in UTF-8 past
    /// the first 64 KiB that the binary sniffing reads) still rejects the file as binary.
    func testNULAfterDecodingIsBinary() throws {
        var le: [UInt8] = [0xFF, 0xFE]
        for u in "工会\u{0}职工".utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let utf16 = write("nul16.txt", le)
        let longUTF8 = write("nul8.txt", Array(String(repeating: "职工之家建设。", count: 4_000).utf8) + [0x00] + Array("完".utf8))
        let clean = write("clean8.txt", Array(String(repeating: "职工之家建设。", count: 4_000).utf8))
        for path in [utf16, longUTF8] {
            XCTAssertThrowsError(try read(path)) { XCTAssertEqual($0 as? IngestError, .binary(path: path)) }
        }
        XCTAssertEqual(try read(clean).encoding, .utf8)
    }

    func testRejectedFilesNameTheFileWhileOthersSucceed() throws {
        write("a-good.txt", Array("# 标题\n\n正文。".utf8))
        // Valid UTF-8 Chinese, then a byte no encoding explains.
        let bad = write("b-invalid.txt", Array("职工之家建设工作稳步推进".utf8) + [0xFF, 0x41])
        let binary = write("c-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01])
        let empty = write("d-empty.txt", [])
        write("e-good.md", Array("另一页。".utf8))
        let files = try InputDiscovery.discover([dir.path])
        XCTAssertEqual(files.map(\.key), ["a-good.txt", "b-invalid.txt", "c-binary.txt", "d-empty.txt", "e-good.md"])
        var ok: [String] = [], errors: [IngestError] = []
        for f in files {
            do { ok.append(try DocumentReader().read(f).file.key) } catch { errors.append(error) }
        }
        XCTAssertEqual(ok, ["a-good.txt", "e-good.md"])
        XCTAssertEqual(errors.map(\.path), [bad, binary, empty])
        guard errors.count == 3 else { return }
        XCTAssertEqual(errors[0], .invalidBytes(path: bad, offset: 36, encoding: "UTF-8"))
        XCTAssertEqual(errors[1], .binary(path: binary))
        XCTAssertEqual(errors[2], .empty(path: empty))
        for e in errors { XCTAssertTrue(e.description.hasPrefix(e.path + ":"), e.description) }
        XCTAssertTrue(errors[0].description.contains("byte offset 36"))
    }

    func testInvalidGB18030ReportsOffset() {
        // Lead byte 0x81 followed by 0x20 is not a GB18030 character.
        let path = write("gb-bad.txt", [0x41, 0x42, 0x81, 0x20, 0x41])
        XCTAssertThrowsError(try read(path)) { error in
            XCTAssertEqual(error as? IngestError, .invalidBytes(path: path, offset: 2, encoding: "UTF-8 or GB18030"))
        }
    }

    func testTooLarge() {
        let path = write("big.txt", Array(repeating: 0x41, count: 100))
        let f = SourceFile(path: path, key: "big.txt", root: dir.path)
        XCTAssertThrowsError(try DocumentReader(sizeLimit: 10).read(f)) { error in
            XCTAssertEqual(error as? IngestError, .tooLarge(path: path, size: 100, limit: 10))
        }
    }

    func testSizeLimitIsInclusiveAndDirectoriesAndEmptyFilesAreNamed() throws {
        let exact = write("exact.txt", Array(repeating: 0x41, count: 10))
        let loaded = try DocumentReader(sizeLimit: 10).read(SourceFile(path: exact, key: "exact.txt", root: dir.path))
        XCTAssertEqual(loaded.byteCount, 10)
        XCTAssertEqual(loaded.text, "AAAAAAAAAA")
        let over = write("over.txt", Array(repeating: 0x41, count: 11))
        XCTAssertThrowsError(try DocumentReader(sizeLimit: 10).read(SourceFile(path: over, key: "over.txt", root: dir.path))) {
            XCTAssertEqual($0 as? IngestError, .tooLarge(path: over, size: 11, limit: 10))
        }
        let folder = dir.appendingPathComponent("folder.txt").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        XCTAssertThrowsError(try read(folder)) {
            XCTAssertEqual($0 as? IngestError, .unreadable(path: folder, reason: "is a directory"))
        }
        let empty = write("empty.txt", [])
        XCTAssertThrowsError(try read(empty)) { XCTAssertEqual($0 as? IngestError, .empty(path: empty)) }
        // A sidecar that is a folder is a bad sidecar, named; a missing one is no metadata.
        let page = write("with-folder-sidecar.txt", Array("一".utf8))
        try FileManager.default.createDirectory(atPath: dir.appendingPathComponent("with-folder-sidecar.meta.json").path,
                                                withIntermediateDirectories: true)
        XCTAssertThrowsError(try read(page)) { error in
            guard case let .badSidecar(p, reason)? = error as? IngestError else { return XCTFail("\(error)") }
            XCTAssertTrue(p.hasSuffix("with-folder-sidecar.meta.json"))
            XCTAssertEqual(reason, "is a directory")
        }
        XCTAssertEqual(try read(write("no-sidecar.txt", Array("二".utf8))).metadata, PageMetadata())
    }

    func testDiscoveryFoldersGlobsAndMissingPaths() throws {
        write("x/2.txt", Array("二".utf8))
        write("x/sub/1.txt", Array("一".utf8))
        write("x/1.meta.json", Array("{}".utf8))
        write("x/1.gold.json", Array("{}".utf8))
        write("x/notes.csv", Array("a".utf8))
        let folder = try InputDiscovery.discover([dir.appendingPathComponent("x").path])
        XCTAssertEqual(folder.map(\.key), ["2.txt", "sub/1.txt"])
        let globbed = try InputDiscovery.discover([dir.path + "/x/*.txt"])
        XCTAssertEqual(globbed.map(\.key), ["2.txt"])
        let single = try InputDiscovery.discover([dir.path + "/x/sub/1.txt"])
        XCTAssertEqual(single.map(\.key), ["1.txt"])
        let missing = dir.path + "/nope.txt"
        XCTAssertThrowsError(try InputDiscovery.discover([missing])) { error in
            XCTAssertEqual(error as? IngestError, .notFound(path: missing))
        }
        let (files, errors) = InputDiscovery.discoverAll([missing, dir.path + "/x/2.txt"])
        XCTAssertEqual(files.count, 1)
        XCTAssertEqual(errors, [.notFound(path: missing)])
    }

    func testTheWalkGivesFilesInTheOrderOfTheirFullPaths() throws {
        // Names where a per-folder order by plain name would differ from the order of full paths.
        for name in ["a.txt", "a/b.txt", "a-2/c.txt", "a/z/d.txt", "a/e.txt", "b.txt", ".hidden.txt", "中文/页.txt", "Z.txt"] {
            write("w/" + name, Array("页".utf8))
        }
        let root = dir.appendingPathComponent("w").path
        let walked = Array(InputWalker([root])).map(\.key)
        XCTAssertEqual(walked, walked.sorted(), "the order of a sort of every path")
        XCTAssertEqual(Set(walked), ["a.txt", "a/b.txt", "a-2/c.txt", "a/z/d.txt", "a/e.txt", "b.txt", ".hidden.txt", "中文/页.txt", "Z.txt"])
        XCTAssertEqual(Array(InputWalker([root + "/"])).map(\.key), walked, "a trailing slash changes nothing")
    }

    func testTheWalkFollowsLinksToFilesButNotToFoldersAndReportsMissingArgumentsInOrder() throws {
        write("l/real.txt", Array("页".utf8))
        write("elsewhere/inside.txt", Array("页".utf8))
        let root = dir.appendingPathComponent("l")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.txt").path, withDestinationPath: root.appendingPathComponent("real.txt").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("folder-link").path, withDestinationPath: dir.appendingPathComponent("elsewhere").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("broken.txt").path, withDestinationPath: dir.appendingPathComponent("gone.txt").path)
        var walker = InputWalker([dir.path + "/missing-1", root.path, dir.path + "/missing-*.txt", root.path])
        var keys: [String] = []
        while let f = walker.next() { keys.append(f.key) }
        XCTAssertEqual(keys, ["link.txt", "real.txt"], "each file once, though its folder is named twice")
        XCTAssertEqual(walker.errors, [.notFound(path: dir.path + "/missing-1"), .notFound(path: dir.path + "/missing-*.txt")])
    }

    func testSidecarAndOverrides() throws {
        let path = write("p.txt", Array("正文。".utf8))
        write("p.meta.json", Array(#"{"source": "某某日报", "published_on": "2024-03-05", "page": 2, "url": null}"#.utf8))
        let doc = try read(path)
        XCTAssertEqual(doc.metadata, PageMetadata(source: "某某日报", publishedOn: CivilDate(year: 2024, month: 3, day: 5), page: "2"))
        let f = SourceFile(path: path, key: "p.txt", root: dir.path)
        let overridden = try DocumentReader().read(f, overrides: PageMetadata(source: "另一报", publishedOn: CivilDate(year: 2020, month: 1, day: 1)))
        XCTAssertEqual(overridden.metadata.source, "另一报")
        XCTAssertEqual(overridden.metadata.publishedOn, CivilDate(year: 2020, month: 1, day: 1))
        XCTAssertEqual(overridden.metadata.page, "2")

        let badPath = write("q.txt", Array("正文。".utf8))
        let sidecar = write("q.meta.json", Array(#"{"published_on": "5 March"}"#.utf8))
        XCTAssertThrowsError(try read(badPath)) { error in
            guard case let .badSidecar(p, _)? = error as? IngestError else { return XCTFail("\(error)") }
            XCTAssertEqual(p, sidecar)
        }
    }

    func testSHA256() {
        XCTAssertEqual(DocumentReader.sha256Hex(Array("abc".utf8)),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

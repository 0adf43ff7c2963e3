import XCTest
import Foundation
import NewsText
import Extraction
import Entities
import ReferenceData
@testable import Evaluation

/// A run over a folder: bad files are reported by name and the others are extracted.
final class PipelineTests: XCTestCase {
    func testBadFilesDoNotStopTheOthers() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ bytes: [UInt8]) { _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(bytes)) }
        write("1.txt", Array("# 某市工会举办培训\n\n本报记者 陈明\n\n近日,某市总工会举办培训班。".utf8))
        write("2.txt", Array("职工书屋建设稳步推进".utf8) + [0xC0, 0x20])
        write("3.txt", [0, 1, 2, 3])
        write("4.txt", [])
        write("1.meta.json", Array(#"{"source":"某报","published_on":"2024-05-06"}"#.utf8))

        let pipeline = Pipeline(extractor: Extractor(gazetteer: try Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV)))
        var done: [GoldDocument] = [], failed: [String] = []
        for f in try InputDiscovery.discover([dir.path]) {
            do {
                let p = try pipeline.process(f)
                done.append(GoldExport.document(fileName: f.fileName, page: p.page, result: p.result))
            } catch {
                failed.append(error.description)
            }
        }
        XCTAssertEqual(done.map(\.doc), ["1.txt"])
        XCTAssertEqual(done.first?.publicationDate, "2024-05-06")
        XCTAssertEqual(done.first?.articles.first?.title, "某市工会举办培训")
        XCTAssertEqual(done.first?.articles.first?.people, [GoldBylinePerson(name: "陈明", role: "reporter")])
        XCTAssertEqual(failed.count, 3)
        XCTAssertTrue(failed[0].contains("2.txt") && failed[0].contains("byte offset 30"), failed[0])
        XCTAssertTrue(failed[1].contains("3.txt") && failed[1].contains("binary"), failed[1])
        XCTAssertTrue(failed[2].contains("4.txt") && failed[2].contains("empty"), failed[2])
    }
}

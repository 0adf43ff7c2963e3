import XCTest
@testable import Evaluation

/// The exact text ``JSONValue/render(pretty:)`` writes: the `extract` output formats depend on it.
final class JSONValueTests: XCTestCase {
    let sample: JSONValue = .object([
        ("title", .string("调解\"成功\"率\\达\n82.2%\u{1}")),
        ("span", .array([.int(3), .int(17)])),
        ("values", .array([.decimal(6545000), .null, .bool(true)])),
        ("empty", .object([])),
        ("none", .array([])),
    ])

    func testCompactRendering() {
        XCTAssertEqual(sample.render(),
                       #"{"title":"调解\"成功\"率\\达\n82.2%\u0001","span":[3,17],"values":[6545000,null,true],"empty":{},"none":[]}"#)
    }

    func testPrettyRenderingKeepsShortNumberListsOnOneLine() {
        let expected = """
        {
          "title": "调解\\"成功\\"率\\\\达\\n82.2%\\u0001",
          "span": [3, 17],
          "values": [
            6545000,
            null,
            true
          ],
          "empty": {},
          "none": []
        }
        """
        XCTAssertEqual(sample.render(pretty: true), expected)
    }

    func testRenderedTextParsesBackToTheSameStrings() throws {
        let data = Data(sample.render().utf8)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["title"] as? String, "调解\"成功\"率\\达\n82.2%\u{1}")
    }
}

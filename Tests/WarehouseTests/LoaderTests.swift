import Entities
import Extraction
import Foundation
import NewsText
import Postgres
import ReferenceData
import TestSupport
import Warehouse
import XCTest

final class LoaderTests: XCTestCase {
    static let gazetteer = try! Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV)
    var db: TestDatabase!
    var conn: PostgresConnection!
    var folders: [URL] = []

    override func setUpWithError() throws {
        db = try TestDatabase()
        conn = try db.connect()
        try Migrator().migrate(conn)
    }

    override func tearDown() {
        conn?.close()
        db?.drop()
        for f in folders { try? FileManager.default.removeItem(at: f) }
    }

    func load(_ paths: [String], batchSize: Int = 200, entityCacheCapacity: Int = 20_000) throws -> LoadSummary {
        var options = LoadOptions()
        options.batchSize = batchSize
        options.entityCacheCapacity = entityCacheCapacity
        return try Loader(connection: conn, extractor: Extractor(gazetteer: Self.gazetteer), gazetteer: Self.gazetteer, options: options).load(paths)
    }

    func count(_ table: String) throws -> Int { try conn.query("SELECT count(*) FROM \(table)").rows[0].int(0)! }

    func testSeedCountsEqualWhatExtractionReports() throws {
        let seed = TestDatabase.repositoryRoot.appendingPathComponent("seeds").path
        let summary = try load([seed])
        XCTAssertEqual(summary.counts.new, 1)
        XCTAssertEqual(summary.status, "succeeded")

        let text = try TestPages.seedText
        let page = PageReader.read(text)
        let result = Extractor(gazetteer: Self.gazetteer).extract(page)
        XCTAssertEqual(try count("core.document"), 1)
        XCTAssertEqual(try count("core.article"), page.articles.count)
        XCTAssertEqual(try count("core.sentence"), page.articles.map(\.sentences.count).reduce(0, +))
        XCTAssertEqual(try count("core.metric"), result.metrics.count)
        XCTAssertEqual(try count("core.time_expression"), result.dates.count)
        XCTAssertEqual(try count("core.entity WHERE kind = 'organization'"), result.entities.organizations.count)
        XCTAssertEqual(try count("core.entity WHERE kind = 'policy'"), result.entities.policies.count)
        XCTAssertEqual(try conn.query("SELECT count(DISTINCT region_code) FROM core.region_mention").rows[0].int(0), result.entities.regions.count)
        XCTAssertEqual(summary.rows["core.metric"], result.metrics.count)
        // Exact values: 654.5万元 → 6545000 元, no floating point.
        XCTAssertEqual(try conn.query("SELECT value::text FROM core.metric WHERE surface LIKE '%654.5万元%'").rows.first?.string(0), "6545000")
        // Every span selects its surface in SQL (offsets are character offsets).
        let mismatched = try conn.query("""
            SELECT count(*) FROM core.metric m JOIN core.document d USING (document_id)
            WHERE substr(d.clean_text, m.span_start + 1, m.span_end - m.span_start) <> m.surface
            """).rows[0].int(0)
        XCTAssertEqual(mismatched, 0)
        let run = try conn.query("SELECT status, files_seen, files_new FROM etl.run WHERE run_id = $1", [summary.runID]).rows[0]
        XCTAssertEqual(run.string(0), "succeeded")
        XCTAssertEqual(run.int(1), 1)
        XCTAssertEqual(run.int(2), 1)
        XCTAssertEqual(try conn.query("SELECT rows_loaded FROM etl.run_table_count WHERE run_id = $1 AND table_name = 'core.metric'", [summary.runID]).rows[0].int(0), result.metrics.count)
    }

    func testSecondLoadChangesNothingAndAChangedFileReplacesOnlyItsRows() throws {
        let dir = try TestPages.writeFolder(count: 5); folders.append(dir)
        let first = try load([dir.path], batchSize: 2)
        XCTAssertEqual(first.counts.new, 5)
        let fingerprint = try WarehouseFingerprint.compute(conn)
        let docsBefore = try conn.query("SELECT source_key, document_id, run_id FROM core.document ORDER BY 1").rows.map { $0.cells }

        let second = try load([dir.path])
        XCTAssertEqual(second.counts.unchanged, 5)
        XCTAssertEqual(second.counts.new + second.counts.changed + second.counts.rejected, 0)
        XCTAssertEqual(second.rows.byTable.values.reduce(0, +), 0)
        XCTAssertEqual(try WarehouseFingerprint.compute(conn), fingerprint)
        XCTAssertEqual(try conn.query("SELECT source_key, document_id, run_id FROM core.document ORDER BY 1").rows.map { $0.cells }, docsBefore)

        // Change one file: only its rows change.
        let changed = dir.appendingPathComponent("page-00003.txt")
        try (try TestPages.page(3)).replacingOccurrences(of: "调解成功率达82.2%", with: "调解成功率达91.5%")
            .write(to: changed, atomically: true, encoding: .utf8)
        let othersBefore = try perDocumentFingerprints(excluding: "page-00003.txt")
        let third = try load([dir.path])
        XCTAssertEqual(third.counts.changed, 1)
        XCTAssertEqual(third.counts.unchanged, 4)
        XCTAssertEqual(try perDocumentFingerprints(excluding: "page-00003.txt"), othersBefore)
        XCTAssertEqual(try conn.query("SELECT count(*) FROM core.metric m JOIN core.document d USING (document_id) WHERE d.source_key = 'page-00003.txt' AND m.value = 91.5").rows[0].int(0), 1)
        XCTAssertEqual(try conn.query("SELECT count(*) FROM core.metric m JOIN core.document d USING (document_id) WHERE d.source_key = 'page-00003.txt' AND m.value = 82.2").rows[0].int(0), 0)
        XCTAssertEqual(try count("core.document"), 5)
    }

    func testIdenticalContentUnderASecondNameIsADuplicateNotLoadedTwice() throws {
        let dir = try TestPages.writeFolder(count: 2); folders.append(dir)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("page-00000.txt"), to: dir.appendingPathComponent("zz-copy-of-0.txt"))
        let summary = try load([dir.path])
        XCTAssertEqual(summary.counts.new, 2)
        XCTAssertEqual(summary.counts.duplicate, 1)
        XCTAssertEqual(try count("core.document"), 2)
        XCTAssertEqual(try conn.query("SELECT f.source_key, d.source_key FROM etl.duplicate_file f JOIN core.document d USING (document_id)").rows.map { $0.cells },
                       [["zz-copy-of-0.txt", "page-00000.txt"]])
        let again = try load([dir.path])
        XCTAssertEqual(again.counts.unchanged, 3)
        XCTAssertEqual(again.counts.duplicate, 0)
    }

    func testStateIsLookedUpPerBatchSoFarApartBatchesStillSeeEarlierDocuments() throws {
        // One document per batch: the original of the copy and the sidecar-keyed page were
        // committed many batches before they are met again, and are found in the warehouse.
        let dir = try TestPages.writeFolder(count: 6); folders.append(dir)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("page-00000.txt"), to: dir.appendingPathComponent("zz-copy-of-0.txt"))
        try #"{"id": "custom-key-5"}"#.write(to: dir.appendingPathComponent("page-00005.meta.json"), atomically: true, encoding: .utf8)
        let first = try load([dir.path], batchSize: 1)
        XCTAssertEqual(first.counts.new, 6)
        XCTAssertEqual(first.counts.duplicate, 1)
        let fingerprint = try WarehouseFingerprint.compute(conn)
        XCTAssertEqual(try conn.query("SELECT count(*) FROM core.document WHERE source_key = 'custom-key-5'").rows[0].int(0), 1)

        let second = try load([dir.path], batchSize: 1)
        XCTAssertEqual(second.counts.unchanged, 7, "documents, the sidecar-keyed page and the duplicate are all recognized")
        XCTAssertEqual(second.counts.new + second.counts.changed + second.counts.duplicate + second.counts.rejected, 0)

        // A file touched without a change is read again (mtime moved), found unchanged by its hash.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                              ofItemAtPath: dir.appendingPathComponent("page-00002.txt").path)
        let third = try load([dir.path], batchSize: 1)
        XCTAssertEqual(third.counts.unchanged, 7)
        XCTAssertEqual(try WarehouseFingerprint.compute(conn), fingerprint)
    }

    /// A dry run commits nothing, so it must remember its own decisions for the whole run: a copy
    /// met six batches after its original (older batches' decisions are merged into one
    /// generation) is still a duplicate, and the warehouse is left as it was.
    func testADryRunRemembersEveryBatchAndWritesNothing() throws {
        let dir = try TestPages.writeFolder(count: 6); folders.append(dir)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("page-00000.txt"), to: dir.appendingPathComponent("zz-copy-of-0.txt"))
        let before = try WarehouseFingerprint.compute(conn)
        var options = LoadOptions()
        options.batchSize = 1
        options.dryRun = true
        let loader = Loader(connection: conn, extractor: Extractor(gazetteer: Self.gazetteer), gazetteer: Self.gazetteer, options: options)
        let summary = try loader.load([dir.path])
        XCTAssertEqual(summary.counts.new, 6)
        XCTAssertEqual(summary.counts.duplicate, 1, "the copy's original was decided six batches earlier")
        XCTAssertEqual(try count("core.document"), 0)
        XCTAssertEqual(try WarehouseFingerprint.compute(conn), before)
    }

    func testDeletingADocumentRemovesItsFactsFromEveryPartition() throws {
        let dir = try TestPages.writeFolder(count: 2); folders.append(dir)
        try #"{"published_on": "2030-01-05"}"#.write(to: dir.appendingPathComponent("page-00000.meta.json"), atomically: true, encoding: .utf8)
        _ = try load([dir.path])
        let facts = "(SELECT count(*) FROM core.sentence) + (SELECT count(*) FROM core.entity_mention) + (SELECT count(*) FROM core.metric)"
        let before = try conn.query("SELECT \(facts)").rows[0].int(0)!
        let ofFirst = try conn.query("""
            SELECT (SELECT count(*) FROM core.sentence s WHERE s.document_id = d.document_id)
                 + (SELECT count(*) FROM core.entity_mention m WHERE m.document_id = d.document_id)
                 + (SELECT count(*) FROM core.metric m WHERE m.document_id = d.document_id)
            FROM core.document d WHERE source_key = 'page-00000.txt'
            """).rows[0].int(0)!
        XCTAssertGreaterThan(ofFirst, 0)
        try conn.query("DELETE FROM core.document WHERE source_key = 'page-00000.txt'")
        XCTAssertEqual(try conn.query("SELECT \(facts)").rows[0].int(0), before - ofFirst)
        XCTAssertEqual(try count("core.metric_2030m01"), 0)
        XCTAssertEqual(try count("core.article WHERE document_id NOT IN (SELECT document_id FROM core.document)"), 0)
    }

    func testASmallEntityCacheGivesTheSameWarehouse() throws {
        let dir = try TestPages.writeFolder(count: 4); folders.append(dir)
        _ = try load([dir.path], batchSize: 1)
        let expected = try WarehouseFingerprint.compute(conn)
        let entities = try count("core.entity")

        let other = try TestDatabase()
        defer { other.drop() }
        let otherConn = try other.connect()
        defer { otherConn.close() }
        try Migrator().migrate(otherConn)
        var options = LoadOptions()
        options.batchSize = 1
        options.entityCacheCapacity = 3   // far fewer than the entities met: forgotten and looked up again
        _ = try Loader(connection: otherConn, extractor: Extractor(gazetteer: Self.gazetteer), gazetteer: Self.gazetteer, options: options)
            .load([dir.path])
        XCTAssertGreaterThan(entities, 3)
        XCTAssertEqual(try otherConn.query("SELECT count(*) FROM core.entity").rows[0].int(0), entities)
        XCTAssertEqual(try WarehouseFingerprint.compute(otherConn), expected)
    }

    func testABadFileIsRejectedAndTheOthersLoad() throws {
        let dir = try TestPages.writeFolder(count: 3); folders.append(dir)
        try Data([0xFF, 0xFE, 0x00, 0x00, 0xC3, 0x28, 0x00, 0x01]).write(to: dir.appendingPathComponent("broken.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let summary = try load([dir.path])
        XCTAssertEqual(summary.counts.new, 3)
        XCTAssertEqual(summary.counts.rejected, 2)
        XCTAssertEqual(summary.status, "partial")
        let rejected = try conn.query("SELECT path, stage, reason FROM etl.rejected_file ORDER BY path").rows
        XCTAssertEqual(rejected.count, 2)
        XCTAssertTrue(rejected[0].string(0)!.hasSuffix("broken.txt"))
        XCTAssertTrue(rejected[0].string(2)!.contains("broken.txt"), "the reason names the file")
        XCTAssertTrue(rejected[1].string(0)!.hasSuffix("empty.txt"))
        XCTAssertEqual(try count("core.document"), 3)
    }

    func testADocumentTheDatabaseRefusesIsFoundByBisectionAndTheRestOfItsBatchLoads() throws {
        let dir = try TestPages.writeFolder(count: 7); folders.append(dir)
        // A trigger refuses one document; the loader must find it without parsing the error text.
        try conn.execute("""
            CREATE FUNCTION pg_temp.x() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE FUNCTION core.refuse_page_4() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.source_key = 'page-00004.txt' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse BEFORE INSERT ON core.document FOR EACH ROW EXECUTE FUNCTION core.refuse_page_4();
            """)
        let summary = try load([dir.path], batchSize: 7)
        XCTAssertEqual(summary.counts.new, 6)
        XCTAssertEqual(summary.rejections.map(\.sourceKey), ["page-00004.txt"])
        XCTAssertEqual(summary.rejections.first?.stage, "load")
        XCTAssertEqual(try count("core.document"), 6)
        // Nothing of the refused page is visible anywhere.
        XCTAssertEqual(try count("core.article"), 6 * 6)
        XCTAssertEqual(try count("etl.rejected_file WHERE source_key = 'page-00004.txt'"), 1)
    }

    func testReprocessReplacesFactsFromStoredTextWithoutSourceFiles() throws {
        let dir = try TestPages.writeFolder(count: 3); folders.append(dir)
        _ = try load([dir.path])
        let fingerprint = try WarehouseFingerprint.compute(conn)
        try FileManager.default.removeItem(at: dir)
        // Pretend the documents came from an older extractor.
        try conn.execute("UPDATE core.document SET extractor_version = '0.0.1'; DELETE FROM core.metric WHERE metric_no = 0;")
        let summary = try Reprocessor(connection: conn, extractor: Extractor(gazetteer: Self.gazetteer), gazetteer: Self.gazetteer).reprocess(all: false)
        XCTAssertEqual(summary.counts.changed, 3)
        XCTAssertEqual(try WarehouseFingerprint.compute(conn), fingerprint, "re-extraction restores exactly the same facts")
        let again = try Reprocessor(connection: conn, extractor: Extractor(gazetteer: Self.gazetteer), gazetteer: Self.gazetteer).reprocess(all: false)
        XCTAssertEqual(again.counts.seen, 0, "nothing left at an older version")
        // Pipelined, one document per batch: the next batch is extracted while one is written.
        try conn.execute("DELETE FROM core.metric WHERE metric_no = 1")
        let all = try Reprocessor(connection: conn, extractor: Extractor(gazetteer: Self.gazetteer), gazetteer: Self.gazetteer)
            .reprocess(all: true, batchSize: 1)
        XCTAssertEqual(all.counts.seen, 3)
        XCTAssertEqual(all.counts.changed, 3)
        XCTAssertEqual(try WarehouseFingerprint.compute(conn), fingerprint)
        // A byte budget smaller than one page: one document per batch, none skipped.
        try conn.execute("DELETE FROM core.metric WHERE metric_no = 2")
        var batches: [Int] = []
        let bySize = try Reprocessor(connection: conn, extractor: Extractor(gazetteer: Self.gazetteer), gazetteer: Self.gazetteer,
                                     progress: { batches.append($0.filesDone) })
            .reprocess(all: true, batchSize: 100, batchBytes: 10)
        XCTAssertEqual(bySize.counts.seen, 3)
        XCTAssertEqual(batches, [1, 2, 3], "one document per batch")
        XCTAssertEqual(try WarehouseFingerprint.compute(conn), fingerprint)
    }

    func testANewPublicationMonthGetsItsPartitionWithoutManualSteps() throws {
        let dir = try TestPages.writeFolder(count: 2); folders.append(dir)
        try #"{"source": "测试日报", "published_on": "2031-05-17"}"#.write(to: dir.appendingPathComponent("page-00000.meta.json"), atomically: true, encoding: .utf8)
        try #"{"source": "测试日报", "published_on": "2031-06-02"}"#.write(to: dir.appendingPathComponent("page-00001.meta.json"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try conn.query("SELECT to_regclass('core.metric_2031m05') IS NULL").rows[0].bool(0), true)
        let summary = try load([dir.path])
        XCTAssertEqual(summary.counts.new, 2)
        for (table, month) in [("metric", "2031m05"), ("metric", "2031m06"), ("sentence", "2031m05"), ("entity_mention", "2031m06")] {
            XCTAssertGreaterThan(try count("core.\(table)_\(month)"), 0, "\(table) rows of \(month) are in their own partition")
        }
        XCTAssertEqual(try count("core.metric_default"), 0)
        XCTAssertEqual(try conn.query("SELECT count(*) FROM core.metric WHERE partition_month = '2031-05-01'").rows[0].int(0), 35)
        XCTAssertEqual(try conn.query("SELECT published_on::text, published_inferred FROM core.document WHERE source_key = 'page-00000.txt'").rows[0].cells,
                       ["2031-05-17", "f"])
    }

    private func perDocumentFingerprints(excluding key: String) throws -> [[String?]] {
        try conn.query("""
            SELECT d.source_key, d.document_id, d.run_id,
                   (SELECT md5(string_agg(concat_ws('|', metric_no, value, unit, subject, region_code), ',' ORDER BY metric_no)) FROM core.metric m WHERE m.document_id = d.document_id),
                   (SELECT md5(string_agg(concat_ws('|', sentence_no, text), ',' ORDER BY sentence_no)) FROM core.sentence s WHERE s.document_id = d.document_id)
            FROM core.document d WHERE d.source_key <> $1 ORDER BY 1
            """, [key]).rows.map { $0.cells }
    }
}

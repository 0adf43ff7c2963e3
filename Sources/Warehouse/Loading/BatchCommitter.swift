import Postgres

/// What committing a batch did.
struct BatchOutcome {
    var new = 0, changed = 0
    var rows = RowCounts()
    var rejections: [Rejection] = []
}

/// Commits extracted documents in one transaction per batch; when a batch fails it
/// is split in halves and retried, down to the single document that breaks it, which
/// is rejected (as pgloader does; the server's error text is never parsed).
struct BatchCommitter {
    let conn: PostgresConnection
    let writer: BatchWriter

    func commit(_ documents: [PreparedBatch.Document]) throws -> BatchOutcome {
        var outcome = BatchOutcome()
        guard !documents.isEmpty else { return outcome }
        let ids = try allocateIDs(documents.filter { $0.existingID == nil }.count)
        var it = ids.makeIterator()
        let items = documents.map { d in
            BatchItem(documentID: d.existingID ?? it.next()!, replaces: d.existingID != nil, doc: d.doc)
        }
        // New months get their partitions first, in their own short transaction.
        let months = Set(items.map(\.partitionMonth)).sorted()
        try conn.query("SELECT core.ensure_month_partitions($1::date[])", [PostgresArray(months)])
        try bisect(items, outcome: &outcome)
        return outcome
    }

    private func bisect(_ items: [BatchItem], outcome: inout BatchOutcome) throws {
        do {
            let rows = try conn.transaction { c in try writer.write(items, on: c) }
            writer.entities.commit()
            outcome.rows.merge(rows)
            outcome.new += items.filter { !$0.replaces }.count
            outcome.changed += items.filter(\.replaces).count
        } catch {
            writer.entities.rollback()
            writer.sourceIDs.reset()
            guard conn.isOpen else { throw WarehouseError.connectionLost(underlying: error) }
            if items.count == 1 {
                let d = items[0].doc
                outcome.rejections.append(Rejection(path: d.document.file.path, sourceKey: d.sourceKey, sha256: d.document.sha256,
                                                    stage: "load", reason: "\(d.document.file.path): the database refused the document: \(error)"))
                return
            }
            let mid = items.count / 2
            try bisect(Array(items[..<mid]), outcome: &outcome)
            try bisect(Array(items[mid...]), outcome: &outcome)
        }
    }

    private func allocateIDs(_ n: Int) throws -> [Int64] {
        guard n > 0 else { return [] }
        return try conn.query("SELECT nextval('core.document_id_seq') FROM generate_series(1, $1)", [n]).rows
            .map { try $0.decode(0, as: Int64.self)! }
    }
}

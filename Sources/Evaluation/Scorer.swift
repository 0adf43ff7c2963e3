import Foundation

/// Precision / recall / F1 counts for one field.
public struct FieldScore: Sendable, Hashable, Codable {
    public var truePositives = 0
    public var gold = 0
    public var predicted = 0
    public init(truePositives: Int = 0, gold: Int = 0, predicted: Int = 0) {
        self.truePositives = truePositives; self.gold = gold; self.predicted = predicted
    }
    /// 1 when nothing was predicted and nothing was expected.
    public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? (predicted == 0 ? 1 : 0) : Double(truePositives) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    public static func += (a: inout FieldScore, b: FieldScore) {
        a.truePositives += b.truePositives; a.gold += b.gold; a.predicted += b.predicted
    }
}

/// Accuracy of an attribute over matched pairs.
public struct AccuracyScore: Sendable, Hashable, Codable {
    public var correct = 0
    public var total = 0
    public init(correct: Int = 0, total: Int = 0) { self.correct = correct; self.total = total }
    public var accuracy: Double { total == 0 ? 1 : Double(correct) / Double(total) }
    public static func += (a: inout AccuracyScore, b: AccuracyScore) { a.correct += b.correct; a.total += b.total }
}

/// One miss, spurious item or wrong attribute, for `--show-errors`.
public struct ScoringError: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable { case missed, spurious, wrong }
    public var doc: String
    public var field: String
    public var kind: Kind
    /// What the gold says (missed / wrong).
    public var gold: String?
    /// What was predicted (spurious / wrong).
    public var predicted: String?
}

/// Fields scored with precision / recall / F1, in report order.
public let scoredFields = ["articles.title", "articles.people", "metrics", "organizations", "regions", "people", "policies", "dates"]
/// Attributes scored as accuracy over matched items, in report order.
public let accuracyFields = ["articles.kicker", "articles.subtitle", "articles.column",
                             "metrics.kind", "metrics.subject", "metrics.approx", "metrics.change", "metrics.period", "metrics.region",
                             "publication_date"]

/// Scores of one document or of a whole run (micro-averaged: counts are summed).
public struct EvaluationReport: Sendable, Hashable, Codable {
    public var documents: [String] = []
    public var fields: [String: FieldScore] = [:]
    public var accuracies: [String: AccuracyScore] = [:]
    public var errors: [ScoringError] = []
    public init() {}

    public mutating func merge(_ other: EvaluationReport) {
        documents += other.documents
        for (k, v) in other.fields { fields[k, default: FieldScore()] += v }
        for (k, v) in other.accuracies { accuracies[k, default: AccuracyScore()] += v }
        errors += other.errors
    }
}

/// Compares predicted gold-format documents with gold ones.
///
/// - article titles: one-to-one on normalized title (articles without a title are not counted);
///   kicker, subtitle and column are accuracies over matched articles (title-less articles
///   are paired in order);
/// - byline people: multiset of (name, role) per document;
/// - metrics: one-to-one on equal value and unit, preferring pairs whose surfaces overlap,
///   then accuracy of kind, subject, approx, change, period and region on the pairs;
/// - organizations, people, policies: sets of normalized names; regions: set of codes;
///   dates: multiset of values.
public enum Scorer {
    public static func score(gold: GoldDocument, predicted p: GoldDocument) -> EvaluationReport {
        var r = EvaluationReport()
        r.documents = [gold.doc]
        let doc = gold.doc
        scoreArticles(gold, p, doc, &r)
        scoreMetrics(gold.metrics, p.metrics, doc, &r)
        r.fields["organizations"] = multiset(Array(Set(gold.organizations.map(ScoringNormalization.name))),
                                             Array(Set(p.organizations.map(ScoringNormalization.name))), "organizations", doc, &r.errors)
        r.fields["regions"] = multiset(Array(Set(gold.regions.map(regionKey))), Array(Set(p.regions.map(regionKey))), "regions", doc, &r.errors,
                                       describe: { key in describeRegion(key, gold.regions + p.regions) })
        r.fields["people"] = multiset(Array(Set(gold.people.map { ScoringNormalization.name($0.name) })),
                                      Array(Set(p.people.map { ScoringNormalization.name($0.name) })), "people", doc, &r.errors)
        r.fields["policies"] = multiset(Array(Set(gold.policies.map(ScoringNormalization.policy))),
                                        Array(Set(p.policies.map(ScoringNormalization.policy))), "policies", doc, &r.errors)
        r.fields["dates"] = multiset(gold.dates.map(\.value), p.dates.map(\.value), "dates", doc, &r.errors,
                                     describe: { v in
                                         let surfaces = (gold.dates + p.dates).filter { $0.value == v }.map(\.surface)
                                         return surfaces.first.map { "\(v) (\($0))" } ?? v
                                     })
        var pub = AccuracyScore(correct: 0, total: 1)
        if gold.publicationDate == p.publicationDate { pub.correct = 1 } else {
            r.errors.append(ScoringError(doc: doc, field: "publication_date", kind: .wrong,
                                         gold: gold.publicationDate ?? "null", predicted: p.publicationDate ?? "null"))
        }
        r.accuracies["publication_date"] = pub
        return r
    }

    static func regionKey(_ g: GoldRegion) -> String { g.adcode ?? ("name:" + g.name) }
    static func describeRegion(_ key: String, _ all: [GoldRegion]) -> String {
        if let r = all.first(where: { regionKey($0) == key }) { return "\(r.name) \(r.adcode ?? "-")" }
        return key
    }

    /// Multiset matching of keys; records misses and spurious items.
    static func multiset(_ gold: [String], _ pred: [String], _ field: String, _ doc: String, _ errors: inout [ScoringError],
                         describe: (String) -> String = { $0 }) -> FieldScore {
        var counts: [String: Int] = [:]
        for g in gold { counts[g, default: 0] += 1 }
        var tp = 0
        var spurious: [String] = []
        for p in pred {
            if let c = counts[p], c > 0 { counts[p] = c - 1; tp += 1 } else { spurious.append(p) }
        }
        var remaining = counts
        for g in gold {
            if let c = remaining[g], c > 0 {
                remaining[g] = c - 1
                errors.append(ScoringError(doc: doc, field: field, kind: .missed, gold: describe(g), predicted: nil))
            }
        }
        for s in spurious { errors.append(ScoringError(doc: doc, field: field, kind: .spurious, gold: nil, predicted: describe(s))) }
        return FieldScore(truePositives: tp, gold: gold.count, predicted: pred.count)
    }

    static func scoreArticles(_ gold: GoldDocument, _ p: GoldDocument, _ doc: String, _ r: inout EvaluationReport) {
        let goldTitles = gold.articles.map { ScoringNormalization.text($0.title) }
        let predTitles = p.articles.map { ScoringNormalization.text($0.title) }
        var used = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (gi, gt) in goldTitles.enumerated() {
            guard let gt else { continue }
            if let pi = predTitles.indices.first(where: { !used.contains($0) && predTitles[$0] == gt }) {
                used.insert(pi); pairs.append((gi, pi))
            }
        }
        // Title-less articles pair in order.
        let goldUntitled = goldTitles.indices.filter { goldTitles[$0] == nil }
        let predUntitled = predTitles.indices.filter { predTitles[$0] == nil && !used.contains($0) }
        for (gi, pi) in zip(goldUntitled, predUntitled) { pairs.append((gi, pi)); used.insert(pi) }

        let matchedGold = Set(pairs.map(\.0))
        var titles = FieldScore(truePositives: pairs.filter { goldTitles[$0.0] != nil }.count,
                                gold: goldTitles.compactMap { $0 }.count, predicted: predTitles.compactMap { $0 }.count)
        titles.truePositives = min(titles.truePositives, titles.predicted)
        r.fields["articles.title"] = titles
        for gi in gold.articles.indices where !matchedGold.contains(gi) && goldTitles[gi] != nil {
            r.errors.append(ScoringError(doc: doc, field: "articles.title", kind: .missed, gold: gold.articles[gi].title, predicted: nil))
        }
        for pi in p.articles.indices where !used.contains(pi) && predTitles[pi] != nil {
            r.errors.append(ScoringError(doc: doc, field: "articles.title", kind: .spurious, gold: nil, predicted: p.articles[pi].title))
        }
        for (name, key) in [("articles.kicker", \GoldArticle.kicker), ("articles.subtitle", \GoldArticle.subtitle), ("articles.column", \GoldArticle.column)] {
            var acc = AccuracyScore()
            for (gi, pi) in pairs {
                let g = gold.articles[gi][keyPath: key], q = p.articles[pi][keyPath: key]
                acc.total += 1
                if ScoringNormalization.text(g) == ScoringNormalization.text(q) { acc.correct += 1 } else {
                    r.errors.append(ScoringError(doc: doc, field: name, kind: .wrong,
                                                 gold: "\(g ?? "null") [\(gold.articles[gi].title ?? "untitled")]", predicted: q ?? "null"))
                }
            }
            r.accuracies[name] = acc
        }
        let goldPeople = gold.articles.flatMap { $0.people.map { "\(ScoringNormalization.name($0.name)) \($0.role)" } }
        let predPeople = p.articles.flatMap { $0.people.map { "\(ScoringNormalization.name($0.name)) \($0.role)" } }
        r.fields["articles.people"] = multiset(goldPeople, predPeople, "articles.people", doc, &r.errors)
    }

    static func metricKey(_ m: GoldMetric) -> String { "\(exactDecimalString(m.value)) \(ScoringNormalization.unit(m.unit))" }

    static func surfacesOverlap(_ a: String, _ b: String) -> Bool {
        let x = ScoringNormalization.name(a), y = ScoringNormalization.name(b)
        return !x.isEmpty && !y.isEmpty && (x.contains(y) || y.contains(x))
    }

    static func scoreMetrics(_ gold: [GoldMetric], _ pred: [GoldMetric], _ doc: String, _ r: inout EvaluationReport) {
        var usedPred = Set<Int>()
        var pairs: [(Int, Int)] = []
        var unmatchedGold: [Int] = []
        let predKeys = pred.map(metricKey)
        // First pass: same value and unit, overlapping surfaces.
        for (gi, g) in gold.enumerated() {
            let key = metricKey(g)
            if let pi = pred.indices.first(where: { !usedPred.contains($0) && predKeys[$0] == key && surfacesOverlap(g.surface, pred[$0].surface) }) {
                usedPred.insert(pi); pairs.append((gi, pi))
            } else { unmatchedGold.append(gi) }
        }
        // Second pass: same value and unit, in text order.
        var stillMissed: [Int] = []
        for gi in unmatchedGold {
            let key = metricKey(gold[gi])
            if let pi = pred.indices.first(where: { !usedPred.contains($0) && predKeys[$0] == key }) {
                usedPred.insert(pi); pairs.append((gi, pi))
            } else { stillMissed.append(gi) }
        }
        r.fields["metrics"] = FieldScore(truePositives: pairs.count, gold: gold.count, predicted: pred.count)
        for gi in stillMissed {
            r.errors.append(ScoringError(doc: doc, field: "metrics", kind: .missed, gold: describe(gold[gi]), predicted: nil))
        }
        for pi in pred.indices where !usedPred.contains(pi) {
            r.errors.append(ScoringError(doc: doc, field: "metrics", kind: .spurious, gold: nil, predicted: describe(pred[pi])))
        }
        let attributes: [(String, (GoldMetric) -> String)] = [
            ("metrics.kind", { $0.kind }),
            ("metrics.subject", { ScoringNormalization.text($0.subject) ?? "null" }),
            ("metrics.approx", { "\($0.approx)" }),
            ("metrics.change", { "\($0.change)" }),
            ("metrics.period", { $0.period ?? "null" }),
            ("metrics.region", { $0.region.map(ScoringNormalization.name) ?? "null" }),
        ]
        for (name, get) in attributes {
            var acc = AccuracyScore()
            for (gi, pi) in pairs.sorted(by: { $0.0 < $1.0 }) {
                acc.total += 1
                let g = get(gold[gi]), q = get(pred[pi])
                if g == q { acc.correct += 1 } else {
                    r.errors.append(ScoringError(doc: doc, field: name, kind: .wrong, gold: "\(g) [\(gold[gi].surface)]", predicted: q))
                }
            }
            r.accuracies[name] = acc
        }
    }

    static func describe(_ m: GoldMetric) -> String {
        "\(exactDecimalString(m.value)) \(m.unit) “\(m.surface)”"
    }

    /// Scores every (gold, predicted) pair and sums the counts (micro-average).
    public static func score(_ pairs: [(gold: GoldDocument, predicted: GoldDocument)]) -> EvaluationReport {
        var total = EvaluationReport()
        for (g, p) in pairs { total.merge(score(gold: g, predicted: p)) }
        return total
    }
}

import Foundation
import Postgres

/// One bar or point of a chart: a label, a value to draw, and the exact value for hover.
public struct ChartPoint: Sendable, Equatable {
    public var label: String
    public var value: Double
    /// Exact value as PostgreSQL printed it (shown on hover, grouped by thousands).
    public var exact: String
    /// Extra hover lines (e.g. "documents: 3").
    public var detail: String

    public init(label: String, value: Double, exact: String, detail: String = "") {
        self.label = label; self.value = value; self.exact = exact; self.detail = detail
    }
}

/// A plain table for the report (header and text cells).
public struct ReportTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns that hold numbers (right-aligned).
    public var numericColumns: Set<Int>

    public init(header: [String], rows: [[String]], numericColumns: Set<Int>) {
        self.header = header; self.rows = rows; self.numericColumns = numericColumns
    }
}

/// One section of the report: a chart and/or table drawn from one marts view.
public struct ReportSection: Sendable {
    public enum Chart: Sendable {
        /// Horizontal bars, largest first.
        case bars([ChartPoint], unit: String)
        /// A monthly time series (points in month order, labels YYYY-MM).
        case timeSeries([ChartPoint], unit: String)
        /// Shares 0–1 drawn as percentages.
        case shares([ChartPoint])
        case none
    }

    public var id: String
    public var title: String
    public var subtitle: String
    /// The marts view the section reads, e.g. `marts.metrics_by_province_month`.
    public var view: String
    /// The SQL the section ran, so an analyst can reproduce it.
    public var sql: String
    public var chart: Chart
    public var table: ReportTable?
    /// True when the query returned no rows.
    public var isEmpty: Bool

    public init(id: String, title: String, subtitle: String, view: String, sql: String, chart: Chart,
                table: ReportTable?, isEmpty: Bool) {
        self.id = id; self.title = title; self.subtitle = subtitle; self.view = view; self.sql = sql
        self.chart = chart; self.table = table; self.isEmpty = isEmpty
    }
}

/// Everything the report shows.
public struct ReportData: Sendable {
    public var generatedAt: Date
    public var databaseDescription: String
    /// Headline counts: documents, articles, metrics, organizations, runs.
    public var totals: [(label: String, value: String)]
    public var sections: [ReportSection]

    public init(generatedAt: Date, databaseDescription: String, totals: [(label: String, value: String)],
                sections: [ReportSection]) {
        self.generatedAt = generatedAt; self.databaseDescription = databaseDescription
        self.totals = totals; self.sections = sections
    }
}

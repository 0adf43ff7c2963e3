import Foundation

/// Renders `ReportData` as one self-contained HTML file: inline CSS and SVG,
/// no scripts, no fonts, images or anything else fetched from a network
/// (a Content-Security-Policy forbids it).
public enum ReportRenderer {
    public static func html(_ data: ReportData) -> String {
        let stamp = ISO8601DateFormatter().string(from: data.generatedAt)
        var h = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="labor-etl report">
            <title>LaborETL 劳动新闻数据报告</title>
            <style>\(css)</style>
            </head>
            <body>
            <header>
            <h1>LaborETL 劳动新闻数据报告 <span class="en">Labour news warehouse report</span></h1>
            <p class="meta">Generated \(htmlEscape(stamp))\(data.databaseDescription.isEmpty ? "" : " from " + htmlEscape(data.databaseDescription)). Every chart names the <code>marts</code> view and the SQL it comes from; hover a bar for its exact value.</p>
            <ul class="totals">
            """
        for t in data.totals {
            h += "<li><span class=\"n\">\(htmlEscape(t.value))</span><span class=\"l\">\(htmlEscape(t.label))</span></li>"
        }
        h += "</ul>\n<nav><ul>"
        for s in data.sections { h += "<li><a href=\"#\(htmlEscape(s.id))\">\(htmlEscape(s.title))</a></li>" }
        h += "</ul></nav>\n</header>\n<main>\n"
        for s in data.sections { h += section(s) }
        h += "</main>\n<footer>labor-etl report · data from the <code>marts</code> schema (readable by the <code>labor_reader</code> role)</footer>\n</body>\n</html>\n"
        return h
    }

    static func section(_ s: ReportSection) -> String {
        var h = "<section class=\"report-section\" id=\"\(htmlEscape(s.id))\">\n"
        h += "<h2>\(htmlEscape(s.title))</h2>\n<p class=\"sub\">\(htmlEscape(s.subtitle))</p>\n"
        if s.isEmpty {
            h += "<p class=\"empty\">暂无数据 — no data yet in <code>\(htmlEscape(s.view))</code>. Load pages with <code>labor-etl load PATH</code>.</p>\n"
        } else {
            h += "<figure>"
            switch s.chart {
            case let .bars(points, unit): h += points.isEmpty ? "" : SVGCharts.bars(points, unit: unit, id: s.id)
            case let .timeSeries(points, unit): h += points.isEmpty ? "" : SVGCharts.timeSeries(points, unit: unit, id: s.id)
            case let .shares(points): h += points.isEmpty ? "<p class=\"empty\">No metrics yet: shares cannot be computed.</p>" : SVGCharts.shares(points, id: s.id)
            case .none: break
            }
            h += "<figcaption>from <code>\(htmlEscape(s.view))</code></figcaption></figure>\n"
            if let t = s.table, !t.rows.isEmpty { h += table(t) }
        }
        h += "<details><summary>SQL</summary><pre><code>\(htmlEscape(s.sql))</code></pre></details>\n"
        h += "</section>\n"
        return h
    }

    static func table(_ t: ReportTable) -> String {
        var h = "<div class=\"table-wrap\"><table>\n<thead><tr>"
        for (i, c) in t.header.enumerated() {
            h += "<th\(t.numericColumns.contains(i) ? " class=\"num\"" : "")>\(htmlEscape(c))</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for row in t.rows {
            h += "<tr>"
            for (i, c) in row.enumerated() {
                h += "<td\(t.numericColumns.contains(i) ? " class=\"num\"" : "")>\(htmlEscape(c))</td>"
            }
            h += "</tr>\n"
        }
        return h + "</tbody></table></div>\n"
    }

    static let css = """
        body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1f2933;background:#f5f7fa;}
        header,main,footer{max-width:960px;margin:0 auto;padding:0 24px;}
        header{padding-top:24px;}
        h1{font-size:26px;margin:0 0 6px;} h1 .en{font-size:15px;color:#616e7c;font-weight:normal;}
        h2{font-size:19px;margin:0 0 4px;}
        .meta,.sub,footer{color:#616e7c;font-size:13px;}
        .totals{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0;margin:16px 0;}
        .totals li{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:10px 16px;min-width:120px;}
        .totals .n{display:block;font-size:22px;font-weight:bold;} .totals .l{font-size:12px;color:#616e7c;}
        nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px;}
        nav a{color:#2f6db5;}
        .report-section{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:18px 20px;margin:18px 0;}
        figure{margin:10px 0;overflow-x:auto;} figcaption{font-size:12px;color:#616e7c;}
        svg.chart{max-width:100%;height:auto;font-size:12px;}
        svg .label{fill:#1f2933;} svg .value{fill:#323f4b;font-weight:bold;} svg .axis{fill:#616e7c;font-size:11px;}
        svg .grid{stroke:#e4e7eb;stroke-width:1;} svg .baseline{stroke:#9aa5b1;stroke-width:1;}
        svg .bar:hover rect{fill-opacity:.75;}
        .empty{background:#fffbea;border:1px solid #f0d77a;padding:10px;border-radius:4px;}
        table{border-collapse:collapse;font-size:13px;width:100%;}
        th,td{border-bottom:1px solid #e4e7eb;padding:4px 8px;text-align:left;white-space:nowrap;}
        th{background:#f0f4f8;} .num{text-align:right;font-variant-numeric:tabular-nums;}
        .table-wrap{overflow-x:auto;}
        details{margin-top:8px;font-size:12px;} pre{background:#f0f4f8;padding:8px;overflow-x:auto;}
        footer{padding:12px 24px 32px;}
        """
}

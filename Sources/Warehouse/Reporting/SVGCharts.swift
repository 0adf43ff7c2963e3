import Foundation

/// Inline SVG charts drawn as text (no scripts, no external resources).
/// Every bar or point carries a `<title>` with its exact value, shown on hover.
public enum SVGCharts {
    static let width = 880.0
    static let palette = ["#2f6db5", "#d9822b", "#3a9a5b", "#b5443a", "#7a5bb5", "#3a8f9a", "#9a7b3a"]

    /// Horizontal bars, one per point, in the given order.
    public static func bars(_ points: [ChartPoint], unit: String, id: String) -> String {
        let labelWidth = 230.0, valueWidth = 90.0, rowHeight = 26.0, top = 8.0
        let plotWidth = width - labelWidth - valueWidth
        let maxValue = max(points.map(\.value).max() ?? 0, 1e-9)
        let height = top * 2 + rowHeight * Double(points.count)
        var s = svgOpen(height: height, id: id, label: "bar chart")
        for (i, p) in points.enumerated() {
            let y = top + rowHeight * Double(i)
            let w = max(p.value / maxValue * plotWidth, p.value > 0 ? 1 : 0)
            s += "<g class=\"bar\">"
            s += "<title>\(htmlEscape(tooltip(p, unit: unit)))</title>"
            s += "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(y + rowHeight * 0.65))\" text-anchor=\"end\" class=\"label\">\(htmlEscape(ellipsis(p.label, 22)))</text>"
            s += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 4))\" width=\"\(f(w))\" height=\"\(f(rowHeight - 8))\" fill=\"\(palette[0])\" rx=\"2\"/>"
            s += "<text x=\"\(f(labelWidth + w + 6))\" y=\"\(f(y + rowHeight * 0.65))\" class=\"value\">\(htmlEscape(ChineseNumberFormat.short(p.value)))</text>"
            s += "</g>"
        }
        return s + "</svg>"
    }

    /// Shares (0–1) as horizontal bars on a 0–100 % axis.
    public static func shares(_ points: [ChartPoint], id: String) -> String {
        let labelWidth = 230.0, rowHeight = 30.0, top = 8.0
        let plotWidth = width - labelWidth - 90
        let height = top * 2 + rowHeight * Double(points.count) + 18
        var s = svgOpen(height: height, id: id, label: "share chart")
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            let x = labelWidth + tick * plotWidth
            s += "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(height - 18))\" class=\"grid\"/>"
            s += "<text x=\"\(f(x))\" y=\"\(f(height - 4))\" text-anchor=\"middle\" class=\"axis\">\(Int(tick * 100))%</text>"
        }
        for (i, p) in points.enumerated() {
            let y = top + rowHeight * Double(i)
            let w = min(max(p.value, 0), 1) * plotWidth
            s += "<g class=\"bar\">"
            s += "<title>\(htmlEscape("\(p.label): \(p.exact)" + (p.detail.isEmpty ? "" : " (\(p.detail))")))</title>"
            s += "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(y + rowHeight * 0.62))\" text-anchor=\"end\" class=\"label\">\(htmlEscape(p.label))</text>"
            s += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 5))\" width=\"\(f(w))\" height=\"\(f(rowHeight - 10))\" fill=\"\(palette[(i + 1) % palette.count])\" rx=\"2\"/>"
            s += "<text x=\"\(f(labelWidth + w + 6))\" y=\"\(f(y + rowHeight * 0.62))\" class=\"value\">\(htmlEscape(p.exact))</text>"
            s += "</g>"
        }
        return s + "</svg>"
    }

    /// A monthly time series: columns with a line through their tops, y axis in 万/亿.
    public static func timeSeries(_ points: [ChartPoint], unit: String, id: String) -> String {
        let left = 64.0, right = 16.0, top = 14.0, bottom = 46.0, height = 300.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let (step, maxTick) = niceScale(points.map(\.value).max() ?? 0)
        var s = svgOpen(height: height, id: id, label: "time series")
        var tick = 0.0
        while tick <= maxTick + step / 2 {
            let y = top + plotHeight - tick / maxTick * plotHeight
            s += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\" class=\"grid\"/>"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\" class=\"axis\">\(htmlEscape(ChineseNumberFormat.short(tick)))</text>"
            tick += step
        }
        let slot = plotWidth / Double(max(points.count, 1))
        let labelEvery = max(1, Int((Double(points.count) * 64 / plotWidth).rounded(.up)))
        var line: [String] = []
        for (i, p) in points.enumerated() {
            let x = left + slot * Double(i)
            let h = p.value / maxTick * plotHeight
            let y = top + plotHeight - h
            s += "<g class=\"bar\"><title>\(htmlEscape(tooltip(p, unit: unit)))</title>"
            s += "<rect x=\"\(f(x + slot * 0.15))\" y=\"\(f(y))\" width=\"\(f(max(slot * 0.7, 1)))\" height=\"\(f(h))\" fill=\"\(palette[0])\" opacity=\"0.35\"/>"
            s += "<circle cx=\"\(f(x + slot / 2))\" cy=\"\(f(y))\" r=\"3.5\" fill=\"\(palette[0])\"/></g>"
            line.append("\(f(x + slot / 2)),\(f(y))")
            if i % labelEvery == 0 {
                s += "<text x=\"\(f(x + slot / 2))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\" class=\"axis\">\(htmlEscape(p.label))</text>"
            }
        }
        if line.count > 1 {
            s += "<polyline points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"\(palette[0])\" stroke-width=\"2\"/>"
        }
        s += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(width - right))\" y2=\"\(f(top + plotHeight))\" class=\"baseline\"/>"
        return s + "</svg>"
    }

    /// A tick step and axis maximum (1, 2 or 5 × 10ⁿ steps, about 4–5 ticks).
    static func niceScale(_ maxValue: Double) -> (step: Double, max: Double) {
        guard maxValue > 0, maxValue.isFinite else { return (1, 1) }
        let raw = maxValue / 4
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2.0, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        return (step, (maxValue / step).rounded(.up) * step)
    }

    static func tooltip(_ p: ChartPoint, unit: String) -> String {
        "\(p.label): \(ChineseNumberFormat.exact(p.exact)) \(unit)" + (p.detail.isEmpty ? "" : "\n\(p.detail)")
    }

    static func svgOpen(height: Double, id: String, label: String) -> String {
        "<svg class=\"chart\" id=\"chart-\(htmlEscape(id))\" role=\"img\" aria-label=\"\(htmlEscape(label))\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\">"
    }

    static func ellipsis(_ s: String, _ n: Int) -> String {
        s.count > n ? String(s.prefix(n - 1)) + "…" : s
    }

    static func f(_ v: Double) -> String {
        ChineseNumberFormat.trimmed(v, 1)
    }
}

/// Horizontal bars, one row each: a label, a bar, the value written after it. The drawing the charts of
/// industries, stages, money and officials share, so their rows look alike and never overlap: every row has its
/// own line, labels are fitted into their column, and the caller cuts long lists before.
package struct BarList: Sendable {
    /// One row.
    package struct Item: Sendable, Hashable {
        package var label: String
        package var value: Double
        /// The value as written after the bar (`12`, `35亿元`).
        package var text: String
        package var fill: String
        /// A second, smaller line under the label (an official's titles).
        package var detail: String?

        package init(label: String, value: Double, text: String, fill: String, detail: String? = nil) {
            self.label = label
            self.value = value
            self.text = text
            self.fill = fill
            self.detail = detail
        }
    }

    /// Height of a row without and with a detail line.
    package static let rowHeight = 24.0
    package static let detailRowHeight = 38.0

    package var items: [Item]
    /// Width of the label column and of the whole drawing.
    package var labelWidth: Double
    package var width: Double
    /// Whether values are counts (whole ticks).
    package var integral: Bool

    package init(items: [Item], labelWidth: Double, width: Double, integral: Bool) {
        self.items = items
        self.labelWidth = labelWidth
        self.width = width
        self.integral = integral
    }

    /// The height the rows take, axis included.
    package var height: Double {
        let rows = self.items.reduce(0.0) { $0 + ($1.detail == nil ? Self.rowHeight : Self.detailRowHeight) }
        return rows + 22
    }

    /// Draws the rows with their top at `top` into `markup`.
    package func draw(into markup: inout Markup, top: Double) {
        let valueWidth = 78.0
        let barLeft = self.labelWidth + 8
        let barLength = max(40, self.width - barLeft - valueWidth)
        let scale = ChartScale(largest: self.items.map(\.value).max() ?? 0, count: 4, integral: self.integral)
        let bottom = top + self.height - 22
        for tick in scale.ticks {
            let x = barLeft + scale.position(tick, length: barLength)
            markup.line(x1: x, y1: top, x2: x, y2: bottom, stroke: "#e3e6ea")
            markup.label(
                ReportNumber.count(tick),
                x: x,
                y: bottom + 14,
                width: 60,
                anchor: "middle",
                size: 10,
                fill: ReportPalette.axis
            )
        }
        var y = top
        for item in self.items {
            let rowHeight = item.detail == nil ? Self.rowHeight : Self.detailRowHeight
            let length = scale.position(item.value, length: barLength)
            markup.label(item.label, x: self.labelWidth, y: y + 16, width: self.labelWidth - 4, anchor: "end")
            if let detail = item.detail {
                markup.label(
                    detail,
                    x: self.labelWidth,
                    y: y + 31,
                    width: self.labelWidth - 4,
                    anchor: "end",
                    size: 10,
                    fill: "#666"
                )
            }
            markup.box(
                x: barLeft,
                y: y + 5,
                width: max(length, item.value > 0 ? 1.5 : 0),
                height: 15,
                fill: item.fill,
                tooltip: "\(item.label)：\(item.text)"
            )
            markup.label(item.text, x: barLeft + length + 4, y: y + 16, width: valueWidth - 6)
            y += rowHeight
        }
        markup.line(x1: barLeft, y1: top, x2: barLeft, y2: bottom, stroke: ReportPalette.axis)
    }
}

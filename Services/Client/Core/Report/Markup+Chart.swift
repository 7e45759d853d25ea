/// The shapes every chart draws, written through ``Markup`` so every label is escaped and fitted.
extension Markup {
    /// Font size of chart labels, in the chart's own pixels.
    package static let labelSize = 12.0

    /// An `<svg>` of `width` × `height` user units that scales to its container; `label` is read by screen
    /// readers and is the chart's accessible name. A chart dense with small labels gives `minimumWidth`: on a
    /// narrower screen it keeps that width and its figure scrolls sideways, rather than shrinking its text away.
    package mutating func chart(
        width: Double,
        height: Double,
        label: String,
        minimumWidth: Double? = nil,
        _ body: (inout Markup) -> Void
    ) {
        var style = "max-width:\(Self.number(width * 1.2))px"
        if let minimumWidth { style += ";min-width:\(Self.number(minimumWidth))px" }
        self.element(
            "svg",
            [
                .init("class", "chart"), .init("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"),
                .init("width", width), .init("height", height), .init("role", "img"), .init("aria-label", label),
                .init("font-size", Self.labelSize),
                // Drawn at up to 1.2 times its own size on a wide screen, smaller on a narrow one.
                .init("style", style),
            ],
            body
        )
    }

    /// A filled rectangle with a tooltip.
    package mutating func box(
        x: Double,
        y: Double,
        width: Double,
        height: Double,
        fill: String,
        tooltip: String? = nil,
        attributes: [Attribute] = []
    ) {
        let shape: [Attribute] = [
            .init("x", x), .init("y", y), .init("width", max(0, width)), .init("height", max(0, height)),
            .init("fill", fill),
        ]
        if let tooltip {
            self.element("rect", shape + attributes) { $0.element("title", text: tooltip) }
        } else {
            self.empty("rect", shape + attributes)
        }
    }

    /// A line of text fitted into `width` pixels (ellipsized when longer); the full text is its tooltip when cut.
    package mutating func label(
        _ content: String,
        x: Double,
        y: Double,
        width: Double,
        anchor: StaticString = "start",
        size: Double = Markup.labelSize,
        fill: String = "#222",
        weight: String? = nil
    ) {
        let fitted = TextFit.fit(content, width: width, fontSize: size)
        var attributes: [Attribute] = [
            .init("x", x), .init("y", y), .init("text-anchor", anchor.description), .init("fill", fill),
        ]
        if size != Self.labelSize { attributes.append(.init("font-size", size)) }
        if let weight { attributes.append(.init("font-weight", weight)) }
        self.element("text", attributes) { markup in
            if fitted != content { markup.element("title", text: content) }
            markup.text(fitted)
        }
    }

    /// A straight line.
    package mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1) {
        self.empty(
            "line",
            [
                .init("x1", x1), .init("y1", y1), .init("x2", x2), .init("y2", y2), .init("stroke", stroke),
                .init("stroke-width", width),
            ]
        )
    }
}

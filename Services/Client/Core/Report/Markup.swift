import Foundation

/// HTML and inline SVG written as text, with every string that is not a literal of this code escaped.
///
/// Names of projects, officials and places come from scraped articles: any of them may hold `<script>`, quotes or
/// ampersands. Element and attribute names are `StaticString`s, so only this code's literals can name them; text
/// and attribute values always pass through ``escape(_:)``. The one way to write unescaped text, ``trusted(_:)``,
/// also takes a `StaticString` only (the style sheet and the few lines of script).
package struct Markup: Sendable {
    /// An attribute: a literal name and any value (escaped when written).
    package struct Attribute: Sendable {
        package var name: StaticString
        package var value: String

        package init(_ name: StaticString, _ value: String) {
            self.name = name
            self.value = value
        }

        package init(_ name: StaticString, _ value: Double) {
            self.name = name
            self.value = Markup.number(value)
        }
    }

    /// The text written so far.
    package private(set) var text = ""

    package init() {}

    /// Opens an element: `<name a="v">`.
    package mutating func open(_ name: StaticString, _ attributes: [Attribute] = []) {
        self.text += "<\(name)"
        self.writeAttributes(attributes)
        self.text += ">"
    }

    /// Closes an element opened with ``open(_:_:)``.
    package mutating func close(_ name: StaticString) {
        self.text += "</\(name)>"
    }

    /// An element without content: `<name a="v"/>` (SVG shapes, `<meta>`).
    package mutating func empty(_ name: StaticString, _ attributes: [Attribute] = []) {
        self.text += "<\(name)"
        self.writeAttributes(attributes)
        self.text += "/>"
    }

    /// An element holding `content` as escaped text.
    package mutating func element(_ name: StaticString, _ attributes: [Attribute] = [], text content: String) {
        self.open(name, attributes)
        self.text(content)
        self.close(name)
    }

    /// An element whose content `body` writes.
    package mutating func element(
        _ name: StaticString,
        _ attributes: [Attribute] = [],
        _ body: (inout Markup) -> Void
    ) {
        self.open(name, attributes)
        body(&self)
        self.close(name)
    }

    /// Escaped text.
    package mutating func text(_ content: String) {
        self.text += Self.escape(content)
    }

    /// Another piece of markup, already escaped as it was built.
    package mutating func append(_ other: Markup) {
        self.text += other.text
    }

    /// A literal of this code written as it is: the style sheet, the script, the doctype.
    package mutating func trusted(_ literal: StaticString) {
        self.text += literal.description
    }

    private mutating func writeAttributes(_ attributes: [Attribute]) {
        for attribute in attributes {
            self.text += " \(attribute.name)=\"\(Self.escape(attribute.value))\""
        }
    }

    /// `content` safe as HTML text and as a quoted attribute value: `&`, `<`, `>`, `"` and `'` as entities, and
    /// control characters that HTML forbids (all C0 but tab, line feed and carriage return; DEL and C1) as U+FFFD.
    package static func escape(_ content: String) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(content.unicodeScalars.count)
        for scalar in content.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": escaped.unicodeScalars.append("\u{FFFD}")
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A coordinate or length as SVG wants it: at most one decimal, no trailing zeros (`12`, `12.5`).
    package static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int64(tenths / 10)) }
        return String(format: "%.1f", tenths / 10)
    }
}

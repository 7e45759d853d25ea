/// Fits a label into the width a chart gives it, so no two labels overlap whatever the names.
///
/// SVG text does not wrap or clip itself and the report cannot measure fonts before it is drawn, so widths are
/// estimated the way ``DisplayWidth`` counts terminal columns: a Han character or full-width form is one em, any
/// other character half an em, and a twentieth of the width is kept free for fonts that draw Latin capitals wider.
package enum TextFit {
    /// The estimated width of `text` in pixels at `fontSize`.
    package static func width(_ text: String, fontSize: Double) -> Double {
        Double(DisplayWidth.of(text)) * fontSize / 2
    }

    /// `text` when it fits in `width` pixels at `fontSize`, else its longest prefix that fits followed by `…`.
    package static func fit(_ text: String, width: Double, fontSize: Double) -> String {
        // A twentieth kept free: capitals and digits are wider than half an em in most CJK fonts.
        let columns = Int((width * 2 / fontSize * 0.95).rounded(.down))
        guard DisplayWidth.of(text) > columns else { return text }
        guard columns >= 2 else { return "" }
        var kept = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(String(character))
            // Two columns for the ellipsis: CJK fonts draw it a full em wide.
            if used + characterWidth > columns - 2 { break }
            kept.append(character)
            used += characterWidth
        }
        return kept + "…"
    }
}

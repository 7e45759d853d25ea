/// Terminal column width of text: East Asian wide and full-width characters take two columns.
package enum DisplayWidth {
    /// Columns `text` occupies on a terminal.
    ///
    /// - Complexity: O(n) in Unicode scalars.
    package static func of(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            width += Self.of(scalar)
        }
        return width
    }

    /// Columns one scalar occupies: 0 for combining marks and controls, 2 for wide, else 1.
    package static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch value {
        case 0..<0x20, 0x7F..<0xA0, 0x300..<0x370, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}

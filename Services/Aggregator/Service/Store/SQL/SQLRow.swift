/// One result row, its values by column name.
package struct SQLRow: Sendable {
    package var values: [String: SQLValue]

    package init(_ values: [String: SQLValue]) {
        self.values = values
    }

    /// The text in `column`, nil for NULL.
    package func text(_ column: String) -> String? {
        if case .text(let text) = self.values[column] { return text }
        return nil
    }

    /// The number in `column` (an integer read as a double), nil for NULL.
    package func double(_ column: String) -> Double? {
        switch self.values[column] {
        case .real(let value): value
        case .integer(let value): Double(value)
        case .text(let text): Double(text)
        default: nil
        }
    }

    /// The integer in `column`, nil for NULL.
    package func integer(_ column: String) -> Int64? {
        switch self.values[column] {
        case .integer(let value): value
        case .real(let value): Int64(value)
        default: nil
        }
    }

    /// The bytes in `column`, nil for NULL.
    package func blob(_ column: String) -> [UInt8]? {
        if case .blob(let bytes) = self.values[column] { return bytes }
        return nil
    }
}

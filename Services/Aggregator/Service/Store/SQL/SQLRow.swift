/// One result row: its values in column order, with the column names shared by every row of the result (no
/// dictionary per row: a statistic can return thousands of rows).
package struct SQLRow: Sendable {
    package let columns: [String]
    package let values: [SQLValue]

    package init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value in `column`, nil when the result has no such column.
    package func value(_ column: String) -> SQLValue? {
        guard let index = self.columns.firstIndex(of: column) else { return nil }
        return self.values[index]
    }

    /// The text in `column`, nil for NULL.
    package func text(_ column: String) -> String? {
        if case .text(let text) = self.value(column) { return text }
        return nil
    }

    /// The number in `column` (an integer read as a double), nil for NULL.
    package func double(_ column: String) -> Double? {
        switch self.value(column) {
        case .real(let value): value
        case .integer(let value): Double(value)
        case .text(let text): Double(text)
        default: nil
        }
    }

    /// The integer in `column`, nil for NULL.
    package func integer(_ column: String) -> Int64? {
        switch self.value(column) {
        case .integer(let value): value
        case .real(let value): Int64(value)
        default: nil
        }
    }

    /// The bytes in `column`, nil for NULL.
    package func blob(_ column: String) -> [UInt8]? {
        if case .blob(let bytes) = self.value(column) { return bytes }
        return nil
    }
}

extension SQLSession {
    /// Bound values per statement: under SQLite's default limit (32,766) and PostgreSQL's (65,535).
    static var boundValuesPerStatement: Int { 30_000 }

    /// Inserts `rows` into `table` (its column list included, `documents(id, source)`) with as few multi-row
    /// statements as the databases' limits on bound values allow; nothing for no rows. `suffix` follows each
    /// statement (`ON CONFLICT DO NOTHING`, `RETURNING …`); the rows every statement returns are returned in order.
    ///
    /// Statements hold a power of two of rows (the largest the limits allow, then the binary digits of what is
    /// left), so a table is written with a dozen statement shapes that stay prepared, whatever the commits' sizes.
    @discardableResult
    func insert(into table: String, _ rows: [[SQLValue]], suffix: String = "") throws -> [SQLRow] {
        guard let width = rows.first?.count, width > 0 else { return [] }
        let tuple = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        var largest = 1
        while largest * 2 <= min(64, Self.boundValuesPerStatement / width) { largest *= 2 }
        // Asked once, and each statement's text built once per row count (most statements have the largest).
        let returns = suffix.contains("RETURNING")
        var statement: (count: Int, sql: String) = (0, "")
        var returned: [SQLRow] = []
        var start = 0
        while start < rows.count {
            var count = largest
            while count > rows.count - start { count /= 2 }
            if statement.count != count {
                let values =
                    "INSERT INTO \(table) VALUES " + Array(repeating: tuple, count: count).joined(separator: ", ")
                statement = (count, suffix.isEmpty ? values : values + " " + suffix)
            }
            if returns {
                returned += try self.rows(statement.sql, rows[start..<(start + count)].flatMap { $0 })
            } else {
                try self.execute(statement.sql, rows: rows[start..<(start + count)])
            }
            start += count
        }
        return returned
    }

    /// Runs `select`, a query that ends with `IN `, once per slice of at most `perStatement` (1,024) `values` (see
    /// ``inListSlices(_:perStatement:)``) and returns the rows of all slices.
    func rows(_ select: String, in values: [SQLValue], perStatement: Int = 1024) throws -> [SQLRow] {
        try Self.inListSlices(values, perStatement: perStatement).flatMap { placeholders, slice in
            try self.rows(select + placeholders, slice)
        }
    }

    /// Runs `statement`, which ends with `IN `, once per slice of at most 1,024 `values` (see ``inListSlices(_:)``).
    func execute(_ statement: String, in values: [SQLValue]) throws {
        for (placeholders, slice) in Self.inListSlices(values) { try self.execute(statement + placeholders, slice) }
    }

    /// `values` cut into slices of at most `perStatement`, each with its `(?, …)` list. A slice is padded to a power
    /// of two by repeating its last value (which changes no `IN`), so the statement shapes stay few and prepared.
    private static func inListSlices(_ values: [SQLValue], perStatement: Int = 1024)
        -> [(placeholders: String, values: [SQLValue])]
    {
        stride(from: 0, to: values.count, by: perStatement).map { start in
            let slice = StatementShape.padded(Array(values[start..<min(start + perStatement, values.count)]))
            return ("(" + Array(repeating: "?", count: slice.count).joined(separator: ", ") + ")", slice)
        }
    }
}

/// Row and value counts of the store's variable statements, kept to powers of two so that a connection prepares
/// a bounded number of statement shapes and reuses them.
enum StatementShape {
    /// The least power of two not below `count`.
    static func rows(atLeast count: Int) -> Int {
        var power = 1
        while power < count { power *= 2 }
        return power
    }

    /// `items` padded to a power of two by repeating the last one: for lists where a repeated item changes nothing
    /// (an `IN` list, alternatives joined by `UNION`).
    static func padded<Item>(_ items: [Item]) -> [Item] {
        guard let last = items.last else { return items }
        return items + Array(repeating: last, count: Self.rows(atLeast: items.count) - items.count)
    }
}

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
        while largest * 2 <= min(512, Self.boundValuesPerStatement / width) { largest *= 2 }
        var returned: [SQLRow] = []
        var start = 0
        while start < rows.count {
            var count = largest
            while count > rows.count - start { count /= 2 }
            let slice = rows[start..<(start + count)]
            let sql = "INSERT INTO \(table) VALUES " + Array(repeating: tuple, count: count).joined(separator: ", ")
            let arguments = slice.flatMap { $0 }
            if suffix.contains("RETURNING") {
                returned += try self.rows(sql + " " + suffix, arguments)
            } else {
                try self.execute(suffix.isEmpty ? sql : sql + " " + suffix, arguments)
            }
            start += count
        }
        return returned
    }

    /// Runs `select`, a query that ends with `IN `, once per slice of at most 1,024 `values` with the slice's
    /// placeholders (and `trailing`) appended, and returns the rows of all slices. A slice is padded to a power
    /// of two by repeating its last value (which changes no `IN`), so the statement shapes stay few.
    func rows(_ select: String, in values: [SQLValue], trailing: String = "") throws -> [SQLRow] {
        var result: [SQLRow] = []
        for start in stride(from: 0, to: values.count, by: 1024) {
            var slice = Array(values[start..<min(start + 1024, values.count)])
            slice += Array(
                repeating: slice[slice.count - 1],
                count: StatementShape.rows(atLeast: slice.count) - slice.count
            )
            let placeholders = "(" + Array(repeating: "?", count: slice.count).joined(separator: ", ") + ")"
            result += try self.rows(select + placeholders + trailing, slice)
        }
        return result
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
}

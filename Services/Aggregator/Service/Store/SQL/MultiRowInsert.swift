extension SQLSession {
    /// Bound values per statement: under SQLite's default limit (32,766) and PostgreSQL's (65,535).
    static var boundValuesPerStatement: Int { 30_000 }

    /// Inserts `rows` into `table` (its column list included, `documents(id, source)`) with as few multi-row
    /// statements as the databases' limits on bound values allow; nothing for no rows. `suffix` follows each
    /// statement (`ON CONFLICT DO NOTHING`, `RETURNING …`); the rows every statement returns are returned in order.
    @discardableResult
    func insert(into table: String, _ rows: [[SQLValue]], suffix: String = "") throws -> [SQLRow] {
        guard let width = rows.first?.count, width > 0 else { return [] }
        let tuple = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        let perStatement = max(1, min(500, Self.boundValuesPerStatement / width))
        var returned: [SQLRow] = []
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let slice = rows[start..<min(start + perStatement, rows.count)]
            let sql =
                "INSERT INTO \(table) VALUES " + Array(repeating: tuple, count: slice.count).joined(separator: ", ")
            let arguments = slice.flatMap { $0 }
            if suffix.contains("RETURNING") {
                returned += try self.rows(sql + " " + suffix, arguments)
            } else {
                try self.execute(suffix.isEmpty ? sql : sql + " " + suffix, arguments)
            }
        }
        return returned
    }

    /// Runs `select`, a query that ends with `IN `, once per slice of at most 1,000 `values` with the slice's
    /// placeholders (and `trailing`) appended, and returns the rows of all slices.
    func rows(_ select: String, in values: [SQLValue], trailing: String = "") throws -> [SQLRow] {
        var result: [SQLRow] = []
        for start in stride(from: 0, to: values.count, by: 1000) {
            let slice = Array(values[start..<min(start + 1000, values.count)])
            let placeholders = "(" + Array(repeating: "?", count: slice.count).joined(separator: ", ") + ")"
            result += try self.rows(select + placeholders + trailing, slice)
        }
        return result
    }
}

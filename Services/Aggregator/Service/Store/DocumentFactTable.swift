/// One fact table of documents (`doc` plus its own columns) as `v3` defined it, for the `v9` migration that keys it
/// by the document's number (``StoreSchema/version9``): its columns after `doc`, its primary key and its indexes.
struct DocumentFactTable {
    var table: String
    var columns: [(name: String, definition: String)]
    var key: String? = nil
    var indexes: [(name: String, columns: String)]

    /// Every fact table with a `doc` column.
    static let all: [DocumentFactTable] = [
        DocumentFactTable(
            table: "places",
            columns: [
                ("path", "TEXT NOT NULL"), ("code", "TEXT"), ("level", "TEXT"), ("province", "TEXT"), ("city", "TEXT"),
                ("county", "TEXT"), ("park", "TEXT"),
            ],
            indexes: [
                ("places_doc", "doc"), ("places_province", "province, doc"), ("places_city", "city, doc"),
                ("places_county", "county, doc"), ("places_park", "park, doc"), ("places_path", "path, doc"),
                ("places_code", "code, doc"),
            ]
        ),
        DocumentFactTable(
            table: "reports",
            columns: [
                ("idx", "INTEGER NOT NULL"), ("project", "INTEGER NOT NULL"), ("name", "TEXT NOT NULL"),
                ("stage", "TEXT NOT NULL"), ("date", "TEXT"), ("path", "TEXT"), ("code", "TEXT"), ("level", "TEXT"),
                ("park", "TEXT"), ("organization", "TEXT"),
            ],
            key: "doc, idx",
            indexes: [("reports_project", "project, doc"), ("reports_doc", "doc, project, stage")]
        ),
        DocumentFactTable(
            table: "quantities",
            columns: [("project", "INTEGER NOT NULL"), ("unit", "TEXT NOT NULL"), ("value", "REAL NOT NULL")],
            indexes: [("quantities_project", "project, unit, value")]
        ),
        DocumentFactTable(
            table: "persons",
            columns: [("name", "TEXT NOT NULL"), ("role", "TEXT NOT NULL")],
            indexes: [("persons_doc", "doc, role, name"), ("persons_name", "role, name, doc")]
        ),
        DocumentFactTable(
            table: "organizations",
            columns: [("name", "TEXT NOT NULL")],
            indexes: [("organizations_doc", "doc"), ("organizations_name", "name, doc")]
        ),
        DocumentFactTable(
            table: "industries",
            columns: [("industry", "TEXT NOT NULL")],
            indexes: [("industries_doc", "doc"), ("industries_industry", "industry, doc")]
        ),
        DocumentFactTable(
            table: "events",
            columns: [
                ("idx", "INTEGER NOT NULL"), ("story", "TEXT NOT NULL"), ("key", "TEXT NOT NULL"),
                ("type", "TEXT NOT NULL"), ("date", "TEXT"), ("month", "TEXT"),
            ],
            indexes: [("events_doc", "doc"), ("events_month", "month, story, key")]
        ),
        DocumentFactTable(
            table: "amounts",
            columns: [
                ("idx", "INTEGER NOT NULL"), ("project", "INTEGER"), ("currency", "TEXT NOT NULL"),
                ("value", "REAL NOT NULL"),
            ],
            indexes: [("amounts_doc", "doc"), ("amounts_project", "project, currency, value")]
        ),
    ]

    /// The table made again with `doc INTEGER` holding the number of the document its text `doc` named (rows in
    /// number order), and its indexes made again.
    var renumbering: String {
        let names = self.columns.map(\.name).joined(separator: ", ")
        let definitions = self.columns.map { "\($0.name) \($0.definition)" }.joined(separator: ", ")
        let key = self.key.map { ", PRIMARY KEY (\($0))" } ?? ""
        var script = """
            CREATE TABLE \(self.table)_v9 (doc INTEGER NOT NULL, \(definitions)\(key));
            INSERT INTO \(self.table)_v9(doc, \(names))
                SELECT d.number, \(self.columns.map { "t." + $0.name }.joined(separator: ", "))
                FROM \(self.table) t JOIN documents d ON d.id = t.doc ORDER BY d.number;
            DROP TABLE \(self.table);
            ALTER TABLE \(self.table)_v9 RENAME TO \(self.table);

            """
        for index in self.indexes {
            script += "CREATE INDEX \(index.name) ON \(self.table)(\(index.columns));\n"
        }
        return script
    }
}

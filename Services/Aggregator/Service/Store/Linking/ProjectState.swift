import DiaoyanModels

/// A project across articles as its reports so far make it: the name, place and stage ``ProjectLinker`` links
/// new reports against and writes back to `projects`.
///
/// Each is the best over every report, kept up to date one report at a time: the name the longest written
/// (without stray punctuation; of equal lengths the first in code-point order), the place the deepest (a park
/// deeper than its county), the stage the latest known by date, then by lifecycle order (`unknown` never counts).
/// On ties the earlier report's value stays.
struct ProjectState {
    var id: Int64
    var key: String
    var name: String
    var place: Place?
    var stage: (stage: Stage, date: String?)?
    /// Whether a report of the current commit changed it (its row and tallies must be written).
    var isTouched: Bool

    /// A project not stored yet.
    init(id: Int64, key: String) {
        self.id = id
        self.key = key
        self.name = ""
        self.isTouched = true
    }

    /// A stored project, from a `projects` row whose place (``ProjectLinker/place(_:)``) is read already.
    init?(row: SQLRow, place: Place?) {
        guard let id = row.integer("id"), let key = row.text("key") else { return nil }
        self.id = id
        self.key = key
        self.name = row.text("name") ?? ""
        self.place = place
        self.stage = row.text("stage").flatMap(Stage.init(rawValue:)).map { ($0, row.text("stage_date")) }
        self.isTouched = false
    }

    /// Takes one more report of the project into account.
    mutating func absorb(name: String, stage: Stage, date: String?, place: Place?) {
        let cleaned = ProjectName.clean(name)
        if (self.name.count, cleaned) < (cleaned.count, self.name) { self.name = cleaned }
        if let place, Self.depth(self.place) < Self.depth(place) { self.place = place }
        let reported: [(stage: Stage, date: String?)] = (self.stage.map { [$0] } ?? []) + [(stage, date)]
        self.stage = ProjectLifecycle.latest(reported)
        self.isTouched = true
    }

    /// How deep a place is: the length of its path, then a park deeper than none.
    private static func depth(_ place: Place?) -> (Int, Int) {
        guard let place else { return (-1, 0) }
        return (place.path.count, place.park == nil ? 0 : 1)
    }

    /// The project's `projects` row, every column; `place` is its ``place`` divided.
    func row(in place: DividedPlace?) -> [SQLValue] {
        [
            .integer(self.id), .text(self.key), .text(ProjectNameKey.reversed(self.key)), .text(self.name),
            self.place?.path.sqlValue ?? .null, self.place?.code.sqlValue ?? .null,
            self.place?.level.rawValue.sqlValue ?? .null, place?.province.sqlValue ?? .null,
            place?.city.sqlValue ?? .null, place?.county.sqlValue ?? .null,
            self.place?.park.sqlValue ?? .null,
            self.stage?.stage.rawValue.sqlValue ?? .null, self.stage?.date.sqlValue ?? .null,
        ]
    }
}

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
    /// Its name, place and stage as stored before the commit, nil for a project the commit creates.
    private var stored: (name: String, place: Place?, stage: (stage: Stage, date: String?)?)?

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
        self.stored = (self.name, self.place, self.stage)
    }

    /// What of its `projects` row the commit's reports changed.
    enum Change {
        /// Nothing was stored: the whole row is new.
        case new
        /// Nothing: the stored row stays.
        case none
        /// The name or the stage (and its date), which only `projects_stage` indexes.
        case head
        /// The place, whose columns five indexes hold (`projects_rkey` with the path, and the province, city,
        /// county and park ones); perhaps the head too.
        case place
    }

    /// What changed since the project was read, by the values' UTF-8 bytes.
    ///
    /// Why: the row is upserted with every column set from the new one, and SQLite then deletes and inserts the
    /// row's entry in every index over a column set, equal or not; at 100,000 stored that was a page of each of six
    /// indexes for every stored project a report named, most of which a report only confirms or moves to a later
    /// stage.
    var change: Change {
        guard let stored = self.stored else { return .new }
        if !Self.same(stored.place, self.place) { return .place }
        let sameStage: Bool =
            switch (stored.stage, self.stage) {
            case (nil, nil): true
            case (let old?, let new?): old.stage == new.stage && Self.same(old.date, new.date)
            default: false
            }
        return sameStage && UTF8Identity.equal(stored.name, self.name) ? .none : .head
    }

    private static func same(_ one: Place?, _ other: Place?) -> Bool {
        switch (one, other) {
        case (nil, nil): true
        case (let one?, let other?):
            UTF8Identity.equal(one.path, other.path) && UTF8Identity.equal(one.code, other.code)
                && one.level == other.level && Self.same(one.park, other.park)
        default: false
        }
    }

    private static func same(_ one: String?, _ other: String?) -> Bool {
        switch (one, other) {
        case (nil, nil): true
        case (let one?, let other?): UTF8Identity.equal(one, other)
        default: false
        }
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

import DiaoyanModels
import Foundation

/// The rows one extraction record contributes to the aggregator's fact tables.
///
/// Kept separate from SQL so the mapping from record to facts reads on its own: places split into levels,
/// projects keyed by a normalized name, a project's place falling back to the document's first place.
struct FactRows {
    struct PlaceRow {
        var path: String
        var code: String?
        var province: String?
        var city: String?
        var county: String?
        var park: String?
    }

    struct ProjectRow {
        var index: Int
        var name: String
        var key: String
        var stage: String
        var place: PlaceRow?
        var organization: String?
        var date: String?
        var industries: [String]
        var quantities: [(unit: String, value: Double)]
    }

    var month: String?
    var story: String
    var places: [PlaceRow]
    var projects: [ProjectRow]
    var officials: [String]
    var persons: [(name: String, role: String)]
    var organizations: [String]
    var industries: [String]
    var events: [(index: Int, type: String, date: String?, month: String?)]
    var amounts: [(currency: String, value: Double)]

    init(_ record: ExtractionRecord) {
        self.month = record.published.flatMap(Self.month)
        self.story = record.title.map { "title:" + Self.key($0) } ?? "id:" + record.id
        self.places = record.places.map { Self.place($0.path, code: $0.code) }
        let fallback = self.places.first
        self.projects = record.projects.enumerated().map { index, project in
            let date = record.events.first { $0.projects.contains(project.name) && $0.date != nil }?.date
                ?? record.published
            return ProjectRow(
                index: index,
                name: project.name,
                key: Self.key(project.name),
                stage: project.stage.rawValue,
                place: project.place.map { Self.place($0, code: nil) } ?? fallback,
                organization: project.organization,
                date: date,
                industries: Array(Set(project.industries.map(\.rawValue))).sorted(),
                quantities: project.quantities.map { ($0.unit, $0.value) }
            )
        }
        self.persons = record.persons.map { ($0.name, $0.role.rawValue) }
        self.officials = Array(Set(record.persons.filter { $0.role == .official }.map(\.name))).sorted()
        self.organizations = Array(Set(record.organizations.map(\.name))).sorted()
        self.industries = Array(Set(record.industries.map(\.rawValue))).sorted()
        self.events = record.events.enumerated().map { index, event in
            (index, event.type.rawValue, event.date, (event.date ?? record.published).flatMap(Self.month))
        }
        self.amounts = record.amounts.map { ($0.currency, $0.value) }
    }

    /// `YYYY-MM` of a `YYYY-MM[-DD]` date, nil for a bare year.
    static func month(_ date: String) -> String? {
        let scalars = Array(date.unicodeScalars)
        guard scalars.count >= 7 else { return nil }
        return String(String.UnicodeScalarView(scalars[0..<7]))
    }

    /// A name reduced for matching the same thing across articles: no spaces, quotes or brackets, ASCII lower-cased,
    /// full-width letters and digits folded.
    static func key(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            guard let folded = Unicode.Scalar(value) else { continue }
            if folded.properties.isWhitespace { continue }
            if "\"'“”‘’「」『』《》〈〉()（）[]【】·".unicodeScalars.contains(folded) { continue }
            if ("A"..."Z").contains(folded) {
                out.append(Unicode.Scalar(folded.value + 32)!)
            } else {
                out.append(folded)
            }
        }
        return String(out)
    }

    /// Splits `省/市/县[/园区]` into levels. Municipalities (`北京市/朝阳区`) have no city level of their own, so the
    /// municipality is both province and city. A level whose name reads as a development zone or park is the park.
    static func place(_ path: String, code: String?) -> PlaceRow {
        let parts = path.split(separator: "/").map(String.init)
        var row = PlaceRow(path: path, code: code)
        var administrative: [String] = []
        for part in parts {
            if Self.isPark(part) { row.park = part } else { administrative.append(part) }
        }
        row.province = administrative.first
        if administrative.count >= 2 {
            row.city = administrative[1]
        }
        if administrative.count >= 3 {
            row.county = administrative[2]
        }
        if let province = row.province, ["北京市", "天津市", "上海市", "重庆市"].contains(province), administrative.count == 2 {
            row.city = province
            row.county = administrative[1]
        }
        return row
    }

    private static func isPark(_ name: String) -> Bool {
        ["开发区", "经开区", "高新区", "园区", "产业园", "工业园", "示范区", "保税区", "自贸区"].contains { name.hasSuffix($0) }
    }
}

import DiaoyanModels
import Foundation

/// The WHERE condition of a query's filter, with its arguments, for one base and grouping.
///
/// Document facts are kept by their document (`doc IN (SELECT …)`, each subquery on an index), project facts by
/// the project: a date range keeps projects some article in the range reported, a place keeps projects whose own
/// place lies there, a stage compares the project's latest stage. A place is a path prefix (`黑龙江省/哈尔滨市`,
/// compared as a range so an index serves it) or a GB/T 2260 code (`230000` → every code starting `23`).
struct StatsFilterSQL {
    private(set) var condition: String
    private(set) var arguments: [SQLValue]

    init(_ filter: QueryFilter?, base: StatsBase, grouping: StatsBase.Grouping) {
        var clauses: [String] = base.baseCondition.map { [$0] } ?? []
        var arguments: [SQLValue] = []
        func add(_ clause: String, _ values: [String]) {
            clauses.append(clause)
            arguments += values.map { .text($0) }
        }
        let filter = filter ?? QueryFilter()
        let dates = Self.dates(filter)
        let keep: (String) -> String =
            base.level == .project
            ? { "p.id IN (SELECT r.project FROM reports r JOIN documents d ON d.number = r.doc WHERE \($0))" }
            : { "\(grouping.document) IN (\($0))" }
        if let (clause, values) = dates {
            add(
                keep(
                    base.level == .project
                        ? clause.replacingOccurrences(of: "published", with: "d.published")
                        : "SELECT number FROM documents WHERE \(clause)"
                ),
                values
            )
        }
        if let place = filter.place {
            let (match, values) = Self.place(place)
            switch base.level {
            case .project: add(match("p."), values)
            case .story: add(match("d."), values)
            case .document: add("\(grouping.document) IN (SELECT doc FROM places WHERE \(match("")))", values)
            }
        }
        if let industry = filter.industry?.rawValue {
            add(
                base.level == .project
                    ? "p.id IN (SELECT project FROM project_industries WHERE industry = ?)"
                    : "\(grouping.document) IN (SELECT doc FROM industries WHERE industry = ?)",
                [industry]
            )
        }
        if let stage = filter.stage?.rawValue {
            add(
                base.level == .project
                    ? "p.stage = ?" : "\(grouping.document) IN (SELECT doc FROM reports WHERE stage = ?)",
                [stage]
            )
        }
        if let official = filter.official {
            let officials = "SELECT doc FROM persons WHERE role = 'official' AND name = ?"
            add(
                base.level == .project
                    ? "p.id IN (SELECT r.project FROM reports r WHERE r.doc IN (\(officials)))"
                    : "\(grouping.document) IN (\(officials))",
                [official]
            )
        }
        self.condition = clauses.isEmpty ? "1 = 1" : clauses.joined(separator: " AND ")
        self.arguments = arguments
    }

    /// The publication-date clause (`published` compared on the length of the bound given) and its arguments.
    private static func dates(_ filter: QueryFilter) -> (String, [String])? {
        var clauses: [String] = []
        var arguments: [String] = []
        if let from = filter.from {
            clauses.append("published IS NOT NULL AND substr(published, 1, length(?)) >= ?")
            arguments += [from, from]
        }
        if let to = filter.to {
            clauses.append("published IS NOT NULL AND substr(published, 1, length(?)) <= ?")
            arguments += [to, to]
        }
        return clauses.isEmpty ? nil : (clauses.joined(separator: " AND "), arguments)
    }

    /// A place filter as a clause over columns with the given alias prefix (`p.`, `d.`, ``), and its arguments.
    static func place(_ place: String) -> ((String) -> String, [String]) {
        if place.count == 6, place.allSatisfy(\.isASCII), place.allSatisfy(\.isNumber) {
            var prefix = Substring(place)
            while prefix.count > 2, prefix.hasSuffix("00") { prefix = prefix.dropLast(2) }
            return ({ "(\($0)code >= ? AND \($0)code < ?)" }, [String(prefix), Self.successor(String(prefix))])
        }
        return ({ "(\($0)path = ? OR (\($0)path >= ? AND \($0)path < ?))" }, [place, place + "/", place + "0"])
    }

    /// The smallest string above every string starting with `prefix` (digits only: its last digit plus one).
    private static func successor(_ prefix: String) -> String {
        var scalars = Array(prefix.unicodeScalars)
        scalars[scalars.count - 1] = Unicode.Scalar(scalars[scalars.count - 1].value + 1)!
        return String(String.UnicodeScalarView(scalars))
    }
}

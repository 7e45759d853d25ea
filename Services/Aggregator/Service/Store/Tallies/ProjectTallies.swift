import DiaoyanModels

/// The members a project has in the tallies of the project metrics (projects, capacity, investment): its place
/// and latest stage, its industries, and the months, sources, officials and organizations of the articles that
/// reported it — the keys ``StatsBase`` groups projects by — with its largest capacity per unit and investment per
/// currency as the values of the sums.
///
/// A commit knows only its own reports of a project, so the members are grown from the ones stored: what the
/// reports add is joined to the keys and figures the stored members hold (these only ever grow), and the place
/// and stage are replaced by the project's current ones. No fact table is read back.
struct ProjectTallies {
    /// The item a project is in the tallies.
    static func item(_ project: Int64) -> String { "p\(project)" }

    /// Dimensions a project's reports add keys to; a project none of whose reports gives an industry or an
    /// official is counted under none (`''`), a month, source or organization is always given (`''` when the
    /// article has none).
    private static let reportedDimensions: [StatsDimension] = [.industry, .month, .source, .official, .organization]
    private static let filledDimensions: Set<StatsDimension> = [.industry, .official]

    /// What this commit's reports add: keys per dimension, largest capacity per unit and investment per currency.
    private var keys: [StatsDimension: Set<String>] = [:]
    private var figures: [StatsMetric: [String: Double]] = [:]

    init() {}

    /// Adds one report: the reporting document's month, source and officials, the report's organization and the
    /// project's industries and quantities as the report gives them.
    mutating func add(report project: FactRows.ProjectRow, of facts: FactRows, source: String) {
        self.keys[.month, default: []].insert(facts.month ?? "")
        self.keys[.source, default: []].insert(source)
        self.keys[.organization, default: []].insert(project.organization ?? "")
        self.keys[.industry, default: []].formUnion(project.industries)
        self.keys[.official, default: []]
            .formUnion(facts.persons.filter { $0.role == PersonRole.official.rawValue }.map(\.name))
        for quantity in project.quantities { self.raise(.capacity, unit: quantity.unit, to: quantity.value) }
    }

    /// Adds an amount of money the record attributes to the project.
    mutating func add(investment amount: FactRows.AmountRow) {
        self.raise(.investment, unit: amount.currency, to: amount.value)
    }

    private mutating func raise(_ metric: StatsMetric, unit: String, to value: Double) {
        self.figures[metric, default: [:]][unit] = max(self.figures[metric]?[unit] ?? value, value)
    }

    /// The project's members: the `stored` ones grown by this commit's reports, with `project`'s place (`place`,
    /// divided) and stage.
    func members(of project: ProjectState, in place: DividedPlace?, stored: [TallyMember]) -> [TallyMember] {
        var keys = self.keys
        var figures = self.figures
        for member in stored {
            if member.metric == .projects, let dimension = member.dimension, Self.reportedDimensions.contains(dimension)
            {
                keys[dimension, default: []].insert(member.key)
            } else if member.metric != .projects, member.dimension == nil {
                figures[member.metric, default: [:]][member.unit] = max(
                    figures[member.metric]?[member.unit] ?? member.value,
                    member.value
                )
            }
        }
        for dimension in Self.filledDimensions {
            let given = (keys[dimension] ?? []).subtracting([""])
            keys[dimension] = given.isEmpty ? [""] : given
        }
        keys[.province] = [place?.province ?? ""]
        keys[.city] = [place?.city ?? ""]
        keys[.county] = [place?.county ?? ""]
        keys[.park] = [place?.park ?? ""]
        keys[.stage] = [project.stage?.stage.rawValue ?? ""]
        let item = Self.item(project.id)
        var members = TallyMember.members(.projects, item: item, keys: keys)
        for (metric, units) in figures {
            for (unit, value) in units {
                members += TallyMember.members(metric, item: item, unit: unit, value: value, keys: keys)
            }
        }
        return members
    }
}

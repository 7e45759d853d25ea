import DiaoyanModels

/// A project's lifecycle as articles reported it: the known stages in date order, and the latest one.
enum ProjectLifecycle {
    /// The reports worth listing, in date order: `unknown` dropped; undated reports last; on the same date, the
    /// earlier stage of the lifecycle first.
    static func ordered<Report>(_ reports: [Report], stage: (Report) -> Stage, date: (Report) -> String?) -> [Report] {
        reports.filter { stage($0) != .unknown }.sorted { lhs, rhs in
            let (left, right) = (date(lhs) ?? "9999", date(rhs) ?? "9999")
            return left != right ? left < right : stage(lhs) < stage(rhs)
        }
    }

    /// The latest known stage and its date; nil when no report knows one.
    static func latest(_ reports: [(stage: Stage, date: String?)]) -> (stage: Stage, date: String?)? {
        Self.ordered(reports, stage: \.stage, date: \.date).last
    }
}

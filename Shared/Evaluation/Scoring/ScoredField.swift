/// The fields `score.py` scores, in its report order.
package enum ScoredField: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Names, exact.
    case persons
    /// For matched persons: each gold title found exactly or with one containing the other.
    case titles
    /// For matched persons: role equal (accuracy).
    case roles
    /// Administrative paths expanded to every ancestor.
    case places
    /// Names, one-to-one, bigram Dice ≥ 0.75.
    case organizations
    /// Names, one-to-one, bigram Dice ≥ 0.7.
    case projects
    /// For matched projects: stage equal (accuracy).
    case stages
    /// For matched projects: quantity texts, exact after dropping 年产能/年产/产能.
    case quantities
    /// (value, currency), value within 0.5 %.
    case amounts
    /// (type, date) pairs.
    case events
    /// Set of labels.
    case industries
    /// The publication date, exact (two nulls agree).
    case published

    /// The fields whose F1 the headline figure averages.
    package static let headline: [ScoredField] = [.persons, .places, .organizations, .projects, .amounts]

    package var description: String { self.rawValue }
}

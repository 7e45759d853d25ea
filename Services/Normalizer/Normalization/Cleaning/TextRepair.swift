import DiaoyanModels

/// One change the normalizer made to a document's text, before it is reported as a `NormalizedDocument.Repair`.
package struct TextRepair: Hashable, Sendable {
    /// What kind of artifact was repaired.
    package enum Kind: String, Hashable, Sendable {
        case pinyin
        case mojibake
        case width
        case lostSpace = "lost_space"
    }

    package var kind: Kind
    package var from: String
    package var to: String
    /// Scalar offset in the decoded input.
    package var at: Int

    /// The record form of this repair.
    package var reported: NormalizedDocument.Repair {
        NormalizedDocument.Repair(kind: self.kind.rawValue, from: self.from, to: self.to, at: self.at)
    }
}

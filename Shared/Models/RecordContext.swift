/// What the aggregator needs to know of a document beyond its extraction record, read by the extractor off the
/// normalized text that the record does not carry.
///
/// It rides beside the records in `submit` (`{"records":[…],"contexts":{"<id>":{…}}}`), so the record's shape
/// (schema 2, the external contract) stays as it is, and `diaoyan extract --json` prints the same records as before.
/// An aggregator given no context for a record falls back to what the record alone says (see the README).
package struct RecordContext: Codable, Hashable, Sendable {
    /// The MinHash signature (``MinHashSignature/values``) of the body's shingles, headline excluded: the
    /// aggregator links near-duplicate articles into one story by it. Nil for a body too short to shingle.
    package var signature: [UInt32]?
    /// For each of the record's amounts, in order, the index in `projects` of the project the amount belongs to
    /// (named in the amount's sentence), or nil for money the story announces without a project.
    package var amountProjects: [Int?]
    /// Indexes of amounts that are no investment at all: output value, revenue, tax or trade (`年产值80亿元`),
    /// counted in no money metric.
    package var revenue: [Int]

    package init(signature: [UInt32]?, amountProjects: [Int?], revenue: [Int] = []) {
        self.signature = signature
        self.amountProjects = amountProjects
        self.revenue = revenue
    }

    private enum CodingKeys: String, CodingKey {
        case signature
        case amountProjects = "amount_projects"
        case revenue
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.signature = try container.decodeIfPresent([UInt32].self, forKey: .signature)
        self.amountProjects = try container.decodeIfPresent([Int?].self, forKey: .amountProjects) ?? []
        self.revenue = try container.decodeIfPresent([Int].self, forKey: .revenue) ?? []
    }
}

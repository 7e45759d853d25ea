/// What the extractor should find in a generated article, in the shape `diaoyan score` reads
/// (`NAME.gold.json`, see `Tests/RealArticles/GUIDE.md`).
///
/// The generator knows every fact it wrote, so this is exact by construction: the names as the normalizer outputs
/// them (simplified), the place paths of the gazetteer, the stages the sentences state.
package struct GoldRecord: Codable, Hashable, Sendable {
    /// A named person and the title chain written before the name.
    package struct Person: Codable, Hashable, Sendable {
        package var name: String
        package var titles: [String]
        /// `official`, `executive`, `reporter` or `other`.
        package var role: String
    }

    /// A project, its stage at the time of the report and its capacities as written.
    package struct Project: Codable, Hashable, Sendable {
        package var name: String
        package var stage: String
        package var quantities: [String]
    }

    /// A sum of money as written, its value in units of the currency, and the currency.
    package struct Amount: Codable, Hashable, Sendable {
        package var text: String
        package var value: Double
        package var currency: String
    }

    /// Something that happened on a date.
    package struct Event: Codable, Hashable, Sendable {
        package var date: String?
        package var type: String
        package var persons: [String]
        package var places: [String]
    }

    /// `simplified` or `traditional`: the script the article was written in.
    package var script: String
    package var title: String
    /// `YYYY-MM-DD`.
    package var published: String
    package var persons: [Person]
    /// Paths from the province down (`黑龙江省/哈尔滨市/阿城区`).
    package var places: [String]
    package var organizations: [String]
    package var projects: [Project]
    package var amounts: [Amount]
    package var events: [Event]
    package var industries: [String]
    /// What the generator did to the text (the artifacts), for a human reading the gold.
    package var notes: String
}

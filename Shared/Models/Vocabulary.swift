/// The project stages of DESIGN.md's fixed vocabulary, in lifecycle order.
package enum Stage: String, Codable, CaseIterable, Comparable, Sendable {
    case planned
    case signed
    case groundbreaking
    case underConstruction = "under_construction"
    case toppedOut = "topped_out"
    case completed
    case inProduction = "in_production"
    case unknown

    package static func < (lhs: Stage, rhs: Stage) -> Bool {
        Self.allCases.firstIndex(of: lhs)! < Self.allCases.firstIndex(of: rhs)!
    }
}

/// The kinds of event an article can report.
package enum EventType: String, Codable, CaseIterable, Sendable {
    case inspection, meeting, signing, groundbreaking, commissioning, conference, other
}

/// What part a person plays in an article.
package enum PersonRole: String, Codable, CaseIterable, Sendable {
    case official, executive, reporter, other
}

/// The fixed industry taxonomy every project and document is labelled with.
package enum Industry: String, Codable, CaseIterable, Sendable {
    case biomedicine
    case newEnergy = "new_energy"
    case newMaterials = "new_materials"
    case equipment
    case automotive
    case aerospace
    case railTransit = "rail_transit"
    case electronics
    case digital
    case steel
    case petrochemical
    case food
    case agriculture
    case tourismCulture = "tourism_culture"
    case servicesLogistics = "services_logistics"
    case environmental
    case lightIndustry = "light_industry"
    case educationResearch = "education_research"
}

/// The script a document was written in before conversion to simplified characters.
package enum Script: String, Codable, CaseIterable, Sendable {
    case simplified, traditional, mixed
}

import DiaoyanModels

/// The members a newly stored document adds to the tallies of the document metrics (documents, stories, events,
/// officials, announced investment), with the same keys the fact-table SQL groups by (``StatsBase``): the places,
/// industries, report stages, officials and organizations the document names, its month and its source.
enum DocumentTallies {
    static func members(_ facts: FactRows, document: String, story: String, source: String) -> [TallyMember] {
        var keys: [StatsDimension: Set<String>] = [
            .province: Set(facts.places.map(\.province)),
            .city: Set(facts.places.map { $0.city ?? "" }),
            .county: Set(facts.places.map { $0.county ?? "" }),
            .park: Set(facts.places.map { $0.park ?? "" }),
            .industry: Set(facts.industries),
            .stage: Set(facts.projects.map(\.stage)),
            .official: Set(facts.persons.filter { $0.role == PersonRole.official.rawValue }.map(\.name)),
            .organization: Set(facts.organizations),
            .month: [facts.month ?? ""],
            .source: [source],
        ]
        keys = keys.filter { !$0.value.isEmpty }
        var members = TallyMember.members(.documents, item: document, keys: keys)
        members += TallyMember.members(.stories, item: story, keys: keys)
        for event in facts.events {
            var eventKeys = keys
            eventKeys[.month] = [event.month ?? ""]
            members += TallyMember.members(.events, item: story + "|" + event.key, keys: eventKeys)
        }
        for official in keys[.official] ?? [] {
            var officialKeys = keys
            officialKeys[.official] = [official]
            members += TallyMember.members(.officials, item: official, keys: officialKeys)
        }
        let storyPlace = facts.storyPlace
        var storyKeys = keys
        storyKeys[.province] = [storyPlace?.province ?? ""]
        storyKeys[.city] = [storyPlace?.city ?? ""]
        storyKeys[.county] = [storyPlace?.county ?? ""]
        storyKeys[.park] = [storyPlace?.park ?? ""]
        for amount in facts.amounts where amount.project == nil {
            members += TallyMember.members(
                .announcedInvestment,
                item: story + "|" + String(amount.value),
                unit: amount.currency,
                value: amount.value,
                keys: storyKeys
            )
        }
        return members
    }
}

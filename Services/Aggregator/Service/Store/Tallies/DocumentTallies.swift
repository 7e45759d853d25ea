import DiaoyanModels

/// The members a newly stored document adds to the tallies of the document metrics (documents, stories, events,
/// officials, announced investment), with the same keys the fact-table SQL groups by (``StatsBase``): the places,
/// industries, report stages, officials and organizations the document names, its month and its source.
enum DocumentTallies {
    /// The members of one document: its `documents` members (counted straight into the totals), then the members
    /// of each other item it names, item by item (an item can come twice: two events of one key). `story` is the
    /// item of the document's story (``StoryItems``); its events and figures are items under it.
    static func members(_ facts: FactRows, document: String, storyItem story: String, source: String)
        -> (documents: [TallyMember], items: [(item: String, members: [TallyMember])])
    {
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
        let documents = TallyMember.members(.documents, item: document, keys: keys)
        var items = [(item: story, members: TallyMember.members(.stories, item: story, keys: keys))]
        for event in facts.events {
            var eventKeys = keys
            eventKeys[.month] = [event.month ?? ""]
            let item = story + "|" + event.key
            items.append((item, TallyMember.members(.events, item: item, keys: eventKeys)))
        }
        for official in keys[.official] ?? [] {
            var officialKeys = keys
            officialKeys[.official] = [official]
            items.append((official, TallyMember.members(.officials, item: official, keys: officialKeys)))
        }
        let storyPlace = facts.storyPlace
        var storyKeys = keys
        storyKeys[.province] = [storyPlace?.province ?? ""]
        storyKeys[.city] = [storyPlace?.city ?? ""]
        storyKeys[.county] = [storyPlace?.county ?? ""]
        storyKeys[.park] = [storyPlace?.park ?? ""]
        for amount in facts.amounts where amount.project == nil {
            let item = story + "|" + String(amount.value)
            items.append(
                (
                    item,
                    TallyMember.members(
                        .announcedInvestment,
                        item: item,
                        unit: amount.currency,
                        value: amount.value,
                        keys: storyKeys
                    )
                )
            )
        }
        return (documents, items)
    }
}

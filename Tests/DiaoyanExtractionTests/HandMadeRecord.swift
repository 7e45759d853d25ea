import DiaoyanModels

/// Records written by hand for the schema tests: one with every optional key filled, one with every nullable key
/// null, so both sides of each `["string", "null"]` and of the omitted `park` are met.
enum HandMadeRecord {
    static let acheng = Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county)
    static let park = Place(path: "黑龙江省/哈尔滨市/阿城区", code: "230112", level: .county, park: "阿城经济开发区")

    /// Every key the encoder may leave out or write as null is there, with a value.
    static let filled = ExtractionRecord(
        id: String(repeating: "0123456789abcdef", count: 4),
        source: "acheng.txt",
        title: "王兆力到阿城区调研",
        published: "2024-04-25",
        persons: [.init(name: "王兆力", titles: ["哈尔滨市委书记"], role: .official, mentions: [Mention(0, 3)])],
        places: [.init(Self.park, mentions: [Mention(4, 7), Mention(20, 27)])],
        organizations: [.init(name: "华明管业有限公司", kind: "company", mentions: [Mention(30, 38)])],
        projects: [
            .init(
                name: "华明管业有限公司年产5万吨管材项目",
                stage: .underConstruction,
                quantities: [.init(text: "年产5万吨", value: 5, unit: "万吨")],
                place: .init(Self.park, from: .park),
                organization: "华明管业有限公司",
                industries: [.newMaterials],
                mentions: [Mention(30, 47)]
            )
        ],
        amounts: [.init(text: "5.5亿元", value: 5.5e8, currency: "CNY")],
        events: [
            .init(
                type: .inspection,
                date: "2024-04-25",
                persons: ["王兆力"],
                places: [Self.park],
                projects: ["华明管业有限公司年产5万吨管材项目"]
            )
        ],
        industries: [.newMaterials]
    )

    /// No title, no date, a project with neither place nor organization, an event without a date; a client's id.
    static let empty = ExtractionRecord(
        id: "client-42",
        source: "empty.txt",
        script: .traditional,
        projects: [.init(name: "年产5万吨管材项目")],
        events: [.init(type: .other)]
    )
}

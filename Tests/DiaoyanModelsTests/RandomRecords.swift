import DiaoyanModels

/// Seeded records of every shape the record allows, for checking the byte-level JSON coders against Foundation's:
/// strings with quotes, backslashes, slashes, control characters, CJK and astral scalars; doubles from 1e-9 to
/// 1e22, whole and fractional, negative; optionals present and absent; empty and long lists.
struct RandomRecords {
    private var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int { Int(self.next() % UInt64(bound)) }
    private mutating func chance(_ percent: Int) -> Bool { self.below(100) < percent }

    private static let pieces: [String] = [
        "哈尔滨", "阿城区", "项目", "年产10万吨", "\"", "\\", "/", "\n", "\t", "\r", "\u{0}", "\u{1}", "\u{8}", "\u{C}",
        "\u{1F}", "\u{7F}", "a", "Z", "0", " ", "\u{2028}", "😀", "𠀀", "é", "e\u{301}", "中文/English", "<tag>", "",
    ]

    mutating func string(maximumPieces: Int = 6) -> String {
        (0..<self.below(maximumPieces + 1)).map { _ in Self.pieces[self.below(Self.pieces.count)] }.joined()
    }

    mutating func optionalString() -> String? { self.chance(30) ? nil : self.string() }

    mutating func double() -> Double {
        switch self.below(6) {
        case 0: return Double(self.below(1_000_000))
        case 1: return Double(self.below(1000)) / 10
        case 2: return Double(bitPattern: 0x3E00_0000_0000_0000 | (self.next() >> 12))  // ~1e-9 … 1e-10
        case 3: return Double(self.next() >> 11) * 1e4  // up to ~1e20, whole
        case 4: return -Double(self.below(100_000)) / 7
        default: return Double(self.below(10)) * 1e22
        }
    }

    mutating func integer() -> Int {
        switch self.below(4) {
        case 0: return self.below(10)
        case 1: return -self.below(1000)
        case 2: return Int(truncatingIfNeeded: self.next())
        default: return self.below(1_000_000)
        }
    }

    mutating func mentions() -> [Mention] {
        (0..<self.below(4)).map { _ in Mention(self.integer(), self.integer()) }
    }

    mutating func place() -> Place {
        Place(
            path: self.string(),
            code: self.string(maximumPieces: 2),
            level: Place.Level.allCases[self.below(Place.Level.allCases.count)],
            park: self.optionalString()
        )
    }

    mutating func list<Element>(_ maximum: Int, _ make: (inout RandomRecords) -> Element) -> [Element] {
        (0..<self.below(maximum + 1)).map { _ in make(&self) }
    }

    mutating func record() -> ExtractionRecord {
        ExtractionRecord(
            id: self.string(),
            source: self.string(),
            title: self.optionalString(),
            published: self.optionalString(),
            script: Script.allCases[self.below(Script.allCases.count)],
            persons: self.list(3) { random in
                .init(
                    name: random.string(),
                    titles: random.list(3) { $0.string() },
                    role: PersonRole.allCases[random.below(PersonRole.allCases.count)],
                    mentions: random.mentions()
                )
            },
            places: self.list(3) { random in .init(random.place(), mentions: random.mentions()) },
            organizations: self.list(3) { random in
                .init(name: random.string(), kind: random.string(maximumPieces: 1), mentions: random.mentions())
            },
            projects: self.list(3) { random in
                .init(
                    name: random.string(),
                    stage: Stage.allCases[random.below(Stage.allCases.count)],
                    quantities: random.list(2) { .init(text: $0.string(), value: $0.double(), unit: $0.string()) },
                    place: random.chance(30)
                        ? nil
                        : .init(
                            random.place(),
                            from: ExtractionRecord.ProjectPlace.Source.allCases[
                                random.below(ExtractionRecord.ProjectPlace.Source.allCases.count)
                            ]
                        ),
                    organization: random.optionalString(),
                    industries: random.list(3) { Industry.allCases[$0.below(Industry.allCases.count)] },
                    mentions: random.mentions()
                )
            },
            amounts: self.list(3) { .init(text: $0.string(), value: $0.double(), currency: $0.string()) },
            events: self.list(3) { random in
                .init(
                    type: EventType.allCases[random.below(EventType.allCases.count)],
                    date: random.optionalString(),
                    persons: random.list(3) { $0.string() },
                    places: random.list(2) { $0.place() },
                    projects: random.list(2) { $0.string() }
                )
            },
            industries: self.list(3) { Industry.allCases[$0.below(Industry.allCases.count)] },
            schema: self.chance(90) ? ExtractionRecord.currentSchema : self.integer()
        )
    }

    mutating func context() -> RecordContext {
        RecordContext(
            signature: self.chance(20) ? nil : (0..<128).map { _ in UInt32(truncatingIfNeeded: self.next()) },
            amountProjects: self.list(4) { $0.chance(30) ? nil : $0.below(5) },
            revenue: self.list(2) { $0.below(5) }
        )
    }

    mutating func document(withSourceMap: Bool) -> NormalizedDocument {
        NormalizedDocument(
            id: self.string(),
            source: self.string(),
            title: self.optionalString(),
            published: self.optionalString(),
            sourceName: self.optionalString(),
            script: Script.allCases[self.below(Script.allCases.count)],
            text: self.string(maximumPieces: 40),
            paragraphs: self.mentions(),
            sentences: self.mentions(),
            repairs: self.list(4) {
                .init(kind: $0.string(maximumPieces: 1), from: $0.string(), to: $0.string(), at: $0.integer())
            },
            removed: self.list(3) { .init(kind: $0.string(maximumPieces: 1), text: $0.string()) },
            sourceMap: withSourceMap
                ? SourceMap(inputOffsets: (0..<Int32(1 + self.below(20))).map { $0 + Int32(self.below(3)) })
                : SourceMap()
        )
    }
}

import DiaoyanText

/// The dictionaries the normalizer reads, loaded once per process and shared by every `DocumentNormalizer`.
package struct NormalizationTables: Sendable {
    package let converter: SimplifiedConverter
    package let stripper: PinyinAnnotationStripper
    /// Nil only when the system's iconv lacks GB18030; documents are then normalized without mojibake repair.
    package let mojibake: MojibakeRepairer?

    /// Loads the bundled tables; place names from the gazetteer are protected from conversion damage.
    package init() throws(TextResources.Error) {
        let gazetteer = try Gazetteer.shared()
        let converter = try SimplifiedConverter(protecting: gazetteer.allNames)
        let readings = try PinyinReadings()
        self.converter = converter
        self.stripper = PinyinAnnotationStripper(readings: readings)
        let model = try HanBigramModel.shared()
        self.mojibake = GBKTable().map {
            MojibakeRepairer(gbk: $0, readings: readings, model: model, converter: converter)
        }
    }

    /// The process-wide tables.
    package static func shared() throws(TextResources.Error) -> NormalizationTables {
        switch Self.loaded {
        case .success(let tables): return tables
        case .failure(let error): throw error
        }
    }

    private static let loaded: Result<NormalizationTables, TextResources.Error> = Result {
        () throws(TextResources.Error) in
        try NormalizationTables()
    }
}

import DiaoyanText

/// The dictionaries the normalizer reads, loaded once per process and shared by every `DocumentNormalizer`.
package struct NormalizationTables: Sendable {
    package let converter: SimplifiedConverter
    package let stripper: PinyinAnnotationStripper

    /// Loads the bundled tables; place names from the gazetteer are protected from conversion damage.
    package init() throws(TextResources.Error) {
        let gazetteer = try Gazetteer()
        self.converter = try SimplifiedConverter(protecting: gazetteer.allNames)
        self.stripper = PinyinAnnotationStripper(readings: try PinyinReadings())
    }

    /// The process-wide tables.
    package static func shared() throws(TextResources.Error) -> NormalizationTables {
        switch Self.loaded {
        case .success(let tables): return tables
        case .failure(let error): throw error
        }
    }

    private static let loaded: Result<NormalizationTables, TextResources.Error> = Result { () throws(TextResources.Error) in
        try NormalizationTables()
    }
}

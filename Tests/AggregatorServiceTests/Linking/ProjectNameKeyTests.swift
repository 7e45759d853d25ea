import Testing

@testable import AggregatorService

/// The key's suffixes and its reverse, copied from its UTF-8 (``ProjectNameKey``), are the strings the scalar-by-
/// scalar construction gave: the stored `rkey` column and the candidates found depend on them.
@Suite struct ProjectNameKeyTests {
    private static let keys = [
        "", "项目", "储能项目", "年产5万吨锂电池隔膜项目", "100万吨制管项目", "abc", "e\u{301}期项目工程一二", "🚀火箭发动机项目", "一二三四五六", "一二三四五六七",
    ]

    @Test func suffixesAreTheScalarSuffixes() {
        for key in Self.keys {
            let scalars = Array(key.unicodeScalars)
            let expected =
                scalars.count > ProjectNameKey.shortestJoinable
                ? (0...(scalars.count - ProjectNameKey.shortestJoinable)).map {
                    String(String.UnicodeScalarView(scalars[$0...]))
                } : [key]
            #expect(ProjectNameKey.joinableSuffixes(key) == expected, "\(key)")
            #expect(ProjectNameKey.suffixes(key, from: 1) == Array(expected.dropFirst()), "\(key)")
            #expect(ProjectNameKey.joinableSuffixes(key).map { Array($0.utf8) } == expected.map { Array($0.utf8) })
        }
    }

    @Test func theReverseIsTheScalarsReversed() {
        for key in Self.keys {
            let expected = String(String.UnicodeScalarView(key.unicodeScalars.reversed()))
            #expect(Array(ProjectNameKey.reversed(key).utf8) == Array(expected.utf8), "\(key)")
        }
    }
}

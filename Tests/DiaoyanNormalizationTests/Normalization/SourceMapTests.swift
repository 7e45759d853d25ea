import DiaoyanModels
import DiaoyanNormalization
import DiaoyanText
import Foundation
import TestSupport
import Testing

/// The normalizer's `sourceMap`: every output scalar leads back to the scalar of the decoded input it came from.
@Suite struct SourceMapTests {
    /// A fixture's decoded input and what normalizing it gives.
    struct Normalized {
        var name: String
        var input: [Unicode.Scalar]
        var document: NormalizedDocument
        var output: [Unicode.Scalar] { Array(self.document.text.unicodeScalars) }

        /// Input offsets inside a mojibake repair's garbled run, where any character may come from anywhere.
        var repairedOffsets: Set<Int> {
            var offsets: Set<Int> = []
            for repair in self.document.repairs where repair.kind == "mojibake" {
                offsets.formUnion(repair.at..<(repair.at + repair.from.unicodeScalars.count))
            }
            return offsets
        }
    }

    let normalizer: DocumentNormalizer
    let converter: SimplifiedConverter

    init() throws {
        self.normalizer = try DocumentNormalizer()
        self.converter = try NormalizationTables.shared().converter
    }

    func normalize(_ fixture: FixtureArticleTests.Fixture) throws -> Normalized {
        let (text, _) = try TextDecoder.decode(Array(try Data(contentsOf: fixture.input)), declared: nil)
        return Normalized(
            name: fixture.input.lastPathComponent,
            input: Array(text.unicodeScalars),
            document: self.normalizer.normalize(text: text, source: fixture.input.lastPathComponent)
        )
    }

    @Test func mapsAHeadlineCutShortOfItsStampToItsOwnScalars() {
        let text = "我区举行重点项目春季开工仪式2021/4/9\n4月8日上午,开工仪式举行。"
        let document = self.normalizer.normalize(text: text, source: "t")
        let output = Array(document.text.unicodeScalars)
        let input = Array(text.unicodeScalars)
        #expect(document.sourceMap.outputCount == output.count)
        for (index, scalar) in output.enumerated() where scalar != "\n" {
            #expect(document.sourceMap.inputOffset(of: index).map { input[$0] } == scalar)
        }
    }

    @Test func mapsAFirstSentenceGluedAfterHeaderFieldsToItsOwnScalars() {
        let text =
            "青禾举行集中签约仪式\n发布时间:2023-12-27 14:27:11 | 来源:青禾网 | 作者:青禾县委统战部 | 责任编辑:林一"
            + "12月22日,青禾县招商引资项目集中签约仪式在县会议中心举行。县委书记王明出席。"
        let document = self.normalizer.normalize(text: text, source: "t")
        let output = Array(document.text.unicodeScalars)
        let input = Array(text.unicodeScalars)
        #expect(document.text.hasSuffix("\n12月22日,青禾县招商引资项目集中签约仪式在县会议中心举行。县委书记王明出席。"))
        #expect(document.sourceMap.outputCount == output.count)
        for (index, scalar) in output.enumerated() where scalar != "\n" {
            #expect(document.sourceMap.inputOffset(of: index).map { input[$0] } == scalar)
        }
        // Normalizing the output again changes nothing.
        #expect(self.normalizer.normalize(text: document.text, source: "t").text == document.text)
    }

    // MARK: Every fixture

    @Test(arguments: try FixtureArticleTests.fixtures())
    func coversExactlyTheTextsScalars(_ fixture: FixtureArticleTests.Fixture) throws {
        let normalized = try self.normalize(fixture)
        let map = normalized.document.sourceMap
        #expect(map.outputCount == normalized.output.count)
        #expect(map.inputOffsets.allSatisfy { (0..<normalized.input.count).contains($0) })
        #expect(map.inputOffset(of: normalized.output.count) == nil)
    }

    @Test(arguments: try FixtureArticleTests.fixtures())
    func mapsEveryHanCharacterToItselfOrItsTraditionalForm(_ fixture: FixtureArticleTests.Fixture) throws {
        let normalized = try self.normalize(fixture)
        let repaired = normalized.repairedOffsets
        let offsets = normalized.document.sourceMap.inputOffsets
        for (index, scalar) in normalized.output.enumerated() where scalar.isHan {
            let offset = offsets[index]
            let source = normalized.input[offset]
            let faithful =
                source == scalar || self.converter.convert([source]) == [scalar] || repaired.contains(offset)
                || self.convertsInContext(normalized.input, at: offset, to: scalar)
            #expect(faithful, "\(normalized.name): output \(index) \(scalar) from \(offset) \(source)")
        }
    }

    /// Whether the input character at `offset`, converted together with its neighbours, becomes `scalar`: phrases
    /// convert differently from their characters alone (瞭解 → 了解, where 瞭 alone stays). Conversion keeps the
    /// length, so the character keeps its position in the converted stretch.
    func convertsInContext(_ input: [Unicode.Scalar], at offset: Int, to scalar: Unicode.Scalar) -> Bool {
        let window = max(0, offset - 6)..<min(input.count, offset + 7)
        let converted = self.converter.convert(Array(input[window]))
        return converted.count == window.count && converted[offset - window.lowerBound] == scalar
    }

    @Test(arguments: try FixtureArticleTests.fixtures())
    func mapsEveryASCIICharacterToItselfOrItsFullWidthForm(_ fixture: FixtureArticleTests.Fixture) throws {
        let normalized = try self.normalize(fixture)
        let repaired = normalized.repairedOffsets
        let offsets = normalized.document.sourceMap.inputOffsets
        for (index, scalar) in normalized.output.enumerated() where (0x21...0x7E).contains(scalar.value) {
            let source = normalized.input[offsets[index]]
            let faithful =
                source == scalar || source.value == scalar.value + 0xFEE0 || repaired.contains(offsets[index])
            #expect(faithful, "\(normalized.name): output \(index) \(scalar) from \(offsets[index]) \(source)")
        }
    }

    @Test(arguments: try FixtureArticleTests.fixtures())
    func mapsSpacesToWhiteSpaceAndLineBreaksToLineBreaks(_ fixture: FixtureArticleTests.Fixture) throws {
        let normalized = try self.normalize(fixture)
        let offsets = normalized.document.sourceMap.inputOffsets
        for (index, scalar) in normalized.output.enumerated() where scalar == " " || scalar == "\n" {
            let source = normalized.input[offsets[index]]
            if scalar == " " {
                #expect(source.isInlineSpace || source == "?" || source == "\r", "\(normalized.name): \(index)")
            } else {
                #expect(source == "\n" || source == "\u{2029}", "\(normalized.name): \(index)")
            }
        }
    }

    @Test(arguments: try FixtureArticleTests.fixtures())
    func keepsInputOffsetsIncreasingWithinAParagraph(_ fixture: FixtureArticleTests.Fixture) throws {
        let normalized = try self.normalize(fixture)
        let offsets = normalized.document.sourceMap.inputOffsets
        for paragraph in normalized.document.paragraphs {
            let slice = offsets[paragraph.start..<paragraph.end]
            #expect(zip(slice, slice.dropFirst()).allSatisfy { $0 <= $1 }, "\(normalized.name): \(paragraph)")
        }
    }

    @Test(arguments: try FixtureArticleTests.fixtures())
    func pointsEveryRepairAtWhatItRepaired(_ fixture: FixtureArticleTests.Fixture) throws {
        let normalized = try self.normalize(fixture)
        for repair in normalized.document.repairs {
            let first = try #require(repair.from.unicodeScalars.first)
            let source = normalized.input[repair.at]
            #expect(source == first || self.converter.convert([source]) == [first], "\(normalized.name): \(repair)")
        }
    }

    // MARK: Repairs

    @Test func mapsASeed000MojibakeRepairIntoTheRunItCameFrom() throws {
        let fixtures = try FixtureArticleTests.fixtures()
        let seed = try #require(fixtures.first { $0.input.lastPathComponent.hasPrefix("000") })
        let normalized = try self.normalize(seed)
        // `環(huán)?萍加邢薰緡(guó)家`: the eight characters after 環 come from the garbled stretch after it.
        let repair = try #require(normalized.document.repairs.first { $0.to == "保科技有限公司國" })
        let run = repair.at..<(repair.at + repair.from.unicodeScalars.count)
        #expect(normalized.input[repair.at] == "?")
        let output = normalized.output
        let start = try #require(output.firstIndex(of: Array("环保科技有限公司国家".unicodeScalars))) + 1
        let map = normalized.document.sourceMap
        for index in start..<(start + 8) {
            let offset = try #require(map.inputOffset(of: index))
            #expect(run.contains(offset), "\(output[index]) from \(offset), outside \(run)")
        }
        // 環 before the run and 家 after it map to themselves.
        #expect(map.inputOffset(of: start - 1).map { normalized.input[$0] } == "環")
        #expect(map.inputOffset(of: start + 8).map { normalized.input[$0] } == "家")
    }

    @Test func mapsARepairedRunOntoTheStretchItReplaced() throws {
        let repairer = try #require(try NormalizationTables.shared().mojibake)
        let scalars = Array("燕龍基環(huán)?萍加邢薰\u{E088}緡(guó)家".unicodeScalars)
        // Origins as a later pass would see them: the text came from offset 100 on.
        let repaired = repairer.repair(scalars, origins: (0..<Int32(scalars.count)).map { $0 + 100 })
        #expect(String(String.UnicodeScalarView(repaired.scalars)) == "燕龍基環(huán)保科技有限公司國家")
        // `?萍加邢薰緡(guó)` is scalars 10..<22; its 8 replacement scalars start at 10 + j * 12 / 8.
        #expect(Array(repaired.origins[10..<18]) == [110, 111, 113, 114, 116, 117, 119, 120])
        #expect(Array(repaired.origins[0..<10]) == Array(100..<110))
        #expect(repaired.origins[18] == 122)
        #expect(repaired.repairs.map(\.at) == [110])
    }

    @Test func remapsASecondPassRepairIntoTheOriginalInput() throws {
        // A fuzz finding whose garbled run `薔竽Я` is repaired only on the second pass, once 薔 reads 蔷; the line
        // of annotated characters before it shrinks by 16 scalars on the first pass.
        let file = FixtureArticleTests.folder.appendingPathComponent("FuzzRegressions/idempotence-5.bin")
        let bytes = Array(try Data(contentsOf: file))
        let decoded = try TextDecoder.decode(Array(bytes.dropFirst()), as: .gb18030)
        let input = "項(xiàng)目項(xiàng)目\n" + decoded
        let scalars = Array(input.unicodeScalars)
        let document = self.normalizer.normalize(text: input, source: "t")
        let repair = try #require(document.repairs.first { $0.from.hasPrefix("蔷") })
        #expect(scalars[repair.at] == "薔")
        // Every output scalar still leads back into the original input.
        #expect(document.sourceMap.outputCount == document.text.unicodeScalars.count)
        let output = Array(document.text.unicodeScalars)
        let repaired = try #require(output.firstIndex(of: Array(repair.to.unicodeScalars)))
        #expect(document.sourceMap.inputOffset(of: repaired) == repair.at)
    }

    @Test func mapsACollapsedSpaceToTheFirstWhiteSpaceOfItsRun() {
        let document = self.normalizer.normalize(text: "项目　 \t开工。\n\n　年产１０００吨。", source: "t")
        #expect(document.text == "项目 开工。\n年产1000吨。")
        let offsets = document.sourceMap.inputOffsets
        #expect(offsets == [0, 1, 2, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18])
    }

    // MARK: The map itself

    @Test func mergesConsecutiveOffsetsIntoSegments() {
        let map = SourceMap(inputOffsets: [0, 1, 2, 5, 6, 6, 3] as [Int32])
        #expect(
            map.segments == [
                .init(outStart: 0, inStart: 0, length: 3), .init(outStart: 3, inStart: 5, length: 2),
                .init(outStart: 5, inStart: 6, length: 1), .init(outStart: 6, inStart: 3, length: 1),
            ]
        )
        #expect(map.inputOffsets == [0, 1, 2, 5, 6, 6, 3])
        #expect((0..<8).map { map.inputOffset(of: $0) } == [0, 1, 2, 5, 6, 6, 3, nil])
        #expect(map.inputOffset(of: -1) == nil)
        #expect(SourceMap(inputOffsets: [Int32]()).segments.isEmpty)
    }

    @Test func encodesSegmentsAsTriplesAndReadsDocumentsWithoutThem() throws {
        let document = NormalizedDocument(
            id: "x",
            source: "s",
            text: "甲乙。丙",
            paragraphs: [Mention(0, 4)],
            sentences: [Mention(0, 3), Mention(3, 4)],
            sourceMap: SourceMap(inputOffsets: [0, 1, 2, 7] as [Int32])
        )
        let data = try JSONEncoder().encode(document)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["source_map"] as? [[Int]] == [[0, 0, 3], [3, 7, 1]])
        #expect(object["sentences"] as? [[Int]] == [[0, 3], [3, 4]])
        #expect(try JSONDecoder().decode(NormalizedDocument.self, from: data) == document)

        // A peer older than the two fields sends neither.
        let older = Data(
            #"{"id":"x","source":"s","script":"simplified","text":"甲","paragraphs":[[0,1]],"repairs":[],"removed":[]}"#
                .utf8
        )
        let decoded = try JSONDecoder().decode(NormalizedDocument.self, from: older)
        #expect(decoded.sentences.isEmpty)
        #expect(decoded.sourceMap.segments.isEmpty)
        #expect(decoded.title == nil)
    }

    @Test func rejectsSegmentsThatLeaveAGap() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SourceMap.self, from: Data("[[0,0,2],[3,5,1]]".utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SourceMap.self, from: Data("[[0,0,0]]".utf8))
        }
    }
}

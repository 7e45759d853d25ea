/// A project's name as it is shown: what the article wrote, without the stray punctuation a span can carry at its
/// edges (`"年产10万吨…项目` → `年产10万吨…项目`).
enum ProjectName {
    /// `name` without leading or trailing quotes, punctuation or white space.
    static func clean(_ name: String) -> String {
        let stray: Set<Character> = [
            "\"", "'", "“", "”", "‘", "’", "「", "」", "『", "』", "《", "》", "，", "。", "、", "；", "：", ",", ".", ";",
            ":", " ", "\u{3000}", "！", "？",
        ]
        var text = Substring(name)
        while let first = text.first, stray.contains(first) { text = text.dropFirst() }
        while let last = text.last, stray.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

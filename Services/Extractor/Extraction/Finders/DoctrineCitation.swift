import DiaoyanText

/// Tells a name cited as the source of a doctrine or an instruction (`学习贯彻习近平总书记…重要讲话精神`,
/// `以习近平新时代中国特色社会主义思想为指导`, `落实市委书记袁家军调研忠县指示要求`) from a person of the story.
///
/// A citation is a name after a verb of studying or carrying out (`学习`, `贯彻`, `落实`…, or `以` right before
/// it) in its clause and before a noun naming what was said (`讲话`, `指示`, `精神`, `思想`…) in the same
/// clause. The real-article gold leaves such names out: the person takes no part in the events told.
enum DoctrineCitation {
    /// Verbs that open a citation, looked for in the clause before the name.
    private static let verbs = ScalarTrie<Bool>(words: [
        "学习", "贯彻", "落实", "领会", "践行", "遵循", "牢记", "按照", "研究",
    ])
    /// Nouns that close it, looked for in the clause after the name.
    private static let sayings = ScalarTrie<Bool>(words: [
        "讲话", "指示", "批示", "论述", "精神", "嘱托", "思想", "要求", "回信", "贺信", "指引", "提出", "指出", "总结",
    ])
    /// Scalars that end the clause a citation lies in.
    private static let clauseEnds = ScalarSet("。！？；，,;!?\n".unicodeScalars)
    /// How far, in scalars, the verb and the noun may lie from the name.
    private static let reach = 40

    /// Whether the name at `mention` is cited rather than acting.
    static func isCitation(_ mention: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        // `习近平总书记在视察滨海新区时指出`, `是习近平总书记总结…的发源地`: the party's general secretary is cited.
        let leader = scalars.has(Self.generalSecretary, at: mention.upperBound)
        let verb = Self.hasVerb(before: mention.lowerBound, in: scalars)
        // `学习贯彻习近平总书记在…大会上的报告`: the general secretary after a verb of
        // studying is cited whatever the clause says next.
        if leader && verb { return true }
        return (leader || verb) && Self.hasSaying(after: mention.upperBound, in: scalars)
    }

    private static let generalSecretary = Array("总书记".unicodeScalars)

    private static func hasVerb(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        if index > 0, scalars[index - 1] == "以" { return true }
        let start = ClauseMarkers.start(before: index, in: scalars, within: Self.reach, at: Self.clauseEnds)
        return Self.verbs.hasWord(in: scalars, startingIn: start..<index)
    }

    private static func hasSaying(after index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var end = index
        while end < scalars.count, end - index < Self.reach, !Self.clauseEnds.contains(scalars[end]) { end += 1 }
        return Self.sayings.hasWord(in: scalars, startingIn: index..<end)
    }
}

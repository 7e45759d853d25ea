import DiaoyanModels
import DiaoyanText

extension RecordContext {
    /// Reads the context of `record` off the text it was extracted from: the MinHash signature of the body (the
    /// text after its headline, so a reprint under another headline keeps its signature) and, for each amount, the
    /// project its sentence names.
    ///
    /// An amount belongs to a project named in the same sentence (the nearest mention before it, else the first
    /// after it), or, in a sentence opening with `该项目`/`项目`/`此项目`, to the project named last in the three
    /// sentences before it.
    /// Anything else is money the story announces without a project (`announced_investment`).
    package init(record: ExtractionRecord, document: NormalizedDocument) {
        let scalars = [Unicode.Scalar](scalarsOf: document.text)
        // The body is read in place, a substring of the text: copying it scalar by scalar into a new string was 4 %
        // of an extractor's CPU under `diaoyan bench pipeline`.
        var body = document.text[...]
        if let title = document.title, !title.isEmpty, document.text.unicodeScalars.starts(with: title.unicodeScalars) {
            body =
                document.text[
                    document.text.unicodeScalars.index(
                        document.text.unicodeScalars.startIndex,
                        offsetBy: title.unicodeScalars.count
                    )...
                ]
        }
        let sentences =
            document.sentences.isEmpty
            ? (document.paragraphs.isEmpty ? [Mention(0, scalars.count)] : document.paragraphs) : document.sentences
        let located = Self.locate(record.amounts, in: scalars)
        self.init(
            signature: MinHashSignature(text: body)?.values,
            amountProjects: located.map { start in
                start.flatMap { Self.project(of: $0, record: record, scalars: scalars, sentences: sentences) }
            },
            revenue: located.indices.filter { index in
                located[index].map { Self.isRevenue(at: $0, in: scalars) } ?? false
            }
        )
    }

    /// Words that, just before an amount, make it output value, revenue, tax or trade rather than investment.
    static let revenueWords = ["产值", "营收", "收入", "销售额", "税收", "利税", "利润", "出口额", "交易额", "成交额", "进出口"]
    private static let revenueScalars = Self.revenueWords.map { Array($0.unicodeScalars) }

    /// Whether one of ``revenueWords`` stands within the six scalars before `start` (read in place, without making
    /// a string of them for each amount).
    private static func isRevenue(at start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let window = max(0, start - 6)..<start
        return Self.revenueScalars.contains { word in
            window.contains { at in at + word.count <= start && scalars.has(word, at: at) }
        }
    }

    /// Where each amount's text stands in the text: the n-th amount of a given text at its n-th occurrence.
    private static func locate(_ amounts: [ExtractionRecord.Amount], in scalars: [Unicode.Scalar]) -> [Int?] {
        var seen: [String: Int] = [:]
        return amounts.map { amount in
            let occurrences = scalars.occurrences(of: Array(amount.text.unicodeScalars))
            let nth = seen[amount.text, default: 0]
            seen[amount.text] = nth + 1
            return occurrences.indices.contains(nth) ? occurrences[nth] : occurrences.first
        }
    }

    /// The project the amount at `start` belongs to, nil where no project claims it.
    private static func project(
        of start: Int,
        record: ExtractionRecord,
        scalars: [Unicode.Scalar],
        sentences: [Mention]
    ) -> Int? {
        guard let sentence = sentences.firstIndex(where: { $0.start <= start && start < $0.end }) else { return nil }
        if let project = Self.project(near: start, in: sentences[sentence], record: record) {
            return project
        }
        return Self.antecedent(of: sentences, at: sentence, scalars: scalars, record: record)
    }

    /// The project mentioned in `sentence` nearest before `offset`, else the first after it.
    private static func project(near offset: Int, in sentence: Mention, record: ExtractionRecord) -> Int? {
        var before: (index: Int, start: Int)?
        var after: (index: Int, start: Int)?
        for (index, project) in record.projects.enumerated() {
            for mention in project.mentions where mention.start >= sentence.start && mention.start < sentence.end {
                if mention.start <= offset {
                    if before == nil || mention.start > before!.start { before = (index, mention.start) }
                } else if after == nil || mention.start < after!.start {
                    after = (index, mention.start)
                }
            }
        }
        return before?.index ?? after?.index
    }

    /// The openings of a sentence that speaks of a project named before.
    private static let anaphora = ["该项目", "此项目", "项目"].map { Array($0.unicodeScalars) }

    /// For a sentence opening with `该项目`, `项目` or `此项目`: the project named last in the three sentences before.
    private static func antecedent(
        of sentences: [Mention],
        at index: Int,
        scalars: [Unicode.Scalar],
        record: ExtractionRecord
    ) -> Int? {
        guard index > 0 else { return nil }
        let sentence = sentences[index]
        let opening = scalars[sentence.start..<sentence.end]
        guard Self.anaphora.contains(where: { opening.starts(with: $0) }) else { return nil }
        let earliest = sentences[max(0, index - 3)].start
        var last: (index: Int, start: Int)?
        for (project, entry) in record.projects.enumerated() {
            for mention in entry.mentions where mention.start >= earliest && mention.start < sentence.start {
                if last == nil || mention.start > last!.start { last = (project, mention.start) }
            }
        }
        return last?.index
    }
}

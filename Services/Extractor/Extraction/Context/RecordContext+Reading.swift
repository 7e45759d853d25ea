import DiaoyanModels
import DiaoyanText

extension RecordContext {
    /// Reads the context of `record` off the text it was extracted from: the MinHash signature of the body (the
    /// text after its headline, so a reprint under another headline keeps its signature) and, for each amount, the
    /// project its sentence names.
    ///
    /// An amount belongs to a project named in the same sentence (the nearest mention before it, else the first
    /// after it), or, in a sentence opening with `该项目`/`项目`, to the only project the sentence before names.
    /// Anything else is money the story announces without a project (`announced_investment`).
    package init(record: ExtractionRecord, document: NormalizedDocument) {
        let scalars = [Unicode.Scalar](scalarsOf: document.text)
        var bodyStart = 0
        if let title = document.title, !title.isEmpty {
            let titleScalars = Array(title.unicodeScalars)
            if scalars.count >= titleScalars.count, Array(scalars[0..<titleScalars.count]) == titleScalars {
                bodyStart = titleScalars.count
            }
        }
        let body = String(String.UnicodeScalarView(scalars[bodyStart...]))
        let sentences =
            document.sentences.isEmpty
            ? (document.paragraphs.isEmpty ? [Mention(0, scalars.count)] : document.paragraphs) : document.sentences
        self.init(
            signature: MinHashSignature(text: body[...])?.values,
            amountProjects: Self.amountProjects(record, scalars: scalars, sentences: sentences)
        )
    }

    /// The project index of each amount, nil where no project claims it.
    private static func amountProjects(
        _ record: ExtractionRecord,
        scalars: [Unicode.Scalar],
        sentences: [Mention]
    ) -> [Int?] {
        var seen: [String: Int] = [:]
        return record.amounts.map { amount in
            let occurrences = Self.occurrences(of: Array(amount.text.unicodeScalars), in: scalars)
            let nth = seen[amount.text, default: 0]
            seen[amount.text] = nth + 1
            guard let start = occurrences.indices.contains(nth) ? occurrences[nth] : occurrences.first,
                let sentence = sentences.firstIndex(where: { $0.start <= start && start < $0.end })
            else { return nil }
            if let project = Self.project(near: start, in: sentences[sentence], record: record) {
                return project
            }
            return Self.antecedent(of: sentences, at: sentence, scalars: scalars, record: record)
        }
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

    /// For a sentence opening with `该项目` or `项目`: the single project the previous sentence names.
    private static func antecedent(
        of sentences: [Mention],
        at index: Int,
        scalars: [Unicode.Scalar],
        record: ExtractionRecord
    ) -> Int? {
        guard index > 0 else { return nil }
        let sentence = sentences[index]
        let opening = String(String.UnicodeScalarView(scalars[sentence.start..<min(sentence.start + 3, sentence.end)]))
        guard opening.hasPrefix("该项目") || opening.hasPrefix("项目") else { return nil }
        let previous = sentences[index - 1]
        let named = record.projects.indices.filter { index in
            record.projects[index].mentions.contains { $0.start >= previous.start && $0.start < previous.end }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// Every offset where `needle` starts in `haystack`.
    private static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var found: [Int] = []
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle {
                found.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }
}

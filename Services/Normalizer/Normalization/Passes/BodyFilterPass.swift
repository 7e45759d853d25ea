import DiaoyanModels
import DiaoyanText

/// The sixth pass, **body filter**: sorts every line outside the headline into article text, header facts and
/// page furniture.
///
/// In order, for each line:
/// - `related`: a list heading (`相关阅读：`) and the short headlines listed under it, up to a blank line or a
///   sentence;
/// - `duplicate_title` / `duplicate`: the line kept before it told again (the headline's last line counts as kept),
///   so the output never holds two equal lines in a row;
/// - `header`: a line of nothing but header fields (date, time, source, page) or a publication stamp, which gives
///   `published` and `sourceName`; a header line that names its author, or a `来源：` line with a byline after the
///   publisher, gives its facts and stays in the body;
/// - a boilerplate kind from `BoilerplateClassifier` (`editor`, `copyright`, `seo_list`…);
/// - anything else is body.
/// Removed lines go to `removed` with their kind; kept lines to `body`.
package struct BodyFilterPass: NormalizationPass {
    package init() {}

    package var name: String { "body filter" }

    /// - Complexity: O(n) over the lines' scalars.
    package func apply(to draft: inout NormalizationDraft) {
        var filter = Filter(
            headline: draft.headline.lines,
            published: draft.published,
            sourceName: draft.sourceName
        )
        let headline = draft.headline.range
        for (index, line) in draft.lines.enumerated() where !headline.contains(index) {
            filter.take(line, at: index)
        }
        draft.body = filter.body
        draft.removed += filter.removed
        draft.published = filter.posted ?? filter.published ?? filter.calendarDate
        draft.sourceName = filter.sourceName
    }
}

extension BodyFilterPass {
    /// One run of the filter over a document's lines, with what it has decided so far.
    private struct Filter {
        /// The longest header line read for its fields, in scalars.
        static let maximumFieldsLine = 80
        /// The longest `来源：` line read for its publisher, in scalars.
        static let maximumSourceLine = 40

        let headline: [String]
        var published: String?
        /// A calendar widget's day, the publication date only when the page writes no other.
        var calendarDate: String?
        /// A post's or a record's own date (`发表于 2022-9-30 14:45`, `发布日期2023-08-23`; ``DocumentHeader/postedDate(_:)``):
        /// it outranks a date read from the poster's profile (`每日心情 2016-11-14 14:49`) or a template's stamp.
        var posted: String?
        var sourceName: String?
        var body: [NormalizationDraft.BodyLine] = []
        var removed: [NormalizedDocument.Removal] = []
        /// The line kept last (the headline's last line before any): a line equal to it is a duplicate. Only kept
        /// lines count as the one before: a removed line in between would be gone on a second round.
        var previous: String?
        var keptBody = false
        var inRelatedList = false
        /// Whether the related list's heading was the last line taken: its first headline may stand after a blank.
        var afterRelatedHeading = false

        init(headline: [String], published: String?, sourceName: String?) {
            self.headline = headline
            self.published = published
            self.sourceName = sourceName
            self.previous = headline.last
        }

        /// Sorts the line at `index`.
        mutating func take(_ line: NormalizationDraft.Line, at index: Int) {
            let string = line.string
            if self.posted == nil {
                self.posted = DocumentHeader.postedDate(line.scalars) ?? DocumentHeader.printedDate(line.scalars)
            }
            if self.takesRelated(line, string) { return }
            if string == self.previous {
                let duplicateTitle = !self.keptBody && self.headline.contains(string)
                self.removed.append(.init(kind: duplicateTitle ? "duplicate_title" : "duplicate", text: string))
                return
            }
            // `发布时间:… | 来源:… | 责任编辑:赵茜12月22日,…举行。`: header fields glued before the first sentence.
            if let start = DocumentHeader.gluedArticleStart(line.scalars) {
                let fields = line.scalars.string(0..<start)
                self.published = self.published ?? DocumentHeader.stampedDate(fields)
                self.sourceName = self.sourceName ?? DocumentHeader.sourceName(fields)
                self.removed.append(.init(kind: "header", text: fields))
                self.keep(line.scalars.string(start..<line.scalars.count), at: index, from: start)
                return
            }
            let head = DocumentHeader.withoutTrailingAddress(line.scalars, string)
            if self.takesHeader(head.scalars, head.string, whole: string, at: index) { return }
            if let kind = BoilerplateClassifier.classify(line.scalars) {
                // `您当前的位置 :中华龙都网 >> 新闻中心 来源:中华龙都网 2017-03-17 10:20:19`: a breadcrumb with the stamp.
                // `2024-12-25 1 1 某某日报 content_69678.htm`: an e-paper's properties, with the day it printed.
                // `©原创 2024-05-23 14:44`: a platform's mark of an original post, with its stamp.
                if kind == "chrome" || kind == "copyright" {
                    self.published =
                        self.published ?? DocumentHeader.stampedDate(string)
                        ?? BoilerplateClassifier.epaperDate(line.scalars)
                }
                self.removed.append(.init(kind: kind, text: string))
                return
            }
            self.keep(string, at: index)
        }

        /// Takes `相关阅读：` and the headlines listed under it, up to a blank line or a sentence (the first may stand after
        /// one: `最新更新`, a blank, then the list).
        private mutating func takesRelated(_ line: NormalizationDraft.Line, _ string: String) -> Bool {
            if BoilerplateClassifier.isRelatedListHeading(line.scalars) {
                self.inRelatedList = true
                self.afterRelatedHeading = true
                self.removed.append(.init(kind: "related", text: string))
                return true
            }
            guard self.inRelatedList else { return false }
            if !line.blankBefore || self.afterRelatedHeading, BoilerplateClassifier.isListedHeadline(line.scalars) {
                self.afterRelatedHeading = false
                self.removed.append(.init(kind: "related", text: string))
                return true
            }
            self.inRelatedList = false
            self.afterRelatedHeading = false
            return false
        }

        /// Takes a header line (`string`, read without a trailing address; `whole` as written) for its facts: it is
        /// removed, or kept in the body when it names its author.
        ///
        /// A line that is nothing but a stamp (date, time, source) is metadata wherever it stands, so a second
        /// round — where the headline may reach further down — finds none left to take.
        private mutating func takesHeader(_ line: [Unicode.Scalar], _ string: String, whole: String, at index: Int)
            -> Bool
        {
            if line.count <= Self.maximumFieldsLine, let fields = DocumentHeader.fields(string) {
                if fields.isCalendar {
                    self.calendarDate = self.calendarDate ?? fields.published
                } else {
                    // `来源:光明网2026-03-04 18:12`: a stamp glued to the publisher's name is no field of its own.
                    // A date closing a publisher's line is its posting day; a clock widget's (`现在时间是:…`) is not.
                    self.published =
                        self.published ?? fields.published ?? DocumentHeader.stampedDate(string)
                        ?? (fields.sourceName == nil ? nil : DocumentHeader.closingDate(line))
                }
                self.sourceName = self.sourceName ?? fields.sourceName
                // A byline is a fact (and its date and time must not pass for a phone number).
                if fields.hasByline {
                    self.keep(whole, at: index)
                } else {
                    self.removeHeader(whole)
                }
                return true
            }
            if let stamp = DocumentHeader.publicationStamp(string) {
                self.published = self.published ?? stamp
                self.removeHeader(whole)
                return true
            }
            if self.takesSplitStamp(line, string) { return true }
            if self.sourceName == nil, line.count <= Self.maximumSourceLine,
                let source = DocumentHeader.source(of: string)
            {
                self.sourceName = source.name
                // `来源:光明网2026-03-04 18:12`, `来源:某某网2023-10-19`: the stamp glued to the publisher's name.
                self.published =
                    self.published ?? DocumentHeader.stampedDate(string) ?? DocumentHeader.closingDate(line)
                // A byline after the publisher is a fact: the line stays in the body.
                guard !source.saysMore else { return false }
                self.removeHeader(whole)
                return true
            }
            return false
        }

        /// Takes the month and day of a stamp a page layout split over lines after a bare year (`2015` / `03/30` /
        /// `16:09`, `2022` / `/ 09/16`): the year line kept just before leaves the body with it.
        private mutating func takesSplitStamp(_ line: [Unicode.Scalar], _ string: String) -> Bool {
            guard let last = self.body.last, let year = Int(last.text), (1950...2099).contains(year),
                last.text.unicodeScalars.count == 4, let (month, day) = DocumentHeader.monthAndDay(line)
            else { return false }
            self.body.removeLast()
            self.previous = self.body.last?.text ?? self.headline.last
            self.removeHeader(last.text)
            self.published = self.published ?? WrittenDate.format(year: year, month: month, day: day)
            self.removeHeader(string)
            return true
        }

        /// Removes a header line: its facts are metadata now.
        private mutating func removeHeader(_ string: String) {
            self.removed.append(.init(kind: "header", text: string))
        }

        /// Keeps a line in the body.
        private mutating func keep(_ string: String, at index: Int, from start: Int = 0) {
            self.previous = string
            self.keptBody = true
            self.body.append(NormalizationDraft.BodyLine(text: string, line: index, start: start))
        }
    }
}

import DiaoyanModels

/// Folds a company told by a shorter form into its registered name written elsewhere on the page, wherever each
/// stands: `某某集团` and `某某集团有限公司`, `某某科技公司` and `某某科技有限公司`, `某某集团` and `某某国际集团` are one
/// company, listed once under the fuller name with the mentions of both.
///
/// A branch (`…青海分公司`, `…上海分行`) is a company of its own beside its parent, so a name holding a branch's word
/// takes in no shorter one.
package enum RegisteredNameMerger {
    /// `organizations` with each shorter form folded into the fuller name it shortens, and without a university or an
    /// academy written only as the opening of one of its own bodies (`某某大学深圳创新研究院`, `中国科学院某某研究所`):
    /// the body is the party, not its parent.
    package static func merged(_ organizations: [ExtractionRecord.Organization]) -> [ExtractionRecord.Organization] {
        guard organizations.count > 1 else { return organizations }
        let organizations = organizations.filter { parent in
            !(parent.kind == "university" || parent.kind == "institute")
                || !organizations.contains { body in
                    body.name.unicodeScalars.count > parent.name.unicodeScalars.count
                        && body.name.unicodeScalars.starts(with: parent.name.unicodeScalars)
                        && parent.mentions.allSatisfy { mention in
                            body.mentions.contains { $0.start <= mention.start && mention.end <= $0.end }
                        }
                }
        }
        var result = organizations
        var dropped = Set<Int>()
        for (index, short) in organizations.enumerated() {
            guard
                let full = organizations.indices.first(where: { other in
                    other != index && !dropped.contains(other)
                        && Self.isShortened(short.name, from: organizations[other].name)
                })
            else { continue }
            result[full].mentions = (result[full].mentions + short.mentions).sorted { $0.start < $1.start }
            dropped.insert(index)
        }
        return result.indices.filter { !dropped.contains($0) }.map { result[$0] }
    }

    /// Whether `full` is `short` with a legal form added (`有限公司`, `(辽宁)有限公司`, `控股有限公司`), or its `公司`
    /// spelled out as one, or a group's name with a word inserted (`正威集团` → `正威国际集团`).
    static func isShortened(_ short: String, from full: String) -> Bool {
        let short = Array(short.unicodeScalars)
        let full = Array(full.unicodeScalars)
        guard short.count >= 3, full.count > short.count,
            !Self.branchWords.contains(where: { Self.holds($0, in: full) })
        else { return false }
        if full.starts(with: short), Self.isLegalForm(full[short.count...]) { return true }
        if short.suffix(2).elementsEqual(Self.company), full.starts(with: short.dropLast(2)),
            Self.isLegalForm(full[(short.count - 2)...])
        {
            return true
        }
        return short.suffix(2).elementsEqual(Self.group) && full.suffix(2).elementsEqual(Self.group)
            && full.count - short.count <= 4 && full.prefix(2).elementsEqual(short.prefix(2))
            && OrganizationFinder.isShortForm(short, of: full)
    }

    /// Whether `rest` is only a legal form, maybe after a bracketed place (`(辽宁)有限公司`).
    private static func isLegalForm(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        var rest = rest
        if let open = rest.first, open == "(" || open == "（",
            let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }), close - rest.startIndex <= 8
        {
            rest = rest[(close + 1)...]
        }
        return Self.legalForms.contains { rest.elementsEqual($0) }
    }

    private static let company = Array("公司".unicodeScalars)
    private static let group = Array("集团".unicodeScalars)
    private static let legalForms: [[Unicode.Scalar]] = [
        "公司", "有限公司", "有限责任公司", "股份有限公司", "控股有限公司", "集团有限公司", "控股集团有限公司",
    ].map { Array($0.unicodeScalars) }
    /// Whether `word` is written anywhere in `name`.
    private static func holds(_ word: [Unicode.Scalar], in name: [Unicode.Scalar]) -> Bool {
        name.indices.contains { name[$0...].starts(with: word) }
    }

    /// Words of a branch: a company of its own.
    private static let branchWords: [[Unicode.Scalar]] = ["分公司", "分行", "分院", "分厂", "子公司"].map {
        Array($0.unicodeScalars)
    }
}

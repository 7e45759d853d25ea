/// The first pass, **repair**: undoes GBK byte-shift mojibake (`日?qǐng)?bào)` → `日報`) on the text as decoded.
///
/// It must run before annotations are dropped and before conversion, which would destroy the bytes it needs. Each
/// repaired run is listed in `repairs`; see `MojibakeRepairer` for the origins of its replacement scalars. Without
/// GB18030 in the system's iconv there is no repairer and the pass leaves the draft as it is.
package struct RepairPass: NormalizationPass {
    private let repairer: MojibakeRepairer?

    package init(repairer: MojibakeRepairer?) {
        self.repairer = repairer
    }

    package var name: String { "repair" }

    /// - Complexity: O(n) beyond the repairs themselves.
    package func apply(to draft: inout NormalizationDraft) {
        guard let repairer = self.repairer else { return }
        let repaired = repairer.repair(draft.scalars, origins: draft.origins)
        draft.scalars = repaired.scalars
        draft.origins = repaired.origins
        draft.repairs += repaired.repairs
    }
}

import DiaoyanModels
import Synchronization

/// Documents accepted recently and not yet leased, kept decoded so a lease needs neither their body from SQLite
/// nor a JSON decode: in a busy pipeline most documents are leased seconds after they arrive.
///
/// Only an optimization: the outbox row is the truth, and a document missing here (evicted, or the process
/// restarted) is read from it. Bounded by an estimate of the bytes held (four bytes per UTF-8 byte of text, for
/// the text, paragraphs, sentences and map); the oldest entries go first.
package final class LeaseCache: Sendable {
    private struct State {
        var documents: [String: (document: NormalizedDocument, cost: Int)] = [:]
        var order: [String] = []
        var head = 0
        var bytes = 0
    }

    private let state = Mutex(State())
    private let budget: Int

    /// A cache holding about `budget` bytes (default 24 MB).
    package init(budget: Int = 24_000_000) {
        self.budget = budget
    }

    /// Keeps `documents` (just committed as accepted), evicting the oldest beyond the budget.
    package func insert(_ documents: [NormalizedDocument]) {
        self.state.withLock { state in
            for document in documents where state.documents[document.id] == nil {
                let cost = document.text.utf8.count * 4 + 512
                state.documents[document.id] = (document, cost)
                state.order.append(document.id)
                state.bytes += cost
            }
            while state.bytes > self.budget, state.head < state.order.count {
                let oldest = state.order[state.head]
                state.head += 1
                if let evicted = state.documents.removeValue(forKey: oldest) { state.bytes -= evicted.cost }
            }
            if state.head > 4096, state.head * 2 > state.order.count {
                state.order.removeFirst(state.head)
                state.head = 0
            }
        }
    }

    /// Takes the documents of `ids` that are held (removing them); nil in the slots of those that are not.
    package func take(_ ids: [String]) -> [NormalizedDocument?] {
        self.state.withLock { state in
            ids.map { id in
                guard let entry = state.documents.removeValue(forKey: id) else { return nil }
                state.bytes -= entry.cost
                return entry.document
            }
        }
    }
}

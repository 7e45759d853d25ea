/// The rows of `story_bands`, the large table of band keys (``StoryLinker/bandTables``), under the keys many stored
/// roots share, kept in memory with their roots' sketches (``StorySketches``) beside the band filter
/// (``StoryBandFilter/sharedRows``): a fold neither steps through them in the table again nor looks each root's
/// sketch up at its own place.
///
/// Why: on a generated corpus the boilerplate makes band keys that hundreds of roots share (148 keys of
/// `story_bands` by more than 100 roots each in a store of 100,000 generated articles, one by 755), a fold's
/// documents share them too, and every fold read their rows again (some 80 % of the large table's rows a fold read
/// there), each row's root then checked against the new sketches at a random place of 9 MB of sketches — only for
/// nearly all of them to be rejected. The large table changes only when the middle one moves into it (once every
/// ``StoryLinker/largeEvery`` stories), so a key's rows there stay as they were read until then: a key read with at
/// least ``least`` rows keeps them here, and its later lookups read only the middle and recent tables. A move into
/// the large table lets them all go (``removeAll()``), and so does a band filter built or loaded again (another
/// connection committed to the file). A sketch only ever lets a fold skip a root that cannot reach the threshold, so
/// a sketch kept here that the filter's sketches no longer hold changes no link.
struct SharedBandRows {
    /// Rows a key must have in the large table to be kept (977 keys with 71,132 rows in that store, 1,764 with
    /// 134,334 once the 12,000 articles of a run into it moved the middle table's keys there).
    static let least = 32
    /// Rows kept at most (72 bytes each with its sketch: some 4.7 MB): the keys read first, those a fold's
    /// boilerplate shares, fill them. Without a bound the aggregator's peak RSS into that store rose by 14 MB, to
    /// 144–146 MB.
    static let most = 65_536

    /// A kept key's rows: its roots' numbers in number order (the table's), and their sketches one after another
    /// (``StorySketches/wordsPerSketch`` words each), or none when a root had no sketch when it was read.
    private struct Rows {
        var numbers: [Int64]
        var sketches: [UInt64]
    }

    private var rows: [Int64: Rows] = [:]
    /// Rows kept, of all keys.
    private var total = 0

    /// None kept.
    init() {}

    /// Keys kept.
    var count: Int { self.rows.count }

    /// Whether `key`'s rows are kept.
    func holds(_ key: Int64) -> Bool { self.rows[key] != nil }

    /// The root numbers of `key`'s rows in the large table, in number order; nil when the key is not kept.
    func numbers(_ key: Int64) -> [Int64]? { self.rows[key]?.numbers }

    /// Calls `body` with the number of each of `key`'s kept rows, in order, and its root's sketch as kept (nil when
    /// none is).
    func forEachRow(_ key: Int64, _ body: (Int64, UnsafeBufferPointer<UInt64>?) -> Void) {
        guard let rows = self.rows[key] else { return }
        let width = StorySketches.wordsPerSketch
        rows.sketches.withUnsafeBufferPointer { sketches in
            for (index, number) in rows.numbers.enumerated() {
                body(
                    number,
                    sketches.isEmpty
                        ? nil : UnsafeBufferPointer(rebasing: sketches[(index * width)..<((index + 1) * width)])
                )
            }
        }
    }

    /// Keeps `numbers`, all of `key`'s rows in the large table as read from it in number order, when they are at
    /// least ``least`` and fit under ``most``, with their roots' sketches in `sketches` when it holds every one of
    /// them.
    mutating func keep(_ key: Int64, numbers: ArraySlice<Int64>, sketches: StorySketches?) {
        guard numbers.count >= Self.least, self.total + numbers.count <= Self.most else { return }
        self.total += numbers.count
        var words: [UInt64] = []
        if let sketches {
            words.reserveCapacity(numbers.count * StorySketches.wordsPerSketch)
            for number in numbers {
                guard let sketch = sketches.sketch(of: number) else {
                    words = []
                    break
                }
                words += sketch
            }
        }
        self.rows[key] = Rows(numbers: Array(numbers), sketches: words)
    }

    /// Lets every kept key go (the large table changed).
    mutating func removeAll() {
        self.rows = [:]
        self.total = 0
    }
}

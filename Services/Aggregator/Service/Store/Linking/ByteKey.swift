/// A project key, suffix or region held as a dictionary key, hashed and compared by its UTF-8 bytes
/// (``UTF8Identity``) rather than by `String`'s own hashing, which normalizes every non-ASCII string to NFC first:
/// hashing Chinese keys that way was 4 % of the aggregator's samples in ``ProjectCandidateFilter`` alone at
/// ~22,000 stored. Nothing a fold decides changes: the linker compares keys and places by their bytes anyway
/// (``ProjectNameKey/isSameProject(_:_:)``, ``ProjectNameKey/isCompatible(_:_:)``), so whatever `String`
/// equality found beyond byte equality was rejected after the lookup.
struct ByteKey: Hashable {
    var text: String

    init(_ text: String) {
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        UTF8Identity.combine(self.text, into: &hasher)
    }

    static func == (one: ByteKey, other: ByteKey) -> Bool {
        UTF8Identity.equal(one.text, other.text)
    }
}

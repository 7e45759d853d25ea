import DiaoyanText
import Testing

@testable import AggregatorService

/// The bytes the store writes for a signature (``MinHashSignature/storedBytes``) are the signature's own
/// ``MinHashSignature/bytes``, and compared as they lie (``MinHashSignature/similarity(toStored:)``) they agree with a
/// signature as much as the signature they were written from.
@Suite struct MinHashSignatureStoredBytesTests {
    @Test(arguments: [0, 1, 0xFFFF_FFFF, 0x8000_0001, 0x1234_5678])
    func storedBytesAreTheSignaturesBytes(_ seed: UInt32) throws {
        let values = (0..<UInt32(MinHashSignature.permutations)).map { $0 &* 0x9E37_79B9 ^ seed }
        let signature = try #require(MinHashSignature(values: values))
        #expect(signature.storedBytes == signature.bytes)
        #expect(MinHashSignature(bytes: signature.storedBytes) == signature)
        let other = try #require(
            MinHashSignature(values: values.enumerated().map { $0.offset % 3 == 0 ? $0.element : ~$0.element })
        )
        for one in [signature, other] {
            for another in [signature, other] {
                #expect(one.similarity(toStored: another.storedBytes) == one.similarity(to: another))
            }
        }
        #expect(signature.similarity(toStored: other.storedBytes) == Double(43) / 128)
    }

    @Test(arguments: [0, 4, 511, 513, 1024])
    func storedBytesOfAnotherLengthAreNoSignature(_ count: Int) {
        let bytes = [UInt8](repeating: 7, count: count)
        #expect(MinHashSignature(bytes: bytes) == nil)
    }

    @Test func storedBytesOfATextsSignature() throws {
        let signature = try #require(MinHashSignature(text: "省发展改革委批复年产十万吨新材料项目，总投资二十亿元，预计明年建成投产。"[...]))
        #expect(signature.storedBytes == signature.bytes)
    }
}

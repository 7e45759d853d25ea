import Crypto
import DiaoyanModels
import Foundation

/// Turns one scraped document into clean simplified text: decode, repair, strip annotations, convert, clean.
///
/// The normalizer service and `diaoyan normalize` both run this; it holds only immutable tables and is safe to
/// share across tasks.
package struct DocumentNormalizer: Sendable {
    /// Why a document could not be normalized.
    package enum Error: Swift.Error, Hashable {
        /// The bytes are not valid in `charset`; `byteOffset` is the first offending byte.
        case invalidEncoding(charset: String, byteOffset: Int)
        /// The charset name is not one the normalizer can decode.
        case unsupportedCharset(String)
    }

    package init() {}

    /// Normalizes text that is already decoded.
    package func normalize(text: String, source: String, id: String? = nil) -> NormalizedDocument {
        let normalized = text
        return NormalizedDocument(
            id: id ?? Self.documentID(of: normalized),
            source: source,
            text: normalized
        )
    }

    /// Decodes `bytes` (in `charset`, or detected) and normalizes the result.
    package func normalize(
        bytes: [UInt8],
        charset: String?,
        source: String,
        id: String? = nil
    ) throws(Error) -> NormalizedDocument {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidEncoding(charset: charset ?? "utf-8", byteOffset: 0)
        }
        return self.normalize(text: text, source: source, id: id)
    }

    /// The document id the design prescribes: lower-case hex SHA-256 of the normalized text's UTF-8 bytes.
    package static func documentID(of text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

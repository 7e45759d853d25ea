import DiaoyanModels
import Foundation

/// One document of a benchmark corpus: its source name and its bytes as a file would hold them.
package struct BenchDocument: Sendable {
    package var source: String
    package var bytes: [UInt8]

    package init(source: String, bytes: [UInt8]) {
        self.source = source
        self.bytes = bytes
    }

    /// As `diaoyan send` sends it: UTF-8 as `text`, anything else as `bytes_base64` for the normalizer to detect.
    package var incoming: IncomingDocument {
        if let text = String(validating: self.bytes, as: UTF8.self) {
            return IncomingDocument(source: self.source, text: text)
        }
        return IncomingDocument(source: self.source, bytesBase64: Data(self.bytes).base64EncodedString())
    }
}

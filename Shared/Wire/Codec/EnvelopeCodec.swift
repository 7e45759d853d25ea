import CompressNIO
import DiaoyanModels
import Foundation
import NIOCore
import NIOFoundationCompat

/// Turns an ``Envelope`` into a frame payload and back: UTF-8 JSON in a zlib stream (RFC 1950).
///
/// ```
/// payload = zlib( {"v":1,"type":"…","id":"…","body":{…}} )
/// ```
///
/// Decoding inflates at most `maximumInflatedBytes`; a payload that would inflate further is refused without
/// allocating past the cap.
package struct EnvelopeCodec: Sendable {
    /// Why a payload could not be turned into an envelope.
    package enum Error: Swift.Error, Hashable {
        /// The payload is not a complete zlib stream.
        case badCompression(reason: String)
        /// The payload inflates past the limit.
        case inflatedTooLarge(limit: Int)
        /// The inflated bytes are not a JSON envelope.
        case badJSON(reason: String)
        /// The envelope could not be encoded (a bug, or a value JSON cannot carry).
        case encodingFailed(reason: String)

        /// The wire error this failure is reported as.
        package var errorBody: ErrorBody {
            switch self {
            case .badCompression(let reason):
                ErrorBody(code: .badCompression, message: "payload is not a valid zlib stream: \(reason)")
            case .inflatedTooLarge(let limit):
                ErrorBody(code: .frameTooLarge, message: "payload inflates past the limit of \(limit) bytes")
            case .badJSON(let reason):
                ErrorBody(code: .badJSON, message: "payload is not a JSON envelope: \(reason)")
            case .encodingFailed(let reason):
                ErrorBody(code: .internal, message: "could not encode envelope: \(reason)")
            }
        }
    }

    /// The largest inflated JSON accepted.
    package var maximumInflatedBytes: Int
    /// zlib level used when encoding: 1 (fast) … 9 (small). Default 1: at 6, deflating the submits was 17 % of an
    /// extractor's CPU under `diaoyan bench pipeline`; level 1 makes frames some 7 % larger (any level inflates
    /// the same, so peers of either setting talk).
    package var compressionLevel: Int32

    package init(maximumInflatedBytes: Int, compressionLevel: Int32 = 1) {
        self.maximumInflatedBytes = maximumInflatedBytes
        self.compressionLevel = compressionLevel
    }

    /// Encodes `envelope` as a zlib-compressed JSON payload.
    ///
    /// A body that writes its own JSON (``JSONByteCodable``: a `submit`) is written without `JSONEncoder`, which
    /// spent a quarter of an extractor's CPU on its submits.
    package func encode(_ envelope: Envelope, allocator: ByteBufferAllocator = .init()) throws(Error) -> ByteBuffer {
        var plain: ByteBuffer
        do {
            if let json = try envelope.jsonBytes() {
                plain = allocator.buffer(capacity: json.count)
                plain.writeBytes(json)
            } else {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.withoutEscapingSlashes]
                let json = try encoder.encode(envelope)
                plain = allocator.buffer(capacity: json.count)
                plain.writeBytes(json)
            }
        } catch {
            throw .encodingFailed(reason: String(describing: error))
        }
        do {
            return try plain.compress(
                with: .zlib(configuration: .init(compressionLevel: self.compressionLevel)),
                allocator: allocator
            )
        } catch {
            throw .encodingFailed(reason: String(describing: error))
        }
    }

    /// Decodes a frame payload into an envelope.
    ///
    /// An envelope whose body reads its own JSON (``JSONByteCodable``: a `submit`) is read without `JSONDecoder`
    /// when it can be; anything that reader refuses goes to `JSONDecoder`, which answers it as it always did.
    package func decode(_ payload: ByteBuffer, allocator: ByteBufferAllocator = .init()) throws(Error) -> Envelope {
        let json = try self.inflate(payload, allocator: allocator)
        if let envelope = Envelope(jsonBytes: Array(json.readableBytesView)) {
            return envelope
        }
        do {
            return try JSONDecoder().decode(Envelope.self, from: json)
        } catch let error as DecodingError {
            throw .badJSON(reason: Self.describe(error))
        } catch {
            throw .badJSON(reason: String(describing: error))
        }
    }

    /// Inflates `payload`, stopping at the cap.
    package func inflate(_ payload: ByteBuffer, allocator: ByteBufferAllocator = .init()) throws(Error) -> ByteBuffer {
        guard payload.readableBytes > 0 else {
            throw .badCompression(reason: "empty payload")
        }
        var input = payload
        let output: ByteBuffer
        do {
            output = try input.decompress(with: .zlib(), maxSize: self.maximumInflatedBytes, allocator: allocator)
        } catch let error as CompressNIOError where error == .bufferOverflow {
            throw .inflatedTooLarge(limit: self.maximumInflatedBytes)
        } catch {
            throw .badCompression(reason: String(describing: error))
        }
        guard input.readableBytes == 0 else {
            throw .badCompression(reason: "\(input.readableBytes) bytes after the end of the zlib stream")
        }
        return output
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            if let underlying = context.underlyingError {
                return "\(context.debugDescription) (\(underlying))"
            }
            return context.debugDescription
        case .keyNotFound(let key, _): return "missing key '\(key.stringValue)'"
        case .typeMismatch(let type, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "expected \(type) at '\(path)'"
        case .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "missing value at '\(path)'"
        @unknown default: return "invalid JSON"
        }
    }
}

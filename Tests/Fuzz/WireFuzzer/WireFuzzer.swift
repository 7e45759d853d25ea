import CompressNIO
import DiaoyanModels
import DiaoyanWire
import Foundation
import NIOCore
import NIOEmbedded

// libFuzzer entry point for what a peer controls on every port: the frame decoder over an arbitrary byte stream,
// and the envelope codec over arbitrary payloads and arbitrary JSON. The first byte picks the mode:
// 0 — the bytes are a TCP stream: frames are cut by `FrameDecoder` (in a real channel pipeline) and each payload
//     is decoded by `EnvelopeCodec`;
// 1 — the bytes are one frame payload (zlib expected);
// 2 — the bytes are the JSON inside a payload: deflated, then decoded; a well-formed envelope that decodes must
//     encode and decode again to itself.
// Errors are answers; a crash, a trap or a broken round trip is a finding. Built only with DIAOYAN_FUZZ=1.
// `WIRE_FUZZ_MODE=frames|payload|json` pins one mode for a whole run (every byte is then input), so the frame
// decoder and the envelope decoder can each be given a run of their own.

let codec = EnvelopeCodec(maximumInflatedBytes: 1 << 20)

/// The mode pinned by `WIRE_FUZZ_MODE`, or nil when the first byte picks it.
let pinnedMode: UInt8? = {
    guard let name = getenv("WIRE_FUZZ_MODE").map({ String(cString: $0) }) else { return nil }
    switch name {
    case "frames": return 0
    case "payload": return 1
    case "json": return 2
    default: preconditionFailure("WIRE_FUZZ_MODE must be frames, payload or json, not \(name)")
    }
}()

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point under this name; it hands control to libFuzzer's driver.
@_cdecl("WireFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runFuzzerDriver(&argc, &argv, fuzzOneInput)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let rest = pinnedMode == nil ? ByteBuffer(bytes: bytes.dropFirst()) : ByteBuffer(bytes: bytes)
    switch pinnedMode ?? bytes[0] % 3 {
    case 0: stream(rest)
    case 1: _ = try? codec.decode(rest)
    default: json(rest)
    }
    return 0
}

/// Cuts `stream` into frames with the port's decoder, in pieces as TCP might deliver them, and decodes each.
func stream(_ stream: ByteBuffer) {
    let channel = EmbeddedChannel()
    defer { _ = try? channel.finish() }
    do {
        try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(FrameDecoder(maximumFrameBytes: 1 << 16))
        )
    } catch {
        preconditionFailure("the decoder could not be added: \(error)")
    }
    var remaining = stream
    var piece = 1
    while remaining.readableBytes > 0 {
        let slice = remaining.readSlice(length: min(piece, remaining.readableBytes))!
        piece = piece * 3 + 1
        guard (try? channel.writeInbound(slice)) != nil else { return }
        while let frame = try? channel.readInbound(as: ByteBuffer.self) {
            _ = try? codec.decode(frame)
        }
    }
}

/// Deflates `json` as a peer would and decodes it; a request, response or error that decodes must survive a round
/// trip unchanged. (An unknown type or a malformed body is only ever answered, never sent on: no round trip.)
func json(_ json: ByteBuffer) {
    var plain = json
    guard let payload = try? plain.compress(with: .zlib()) else { return }
    guard let envelope = try? codec.decode(payload) else { return }
    switch envelope.message {
    case .unknown, .malformed: return
    case .body(let body):
        // A query naming an unknown metric, dimension, order, industry or stage decodes with the name kept aside
        // for a `bad_request` that lists the valid ones; like a malformed body it is answered, never sent on.
        if let stats = body as? StatsRequest, !stats.unknownNames.isEmpty { return }
        if let projects = body as? ProjectsRequest, projects.filter?.unknownNames.isEmpty == false { return }
    case .error: break
    }
    guard let again = try? codec.decode(try codec.encode(envelope)) else {
        preconditionFailure("an envelope that decoded does not encode and decode again")
    }
    precondition(again == envelope, "an envelope changed in a round trip")
}

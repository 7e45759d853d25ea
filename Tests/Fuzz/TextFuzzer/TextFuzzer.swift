import DiaoyanModels
import DiaoyanExtraction
import DiaoyanNormalization

// libFuzzer entry point: normalizes arbitrary bytes (as detected UTF-8/GBK/Big5, or a charset chosen by the first
// byte), checks that normalizing the result again changes nothing, and extracts from it. Any crash or trap is a
// finding. Built only with DIAOYAN_FUZZ=1; see README.md, "Fuzzing".

let normalizer = try! DocumentNormalizer()
let extractor = try! RecordExtractor()
let charsets: [String?] = [nil, "utf-8", "gbk", "big5"]

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point under this name; it hands control to libFuzzer's driver.
@_cdecl("TextFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runFuzzerDriver(&argc, &argv, fuzzOneInput)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let charset = charsets[Int(bytes[0]) % charsets.count]
    guard let document = try? normalizer.normalize(bytes: Array(bytes.dropFirst()), charset: charset, source: "fuzz")
    else {
        return 0
    }
    let again = normalizer.normalize(text: document.text, source: "fuzz")
    precondition(again.text == document.text, "normalizing normalized text changed it")
    let length = document.text.unicodeScalars.count
    // The map covers the text, and points into the input (never more scalars than bytes).
    precondition(document.sourceMap.outputCount == length, "the source map does not cover the text")
    precondition(document.sourceMap.inputOffsets.allSatisfy { 0 <= $0 && $0 < bytes.count }, "offset outside the input")
    // Sentences are non-empty and each lies inside one paragraph.
    for sentence in document.sentences {
        precondition(sentence.start < sentence.end, "empty sentence")
        precondition(
            document.paragraphs.contains { $0.start <= sentence.start && sentence.end <= $0.end },
            "a sentence crosses a paragraph"
        )
    }
    let record = extractor.extract(document)
    for person in record.persons {
        for mention in person.mentions {
            precondition(0 <= mention.start && mention.start <= mention.end && mention.end <= length)
        }
    }
    return 0
}

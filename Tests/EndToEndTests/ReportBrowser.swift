import Foundation
import TestSupport

/// Debian's chromium, headless, as the report's end-to-end test drives it: screenshots, the DOM after load, and
/// the pixels of a screenshot's regions. Every run points chromium's proxy at a closed port, so a page that
/// fetched anything from the network would miss it (and the page must still render).
struct ReportBrowser {
    /// Why the browser could not be used.
    enum Error: Swift.Error, CustomStringConvertible {
        case notInstalled
        case failed(arguments: [String], status: Int32, errors: String)
        case unreadableAnswer(String)

        var description: String {
            switch self {
            case .notInstalled:
                "chromium is not installed: the report's browser test needs Debian's chromium "
                    + "(`apt-get install -y chromium fonts-wqy-microhei`; .ci/run installs it)"
            case .failed(let arguments, let status, let errors):
                "chromium \(arguments.joined(separator: " ")) exited \(status): \(errors.suffix(2000))"
            case .unreadableAnswer(let text): "could not read the answer: \(text.prefix(2000))"
            }
        }
    }

    /// What one region of a screenshot holds.
    struct RegionInk: Decodable {
        var pixels: Int
        /// Distinct colours.
        var colors: Int
        /// Share of pixels that differ from the region's most common colour.
        var inked: Double
    }

    let executable: URL

    /// The installed chromium, or ``Error/notInstalled``.
    init() throws {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        guard let path = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw Error.notInstalled
        }
        self.executable = URL(fileURLWithPath: path)
    }

    private static let common = [
        "--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9", "--force-device-scale-factor=1",
        "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--disable-background-networking",
    ]

    /// The page's DOM once loaded, as `--dump-dom` prints it.
    func dumpDOM(_ page: URL, width: Int, height: Int) throws -> String {
        try self.run(Self.common + ["--window-size=\(width),\(height)", "--dump-dom", page.absoluteString])
    }

    /// A PNG screenshot of the page's first `width` × `height` pixels.
    func screenshot(_ page: URL, to file: URL, width: Int, height: Int) throws {
        _ = try self.run(
            Self.common + ["--window-size=\(width),\(height)", "--screenshot=\(file.path)", page.absoluteString]
        )
    }

    private func run(_ arguments: [String]) throws -> String {
        // A private profile: nothing of the machine's browser state is read or written.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "report-chromium-\(UUID().uuidString)"
        )
        defer { try? FileManager.default.removeItem(at: profile) }
        let run = try ChildProcess.run(self.executable, arguments + ["--user-data-dir=\(profile.path)"])
        guard run.status == 0 else {
            throw Error.failed(arguments: arguments, status: run.status, errors: run.errorText)
        }
        return run.outputText
    }

    /// How much ink each region (`[x, y, width, height]` in pixels) of a PNG holds, decoded by a short Python
    /// script of ours on the standard library's zlib (no imaging package).
    static func ink(of png: URL, regions: [[Double]]) throws -> [RegionInk] {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent(
            "png-regions-\(UUID().uuidString).py"
        )
        try Self.pngRegions.write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let regionsJSON = String(decoding: try JSONEncoder().encode(regions), as: UTF8.self)
        let run = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", script.path, png.path, regionsJSON]
        )
        let data = run.output
        let errorText = run.errorText
        struct Answer: Decodable { var regions: [RegionInk] }
        guard run.status == 0, let answer = try? JSONDecoder().decode(Answer.self, from: data) else {
            throw Error.unreadableAnswer(String(decoding: data, as: UTF8.self) + errorText)
        }
        return answer.regions
    }

    /// Reads an 8-bit, non-interlaced PNG (what chromium writes), undoes the row filters, and prints per region
    /// the pixel count, the distinct colours and the share of pixels unlike the region's most common colour.
    private static let pngRegions = #"""
        import json, struct, sys, zlib

        def read_png(path):
            data = open(path, "rb").read()
            if data[:8] != b"\x89PNG\r\n\x1a\n":
                raise SystemExit("not a PNG: " + path)
            pos, idat, header = 8, [], None
            while pos < len(data):
                length, kind = struct.unpack(">I4s", data[pos:pos + 8])
                body = data[pos + 8:pos + 8 + length]
                if kind == b"IHDR":
                    header = struct.unpack(">IIBBBBB", body)
                elif kind == b"IDAT":
                    idat.append(body)
                pos += 12 + length
            width, height, depth, color, _, _, interlace = header
            channels = {2: 3, 6: 4}.get(color)
            if depth != 8 or channels is None or interlace != 0:
                raise SystemExit("unsupported PNG layout %r" % (header,))
            raw = zlib.decompress(b"".join(idat))
            stride = width * channels
            rows, previous, offset = [], bytearray(stride), 0
            for _ in range(height):
                kind = raw[offset]
                line = bytearray(raw[offset + 1:offset + 1 + stride])
                offset += 1 + stride
                if kind == 1:
                    for i in range(channels, stride):
                        line[i] = (line[i] + line[i - channels]) & 255
                elif kind == 2:
                    line = bytearray((a + b) & 255 for a, b in zip(line, previous))
                elif kind == 3:
                    for i in range(stride):
                        left = line[i - channels] if i >= channels else 0
                        line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
                elif kind == 4:
                    for i in range(stride):
                        a = line[i - channels] if i >= channels else 0
                        b = previous[i]
                        c = previous[i - channels] if i >= channels else 0
                        p = a + b - c
                        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                rows.append(line)
                previous = line
            return width, height, channels, rows

        width, height, channels, rows = read_png(sys.argv[1])
        results = []
        for x, y, w, h in json.loads(sys.argv[2]):
            x0, y0 = max(0, int(x)), max(0, int(y))
            x1, y1 = min(width, int(x + w)), min(height, int(y + h))
            counts = {}
            for row in rows[y0:y1]:
                for i in range(x0 * channels, x1 * channels, channels):
                    pixel = bytes(row[i:i + 3])
                    counts[pixel] = counts.get(pixel, 0) + 1
            total = sum(counts.values())
            common = max(counts.values()) if counts else 0
            results.append({"pixels": total, "colors": len(counts), "inked": (total - common) / total if total else 0})
        print(json.dumps({"width": width, "height": height, "regions": results}))
        """#
}

import ArgumentParser
import Foundation
import NewsText
import Entities
import ReferenceData
import SyntheticCorpus
#if canImport(Glibc)
import Glibc
#endif

/// `labor-etl gen-corpus`: writes deterministic synthetic pages for benchmarks.
///
/// Page N goes to `DIR/YYYY/MM/page-NNNNNNN.txt` with its sidecar `page-NNNNNNN.meta.json`
/// (`source`, `published_on`, `page`). The same `--seed` and `--pages` always give
/// byte-identical files. Pages are generated in batches on all cores and written in order;
/// memory stays constant whatever the corpus size.
struct GenCorpusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen-corpus",
        abstract: "Write deterministic synthetic pages for benchmarks.",
        discussion: "Writes DIR/YYYY/MM/page-NNNNNNN.txt and .meta.json; same seed and count, same bytes.")

    @Option(help: "Output folder.")
    var out: String

    @Option(help: "Number of pages.")
    var pages: Int

    @Option(help: "Corpus seed.")
    var seed: UInt64 = 1

    @Option(name: .customLong("start-date"), help: "Publication date of the first page, YYYY-MM-DD.")
    var startDate: String = "2024-01-02"

    @Option(name: .customLong("pages-per-folder"), help: "Pages per YYYY/MM folder (dates spread over the month).")
    var pagesPerFolder: Int = 1000

    @Option(help: "Pages generated per batch (on all cores) before writing.")
    var batch: Int = 256

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard pages >= 0 else { throw ValidationError("--pages must be ≥ 0") }
        guard pagesPerFolder >= 1 else { throw ValidationError("--pages-per-folder must be ≥ 1") }
        guard let d = CivilDate(iso: startDate), d.day != nil else {
            throw ValidationError("--start-date must be YYYY-MM-DD, got \(startDate)")
        }
    }

    func run() async throws {
        let gazetteer = try Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV)
        let gen = CorpusGenerator(seed: seed, gazetteer: gazetteer, startDate: CivilDate(iso: startDate)!,
                                  pagesPerMonth: pagesPerFolder)
        let clock = ContinuousClock()
        let t0 = clock.now
        var totalBytes = 0
        var madeDirs = Set<String>()
        let batchSize = max(1, batch)
        var first = 0
        while first < pages {
            let count = min(batchSize, pages - first)
            let buffers = Self.generate(gen, first: first, count: count)
            for k in 0..<count {
                let n = first + k
                let rel = gen.relativeBaseName(ofPage: n)
                let dir = out + "/" + String(rel[..<rel.lastIndex(of: "/")!])
                if !madeDirs.contains(dir) {
                    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                    madeDirs.insert(dir)
                }
                try Self.write(buffers[k].text, to: out + "/" + rel + ".txt")
                try Self.write(Array(CorpusGenerator.sidecarJSON(buffers[k].meta).utf8), to: out + "/" + rel + ".meta.json")
                totalBytes += buffers[k].text.count
            }
            first += count
            if !quiet && (first % (batchSize * 40) == 0 || first == pages) {
                let s = Double((clock.now - t0).components.attoseconds) / 1e18 + Double((clock.now - t0).components.seconds)
                FileHandle.standardError.write(Data(String(format: "gen-corpus: %d/%d pages, %.1f MB, %.1f MB/s\n",
                                                           first, pages, Double(totalBytes) / 1e6,
                                                           Double(totalBytes) / 1e6 / max(s, 1e-9)).utf8))
            }
        }
        if !quiet { print("wrote \(pages) pages (\(totalBytes) bytes of text) to \(out)") }
    }

    /// Generates pages `first ..< first+count` on all cores (each page depends only on its number).
    static func generate(_ gen: CorpusGenerator, first: Int, count: Int) -> [(text: [UInt8], meta: PageMetadata)] {
        let slots = UnsafeMutableBufferPointer<(text: [UInt8], meta: PageMetadata)>.allocate(capacity: count)
        slots.initialize(repeating: ([], PageMetadata()))
        defer { slots.deinitialize(); slots.deallocate() }
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: count) { k in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(16_384)
            let meta = gen.write(page: first + k, into: &bytes)
            shared[k] = (bytes, meta)  // distinct indices: no two iterations touch the same slot
        }
        return Array(slots)
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        guard let f = fopen(path, "wb") else { throw CLIFailure(status: .someRejected, message: "\(path): cannot write") }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
        fclose(f)
        if written != bytes.count { throw CLIFailure(status: .someRejected, message: "\(path): short write") }
    }
}

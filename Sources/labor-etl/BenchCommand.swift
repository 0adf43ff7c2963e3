import ArgumentParser
import Foundation
import NewsText
import Entities
import Extraction
import Metrics
import ReferenceData
import SyntheticCorpus

/// `labor-etl bench-extract`: measures extraction throughput in memory (no disk, no database).
///
/// Builds one or two corpora of at least `--megabytes` MB of UTF-8 text each:
/// `generated` (pages of ``CorpusGenerator``) and `seed` (a real page repeated with its
/// numbers and region names swapped deterministically), then times, on one core:
/// read+clean+split (``PageReader``), entities, dates+metrics, and the whole pipeline
/// (read + entities + dates + metrics); then the whole pipeline on all cores. Each is run
/// `--repeat` times and the fastest run is reported.
struct BenchExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-extract",
        abstract: "Measure extraction throughput (MB/s, pages/s).",
        discussion: """
            Figures are MB of UTF-8 page text (10^6 bytes) per second of wall time, and per second \
            of the process's CPU time ("MB/cpu-s"): on a machine shared with other jobs, the CPU \
            figure of a one-core stage is the steadier measure of per-core throughput.
            """)

    enum CorpusChoice: String, ExpressibleByArgument, CaseIterable { case generated, seed, both }

    @Option(help: "Size of each in-memory corpus in MB of UTF-8 text.")
    var megabytes: Double = 50

    @Option(help: "Which corpora to measure: generated, seed or both.")
    var corpus: CorpusChoice = .both

    @Option(help: "Seed of the generated corpus (and of the seed page's variations).")
    var seed: UInt64 = 1

    @Option(name: .customLong("seed-page"), help: "A real page repeated with variations as the second corpus.")
    var seedPage: String = "seeds/000_161e017c32092756.txt"

    @Option(help: "Worker count for the all-cores run (default: all active processors).")
    var workers: Int?

    @Option(name: .customLong("repeat"),
            help: "Runs of each stage; the fastest is reported (the machine's speed varies from run to run).")
    var repeatCount: Int = 5

    @Flag(help: "Print the results as JSON.")
    var json = false

    struct Row {
        var corpus: String
        var stage: String
        var cores: Int
        var bytes: Int
        var pages: Int
        var seconds: Double
        /// CPU time of the whole process during the stage (all threads).
        var cpuSeconds: Double
        var mbps: Double { Double(bytes) / 1e6 / seconds }
        /// MB per CPU-second: the per-core throughput, whatever else ran on the machine.
        var mbPerCPUSecond: Double { Double(bytes) / 1e6 / cpuSeconds }
        var pagesPerSecond: Double { Double(pages) / seconds }
    }

    func run() async throws {
        let gazetteer = try Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV)
        let extractor = Extractor(gazetteer: gazetteer)
        let target = Int(megabytes * 1e6)
        let cores = workers ?? ProcessInfo.processInfo.activeProcessorCount
        let runs = max(1, repeatCount)
        var rows: [Row] = []
        var ratios: [(String, Double)] = []

        log("allocator: \(Allocator.description)")
        var corpora: [(String, [(String, PageMetadata)])] = []
        if corpus != .seed {
            log("building generated corpus (\(megabytes) MB)…")
            corpora.append(("generated", Self.generatedCorpus(gazetteer: gazetteer, seed: seed, bytes: target)))
        }
        if corpus != .generated {
            if let data = FileManager.default.contents(atPath: seedPage) {
                log("building seed-variation corpus from \(seedPage) (\(megabytes) MB)…")
                let text = String(decoding: data, as: UTF8.self)
                corpora.append(("seed-variations", Self.seedCorpus(text, extractor: extractor, seed: seed, bytes: target)))
            } else {
                CommandIO.warning("\(seedPage) not found: seed-variation corpus skipped")
            }
        }

        for (name, pages) in corpora {
            let bytes = pages.reduce(0) { $0 + $1.0.utf8.count }
            let count = pages.count
            log("\(name): \(count) pages, \(String(format: "%.1f", Double(bytes) / 1e6)) MB")

            // 1. read + clean + split.
            var read: [Page] = []
            let tRead = Self.best(of: runs) {
                read = []
                read.reserveCapacity(count)
                for (t, m) in pages { read.append(PageReader.read(t, metadata: m)) }
            }
            rows.append(Row(corpus: name, stage: "read+clean+split", cores: 1, bytes: bytes, pages: count, seconds: tRead.wall, cpuSeconds: tRead.cpu))

            // 2. entities.
            var anchors: [[RegionAnchor]] = []
            var sink = 0
            let tEnt = Self.best(of: runs) {
                anchors = []
                anchors.reserveCapacity(count)
                for p in read {
                    let e = extractor.entityExtractor.extract(page: p)
                    sink &+= e.organizations.count
                    anchors.append(e.regionReferences.map {
                        RegionAnchor(span: $0.span, articleIndex: $0.articleIndex, code: $0.code, name: $0.name,
                                     level: $0.level.rawValue, isRelative: $0.isRelative)
                    })
                }
            }
            rows.append(Row(corpus: name, stage: "entities", cores: 1, bytes: bytes, pages: count, seconds: tEnt.wall, cpuSeconds: tEnt.cpu))

            // 3. dates + metrics (given the entities' region anchors).
            let tMet = Self.best(of: runs) {
                for (k, p) in read.enumerated() {
                    let ref = p.publication?.date
                    let dates = extractor.dateExtractor.extract(page: p, reference: ref)
                    let metrics = extractor.metricExtractor.extract(page: p, dates: dates, regions: anchors[k], reference: ref)
                    sink &+= metrics.count
                }
            }
            rows.append(Row(corpus: name, stage: "dates+metrics", cores: 1, bytes: bytes, pages: count, seconds: tMet.wall, cpuSeconds: tMet.cpu))
            read = []; anchors = []

            // 4. whole pipeline, one core.
            let tWhole = Self.best(of: runs) {
                for (t, m) in pages { sink &+= extractor.extract(PageReader.read(t, metadata: m)).metrics.count }
            }
            rows.append(Row(corpus: name, stage: "whole pipeline", cores: 1, bytes: bytes, pages: count, seconds: tWhole.wall, cpuSeconds: tWhole.cpu))

            // 5. whole pipeline, all cores (pages handed out in chunks).
            let chunk = 16
            let chunks = (count + chunk - 1) / chunk
            var allTotal = 0
            let tAll = Self.best(of: runs) {
                let counter = Counter()
                DispatchQueue.concurrentPerform(iterations: cores) { _ in
                    var local = 0
                    while true {
                        let c = counter.next()
                        if c >= chunks { break }
                        for k in (c * chunk)..<min(count, c * chunk + chunk) {
                            local &+= extractor.extract(PageReader.read(pages[k].0, metadata: pages[k].1)).metrics.count
                        }
                    }
                    counter.add(local)
                }
                allTotal &+= counter.total
            }
            sink &+= allTotal
            rows.append(Row(corpus: name, stage: "whole pipeline", cores: cores, bytes: bytes, pages: count, seconds: tAll.wall, cpuSeconds: tAll.cpu))
            ratios.append((name, tWhole.wall / tAll.wall))
            if sink == 42 { log("") }  // keeps the work observable
        }

        if json {
            var items: [String] = []
            for r in rows {
                items.append("{\"corpus\":\"\(r.corpus)\",\"stage\":\"\(r.stage)\",\"cores\":\(r.cores),\"bytes\":\(r.bytes),"
                    + "\"pages\":\(r.pages),\"seconds\":\(String(format: "%.4f", r.seconds)),"
                    + "\"cpu_seconds\":\(String(format: "%.4f", r.cpuSeconds)),"
                    + "\"mb_per_cpu_s\":\(String(format: "%.2f", r.mbPerCPUSecond)),"
                    + "\"mb_per_s\":\(String(format: "%.2f", r.mbps)),\"pages_per_s\":\(String(format: "%.1f", r.pagesPerSecond))}")
            }
            let rs = ratios.map { "\"\($0.0)\":\(String(format: "%.2f", $0.1))" }.joined(separator: ",")
            print("{\"cores\":\(cores),\"runs\":\(runs),\"allocator\":\"\(Allocator.description)\",\"results\":[\n" + items.joined(separator: ",\n") + "\n],\"all_cores_speedup\":{\(rs)}}")
        } else {
            print(Self.table(rows, ratios: ratios, cores: cores))
            print("(each figure: the fastest of \(runs) run\(runs == 1 ? "" : "s"))")
        }
    }

    func log(_ s: String) { if !json { FileHandle.standardError.write(Data(("bench-extract: " + s + "\n").utf8)) } }

    static func table(_ rows: [Row], ratios: [(String, Double)], cores: Int) -> String {
        func padR(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        func padL(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        var out = padR("corpus", 17) + padR("stage", 18) + padL("cores", 6) + padL("MB", 9) + padL("pages", 9)
            + padL("seconds", 10) + padL("MB/s", 9) + padL("pages/s", 10) + padL("cpu s", 9) + padL("MB/cpu-s", 10) + "\n"
        out += String(repeating: "-", count: 107) + "\n"
        for r in rows {
            out += padR(r.corpus, 17) + padR(r.stage, 18) + padL(String(r.cores), 6)
                + padL(String(format: "%.1f", Double(r.bytes) / 1e6), 9) + padL(String(r.pages), 9)
                + padL(String(format: "%.2f", r.seconds), 10) + padL(String(format: "%.1f", r.mbps), 9)
                + padL(String(format: "%.0f", r.pagesPerSecond), 10)
                + padL(String(format: "%.2f", r.cpuSeconds), 9) + padL(String(format: "%.1f", r.mbPerCPUSecond), 10) + "\n"
        }
        for (name, ratio) in ratios {
            out += "\(name): all cores (\(cores)) ÷ one core = \(String(format: "%.2f", ratio))×\n"
        }
        return out
    }

    /// Wall time and process CPU time of the fastest of `runs` runs of `body`, in seconds.
    static func best(of runs: Int, _ body: () -> Void) -> (wall: Double, cpu: Double) {
        var best = time(body)
        for _ in 1..<max(1, runs) {
            let t = time(body)
            if t.wall < best.wall { best = t }
        }
        return best
    }

    /// Wall time and process CPU time of `body`, in seconds.
    static func time(_ body: () -> Void) -> (wall: Double, cpu: Double) {
        let clock = ContinuousClock()
        let c0 = processCPUSeconds()
        let t0 = clock.now
        body()
        let d = clock.now - t0
        let cpu = processCPUSeconds() - c0
        return (Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18, cpu)
    }

    /// CPU time used so far by all threads of this process (`CLOCK_PROCESS_CPUTIME_ID`).
    static func processCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Generated pages until `bytes` of text.
    static func generatedCorpus(gazetteer: Gazetteer, seed: UInt64, bytes: Int) -> [(String, PageMetadata)] {
        let gen = CorpusGenerator(seed: seed, gazetteer: gazetteer)
        var out: [(String, PageMetadata)] = []
        var total = 0, n = 0
        while total < bytes {
            let p = gen.page(number: n)
            total += p.text.utf8.count; n += 1
            out.append((p.text, p.meta))
        }
        return out
    }

    /// The seed page repeated with variations: every digit run gets a different number and every
    /// region name the extractor finds on the page is swapped for another region of the same
    /// level (full name for full name, short name for short name), chosen by a seeded PRNG.
    static func seedCorpus(_ text: String, extractor: Extractor, seed: UInt64, bytes: Int) -> [(String, PageMetadata)] {
        let page = PageReader.read(text)
        let regions = extractor.entityExtractor.extract(page: page).regions
        let gz = extractor.entityExtractor.gazetteer
        let byLevel = Dictionary(grouping: gz.currentRegions.filter { $0.name.count >= 3 && $0.shortName.count >= 2 }, by: \.level)
        // Surfaces to swap, longest first.
        var surfaces: [(String, RegionLevel, Bool)] = []
        for r in regions {
            for m in r.mentions {
                let isShort = m.surface != r.name
                if !surfaces.contains(where: { $0.0 == m.surface }) { surfaces.append((m.surface, r.level, isShort)) }
            }
        }
        surfaces.sort { $0.0.count > $1.0.count }
        let base = Array(page.text.string.unicodeScalars)
        var out: [(String, PageMetadata)] = []
        var total = 0, n = 0
        while total < bytes {
            var rng = SplitMix64(seed: seed &+ 0x51ED &+ UInt64(n) &* 0x9E37_79B9)
            var swap: [[Unicode.Scalar]: [Unicode.Scalar]] = [:]
            for (surface, level, isShort) in surfaces {
                guard let pool = byLevel[level], !pool.isEmpty else { continue }
                let r = rng.pick(pool)
                swap[Array(surface.unicodeScalars)] = Array((isShort ? r.shortName : r.name).unicodeScalars)
            }
            let keys = surfaces.map { Array($0.0.unicodeScalars) }
            var v: [Unicode.Scalar] = []
            v.reserveCapacity(base.count + 64)
            var i = 0
            while i < base.count {
                let c = base[i]
                if c.value >= 0x30 && c.value <= 0x39 {
                    var j = i
                    while j < base.count && base[j].value >= 0x30 && base[j].value <= 0x39 { j += 1 }
                    let next: Unicode.Scalar? = j < base.count ? base[j] : nil
                    // Keep dates valid: years, months and days keep their digits.
                    if next == "年" || next == "月" || next == "日" {
                        v.append(contentsOf: base[i..<j])
                    } else {
                        v.append(Unicode.Scalar(UInt8(0x31 + rng.below(9))))
                        for _ in 1..<(j - i) { v.append(Unicode.Scalar(UInt8(0x30 + rng.below(10)))) }
                    }
                    i = j; continue
                }
                var swapped = false
                for k in keys where k.first == c && i + k.count <= base.count && Array(base[i..<(i + k.count)]) == k {
                    v.append(contentsOf: swap[k] ?? k); i += k.count; swapped = true; break
                }
                if !swapped { v.append(c); i += 1 }
            }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: v)
            let t = String(s)
            total += t.utf8.count; n += 1
            out.append((t, PageMetadata(source: "seed-variation", publishedOn: CivilDate(year: 2024, month: 10, day: 20))))
        }
        return out
    }
}

/// A lock-protected work counter for the all-cores run.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    private(set) var total = 0
    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value - 1 }
    func add(_ v: Int) { lock.lock(); total &+= v; lock.unlock() }
}

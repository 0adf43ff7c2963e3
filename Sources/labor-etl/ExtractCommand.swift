import ArgumentParser
import Foundation
import NewsText
import Extraction
import Entities
import Evaluation
import ReferenceData

/// `labor-etl extract`: runs the whole pipeline on page files without a database.
///
/// `--format gold-json` writes `NAME.json` per input into `--out` (default `./out`) in the
/// format of the gold annotations; `--format jsonl` writes one richer JSON object per
/// document (spans, topics, aliases, mentions) to stdout, or to the file `--out`.
/// A file that cannot be read is reported on stderr and skipped; the exit code is 1
/// when any file was rejected.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract facts from pages without a database.",
        discussion: "PATH may be a file, a folder (read recursively) or a glob pattern; .txt and .md files are read.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case goldJSON = "gold-json", jsonl
    }

    @Argument(help: "Page files, folders or glob patterns.")
    var paths: [String]

    @Option(help: "Output format: gold-json (one NAME.json per input) or jsonl (one object per line).")
    var format: Format = .goldJSON

    @Option(help: "Output folder for gold-json (default ./out); output file for jsonl (default stdout).")
    var out: String?

    @Option(help: "Source (outlet) of the pages; overrides the sidecar.")
    var source: String?

    @Option(name: .customLong("published-on"), help: "Publication date YYYY-MM-DD; overrides the sidecar.")
    var publishedOn: String?

    @Option(name: .customLong("size-limit"), help: "Largest file accepted, in bytes.")
    var sizeLimit: Int = 20_000_000

    func validate() throws {
        if let publishedOn, CivilDate(iso: publishedOn)?.day == nil {
            throw ValidationError("--published-on must be YYYY-MM-DD, got \(publishedOn)")
        }
    }

    func run() async throws {
        let overrides = PageMetadata(source: source, publishedOn: publishedOn.flatMap { CivilDate(iso: $0) })
        let extractor = Extractor(gazetteer: try Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV))
        let pipeline = Pipeline(extractor: extractor, reader: DocumentReader(sizeLimit: sizeLimit), overrides: overrides)
        let (files, missing) = InputDiscovery.discoverAll(paths)
        var rejected = missing.count
        for e in missing { CommandIO.error(e.description) }

        var jsonlLines: [String] = []
        let outDir = out ?? "out"
        for file in files {
            let processed: ProcessedDocument
            do { processed = try pipeline.process(file) } catch {
                CommandIO.error(error.description); rejected += 1; continue
            }
            switch format {
            case .goldJSON:
                let json = GoldExport.json(fileName: file.fileName, page: processed.page, result: processed.result)
                let rel = relativeOutputName(file)
                let path = outDir + "/" + rel
                do { try CommandIO.write(json.render(pretty: true) + "\n", to: path) } catch {
                    CommandIO.error("\(path): cannot write (\(error))"); rejected += 1
                }
            case .jsonl:
                let line = RichExport.json(document: processed.document, page: processed.page, result: processed.result).render()
                if out == nil { print(line) } else { jsonlLines.append(line) }
            }
        }
        if format == .jsonl, let out {
            do { try CommandIO.write(jsonlLines.map { $0 + "\n" }.joined(), to: out) } catch {
                CommandIO.error("\(out): cannot write (\(error))"); throw CLIFailure(status: .someRejected, message: "")
            }
        }
        if rejected > 0 {
            throw CLIFailure(status: .someRejected, message: "\(rejected) of \(files.count + missing.count) inputs rejected")
        }
    }

    /// `sub/NAME.json` for the input `sub/NAME.txt` (relative to its argument).
    func relativeOutputName(_ file: SourceFile) -> String {
        var key = file.key.isEmpty ? file.fileName : file.key
        if let dot = key.lastIndex(of: "."), !key[dot...].contains("/") { key = String(key[..<dot]) }
        return key + ".json"
    }
}

/// Small I/O helpers shared by the commands.
enum CommandIO {
    /// Prints `error: message` on stderr.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("labor-etl: error: " + message + "\n").utf8))
    }

    /// Prints `warning: message` on stderr.
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("labor-etl: warning: " + message + "\n").utf8))
    }

    /// Writes text to a file, creating its folder.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

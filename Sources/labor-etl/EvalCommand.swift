import ArgumentParser
import Foundation
import NewsText
import Extraction
import Entities
import Evaluation
import ReferenceData

/// `labor-etl eval`: extracts every `NAME.txt` that has a `NAME.gold.json` in the gold
/// folder (or the given paths) and prints precision, recall and F1 per field,
/// micro-averaged over documents.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold annotations.",
        discussion: "Without PATH, every NAME.txt in the gold folder that has a NAME.gold.json is evaluated.")

    @Option(help: "Folder holding NAME.gold.json files (and, by default, the NAME.txt pages).")
    var gold: String

    @Argument(help: "Page files, folders or glob patterns to evaluate (default: the pages in --gold).")
    var paths: [String] = []

    @Flag(name: .customLong("show-errors"), help: "List every miss, spurious item and wrong attribute per document.")
    var showErrors = false

    @Option(name: .customLong("write-quality"), help: "Write the figures as Markdown to this file (e.g. QUALITY.md).")
    var writeQuality: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() async throws {
        let extractor = Extractor(gazetteer: try Gazetteer(regionsCSV: ReferenceData.regionsCSV, retiredCSV: ReferenceData.retiredRegionsCSV))
        let pipeline = Pipeline(extractor: extractor)
        let (files, missing) = InputDiscovery.discoverAll(paths.isEmpty ? [gold] : paths)
        var rejected = missing.count
        for e in missing { CommandIO.error(e.description) }

        var perDocument: [EvaluationReport] = []
        var total = EvaluationReport()
        for file in files {
            let goldPath = GoldPairing.goldPath(for: file, in: gold)
            guard FileManager.default.fileExists(atPath: goldPath) else {
                if !paths.isEmpty { CommandIO.warning("\(file.path): no gold file \(goldPath); skipped") }
                continue
            }
            let goldDoc: GoldDocument
            do { goldDoc = try GoldDocument.load(path: goldPath) } catch {
                CommandIO.error("\(error)"); rejected += 1; continue
            }
            let processed: ProcessedDocument
            do { processed = try pipeline.process(file) } catch {
                CommandIO.error(error.description); rejected += 1; continue
            }
            var predicted = GoldExport.document(fileName: file.fileName, page: processed.page, result: processed.result)
            predicted.doc = goldDoc.doc.isEmpty ? file.fileName : goldDoc.doc
            var report = Scorer.score(gold: goldDoc, predicted: predicted)
            report.documents = [predicted.doc]
            perDocument.append(report)
            total.merge(report)
        }
        if json {
            print(ReportFormatter.json(total, perDocument: perDocument).render(pretty: true))
        } else {
            print(ReportFormatter.text(total, showErrors: showErrors), terminator: "")
        }
        if let writeQuality {
            let md = ReportFormatter.markdown(total, perDocument: perDocument, goldDirectory: gold, version: Extractor.version)
            do { try CommandIO.write(md, to: writeQuality) } catch {
                CommandIO.error("\(writeQuality): cannot write (\(error))"); throw CLIFailure(status: .someRejected, message: "")
            }
        }
        if rejected > 0 { throw CLIFailure(status: .someRejected, message: "\(rejected) inputs rejected") }
    }
}

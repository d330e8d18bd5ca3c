import Benchmark
import Foundation
import SchoolData
import SupportRouting

// Measures `batch` on a made-up England: 22,000 schools around 400 towns, placed by British National
// Grid reference, read through Samples/datasets/riverside-area.map.yaml, with the partner search.

/// Writes the made-up dataset once, in the layout of Scripts/generate-schools.py, and answers its path.
func generatedDataset(rows: Int) -> String {
    var random = SplitMix(seed: 1)
    let towns = (0..<400).map { _ in (random.uniform(350_000, 560_000), random.uniform(100_000, 560_000)) }
    let grades = ["Outstanding", "Good", "Good", "Good", "Good", "Good", "Requires Improvement", "Inadequate", ""]
    var text = "URN,Name,Phase,Easting,Northing,OfstedGrade,LA,Region,ProgressScore,WeakAreas,PartnershipHealthy\n"
    for index in 0..<rows {
        let town = Int(random.next() % 400)
        let phase = random.next() % 10 < 8 ? "Primary" : "Secondary"
        let easting = Int(towns[town].0 + random.uniform(-9000, 9000))
        let northing = Int(towns[town].1 + random.uniform(-9000, 9000))
        let grade = grades[Int(random.next() % UInt64(grades.count))]
        let progress = String(format: "%.2f", random.uniform(-1.2, 1.2))
        text += "\(200_000 + index),School \(index),\(phase),\(easting),\(northing),\(grade),Authority \(town % 150),"
        text += "Region \(town % 9),\(progress),,yes\n"
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("support-router-bench-\(rows).csv").path
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
}

/// A small deterministic generator, so every run measures the same dataset.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) / Double(1 << 53)
    }
}

func batchBenchmarks(_ ruleSet: RuleSet) {
    let mapPath = root.appendingPathComponent("Samples/datasets/riverside-area.map.yaml").path
    guard case .success(let mapping) = MappingLoader.load(contentsOf: mapPath, ruleSet: ruleSet) else {
        fatalError("the sample mapping does not load")
    }
    let rows = 22_000
    let options = DatasetOptions(path: generatedDataset(rows: rows), mapping: mapping)
    Benchmark(
        "batch, 22,000 schools with partner search (rows per iteration: 22,000)",
        configuration: .init(metrics: [.throughput, .wallClock], maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var bytes = 0
            let summary = try BatchRouter(ruleSet: ruleSet, options: options).run(
                format: .csv, problem: { _ in }, routed: { bytes += $1.utf8.count })
            precondition(summary.routed == rows)
            blackHole(bytes)
        }
    }
}

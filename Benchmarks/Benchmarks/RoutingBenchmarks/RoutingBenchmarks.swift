import Benchmark
import Foundation
import SupportRouting
import SupportRoutingYAML

// Measures the engine on the shipped rules and samples: decisions (compiled, and the interpreted
// walk), full explanations, loading and type-checking the rules, and the exact `check`.

/// The repository's root: this file sits in Benchmarks/Benchmarks/RoutingBenchmarks/.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let rulesPath = root.appendingPathComponent("Rules/england-2008.yaml").path
let rulesText = (try? String(contentsOfFile: rulesPath, encoding: .utf8)) ?? ""

func shippedRules() -> RuleSet {
    guard case .success(let ruleSet) = RuleSetLoader.load(text: rulesText, file: rulesPath) else {
        fatalError("the shipped rules do not load")
    }
    return ruleSet
}

func sampleProfiles(_ ruleSet: RuleSet) -> [Profile] {
    let folder = root.appendingPathComponent("Samples").path
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    return names.compactMap { name in
        guard case .success(let profile) = ProfileLoader.load(contentsOf: folder + "/" + name, ruleSet: ruleSet) else {
            return nil
        }
        return profile
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal], maxDuration: .seconds(3))

    let ruleSet = shippedRules()
    let profiles = sampleProfiles(ruleSet)
    let compiled = CompiledRuleSet(ruleSet)
    let packed = profiles.map { compiled.compile($0) }

    Benchmark("decide, compiled (one decision per iteration)", configuration: .init(scalingFactor: .kilo)) {
        benchmark in
        for iteration in benchmark.scaledIterations {
            blackHole(compiled.route(for: packed[iteration % packed.count]))
        }
    }

    Benchmark("decide, interpreted walk", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for iteration in benchmark.scaledIterations {
            blackHole(ruleSet.decide(profiles[iteration % profiles.count]).routeID)
        }
    }

    Benchmark("explain, full with counterfactuals") { benchmark in
        for iteration in benchmark.scaledIterations {
            blackHole(ruleSet.explain(profiles[iteration % profiles.count]).counterfactuals.count)
        }
    }

    // The benchmarks above run one iteration per sample taken, so they explain the first sample
    // only; this one takes every sample in turn.
    Benchmark(
        "explain, full with counterfactuals, every sample in turn", configuration: .init(scalingFactor: .kilo)
    ) { benchmark in
        for iteration in benchmark.scaledIterations {
            blackHole(ruleSet.explain(profiles[iteration % profiles.count]).counterfactuals.count)
        }
    }

    Benchmark("explain, without counterfactuals") { benchmark in
        for iteration in benchmark.scaledIterations {
            blackHole(ruleSet.explain(profiles[iteration % profiles.count], counterfactuals: false).reasons.count)
        }
    }

    Benchmark("load and type-check the shipped rules") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(RuleSetLoader.load(text: rulesText, file: rulesPath))
        }
    }

    batchBenchmarks(ruleSet)

    Benchmark("check the shipped rules (exact analysis)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(RuleSetChecker.analyse(ruleSet).findings.count)
        }
    }
}

// swift-tools-version: 6.1
// Benchmarks live in their own package so the main build and CI stay lean.
// Run from this folder: swift package benchmark
import PackageDescription

let package = Package(
    name: "SupportRouterBenchmarks",
    dependencies: [
        .package(name: "support-router", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "RoutingBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SupportRouting", package: "support-router"),
                .product(name: "SupportRoutingYAML", package: "support-router"),
                .product(name: "SchoolData", package: "support-router"),
            ],
            path: "Benchmarks/RoutingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)

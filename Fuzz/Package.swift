// swift-tools-version: 6.0
// libFuzzer targets for the loaders, the condition parser, the dataset reader and the output paths, in their own package so the main
// build never needs the fuzzer runtime. Build and run them with Fuzz/run.sh.
import PackageDescription

let fuzzer: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]
let linkFuzzer: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

let package = Package(
    name: "SupportRouterFuzz",
    dependencies: [.package(name: "support-router", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzRuleSet",
            dependencies: ["FuzzDriver", .product(name: "SupportRoutingYAML", package: "support-router")],
            swiftSettings: fuzzer, linkerSettings: linkFuzzer),
        .executableTarget(
            name: "FuzzCondition",
            dependencies: ["FuzzDriver", .product(name: "SupportRouting", package: "support-router")],
            swiftSettings: fuzzer, linkerSettings: linkFuzzer),
        .executableTarget(
            name: "FuzzProfile",
            dependencies: ["FuzzDriver", .product(name: "SupportRoutingYAML", package: "support-router")],
            swiftSettings: fuzzer, linkerSettings: linkFuzzer),
        .executableTarget(
            name: "FuzzDataset",
            dependencies: [
                "FuzzDriver", .product(name: "SchoolData", package: "support-router"),
                .product(name: "SupportRoutingYAML", package: "support-router"),
            ],
            swiftSettings: fuzzer, linkerSettings: linkFuzzer),
        .executableTarget(
            name: "FuzzOutput",
            dependencies: [
                "FuzzDriver", .product(name: "FileSafety", package: "support-router"),
                .product(name: "SupportRoutingYAML", package: "support-router"),
            ],
            swiftSettings: fuzzer, linkerSettings: linkFuzzer),
    ]
)

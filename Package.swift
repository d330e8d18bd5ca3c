// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "support-router",
    products: [
        .library(name: "SupportRouting", targets: ["SupportRouting"]),
        .library(name: "SupportRoutingRendering", targets: ["SupportRoutingRendering"]),
        .library(name: "SupportRoutingYAML", targets: ["SupportRoutingYAML"]),
        .library(name: "SchoolData", targets: ["SchoolData"]),
        .library(name: "FileSafety", targets: ["FileSafety"]),
        // The rule sets in Rules/, embedded, for programs that want the shipped rules without files.
        .library(name: "ShippedRules", targets: ["ShippedRules"]),
        .executable(name: "support-router", targets: ["support-router"]),
        // The web app and JSON API, an executable of its own so its build (Hummingbird, GRDB) never
        // lands on the quick start.
        .executable(name: "support-router-server", targets: ["support-router-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // The engine: model, conditions, the walk, explanations, analysis, rule testing. Depends on nothing.
        .target(
            name: "SupportRouting",
            swiftSettings: strictSettings
        ),
        // The engine's answers for people and tools: text, Markdown, HTML, graphs, JSON schemas,
        // JUnit, SARIF and GitHub annotations.
        .target(
            name: "SupportRoutingRendering",
            dependencies: ["SupportRouting"],
            swiftSettings: strictSettings
        ),
        // The edges that touch the user's files: inputs opened only when they are regular files,
        // outputs written through devices and symlinks or replaced whole, standard streams that
        // report failures instead of trapping.
        .target(
            name: "FileSafety",
            dependencies: ["CSystemCalls"],
            swiftSettings: strictSettings
        ),
        // System calls that Swift's Glibc module does not export: starting an output's writeback early.
        .target(name: "CSystemCalls"),
        // The calling thread's stack size, which Swift's Glibc module cannot ask for.
        .target(name: "CThreadStack"),
        // Reading rule sets and profiles from YAML or JSON; the only code that imports Yams.
        .target(
            name: "SupportRoutingYAML",
            dependencies: ["SupportRouting", "FileSafety", "CThreadStack", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        // School datasets: reading CSV and JSONL through a mapping, geography, partners, batch routing.
        .target(
            name: "SchoolData",
            dependencies: ["SupportRouting", "SupportRoutingYAML", "SupportRoutingRendering", "FileSafety"],
            swiftSettings: strictSettings
        ),
        // The shipped rule set, embedded at build time so the binary works from any directory.
        .target(
            name: "ShippedRules",
            swiftSettings: strictSettings,
            plugins: ["EmbedRules"]
        ),
        .executableTarget(
            name: "EmbedRulesTool",
            path: "Plugins/EmbedRulesTool"
        ),
        .plugin(
            name: "EmbedRules",
            capability: .buildTool(),
            dependencies: ["EmbedRulesTool"]
        ),
        .executableTarget(
            name: "support-router",
            dependencies: [
                "SupportRouting", "SupportRoutingRendering", "SupportRoutingYAML", "SchoolData", "ShippedRules",
                "FileSafety", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // The server: the API, the pages and the decision records, on Hummingbird and GRDB.
        .target(
            name: "SupportRouterServer",
            dependencies: [
                "SupportRouting", "SupportRoutingRendering", "SupportRoutingYAML", "SchoolData", "ShippedRules",
                "FileSafety", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "support-router-server",
            dependencies: [
                "SupportRouterServer", "SupportRouting", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SupportRouterServerTests",
            dependencies: [
                "SupportRouterServer", "SupportRouting", "SupportRoutingRendering", "ShippedRules",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SupportRoutingTests",
            dependencies: [
                "SupportRouting", "SupportRoutingRendering", "SupportRoutingYAML", "SchoolData", "ShippedRules",
                "FileSafety", "support-router",
            ],
            exclude: ["Golden", "Inputs"],
            swiftSettings: strictSettings
        ),
    ]
)

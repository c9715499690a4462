// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for every reader of the tool, in a package of their own so that
/// `swift build` and `make test` of the main package never compile them. `make fuzz` builds
/// them with `-sanitize=fuzzer,address` and runs each from its seeds in Tests/FuzzCorpus.
let package = Package(
    name: "yearbook-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "yearbook", path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .target(name: "FuzzSupport", dependencies: [
            "FuzzDriver",
            .product(name: "YearbookData", package: "yearbook"),
            .product(name: "Workbooks", package: "yearbook"),
            .product(name: "ChartLayout", package: "yearbook"),
            .product(name: "TestSupport", package: "yearbook"),
        ]),
        .executableTarget(name: "fuzz-text", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-xlsx", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-xlsx-parts", dependencies: ["FuzzSupport", "ZIPFoundation"]),
        .executableTarget(name: "fuzz-xls", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-html", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-chart", dependencies: [
            "FuzzSupport", .product(name: "ChartSpec", package: "yearbook"), .product(name: "CairoBackend", package: "yearbook"),
        ]),
    ]
)

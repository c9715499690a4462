// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "yearbook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "yearbook", targets: ["yearbook"]),
        // For other Swift packages: loading every table format; the chart model and layout; the
        // Cairo renderer; and one umbrella that also saves a chart in one call.
        .library(name: "YearbookData", targets: ["YearbookData", "Workbooks"]),
        .library(name: "YearbookCharts", targets: ["ChartScene", "ChartScales", "ChartLayout", "ChartSpec"]),
        .library(name: "YearbookCairo", targets: ["CairoBackend"]),
        .library(name: "Yearbook", targets: ["YearbookKit"]),
        // For the fuzz targets in Fuzz/, a package of its own that the normal build never compiles.
        .library(name: "Workbooks", targets: ["Workbooks"]),
        .library(name: "ChartLayout", targets: ["ChartLayout"]),
        .library(name: "ChartSpec", targets: ["ChartSpec"]),
        .library(name: "TestSupport", targets: ["TestSupport"]),
        .library(name: "CairoBackend", targets: ["CairoBackend"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Documentation only: `swift package generate-documentation --target YearbookKit`.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(name: "YearbookData", dependencies: [.target(name: "CMalloc", condition: .when(platforms: [.linux]))]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "Workbooks", dependencies: ["YearbookData", "CLibXML2", "ZIPFoundation"]),
        .target(name: "ChartScene"),
        .target(name: "ChartLayout", dependencies: ["ChartScene", "ChartScales", "YearbookData"]),
        .target(name: "TestSupport", dependencies: ["ChartScene"]),
        .target(name: "ChartSpec", dependencies: ["ChartLayout", "ChartScene", "YearbookData", "Yams"]),
        .target(name: "ChartBatch", dependencies: ["ChartSpec", "ChartLayout", "ChartScene", "CairoBackend", "YearbookData", "Workbooks"]),
        .target(name: "ChartScales"),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo pangoft2 fontconfig cairo-pdf cairo-svg cairo-png",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(name: "CLibDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // The functions of Cairo, Pango and fontconfig the package calls, loading them on first use.
        .target(name: "CDrawingLibraries", dependencies: ["CCairo"]),
        .target(name: "CairoBackend", dependencies: ["ChartScene", "CCairo", "CDrawingLibraries", "CLibDeflate"]),
        .target(name: "YearbookKit", dependencies: ["YearbookData", "Workbooks", "ChartScene", "ChartLayout", "ChartSpec", "CairoBackend"]),
        .executableTarget(
            name: "yearbook",
            dependencies: [
                "YearbookData", "ChartScene", "ChartLayout", "CairoBackend", "ChartSpec", "ChartBatch", "Workbooks", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YearbookDataTests", dependencies: ["YearbookData", "TestSupport"]),
        .testTarget(name: "WorkbooksTests", dependencies: ["Workbooks", "YearbookData", "ZIPFoundation", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ChartScalesTests", dependencies: [
            "ChartScales", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "CCairoTests", dependencies: ["CCairo"]),
        .testTarget(name: "ChartSpecTests", dependencies: ["ChartSpec", "ChartLayout", "ChartScene", "YearbookData", "TestSupport"]),
        .testTarget(name: "ChartLayoutTests", dependencies: [
            "ChartLayout", "TestSupport", "YearbookData", "ChartScene", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "CairoBackendTests", dependencies: ["CairoBackend", "ChartScene", "CCairo"]),
        .testTarget(name: "YearbookCLITests", dependencies: ["yearbook"]),
        .testTarget(name: "YearbookKitTests", dependencies: ["YearbookKit"]),
        .testTarget(name: "ChartBatchTests", dependencies: ["ChartBatch", "ChartScene", "ChartSpec", "YearbookData"]),
    ]
)

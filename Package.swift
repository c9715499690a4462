// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "yearbook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "yearbook", targets: ["yearbook"]),
        .library(name: "YearbookData", targets: ["YearbookData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "YearbookData"),
        .target(name: "ChartScene"),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo cairo-pdf cairo-svg cairo-png",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .executableTarget(
            name: "yearbook",
            dependencies: [
                "YearbookData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YearbookDataTests", dependencies: ["YearbookData"]),
        .testTarget(name: "CCairoTests", dependencies: ["CCairo"]),
        .testTarget(name: "YearbookCLITests", dependencies: ["yearbook"]),
    ]
)

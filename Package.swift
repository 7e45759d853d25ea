// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "diaoyan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "diaoyan-normalizer", targets: ["NormalizerMain"]),
        .executable(name: "diaoyan-extractor", targets: ["ExtractorMain"]),
        .executable(name: "diaoyan-aggregator", targets: ["AggregatorMain"]),
        .executable(name: "diaoyan", targets: ["ClientMain"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.0"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.0"),
    ],
    targets: [
        // Shared libraries.
        .target(
            name: "DiaoyanModels",
            path: "Shared/Models",
            exclude: ["ExtractionRecord.schema.json", "validate_records.py"]
        ),
        .target(
            name: "DiaoyanText",
            dependencies: ["DiaoyanModels", "DiaoyanTextKernels"],
            path: "Shared/Text",
            exclude: ["Scripts"],
            resources: [.copy("Resources")]
        ),
        // MinHash's mixes eight permutations a vector where the processor has AVX-512: C, since Swift compiles a
        // function for the binary's instruction set only.
        .target(name: "DiaoyanTextKernels", path: "Shared/TextKernels"),
        // The learned tagger's arithmetic is built optimized in debug builds too: unoptimized, its SIMD kernels run
        // some fifty times slower, and the debug test suites extract thousands of documents.
        .target(
            name: "DiaoyanTagging",
            dependencies: ["DiaoyanText"],
            path: "Shared/Tagging",
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .target(name: "DiaoyanEvaluation", path: "Shared/Evaluation"),
        .target(
            name: "DiaoyanCorpus",
            dependencies: ["DiaoyanModels", "DiaoyanText", "DiaoyanNormalization"],
            path: "Shared/Corpus"
        ),
        .target(
            name: "DiaoyanWire",
            dependencies: [
                "DiaoyanModels", "DiaoyanObservability",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Shared/Wire"
        ),
        .target(
            name: "DiaoyanObservability",
            dependencies: [
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Shared/Observability"
        ),
        .target(
            name: "DiaoyanRuntime",
            dependencies: [
                "DiaoyanWire", "DiaoyanObservability",
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Shared/Runtime"
        ),
        .target(
            name: "DiaoyanSQLite",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            path: "Shared/SQLite"
        ),

        // Text pipelines: pure libraries (no NIO, no GRDB), shared by the services, the CLI and the fuzzer.
        .target(
            name: "DiaoyanNormalization",
            dependencies: [
                "DiaoyanModels", "DiaoyanText",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Services/Normalizer/Normalization"
        ),
        .target(
            name: "DiaoyanExtraction",
            dependencies: ["DiaoyanModels", "DiaoyanText", "DiaoyanTagging"],
            path: "Services/Extractor/Extraction"
        ),

        // Service hosts: ports, outbox, puller, store; a thin executable in Main.
        .target(
            name: "NormalizerService",
            dependencies: [
                "DiaoyanObservability", .product(name: "Metrics", package: "swift-metrics"),
                "DiaoyanModels", "DiaoyanNormalization", "DiaoyanWire", "DiaoyanRuntime", "DiaoyanSQLite",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Services/Normalizer/Service"
        ),
        .executableTarget(
            name: "NormalizerMain",
            dependencies: [
                "NormalizerService", "DiaoyanWire", "DiaoyanRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Services/Normalizer/Main"
        ),
        .target(
            name: "ExtractorService",
            dependencies: [
                "DiaoyanObservability", .product(name: "Metrics", package: "swift-metrics"),
                "DiaoyanModels", "DiaoyanExtraction", "DiaoyanWire",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Services/Extractor/Service"
        ),
        .executableTarget(
            name: "ExtractorMain",
            dependencies: [
                "ExtractorService", "DiaoyanExtraction", "DiaoyanWire", "DiaoyanRuntime", "DiaoyanObservability",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Services/Extractor/Main"
        ),
        .target(
            name: "AggregatorService",
            dependencies: [
                "DiaoyanObservability", .product(name: "Metrics", package: "swift-metrics"),
                "DiaoyanModels", "DiaoyanText", "DiaoyanWire", "DiaoyanRuntime", "DiaoyanSQLite",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Services/Aggregator/Service"
        ),
        .executableTarget(
            name: "AggregatorMain",
            dependencies: [
                "AggregatorService", "DiaoyanWire", "DiaoyanRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Services/Aggregator/Main"
        ),
        .target(
            name: "ClientCore",
            dependencies: [
                "DiaoyanModels", "DiaoyanWire", "DiaoyanRuntime",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Services/Client/Core"
        ),
        .executableTarget(
            name: "ClientMain",
            dependencies: [
                "AggregatorService", "ClientCore", "DiaoyanEvaluation", "DiaoyanModels", "DiaoyanWire", "DiaoyanRuntime", "DiaoyanText",
                "DiaoyanCorpus", "DiaoyanNormalization", "DiaoyanExtraction", "DiaoyanTagging",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Services/Client/Main"
        ),

        // Tests.
        .target(
            name: "TestSupport",
            dependencies: [
                "DiaoyanEvaluation", "DiaoyanText", "DiaoyanWire",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "DiaoyanWireTests",
            dependencies: [
                "ClientCore", "DiaoyanWire", "DiaoyanModels", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(name: "DiaoyanModelsTests", dependencies: ["DiaoyanModels"]),
        .testTarget(name: "DiaoyanTextTests", dependencies: ["DiaoyanText", "DiaoyanTagging", "DiaoyanModels"]),
        .testTarget(
            name: "DiaoyanNormalizationTests",
            dependencies: ["DiaoyanNormalization", "DiaoyanModels", "DiaoyanText", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "NormalizerServiceTests",
            dependencies: [
                "NormalizerService", "DiaoyanNormalization", "DiaoyanModels", "DiaoyanSQLite", "DiaoyanWire",
                "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "DiaoyanExtractionTests",
            dependencies: [
                "DiaoyanEvaluation", "DiaoyanExtraction", "DiaoyanNormalization", "DiaoyanModels", "DiaoyanText",
                "TestSupport",
            ],
            exclude: ["Articles", "DateCases", "HeldOut", "HeldOut2", "HeldOut3", "HeldOut4", "SeedGold"]
        ),
        .testTarget(
            name: "AggregatorServiceTests",
            dependencies: [
                "AggregatorService", "DiaoyanModels", "DiaoyanText", "DiaoyanWire", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "DiaoyanSQLiteTests",
            dependencies: ["DiaoyanSQLite", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "ClientCoreTests", dependencies: ["ClientCore", "DiaoyanModels"]),
        .testTarget(
            name: "DiaoyanCorpusTests",
            dependencies: [
                "DiaoyanCorpus", "DiaoyanEvaluation", "DiaoyanExtraction", "DiaoyanNormalization", "DiaoyanModels",
            ]
        ),
        .testTarget(
            name: "DeployTests",
            dependencies: [
                "ClientCore", "DiaoyanModels", "DiaoyanObservability", "DiaoyanWire", "TestSupport",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "ClientCore", "DiaoyanModels", "DiaoyanText", "DiaoyanWire", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Articles"]
        ),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    if Context.environment["DIAOYAN_FUZZ"] != nil {
        // Coverage instrumentation for libFuzzer in every module of ours, so it can steer into the text code.
        settings.append(.unsafeFlags(["-sanitize=fuzzer"]))
    }
    target.swiftSettings = settings
}

// The libFuzzer targets (`DIAOYAN_FUZZ=1 swift build --product text-fuzzer …` or `wire-fuzzer`, see README.md),
// kept out of ordinary builds because they have no `main` of their own.
if Context.environment["DIAOYAN_FUZZ"] != nil {
    package.products.append(.executable(name: "text-fuzzer", targets: ["TextFuzzer"]))
    package.targets.append(
        .executableTarget(
            name: "TextFuzzer",
            dependencies: ["DiaoyanNormalization", "DiaoyanExtraction", "DiaoyanModels"],
            path: "Tests/Fuzz/TextFuzzer",
            swiftSettings: [.unsafeFlags(["-sanitize=fuzzer", "-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        )
    )
    package.products.append(.executable(name: "wire-fuzzer", targets: ["WireFuzzer"]))
    package.targets.append(
        .executableTarget(
            name: "WireFuzzer",
            dependencies: [
                "DiaoyanWire", "DiaoyanModels",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            path: "Tests/Fuzz/WireFuzzer",
            swiftSettings: [.unsafeFlags(["-sanitize=fuzzer", "-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        )
    )
}

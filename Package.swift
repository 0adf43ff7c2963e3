// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "LaborETL",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "labor-etl", targets: ["labor-etl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libpq, through the Debian package libpq-dev (pkg-config finds the headers).
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        // glibc's malloc.h (mallopt, malloc_trim): allocator settings; empty elsewhere.
        .systemLibrary(name: "CMalloc"),
        // jemalloc, the executable's allocator (Debian package libjemalloc-dev).
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"]), .brew(["jemalloc"])]
        ),
        // The only code that calls libpq.
        .target(
            name: "Postgres",
            dependencies: ["CLibPQ", .product(name: "Logging", package: "swift-log")]
        ),
        // The self-managed PostgreSQL under ./.labor-etl (initdb, pg_ctl; no libpq).
        .target(name: "LocalCluster"),
        // Helpers for tests that need a real database (a fresh one per test).
        .target(name: "TestSupport", dependencies: ["Postgres", "LocalCluster"], path: "Tests/TestSupport"),
        // Bytes → text, cleaning, page → articles → sentences, spans.
        .target(
            name: "NewsText",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // The administrative-division tables shipped with the program (CSV resources).
        // The administrative-division tables shipped with the program, embedded in the
        // binary (generated from the CSV files beside them by scripts/embed-resources).
        .target(name: "ReferenceData", exclude: ["regions.csv", "regions_retired.csv", "NOTICE.md"]),
        // Numbers, measure words, dates and metrics (pure: text in, facts out).
        .target(name: "Metrics", dependencies: ["NewsText"]),
        // Gazetteer, regions, organizations, people, policies, events (pure).
        .target(name: "Entities", dependencies: ["NewsText"]),
        // The extraction façade: runs entities, dates and metrics over a page.
        .target(name: "Extraction", dependencies: ["NewsText", "Metrics", "Entities"]),
        // Deterministic synthetic pages with the structure and density of real ones (benchmarks).
        .target(name: "SyntheticCorpus", dependencies: ["NewsText", "Entities"]),
        // Gold-format export and precision/recall scoring.
        .target(name: "Evaluation", dependencies: ["NewsText", "Extraction"]),
        // Migrations, loader, runs, report queries.
        .target(
            name: "Warehouse",
            dependencies: [
                "Postgres", "NewsText", "Extraction", "ReferenceData", "CMalloc",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "labor-etl",
            dependencies: [
                "Postgres", "LocalCluster", "NewsText", "Entities", "Extraction", "Evaluation", "Warehouse", "ReferenceData",
                "SyntheticCorpus", "CMalloc", .target(name: "CJemalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "LocalCluster", "TestSupport"]),
        .testTarget(name: "NewsTextTests", dependencies: ["NewsText"]),
        .testTarget(name: "MetricsTests", dependencies: ["Metrics", "NewsText"]),
        .testTarget(name: "EntitiesTests", dependencies: ["Entities", "NewsText", "ReferenceData"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Extraction", "NewsText", "ReferenceData"]),
        .testTarget(name: "WarehouseTests", dependencies: ["Warehouse", "Postgres", "TestSupport", "NewsText", "Extraction", "ReferenceData"]),
        .testTarget(name: "SyntheticCorpusTests", dependencies: ["SyntheticCorpus", "Extraction", "NewsText", "Entities", "ReferenceData"]),
        .testTarget(name: "CLITests", dependencies: ["labor-etl", "TestSupport", "LocalCluster"]),
    ]
)

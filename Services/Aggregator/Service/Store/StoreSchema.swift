import Foundation

/// The aggregator's schema as versioned migrations, the same on SQLite and PostgreSQL (types per
/// ``SQLDialect/definitions(_:)``), applied in order when a store opens (``StoreMigrator``).
///
/// `v1` and `v2` are the schema of earlier releases, kept verbatim so a file they wrote migrates. `v3` (stories,
/// projects across articles, money by project) replaces every fact table and rebuilds the facts from the records
/// the file holds (``FactWriter``): nothing derived is lost, only the records are the source of truth. Records
/// stored before `v3` came without a ``RecordContext``, so they keep headline stories and story-level money.
///
/// ```
/// documents(id PK, source, title, published, month, story, record, stored_at, signature,
///     path, code, province, city, county, park, number)    one row per record; the path… columns: the story's place;
///                                                          number (v9): storing order, the `doc` of the tables below
/// story_roots(number PK, doc, story, signature)           each signed story root, with its document's story and
///                                                          signature (v11)
/// story_bands(key, number)                                 the MinHash LSH band keys of each signed story root
/// story_bands_recent(key, number)                          the same, of the latest stories (v8)
/// story_bands_middle(key, number)                          the same, of the stories before them (v14)
/// places(doc, path, code, level, province, city, county, park)
/// projects(id PK, key, rkey, name, path, code, level, province, city, county, park, stage, stage_date)   v13: key indexes hold the path;
///                                                          v18: one, of the reversed keys
/// reports(doc, idx, project, name, stage, date, path, organization)     one project as one article told it
/// project_industries(project, industry) · quantities(project, doc, unit, value)
/// persons(doc, name, role) · organizations(doc, name) · industries(doc, industry)
/// events(doc, idx, story, key, type, date, month) · amounts(doc, idx, project, currency, value)
/// story_band_filter(id PK, root, capacity, count, words, sketch_numbers, sketch_words)   v16, SQLite only: the
///                                                          band filter as of root `root` (``StoryBandFilter``)
/// tally_items(item PK, members)
/// tally_key_totals(dimension, key, unit, documents_count, …, capacity_sum, …)   v12; tally_totals(metric, dimension,
///                                                          key, unit, count, sum) before
/// pending(seq, id, record, context, stored_at)              PostgreSQL only (v5); SQLite keeps it in its inbox file
/// ```
enum StoreSchema {
    /// One version of the schema: its name in the migrations table and what it does.
    struct Migration: Sendable {
        var identifier: String
        var apply: @Sendable (any SQLSession) throws -> Void
    }

    /// Every migration, oldest first.
    static let migrations: [Migration] = [
        Migration(identifier: "v1") { try Self.run(Self.version1, on: $0) },
        Migration(identifier: "v2") { try Self.run(Self.version2, on: $0) },
        Migration(identifier: "v3") { session in
            try Self.run(Self.version3, on: session)
            // The rebuild writes the tallies as this release keeps them (`v6`), not as `v3` defined them.
            try Self.run(TallyItems.definition, on: session)
            // And the facts keyed by document numbers (`v9`), the totals a row per key (`v12`).
            try Self.run(Self.version9, on: session)
            try Self.run(TallyTotals.definition, on: session)
            try FactWriter.rebuild(session)
        },
        Migration(identifier: "v4") { session in
            try Self.run(Self.version4, on: session)
            // PostgreSQL keeps a row where it was updated last, so one metric's totals end up spread over the whole
            // table: an index holding every column lets a statistic read them in order without visiting it.
            if session.dialect == .postgres {
                try session.execute(
                    "CREATE INDEX tally_totals_read ON tally_totals (metric, dimension) INCLUDE (key, unit, count, sum)",
                    []
                )
            }
        },
        // Records accepted and not folded yet (``PendingRecords``): in the database on PostgreSQL, in the inbox file
        // beside the store on SQLite, so the store's file has nothing to add.
        Migration(identifier: "v5") { session in
            if session.dialect == .postgres { try Self.run(PendingRecords.definition, on: session) }
        },
        // A row per counted item instead of a row per member (``TallyItems``): a commit writes a few rows a record.
        Migration(identifier: "v6") { session in
            try Self.run(TallyItems.definition, on: session)
            try TallyItems.convertRows(session)
        },
        Migration(identifier: "v7") { session in
            try Self.run(Self.version7, on: session)
            // Without statistics of the new tables PostgreSQL joined them badly until autovacuum came by: 84
            // records/s for the first 2,000 into a migrated store of 100,000, 343 after.
            if session.dialect == .postgres { try Self.run("ANALYZE story_roots; ANALYZE story_bands", on: session) }
        },
        // The band keys of the latest stories in a small table of their own (``StoryLinker``); a store migrated
        // keeps the ones it has in `story_bands`.
        Migration(identifier: "v8") { session in try Self.run(Self.version8, on: session) },
        // Fact tables keyed by a document's number instead of its 64-character id. A file that went through `v3`'s
        // rebuild in this release has them already (the rebuild writes facts as this release does).
        Migration(identifier: "v9") { session in
            if try !Self.hasDocumentNumbers(session) { try Self.run(Self.version9, on: session) }
        },
        // A story's tally items named after its number instead of its id (``StoryItems``): new stories' items go
        // in at one place of `tally_items` instead of at random leaves.
        Migration(identifier: "v10") { session in try StoryItems.renameStored(session) },
        // A story root's story and signature beside it (``StoryLinker``): a fold reads its candidates without the
        // documents' rows, one random page each (some 15,000 a fold of 512 at 20,000 stored).
        Migration(identifier: "v11") { session in try Self.run(Self.version11, on: session) },
        // The totals a row per (dimension, key, unit) with a column per metric (``TallyTotals``): a fold upserts
        // some 40 % of the rows it did with a row per metric.
        Migration(identifier: "v12") { session in try Self.run(TallyTotals.migration, on: session) },
        // The projects' key indexes hold each project's place (``ProjectCandidateFilter``): a fold reads the keys and
        // places of its candidates from them alone, and the rows only of the projects a report may join.
        Migration(identifier: "v13") { session in try Self.run(Self.version13, on: session) },
        // A middle tree of band keys between the recent ones and `story_bands` (``StoryLinker/largeEvery``): a merge
        // of the recent keys rewrote the whole large tree. A store migrated keeps its keys where they are.
        Migration(identifier: "v14") { session in try Self.run(Self.version14, on: session) },
        // Indexes a fold writes at places set by a value and no statistic reads on SQLite (``version15``).
        // PostgreSQL keeps them: its planner, which has statistics, was not checked statement by statement.
        Migration(identifier: "v15") { session in
            if session.dialect == .sqlite { try Self.run(Self.version15, on: session) }
        },
        // The band filter kept in the file (``StoryBandFilter``, `StoryBandFilter+Stored`), built here from the
        // tables: a process starting on a large store reads it (0.4 s of CPU a process at 100,000 records built).
        // SQLite only: PostgreSQL has no band filter.
        Migration(identifier: "v16") { session in
            guard session.dialect == .sqlite, let session = session as? GRDBSession else { return }
            try Self.run(StoryBandFilter.definition, on: session)
            var filter = try StoryBandFilter.build(session, version: 0)
            try filter.save(session)
        },
        // Five of the nine indexes `v15` dropped on SQLite, dropped on PostgreSQL too: its planner reads none of
        // them (``version17``).
        Migration(identifier: "v17") { session in
            if session.dialect == .postgres { try Self.run(Self.version17, on: session) }
        },
        // One key index of the projects instead of two: a whole key is looked up as its reversal
        // (``ProjectNameKey/reversed(_:)``) in the reversed keys' index, which no longer repeats the key (``version18``).
        Migration(identifier: "v18") { session in try Self.run(Self.version18, on: session) },
    ]

    /// Whether `documents` has its `number` column (``version9``) already.
    static func hasDocumentNumbers(_ session: any SQLSession) throws -> Bool {
        let sql =
            switch session.dialect {
            case .sqlite: "SELECT count(*) AS found FROM pragma_table_info('documents') WHERE name = 'number'"
            case .postgres:
                """
                SELECT count(*) AS found FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = 'documents' AND column_name = 'number'
                """
            }
        return try (session.rows(sql, []).first?.integer("found") ?? 0) > 0
    }

    /// Runs each `;`-separated statement of `script`, in the session's types.
    static func run(_ script: String, on session: any SQLSession) throws {
        for statement in session.dialect.definitions(script).split(separator: ";") {
            let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { try session.execute(trimmed, []) }
        }
    }

    /// The first release's tables.
    static let version1 = """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, published TEXT, month TEXT,
            story TEXT NOT NULL, record BLOB NOT NULL, stored_at INTEGER NOT NULL);
        CREATE TABLE places (doc TEXT NOT NULL, path TEXT NOT NULL, code TEXT, province TEXT, city TEXT,
            county TEXT, park TEXT);
        CREATE TABLE projects (doc TEXT NOT NULL, idx INTEGER NOT NULL, name TEXT NOT NULL,
            key TEXT NOT NULL, stage TEXT NOT NULL, path TEXT, province TEXT, city TEXT, county TEXT,
            park TEXT, organization TEXT, date TEXT, PRIMARY KEY (doc, idx));
        CREATE TABLE project_industries (doc TEXT NOT NULL, idx INTEGER NOT NULL, industry TEXT NOT NULL);
        CREATE TABLE quantities (doc TEXT NOT NULL, idx INTEGER NOT NULL, unit TEXT NOT NULL,
            value REAL NOT NULL);
        CREATE TABLE persons (doc TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL);
        CREATE TABLE organizations (doc TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE industries (doc TEXT NOT NULL, industry TEXT NOT NULL);
        CREATE TABLE events (doc TEXT NOT NULL, idx INTEGER NOT NULL, type TEXT NOT NULL, date TEXT,
            month TEXT);
        CREATE TABLE amounts (doc TEXT NOT NULL, currency TEXT NOT NULL, value REAL NOT NULL);
        CREATE INDEX places_doc ON places(doc);
        CREATE INDEX projects_key ON projects(key);
        CREATE INDEX project_industries_doc ON project_industries(doc, idx);
        CREATE INDEX quantities_doc ON quantities(doc, idx);
        CREATE INDEX persons_doc ON persons(doc);
        CREATE INDEX persons_name ON persons(name, role);
        CREATE INDEX organizations_doc ON organizations(doc);
        CREATE INDEX industries_doc ON industries(doc);
        CREATE INDEX events_doc ON events(doc);
        CREATE INDEX amounts_doc ON amounts(doc);
        CREATE INDEX documents_published ON documents(published);
        """

    /// Record schema 2: places carry their code and level, a project's place says where it came from.
    static let version2 = """
        ALTER TABLE places ADD COLUMN level TEXT;
        ALTER TABLE projects ADD COLUMN code TEXT;
        ALTER TABLE projects ADD COLUMN level TEXT;
        ALTER TABLE projects ADD COLUMN place_from TEXT;
        """

    /// Stories by MinHash, projects across articles, money by project; every index a single-dimension statistic
    /// reads covers its columns, so a grouped count scans one index.
    static let version3 = """
        DROP TABLE places; DROP TABLE projects; DROP TABLE project_industries; DROP TABLE quantities;
        DROP TABLE persons; DROP TABLE organizations; DROP TABLE industries; DROP TABLE events; DROP TABLE amounts;
        ALTER TABLE documents ADD COLUMN signature BLOB;
        ALTER TABLE documents ADD COLUMN path TEXT;
        ALTER TABLE documents ADD COLUMN code TEXT;
        ALTER TABLE documents ADD COLUMN province TEXT;
        ALTER TABLE documents ADD COLUMN city TEXT;
        ALTER TABLE documents ADD COLUMN county TEXT;
        ALTER TABLE documents ADD COLUMN park TEXT;
        CREATE TABLE story_bands (key INTEGER NOT NULL, doc TEXT NOT NULL);
        CREATE TABLE places (doc TEXT NOT NULL, path TEXT NOT NULL, code TEXT, level TEXT, province TEXT,
            city TEXT, county TEXT, park TEXT);
        CREATE TABLE projects (id INTEGER PRIMARY KEY, key TEXT NOT NULL, rkey TEXT NOT NULL, name TEXT NOT NULL,
            path TEXT, code TEXT, level TEXT, province TEXT, city TEXT, county TEXT, park TEXT, stage TEXT,
            stage_date TEXT);
        CREATE TABLE reports (doc TEXT NOT NULL, idx INTEGER NOT NULL, project INTEGER NOT NULL, name TEXT NOT NULL,
            stage TEXT NOT NULL, date TEXT, path TEXT, code TEXT, level TEXT, park TEXT, organization TEXT,
            PRIMARY KEY (doc, idx));
        CREATE TABLE project_industries (project INTEGER NOT NULL, industry TEXT NOT NULL,
            PRIMARY KEY (project, industry));
        CREATE TABLE quantities (project INTEGER NOT NULL, doc TEXT NOT NULL, unit TEXT NOT NULL, value REAL NOT NULL);
        CREATE TABLE persons (doc TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL);
        CREATE TABLE organizations (doc TEXT NOT NULL, name TEXT NOT NULL);
        CREATE TABLE industries (doc TEXT NOT NULL, industry TEXT NOT NULL);
        CREATE TABLE events (doc TEXT NOT NULL, idx INTEGER NOT NULL, story TEXT NOT NULL, key TEXT NOT NULL,
            type TEXT NOT NULL, date TEXT, month TEXT);
        CREATE TABLE amounts (doc TEXT NOT NULL, idx INTEGER NOT NULL, project INTEGER, currency TEXT NOT NULL,
            value REAL NOT NULL);
        CREATE TABLE tallies (metric TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL, unit TEXT NOT NULL,
            item TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (metric, dimension, key, unit, item)) WITHOUT ROWID;
        CREATE TABLE tally_totals (metric TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL, unit TEXT NOT NULL,
            count INTEGER NOT NULL, sum REAL NOT NULL, PRIMARY KEY (metric, dimension, key, unit));
        CREATE INDEX tallies_item ON tallies(item, metric);
        CREATE INDEX documents_story ON documents(story);
        CREATE INDEX documents_month ON documents(month, id);
        CREATE INDEX documents_source ON documents(source, id);
        CREATE INDEX story_bands_key ON story_bands(key);
        CREATE INDEX places_doc ON places(doc);
        CREATE INDEX places_province ON places(province, doc);
        CREATE INDEX places_city ON places(city, doc);
        CREATE INDEX places_county ON places(county, doc);
        CREATE INDEX places_park ON places(park, doc);
        CREATE INDEX places_path ON places(path, doc);
        CREATE INDEX places_code ON places(code, doc);
        CREATE INDEX projects_key ON projects(key);
        CREATE INDEX projects_rkey ON projects(rkey);
        CREATE INDEX projects_province ON projects(province, id);
        CREATE INDEX projects_city ON projects(city, id);
        CREATE INDEX projects_county ON projects(county, id);
        CREATE INDEX projects_park ON projects(park, id);
        CREATE INDEX projects_stage ON projects(stage, id);
        CREATE INDEX reports_project ON reports(project, doc);
        CREATE INDEX reports_doc ON reports(doc, project, stage);
        CREATE INDEX project_industries_industry ON project_industries(industry, project);
        CREATE INDEX quantities_project ON quantities(project, unit, value);
        CREATE INDEX persons_doc ON persons(doc, role, name);
        CREATE INDEX persons_name ON persons(role, name, doc);
        CREATE INDEX organizations_doc ON organizations(doc);
        CREATE INDEX organizations_name ON organizations(name, doc);
        CREATE INDEX industries_doc ON industries(doc);
        CREATE INDEX industries_industry ON industries(industry, doc);
        CREATE INDEX events_doc ON events(doc);
        CREATE INDEX events_month ON events(month, story, key);
        CREATE INDEX amounts_doc ON amounts(doc);
        CREATE INDEX amounts_project ON amounts(project, currency, value);
        """

    /// Commits written a batch at a time: a tally member is keyed by its item first, so one item's members sit
    /// together (a commit touches a few pages, not one per member) and a project's members are replaced by a range
    /// delete without a second index; `documents` members, which never repeat, live in the totals only; a band
    /// key and document are the key of `story_bands`, and the totals' key is their only B-tree.
    static let version4 = """
        CREATE TABLE tallies_v4 (item TEXT NOT NULL, metric TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL,
            unit TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (item, metric, dimension, key, unit)) WITHOUT ROWID;
        INSERT INTO tallies_v4(item, metric, dimension, key, unit, value)
            SELECT item, metric, dimension, key, unit, value FROM tallies WHERE metric <> 'documents';
        DROP TABLE tallies;
        ALTER TABLE tallies_v4 RENAME TO tallies;
        CREATE TABLE story_bands_v4 (key INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
        INSERT INTO story_bands_v4(key, doc) SELECT DISTINCT key, doc FROM story_bands;
        DROP TABLE story_bands;
        ALTER TABLE story_bands_v4 RENAME TO story_bands;
        CREATE TABLE tally_totals_v4 (metric TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL,
            unit TEXT NOT NULL, count INTEGER NOT NULL, sum REAL NOT NULL,
            PRIMARY KEY (metric, dimension, key, unit)) WITHOUT ROWID;
        INSERT INTO tally_totals_v4(metric, dimension, key, unit, count, sum)
            SELECT metric, dimension, key, unit, count, sum FROM tally_totals;
        DROP TABLE tally_totals;
        ALTER TABLE tally_totals_v4 RENAME TO tally_totals;
        """

    /// Story bands hold a number of the story's first document (`story_roots`) instead of its id: 32 rows of some
    /// 14 bytes a story instead of 75, which is what a commit inserts at random places of the tree.
    static let version7 = """
        CREATE TABLE story_roots (number INTEGER PRIMARY KEY, doc TEXT NOT NULL);
        INSERT INTO story_roots(number, doc)
            SELECT row_number() OVER (ORDER BY doc), doc FROM (SELECT DISTINCT doc FROM story_bands) AS roots;
        CREATE TABLE story_bands_v7 (key INTEGER NOT NULL, number INTEGER NOT NULL, PRIMARY KEY (key, number))
            WITHOUT ROWID;
        INSERT INTO story_bands_v7(key, number)
            SELECT b.key, r.number FROM story_bands b JOIN story_roots r ON r.doc = b.doc;
        DROP TABLE story_bands;
        ALTER TABLE story_bands_v7 RENAME TO story_bands;
        """

    /// Band keys of the latest stories apart from the rest (``StoryLinker/mergeEvery``), so a commit inserts its
    /// hashed keys into a tree that stays in the page cache.
    static let version8 = """
        CREATE TABLE story_bands_recent (key INTEGER NOT NULL, number INTEGER NOT NULL, PRIMARY KEY (key, number))
            WITHOUT ROWID
        """

    /// The band keys of the stories between the recent ones and the large tree's (``StoryLinker/largeEvery``).
    static let version14 = """
        CREATE TABLE story_bands_middle (key INTEGER NOT NULL, number INTEGER NOT NULL, PRIMARY KEY (key, number))
            WITHOUT ROWID
        """

    /// Indexes keyed by a value that no statement reads on SQLite: a statistic without a filter is answered from
    /// the totals (``TallyQuery``), and with one SQLite finds the fact rows through their `doc` indexes from the
    /// filter's list (`EXPLAIN QUERY PLAN` of every statistic under every kind of filter); the date filter compares a
    /// prefix of `published`, which no index serves. Only `stats(_:fromFacts:)` without a filter scanned them. Each
    /// took a fold's rows at as many pages as the values it named: without them, 5,000 synthetic records into
    /// 100,000 stored took some 10 % less CPU.
    static let version15 = """
        DROP INDEX IF EXISTS documents_published;
        DROP INDEX IF EXISTS documents_month;
        DROP INDEX IF EXISTS documents_source;
        DROP INDEX IF EXISTS places_province;
        DROP INDEX IF EXISTS places_city;
        DROP INDEX IF EXISTS places_county;
        DROP INDEX IF EXISTS places_park;
        DROP INDEX IF EXISTS events_month;
        DROP INDEX IF EXISTS organizations_name
        """

    /// Indexes keyed by a value that PostgreSQL's planner reads for no statement: `EXPLAIN` (auto_explain) of every
    /// statistic — every metric by every dimension and without one, unfiltered and under nine filters (dates, a
    /// province and a city by path, a province and a county by code, an industry, a stage, an official, dates with a
    /// province) —, every project listing under the same filters, and every statement of 1,000 records folded, on a
    /// store of 31,000 synthetic records after `ANALYZE`: 13,018 plans, none of them on these five. Of the other four
    /// `v15` dropped on SQLite, PostgreSQL reads `places_city`, `_county`, `_park` and `organizations_name` in 7 of
    /// those plans (a filtered statistic grouped by that column, as an index-only scan in place of the table's), so
    /// they stay there.
    static let version17 = """
        DROP INDEX IF EXISTS documents_published;
        DROP INDEX IF EXISTS documents_month;
        DROP INDEX IF EXISTS documents_source;
        DROP INDEX IF EXISTS places_province;
        DROP INDEX IF EXISTS events_month
        """

    /// The projects' key indexes with the project's place (and the reversed key's with the key): what a fold asks
    /// of every candidate before it reads a row.
    static let version13 = """
        DROP INDEX projects_key;
        DROP INDEX projects_rkey;
        CREATE INDEX projects_key ON projects(key, path);
        CREATE INDEX projects_rkey ON projects(rkey, key, path)
        """

    /// The projects' reversed keys with the place only, and no index of the keys themselves: a key is its reversed
    /// key read backwards, so the index of reversed keys answers both of a fold's lookups (``ProjectLinker``) — a
    /// stored key equal to a suffix of a report's key is a reversed key equal to that suffix's reversal, one ending
    /// with the report's key a prefix range. Each new project wrote an entry of some 84 bytes into `projects_key` and
    /// one of 129 into `projects_rkey`, both at places set by the key, more than any other index of a fold at
    /// 100,000 stored (15,652 of 70,280 WAL frames for 5,000 synthetic records); now one entry of some 85 bytes.
    static let version18 = """
        DROP INDEX projects_key;
        DROP INDEX projects_rkey;
        CREATE INDEX projects_rkey ON projects(rkey, path)
        """

    /// Story roots carry their document's story and signature, copied from `documents` for the roots stored.
    static let version11 = """
        ALTER TABLE story_roots ADD COLUMN story TEXT;
        ALTER TABLE story_roots ADD COLUMN signature BLOB;
        UPDATE story_roots SET story = (SELECT d.story FROM documents d WHERE d.id = story_roots.doc),
            signature = (SELECT d.signature FROM documents d WHERE d.id = story_roots.doc)
        """

    /// Every document numbered in storing order (`documents.number`, unique) and every fact table of documents made
    /// again with that number as its `doc` (``DocumentFactTable``). Why: a 64-character id was in every fact row and
    /// in each of its table's indexes (seven on `places`), and ids, being hashes, put each new document's entries at
    /// random leaves of every `doc` index, so a fold dirtied pages all over the file (the WAL took some 52 KB a
    /// record of the generated corpus, the file 17 KB); a number is a few bytes and only grows, so those indexes
    /// take new entries at their right edge.
    static var version9: String {
        """
        ALTER TABLE documents ADD COLUMN number INTEGER;
        CREATE TABLE document_numbers_v9 (id TEXT PRIMARY KEY, number INTEGER NOT NULL);
        INSERT INTO document_numbers_v9(id, number) SELECT id, row_number() OVER (ORDER BY stored_at, id) FROM documents;
        UPDATE documents SET number = (SELECT n.number FROM document_numbers_v9 n WHERE n.id = documents.id);
        DROP TABLE document_numbers_v9;
        CREATE UNIQUE INDEX documents_number ON documents(number);

        """ + DocumentFactTable.all.map(\.renumbering).joined()
    }
}

"""The SQLite schema of the index (kept in Python: package data covers only resources/)."""

SCHEMA_VERSION = 3

SCHEMA = """\
-- The index of nlpolicy: one row per extracted fact, each with its evidence
-- span (start, end, text) into documents.text.  *_fold columns hold the same
-- words folded by nlpolicy.store.query.name_key: no marks, "đ" -> "d", lower
-- case, "_" of word-segmented texts as a space, the words between single
-- spaces with one space before and after (" uy ban nhan dan huyen "), so
-- that a filter matches whole words, with or without diacritics: " huyen "
-- is in " uy ban nhan dan huyen meo vac ", not in " chuyen doi so ".
--
-- One document, one entry: files holding the same document (its .txt and
-- .docx, two copies) are each indexed, and share a row of doc_groups, whose
-- doc_id is the file that speaks for the group (documents.canonical = 1);
-- searches and listings read only those.  See nlpolicy.store.sqlite (same_document).

CREATE TABLE IF NOT EXISTS runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL,           -- running | done | failed | interrupted | abandoned
    roots       TEXT NOT NULL,           -- JSON list of the paths given
    indexed     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    removed     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS documents (
    id              INTEGER PRIMARY KEY,
    path            TEXT NOT NULL UNIQUE,
    sha256          TEXT NOT NULL,
    schema          TEXT,
    kind            TEXT,
    number          TEXT,
    number_key      TEXT,                -- folded, no spaces: how citations find it
    date            TEXT,
    year            INTEGER,
    issuer          TEXT,
    issuer_fold     TEXT,
    province        TEXT,
    province_fold   TEXT,
    district        TEXT,
    district_fold   TEXT,
    title           TEXT,
    signer_name     TEXT,
    signer_position TEXT,
    text            TEXT NOT NULL,
    run_id          INTEGER,
    indexed_at      TEXT,
    group_id        INTEGER,             -- doc_groups.id: the document this file holds
    canonical       INTEGER NOT NULL DEFAULT 1   -- 1: the file that speaks for its group
);
CREATE INDEX IF NOT EXISTS documents_number_key ON documents(number_key, date);
CREATE INDEX IF NOT EXISTS documents_year ON documents(year);
CREATE INDEX IF NOT EXISTS documents_group ON documents(group_id);

-- A document held by one or more files; doc_id is its canonical file.  Its
-- sketch (the smallest hashes of the shingles of its founding file's folded
-- words) finds near-identical texts; see nlpolicy.store.sqlite.sketch.
CREATE TABLE IF NOT EXISTS doc_groups (id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS group_sketch (
    hash INTEGER NOT NULL, group_id INTEGER NOT NULL,
    PRIMARY KEY (hash, group_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS group_sketch_group ON group_sketch(group_id);

-- Search runs on the folded title and text; rowid = documents.id.  Two forms
-- of each: the words ("dau", "tu") and the pairs of adjacent words ("dau_tu"),
-- so that a phrase of Vietnamese syllables is a lookup of one rare pair token,
-- not a merge of the position lists of very common syllables.  Contentless:
-- the text is documents.text, stored once; nlpolicy.store.sqlite.fts_columns
-- gives the indexed values again to delete a row (an index must be rebuilt
-- when folding changes, since queries are folded the same way).
CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(
    title, body, title_pairs, body_pairs, content = '',
    tokenize = "unicode61 remove_diacritics 2 tokenchars '_'");

-- The head of each document, searched first: its title, and as "body" its
-- section headings and the names of its targets, projects and agencies.  A
-- few hundred words, so ranking thousands of heads is fast; when fewer than
-- the wanted number of heads match, doc_fts is searched.  Same columns as
-- doc_fts, so the same MATCH expressions apply.
CREATE VIRTUAL TABLE IF NOT EXISTS head_fts USING fts5(
    title, body, title_pairs, body_pairs,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '_'");

-- The distinct names of agencies, projects and target indicators, folded, and
-- the documents naming them: the search filters scan these few names, not
-- every mention.
CREATE TABLE IF NOT EXISTS names (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, fold TEXT NOT NULL,  -- agency | project | indicator
    UNIQUE (kind, fold));
CREATE TABLE IF NOT EXISTS doc_names (
    name_id INTEGER NOT NULL, doc_id INTEGER NOT NULL,
    PRIMARY KEY (name_id, doc_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_names_doc ON doc_names(doc_id);

CREATE TABLE IF NOT EXISTS citations (
    doc_id INTEGER NOT NULL, number TEXT, number_key TEXT, kind TEXT,
    start INTEGER, end INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS citations_doc ON citations(doc_id);
CREATE INDEX IF NOT EXISTS citations_key ON citations(number_key);

-- A section's evidence is documents.text[start:end] (the whole section, so it
-- is not copied here: sections nest); see the view section_spans.
CREATE TABLE IF NOT EXISTS sections (
    doc_id INTEGER NOT NULL, section_id TEXT NOT NULL, heading TEXT,
    start INTEGER, end INTEGER);
CREATE INDEX IF NOT EXISTS sections_doc ON sections(doc_id);

CREATE TABLE IF NOT EXISTS targets (
    doc_id INTEGER NOT NULL, kind TEXT NOT NULL, section TEXT,
    indicator TEXT NOT NULL, indicator_fold TEXT NOT NULL, subject TEXT,
    comparator TEXT, value REAL, value_max REAL, unit TEXT, unit_fold TEXT,
    year INTEGER, period_start INTEGER, period_end INTEGER,
    start INTEGER, end INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS targets_doc ON targets(doc_id);
CREATE INDEX IF NOT EXISTS targets_year ON targets(year);

CREATE TABLE IF NOT EXISTS deadlines (
    doc_id INTEGER NOT NULL, value TEXT NOT NULL, relation TEXT, section TEXT,
    year INTEGER,                          -- the year the deadline falls in, when it has one
    start INTEGER, end INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS deadlines_doc ON deadlines(doc_id);
CREATE INDEX IF NOT EXISTS deadlines_year ON deadlines(year);

CREATE TABLE IF NOT EXISTS projects (
    doc_id INTEGER NOT NULL, name TEXT NOT NULL, name_fold TEXT NOT NULL,
    category TEXT, section TEXT, start INTEGER, end INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS projects_doc ON projects(doc_id);

-- One row per mention; an agency with no mention keeps one row with null span.
CREATE TABLE IF NOT EXISTS agencies (
    doc_id INTEGER NOT NULL, name TEXT NOT NULL, name_fold TEXT NOT NULL,
    start INTEGER, end INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS agencies_doc ON agencies(doc_id);

-- tasks.text and assignments.text are NULL when they are documents.text[start:end]
-- (nearly always, and tasks are paragraphs: copies were a third of the file);
-- the views task_spans and assignment_spans give the text back.
CREATE TABLE IF NOT EXISTS tasks (
    doc_id INTEGER NOT NULL, task_id TEXT NOT NULL, section TEXT, deadline TEXT,
    start INTEGER, end INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS tasks_doc ON tasks(doc_id, task_id);

-- Evidence: the mention that carries the assignment, else the task's own span.
CREATE TABLE IF NOT EXISTS assignments (
    doc_id INTEGER NOT NULL, task_id TEXT NOT NULL, agency TEXT NOT NULL,
    agency_fold TEXT NOT NULL, role TEXT NOT NULL, source TEXT NOT NULL,
    start INTEGER, end INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS assignments_doc ON assignments(doc_id);

-- Document-level citation links between indexed documents: src cites dst;
-- the evidence is the citation in src.
CREATE TABLE IF NOT EXISTS links (
    src_doc_id INTEGER NOT NULL, dst_doc_id INTEGER NOT NULL, number TEXT,
    start INTEGER, end INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS links_src ON links(src_doc_id);
CREATE INDEX IF NOT EXISTS links_dst ON links(dst_doc_id);

-- Files that failed to extract, with the one-line reason; gone once they index.
CREATE TABLE IF NOT EXISTS errors (
    path TEXT PRIMARY KEY, sha256 TEXT, message TEXT NOT NULL,
    run_id INTEGER, at TEXT);

CREATE VIEW IF NOT EXISTS task_spans AS
    SELECT t.doc_id, t.task_id, t.section, t.deadline, t.start, t.end,
           coalesce(t.text, substr(d.text, t.start + 1, t.end - t.start)) AS text
    FROM tasks t JOIN documents d ON d.id = t.doc_id;

CREATE VIEW IF NOT EXISTS assignment_spans AS
    SELECT a.doc_id, a.task_id, a.agency, a.agency_fold, a.role, a.source, a.start, a.end,
           coalesce(a.text, substr(d.text, a.start + 1, a.end - a.start)) AS text
    FROM assignments a JOIN documents d ON d.id = a.doc_id;

CREATE VIEW IF NOT EXISTS section_spans AS
    SELECT s.doc_id, s.section_id, s.heading, s.start, s.end,
           substr(d.text, s.start + 1, s.end - s.start) AS text
    FROM sections s JOIN documents d ON d.id = s.doc_id;
"""

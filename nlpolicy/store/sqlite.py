"""The index in one SQLite file (WAL mode), behind :class:`nlpolicy.store.base.Store`.

Each document is written in ONE transaction (old rows out, new rows in, links
refreshed), so a run killed at any moment leaves every document either fully
old or fully new, and a rerun resumes from the content hashes.

One document, one entry: every file is indexed, and the files that hold the
same document share a group (:func:`same_document`): the same number, issuer
and date, or near-identical words (its .txt and its .docx, two copies).  One
file of each group speaks for it (the .docx before the .txt before the PDF,
then by path); searches and listings read only those, and a search result
lists all the files of its document.
"""
from __future__ import annotations

import heapq
import json
import re
import sqlite3
import zlib
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Sequence

from nlpolicy.errors import InputError
from nlpolicy.store.base import (
    AgencyQuery, AgencyRow, Hit, SearchQuery, SearchResult, StoreError, TargetQuery, TargetRow,
)
from nlpolicy.messages import say
from nlpolicy.store.query import HitFinder, compile_query, name_key, pair_tokens
from nlpolicy.store.schema import SCHEMA, SCHEMA_VERSION
from nlpolicy.textfold import fold, fold_query

SNIPPET_CHARS = 220
DISPLAY_OPEN, DISPLAY_CLOSE = "«", "»"
# doc_fts and head_fts: title words weigh four times body words, pairs as words
WEIGHTS = "4.0, 1.0, 4.0, 1.0"
RANK = f"bm25({WEIGHTS})"
# A longer "heading" is the first paragraph of a list item ("Xây dựng các Nghị định
# ... bao gồm: - Nghị định ..."): text, not a head, and it would make heads as long as texts.
HEADING_CHARS = 100
# Near-identical texts: the SKETCH_SIZE smallest hashes of a text's runs of
# SHINGLE folded words estimate the share of runs two texts have in common
# (their resemblance).  The .txt and .docx of one corpus document resemble each
# other at 0.99-1.00; the closest two different documents (a decision and the
# certificate it grants) at 0.61.  Texts of fewer than MIN_SHINGLES runs are
# matched by number, issuer and date only.
SKETCH_SIZE = 64
SHINGLE = 5
SAME_TEXT = 0.85
MIN_SHINGLES = 20
# A search over-fetches this many more rows to drop the files that do not speak
# for their document; with more copies than this in the index it filters in SQL.
OVERFETCH_COPIES = 200
_FORMAT_RANK = {".docx": 0, ".txt": 1, ".rtf": 1, ".pdf": 2, ".eml": 3}
_WORDS = re.compile(r"[^\W_]+")
_RUN_BASE, _RUN_MASK = 1_000_003, (1 << 64) - 1      # a run's hash: polynomial in its words' CRC-32s, mod 2**64


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def number_key(number: str | None) -> str | None:
    """How a document number is compared: folded, without spaces.

    >>> number_key("3260-KH/ĐĐQH15"), number_key("05 - NQ/TU")
    ('3260-kh/ddqh15', '05-nq/tu')
    """
    if not number:
        return None
    return re.sub(r"\s+", "", fold_query(number)) or None


# "TỈNH ỦY BÌNH THUẬN", "UBND tỉnh Lào Cai", "Đảng bộ tỉnh Bình Thuận (khóa XIII)"
_PROVINCE = re.compile(
    r"""(?i:\b(?:tỉnh|thành\ phố)(?:[ \t]+(?:ủy|uỷ))?)[ \t]+
        (?P<name>[A-ZÀ-ỸĐ][^\W\d_]*(?:[ \t]+[A-ZÀ-ỸĐ][^\W\d_]*){0,2})""",
    re.VERBOSE)
# Capitalised words that follow a province name in headers but are not part of it.
_NOT_NAME = {"sở", "ban", "ủy", "uỷ", "văn", "khóa", "khoá", "về", "số", "đảng", "ubnd", "hđnd",
             "độc", "cộng"}     # "TỈNH LÀO CAI   Độc lập - Tự do", "... CỘNG HÒA"


def province_of(issuer: str | None, text: str) -> str | None:
    """The province a document comes from, read from its issuer or header.

    >>> province_of("Tỉnh ủy Bình Thuận", "")
    'Bình Thuận'
    >>> province_of(None, "ỦY BAN NHÂN DÂN\\nTỈNH LÀO CAI\\nSố: /KH-UBND")
    'Lào Cai'
    >>> province_of(None, "TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc")
    'Lào Cai'
    >>> province_of("Bộ Chính trị", "BAN CHẤP HÀNH TRUNG ƯƠNG") is None
    True
    """
    for source in (issuer or "", text[:1500]):
        names = _province_names(source)
        if names:
            return names[0]
    # Not the whole text: central documents name provinces in passing ("Thành phố Hồ
    # Chí Minh"), and all-caps lines look like names ("TỈNH ĐÃ CÓ").
    return None


# "UBND HUYỆN MÈO VẠC", "Huyện ủy Hàm Thuận Bắc", "THỊ XÃ LA GI", "Quận Ba Đình"
_DISTRICT = re.compile(
    r"""(?i:\b(?:huyện|quận|thị[ \t]+xã)(?:[ \t]+(?:ủy|uỷ))?)[ \t]+
        (?P<name>[A-ZÀ-ỸĐ][^\W\d_]*(?:[ \t]+[A-ZÀ-ỸĐ][^\W\d_]*){0,2})""",
    re.VERBOSE)


def district_of(issuer: str | None, text: str) -> str | None:
    """The district (huyện, quận, thị xã) a document comes from: its issuer, else its first lines.

    Not the text: a provincial plan names its districts ("UBND huyện Bảo Thắng
    phối hợp"); the search filter ``district`` finds those through their bodies.

    >>> district_of("UBND huyện Mèo Vạc", ""), district_of(None, "HUYỆN ỦY HÀM THUẬN BẮC\\nSố: 12-NQ/HU")
    ('Mèo Vạc', 'Hàm Thuận Bắc')
    >>> district_of("UBND tỉnh Hà Giang", "các huyện, thị xã, thành phố") is None
    True
    """
    if issuer:
        sources = [issuer]
    else:       # the issuing body's lines at the top; a longer line is text, not a header
        sources = [ln for ln in text.lstrip().splitlines()[:3] if len(ln) <= 80]
    for source in sources:
        names = _province_names(source, _DISTRICT)
        if names:
            return names[0]
    return None


def _province_names(source: str, pattern: re.Pattern = _PROVINCE) -> list[str]:
    out = []
    for m in pattern.finditer(source):
        words = m.group("name").split()
        while words and words[-1].lower() in _NOT_NAME:
            words.pop()
        if words and words[0].lower() not in _NOT_NAME:
            out.append(" ".join(w.capitalize() for w in words))
    return out


def _year_of(value: str | None) -> int | None:
    m = re.match(r"(\d{4})", value or "")
    return int(m.group(1)) if m else None


def _deadline_year(value: str | None) -> int | None:
    """'2019-07-01' -> 2019; '2016/2020' -> 2020 (the end of the period); 'yearly' -> None."""
    years = re.findall(r"\d{4}", value or "")
    return int(years[-1]) if years else None


def _unless_in_text(text: str, span: dict) -> str | None:
    """A span's text, or None when it is ``text[start:end]`` (read back with substr, see schema.py).

    >>> _unless_in_text("Sở Công Thương chủ trì", {"start": 0, "end": 14, "text": "Sở Công Thương"}) is None
    True
    >>> _unless_in_text("Sở Công Thương chủ trì", {"start": 0, "end": 2, "text": "Sở Tài chính"})
    'Sở Tài chính'
    """
    start, end, own = span.get("start"), span.get("end"), span.get("text")
    if own is not None and start is not None and end is not None and text[start:end] == own:
        return None
    return own


def _one_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def sketch(text: str) -> list[int]:
    """The SKETCH_SIZE smallest hashes of the runs of SHINGLE words of ``text``, folded.

    Marks, case, punctuation, line breaks and the "_" of word-segmented texts do
    not count, so a .txt and a .docx of one document have the same sketch.

    >>> sketch("Ủy ban nhân dân tỉnh chỉ đạo") == sketch("UY_BAN nhan dan,\\ntinh chi dao")
    True
    """
    words = _WORDS.findall(fold(text))
    if not words:
        return []
    ids = {w: zlib.crc32(w.encode("utf-8")) for w in set(words)}
    codes = [ids[w] for w in words]
    try:
        import numpy as np
    except ImportError:         # numpy comes with spaCy; without it the same hashes, slower
        np = None
    n = max(1, len(codes) - SHINGLE + 1)
    if np is None or n < 64:
        runs = set()
        for i in range(n):
            h = 0
            for c in codes[i:i + SHINGLE]:
                h = (h * _RUN_BASE + c) & _RUN_MASK
            runs.add(h >> 1)
        return heapq.nsmallest(SKETCH_SIZE, runs)
    # the same polynomial hash of each run of SHINGLE word hashes, for all runs at once
    a = np.asarray(codes, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    for j in range(SHINGLE):
        h = h * np.uint64(_RUN_BASE) + a[j:j + n]
    runs = np.unique(h >> np.uint64(1))
    return sorted(int(x) for x in runs[:SKETCH_SIZE])


def resemblance(a: list[int], b: list[int]) -> float:
    """The share of word runs two texts have in common, estimated from their sketches.

    >>> a = sketch(" ".join(f"từ{i}" for i in range(300)))
    >>> b = sketch(" ".join(f"từ{i}" for i in range(3, 300)))
    >>> resemblance(a, a), round(resemblance(a, b), 1), resemblance(a, sketch("khác hẳn"))
    (1.0, 1.0, 0.0)
    """
    sa, sb = set(a), set(b)
    union = heapq.nsmallest(SKETCH_SIZE, sa | sb)
    return sum(1 for h in union if h in sa and h in sb) / len(union) if union else 0.0


def _rank(path: str) -> tuple[int, str]:
    """Which file speaks for a document: the .docx, the .txt, the PDF, then others; then by path."""
    return _FORMAT_RANK.get(Path(path).suffix.lower(), len(_FORMAT_RANK)), path


class SQLiteStore:
    """An index in a SQLite file.  ``create=False`` refuses a missing file (for queries)."""

    def __init__(self, path: str | Path, *, create: bool = True):
        self.path = str(path)
        if not create and not Path(self.path).is_file():
            raise InputError(say("store.missing", path=self.path))
        with self._guard("open"):
            self._conn = self._connect()
            self._prepare()

    # ------------------------------------------------------------ set-up

    def _connect(self) -> sqlite3.Connection:
        # autocommit mode: transactions are opened explicitly, one per document
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")   # durable across a killed process
        conn.execute("PRAGMA wal_autocheckpoint=8192")  # fewer checkpoints (fsyncs) while indexing
        conn.execute("PRAGMA mmap_size=2147418112")    # SQLite's usual ceiling: the whole index at 10k
        conn.execute("PRAGMA cache_size=-65536")
        conn.execute("PRAGMA temp_store=MEMORY")        # the sorts of ranked hits
        return conn

    def _prepare(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        tables = self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version == 0 and tables == 0:
            # one script, one transaction: a half-made schema is never seen
            self._conn.executescript(
                "BEGIN IMMEDIATE;\n" + SCHEMA
                + f"\nINSERT INTO doc_fts(doc_fts, rank) VALUES('rank', '{RANK}');"
                + f"\nINSERT INTO head_fts(head_fts, rank) VALUES('rank', '{RANK}');"
                + f"\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")
        elif version != SCHEMA_VERSION:
            raise StoreError(say("store.schema", path=self.path, want=SCHEMA_VERSION, found=version))

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise StoreError(say("store.failed", action=say(f"store.action.{action}"), path=self.path,
                                 detail=_one_line(exc))) from exc

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            # SQLite may already have rolled back by itself (e.g. on SQLITE_FULL)
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # ------------------------------------------------------------ runs

    def begin(self, roots: Sequence[str]) -> int:
        with self._guard("write"), self._transaction() as c:
            c.execute("UPDATE runs SET status = 'abandoned' WHERE status = 'running'")
            cur = c.execute("INSERT INTO runs(started_at, status, roots) VALUES (?, 'running', ?)",
                            (_now(), json.dumps(list(roots), ensure_ascii=False)))
            return int(cur.lastrowid)

    def end(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self._guard("write"), self._transaction() as c:
            c.execute(
                "UPDATE runs SET status = ?, finished_at = ?, indexed = ?, skipped = ?, failed = ?,"
                " removed = ? WHERE id = ?",
                (status, _now(), counts.get("indexed", 0), counts.get("skipped", 0),
                 counts.get("failed", 0), counts.get("removed", 0), run_id))

    def abandoned_runs(self) -> int:
        """How many earlier runs stopped without finishing (killed, crashed)."""
        with self._guard("read"):
            return self._conn.execute("SELECT count(*) FROM runs WHERE status = 'abandoned'").fetchone()[0]

    # ------------------------------------------------------------ writing

    def known_hashes(self) -> dict[str, str]:
        with self._guard("read"):
            return dict(self._conn.execute("SELECT path, sha256 FROM documents"))

    def paths(self) -> list[str]:
        with self._guard("read"):
            return [p for (p,) in self._conn.execute("SELECT path FROM documents ORDER BY path")]

    def errors(self) -> list[tuple[str, str]]:
        """(path, message) of the files that failed and have not indexed since."""
        with self._guard("read"):
            return list(self._conn.execute("SELECT path, message FROM errors ORDER BY path"))

    def delete_document(self, path: str) -> bool:
        with self._guard("write"), self._transaction() as c:
            row = c.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchone()
            if row:
                self._delete_rows(c, row[0])
            c.execute("DELETE FROM errors WHERE path = ?", (path,))
            return row is not None

    def record_error(self, path: str, sha256: str | None, message: str, *, run_id: int) -> None:
        with self._guard("write"), self._transaction() as c:
            c.execute("INSERT OR REPLACE INTO errors(path, sha256, message, run_id, at) VALUES (?,?,?,?,?)",
                      (path, sha256, message, run_id, _now()))

    def upsert_document(self, path: str, sha256: str, extraction: dict, *, run_id: int) -> None:
        doc = extraction.get("document") or {}
        text = doc.get("text")
        if not isinstance(text, str):
            raise ValueError("the extraction has no document.text")
        with self._guard("write"), self._transaction() as c:
            row = c.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchone()
            if row:
                self._delete_rows(c, row[0])
            c.execute("DELETE FROM errors WHERE path = ?", (path,))
            doc_id = self._insert_document(c, path, sha256, extraction, run_id)
            self._insert_facts(c, doc_id, extraction)
            self._link(c, doc_id)
            self._group(c, doc_id, extraction)

    def copies(self) -> int:
        """How many indexed files hold a document that another file speaks for."""
        with self._guard("read"):
            return self._conn.execute("SELECT count(*) FROM documents WHERE canonical = 0").fetchone()[0]

    # ------------------------------------------------------------ one document, one entry

    @staticmethod
    def _group(c: sqlite3.Connection, doc_id: int, ex: dict) -> None:
        """Put ``doc_id`` in the group of the documents it is the same as, or in a new one."""
        doc = ex["document"]
        key = c.execute("SELECT number_key, date, coalesce(issuer_fold, '') FROM documents WHERE id = ?",
                        (doc_id,)).fetchone()
        groups: set[int] = set()
        if key[0] and key[1]:
            groups.update(g for (g,) in c.execute(
                "SELECT DISTINCT group_id FROM documents WHERE number_key = ? AND date = ?"
                " AND coalesce(issuer_fold, '') = ? AND id != ? AND group_id IS NOT NULL", (*key, doc_id)))
        mine = sketch(doc["text"])
        if len(mine) >= MIN_SHINGLES:
            marks = ",".join("?" * len(mine))
            candidates = [g for (g,) in c.execute(
                f"SELECT group_id FROM group_sketch WHERE hash IN ({marks}) GROUP BY group_id"
                " HAVING count(*) >= ?", (*mine, max(1, len(mine) // 4)))]
            for g in candidates:
                theirs = [h for (h,) in c.execute("SELECT hash FROM group_sketch WHERE group_id = ?", (g,))]
                if resemblance(mine, theirs) >= SAME_TEXT:
                    groups.add(g)
        if not groups:
            gid = int(c.execute("INSERT INTO doc_groups(doc_id) VALUES (?)", (doc_id,)).lastrowid)
            if len(mine) >= MIN_SHINGLES:
                c.executemany("INSERT OR IGNORE INTO group_sketch(hash, group_id) VALUES (?, ?)",
                              [(h, gid) for h in mine])
        else:
            gid = min(groups)
            for other in sorted(groups - {gid}):       # this file joins two groups: one document
                c.execute("UPDATE documents SET group_id = ? WHERE group_id = ?", (gid, other))
                c.execute("DELETE FROM doc_groups WHERE id = ?", (other,))
                c.execute("DELETE FROM group_sketch WHERE group_id = ?", (other,))
        c.execute("UPDATE documents SET group_id = ? WHERE id = ?", (gid, doc_id))
        SQLiteStore._choose_canonical(c, gid)

    @staticmethod
    def _choose_canonical(c: sqlite3.Connection, gid: int) -> None:
        members = c.execute("SELECT id, path FROM documents WHERE group_id = ?", (gid,)).fetchall()
        if not members:
            c.execute("DELETE FROM doc_groups WHERE id = ?", (gid,))
            c.execute("DELETE FROM group_sketch WHERE group_id = ?", (gid,))
            return
        best = min(members, key=lambda m: _rank(m[1]))[0]
        c.execute("UPDATE documents SET canonical = (id = ?) WHERE group_id = ?", (best, gid))
        c.execute("UPDATE doc_groups SET doc_id = ? WHERE id = ?", (best, gid))

    def same_document(self, path: str) -> list[str]:
        """Every indexed file holding the same document as ``path`` (itself included), canonical first."""
        with self._guard("read"):
            return [p for (p,) in self._conn.execute(
                "SELECT d.path FROM documents d JOIN documents me ON me.group_id = d.group_id"
                " WHERE me.path = ? ORDER BY d.canonical DESC, d.path", (path,))]

    @staticmethod
    def _delete_rows(c: sqlite3.Connection, doc_id: int) -> None:
        for table in ("citations", "sections", "targets", "deadlines", "projects",
                      "agencies", "tasks", "assignments", "doc_names"):
            c.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        c.execute("DELETE FROM links WHERE src_doc_id = ? OR dst_doc_id = ?", (doc_id, doc_id))
        c.execute("DELETE FROM head_fts WHERE rowid = ?", (doc_id,))
        # doc_fts keeps no text: a row is deleted by giving the values it was indexed with
        title, text, gid = c.execute("SELECT title, text, group_id FROM documents WHERE id = ?",
                                     (doc_id,)).fetchone()
        c.execute("INSERT INTO doc_fts(doc_fts, rowid, title, body, title_pairs, body_pairs)"
                  " VALUES ('delete', ?, ?, ?, ?, ?)", (doc_id, *fts_columns(title, text)))
        c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        if gid is not None:
            SQLiteStore._choose_canonical(c, gid)     # another file speaks for it, or it is gone

    @staticmethod
    def _insert_document(c: sqlite3.Connection, path: str, sha256: str, ex: dict, run_id: int) -> int:
        doc = ex["document"]
        text = doc["text"]
        signer = doc.get("signer") or {}
        issuer = doc.get("issuer")
        province = province_of(issuer, text)
        district = district_of(issuer, text)
        title = doc.get("title")
        cur = c.execute(
            "INSERT INTO documents(path, sha256, schema, kind, number, number_key, date, year, issuer,"
            " issuer_fold, province, province_fold, district, district_fold, title, signer_name,"
            " signer_position, text, run_id, indexed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (path, sha256, ex.get("schema"), doc.get("kind"), doc.get("number"),
             number_key(doc.get("number")), doc.get("date"), _year_of(doc.get("date")), issuer,
             name_key(issuer) if issuer else None, province, name_key(province) if province else None,
             district, name_key(district) if district else None,
             title, signer.get("name"), signer.get("position"), text, run_id, _now()))
        doc_id = int(cur.lastrowid)
        c.execute("INSERT INTO doc_fts(rowid, title, body, title_pairs, body_pairs) VALUES (?, ?, ?, ?, ?)",
                  (doc_id, *fts_columns(title, text)))
        return doc_id

    @staticmethod
    def _insert_facts(c: sqlite3.Connection, doc_id: int, ex: dict) -> None:
        doc = ex["document"]
        c.executemany(
            "INSERT INTO citations VALUES (?,?,?,?,?,?,?)",
            [(doc_id, x.get("number"), number_key(x.get("number")), x.get("kind"),
              x.get("start"), x.get("end"), x.get("text")) for x in doc.get("citations") or ()])
        c.executemany(
            "INSERT INTO sections VALUES (?,?,?,?,?)",
            [(doc_id, x["id"], x.get("heading"), x.get("start"), x.get("end"))
             for x in ex.get("sections") or ()])
        rows = []
        for x in ex.get("targets") or ():
            period = x.get("period") or (None, None)
            indicator = x.get("indicator") or ""
            unit = x.get("unit")
            rows.append((doc_id, x.get("kind") or "target", x.get("section"), indicator,
                         name_key(indicator), x.get("subject"), x.get("comparator"), x.get("value"),
                         x.get("value_max"), unit, fold_query(unit) if unit else None, x.get("year"),
                         period[0], period[1], x.get("start"), x.get("end"), x.get("text")))
        c.executemany("INSERT INTO targets VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        c.executemany(
            "INSERT INTO deadlines VALUES (?,?,?,?,?,?,?,?)",
            [(doc_id, x.get("value"), x.get("relation"), x.get("section"), _deadline_year(x.get("value")),
              x.get("start"), x.get("end"), x.get("text")) for x in ex.get("deadlines") or ()])
        c.executemany(
            "INSERT INTO projects VALUES (?,?,?,?,?,?,?,?)",
            [(doc_id, x["name"], name_key(x["name"]), x.get("category"), x.get("section"),
              x.get("start"), x.get("end"), x.get("text")) for x in ex.get("projects") or ()])
        rows = []
        for a in ex.get("agencies") or ():
            mentions = a.get("mentions") or [{}]
            for m in mentions:
                rows.append((doc_id, a["name"], name_key(a["name"]),
                             m.get("start"), m.get("end"), m.get("text")))
        c.executemany("INSERT INTO agencies VALUES (?,?,?,?,?,?)", rows)
        tasks, assignments = [], []
        text = doc["text"]
        for t in ex.get("tasks") or ():
            tasks.append((doc_id, t["id"], t.get("section"), t.get("deadline"),
                          t.get("start"), t.get("end"), _unless_in_text(text, t)))
            for a in t.get("assignments") or ():
                own = a if a.get("start") is not None and a.get("text") is not None else t
                assignments.append((
                    doc_id, t["id"], a["agency"], name_key(a["agency"]), a["role"], a["source"],
                    own.get("start"), own.get("end"), _unless_in_text(text, own)))
        c.executemany("INSERT INTO tasks VALUES (?,?,?,?,?,?,?)", tasks)
        c.executemany("INSERT INTO assignments VALUES (?,?,?,?,?,?,?,?,?)", assignments)

        names = [("agency", a["name"]) for a in ex.get("agencies") or ()]
        names += [("project", x["name"]) for x in ex.get("projects") or ()]
        names += [("indicator", x.get("indicator")) for x in ex.get("targets") or ()]
        folded = list(dict.fromkeys((kind, name_key(name)) for kind, name in names if name))
        c.executemany("INSERT OR IGNORE INTO names(kind, fold) VALUES (?, ?)", folded)
        c.executemany("INSERT OR IGNORE INTO doc_names(name_id, doc_id)"
                      " SELECT id, ? FROM names WHERE kind = ? AND fold = ?",
                      [(doc_id, kind, name) for kind, name in folded])
        # the head: what the document is about, in a few hundred words
        parts = [x.get("heading") for x in ex.get("sections") or ()
                 if len(x.get("heading") or "") <= HEADING_CHARS] + [name for _, name in names]
        parts = [fold(p).replace("_", " ") for p in dict.fromkeys(parts) if p]
        title = fold(doc.get("title") or "").replace("_", " ")
        c.execute("INSERT INTO head_fts(rowid, title, body, title_pairs, body_pairs) VALUES (?, ?, ?, ?, ?)",
                  (doc_id, title, "\n".join(parts), pair_tokens(title),
                   # pairs item by item: none across two names
                   " ".join(filter(None, map(pair_tokens, parts)))))

    @staticmethod
    def _link(c: sqlite3.Connection, doc_id: int) -> None:
        """Refresh the citation links from and to ``doc_id`` (its old ones are already gone)."""
        # two indexed lookups (an OR here would scan every citation)
        c.execute(
            "INSERT INTO links(src_doc_id, dst_doc_id, number, start, end, text)"
            " SELECT ci.doc_id, d.id, ci.number, ci.start, ci.end, ci.text"
            " FROM citations ci JOIN documents d ON d.number_key = ci.number_key"
            " WHERE ci.doc_id = ?1 AND d.id != ?1"
            " UNION ALL"
            " SELECT ci.doc_id, d.id, ci.number, ci.start, ci.end, ci.text"
            " FROM documents d JOIN citations ci ON ci.number_key = d.number_key"
            " WHERE d.id = ?1 AND ci.doc_id != ?1",
            (doc_id,))

    # ------------------------------------------------------------ search

    def search(self, query: SearchQuery) -> list[SearchResult]:
        """Best first: documents whose head has the words, else those whose text has them.

        The heads (title, headings, names of targets, projects and agencies) are
        ranked first; only when fewer than ``query.limit`` heads match is the
        whole text ranked, so a selective query finds what the text ranking
        finds, and a common one ("dau tu", in nearly every document) does not
        rank thousands of long texts but returns the documents about it.
        """
        compiled = compile_query(query.text)
        where, params = self._document_filters(query)
        with self._guard("search"):
            copies = self._conn.execute("SELECT count(*) FROM documents WHERE canonical = 0").fetchone()[0]
            for match, expression in compiled.attempts():
                ranked = self._ranked_documents("head_fts", expression, where, params, query.limit, copies)
                if len(ranked) < query.limit:
                    expression, text_where, text_params = self._common_as_filter(
                        compiled.terms(match), where, params)
                    ranked = self._ranked_documents("doc_fts", expression, text_where, text_params,
                                                    query.limit, copies)
                if ranked:
                    finder = compiled.hit_finder(match)
                    return [self._result(doc_id, score, match, finder) for doc_id, score in ranked]
        return []

    def _common_as_filter(self, terms: list[str], where: str, params: list) -> tuple[str, str, list]:
        """Terms in more than half of the documents filter the matches instead of being ranked.

        BM25 gives such a term a weight of about nothing (FTS5 clamps its IDF to
        1e-6), yet counting its hits in each document is most of the ranking:
        "05-NQ/TU" found as the words "05", "nq", "tu" would count the thousand
        "tu" of every document.  The rarest term is always ranked.
        """
        if len(terms) < 2:
            return " AND ".join(terms), where, params
        count = "SELECT count(*) FROM doc_fts WHERE doc_fts MATCH ?"
        half = self._conn.execute("SELECT count(*) FROM documents").fetchone()[0] / 2
        df = {t: self._conn.execute(count, (t,)).fetchone()[0] for t in terms}
        ranked = [t for t in terms if df[t] <= half] or [min(terms, key=df.get)]
        common = [t for t in terms if t not in ranked]
        if not common:
            return " AND ".join(terms), where, params
        # unary + keeps SQLite from handing the IN to FTS5 as a rowid lookup per value
        also = "+doc_fts.rowid IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?)"
        return (" AND ".join(ranked), f"({where}) AND {also}" if where else also,
                [*params, " AND ".join(common)])

    def _ranked_documents(self, table: str, expression: str, where: str, params: list, limit: int,
                          copies: int) -> list[tuple[int, float]]:
        """:meth:`_ranked` over the files that speak for their documents (one entry a document).

        With few other copies in the index, ``limit + copies`` rows are ranked
        and the copies dropped (the fast path stays fast); with many, SQL filters.
        """
        if not copies:
            return self._ranked(table, expression, where, params, limit)
        if copies > OVERFETCH_COPIES:
            where = f"({where}) AND d.canonical = 1" if where else "d.canonical = 1"
            return self._ranked(table, expression, where, params, limit)
        ranked = self._ranked(table, expression, where, params, limit + copies)
        if not ranked:
            return ranked
        marks = ",".join("?" * len(ranked))
        keep = {i for (i,) in self._conn.execute(
            f"SELECT id FROM documents WHERE canonical = 1 AND id IN ({marks})", [r[0] for r in ranked])}
        return [r for r in ranked if r[0] in keep][:limit]

    def _ranked(self, table: str, expression: str, where: str, params: list, limit: int,
                ) -> list[tuple[int, float]]:
        """(document id, BM25 score) of the best ``limit`` matches in ``table``."""
        if where:
            # Matches first (CROSS JOIN keeps the FTS5 table outside: a rowid
            # constraint inside it would re-run the MATCH once per candidate
            # document), then the filters, and BM25 only for the rows they keep.
            sql = (f"SELECT {table}.rowid, -bm25({table}, {WEIGHTS}) AS score FROM {table}"
                   f" CROSS JOIN documents d ON d.id = {table}.rowid WHERE {table} MATCH ? AND {where}"
                   " ORDER BY score DESC LIMIT ?")
        else:
            sql = f"SELECT rowid, -rank FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?"
        return self._conn.execute(sql, (expression, *params, limit)).fetchall()

    @staticmethod
    def _document_filters(q: SearchQuery) -> tuple[str, list]:
        clauses, params = [], []
        if q.kind:
            clauses.append("d.kind = ?")
            params.append(q.kind)
        if q.issuer:
            clauses.append("instr(d.issuer_fold, ?) > 0")
            params.append(name_key(q.issuer))
        for kind, value in (("agency", q.agency), ("project", q.project), ("indicator", q.indicator)):
            if value:
                # the distinct names, not every mention
                clauses.append("d.id IN (SELECT dn.doc_id FROM names n JOIN doc_names dn ON dn.name_id = n.id"
                               " WHERE n.kind = ? AND instr(n.fold, ?) > 0)")
                params += [kind, name_key(value)]
        if q.province:
            clauses.append("(instr(d.province_fold, ?) > 0 OR instr(d.issuer_fold, ?) > 0)")
            params += [name_key(q.province)] * 2
        if q.district:
            # issued in the district, or naming one of its bodies ("UBND huyện Mèo Vạc")
            key = name_key(q.district)
            places = [key] if key.split()[:1] in (["huyen"], ["quan"], ["thi"]) else [
                f" {level}{key}" for level in ("huyen", "quan", "thi xa")]
            clauses.append("(instr(d.district_fold, ?) > 0 OR d.id IN (SELECT dn.doc_id FROM names n"
                           " JOIN doc_names dn ON dn.name_id = n.id WHERE n.kind = 'agency' AND ("
                           + " OR ".join(["instr(n.fold, ?) > 0"] * len(places)) + ")))")
            params += [key, *places]
        if q.year is not None:
            # dated that year, or holding a target or a deadline due that year
            clauses.append("(d.year = ? OR d.id IN (SELECT doc_id FROM targets WHERE year = ?)"
                           " OR d.id IN (SELECT doc_id FROM deadlines WHERE year = ?))")
            params += [q.year] * 3
        return " AND ".join(clauses), params

    def _result(self, doc_id: int, score: float, match: str, finder: HitFinder) -> SearchResult:
        path, number, kind, issuer, title, date, text, gid = self._conn.execute(
            "SELECT path, number, kind, issuer, title, date, text, group_id FROM documents WHERE id = ?",
            (doc_id,)).fetchone()
        files = [p for (p,) in self._conn.execute(
            "SELECT path FROM documents WHERE group_id = ? AND id != ?", (gid, doc_id))]
        files = (path, *sorted(files, key=_rank))
        # The folded text has the length of the text: its offsets are the text's offsets.
        every = finder.find(fold(text))
        start, end, hits = snippet_window(text, every)
        return SearchResult(path=path, number=number, kind=kind, issuer=issuer, title=title,
                            date=date, score=float(score), match=match,
                            snippet=_render_snippet(text, start, end, hits),
                            snippet_start=start, snippet_end=end, hit_count=len(every),
                            hits=tuple(Hit(s, e, text[s:e]) for s, e in hits), files=files)

    # ------------------------------------------------------------ listings

    def targets(self, query: TargetQuery) -> list[TargetRow]:
        clauses, params = ["d.canonical = 1"], []
        if query.indicator:
            clauses.append("instr(t.indicator_fold, ?) > 0")
            params.append(name_key(query.indicator))
        if query.unit:
            clauses.append("t.unit_fold = ?")
            params.append(fold_query(query.unit.strip()))
        if query.year is not None:
            clauses.append("t.year = ?")
            params.append(query.year)
        if query.province:
            clauses.append("(instr(d.province_fold, ?) > 0 OR instr(d.issuer_fold, ?) > 0)")
            params += [name_key(query.province)] * 2
        if query.kind:
            clauses.append("t.kind = ?")
            params.append(query.kind)
        sql = ("SELECT d.path, d.number, d.province, t.section, t.kind, t.indicator, t.subject,"
               " t.comparator, t.value, t.value_max, t.unit, t.year, t.text, t.start, t.end"
               " FROM targets t JOIN documents d ON d.id = t.doc_id"
               + " WHERE " + " AND ".join(clauses)
               + " ORDER BY d.path, t.start" + (" LIMIT ?" if query.limit else ""))
        if query.limit:
            params.append(query.limit)
        with self._guard("read"):
            return [TargetRow(*row) for row in self._conn.execute(sql, params)]

    def agencies(self, query: AgencyQuery) -> list[AgencyRow]:
        clauses, params = ["d.canonical = 1"], []
        if query.name:
            clauses.append("instr(a.agency_fold, ?) > 0")
            params.append(name_key(query.name))
        if query.role:
            clauses.append("a.role = ?")
            params.append(query.role)
        sql = ("SELECT a.agency, d.path, d.number, t.section, a.task_id, a.role, a.source, t.deadline,"
               " coalesce(t.text, substr(d.text, t.start + 1, t.end - t.start)), t.start, t.end"
               " FROM assignments a JOIN documents d ON d.id = a.doc_id"
               " JOIN tasks t ON t.doc_id = a.doc_id AND t.task_id = a.task_id"
               + " WHERE " + " AND ".join(clauses)
               + " ORDER BY a.agency, d.path, t.start, a.role" + (" LIMIT ?" if query.limit else ""))
        if query.limit:
            params.append(query.limit)
        with self._guard("read"):
            return [AgencyRow(*row) for row in self._conn.execute(sql, params)]

    # ------------------------------------------------------------ upkeep

    def optimize(self) -> None:
        """Merge the full-text index into one segment: faster searches after a big run."""
        with self._guard("write"):
            self._conn.execute("INSERT INTO doc_fts(doc_fts) VALUES('optimize')")
            self._conn.execute("INSERT INTO head_fts(head_fts) VALUES('optimize')")
            self._conn.execute("PRAGMA optimize")

    def close(self) -> None:
        conn, self._conn = getattr(self, "_conn", None), None
        if conn is not None:
            conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def fts_columns(title: str | None, text: str) -> tuple[str, str, str, str]:
    """What doc_fts indexes for a document: folded title and text, and their word pairs.

    ``_`` is a token character in the index (it joins the pairs), so it is a
    space in the words, as the query side sees it.

    >>> fts_columns("Về Đầu tư", "Khu công nghiệp_Hàm Kiệm")
    ('ve dau tu', 'khu cong nghiep ham kiem', 've_dau dau_tu', 'khu_cong cong_nghiep nghiep_ham ham_kiem')
    """
    title_f, text_f = fold(title or "").replace("_", " "), fold(text).replace("_", " ")
    return title_f, text_f, pair_tokens(title_f), pair_tokens(text_f)


def snippet_window(text: str, hits: list[tuple[int, int]], width: int = SNIPPET_CHARS,
                   ) -> tuple[int, int, list[tuple[int, int]]]:
    """The stretch of about ``width`` characters holding the most hits, cut at spaces.

    >>> t = "một hai ba khoáng sản bốn năm sáu bảy tám chín mười khoáng sản khoáng sản"
    >>> snippet_window(t, [(11, 21), (52, 62), (63, 73)], width=30)
    (47, 73, [(52, 62), (63, 73)])
    """
    if not hits:
        end = text.rfind(" ", 0, width) if len(text) > width else len(text)
        return 0, end if end > 0 else min(width, len(text)), []
    best, best_count, j = 0, 0, 0
    for i, (s, _) in enumerate(hits):
        while j < len(hits) and hits[j][1] <= s + width:
            j += 1
        if j - i > best_count:
            best, best_count = i, j - i
    first = hits[best][0]
    start = max(0, first - width // 4)
    end = min(len(text), start + width)
    end = max(end, hits[best][1])
    if start > 0:                        # do not begin inside a word
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", max(first, start), end)
        last_hit_end = max(e for s, e in hits[best:best + best_count])
        end = space if space >= last_hit_end else end
    return start, end, [(s, e) for s, e in hits if s >= start and e <= end]


def _render_snippet(text: str, start: int, end: int, hits: list[tuple[int, int]]) -> str:
    """The original text of a snippet on one line, hits in «», cut ends shown by "…"."""
    out, pos = [], start
    for s, e in hits:
        out += [text[pos:s], DISPLAY_OPEN, text[s:e], DISPLAY_CLOSE]
        pos = e
    out.append(text[pos:end])
    body = re.sub(r"\s+", " ", "".join(out)).strip()
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")

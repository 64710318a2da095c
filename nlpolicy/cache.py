"""Extractions and word segmentations kept between runs of ``report`` and ``link``, by content.

A second ``report`` of the same documents reads none of them again: each file's extraction is
found by the SHA-256 of its bytes, and the linker's word segmentation of a text (underthesea,
the slowest step of linking) by the text itself.  Both keys include the code's fingerprint (a
hash over the package's source, word lists and model weights), so a new version of nlpolicy
never reads what an older one wrote.

Where: ``$NLPOLICY_CACHE`` (a folder; ``off`` turns the cache off), else
``$XDG_CACHE_HOME/nlpolicy``, else ``~/.cache/nlpolicy``; one SQLite file, ``cache.sqlite3``,
in a folder only its owner can read (extractions are stored pickled, and a pickle is trusted
code).  It is pruned to :data:`MAX_BYTES`, least recently used first.  The cache never stops a
run: when the folder cannot be made, read or written, the run goes on without it.

    >>> import tempfile
    >>> with Cache.at(tempfile.mkdtemp()) as cache:
    ...     cache.put_segment("khoa học", "khoa_học")
    ...     cache.get_segment("khoa học"), cache.get_segment("công nghệ")
    ('khoa_học', None)
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import time
from functools import lru_cache
from pathlib import Path

FILE_NAME = "cache.sqlite3"
MAX_BYTES = 512 * 1024 * 1024

_SCHEMA = """
CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, value BLOB NOT NULL,
                                       size INTEGER NOT NULL, used REAL NOT NULL);
CREATE TABLE IF NOT EXISTS segment (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def folder(env=os.environ) -> Path | None:
    """The cache folder the environment asks for, or None when ``NLPOLICY_CACHE=off``.

    >>> folder({"NLPOLICY_CACHE": "off"}) is None
    True
    >>> str(folder({"NLPOLICY_CACHE": "/tmp/c"})), str(folder({"XDG_CACHE_HOME": "/x", "HOME": "/h"}))
    ('/tmp/c', '/x/nlpolicy')
    """
    forced = (env.get("NLPOLICY_CACHE") or "").strip()
    if forced.lower() in ("off", "0", "no", "none"):
        return None
    if forced:
        return Path(forced)
    base = env.get("XDG_CACHE_HOME") or os.path.join(env.get("HOME") or os.path.expanduser("~"), ".cache")
    return Path(base) / "nlpolicy"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 over every file of the installed package (source, word lists, model weights)."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"):
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def file_key(path: str | Path) -> str:
    """The key of a file's extraction: its bytes and the code that reads them."""
    h = hashlib.sha256(code_fingerprint().encode())
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Cache:
    """One open cache database; use as a context manager (writes are committed on exit)."""

    def __init__(self, conn: sqlite3.Connection | None):
        self._conn = conn
        self._seg_prefix = code_fingerprint()[:16] + ":"

    @classmethod
    def at(cls, where: str | Path | None) -> "Cache":
        """The cache in folder ``where`` (made when missing); a cache that keeps nothing when
        ``where`` is None or the folder or its database cannot be opened."""
        if where is None:
            return cls(None)
        try:
            Path(where).mkdir(mode=0o700, parents=True, exist_ok=True)
            conn = sqlite3.connect(os.path.join(where, FILE_NAME), timeout=5)
            conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error):
            return cls(None)
        return cls(conn)

    @classmethod
    def default(cls) -> "Cache":
        return cls.at(folder())

    @property
    def active(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> "Cache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is None:
            return
        try:
            self._prune()
            self._conn.commit()
            self._conn.close()
        except sqlite3.Error:
            pass
        self._conn = None

    def _run(self, sql: str, args: tuple = ()):
        if self._conn is None:
            return None
        try:
            return self._conn.execute(sql, args).fetchone()
        except sqlite3.Error:
            return None

    # -- extractions -------------------------------------------------------------------------

    def extract(self, path: str | Path, extract):
        """``extract(path)``, or the extraction of the same bytes made by an earlier run."""
        if self._conn is None:
            return extract(path)
        try:
            key = file_key(path)
        except OSError:
            return extract(path)
        row = self._run("SELECT value FROM extraction WHERE key = ?", (key,))
        if row is not None:
            try:
                found = pickle.loads(row[0])
            except Exception:                          # written by something else: make it again
                found = None
            if found is not None:
                self._run("UPDATE extraction SET used = ? WHERE key = ?", (time.time(), key))
                return _with_path(found, path)
        result = extract(path)
        try:
            blob = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            return result
        self._run("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?, ?)", (key, blob, len(blob), time.time()))
        return result

    # -- word segmentations ------------------------------------------------------------------

    def get_segment(self, text: str) -> str | None:
        row = self._run("SELECT value FROM segment WHERE key = ?", (self._seg_key(text),))
        return row[0] if row else None

    def put_segment(self, text: str, segmented: str) -> None:
        self._run("INSERT OR REPLACE INTO segment VALUES (?, ?)", (self._seg_key(text), segmented))

    def _seg_key(self, text: str) -> str:
        return self._seg_prefix + hashlib.sha1(text.encode("utf-8")).hexdigest()

    def _prune(self) -> None:
        """Drop the least recently used extractions beyond :data:`MAX_BYTES`, and the
        segmentations of other code versions."""
        total = self._conn.execute("SELECT COALESCE(SUM(size), 0) FROM extraction").fetchone()[0]
        if total > MAX_BYTES:
            rows = self._conn.execute("SELECT key, size FROM extraction ORDER BY used DESC").fetchall()
            kept, drop = 0, []
            for key, size in rows:
                kept += size
                if kept > MAX_BYTES:
                    drop.append((key,))
            self._conn.executemany("DELETE FROM extraction WHERE key = ?", drop)
        self._conn.execute("DELETE FROM segment WHERE substr(key, 1, 17) != ?", (self._seg_prefix,))


def _with_path(extraction, path):
    """The same bytes may come under another name: the extraction names the file given now."""
    doc = getattr(extraction, "document", None)
    if doc is None or getattr(doc, "path", str(path)) == str(path):
        return extraction
    from dataclasses import replace
    try:
        return replace(extraction, document=replace(doc, path=str(path)))
    except (TypeError, ValueError):
        return extraction

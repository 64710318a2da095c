"""The one small interface between the indexer and a database.

:class:`SQLiteStore` (``nlpolicy/store/sqlite.py``) implements it; a server
database could implement it later without touching the indexer or the
commands.  Documents go in as the contract's ``nlpolicy.extraction/1`` dicts
and come out as the frozen rows below.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from nlpolicy.errors import NlpolicyError


class StoreError(NlpolicyError):
    """The index cannot be read or written (disk full, locked, not an index ...)."""
    exit_code = 6


# ---------------------------------------------------------------- queries

@dataclass(frozen=True)
class SearchQuery:
    text: str
    kind: str | None = None
    issuer: str | None = None
    agency: str | None = None
    project: str | None = None
    year: int | None = None
    indicator: str | None = None
    province: str | None = None      # documents of a province: read from the issuer or the header
    district: str | None = None      # issued in a district, or naming one of its bodies
    limit: int = 10


@dataclass(frozen=True)
class TargetQuery:
    indicator: str | None = None
    unit: str | None = None
    year: int | None = None
    province: str | None = None
    kind: str | None = None          # "target" | "baseline"
    limit: int | None = None


@dataclass(frozen=True)
class AgencyQuery:
    name: str | None = None
    role: str | None = None
    limit: int | None = None


# ---------------------------------------------------------------- rows

@dataclass(frozen=True)
class Hit:
    """One occurrence of a query term, in the document's text."""
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SearchResult:
    path: str
    number: str | None
    kind: str | None
    issuer: str | None
    title: str | None
    date: str | None
    score: float                 # BM25, higher is better (of the head when enough heads match)
    match: str                   # "phrase" | "all_words": how the query was matched
    snippet: str                 # original text around the best hits, hits in «»
    snippet_start: int
    snippet_end: int
    hit_count: int               # hits in the whole document
    hits: tuple[Hit, ...]        # the hits inside the snippet
    files: tuple[str, ...] = ()  # every file holding this document (path first): formats, copies


@dataclass(frozen=True)
class TargetRow:
    path: str
    number: str | None
    province: str | None
    section: str | None
    kind: str
    indicator: str
    subject: str | None
    comparator: str | None
    value: float | None
    value_max: float | None
    unit: str | None
    year: int | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class AgencyRow:
    agency: str
    path: str
    number: str | None
    section: str | None
    task_id: str
    role: str
    source: str
    deadline: str | None
    task: str
    start: int
    end: int


class Store(Protocol):
    """What the indexer and the query commands need from a database."""

    def begin(self, roots: Sequence[str]) -> int:
        """Start an index run and return its id (runs are kept, for resuming)."""

    def known_hashes(self) -> dict[str, str]:
        """path -> sha256 of every document already indexed."""

    def upsert_document(self, path: str, sha256: str, extraction: dict, *, run_id: int) -> None:
        """Replace whatever ``path`` had with ``extraction``: one transaction."""

    def delete_document(self, path: str) -> bool:
        """Remove ``path`` and its rows; False when it was not there."""

    def record_error(self, path: str, sha256: str | None, message: str, *, run_id: int) -> None:
        """Remember that ``path`` failed to extract, with a one-line message."""

    def errors(self) -> list[tuple[str, str]]:
        """(path, message) of the files whose last extraction failed."""

    def end(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        """Close a run: "done", "failed" or "interrupted"."""

    def search(self, query: SearchQuery) -> list[SearchResult]: ...

    def targets(self, query: TargetQuery) -> list[TargetRow]: ...

    def agencies(self, query: AgencyQuery) -> list[AgencyRow]: ...

    def close(self) -> None: ...

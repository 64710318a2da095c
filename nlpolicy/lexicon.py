"""The one loader of word lists and tables under ``nlpolicy/resources`` (TSV, one row a line).

Every stage reads its data through :func:`read_tsv`: lines starting with ``#`` are comments,
blank lines are skipped, cells are tab-separated and stripped of surrounding spaces.  Files are
read lazily, once per process, and the rows are returned as tuples (callers must not mutate
them).  This module sits below ``structure`` and ``extract``: it imports nothing of theirs.

    >>> rows = read_tsv("units.tsv")
    >>> all(isinstance(r, tuple) for r in rows)
    True
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["read_tsv", "read_text"]


@lru_cache(maxsize=None)
def read_text(name: str) -> str:
    """The whole text of ``nlpolicy/resources/<name>`` (UTF-8)."""
    return resources.files("nlpolicy.resources").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``nlpolicy/resources/<name>``: comments and blank lines skipped, cells stripped."""
    rows = []
    for line in read_text(name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)

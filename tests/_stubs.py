"""Stand-ins the tests share (one definition, several test modules)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stub:
    """A task status as the link stage gives it (``nlpolicy.link.status.task_statuses``), built by
    the tests rather than imported: the report only shows it."""
    status: str
    source: str
    quote: str
    start: int
    end: int
    document_label: str

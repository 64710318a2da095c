"""Named projects (placeholder until the project grammar lands)."""
from __future__ import annotations

from nlpolicy.types import Document, Project


def extract_projects(doc: Document, body_start: int, body_end: int) -> list[Project]:
    return []

"""Targets and baselines (placeholder until the target grammar lands)."""
from __future__ import annotations

from nlpolicy.types import Document, Target


def extract_targets(doc: Document, body_start: int, body_end: int, times) -> list[Target]:
    return []

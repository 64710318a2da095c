"""The extraction pipeline: a document in, targets, deadlines, projects, agencies and tasks out."""
from __future__ import annotations

from pathlib import Path

from nlpolicy.document import load
from nlpolicy.types import Document, Extraction


def extract_document(doc: Document) -> Extraction:
    return Extraction(document=doc)


def extract(path: str | Path) -> Extraction:
    return extract_document(load(path))

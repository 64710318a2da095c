"""nlpolicy: read Vietnamese policy resolutions and the documents that implement them.

The public API is a few verbs, imported lazily so that ``import nlpolicy`` is cheap:

    >>> import nlpolicy
    >>> doc = nlpolicy.load("corpus/000_3cffab5bee4fe395.txt")      # doctest: +SKIP
    >>> result = nlpolicy.extract("corpus/000_3cffab5bee4fe395.txt")  # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["load", "extract", "to_json", "__version__"]


def load(path):
    """Read, normalise and structure a document (TXT, DOCX or PDF)."""
    from nlpolicy.document import load as _load
    return _load(path)


def extract(path):
    """Load a document and extract its targets, deadlines, projects, agencies and tasks."""
    from nlpolicy.extract.pipeline import extract as _extract
    return _extract(path)


def to_json(extraction) -> dict:
    """The contract's ``nlpolicy.extraction/1`` object for an extraction."""
    from nlpolicy.serialize import extraction_to_dict
    return extraction_to_dict(extraction)

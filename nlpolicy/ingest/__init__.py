"""Ingest: a path -> :class:`~nlpolicy.types.RawDocument`.

``read(path)`` sniffs the content first (``%PDF``, a ZIP holding
``word/document.xml``) and looks at the extension second; everything else is
read as text.  Every failure a user can fix is an :class:`InputError` (or
:class:`MissingToolError` when OCR needs Tesseract); library exceptions never
escape.
"""
from __future__ import annotations

import os
from pathlib import Path

from nlpolicy.errors import InputError, NlpolicyError
from nlpolicy.types import RawDocument

MAX_BYTES = 20 * 1024 * 1024

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # legacy .doc/.xls


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def sniff(head: bytes, suffix: str) -> str:
    """The reader for a file: "pdf", "docx", "zip", "ole" or "text".

    >>> sniff(b"%PDF-1.7\\n", ".txt"), sniff(b"PK\\x03\\x04...", ".docx"), sniff(b"Ngh", ".pdf")
    ('pdf', 'zip', 'text')
    """
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    return "text"


def read(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> RawDocument:
    """Read a ``.txt``, ``.docx`` or ``.pdf`` file into a :class:`RawDocument`."""
    p = Path(path)
    name = str(p)
    try:
        if not p.exists():
            raise InputError(f"{name}: no such file.")
        if p.is_dir():
            raise InputError(f"{name}: is a folder, not a document.")
        size = p.stat().st_size
        if size == 0:
            raise InputError(f"{name}: the file is empty.")
        if size > max_bytes:
            raise InputError(f"{name}: the file is {_size(size)}, over the {_size(max_bytes)} limit "
                             f"(raise max_bytes to read it).")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc}).") from None

    suffix = p.suffix.lower()
    kind = sniff(data[:1024], suffix)
    try:
        if kind == "pdf":
            from nlpolicy.ingest.pdf import read_pdf
            return read_pdf(name, data)
        if kind == "zip":
            from nlpolicy.ingest.docx import read_docx
            return read_docx(name, data)
        if kind == "ole":
            raise InputError(f"{name}: is an old binary Office file (.doc/.xls); "
                             f"save it as .docx or PDF first.")
        if suffix == ".pdf":
            raise InputError(f"{name}: is named .pdf but is not a PDF file.")
        if suffix == ".docx":
            raise InputError(f"{name}: is named .docx but is not a Word document (no ZIP container).")
        from nlpolicy.ingest.text import read_text
        return read_text(name, data)
    except NlpolicyError:
        raise
    except Exception as exc:  # a library failed on a malformed file: say so, in one line
        kind_name = {"pdf": "PDF", "zip": "Word"}.get(kind, "text")
        raise InputError(f"{name}: the {kind_name} file could not be read "
                         f"({type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else 'no detail'}).") from None


__all__ = ["read", "sniff", "MAX_BYTES"]

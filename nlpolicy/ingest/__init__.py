"""Ingest: a path -> :class:`~nlpolicy.types.RawDocument`.

``read(path)`` sniffs the content first (an image's magic bytes, ``%PDF``, a
ZIP holding ``word/document.xml``, RTF source, a Word document's bare XML, an
e-mail message saved whole) and looks at the extension second; everything
else is read as text.  Scanned images and PDF pages without a text
layer are read by OCR (:mod:`nlpolicy.ingest.ocr`).  Every failure a user can
fix is an :class:`InputError` (:class:`TooLargeError` past one of the limits
of :mod:`nlpolicy.ingest.limits`, which environment variables can raise) or
:class:`MissingToolError` when OCR needs Tesseract; library exceptions never
escape.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from nlpolicy.errors import InputError, NlpolicyError
from nlpolicy.ingest import limits
from nlpolicy.ingest.image import SUFFIXES as IMAGE_SUFFIXES, image_format
from nlpolicy.ingest.limits import MAX_BYTES
from nlpolicy.ingest.mail import looks_like_mail
from nlpolicy.ingest.rtf import looks_like_rtf
from nlpolicy.types import RawDocument

# the files a folder's documents are read from (an image only when named on its own: it needs OCR)
DOCUMENT_SUFFIXES = (".txt", ".docx", ".pdf", ".rtf", ".eml")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # legacy .doc/.xls


def looks_like_word_xml(head: bytes) -> bool:
    """The file is a Word document's own XML (the ``word/document.xml`` of a ``.docx``, taken out of it).

    >>> looks_like_word_xml(b'<?xml version="1.0"?>\\n<w:document xmlns:w="..."><w:body>')
    True
    >>> looks_like_word_xml(b"<p>")
    False
    """
    return re.match(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?<w:document[\s>]", head) is not None


def sniff(head: bytes, suffix: str) -> str:
    """The reader for a file: "image", "pdf", "zip", "ole", "rtf", "word-xml", "mail" or "text".

    >>> sniff(b"%PDF-1.7\\n", ".txt"), sniff(b"PK\\x03\\x04...", ".docx"), sniff(b"Ngh", ".pdf")
    ('pdf', 'zip', 'text')
    >>> sniff(b"\\x89PNG\\r\\n\\x1a\\n...", ".txt"), sniff(b"Ngh", ".png")
    ('image', 'text')
    >>> sniff(b"{\\\\rtf1\\\\ansi", ".txt"), sniff(b"<w:document><w:body>", ".xml")
    ('rtf', 'word-xml')
    >>> sniff(b"MIME-Version: 1.0\\nContent-Type: text/plain\\n\\nNgh", ".eml")
    'mail'
    """
    if image_format(head) is not None:
        return "image"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if looks_like_rtf(head):
        return "rtf"
    if looks_like_word_xml(head):
        return "word-xml"
    if looks_like_mail(head):
        return "mail"
    return "text"


def read(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> RawDocument:
    """Read a ``.txt``, ``.docx``, ``.pdf`` or scanned image file into a :class:`RawDocument`.

    ``max_bytes`` overrides ``limits.MAX_BYTES`` (and ``NLPOLICY_MAX_BYTES``).
    """
    p = Path(path)
    name = str(p)
    doc = _read(p, name, limits.get("MAX_BYTES") if max_bytes is None else max_bytes)
    limits.check_chars(name, len(doc.text))
    return doc


def _read(p: Path, name: str, max_bytes: int) -> RawDocument:
    try:
        if not p.exists():
            raise InputError(f"{name}: no such file.")
        if p.is_dir():
            raise InputError(f"{name}: is a folder, not a document.")
        size = p.stat().st_size
        if size == 0:
            raise InputError(f"{name}: the file is empty.")
        if size > max_bytes:
            raise limits.over(name, f"the file is {limits.size(size)}", "MAX_BYTES", limits.size(max_bytes))
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc}).") from None

    return _from_bytes(name, data, p.suffix.lower())


_HEAD = 16_384      # enough of a file to know it: an e-mail's header fields can run long


def _from_bytes(name: str, data: bytes, suffix: str) -> RawDocument:
    kind = sniff(data[:_HEAD], suffix)
    try:
        if kind == "image":
            from nlpolicy.ingest.image import read_image
            return read_image(name, data, image_format(data[:1024]) or "image")
        if kind == "pdf":
            from nlpolicy.ingest.pdf import read_pdf
            return read_pdf(name, data)
        if kind == "zip":
            from nlpolicy.ingest.docx import read_docx
            return read_docx(name, data)
        if kind == "rtf":
            from nlpolicy.ingest.rtf import read_rtf
            return read_rtf(name, data)
        if kind == "word-xml":
            from nlpolicy.ingest.docx import read_word_xml
            return read_word_xml(name, data)
        if kind == "mail":
            from nlpolicy.ingest.mail import read_mail
            return read_mail(name, data, lambda part, raw: _from_bytes(part, raw, Path(part).suffix.lower()))
        if kind == "ole":
            raise InputError(f"{name}: is an old binary Office file (.doc/.xls); "
                             f"save it as .docx or PDF first.")
        if suffix == ".pdf":
            raise InputError(f"{name}: is named .pdf but is not a PDF file.")
        if suffix == ".docx":
            raise InputError(f"{name}: is named .docx but is not a Word document (no ZIP container).")
        if suffix in IMAGE_SUFFIXES:
            raise InputError(f"{name}: is named {suffix} but is not an image file "
                             f"(its first bytes are no JPEG, PNG, TIFF, BMP, GIF or WebP header).")
        from nlpolicy.ingest.text import read_text
        return read_text(name, data)
    except NlpolicyError:
        raise
    except Exception as exc:  # a library failed on a malformed file: say so, in one line
        kind_name = {"pdf": "PDF", "zip": "Word", "image": "image", "rtf": "RTF", "word-xml": "Word XML",
                     "mail": "e-mail"}.get(kind, "text")
        raise InputError(f"{name}: the {kind_name} file could not be read "
                         f"({type(exc).__name__}: {str(exc).splitlines()[0][:120] if str(exc) else 'no detail'}).") from None


__all__ = ["read", "sniff", "MAX_BYTES", "DOCUMENT_SUFFIXES"]

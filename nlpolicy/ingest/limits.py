"""Limits that protect the machine: how much ingest agrees to read.

A small file can hold a lot: a 600 KB Word file can expand to a hundred
megabytes of XML, a PDF of a few kilobytes can claim a hundred thousand pages
or one page a mile wide, a PNG of a few kilobytes can decode to billions of
pixels.  Each is refused early, with one line saying which limit it passed and
how to raise it, before it costs minutes or gigabytes.

Every limit is a named constant below and can be overridden for one run by an
environment variable holding a whole number (``_`` allowed as a separator)::

    NLPOLICY_MAX_BYTES        size of the file on disk             (MAX_BYTES, 20 MiB)
    NLPOLICY_MAX_CHARS        characters of text read from it      (MAX_CHARS, 2,000,000)
    NLPOLICY_MAX_XML_BYTES    expanded size of the XML members of a
                              Word file that are read              (MAX_XML_BYTES, 64 MiB)
    NLPOLICY_MAX_ZIP_RATIO    expanded / compressed size of such a
                              member over 1 MiB                    (MAX_ZIP_RATIO, 100)
    NLPOLICY_MAX_PAGES        pages of a PDF                       (MAX_PAGES, 1,000)
    NLPOLICY_MAX_OCR_PAGES    pages read by OCR (scanned PDF pages,
                              pages of a TIFF)                     (MAX_OCR_PAGES, 200)
    NLPOLICY_MAX_PIXELS       pixels of one image, or of one PDF
                              page rendered for OCR at 300 dpi     (MAX_PIXELS, 60,000,000)
    NLPOLICY_OCR_SECONDS      seconds Tesseract may spend on a page (OCR_SECONDS, 300)

Why these values.  Text: the largest document of the corpus is about 100,000
characters; 2 million is twenty times that, some 700 pages of A4, and an
extraction of 2 million characters peaks near 400 MB and takes about half a
minute here, while 4 million took three minutes and 660 MB (``bench/limits.py``
measures it).  Word XML is 2 to 20 times its text, and real members compress 5
to 30 fold; 100 is the ratio Apache POI refuses at.  Pages: 1,000 text pages
take three minutes to read; a scanned page takes 3 to 25 s of OCR, so 200 of
them up to an hour.  Pixels: an A4 page scanned at 600 dpi is 35 million, an
A3 page at 400 dpi 31 million; 60 million is under Pillow's own warning level
(89 million).  Every refusal happens before the costly step: sizes are read
from ZIP directories, page trees and image headers, and text is counted while
it is read.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from nlpolicy.errors import NlpolicyError, TooLargeError

MiB = 1024 * 1024

MAX_BYTES = 20 * MiB
MAX_CHARS = 2_000_000
MAX_XML_BYTES = 64 * MiB
MAX_ZIP_RATIO = 100
RATIO_FLOOR = 1 * MiB            # members smaller than this are not held to the ratio
MAX_PAGES = 1_000
MAX_OCR_PAGES = 200
MAX_PIXELS = 60_000_000
OCR_SECONDS = 300


@dataclass(frozen=True)
class _Limit:
    env: str
    default: int


_LIMITS = {
    "MAX_BYTES": _Limit("NLPOLICY_MAX_BYTES", MAX_BYTES),
    "MAX_CHARS": _Limit("NLPOLICY_MAX_CHARS", MAX_CHARS),
    "MAX_XML_BYTES": _Limit("NLPOLICY_MAX_XML_BYTES", MAX_XML_BYTES),
    "MAX_ZIP_RATIO": _Limit("NLPOLICY_MAX_ZIP_RATIO", MAX_ZIP_RATIO),
    "MAX_PAGES": _Limit("NLPOLICY_MAX_PAGES", MAX_PAGES),
    "MAX_OCR_PAGES": _Limit("NLPOLICY_MAX_OCR_PAGES", MAX_OCR_PAGES),
    "MAX_PIXELS": _Limit("NLPOLICY_MAX_PIXELS", MAX_PIXELS),
    "OCR_SECONDS": _Limit("NLPOLICY_OCR_SECONDS", OCR_SECONDS),
}


def get(name: str) -> int:
    """The limit in force: its environment variable when set, else the constant.

    >>> get("MAX_PAGES") == MAX_PAGES or "NLPOLICY_MAX_PAGES" in os.environ
    True
    """
    limit = _LIMITS[name]
    raw = os.environ.get(limit.env, "").strip()
    if not raw:
        return limit.default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise NlpolicyError(f"{limit.env} must be a whole number above 0, not {raw!r}.")
    return value


def env_name(name: str) -> str:
    return _LIMITS[name].env


def size(n: int) -> str:
    """A byte count for a message.

    >>> size(21 * MiB), size(5300)
    ('21.0 MB', '5,300 bytes')
    """
    return f"{n / MiB:.1f} MB" if n >= MiB else f"{n:,} bytes"


def over(path: str, found: str, name: str, limit: str) -> TooLargeError:
    """The one-line error for a passed limit, naming the variable that raises it.

    >>> str(over("a.docx", "the text is 2,000,001 characters", "MAX_CHARS", "2,000,000-character"))
    'a.docx: the text is 2,000,001 characters, over the 2,000,000-character limit (set NLPOLICY_MAX_CHARS to read it anyway).'
    """
    return TooLargeError(f"{path}: {found}, over the {limit} limit (set {env_name(name)} to read it anyway).")


def check_chars(path: str, n: int, *, at_least: bool = False) -> None:
    """Refuse a text longer than MAX_CHARS (``at_least``: reading stopped early, ``n`` is a floor)."""
    limit = get("MAX_CHARS")
    if n > limit:
        found = f"more than {limit:,}" if at_least else f"{n:,}"
        raise over(path, f"the text is {found} characters", "MAX_CHARS", f"{limit:,}-character")

"""OCR through Tesseract (``-l vie``): PDF pages without a usable text layer
(scans, and text layers whose glyphs have no Unicode mapping, ``(cid:54)``)
and scanned images.  One page at a time, within ``limits.MAX_PIXELS`` and
``limits.OCR_SECONDS``."""
from __future__ import annotations

import os
import re
import shutil
from contextlib import contextmanager
from functools import lru_cache

from nlpolicy.errors import InputError, MissingToolError
from nlpolicy.ingest import limits

LANGUAGE = "vie"
RESOLUTION = 300
INSTALL = "install it with: apt-get install tesseract-ocr tesseract-ocr-vie"

# Lines that are only a page number: "2", "- 2 -", "Trang 2", "2/9".
PAGE_NUMBER = re.compile(r"""^\s*[-–—]?\s*(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-–—]?\s*$""", re.IGNORECASE)


@lru_cache(maxsize=1)
def _check() -> str | None:
    """None when Tesseract with Vietnamese is usable, else what is missing."""
    if shutil.which("tesseract") is None:
        return "the tesseract program is not installed"
    import pytesseract
    try:
        langs = pytesseract.get_languages(config="")
    except (pytesseract.TesseractError, OSError, pytesseract.TesseractNotFoundError):
        return "the tesseract program does not run"
    if LANGUAGE not in langs:
        return "Tesseract has no Vietnamese ('vie') language data"
    return None


def ensure_tesseract(path: str, what: str = "this PDF") -> None:
    """Raise :class:`MissingToolError` when OCR cannot run."""
    problem = _check()
    if problem:
        raise MissingToolError(f"{path}: {what} needs OCR but {problem}; {INSTALL}.")


def check_pixels(path: str, width: int, height: int, what: str) -> None:
    """Refuse an image (or a page as it would be rendered) over ``MAX_PIXELS``."""
    limit = limits.get("MAX_PIXELS")
    if width * height > limit:
        raise limits.over(path, f"{what} is {width:,} x {height:,} pixels ({width * height / 1e6:,.0f} million)",
                          "MAX_PIXELS", f"{limit / 1e6:,.0f}-million-pixel")


def check_ocr_pages(path: str, n: int, what: str) -> None:
    """Refuse more than ``MAX_OCR_PAGES`` pages to OCR (``what``: "the PDF", "the TIFF image").

    The pages checked are the pages then read: their progress line starts here
    (:mod:`nlpolicy.progress`, one step per :func:`ocr_image`)."""
    limit = limits.get("MAX_OCR_PAGES")
    if n > limit:
        raise limits.over(path, f"{what} has {n:,} pages to read by OCR", "MAX_OCR_PAGES", f"{limit:,}-page")
    from nlpolicy import progress
    if progress.enabled():
        from pathlib import Path

        from nlpolicy.messages import say
        progress.begin(("ocr", path), say("progress.ocr", name=Path(path).name), total=n,
                       unit=say("progress.pages"))


@contextmanager
def _one_thread():
    """Tesseract on one OpenMP thread unless the user chose (``OMP_THREAD_LIMIT``).

    Its own threads make a page slower, not faster, on our two cores: the six
    pages of the corpus's cid PDF took 34 s with them and 17 s without.  The
    variable is set for the Tesseract process only and restored after it."""
    if "OMP_THREAD_LIMIT" in os.environ:
        yield
        return
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        os.environ.pop("OMP_THREAD_LIMIT", None)


def ocr_image(image, path: str = "<image>", page: int = 1) -> str:  # a PIL Image
    """Read one image with Tesseract in Vietnamese, on one thread (:func:`_one_thread`)."""
    import pytesseract

    from nlpolicy import progress
    seconds = limits.get("OCR_SECONDS")
    try:
        if progress.enabled():
            from nlpolicy.messages import say
            progress.item(("ocr", path), say("progress.page", page=page))
        with _one_thread():
            text = pytesseract.image_to_string(image, lang=LANGUAGE, config="--psm 3", timeout=seconds)
        progress.advance(("ocr", path))
        return text
    except pytesseract.TesseractNotFoundError:
        raise MissingToolError(f"OCR needs the tesseract program; {INSTALL}.") from None
    except RuntimeError as exc:            # pytesseract's time-out
        if "timeout" not in str(exc).lower():
            raise
        raise limits.over(path, f"OCR of page {page} took more than {seconds:,} s", "OCR_SECONDS",
                          f"{seconds:,}-second") from None
    except pytesseract.TesseractError as exc:
        detail = (str(exc.message).strip().splitlines() or ["no detail"])[-1][:120]
        raise InputError(f"{path}: Tesseract could not read page {page} ({detail}).") from None


def check_page(path: str, page) -> None:  # a pdfplumber Page
    """Refuse a PDF page whose rendering for OCR would pass ``MAX_PIXELS``."""
    scale = RESOLUTION / 72
    check_pixels(path, round(float(page.width) * scale), round(float(page.height) * scale),
                 f"page {page.page_number} at {RESOLUTION} dpi")


def ocr_page(page, path: str = "<pdf>") -> str:  # a pdfplumber Page
    """Render one PDF page at 300 dpi and read it with Tesseract in Vietnamese."""
    check_page(path, page)
    image = page.to_image(resolution=RESOLUTION).original
    return ocr_image(image, path, page.page_number)


def clean_page(text: str) -> str:
    """The text of one OCR page: blank lines out, a page number at its top or bottom out.

    >>> clean_page("\\n- 2 -\\nĐiều 1. Phạm vi\\n\\nSở Tài chính chủ trì.\\n3\\n\\f")
    'Điều 1. Phạm vi\\nSở Tài chính chủ trì.'
    """
    lines = [ln for ln in text.splitlines() if ln.strip()]
    while lines and PAGE_NUMBER.match(lines[-1]):
        lines.pop()
    while lines and PAGE_NUMBER.match(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


def page_ranges(numbers: list[int]) -> str:
    """Page numbers as ranges.

    >>> page_ranges([1, 2, 3, 5])
    '1-3, 5'
    """
    out: list[str] = []
    for n in numbers:
        if out and out[-1].split("-")[-1] == str(n - 1):
            out[-1] = out[-1].split("-")[0] + f"-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


def pages_note(numbers: list[int], what: str = "page") -> str:
    """The note for RawDocument.notes.

    >>> pages_note([2]), pages_note([1, 2, 4], "TIFF page")
    ('page 2 read by OCR', 'TIFF pages 1-2, 4 read by OCR')
    """
    return f"{what}{'s' if len(numbers) > 1 else ''} {page_ranges(numbers)} read by OCR"

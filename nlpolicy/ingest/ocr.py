"""OCR of PDF pages through Tesseract (``-l vie``), for scans and for text
layers whose glyphs have no Unicode mapping (``(cid:54)``)."""
from __future__ import annotations

import shutil
from functools import lru_cache

from nlpolicy.errors import MissingToolError

LANGUAGE = "vie"
RESOLUTION = 300
INSTALL = "install it with: apt-get install tesseract-ocr tesseract-ocr-vie"


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


def ensure_tesseract(path: str) -> None:
    """Raise :class:`MissingToolError` when OCR cannot run."""
    problem = _check()
    if problem:
        raise MissingToolError(f"{path}: this PDF needs OCR but {problem}; {INSTALL}.")


def ocr_page(page) -> str:  # a pdfplumber Page
    """Render one page at 300 dpi and read it with Tesseract in Vietnamese."""
    import pytesseract
    image = page.to_image(resolution=RESOLUTION).original
    try:
        return pytesseract.image_to_string(image, lang=LANGUAGE, config="--psm 3")
    except pytesseract.TesseractNotFoundError:
        raise MissingToolError(f"OCR needs the tesseract program; {INSTALL}.") from None

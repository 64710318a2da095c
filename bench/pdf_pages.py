"""PDF pages per second: nlpolicy ingest next to plain ``pdfplumber`` ``extract_text``.

Both read the same PDFs from ``corpus/original`` in this process.  A PDF whose
text layer is unusable (glyphs without Unicode, ``(cid:54)``) needs OCR in
nlpolicy and is timed apart: OCR at 300 dpi is two orders of magnitude slower
and would swamp the figure for text PDFs.
"""
from __future__ import annotations

import time
from pathlib import Path

from bench.common import ORIGINALS, Row

# more than this share of the characters inside "(cid:NN)" marks: an OCR document
CID_SHARE = 0.05


def _plumber(path: Path) -> tuple[int, str]:
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages), "".join((p.extract_text() or "") + "\n" for p in pdf.pages)


def _cid_share(text: str) -> float:
    return text.count("(cid:") * 9 / max(1, len(text))


def run(ocr: bool = True) -> list[Row]:
    from nlpolicy.errors import NlpolicyError
    from nlpolicy.ingest import read

    pdfs = sorted(ORIGINALS.glob("*.pdf"))
    if not pdfs:
        return [Row("PDFs", f"none in {ORIGINALS}")]
    text_pdfs, ocr_pdfs, pages = [], [], {}
    for p in pdfs:                                      # also the warm-up of pdfplumber
        n, text = _plumber(p)
        pages[p] = n
        (ocr_pdfs if _cid_share(text) > CID_SHARE else text_pdfs).append(p)
    try:
        read(text_pdfs[0])                              # warm-up of nlpolicy's reader
    except NlpolicyError as exc:
        return [Row("nlpolicy PDF ingest", f"fails: {exc}")]

    n_pages = sum(pages[p] for p in text_pdfs)
    t0 = time.perf_counter()
    for p in text_pdfs:
        _plumber(p)
    t_plumber = time.perf_counter() - t0
    errors = []
    t0 = time.perf_counter()
    for p in text_pdfs:
        try:
            read(p)
        except NlpolicyError as exc:
            errors.append(f"{p.name}: {exc}")
    t_ours = time.perf_counter() - t0
    rows = [
        Row("text PDFs", f"{len(text_pdfs)} files, {n_pages} pages"),
        Row("nlpolicy ingest.read", f"{n_pages / t_ours:.2f} pages/s",
            f"pdfplumber extract_text {n_pages / t_plumber:.2f} pages/s "
            f"(nlpolicy takes {t_ours / t_plumber:.2f}x its time)"),
    ] + [Row("  error", e) for e in errors]

    for p in ocr_pdfs:
        if not ocr:
            rows.append(Row(f"OCR PDF {p.name}", f"{pages[p]} pages, skipped (--no-ocr)"))
            continue
        t0 = time.perf_counter()
        try:
            raw = read(p)
            how = raw.encoding
        except NlpolicyError as exc:
            how = f"refused: {exc}"
        dt = time.perf_counter() - t0
        rows.append(Row(f"OCR PDF {p.name}", f"{pages[p] / dt:.3f} pages/s ({dt:.1f} s, {how})",
                        "separate: OCR, not comparable to pdfplumber"))
    return rows

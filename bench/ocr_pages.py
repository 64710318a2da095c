r"""The real damage path: a gold document's text printed on A4 pages, read back by Tesseract.

    .venv/bin/python -m bench.ocr_pages [--docs PATTERN,...] [--limit N] [--jobs 2]
    bench/run.sh ocr-pages ...

Each gold document's text (``../shared/spec/gold`` and ``corpus/gold``; the
documents are in ``../shared/corpus``) is laid out as a clerk's print would be:
A4 at 300 dpi, DejaVu Sans 11 pt (it has every Vietnamese letter), margins of
3 cm on the left and 2 cm elsewhere, long lines wrapped at the margin, a page
number at the foot.  Texts converted from the web carry Markdown; a print shows
what it stands for, not the marks: ``**bold**`` and ``# headings`` in bold,
``*italics*`` plain, ``\-`` as ``-``, ``* item`` as ``- item``, a pipe table's
cells side by side in columns (its ``|:---|`` rule line not at all), and bold marks
glued between two words (``QUYẾT**CỦA``, where a conversion lost a line break) as a
line break.  Likewise the word-segmented research texts print their ``_`` joins as the
spaces they stand for (``Ủy_ban nhân_dân`` as ``Ủy ban nhân dân``): no print of a document
shows them, and Tesseract reads a printed ``_`` back as ``_ `` or drops it.  Tesseract (``-l vie --psm 3``, the settings of
``nlpolicy/ingest/ocr.py``) reads each page; the pages' texts, joined by a newline
and in NFC, are the OCR'd document.  Nothing of the OCR output is cleaned: finding
the structure in it is the extractor's job.

OCR texts are cached in ``bench/out/ocr/`` under a hash of the text, the layout
and Tesseract's version, so a rerun costs nothing.  This script prints, per
document, the pages, the OCR time and the share of the source's words that came
back unchanged; ``bench/damage.py`` extracts and scores the OCR'd texts (its OCR row).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bench.common import ROOT, SHARED

OUT = ROOT / "bench" / "out" / "ocr"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD_FONT = FONT.with_name("DejaVuSans-Bold.ttf")
LANGUAGE = "vie"
TESSERACT_CONFIG = "--psm 3"            # as nlpolicy/ingest/ocr.py reads a scanned page

DPI = 300
PAGE = (2480, 3508)                     # A4 at 300 dpi
FONT_PX = round(11 * DPI / 72)          # 11 pt
LINE_PX = round(FONT_PX * 1.35)
CM = DPI / 2.54
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = (round(x * CM) for x in (3, 2, 2, 2))
# what the cache key covers besides the text: a change here renders (and reads) anew
LAYOUT = (f"A4@{DPI} {FONT.name} {FONT_PX}px/{LINE_PX}px margins 3,2,2,2cm markdown-printed-3 "
          f"{LANGUAGE} {TESSERACT_CONFIG}")


@dataclass(frozen=True)
class OcrResult:
    text: str           # the OCR'd document
    pages: int
    seconds: float      # rendering and OCR when it was made (not the cache look-up)
    cached: bool


# ---------------------------------------------------------------- what a print shows of the text

@dataclass(frozen=True)
class PrintLine:
    cells: tuple[str, ...]      # one cell for a line of text; a table row's cells side by side
    bold: bool = False


_TABLE_RULE = re.compile(r"^\s*\|?(\s*:?-{3,}:?\s*\|?)+\s*$")      # | :---- | ---: |
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_BULLET = re.compile(r"^(\s*)[*+]\s+")
_STARS = re.compile(r"(?<![\\(])\*+(?!\))|__")     # emphasis; an escaped "\*" and a footnote mark "(*)" stay
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_HARD_BREAK = re.compile(r"\\(?=\s|$)")
# "Ủy_ban nhân_dân": a research dataset's word segmentation; the document it stands for has spaces
_JOINED = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
# "NGHỊ QUYẾT**CỦA BAN ..." : bold marks glued between words stand where a conversion lost line breaks
_GLUED_STRONG = re.compile(r"(?<=\S)\*{2,}(?=\S)")


def _plain(s: str) -> str:
    return _JOINED.sub(" ", _HARD_BREAK.sub("", _ESCAPE.sub(r"\1", _STARS.sub("", s)))).strip()


def printed(line: str) -> PrintLine | None:
    r"""A source line as a print shows it; None for a line that prints nothing (a table rule).

    >>> printed("**II. NHIỆM VỤ VÀ GIẢI PHÁP**")
    PrintLine(cells=('II. NHIỆM VỤ VÀ GIẢI PHÁP',), bold=True)
    >>> printed("# Quyết định số 12/QĐ-UBND").bold, printed("\\- Sở Tài chính *chủ trì* (\\*)").cells
    (True, ('- Sở Tài chính chủ trì (*)',))
    >>> printed("giao Ủy_ban nhân_dân huyện chủ_trì").cells
    ('giao Ủy ban nhân dân huyện chủ trì',)
    >>> printed("*   Rà soát quy hoạch"), printed("| :---- | ----: |")
    (PrintLine(cells=('- Rà soát quy hoạch',), bold=False), None)
    >>> printed("| Số: 7-NQ/HU | *Bình Lục, ngày 02 tháng 3 năm 2021* |").cells
    ('Số: 7-NQ/HU', 'Bình Lục, ngày 02 tháng 3 năm 2021')
    """
    if _TABLE_RULE.match(line):
        return None
    stripped = line.strip()
    if stripped.startswith("|"):
        cells = [c for c in stripped.strip("|").split("|")]
        return PrintLine(tuple(_plain(c) for c in cells))
    heading = bool(_HEADING.match(line))
    line = _BULLET.sub(r"\1- ", _HEADING.sub("", line))
    stripped = line.strip()
    bold = heading or (stripped.startswith("**") and stripped.endswith("**") and len(stripped) > 4)
    return PrintLine((_plain(line),), bold)


# ---------------------------------------------------------------- layout

@lru_cache(maxsize=2)
def _font(bold: bool = False):
    from PIL import ImageFont
    return ImageFont.truetype(str(BOLD_FONT if bold else FONT), FONT_PX)


def wrap_line(line: str, width: float, measure) -> list[str]:
    """A source line cut at spaces into pieces no wider than ``width`` (a word wider than
    the line stands alone).

    >>> wrap_line("một hai ba bốn", 7, len)
    ['một hai', 'ba bốn']
    >>> wrap_line("", 7, len), wrap_line("dàidàidàidài x", 7, len)
    ([''], ['dàidàidàidài', 'x'])
    """
    words = line.split()
    if not words:
        return [""]
    out, current = [], words[0]
    for w in words[1:]:
        if measure(current + " " + w) <= width:
            current += " " + w
        else:
            out.append(current)
            current = w
    out.append(current)
    return out


# one printed line: (x offset from the left margin, text, bold) for each cell
Row = tuple[tuple[int, str, bool], ...]


def layout(text: str) -> list[list[Row]]:
    """The document as printed lines, wrapped at the margins (a table cell within its
    column) and cut into pages."""
    width = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
    per_page = (PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM) // LINE_PX - 2   # room for the page number
    rows: list[Row] = []
    for source in (part for line in text.splitlines() for part in _GLUED_STRONG.split(line)):
        line = printed(source)
        if line is None:
            continue
        measure = _font(line.bold).getlength
        column = width // len(line.cells)
        pieces = [wrap_line(cell, column - FONT_PX, measure) for cell in line.cells]
        for k in range(max(map(len, pieces))):
            rows.append(tuple((i * column, p[k], line.bold) for i, p in enumerate(pieces) if k < len(p)))
    while rows and not any(t.strip() for _, t, _ in rows[-1]):
        rows.pop()
    return [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]


def render(page: list[Row], number: int):
    """One page as a greyscale image, its number centred at the foot."""
    from PIL import Image, ImageDraw
    image = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(image)
    for i, row in enumerate(page):
        for x, text, bold in row:
            draw.text((MARGIN_LEFT + x, MARGIN_TOP + i * LINE_PX), text, font=_font(bold), fill=0)
    font = _font()
    label = str(number)
    draw.text(((PAGE[0] - font.getlength(label)) / 2, PAGE[1] - MARGIN_BOTTOM), label, font=font, fill=0)
    return image


# ---------------------------------------------------------------- OCR with a cache

@lru_cache(maxsize=1)
def tesseract_version() -> str:
    import pytesseract
    return str(pytesseract.get_tesseract_version())


def cache_key(text: str) -> str:
    h = hashlib.sha256()
    for part in (LAYOUT, tesseract_version(), unicodedata.normalize("NFC", text)):
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()[:20]


def _read_page(args: tuple[list[Row], int]) -> str:
    import pytesseract
    page, number = args
    return pytesseract.image_to_string(render(page, number), lang=LANGUAGE, config=TESSERACT_CONFIG).rstrip("\f\n ")


def _write_whole(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def ocr_text(text: str, cache: Path = OUT, pool: ProcessPoolExecutor | None = None) -> OcrResult:
    """The text as Tesseract reads it back from printed pages; from the cache when it was read before.

    With ``pool``, pages are read in its worker processes.
    """
    key = cache_key(text)
    txt, meta = cache / f"{key}.txt", cache / f"{key}.json"
    if txt.is_file() and meta.is_file():
        info = json.loads(meta.read_text(encoding="utf-8"))
        return OcrResult(txt.read_text(encoding="utf-8"), info["pages"], info["seconds"], True)
    t0 = time.perf_counter()
    pages = layout(text)
    jobs = [(page, i) for i, page in enumerate(pages, 1)]
    texts = list(pool.map(_read_page, jobs)) if pool else [_read_page(j) for j in jobs]
    result = unicodedata.normalize("NFC", "\n".join(texts)) + "\n"
    seconds = time.perf_counter() - t0
    # the text first, then its record: a reader that finds the record finds the whole text
    _write_whole(txt, result)
    _write_whole(meta, json.dumps({"pages": len(pages), "seconds": round(seconds, 2), "layout": LAYOUT,
                                   "tesseract": tesseract_version()}))
    return OcrResult(result, len(pages), seconds, False)


def words_kept(source: str, ocr: str) -> float:
    """The share of the source's words (with their diacritics) that the OCR text has too.

    >>> words_kept("Sở Công Thương chủ trì", "Sớ Công Thương chủ tri")
    0.6
    """
    want = Counter(unicodedata.normalize("NFC", source).split())
    got = Counter(unicodedata.normalize("NFC", ocr).split())
    return sum((want & got).values()) / max(1, sum(want.values()))


def pool(jobs: int) -> ProcessPoolExecutor:
    """Worker processes for pages; Tesseract itself on one thread each (jobs x 1 cores)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    return ProcessPoolExecutor(max_workers=jobs)


# ---------------------------------------------------------------- the command

def main(argv: list[str] | None = None) -> int:
    from bench.damage import gold_jobs, select        # the gold documents, as the damage benchmark picks them
    ap = argparse.ArgumentParser(prog="python -m bench.ocr_pages", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", help="comma-separated substrings of gold names to keep")
    ap.add_argument("--limit", type=int, help="at most this many documents")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the pages (default 2)")
    ap.add_argument("--cache", type=Path, default=OUT, help=f"cache folder (default {OUT.relative_to(ROOT)})")
    a = ap.parse_args(argv)
    if not (SHARED / "corpus").is_dir():
        print(f"ocr_pages: skipped: {SHARED / 'corpus'} is absent (the gold documents are not redistributed)")
        return 0
    if not FONT.is_file():
        print(f"ocr_pages: {FONT} is missing (apt-get install fonts-dejavu-core)", file=sys.stderr)
        return 2
    jobs = select(gold_jobs(), a.docs, a.limit)
    t0 = time.perf_counter()
    total_pages = made_pages = 0
    made_seconds = 0.0
    with pool(a.jobs) as workers:
        print(f"{'document':<40} {'pages':>5} {'seconds':>8} {'words kept':>10}")
        for job in jobs:
            source = job.source.read_text(encoding="utf-8")
            res = ocr_text(source, a.cache, workers)
            total_pages += res.pages
            if not res.cached:
                made_pages += res.pages
                made_seconds += res.seconds
            tag = " (cached)" if res.cached else ""
            print(f"{job.name[:40]:<40} {res.pages:>5} {res.seconds:>8.1f} {words_kept(source, res.text):>10.3f}{tag}",
                  flush=True)
    wall = time.perf_counter() - t0
    print(f"{len(jobs)} documents, {total_pages} pages; OCR'd now: {made_pages} pages in {made_seconds:.0f} s"
          + (f" ({made_seconds / made_pages:.1f} s per page with {a.jobs} workers)" if made_pages else "")
          + f"; wall time {wall:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

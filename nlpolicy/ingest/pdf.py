"""PDF files through pdfplumber: words once per page, then lines, columns,
tables, page furniture; OCR for pages without a usable text layer.

Per page, ``extract_words`` is the only per-character pass; lines, the
two-column split and the header/footer test all work on words.  Ruled tables
are looked for only on pages that draw lines or rectangles; their words are
taken out of the running text and the table is written once, one cell per
line, where it stands on the page.
"""
from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from nlpolicy.errors import InputError
from nlpolicy.ingest import limits, ocr
from nlpolicy.fontfix import repair_font
from nlpolicy.types import RawDocument, Table

LINE_TOLERANCE = 3.0         # points: words whose tops differ less are on one line
MARGIN_BAND = 0.12           # top/bottom share of the page where headers and footers live
WORD_GAP = 12.0              # points: a wider space between words may be a column gutter
CID_SHARE = 0.02             # pages with more "(cid:NN)" words than this go to OCR

_PAGE_NUMBER = ocr.PAGE_NUMBER
_CID = re.compile(r"\(cid:\d+\)")


@dataclass
class _Line:
    top: float
    bottom: float
    x0: float
    x1: float
    words: list[dict]
    table: Table | None = None

    @property
    def text(self) -> str:
        if self.table is not None:
            # one row a line, cells between " | " (nlpolicy.tables reads pipe rows): the ruling says
            # where a row ends, which a cell a line would lose
            rows = (" | ".join(" ".join(c.split()) for c in row) for row in self.table.rows)
            return "\n".join(r for r in rows if r.replace("|", "").strip())
        return " ".join(w["text"] for w in self.words)

    def compact(self) -> None:
        """Keep the line's text, drop its word boxes (all pages are kept until the furniture is known)."""
        if self.table is None and len(self.words) > 1:
            self.words = [{"text": self.text}]


@dataclass
class _Page:
    number: int
    height: float
    lines: list[_Line]
    ocr: bool = False


# ---------------------------------------------------------------- layout

def _lines(words: list[dict]) -> list[_Line]:
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(w["top"] - lines[-1].top) <= LINE_TOLERANCE:
            line = lines[-1]
            line.words.append(w)
            line.bottom, line.x0, line.x1 = max(line.bottom, w["bottom"]), min(line.x0, w["x0"]), max(line.x1, w["x1"])
        else:
            lines.append(_Line(w["top"], w["bottom"], w["x0"], w["x1"], [w]))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    return lines


def _spans(line: _Line) -> list[tuple[float, float]]:
    """The stretches of a line that ink covers, ordinary word spaces included."""
    spans: list[list[float]] = []
    for w in line.words:
        if spans and w["x0"] - spans[-1][1] < WORD_GAP:
            spans[-1][1] = max(spans[-1][1], w["x1"])
        else:
            spans.append([w["x0"], w["x1"]])
    return [(a, b) for a, b in spans]


def _crosses(spans: list[tuple[float, float]], x: float) -> bool:
    return any(a < x < b for a, b in spans)


def _gutter(lines: list[_Line], width: float) -> float | None:
    """The x of a column gap running down the page, if it has two columns."""
    if len(lines) < 10:
        return None
    spans = [_spans(line) for line in lines]
    counts = [(sum(_crosses(s, x) for s in spans), x) for x in range(int(width * 0.35), int(width * 0.65), 2)]
    if not counts:
        return None
    best_cross = min(c for c, _ in counts)
    if best_cross > 0.1 * len(lines):
        return None
    xs = [x for c, x in counts if c == best_cross]
    # the middle of the widest run of best positions: the centre of the gap
    runs: list[list[int]] = []
    for x in xs:
        if runs and x - runs[-1][-1] == 2:
            runs[-1].append(x)
        else:
            runs.append([x])
    run = max(runs, key=len)
    best = run[len(run) // 2]
    split = sum(any(b <= best for _, b in s) and any(a >= best for a, _ in s) for s in spans)
    return best if split >= max(5, 0.3 * len(lines)) else None


def _two_columns(lines: list[_Line], gutter: float) -> list[_Line]:
    """Reading order for a two-column page: within each run of lines that do not
    cross the gutter, the left column first, then the right."""
    out: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []

    def flush() -> None:
        out.extend(left)
        out.extend(right)
        left.clear()
        right.clear()
    for line in lines:
        if line.table is not None or _crosses(_spans(line), gutter):
            flush()
            out.append(line)
            continue
        lw = [w for w in line.words if w["x1"] <= gutter]
        rw = [w for w in line.words if w["x0"] >= gutter]
        if lw:
            left.append(_Line(line.top, line.bottom, lw[0]["x0"], lw[-1]["x1"], lw))
        if rw:
            right.append(_Line(line.top, line.bottom, rw[0]["x0"], rw[-1]["x1"], rw))
    flush()
    return out


def _tables(page) -> list[tuple[tuple[float, float, float, float], Table]]:
    if not (page.lines or page.rects):
        return []
    found = []
    for t in page.find_tables():
        rows = t.extract()
        if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
            continue                          # a frame round a paragraph, not a table
        table = Table(rows=tuple(_unglue(tuple(_clean(c or "") for c in row)) for row in rows))
        found.append((t.bbox, table))
    return found


def _unglue(row: tuple[str, ...]) -> tuple[str, ...]:
    """A row number the PDF also wrote into the next cell, glued to its first word ("5" | "5Kho bãi
    ..."): the text layer repeats a merged STT cell.  The number stays in its own cell only.

    >>> _unglue(("5", "5Kho bãi và lưu giữ hàng hóa", "5210"))
    ('5', 'Kho bãi và lưu giữ hàng hóa', '5210')
    >>> _unglue(("2", "2Km đường", "x"))[1], _unglue(("3", "35 xã", "x"))[1]
    ('2Km đường', '35 xã')
    """
    n = row[0].strip().rstrip(".") if row else ""
    if not n.isdigit() or len(row) < 2:
        return row
    cell = row[1]
    rest = cell[len(n):]
    if cell.startswith(n) and len(rest) > 1 and rest[0].isupper() and rest[1].islower() and rest[:2] != "Km":
        return (row[0], rest) + row[2:]
    return row


def _clean(cell: str) -> str:
    return unicodedata.normalize("NFC", cell).strip()


def _inside(w: dict, bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _read_page(page, number: int) -> _Page:
    words = page.extract_words()
    cid = sum(bool(_CID.search(w["text"])) for w in words)
    if not words or cid > CID_SHARE * len(words):
        return _Page(number, float(page.height), [], ocr=True)
    tables = _tables(page)
    if tables:
        words = [w for w in words if not any(_inside(w, bbox) for bbox, _ in tables)]
    lines = _lines(words)
    gutter = _gutter(lines, float(page.width))
    for bbox, table in tables:
        lines.append(_Line(bbox[1], bbox[3], bbox[0], bbox[2], [], table))
    lines.sort(key=lambda ln: ln.top)
    if gutter is not None:
        lines = _two_columns(lines, gutter)
    return _Page(number, float(page.height), lines)


# ---------------------------------------------------------------- page furniture

def _furniture_key(line: _Line) -> str:
    return re.sub(r"\d+", "#", line.text.strip().lower())


def _edges(page: _Page) -> list[_Line]:
    """Lines that could be headers or footers: first two and last two, in the margin bands."""
    text_lines = [ln for ln in page.lines if ln.table is None]
    candidates = text_lines[:2] + text_lines[-2:]
    band = page.height * MARGIN_BAND
    unique = list({id(ln): ln for ln in candidates}.values())
    return [ln for ln in unique if ln.top < band or ln.bottom > page.height - band]


def _drop_furniture(pages: list[_Page]) -> None:
    text_pages = [p for p in pages if not p.ocr]
    seen: Counter[tuple[str, int]] = Counter()
    for page in text_pages:
        for key in {(_furniture_key(ln), round(ln.top / 6)) for ln in _edges(page)}:
            seen[key] += 1
    repeated = {k for k, n in seen.items() if n >= 2 and n >= 0.5 * len(text_pages)}
    for page in text_pages:
        drop = {id(ln) for ln in _edges(page)
                if (_furniture_key(ln), round(ln.top / 6)) in repeated or _PAGE_NUMBER.match(ln.text)}
        page.lines = [ln for ln in page.lines if id(ln) not in drop]


# ---------------------------------------------------------------- entry point

def _count_pages(pdf, limit: int) -> int:
    """The number of pages, counting no further than ``limit + 1`` (a page tree can be enormous)."""
    from itertools import islice

    from pdfminer.pdfpage import PDFPage
    return sum(1 for _ in islice(PDFPage.create_pages(pdf.doc), limit + 1))


def _declared_pages(pdf) -> int | None:
    """The page count the PDF states (``/Count`` of its page tree), for the message only."""
    from pdfminer.pdftypes import resolve1
    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
    except Exception:
        return None
    return count if isinstance(count, int) else None


def _open(path: str, data: bytes):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    # a whole PDF ends with its end-of-file marker, perhaps followed by padding; a cut one ends elsewhere
    # (an earlier %%EOF of an incremental save may still lie inside a cut file, so look at the very end)
    if not data.rstrip(b"\x00\r\n\t \x0c").endswith(b"%%EOF"):
        raise InputError(f"{path}: the PDF is truncated (it has no end-of-file marker); "
                         f"download or copy it again.")
    limit = limits.get("MAX_PAGES")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        n = _count_pages(pdf, limit)
        if n > limit:
            declared = _declared_pages(pdf)
            pdf.close()
            found = f"{declared:,}" if declared and declared > limit else f"more than {limit:,}"
            raise limits.over(path, f"the PDF has {found} pages", "MAX_PAGES", f"{limit:,}-page")
        pages = pdf.pages
    except InputError:
        raise
    except Exception as exc:  # pdfminer signals damage with many exception types
        # pdfplumber wraps pdfminer's errors: look inside for the password case
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc.__cause__
        if isinstance(exc, (PDFPasswordIncorrect, PDFEncryptionError)) or \
                isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(f"{path}: the PDF is encrypted and needs a password; "
                             f"save an unprotected copy and try again.") from None
        raise InputError(f"{path}: the PDF is damaged and cannot be read "
                         f"({type(inner or exc).__name__}).") from None
    if not pages:
        pdf.close()
        raise InputError(f"{path}: the PDF has no pages.")
    return pdf, pages


def _read_pages(path: str, plumber_pages) -> list[_Page]:
    """Every page's lines, one page at a time: pdfplumber's caches of a page are
    dropped once it is read, and its lines keep their text, not their words."""
    pages: list[_Page] = []
    chars = 0
    for i, p in enumerate(plumber_pages):
        page = _read_page(p, i + 1)
        p.close()
        for line in page.lines:
            line.compact()
            chars += len(line.text) + 1
        pages.append(page)
        limits.check_chars(path, chars, at_least=True)
    return pages


def read_pdf(path: str, data: bytes) -> RawDocument:
    pdf, plumber_pages = _open(path, data)
    notes: list[str] = []
    try:
        try:
            pages = _read_pages(path, plumber_pages)
        except InputError:
            raise
        except Exception as exc:
            raise InputError(f"{path}: the PDF is damaged and its pages cannot be read "
                             f"({type(exc).__name__}).") from None
        _drop_furniture(pages)
        ocr_pages = [p.number for p in pages if p.ocr]
        ocr_text: dict[int, str] = {}
        if ocr_pages:
            ocr.check_ocr_pages(path, len(ocr_pages), "the PDF")
            for n in ocr_pages:
                ocr.check_page(path, plumber_pages[n - 1])
            ocr.ensure_tesseract(path)
            for n in ocr_pages:
                ocr_text[n] = ocr.clean_page(ocr.ocr_page(plumber_pages[n - 1], path))
                plumber_pages[n - 1].close()
            notes.append(ocr.pages_note(ocr_pages))
    finally:
        pdf.close()

    chunks: list[str] = []
    tables: list[Table] = []
    for page in pages:
        if page.ocr:
            chunks.append(ocr_text[page.number])
            continue
        tables.extend(ln.table for ln in page.lines if ln.table is not None)
        chunks.append("\n".join(ln.text for ln in page.lines))
    text = unicodedata.normalize("NFC", "\n".join(c for c in chunks if c))
    limits.check_chars(path, len(text))
    text, repaired = repair_font(text)
    if repaired:
        notes.append("repaired a broken font map (ƣ read as ư, õ as ò)")
        tables = [Table(rows=tuple(tuple(repair_font(c)[0] if c else c for c in row) for row in t.rows))
                  for t in tables]
    if not text.strip():
        raise InputError(f"{path}: the PDF holds no text, even after OCR.")
    return RawDocument(path=path, text=text + "\n", encoding="pdf+ocr" if ocr_pages else "pdf",
                       tables=tuple(tables), pages=len(pages), notes=tuple(notes))

"""Normalise and repair raw text, keeping a map from every output character back to the source.

Each repair is a named function ``step(text) -> list[Edit]``; :func:`normalize`
applies them in order and composes the offset maps, so ``source_offsets[i]`` is
the index in the raw text that output character ``i`` came from.  What the user
sees (``text``) keeps the document's own tone marks; :func:`match_key` gives a
same-length string in one convention (lower case, new-style tone placement,
plain dashes) for matching, so a regex hit in the key is a hit in the text.

    >>> normalize("NGHỊ QUYẾT**CỦA BAN**").text
    'NGHỊ QUYẾT\\nCỦA BAN'
    >>> normalize("đạt 24,5%\\n\\ntổng sản phẩm").text
    'đạt 24,5% tổng sản phẩm'
    >>> match_key("Uỷ ban hoà bình – Hòa")
    'ủy ban hòa bình - hòa'
    >>> match_key("kết quả")
    'kết quả'
"""
from __future__ import annotations

import bisect
import html
import json
import re
import unicodedata
from collections import Counter
from itertools import islice
from dataclasses import dataclass
from typing import Callable, Iterable

from nlpolicy.fontfix import wrong_letters
from nlpolicy.spans import Spans
from nlpolicy.textfold import fold
from nlpolicy.regexes import DIGIT_WORDS, TOTAL_LINE, UPPER, LinePattern, find_all


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``repl``; inserted characters map to the source of ``start``,
    or, when ``moved_from`` is given, to the characters at ``moved_from`` in the current text (a
    footnote moved elsewhere keeps pointing at its own source)."""
    start: int
    end: int
    repl: str = ""
    moved_from: int | None = None


@dataclass(frozen=True)
class Normalized:
    text: str
    source_offsets: tuple[int, ...]   # len(text) + 1 entries


def _apply(text: str, offsets: list[int], edits: Iterable[Edit]) -> tuple[str, list[int]]:
    """Apply non-overlapping edits (sorted by start) and carry the offsets along (``len(text) + 1``
    of them: the last one, the end of the source, stays last)."""
    n = len(text)
    out: list[str] = []
    out_off: list[int] = []
    pos = 0
    for e in edits:
        if e.start < pos:
            continue  # overlapping edit: the earlier one wins (insertions at one point all apply)
        out.append(text[pos:e.start])
        out_off.extend(offsets[pos:e.start])
        if e.repl and e.moved_from is not None:
            out_off.extend(offsets[e.moved_from:e.moved_from + len(e.repl)])
            out.append(e.repl)
        elif e.repl:
            # A replacement that keeps the matched text's characters in order (e.g. "\\-" -> "-")
            # maps each kept character to its own source; anything else maps to the edit's start.
            src = text[e.start:e.end]
            j = 0
            for ch in e.repl:
                k = src.find(ch, j)
                if k >= 0:
                    out_off.append(offsets[e.start + k])
                    j = k + 1
                else:
                    out_off.append(offsets[e.start] if e.start < n else offsets[n - 1])
            out.append(e.repl)
        pos = e.end
    out.append(text[pos:])
    out_off.extend(offsets[pos:])
    return "".join(out), out_off


# ---------------------------------------------------------------- steps

# a base letter with combining marks after it, or a run of Hangul conjoining jamo: what NFC composes
_COMPOSABLE = re.compile(
    "[^\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]?"
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
    "|[\u1100-\u115f][\u1160-\u11a7][\u11a8-\u11ff]?")


def nfc_edits(text: str) -> list[Edit]:
    """Compose decomposed sequences (NFD from PDFs and some Word files) one cluster at a time."""
    if unicodedata.is_normalized("NFC", text):
        return []
    edits = [Edit(m.start(), m.end(), unicodedata.normalize("NFC", m.group()))
             for m in _COMPOSABLE.finditer(text) if not unicodedata.is_normalized("NFC", m.group())]
    out, pos = [], 0
    for e in edits:
        out.append(text[pos:e.start])
        out.append(e.repl)
        pos = e.end
    out.append(text[pos:])
    if unicodedata.is_normalized("NFC", "".join(out)):
        return edits
    return _nfc_edits_slow(text)   # singletons and rarer compositions: cluster by cluster


def _nfc_edits_slow(text: str) -> list[Edit]:
    edits = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        # a starter may still compose with what precedes or follows it (Hangul jamo): grow the cluster
        # (a letter NFC maps alone, "豈" U+F900 -> U+8C48, composes with nothing: it stays a cluster of its own)
        while j < n and unicodedata.normalize("NFC", text[i:j + 1]) != (unicodedata.normalize("NFC", text[i:j])
                                                                         + unicodedata.normalize("NFC", text[j])):
            j += 1
            while j < n and unicodedata.combining(text[j]):
                j += 1
        cluster = text[i:j]
        if not unicodedata.is_normalized("NFC", cluster):
            edits.append(Edit(i, j, unicodedata.normalize("NFC", cluster)))
        i = j
    return edits


_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\f\v]")
# characters that show nothing, dropped: a soft hyphen, zero-width spaces and joiners, marks of direction, a BOM
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b-\u200f\u2060\ufeff]")
# a thin or narrow space, or a no-break one after at most three figures, between groups of three is a thousands mark
# ("250\u202f000 tấn" is "250.000 tấn"; "năm 2030\u00a0100%" is no number)
_THOUSANDS_SPACE = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+(?!\d|\.\d)")


# slashes that OCR and some fonts put in document numbers ("1105⁄KH-ĐKT": fraction slash, division slash,
# full-width solidus)
_SLASHES = re.compile("[\u2044\u2215\uff0f]")
# any of the three, found in one scan of the text (the sets share no character)
_ODD_CHARACTER = re.compile("[" + "".join(rx.pattern[1:-1] for rx in (_SPACES, _CONTROL, _SLASHES)) + "]")


# a document typed into a spreadsheet and saved as tab-separated text: every row is the sheet's width in cells, the
# header lines sit in its first column, the body is rows "STT ⇥ Nội dung ⇥ Cơ quan chủ trì ⇥ ...", a cell of several
# lines stands in double quotes ("- Sở Tài chính;\n- UBND các xã"), a quote inside doubled
_SHEET_HEAD = re.compile(r"(?:STT|TT|Số[ ]?TT|Số[ ]thứ[ ]tự)\.?", re.IGNORECASE)
_SHEET_HINT = re.compile(r"(?:^|\n)[ ]*(?:STT|TT|Số[ ]?TT)\.?\t", re.IGNORECASE)
_SHEET_PLAIN_CELL = re.compile(r"[^\t\n]*")
_SHEET_LABEL = re.compile(r"(?:[IVX]{1,5}|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]?")
_SHEET_COLUMN_NUMBER = re.compile(r"\(?\d{1,2}\)?|[A-Z]")
_SHEET_SUB_HEAD = re.compile(r"(?i)chỉ tiêu|đơn vị|ghi chú|(?:năm[ ]*)?(?:19|20)\d{2}$")
_SHEET_CELL_BULLET = re.compile(r"^[ ]*[-+•][ ]*")
_SHEET_MIN_ROWS = 8


def _sheet_rows(text: str) -> list[tuple[int, int, list[str]]] | None:
    """The rows of a tab-separated sheet, (start, end, cells) with a quoted cell unquoted; None when a quote is left
    open or a closing one is followed by more of its cell (then the text is no such sheet)."""
    rows, pos, n = [], 0, len(text)
    while pos < n:
        start, cells = pos, []
        while True:
            if text.startswith('"', pos):
                parts, at = [], pos + 1
                while True:
                    q = text.find('"', at)
                    if q < 0:
                        return None
                    parts.append(text[at:q])
                    if not text.startswith('"', q + 1):
                        break
                    parts.append('"')
                    at = q + 2
                pos = q + 1
                if pos < n and text[pos] not in "\t\n":
                    return None
                cells.append("".join(parts))
            else:
                m = _SHEET_PLAIN_CELL.match(text, pos)
                cells.append(m.group())
                pos = m.end()
            if pos < n and text[pos] == "\t":
                pos += 1
                continue
            break
        rows.append((start, pos, cells))
        pos += 1
    return rows


def _sheet_label(label: str) -> str:
    """A row's STT as a paragraph's number: "I" "I. ", "2.1" "2.1. ", "a" "a) ", "3." as written."""
    label = label.strip()
    if not label:
        return ""
    if label[-1] in ".)":
        return label + " "
    return label + (") " if label.isalpha() and label.islower() else ". ")


def _sheet_cell(cell: str) -> str:
    """A cell of several lines ("- Sở Tài chính;\n- UBND các xã") as one run: "Sở Tài chính; UBND các xã"."""
    lines = [_SHEET_CELL_BULLET.sub("", ln).strip().rstrip(";").strip() for ln in cell.split("\n")]
    return "; ".join(ln for ln in lines if ln)


def sheet_export(text: str) -> list[Edit]:
    """A document typed into a spreadsheet and exported as tab-separated text reads as the document it is: the lines
    typed in the first column stand alone; under the sheet's header row ("STT ⇥ Nội dung ⇥ Cơ quan chủ trì ⇥ Cơ quan
    phối hợp ⇥ Thời gian hoàn thành") a row is its paragraph, numbered by its STT ("1.1. Rà soát ..."), the other
    cells after it under their headers' names ("(cơ quan chủ trì: Sở Tài chính; thời gian hoàn thành: Quý II/2027)");
    a row of headings only is its heading; a table inside the body under a header of its own ("⇥ Chỉ tiêu ⇥ Đơn vị
    ⇥ Năm 2027 ⇥ Năm 2030") stays a table, as pipe rows between blank lines.  The header and the column numbers
    ("(1) ⇥ (2) ⇥ ...") go.  Eight rows at least, most of one width of four cells or more, one of them the header."""
    if text.count("\t") < 3 * _SHEET_MIN_ROWS or not _SHEET_HINT.search(text):
        return []
    rows = _sheet_rows(text)
    if not rows:
        return []
    widths = Counter(len(cells) for _, _, cells in rows)
    width, count = widths.most_common(1)[0]
    head_at = next((i for i, (_, _, cells) in enumerate(rows) if _SHEET_HEAD.fullmatch(cells[0].strip())
                    and sum(1 for c in cells[1:] if c.strip()) >= 3), None)
    if width < 4 or count < _SHEET_MIN_ROWS or count < 0.7 * len(rows) or head_at is None:
        return []
    # the header's names as a sentence uses them: "Cơ quan chủ trì" "cơ quan chủ trì" (an acronym as it is)
    heads = [c.strip() for c in rows[head_at][2]]
    names = [h[:1].lower() + h[1:] if h[1:2].islower() else h for h in heads]
    edits: list[Edit] = []
    table_head: list[str] | None = None     # the header of a table inside the body, while its rows run
    for k, (start, end, cells) in enumerate(rows):
        filled = [c.strip() for c in cells]
        while filled and not filled[-1]:
            filled.pop()
        if k == head_at or k > head_at and filled and all(_SHEET_COLUMN_NUMBER.fullmatch(c) for c in filled):
            edits.append(Edit(start, min(end + 1, len(text)), ""))
            continue
        closing = "\n" if table_head is not None else ""
        content = filled[1] if len(filled) > 1 else ""
        if k < head_at or len(filled) <= 1 or not content or not _SHEET_LABEL.fullmatch(filled[0] or "1"):
            table_head = None       # (a line typed in the first column, the signature's cells: as they stand)
            edits.append(Edit(start, end, (closing if filled else "") + "\t".join(filled)))
            continue
        others = [c for c in filled[1:] if c]
        if (not filled[0] or _SHEET_HEAD.fullmatch(filled[0])) and len(others) >= 3 \
                and all(len(c) <= 40 for c in others) and any(_SHEET_SUB_HEAD.search(c) for c in others):
            table_head = ["STT"] + filled[1:]
            edits.append(Edit(start, end, "\n" + " | ".join(table_head)))
            continue
        if table_head is not None and any(filled[2:]):
            edits.append(Edit(start, end, " | ".join([filled[0]] + [_sheet_cell(c) for c in filled[1:]])))
            continue
        table_head = None
        extras = "; ".join(f"{names[i]}: {_sheet_cell(c)}" for i, c in enumerate(filled)
                           if i >= 2 and c and i < len(names) and names[i])
        after = f" ({extras})" if extras else ""
        edits.append(Edit(start, end, closing + _sheet_label(filled[0]) + content + after))
    return edits


# what a numbered paragraph exported from a word processor puts before its tab: "1.", "2.3.", "a)", "II.", "-"
_TAB_LABEL = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-zđ][.)]|[IVX]{1,5}[.)]?|[-+•*–])")


def tab_tables(text: str) -> list[Edit]:
    """A table copied out of a word processor or a spreadsheet keeps a row on its line with a tab
    between cells ("36.⇥Xây dựng Quy định ...⇥Bộ Khoa học và Công nghệ⇥2025"): its tabs become
    " | ", as pipe tables write rows, so that the table reader finds its columns.  In a run of such
    rows, most with three cells of text or more, every tab is a cell (an empty cell stays, the columns keep
    their places); on a line of its own, a run of tabs aligns two cells ("Nơi nhận:⇥⇥TM. ỦY BAN NHÂN
    DÂN") and reads as one separator, and a numbered paragraph's tab ("1.⇥Mục tiêu") is a space."""
    if "\t" not in text:
        return []
    rows: list[tuple[int, int, str, list[str]]] = []     # (line number, start of its cells, cells' text, cells)
    pos = 0
    for i, line in enumerate(text.split("\n")):
        core = line.strip(" \t")
        if "\t" in core:
            rows.append((i, pos + line.index(core), core, core.split("\t")))
        pos += len(line) + 1
    edits: list[Edit] = []
    k = 0
    while k < len(rows):
        run = [rows[k]]        # consecutive lines with tabs inside them
        while k + len(run) < len(rows) and rows[k + len(run)][0] == run[-1][0] + 1:
            run.append(rows[k + len(run)])
        wide = sum(sum(1 for c in cells if c.strip()) >= 3 for *_, cells in run)
        table = len(run) >= 2 and 2 * wide >= len(run)
        for _, start, core, cells in run:
            nonempty = [c for c in cells if c.strip()]
            label = not table and len(nonempty) == 2 and _TAB_LABEL.fullmatch(nonempty[0].strip())
            tabs = re.finditer(r"\t" if table else r"[ ]*\t[\t ]*", core)
            edits += [Edit(start + m.start(), start + m.end(), " " if label else " | ") for m in tabs]
        k += len(run)
    return edits


# a table exported from a spreadsheet as CSV: cells between bare commas, a cell that holds a comma in double quotes
# ("1,Sầu riêng Ea Khanh,Chỉ dẫn địa lý,\"xã Ea Khanh, xã Cư Mlan\",,2027 - 2028"); prose puts a space after its
# commas, a CSV row none outside its quotes
_CSV_FIELD = re.compile(r'"(?:[^"\n]|"")*"|[^,"\n]*')
_CSV_HINT = re.compile(r",[^\s\d]")     # (a literal first: one fast scan of the text)


def _csv_cells(line: str) -> list[tuple[int, int]] | None:
    """The cells of a CSV row (their spans, quotes included), or None when the line is no such row."""
    cells, pos = [], 0
    while True:
        m = _CSV_FIELD.match(line, pos)
        cells.append((m.start(), m.end()))
        if m.end() == len(line):
            break
        if line[m.end()] != "," or line.startswith(" ", m.end() + 1):
            return None
        pos = m.end() + 1
    return cells if len(cells) >= 4 else None


def csv_tables(text: str) -> list[Edit]:
    """A table exported as CSV becomes a pipe table: in a run of three lines or more that split into the same
    number of cells (four or more), the first naming its columns, each comma between cells is " | ", a quoted
    cell loses its quotes, and the row stands between edge pipes."""
    if not _CSV_HINT.search(text):
        return []       # (no bare comma before a cell anywhere: prose puts a space after its commas)
    lines = text.split("\n")
    starts = _line_starts(lines)
    # (not a pipe row, nor a row of a table laid out with runs of spaces, whose figures have decimal commas)
    rows = [_csv_cells(ln) if ln.count(",") >= 3 and "|" not in ln and "  " not in ln else None for ln in lines]
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        n = len(rows[i]) if rows[i] else 0
        j = i
        while j < len(lines) and rows[j] and len(rows[j]) == n:
            j += 1
        if j - i < 3 or not all(lines[i][a:b].lstrip('"')[:1].isalpha() for a, b in rows[i]):
            i = max(j, i + 1)
            continue        # (a CSV export's first row names its columns: "STT,Tên sản phẩm,Hình thức bảo hộ,...")
        for k in range(i, j):
            at, line = starts[k], lines[k]
            edits += [Edit(at, at, "| "), Edit(at + len(line), at + len(line), " |")]   # (edge pipes: a row that
            #   opens with empty cells keeps them, as a pipe table's does)
            for c, (a, b) in enumerate(rows[k]):
                if c:
                    edits.append(Edit(at + a - 1, at + a, " | "))
                if line.startswith('"', a):
                    edits.append(Edit(at + a, at + a + 1))
                    edits.append(Edit(at + b - 1, at + b))
        i = j
    return edits


# A table a PDF reader gave in its layout (pdftotext -layout): cells stand at the columns of the page with
# runs of spaces between them, a header over two or three lines ("Nghị quyết" / "đề ra đến" / "năm 2025"), and
# a cell too long for its column wrapped onto lines of its own under it ("bình quân giai đoạn 2017 - 2025").
_GAP = re.compile(r"[ ]{2,}")
_ALIGNED_HEAD = re.compile(r"(?i)[ ]{0,4}(?:STT|TT|Số[ _]TT|Số[ _]thứ[ _]tự)\.?[ ]{2,}\S")
# what every such header holds, its "TT" or "thứ tự" before the gap, in either case: searched for a text's first one
# (a pattern that ignores case, or starts with optional spaces, is tried at every position of the text: ten times
# slower over a document)
_ALIGNED_HEAD_WORD = re.compile(r"[Tt](?:[Tt]|[Hh][Ứứ][ _][Tt][Ựự])\.?[ ]{2,}\S")
_ALIGNED_NUMBER = re.compile(r"(?i)(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,5}\.?|[A-ZĐ]\.?|[a-zđ][.)])")


# a table drawn with box characters, as a PDF tool's layout mode or a plain-text export draws it: its rules
# ("┌───┬───┐", "├───┼───┤", "└───┴───┘") and its rows of cells between bars ("│ 1 │ Tỷ lệ ... │")
_BOX_RULE = re.compile(r"[ ]*[┌┏╔├┝┠┣╞╟╠└┗╚][─━═┬┳╦┼╋╪╫╬┴┻╩┐┓╗┤┥┨┫╡╢╣┘┛╝ ]*")
# a bilingual document's English lines, each under the Vietnamese line it translates: English's little words, or
# plain letters under a line with Vietnamese ones ("II. CHỈ TIÊU" ⏎ "II. TARGETS")
_ENGLISH_WORD = re.compile(r"(?i)\b(?:the|of|and|to|in|for|with|on|by|is|are|be|will|from|at|an|as|its|this|that)\b")
_BILINGUAL_SHARE = 0.2      # of the lines with text, those in English: a document printed in two languages
_BILINGUAL_MIN = 6          # and at least so many of them


def _english(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    plain = sum(1 for c in letters if c.isascii())
    return len(letters) >= 6 and plain >= 0.9 * len(letters) and len(_ENGLISH_WORD.findall(line)) >= 2


def english_lines(text: str) -> list[Edit]:
    """A document printed in Vietnamese and English, each line's translation on the line under it ("Căn cứ Luật
    Đầu tư ..." ⏎ "Pursuant to the Law on Investment ..."), reads as its Vietnamese: the English lines go.  A line is
    English where nine letters in ten are plain and two of English's little words stand in it ("the", "of", "to"),
    or where all its letters are plain under a line with Vietnamese ones ("II. TARGETS", "PLAN"), or under an
    English line (the translation wrapped over lines).  It acts only where six lines or more are English by the
    first test under a Vietnamese line, and one line in five with text is English."""
    if text.count(" the ") + text.count(" of ") < _BILINGUAL_MIN:
        return []
    lines = text.split("\n")
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    worded = [_english(lines[k]) for k in filled]
    english = {k for j, k in enumerate(filled) if j and worded[j] and not worded[j - 1]}
    if len(english) < _BILINGUAL_MIN:
        return []
    for j, k in enumerate(filled):
        prev = filled[j - 1] if j else None
        plain = lines[k].isascii() and sum(c.isalpha() for c in lines[k]) >= 2
        if prev is not None and k not in english and (
                (plain and not lines[prev].isascii() and prev not in english)   # "II. TARGETS" under "II. CHỈ TIÊU"
                or (prev in english and (plain or worded[j]))):                 # the English wrapped over lines
            english.add(k)
    if len(english) < _BILINGUAL_SHARE * len(filled):
        return []
    starts = _line_starts(lines)
    return [Edit(starts[k] - 1, starts[k] + len(lines[k])) for k in sorted(english)]


# a table written as records, a block a row: a line naming the row by its number ("Nhiệm vụ số 3") over lines
# "Label: value" ("Đơn vị chủ trì: Sở Y tế"), the blocks a blank line apart
# (a word-segmented copy joins the syllables: "đơn_vị chủ_trì:")
_RECORD_HEAD = re.compile(r"[ ]*(?:[^\W\d_]+[ _]){1,4}(?:số[ _])?(?P<n>\d{1,3})[ ]*[.:]?[ ]*")
_RECORD_FIELD = re.compile(r"[ ]*(?:[-+*•][ ]*)?(?P<label>[^\W\d_]+(?:[ _][^\W\d_]+){0,5})[ ]*:[ ]*(?=\S)")
_RECORD_MIN = 3         # the fewest blocks, and the fewest fields in a block, that make a table


def _record_blocks(lines: list[str]) -> list[tuple[int, str, list[tuple[int, str, int]], list[int]]]:
    """Each record: its head line, its number, its fields (line, label in lower case, where the value starts) and the
    lines that go on a field."""
    blocks = []
    k = 0
    while k < len(lines):
        head = _RECORD_HEAD.fullmatch(lines[k])
        fields, more, j = [], [], k + 1
        while head and j < len(lines) and lines[j].strip():
            f = _RECORD_FIELD.match(lines[j])
            if f and len(f.group("label")) <= 40:
                fields.append((j, f.group("label").lower().replace("_", " "), f.end()))
            elif fields:
                more.append(j)
            else:
                break
            j += 1
        if head and len(fields) >= _RECORD_MIN:
            blocks.append((k, head.group("n"), fields, more))
            k = j
        else:
            k += 1
    return blocks


def record_tables(text: str) -> list[Edit]:
    """A table written as records ("Nhiệm vụ số 3" ⏎ "Tên nhiệm vụ: ..." ⏎ "Đơn vị chủ trì: ..." ⏎ "Thời gian hoàn
    thành: ..."), three blocks or more in a row whose fields open with the same label and come in one order, reads as
    the pipe table it stands for: a header of the labels, a row a block with its number first ("| 3 | Tổ chức ... |
    Sở Y tế | ... |").  A field a block leaves out is an empty cell; a line with no label goes on the field above."""
    if text.count(":") < _RECORD_MIN * _RECORD_MIN:
        return []
    lines = text.split("\n")
    starts = _line_starts(lines)
    runs: list[list] = [[]]
    for b in _record_blocks(lines):
        prev = runs[-1][-1] if runs[-1] else None
        if prev and (b[2][0][1] != prev[2][0][1]
                     or any(lines[x].strip() for x in range(max([f[0] for f in prev[2]] + prev[3]) + 1, b[0]))):
            runs.append([])
        runs[-1].append(b)
    edits: list[Edit] = []
    for run in runs:
        labels: list[str] = []
        for _, _, fields, _ in run:
            labels += [lab for _, lab, _ in fields if lab not in labels]
        orders = [[labels.index(lab) for _, lab, _ in fields] for _, _, fields, _ in run]
        if len(run) < _RECORD_MIN or any(o != sorted(set(o)) for o in orders):
            continue    # (fields in another order in some block: no columns to put them in)
        names: dict[str, str] = {}
        for _, _, fields, _ in run:
            for ln, lab, vs in fields:
                names.setdefault(lab, lines[ln][:vs].strip(" -+*•:"))
        head0 = starts[run[0][0]]
        edits.append(Edit(head0, head0, "| STT | " + " | ".join(names[lab] for lab in labels) + " |\n|"
                          + "---|" * (len(labels) + 1) + "\n"))
        for b, ((head, n, fields, more), cols) in enumerate(zip(run, orders)):
            (ln0, _, vs0), rest = fields[0], fields[1:]
            edits.append(Edit(starts[head], starts[ln0] + vs0, f"| {n} | " + " | " * cols[0]))
            for (ln, _, vs), col, before in zip(rest, cols[1:], cols):
                edits.append(Edit(starts[ln] - 1, starts[ln] + vs, " | " * (col - before)))
            for ln in more:
                edits.append(Edit(starts[ln] - 1, starts[ln], " "))
            last = max([f[0] for f in fields] + more)
            end = starts[last] + len(lines[last])
            stop = starts[run[b + 1][0]] - 1 if b + 1 < len(run) else end
            edits.append(Edit(end, stop, " | " * (len(labels) - 1 - cols[-1]) + " |"))
    return edits


_BOX_ROW = re.compile(r"[ ]*[│┃║][^\n]*[│┃║][ ]*")


def box_tables(text: str) -> list[Edit]:
    """A table drawn with box characters becomes a pipe table, one row a line: the rules go (the one under the
    header row becomes "|---|"), and a row whose cells wrap onto several lines inside their columns ("│ 1 │ Tỷ lệ
    suy dinh dưỡng thể thấp còi │ % │ 24,8 │" ⏎ "│   │ ở trẻ em dưới 5 tuổi      │   │      │") is read column by
    column into one line, each cell's pieces in order ("| 1 | Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5
    tuổi | % | 24,8 |"); the moved pieces keep pointing at their own source."""
    if "│" not in text and "║" not in text and "┃" not in text:
        return []
    lines = text.split("\n")
    starts = _line_starts(lines)
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        if not _BOX_RULE.fullmatch(lines[i]) or not any(c in lines[i] for c in "─━═"):
            i += 1
            continue
        # the table: its rules and its rows, one after another
        j, blocks, block, rules = i, [], [], []
        while j < len(lines) and (_BOX_RULE.fullmatch(lines[j]) or _BOX_ROW.fullmatch(lines[j])):
            if _BOX_ROW.fullmatch(lines[j]):
                block.append(j)
            else:
                rules.append(j)
                if block:
                    blocks.append(block)
                block = []
            j += 1
        if block:
            blocks.append(block)
        if not blocks:
            i = j
            continue
        width = sum(lines[blocks[0][0]].count(c) for c in "│┃║")      # the header row's bars
        for k, r in enumerate(rules):
            # the rule under the header row marks it, as a pipe table's does; the others go with their line break
            under_header = k > 0 and rules[k - 1] < blocks[0][0] < r
            repl = "|" + "---|" * max(width - 1, 1) if under_header else ""
            start, end = starts[r], starts[r] + len(lines[r]) + (0 if under_header else 1)
            edits.append(Edit(start, min(end, len(text)), repl))
        for block in blocks:
            edits.extend(_box_row(lines, starts, block))
        i = j
    return edits


def _box_row(lines: list[str], starts: list[int], block: list[int], bars: str = "│┃║") -> list[Edit]:
    """The edits that make one row of a box table (its lines ``block``) one pipe row on its first line."""
    def cells(n: int) -> list[tuple[int, int]]:
        line = lines[n]
        at = [k for k, c in enumerate(line) if c in bars]
        return [(a + 1, b) for a, b in zip(at, at[1:])]
    first = lines[block[0]]
    head = cells(block[0])
    edits = []
    if bars != "|":
        edits += [Edit(starts[block[0]] + k, starts[block[0]] + k + 1, "|") for k, c in enumerate(first) if c in bars]
    rest = [cells(n) for n in block[1:]]
    for col, (a, b) in enumerate(head):
        body = first[a:b].rstrip()
        at = starts[block[0]] + (a + len(body) if body.strip() else a)
        for n, row in zip(block[1:], rest):
            if len(row) != len(head):
                continue
            pa, pb = row[col]
            piece = lines[n][pa:pb]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                word = piece.strip()
                src = starts[n] + pa + lead
                edits.append(Edit(at, at, " " + word, moved_from=src - 1 if lead else None))
    for n in block[1:]:
        edits.append(Edit(starts[n] - 1, starts[n] + len(lines[n])))
    return edits


def _pieces(line: str) -> list[tuple[int, int]]:
    """The runs of text of a line between runs of two spaces or more: (start, end) of each."""
    out, pos = [], len(line) - len(line.lstrip(" "))
    for m in _GAP.finditer(line, pos):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(line.rstrip(" ")):
        out.append((pos, len(line.rstrip(" "))))
    return out


def _column_of(piece: tuple[int, int], cuts: list[int]) -> int:
    """The column a run of text stands in: the one its span overlaps most (a figure set flush right under a
    wide header still falls in its column), the first of equals."""
    a, b = piece
    bounds = cuts[1:] + [max(b, cuts[-1]) + 1]
    overlap = [min(b, hi) - max(a, lo) for lo, hi in zip(cuts, bounds)]
    return overlap.index(max(overlap))


def aligned_tables(text: str) -> list[Edit]:
    """A table laid out with spaces (a PDF read in its layout) reads as pipe rows, one line a row: a header line
    "TT  Chỉ tiêu  Đơn vị  ..." (STT first, three cells or more after it) says where the columns start; a line
    with a number or a group mark in the STT column starts a row; a line with nothing there (no text before the
    second column) continues the header or the row above, and its runs of text join the cells they stand under.
    The table ends at a line that fits none of these, or at a blank line not followed by a row.  Each run of
    text keeps its source (it is moved, not retyped)."""
    if "   " not in text or not _ALIGNED_HEAD_WORD.search(text):
        return []
    lines = text.split("\n")
    starts = _line_starts(lines)
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not _ALIGNED_HEAD.match(line) or "|" in line or "\t" in line or len(_pieces(line)) < 4:
            i += 1
            continue
        titles = _pieces(line)
        cuts = [a for a, _ in titles]
        # (a header may centre its titles over their columns, "TT      Chỉ tiêu      Đơn vị": the STT column ends
        # where its title does, and the next begins there)
        cuts[1] = min(cuts[1], titles[0][1] + 1)
        rows: list[list[list[tuple[int, int]]]] = []        # each row: the runs of text (start, end) of each column
        head = [[] for _ in cuts]
        for a, b in titles:
            head[_column_of((a, b), cuts)].append((starts[i] + a, starts[i] + b))
        def read(ln: str) -> tuple[str] | None:
            if "|" in ln or "\t" in ln or not ln.strip():
                return None
            if _aligned_row(ln, cuts):
                return ("row",)
            rest = _pieces(ln)[0][0] >= cuts[1] - 1    # nothing in the STT column: the rest of a cell above
            return ("rest",) if rest else None

        current, j, last = head, i + 1, i
        while j < len(lines):
            if rows and (k := _page_break(lines, j, read)):
                j = k         # a blank line, or a page break (its number, running header), between two rows
            got = read(lines[j])
            if got is None:
                break
            pieces = _pieces(lines[j])
            if got[0] == "row":
                current = [[] for _ in cuts]
                rows.append(current)
            for a, b in pieces:
                current[_column_of((a, b), cuts)].append((starts[j] + a, starts[j] + b))
            last, j = j, j + 1
        if len(rows) < 2:
            i += 1
            continue
        at = starts[i]
        for r, cells in enumerate([head] + rows):
            if r:
                edits.append(Edit(at, at, "\n"))
            edits.append(Edit(at, at, "|"))
            for runs in cells:
                edits.append(Edit(at, at, " "))
                for n, (a, b) in enumerate(runs):
                    if n:
                        edits.append(Edit(at, at, " "))
                    edits.append(Edit(at, at, text[a:b], moved_from=a))
                edits.append(Edit(at, at, " |"))
        edits.append(Edit(at, starts[last] + len(lines[last])))
        i = last + 1
    return edits


def _aligned_row(line: str, cuts: list[int]) -> bool:
    """Whether a line starts a row of a table whose columns start at ``cuts``: a row number or group mark alone
    in the first column, and text in some later column."""
    pieces = _pieces(line)
    if len(pieces) < 2 or pieces[0][0] >= cuts[1] - 1:
        return False
    a, b = pieces[0]
    return bool(_ALIGNED_NUMBER.fullmatch(line[a:b])) and b <= cuts[1]


def _line_starts(lines: list[str]) -> list[int]:
    """Where each of ``lines`` (a text split at "\\n") starts in the text, and one past its end."""
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    return starts


# A table a PDF reader gave with a space between its cells (no rules drawn, so no cell marks): a header
# line "TT Chỉ tiêu Đơn vị tính Thực hiện năm 2025 Mục tiêu đến năm 2030" whose column names are the
# genre's, then rows "1 Tốc độ tăng trưởng ... %/năm 7,6 11 - 12", an indicator's wrapped rest on the next
# line, group rows "I Chỉ tiêu về kinh tế".
_SPACED_HEAD = re.compile(r"[ ]*(?:STT|TT|Stt|stt)\.?[ ]+(?=\S)")
_SPACED_STT = re.compile(r"[ ]*(?:STT|TT|Stt|stt)\.?[ ]+")
_SPACED_COLUMN = re.compile(
    r"(?<![^ ])(?:(?P<ind>Chỉ tiêu|Nội dung|Tên chỉ tiêu)|(?P<unit>Đơn vị tính|ĐVT)"
    r"|(?P<value>(?:Ước[ ]+)?[Tt]hực hiện|Mục tiêu|Kế hoạch|Dự kiến|Ước tính|Năm[ ]+(?:19|20)\d\d|Giai đoạn|Tỷ lệ|So sánh))(?![^\W\d_])")
# the words that bound a figure in a value cell ("Trên 40", "ít nhất 65", "khoảng 12")
_BOUND_WORDS = r"(?i:trên|dưới|tối thiểu|ít nhất|tối đa|khoảng|từ)"
_SPACED_VALUE = re.compile(r"(?:^|(?<=[ ]))(?:(?:" + _BOUND_WORDS + r"|≥|≤|>|<|~)[ ]*)?"
                           r"\d[\d.,]*(?:[ ]*[-–][ ]*\d[\d.,]*)?[ ]*%?$")
_SPACED_ROW = re.compile(r"[ ]*(?P<n>\d{1,3}(?:\.\d{1,2})*)\.?[ ]+(?=\S)")
_SPACED_GROUP = re.compile(r"[ ]*(?P<n>[IVX]{1,4}|[A-Z])\.?[ ]+(?=[A-ZĐÀ-Ỹ])")
# measure words that head a unit cell alone ("khu" of "Số khu neo đậu ... đạt chuẩn | khu | 4 | 6")
_BARE_UNITS = frozenset({"khu", "cụm", "điểm", "cơ sở", "lượt", "chiếc", "cái", "lần", "tuyến", "cảng", "bến"})


def spaced_tables(text: str) -> list[Edit]:
    """A target table copied out of a PDF with a space between its cells reads as pipe rows: the header's
    column names say where its cells start; a row's figures are read from the line's end (as many as the
    header has value columns), its unit just before them, its indicator from its number to the unit; a line
    without a number or figures is the rest of the indicator above it (an empty STT cell); the table ends at
    a blank line or a line it cannot read.  Nothing but spaces is changed: each becomes " | "."""
    if not _spaced_header_anywhere(text):
        return []
    edits: list[Edit] = []
    lines = text.split("\n")
    starts = _line_starts(lines)
    i = 0
    while i < len(lines):
        head = _spaced_header(lines[i])
        if head is None:
            i += 1
            continue
        cuts, n_values, has_unit = head
        row_edits, blanks, j = [], [], i + 1
        while j < len(lines):
            if row_edits and (k := _page_break(lines, j, lambda ln: _spaced_row(ln, n_values, has_unit, len(cuts) + 1))):
                blanks += range(j, k)        # a page break between two rows: its number, running header, blank lines
                j = k
            got = _spaced_row(lines[j], n_values, has_unit, len(cuts) + 1)
            if got is None:
                break
            row_edits.append((j, got))
            j += 1
        if sum(1 for _, (kind, _) in row_edits if kind == "row") >= 2:
            edits += [Edit(starts[i] + c, starts[i] + c + 1, " | ") for c in cuts]
            edits += [Edit(starts[b] - 1, starts[b] + len(lines[b])) for b in blanks]
            for k, (kind, cut) in row_edits:
                if kind == "rest":
                    edits.append(Edit(starts[k] + cut[0], starts[k] + cut[0], "| "))
                    edits.append(Edit(starts[k] + len(lines[k]), starts[k] + len(lines[k]), " |" * (len(cuts) - 1)))
                else:
                    edits += [Edit(starts[k] + c, starts[k] + c + 1, " | ") for c in cut]
                    if kind == "group":
                        edits.append(Edit(starts[k] + len(lines[k]), starts[k] + len(lines[k]), " |" * (len(cuts) - 1)))
        i = max(j, i + 1)
    return edits


def _spaced_header_anywhere(text: str) -> bool:
    """Whether some line opens with STT and an indicator column's name (found with str.find: a regex
    anchored at every line's start is tried at every position)."""
    return any(_SPACED_STT.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos)
               for word in ("Chỉ tiêu", "Nội dung", "Tên chỉ tiêu") for pos in find_all(text, word))


def _page_break(lines: list[str], j: int, read) -> int | None:
    """The first line after a page break that starts at line ``j`` inside a table (blank lines, a page
    number alone, the running header just after it), when the table goes on there with a row; else None."""
    k, number = j, False
    while k < len(lines) and k - j < 6:
        s = lines[k].strip()
        if not s:
            k += 1
        elif not number and re.fullmatch(r"[-–]?[ ]*\d{1,3}[ ]*[-–]?", s):
            number, k = True, k + 1
        elif number and k - j <= 3 and len(s) <= 80 and (read(lines[k]) or ("", ""))[0] != "row" \
                and any(read(x) and read(x)[0] in ("row", "group") for x in lines[k + 1:k + 5]):
            k += 1           # the running header under the page number
        else:
            break
    if k == j or k >= len(lines):
        return None
    got = read(lines[k])
    if got is None or (got[0] == "rest" and not any(read(x) and read(x)[0] in ("row", "group")
                                                   for x in lines[k + 1:k + 3])):
        return None
    return k


def _spaced_header(line: str) -> tuple[list[int], int, bool] | None:
    """Where the header's cells are cut (the spaces before each column name), how many value columns
    end it, whether it has a unit column; None unless it reads STT, an indicator, then figures."""
    if "|" in line or "\t" in line or len(line) > 200:
        return None
    h = _SPACED_HEAD.match(line)
    if not h:
        return None
    cols = list(_SPACED_COLUMN.finditer(line, h.end()))
    if not cols or cols[0].start() != h.end() or not cols[0].group("ind"):
        return None
    kinds = ["unit" if m.group("unit") else "value" if m.group("value") else "ind" for m in cols]
    if kinds.count("ind") != 1 or "value" not in kinds or kinds.count("unit") > 1:
        return None
    if kinds[1:] != sorted(kinds[1:], key=lambda k: k != "unit"):
        return None       # the unit column stands right after the indicator, the figures after it
    return [m.start() - 1 for m in cols], kinds.count("value"), "unit" in kinds


def _spaced_row(line: str, n_values: int, has_unit: bool, n_cells: int):
    """("row", cuts) for a row with its number and figures, ("group", cuts) for a group row, ("rest",
    (start,)) for the wrapped rest of an indicator; None for a line that is no part of the table."""
    s = line.rstrip()
    if not s.strip() or "|" in s or "\t" in s or s.lstrip().startswith(("(", "*", "Nơi nhận", "Ghi chú")):
        return None
    r = _SPACED_ROW.match(s)
    values, end = [], len(s)
    while len(values) < n_values:
        v = _SPACED_VALUE.search(s, 0, end)
        if not v or v.start() == 0:
            break
        values.insert(0, v.start())
        end = v.start() - 1
        if end < 0 or s[end] != " ":
            break
    if r and values:
        body_end = values[0] - 1          # the space before the first figure
        cuts = [r.end() - 1]
        if has_unit:
            unit_at = _unit_start(s, r.end(), body_end)
            if unit_at is None:
                return None
            cuts.append(unit_at - 1)
        cuts += [v - 1 for v in values]
        return "row", cuts
    g = _SPACED_GROUP.match(s)
    if g and not values:
        return "group", [g.end() - 1]
    if not r and not values and not _SPACED_GROUP.match(s) and len(s) < 120:
        return "rest", (len(s) - len(s.lstrip()),)
    return None


def _unit_start(line: str, lo: int, hi: int) -> int | None:
    """Where the unit that ends at ``hi`` starts (its first word), after ``lo``: the longest of at most
    three words that the unit lexicon reads as a unit, or a bare measure word."""
    from nlpolicy.extract.numbers import _unit_at
    words = [m.start() for m in re.finditer(r"(?<![^ ])\S", line[:hi])]
    words = [w for w in words if w > lo][-3:]
    for w in words:
        got = _unit_at(line[:hi], w)
        if got and got[0] == hi:
            return w
        if line[w:hi].casefold() in _BARE_UNITS:
            return w
    return None


# A small Word table with no STT column copied one cell a line: a header of short lines whose last ones
# name value columns ("Khâu sản xuất" ⏎ "Thực hiện năm 2015" ⏎ "Mục tiêu năm 2020"), then rows of as many
# lines, a name and its figures ("Làm đất" ⏎ "88%" ⏎ "Trên 95%").
_VALUE_HEAD = re.compile(r"(?:(?:Ước[ ]+)?[Tt]hực hiện|Mục tiêu|Kế hoạch|Dự kiến|Ước tính|Năm|Giai đoạn|Đến năm|Chỉ tiêu|Kết quả"
                         r"|Hiện có|Hiện trạng|Bổ sung)[^\n]{0,30}?(?:19|20)\d\d[^\n]{0,12}")
# a last column that names who keeps or does each row ("Đơn vị quản lý", "Cơ quan thực hiện", "Ghi chú"): text
_TEXT_HEAD = re.compile(r"(?:Đơn vị|Cơ quan)[ ](?:quản lý|thực hiện|chủ trì|phụ trách)|Ghi chú")
_FIGURE_CELL = re.compile(r"(?:(?:[Tt]rên|[Dd]ưới|[Tt]ối thiểu|[Íí]t nhất|[Kk]hoảng|[Tt]ừ|≥|≤|>|<|~)[ ]*)?"
                          r"\d[\d.,]*(?:[ ]*[-–][ ]*\d[\d.,]*)?[ ]*(?:%|[^\W\d_]{1,12}(?:/[^\W\d_]{1,8})?)?|[-–]")


def cell_line_tables(text: str) -> list[Edit]:
    """A table with no STT column copied one cell a line reads as pipe rows: after a header of k short lines
    whose last ones name value columns by a year, rows of k lines, a name then its k - 1 figures; the
    lines of each are joined by " | "."""
    if not any(("\n" + w) in text for w in _HEAD_WORDS):
        return []
    lines = text.split("\n")
    edits: list[Edit] = []
    # a header's second line names a column: only the lines above such a line can open one
    candidates = sorted({n - 1 for n, ln in enumerate(lines)
                         if n and len(ln) <= 52 and ln.lstrip().startswith(_HEAD_WORDS)
                         and (_VALUE_HEAD.fullmatch(ln.strip()) or _UNIT_HEAD.fullmatch(ln.strip()))})
    if not candidates:
        return []
    starts = _line_starts(lines)
    i = 0
    for c in candidates:
        if c < i:
            continue
        i = c
        k = _cell_line_header(lines, i)
        if not k:
            continue
        rows, j = [], i + k
        unit_at = next((n for n in range(1, k) if _UNIT_HEAD.fullmatch(lines[i + n].strip())), None)
        text_at = k - 1 if _TEXT_HEAD.fullmatch(lines[i + k - 1].strip()) else None
        while j + k <= len(lines) and _cell_line_row(lines[j:j + k], unit_at, text_at):
            rows.append(j)
            j += k
        if not rows:
            rows, j = _blank_parted_rows(lines, i + k, k)
        if len(rows) >= 2:
            for first in [i] + rows:
                edits += [Edit(starts[first + n] - 1, starts[first + n], " | ") for n in range(1, k)]
            i = j
    return edits


def _cell_line_header(lines: list[str], i: int) -> int:
    """The number of lines of a header starting at line ``i`` (0 when none): 3 to 6 short lines, a name's
    column first, then columns named by a year."""
    for k in range(6, 2, -1):
        head = [ln.strip() for ln in lines[i:i + k]]
        if len(head) < k or not all(head) or any(len(h) > 50 or h.endswith((".", ";", ":")) for h in head):
            continue
        if _VALUE_HEAD.fullmatch(head[0]) or _FIGURE_CELL.fullmatch(head[0]):
            continue
        # (a last column of text after two value columns at least: "... | Bổ sung giai đoạn 2027 - 2030 | Đơn vị quản lý")
        keepers = k >= 5 and bool(_TEXT_HEAD.fullmatch(head[-1]))
        inner = head[1:-1] if keepers else head[1:]
        if all(_VALUE_HEAD.fullmatch(h) or _UNIT_HEAD.fullmatch(h) for h in inner) \
                and sum(1 for h in inner if _UNIT_HEAD.fullmatch(h)) <= 1 \
                and sum(1 for h in inner if _VALUE_HEAD.fullmatch(h)) >= (2 if keepers else 1) \
                and not any(_FIGURE_CELL.fullmatch(h) for h in head):
            return k
    return 0


_UNIT_HEAD = re.compile(r"Đơn vị tính|ĐVT|Đơn vị")
_HEAD_WORDS = ("Ước", "Thực hiện", "thực hiện", "Mục tiêu", "Kế hoạch", "Dự kiến", "Năm", "Giai đoạn", "Đến năm",
               "Chỉ tiêu", "Đơn vị", "ĐVT", "Kết quả", "Hiện có", "Hiện trạng", "Bổ sung")


def _blank_parted_rows(lines: list[str], j: int, k: int) -> tuple[list[int], int]:
    """Rows of k lines parted by blank lines under a header of years, whose cells say more than a figure
    ("Chỉ số cải cách hành chính (PAR INDEX)" ⏎ "88,74% (xếp thứ 14/34)" ⏎ "Đạt từ 90% trở lên, thuộc nhóm 10 ..."
    ⏎⏎ ...): each row a name, then short cells most of which hold a figure; two rows at least."""
    rows: list[int] = []
    figures = cells = 0
    while j < len(lines) and not lines[j].strip():
        j += 1
    while j + k <= len(lines):
        block = [ln.strip() for ln in lines[j:j + k]]
        after = lines[j + k].strip() if j + k < len(lines) else ""
        if not all(block) or after or len(block[0]) > 80 or _FIGURE_CELL.fullmatch(block[0]) \
                or any(len(c) > 90 or c.endswith((".", ":", ";")) for c in block):
            break
        rows.append(j)
        cells += k - 1
        figures += sum(1 for c in block[1:] if re.search(r"\d", c))
        j += k
        while j < len(lines) and not lines[j].strip():
            j += 1
    if len(rows) < 2 or figures * 2 < cells:
        return [], j
    return rows, j
_UNIT_CELL = re.compile(r"[^\W\d_][^\W\d_ /]*(?:[ /][^\W\d_]+){0,3}|%")


def _cell_line_row(cells: list[str], unit_at: int | None = None, text_at: int | None = None) -> bool:
    name, *figures = [c.strip() for c in cells]
    return bool(name) and len(name) <= 80 and not _FIGURE_CELL.fullmatch(name) and not name.endswith((".", ":")) \
        and all(_FIGURE_CELL.fullmatch(f) or (n + 1 == unit_at and _UNIT_CELL.fullmatch(f))
                or (n + 1 == text_at and f and len(f) <= 80 and not f.endswith((".", ":", ";")))
                for n, f in enumerate(figures))


# A Word table with an STT column copied one cell a line, its rows parted by blank lines: "STT" ⏎ "Xã,
# phường" ⏎ "Thu ngân sách (triệu đồng)" ... ⏎⏎ "1" ⏎ "Phường Tân Phong" ⏎ "226.300" ... ⏎⏎ "2" ...  An
# empty cell is a blank line too: a total row's empty STT cell is a second blank line before its name,
# an empty value cell a blank line inside the row.
_STT_WORDS = r"(?:STT|TT|Số TT|S[ ]?TT|stt|tt|số tt)"    # (lower case in a text that lost its capitals)
_STT_HEAD = re.compile(rf"[ ]*{_STT_WORDS}[ ]*")
_STT_HEAD_AFTER_BLANK = re.compile(rf"\n\n[ ]*{_STT_WORDS}[ ]*\n")
_ROW_NUMBER = re.compile(r"[ ]*(?:\d{1,3}|[IVX]{1,4})[ ]*")


def blank_row_tables(text: str) -> list[Edit]:
    """Such a table reads as pipe rows: each row's cells are joined by " | ", an empty cell between two
    pipes; a run of blank lines where a page broke inside a row is no cell."""
    if not _STT_HEAD_AFTER_BLANK.search(text):
        return []
    lines = text.split("\n")
    starts = _line_starts(lines)
    edits: list[Edit] = []
    i = 1
    while i < len(lines):
        if not (_STT_HEAD.fullmatch(lines[i]) and not lines[i - 1].strip()):
            i += 1
            continue
        k = 0
        while i + k < len(lines) and lines[i + k].strip():
            k += 1
        head = [h.strip() for h in lines[i:i + k]]
        if not 3 <= k <= 12 or any(len(h) > 120 or h.endswith((".", ";")) for h in head[1:]):
            i += 1
            continue
        rows, j = _blank_rows(lines, i + k, k)
        if len(rows) < 3:
            i += 1
            continue
        for cells in [list(range(i, i + k))] + rows:
            # (a row whose STT cell is empty starts at its name, a cell short: tables.py reads it so)
            while cells and cells[0] is None:
                cells = cells[1:]
            filled = [(n, c) for n, c in enumerate(cells) if c is not None]
            for (n, a), (m, b) in zip(filled, filled[1:]):
                edits.append(Edit(starts[a + 1] - 1, starts[b], " | " * (m - n)))
            pad = len(cells) - 1 - filled[-1][0]
            if pad:
                last = filled[-1][1]
                edits.append(Edit(starts[last + 1] - 1, starts[last + 1] - 1, " | " * pad))
        i = j
    return edits


_NEXT_ANNEX = re.compile(r"(?i)(?:phụ lục|biểu mẫu|mẫu số)\b")


def _blank_rows(lines: list[str], j: int, k: int) -> tuple[list[list[int | None]], int]:
    """The rows of ``k`` cells from line ``j`` (a blank line after the header), each its cells' line
    indices (None for an empty cell), and the index of the line after the table."""
    rows: list[list[int | None]] = []
    expected = 1
    while True:
        b = j
        while b < len(lines) and not lines[b].strip():
            b += 1
        if b >= len(lines) or b == j:
            break
        chunk_end = _chunk_end(lines, b)
        first_cell = lines[b].strip()
        numbered = bool(_ROW_NUMBER.fullmatch(first_cell))
        cells: list[int | None] = list(range(b, chunk_end))
        if not numbered and (_NEXT_ANNEX.match(first_cell) or _titles_a_table(lines, b)):
            break                                              # the next annex's heading, or the next part's title
        if not numbered and (b - j >= 2 or TOTAL_LINE.fullmatch(first_cell)) \
                and not re.fullmatch(r"[\d.,%()=/+ -]+", first_cell):
            # an empty STT cell: a blank line before the name (a total row's is often dropped: "Tổng cộng" right
            # after one blank line)
            cells = [None] + cells
        elif not numbered and not (not rows and re.fullmatch(r"\(?\d{1,2}\)?", first_cell)):
            break                                              # (the row of column numbers is a row too)
        page_gap, breaks = False, []
        # the row goes on after blank lines while it lacks cells and no next row opens: one blank line is an
        # empty cell; a longer run is where a page broke ("2,5" ⏎⏎ "===== Trang 3 =====" ⏎⏎ "97,0")
        while len(cells) < k:
            gap = chunk_end
            while gap < len(lines) and not lines[gap].strip():
                gap += 1
            if gap >= len(lines) or gap == chunk_end or _opens_row(lines[gap], expected) or _titles_a_table(lines, gap):
                break
            nxt = _chunk_end(lines, gap)
            if numbered and len(cells) == 1 and nxt - gap == 1 and re.fullmatch(r"[ ]*\d{1,3}[ ]*", lines[gap]) \
                    and not page_gap:
                chunk_end, page_gap = nxt, True   # a page's number between a row's STT and its name ("6" ⏎⏎ "4" ⏎⏎ "Xã ...")
                continue
            empties = [None] if gap - chunk_end == 1 and not page_gap else []
            if gap - chunk_end > 1:
                breaks.append(len(cells))    # a page broke here: an empty cell only if the row lacks one
            page_gap = False
            if len(cells) + len(empties) + nxt - gap > k:
                break
            cells += empties + list(range(gap, nxt))
            chunk_end = nxt
        if len(cells) > k or len(cells) < k - 2 or (len(cells) < k and not numbered and first_cell[:1].isdigit()):
            break
        if numbered and first_cell.isdigit():
            expected = int(first_cell) + 1
        for at in reversed(breaks[:max(0, k - len(cells))]):
            cells.insert(at, None)
        rows.append(cells + [None] * (k - len(cells)))
        j = chunk_end
    return rows, j


def _titles_a_table(lines: list[str], b: int) -> bool:
    """The lines from ``b`` are a title over a table of their own: a line or two, then (after blank lines or
    none) an STT header ("II. PHẦN CÔNG VIỆC ..." ⏎⏎ "STT" ⏎ ...): the next part of an annex, no cell or row of
    the table before it."""
    end = _chunk_end(lines, b)
    if any(_STT_HEAD.fullmatch(ln) for ln in lines[b + 1:end]):
        return True
    n = end
    while n < len(lines) and not lines[n].strip():
        n += 1
    return end - b <= 2 and n < len(lines) and n > end and bool(_STT_HEAD.fullmatch(lines[n]))


def _chunk_end(lines: list[str], b: int) -> int:
    while b < len(lines) and lines[b].strip():
        b += 1
    return b


def _opens_row(line: str, expected: int) -> bool:
    return line.strip() == str(expected)


# a tone or vowel mark a PDF's font placed as a glyph of its own: after a space ("quyê ́t", "Hô ̣i"), where no
# mark stands in Vietnamese
_DETACHED_MARK = re.compile(r"[ ]{1,2}[\u0300-\u0303\u0306\u0309\u031b\u0323]+")
_ANY_MARK = re.compile(r"[\u0300-\u0323]")


def detached_marks(text: str) -> list[Edit]:
    """A mark detached from its letter by a space joins it again, composed with it ("quyê ́t" -> "quyết").  (It
    runs after NFC: what is left of marks then is what did not compose, a text in NFC has none.)"""
    if not _ANY_MARK.search(text):
        return []
    out = []
    for m in _DETACHED_MARK.finditer(text):
        if m.start() and text[m.start() - 1].isalpha():
            marks = m.group(0).lstrip(" ")
            out.append(Edit(m.start() - 1, m.end(), unicodedata.normalize("NFC", text[m.start() - 1] + marks)))
    return out


# a letter or a digit standing alone between spaces, and a run of them in a word ("đ ạ t", "I I I.")
_ONE_CHAR = re.compile(r"(?<![^ \t\n])[^\W_][,.;:)]?(?![^ \t\n])")
_SPACED_WORD = re.compile(r"(?<![^ \t\n])[^\W_](?: [^\W_])+(?![^\W_])")
_SPACED_MARK = re.compile(r"(?<=[^\W_]) (?=[,.;:)](?: |$))")
# two such one-character words side by side: a line without this pair has nothing to join (a spaced line has 5 in 8)
_ONE_CHAR_PAIR = re.compile(r"(?:^|[^\S\n])[^\W_][,.;:)]?[^\S\n]+[^\W_][,.;:)]?(?!\S)", re.MULTILINE)


def letter_spacing(text: str) -> list[Edit]:
    """Letters a PDF's character spacing set apart join again: a line mostly of single letters
    ("K Ế  H O Ạ C H", "I I I.  M Ụ C  T I Ê U"), its words two spaces apart, reads "KẾ HOẠCH",
    "III. MỤC TIÊU"; elsewhere a word of three or more such letters, one of them Vietnamese
    ("đ ạ t"), joins too ("a b c" does not)."""
    if not re.search(r"[^\W_] [^\W_] [^\W_]", text):
        return []
    edits = []
    lines = text.split("\n")
    starts = _line_starts(lines)
    for i in sorted({bisect.bisect_right(starts, m.start() + 1) - 1 for m in _ONE_CHAR_PAIR.finditer(text)}):
        line, pos = lines[i], starts[i]
        if line.count(" ") >= 4:
            tokens = line.split()
            single = [t for t in tokens if _ONE_CHAR.fullmatch(t)]
            spaced = (len(single) >= 5 and len(single) >= 0.6 * len(tokens)
                      and sum(t[0].isalpha() for t in single) >= 3
                      and any(ord(t[0]) > 0x7F for t in single))    # (a Vietnamese letter: no row of column letters)
            for m in _SPACED_WORD.finditer(line):
                word = m.group(0)
                if spaced or (len(word) >= 5 and any(ord(c) > 0x7F for c in word)):
                    edits += [Edit(pos + m.start() + k, pos + m.start() + k + 1, "")
                              for k, c in enumerate(word) if c == " "]
            if spaced:          # words two spaces apart: one space (an indent stays); "I ." is "I."
                edits += [Edit(pos + m.start(), pos + m.start() + 1, "") for m in _SPACED_MARK.finditer(line)]
                indent = len(line) - len(line.lstrip(" "))
                edits += [Edit(pos + m.start() + 1, pos + m.end(), "") for m in _GAP.finditer(line)
                          if m.start() > indent]
    return edits


# a message pasted from a chat group: "[08:42, 14/9/2027] Văn phòng Tỉnh ủy:" heads each message
_CHAT_HEAD = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?,\s*\d{1,2}/\d{1,2}/\d{2,4}\]\s*"
                        r"(?P<who>[^:\n]{1,80}):[ \t]*(?P<said>[^\n]*)(?:\n|$)", re.M)
# what a reply or a resumed message repeats: the quoted line ("> ...") and "(Tiếp theo)"
_CHAT_ECHO = re.compile(r"(?:>[^\n]*|\((?:tiếp theo|Tiếp theo|TIẾP THEO)\)[ \t]*)(?:\n|$)")


def chat_messages(text: str) -> list[Edit]:
    """A document pasted from a chat group as several messages: each message's head goes ("[08:42, 14/9/2027]
    Văn phòng Tỉnh ủy:"), with the reply's quoted line and "(Tiếp theo)" under it, so a paragraph a message
    cut in two joins again; the lines others wrote in between ("[08:47, 14/9/2027] Nguyễn Văn Hùng: Đã nhận
    ạ") go whole.  Two heads at least, most of them of one sender."""
    if "] " not in text or (not text.startswith("[") and "\n[" not in text):
        return []
    heads = list(_CHAT_HEAD.finditer(text))
    if len(heads) < 2:
        return []
    senders = Counter(m["who"].strip() for m in heads)
    sender, n = senders.most_common(1)[0]
    if n < 2:
        return []
    edits = []
    for m in heads:
        if m["who"].strip() != sender and m["said"].strip():
            edits.append(Edit(m.start(), m.end(), ""))          # another member's word
            continue
        end = m.start("said") if m["said"].strip() else m.end()
        edits.append(Edit(m.start(), end, ""))
        while (e := _CHAT_ECHO.match(text, end)) and e.end() > end:
            edits.append(Edit(end, e.end(), ""))
            end = e.end()
    return edits


def broken_letters(text: str) -> list[Edit]:
    """Letters a broken font or a converter gave the wrong code ("ÐẢNG" with an eth, "THƢƠNG" from
    Word's broken PDF map, also in a text copied out of such a PDF): the right letter, same length
    (:mod:`nlpolicy.fontfix`)."""
    return [Edit(i, i + 1, right) for i, right in wrong_letters(text)]


def spaces(text: str) -> list[Edit]:
    """Odd spaces to plain spaces, or to a thousands mark between groups of figures, and odd slashes to "/" (same
    length); control characters, CR and characters that show nothing dropped."""
    edits = []
    marks = {g.start() + k for g in _THOUSANDS_SPACE.finditer(text) for k, c in enumerate(g.group())
             if c in "\u2009\u202f\u00a0"} if re.search("[\u2009\u202f\u00a0]", text) else set()
    for m in _ODD_CHARACTER.finditer(text):
        c = m.group()
        repl = ("/" if _SLASHES.match(c) else "" if c == "\r" or _CONTROL.match(c) else "." if m.start() in marks
                else " ")
        edits.append(Edit(m.start(), m.end(), repl))
    return edits


_GLUED = re.compile(r"(?<=[A-ZĐÀ-Ỹ)\]])\*{2,}(?=[A-Za-zĐđÀ-ỹ(])")    # tried only where _BOLD matched
_BOLD = re.compile(r"\*{2,}")
# a "*" opening a word or closing one; the look-behinds come after the "*" (a pattern that starts
# with a look-behind is tried at every position of the text, one that starts with "*" is searched in C)
_ITALIC = re.compile(r"\*(?:(?<![\w*]\*)(?=[^\s*])|(?<=[^\s*]\*)(?![\w*]))")
_BULLET_STAR = LinePattern(r"([ \t]*)\*[ \t]+")
_ESCAPE = re.compile(r"\\([-.()\[\]*_#+!>`|~])")
_MD_HEADING = LinePattern(r"#{1,6}[ \t]+")


def markdown(text: str) -> list[Edit]:
    """Conversion debris: ``\\-`` ``\\.``, ``**bold**``, ``*italic*``, ``* `` bullets, ``# `` headings.

    Bold markers glued between an upper-case heading and the next word
    ("NGHỊ QUYẾT**CỦA BAN") become a line break: the heading and the title were
    separate lines before conversion.
    """
    if "*" not in text and "\\" not in text and "#" not in text:
        return []
    edits: list[Edit] = []
    if "\\" in text:
        edits += [Edit(m.start(), m.end(), m.group(1)) for m in _ESCAPE.finditer(text)]
    if "#" in text:
        edits += [Edit(m.start(), m.end(), "") for m in _MD_HEADING.finditer(text)]
    if "*" not in text:
        return sorted(edits, key=lambda e: (e.start, e.end))
    for m in _BOLD.finditer(text):
        glued = _GLUED.match(text, m.start())
        # between two letters a marker stood for a word break ("nghị quyết**của ban" in a lower-cased copy)
        between = 0 < m.start() and m.end() < len(text) and text[m.start() - 1].isalpha() and text[m.end()].isalpha()
        edits.append(Edit(m.start(), m.end(), "\n" if glued else " " if between else ""))
    for m in _BULLET_STAR.finditer(text):
        edits.append(Edit(m.end() - len(m.group(0)) + len(m.group(1)), m.end(), "- "))
    covered = sorted((e.start, e.end) for e in edits)
    starts = [c[0] for c in covered]
    for m in _ITALIC.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if not (k >= 0 and covered[k][0] <= m.start() < covered[k][1]):
            edits.append(Edit(m.start(), m.end(), ""))
    return sorted(edits, key=lambda e: (e.start, e.end))


# the marks a word processor or a web page puts before an item: dashes of every width, dots,
# squares, arrows, ticks, and the private-use glyphs of the Symbol and Wingdings fonts
_BULLET_MARKS = "–—−•●○◦▪■□➢➤►▶✓✔❖◆◇∙·\uf000-\uf0ff"
_ANY_BULLET_MARK = re.compile(f"[{_BULLET_MARKS}]")
_BULLET_MARK = LinePattern(f"[ \t]*([{_BULLET_MARKS}])(?=[ \t])")


def bullet_marks(text: str) -> list[Edit]:
    """A mark before an item ("– Các ban đảng", "• Các tỉnh ủy", "➢ Lưu Văn phòng") is written "-",
    as the genre most often writes it, so that every rule that reads an item reads it (same length)."""
    if not _ANY_BULLET_MARK.search(text):
        return []
    return [Edit(m.start(1), m.end(1), "-") for m in _BULLET_MARK.finditer(text)]


# a line of a forwarded or replied e-mail: its quote marks ("> ", "> > ", ">>") before the line's own text
_QUOTED = re.compile(r"^(?:>[ ]?)+", re.MULTILINE)
_QUOTED_RUN = 5     # lines in a row: one line that starts "> 50%" is no quotation


def quote_marks(text: str) -> list[Edit]:
    """The quote marks of a document forwarded by e-mail ("> Số: 68/KH-UBND", ">" alone for a blank
    line), where they open at least five lines in a row: the document is the quotation."""
    if "\n>" not in text and not text.startswith(">"):
        return []
    marks = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    edits: list[Edit] = []
    run: list[tuple[int, int]] = []
    for start, end in marks + [(-1, -1)]:
        if run and start >= 0 and text.count("\n", run[-1][0], start) == 1:
            run.append((start, end))
            continue
        if len(run) >= _QUOTED_RUN:
            edits += [Edit(a, b) for a, b in run]
        run = [(start, end)] if start >= 0 else []
    return edits


def trailing_spaces(text: str) -> list[Edit]:
    """Spaces before a line break or at the very end."""
    if " \n" not in text and not text.endswith(" "):
        return []       # the usual case once the first round has run
    # each run is found from its last space: a regex "[ ]+$" is tried at every space of the text
    # (a hundred thousand in the corpus, for a few hundred runs), ten times slower
    ends = []
    at = text.find(" \n")
    while at >= 0:
        ends.append(at + 1)
        at = text.find(" \n", at + 2)
    if text.endswith(" "):
        ends.append(len(text))
    edits = []
    for end in ends:
        start = end - 1
        while start and text[start - 1] == " ":
            start -= 1
        edits.append(Edit(start, end))
    return edits


# A footnote line that a page break dropped into a sentence: "⁽¹⁾ Tính theo phương pháp cũ".
# ("(1) ..." is not taken: it is as often a numbered item as a footnote)
_FOOTNOTE = LinePattern(r"[⁽(]?[¹²³⁴⁵⁶⁷⁸⁹⁰]+[⁾)]?[ ]+\S[^\n]{0,200}$")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SENTENCE_END = re.compile(r"[.:;!?…)\"”/]\s*$")
def _starts_lower(s: str) -> bool:
    """A lower-case letter first ("[à-ỹ]" would also take "Đ", "Ạ", "Ế": the range mixes cases)."""
    return s[:1].isalpha() and s[:1].islower()
# "a) ...", "a ) ..." (word-segmented texts), "a/ ..."; a label alone on its line ("l." for an OCR'd "I.", "b)")
_LIST_ITEM = re.compile(r"[a-zđ][ ]?(?:[).\-–]\.?|/)[ ]|(?:[a-zđ]|[il]{2,3}|iv)[ ]?[).\-–]\.?[ ]*$")


def footnotes(text: str) -> list[Edit]:
    """Move a footnote out of the sentence it interrupts, to after that paragraph.

    "... các tỉnh khu vực ⏎⏎ ⁽¹⁾ Tính theo phương pháp cũ ⏎⏎ Đông Nam bộ; ..." becomes
    "... các tỉnh khu vực Đông Nam bộ; ... ⏎⏎ ⁽¹⁾ Tính theo phương pháp cũ".
    """
    edits: list[Edit] = []
    if not any(c in text for c in _SUPERSCRIPTS):
        return edits    # no footnote mark: the line-by-line scan is skipped
    for m in _FOOTNOTE.finditer(text):
        before = text[:m.start()].rstrip("\n ")
        after_start = m.end()
        k = after_start
        while k < len(text) and text[k] in "\n ":
            k += 1
        if not before or k >= len(text) or _SENTENCE_END.search(before[-3:]):
            continue
        # the footnote must be cut out of a running sentence: previous text open, next continues it
        gap_start = len(before)
        para_end = text.find("\n\n", k)
        if para_end < 0:
            para_end = len(text)
        edits.append(Edit(gap_start, k, " "))
        edits.append(Edit(para_end, para_end, "\n\n"))
        edits.append(Edit(para_end, para_end, m.group(0), moved_from=m.start()))
    return edits


# a line without its trailing spaces, the gap of spaces and line breaks after it, and the next line;
# the line is read greedily up to its last visible character (a lazy "[^\n]*?" tries the gap at
# every character of every line: eight times slower, same matches)
_LINE_GAP = re.compile(r"((?:[^\n]*[^ \n])?)([ ]*\n[ \n]*)(?=([^\n]*))")


def _join_edits(text: str) -> list[Edit]:
    edits = []
    joined_len = 0   # length of the paragraph the previous line was joined into (so a second pass agrees)
    # (a line break after the last line: there every position would otherwise fail only after scanning
    # to the end of the line, which made a long last line, or a text of one line, quadratic; the last
    # line has no next one, so it joins nothing either way)
    for m in _LINE_GAP.finditer(text + "\n"):
        prev, gap, nxt = m.group(1), m.group(2), m.group(3)
        if edits and edits[-1].end == m.start(1):
            joined_len += len(prev) + 1
        else:
            joined_len = len(prev)
        prev_len = joined_len
        if not _starts_lower(nxt) and not prev.rstrip().endswith(","):
            continue  # (the usual line: the tests below would all let it be)
        if not prev.strip() or not nxt:
            continue
        if prev.rstrip().endswith("-") and re.search(r"[a-zà-ỹđ]-$", prev.rstrip()) and _starts_lower(nxt) and "\n\n" not in gap:
            # hyphenation at a line end: "phát-⏎triển" -> "pháttriển" is wrong for Vietnamese, keep a space
            continue
        if " | " in prev or " | " in nxt:
            continue  # a table row kept on its line: its cells are not a wrapped sentence
        if prev.rstrip().endswith(",") and ("\n\n" in gap or prev_len >= 25) and not _LIST_ITEM.match(nxt) \
                and not re.match(r"[-+•*]|\d+[.)]|[IVX]+[.-]", nxt):
            edits.append(Edit(m.start(2), m.end(2), " "))  # a list cut by a page break: "Sông Lũy, ⏎⏎ Thác Ba"
            continue
        if _SENTENCE_END.search(prev) or not _starts_lower(nxt) or _LIST_ITEM.match(nxt):
            continue
        if prev.isupper() and " " in prev.strip():
            continue  # a line in capitals is a heading or a title line, and its subtitle starts in lower case
        if prev_len < 25 and "\n\n" not in gap:
            continue  # short lines (table cells, header lines) are not wrapped prose
        if len(nxt.strip()) <= 20 and _VALUE_LINE.match(text, m.end(3) + 1):
            continue  # a unit cell of a table copied one cell a line ("nhà" over "1.000"), not the rest of the line
        edits.append(Edit(m.start(2), m.end(2), " "))
    return edits


# a cell that holds only a value: "1.000", "≥ 93", "91,5", maybe with its comparator word and its year in brackets
# ("Ít nhất 12 (năm 2026); ít nhất 65 (đến năm 2030)")
_VALUE_LINE = re.compile(r"[ ]*(?:" + _BOUND_WORDS + r"[ ]+)?[≥≤<>]?[ ]*\d[\d.,]*[ ]*"
                         r"(?:\([^()\n]{0,30}\)[^\n]{0,60})?(?:\n|$)")


# a value cell alone on its line, or the dash of an empty one
_VALUE_CELL = re.compile(_VALUE_LINE.pattern.removesuffix("(?:\\n|$)") + r"|[ ]*[-–—][ ]*")


# (an item's number has at most three digits: "2019." starting a line ends a sentence wrapped before its year)
# (some offices number with slashes, "II/", "1/", "a/": a slash and a space, not a date's or a fraction's)
_ITEM_START = re.compile(r"[ ]*(?:\d{1,3}[ ]*$|[-+•*–]|\(?(?:[0-9]{1,3}|[IVXivx]{1,4})[ ]?"
                         r"(?:[.)\-](?!\d{3}(?![\d.]))|/[ ])|[a-zđ]\d{0,2}[ ]?(?:[).]|/[ ])|Điều[ ]\d"
                         r"|PHỤ LỤC|Phụ lục|Nơi nhận|Kính gửi|Căn cứ|KT\.|TM\.|T/M)")
# a line that opens with a short label and a colon ("Kính gửi:", "Thời gian:") starts a field of its own
_FIELD_START = re.compile(r"[ ]*[^\W\d_][^\s:]*(?:[ ][^\s:]+){0,3}[ ]?:")


# a line of dashes a converted table leaves ("------------ ------------"): no prose to run on
_RULE_LINE = re.compile(r"[ ]*[-=_*]{3,}(?:[ ]+[-=_*]{3,})*[ ]*")


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was broken at (most long lines end without punctuation), or None
    when paragraphs are lines.  A text wrapped only in part (its first pages copied from a PDF, the rest
    from Word) has its wrapped lines at one width beside paragraphs of hundreds of characters: the
    lines of a page's width decide when there are enough of them and most run on."""
    long = [ln.rstrip() for ln in lines if len(ln.strip()) > 50]
    if len(long) < 20:
        return None
    open_ended = sum(1 for ln in long if ln[-1] not in ".;:!?)")
    widths = sorted(len(ln) for ln in long)
    width = widths[int(len(widths) * 0.9)]
    if open_ended / len(long) >= 0.4 and width <= 160:
        return width
    page = sorted(len(ln) for ln in long if len(ln) <= 110)
    if len(page) < 20:
        return None
    width = page[int(len(page) * 0.9)]
    # lines cut at the page's width, and the sentence runs on in lower case on the next line in many of them
    # (a Word table copied one cell a line has lines of that length too, each cell opening with a capital)
    stripped = [ln.rstrip() for ln in lines]
    at_width = [(i, ln) for i, ln in enumerate(stripped) if len(ln.strip()) > 50 and width - 15 <= len(ln) <= width]
    runs_on = sum(1 for i, _ in at_width if i + 1 < len(stripped) and _starts_lower(stripped[i + 1].lstrip()))
    if (len(at_width) >= 20 and sum(1 for _, ln in at_width if ln[-1] not in ".;:!?)") >= 0.6 * len(at_width)
            and runs_on >= 0.3 * len(at_width)):
        return width
    return None


_BLANK_GAP = re.compile(r"\n[ ]*\n(?=[ ]*[^\s])")


def double_spacing(text: str) -> list[Edit]:
    """A hard-wrapped text with a blank line after every line (a double-spaced page read by a PDF
    converter, a web page that made each line a paragraph: "Căn cứ Luật Tổ chức chính ⏎⏎ quyền địa
    phương ...") says nothing with its single blank lines.  When nine line breaks in ten between two
    lines of text hold a blank line, most of them one, and the lines are wrapped, the single blank
    lines go, so that unwrapping and the paragraph rules see the lines as the page had them; a
    paragraph's break (two blank lines or more in such a text) stays one blank line.  A text whose
    paragraphs are whole lines keeps its blank lines."""
    if "\n\n" not in text:
        return []
    lines = text.split("\n")
    gaps, spaced, one_blank, blanks = 0, 0, 0, None    # blank lines since the last line of text (None: none yet)
    for ln in lines:
        if not ln.strip():
            if blanks is not None:
                blanks += 1
            continue
        if blanks is not None:
            gaps += 1
            spaced += blanks > 0
            one_blank += blanks == 1
        blanks = 0
    if gaps < 40 or spaced < 0.9 * gaps or one_blank < 0.5 * gaps \
            or _wrap_width([ln for ln in lines if ln.strip()]) is None:
        return []
    return [Edit(m.start(), m.end(), "\n") for m in _BLANK_GAP.finditer(text)]


# a line that opens with a row's number and its first cell, as a PDF's table comes out ("2 Mỏ đất Đồi Ông ...")
_ROW_NUMBER_START = re.compile(r"[ ]*(\d{1,3})[ ]+(?=[^\W\d_])")


def _next_row(line: str, row_no: int) -> bool:
    """Does ``line`` open the row after row ``row_no`` (the last line that opened with a number)?"""
    return bool(row_no) and (m := _ROW_NUMBER_START.match(line)) is not None and int(m.group(1)) == row_no + 1


def unwrap(text: str) -> list[Edit]:
    """Text copied from a PDF breaks every line at the page width ("... của Ban Thường vụ Tỉnh ủy Lào ⏎
    Cai thực hiện ..."): when most long lines end without punctuation, a line as long as the others
    runs on into the next one unless that one starts an item.  A web page converted to text breaks
    lines anywhere, short ones too ("Chỉ ⏎ đạo Ban Dân tộc tỉnh ..."): in such a text a line that
    does not end a sentence runs on into a next one that starts in lower case."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    lowered = is_lowercased(text)
    if width is None:
        return [] if lowered else _stray_breaks(lines)   # not a hard-wrapped text: paragraphs are lines
    edits, pos = [], 0
    # a line that runs on from the one before and stops mid-sentence ("... tổ chức thực ⏎ hiện ⏎ Nghị
    # quyết.": a wrapped text wrapped again) runs on too, however short: a heading never starts in lower case
    continued = False
    cells = _cell_line_regions(lines, width)
    row_no = 0      # the number the last line that opens with one opened with ("1 Mỏ đất đắp ...")
    for i, ln in enumerate(lines[:-1]):
        end = pos + len(ln)
        nxt = lines[i + 1]
        body = ln.rstrip()
        row_no = int(m.group(1)) if (m := _ROW_NUMBER_START.match(ln)) else row_no
        if _next_row(nxt, row_no):
            pos = end + 1       # the next row of a table whose cells a PDF joined with spaces ("2 Mỏ đất ...")
            continue
        if i in cells and (nxt.strip()[:1].isupper() or (lowered and nxt.strip())):
            pos = end + 1       # a table copied one cell a line: a long cell, then the next cell
            continue
        if len(nxt.strip()) <= 20 and i + 2 < len(lines) and _VALUE_CELL.fullmatch(lines[i + 2]):
            pos = end + 1       # a unit cell over a value ("... phục hồi" ⏎ "ha" ⏎ "420"), as in rejoin
            continue
        long_enough = len(body) >= 0.6 * width or (_starts_lower(nxt.lstrip()) and len(body) >= 2 and not lowered) \
            or (continued and len(body) >= 2 and not lowered and not _FIELD_START.match(nxt))
        continued = False
        # a clause that ends a line with ";" runs on into a next line in lower case ("... văn bản dưới luật; ⏎
        # chỉ đạo các bộ, ngành ..."): the same sentence, its subject on the line above
        open_end = body[-1] not in ".;:!?" if body else False
        if body.endswith(";") and len(body) >= 0.6 * width and _starts_lower(nxt.lstrip()) and not lowered:
            open_end = True
        if (long_enough and body and open_end and nxt.strip() and " | " not in body + nxt
                and not _RULE_LINE.fullmatch(body)
                and not _ITEM_START.match(nxt) and not body.isupper() and not nxt.strip().isupper()
                and not _a_heading_over_its_paragraph(lines, i, body, nxt)):
            lead = len(nxt) - len(nxt.lstrip(" "))
            edits.append(Edit(pos + len(body), end + 1 + lead, " "))
            continued = _starts_lower(nxt.lstrip())
        pos = end + 1
    return edits


def _stray_breaks(lines: list[str]) -> list[Edit]:
    """A text whose paragraphs are lines may still have a few broken mid-sentence (a page of a PDF pasted
    into it: "... tổng công suất ... đạt 2.346 MW, trong đó: điện gió ⏎ 1.318 MW (31 nhà máy), điện mặt trời
    ..."): a long line that ends in a lower-case word runs on into the next when that one goes on as prose
    in lower case or after a figure (not a table's unit or value cell, nor an item's number)."""
    edits, pos = [], 0
    row_no = 0
    for ln, nxt in zip(lines, lines[1:]):
        end = pos + len(ln)
        body, following = ln.rstrip(), nxt.strip()
        row_no = int(m.group(1)) if (m := _ROW_NUMBER_START.match(ln)) else row_no
        if (len(body) >= 80 and _starts_lower(body[-1]) and following and " | " not in body + nxt
                and not _ITEM_START.match(nxt) and not _next_row(nxt, row_no)
                and ((_starts_lower(following) and (len(following) >= 25 or following[-1] in ".;"))
                     or (following[:1].isdigit() and len(following) >= 60))):
            edits.append(Edit(pos + len(body), end + 1 + len(nxt) - len(nxt.lstrip(" ")), " "))
        pos = end + 1
    return edits


_CELL_TABLE_END = re.compile(r"[ ]*(?:Nơi nhận|NƠI NHẬN|PHỤ LỤC|Phụ lục|nơi nhận|phụ lục)\b")


def _cell_line_regions(lines: list[str], width: int) -> set[int]:
    """The lines of tables copied one cell a line in a hard-wrapped text: from an "STT" line over at least
    three short header lines to the distribution list, another annex, or a paragraph (three long lines in
    a row).  A long task cell there ends its line; the short agency cell after it is a cell of its own."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        head = lines[i + 1:i + 4]
        if not (_STT_HEAD.fullmatch(lines[i]) and len(head) == 3
                and all(0 < len(h.strip()) <= 40 and not h.rstrip().endswith((".", ";", ",")) for h in head)):
            i += 1
            continue
        j, long_run = i, 0
        while j < len(lines) and not (j > i and _CELL_TABLE_END.match(lines[j])):
            long_run = long_run + 1 if len(lines[j].rstrip()) >= 0.9 * width else 0
            if long_run >= 3:
                j -= 2
                break
            j += 1
        out.update(range(i, j))
        i = max(j, i + 1)
    return out


# a part's label, alone on its line ("A .", "2 .") or opening a heading ("II. Về nội dung ...", "Ii. về ...")
_LABEL_ALONE = re.compile(r"[ ]*(?:[IVXLivxl]{1,4}|[A-ZĐ]|\d{1,2})[ ]?[.)][ ]*$")
_PART_LABEL = re.compile(r"[ ]*(?:[IVXL][IVXLivxl]{0,3}|[A-ZĐ])[ ]?[.)][ ]+\S")
# a word that leaves its phrase open at a line's end ("... của" ⏎ "Bộ Chính trị")
_OPEN_WORD = re.compile(r"(?<![^\W\d_])(?:của|và|về|cho|các|những|với|trong|tại|theo|để|là|được|có|từ|đến|trên|dưới|"
                        r"năm|tháng|ngày|số|sau|trước|thuộc|thứ|tỉnh|huyện|xã|thành_phố|thành phố)$")


def _a_heading_over_its_paragraph(lines: list[str], i: int, body: str, nxt: str) -> bool:
    """A part's heading (after a label alone on the line above, or opening with a part's label) that fills a
    wrapped text's line, over a paragraph that starts with a capital ("Ii. về nội dung kế hoạch ... 2011-2015"
    ⏎ "Kinh tế của nước ta ..."): the heading ends there.  A heading has no comma or semicolon, and does not end
    on a word that leaves its phrase open."""
    words = nxt.split()
    first, second = (words + ["", ""])[:2]
    if not (first[:1].isupper() and any(c.islower() for c in first)) or second[:1].isupper() \
            or "," in body or ";" in body or _OPEN_WORD.search(body):
        return False      # (not "lần thứ" ⏎ "VIII , ...": a numeral; not "... sinh thái" ⏎ "Hồ Phú Mỹ": a name)
    above = lines[i - 1] if i > 0 else ""
    if not above.strip() and i > 1:
        above = lines[i - 2]          # (a double-spaced copy: a blank line between any two lines)
    return bool(_PART_LABEL.match(body) or (_LABEL_ALONE.fullmatch(above) and above.strip()))


def rejoin(text: str) -> list[Edit]:
    """Join a paragraph that a page break or a hard wrap split: the first part has no
    sentence end and the next starts in lower case ("tỷ trọng 24,5% ⏎⏎ tổng sản phẩm").
    In a text that lost its capitals every line starts in lower case, so nothing is joined."""
    if is_lowercased(text):
        return []
    return _join_edits(text)


def is_lowercased(text: str) -> bool:
    """A text that lost its capitals (research datasets lower-case whole documents): fewer
    than one letter in two hundred is upper case.  Rules that read a heading's capitals or a
    name's initials cannot apply to it.

    >>> is_lowercased("i - mục tiêu\\n1. về diện tích đến năm 2015 toàn tỉnh có 20.000 ha")
    True
    >>> is_lowercased("I - MỤC TIÊU\\n1. Về diện tích đến năm 2015 toàn tỉnh có 20.000 ha")
    False

    The answer for the last text asked about is kept: normalisation's last round, the structure and the
    sections ask in turn about the same text (read a letter at a time, up to 200,000 of them).
    """
    last = _LAST_LOWERCASED[0]
    if last[0] is not text:
        last = _LAST_LOWERCASED[0] = (text, _is_lowercased(text))
    return last[1]


# (the last text asked about, its answer), one tuple: read whole or not at all
_LAST_LOWERCASED: list = [(None, False)]


def is_all_capitals(text: str) -> bool:
    """A text typed in capitals from its header to its recipients (an old template, a telegram): fewer than one
    letter in a hundred is lower case, over at least 300 letters.  Its capitals tell no heading or name from the
    rest, so it is read as a text that lost them.

    >>> is_all_capitals("SỞ Y TẾ CHỦ TRÌ, PHỐI HỢP VỚI SỞ GIÁO DỤC VÀ ĐÀO TẠO TỔ CHỨC TRUYỀN THÔNG. " * 10)
    True
    >>> is_all_capitals("I. MỤC TIÊU\n1. Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức. " * 10)
    False
    """
    lower = letters = 0
    for i in range(0, min(len(text), 200_000), 4096):   # by blocks: the usual text shows its lower case at once
        block = text[i:i + 4096]
        lower += sum(map(str.islower, block))
        letters += sum(map(str.isalpha, block))
        if lower * 100 >= letters >= 300:
            return False
    return letters >= 300 and lower * 100 < letters


def _is_lowercased(text: str) -> bool:
    sample = text[:200_000]
    upper = 0
    for i in range(0, len(sample), 4096):   # by blocks: the usual text has its capitals in the first
        upper += sum(map(str.isupper, sample[i:i + 4096]))
        if upper * 200 >= len(sample):
            return False    # capitals enough whatever the share of letters
    letters = sum(map(str.isalpha, sample))
    return letters >= 30 and upper * 200 < letters



# "-" first, then the look-behind for the two letters before it: a leading look-behind would be
# tried at every position of the text
_HYPHEN = re.compile(r"-(?<=[a-zà-ỹđ]{2}-)\n(?=[a-zà-ỹđ]{2})")


def hyphenation(text: str) -> list[Edit]:
    """A word broken at a line end with a hyphen ("chuyển-⏎giao", "khoa-⏎học" in some PDFs) is two syllables
    again: Vietnamese writes each syllable apart, so the hyphen and the line break become one space."""
    if "-\n" not in text:
        return []
    return [Edit(m.start(), m.end(), " ") for m in _HYPHEN.finditer(text)]


# quantities a drafter wrote in words ("tám mươi phần trăm", "bốn mươi sáu nghìn năm trăm héc-ta", "năm hai nghìn
# không trăm ba mươi"): the words of Vietnamese numbers, those that only follow a ten ("hai mươi tư", "mười lăm", "ba
# mươi mốt") or a hundred ("một trăm linh năm") apart
_AFTER_TEN = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
_SCALE_WORD = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_NUMBER_WORD = (set(DIGIT_WORDS) | set(_AFTER_TEN) | set(_SCALE_WORD)
                | {"mười", "mươi", "trăm", "linh", "lẻ", "phẩy"})
_NUMBER_WORD_ALTERNATIVES = "|".join(sorted(_NUMBER_WORD, key=len, reverse=True))
# (a comma may part a scale's group from the next: "bốn trăm mười hai tỷ, sáu trăm triệu đồng"; a word-segmented
# text joins them: "ba_trăm"; one joined to another word is part of it: "hồ_đồng_mười"; a line may break inside)
_NUMBER_WORDS_RUN = re.compile(rf"(?<!\w)(?:{_NUMBER_WORD_ALTERNATIVES})(?:,?(?:[ _]+\n?|\n)[ _]*"
                               rf"(?:{_NUMBER_WORD_ALTERNATIVES}))*(?![^\W_])", re.IGNORECASE)
_OPEN_BRACKET = re.compile(r"\([^()]*$")
# (the sign of the genre, found fast: a ten or a hundred in words, then a digit word before it)
_TENS_OR_HUNDREDS = re.compile("mươi|trăm|Mươi|Trăm|MƯƠI|TRĂM")
_DIGIT_WORD_BEFORE = re.compile(r"(?i)(?:" + "|".join(w for w, n in DIGIT_WORDS.items() if n) + r")[ _]$")
_IN_A_NAME = re.compile(rf"[{UPPER}][^\W\d_]*[ ]+$")     # a capital word before a capital number word: "hồ Đồng Mười"
_PERCENT_AFTER = re.compile(r"[ ]+phần[ ]trăm(?!\w)", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"(?i)(?:^|[^\w])năm[ ]$")
# a lone number word that is a count only in such a text: a day or a month of a date in words ("ngày năm tháng sáu
# năm ..."), a least or a most ("ít nhất ba doanh nghiệp")
_LONE_BEFORE = re.compile(r"(?i)(?:(?:^|[^\w])(?:ngày|tháng)|ít nhất|tối thiểu|tối đa|không dưới|không quá)[ ]$")
_LONE_AFTER = re.compile(r"[ ]+(?:tháng|năm|[^\W\d_]+)(?!\w)")
# a figure the words after it restate, in brackets: "25.000 ha (hai mươi lăm nghìn héc-ta)", "(bằng chữ: ...)"
_FIGURE_BEFORE = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?[ ]*(%|[^\W\d_][^\d()\n]{0,40}?)?[ ]*$")
_WORDS_BRACKET = re.compile(r"[ ]*\([ ]*(?:bằng[ _]chữ[ ]*:[ ]*)?", re.IGNORECASE)


def _number_at(words: list[str], i: int) -> tuple[float, int, bool, str] | None:
    """The number that the words from ``words[i]`` say: (value, index after it, whether a ten, a hundred or a scale
    word is among them, the scale word it ends in or "")."""
    total, current, j, counted, last_scale = 0, 0, i, False, ""
    n = len(words)

    def below_thousand(k: int) -> tuple[int, int] | None:
        value, start = 0, k
        if k + 1 < n and words[k] in DIGIT_WORDS and words[k + 1] == "trăm":
            value, k = 100 * DIGIT_WORDS[words[k]], k + 2
            if k + 1 < n and words[k] in ("linh", "lẻ") and words[k + 1] in DIGIT_WORDS:
                return value + DIGIT_WORDS[words[k + 1]], k + 2
        if k < n and words[k] == "mười":
            value, k = value + 10, k + 1
            if k < n and (words[k] in DIGIT_WORDS and words[k] not in ("không", "năm") or words[k] == "lăm"):
                value, k = value + (DIGIT_WORDS.get(words[k]) or 5), k + 1
        elif k + 1 < n and words[k] in DIGIT_WORDS and words[k] != "không" and words[k + 1] == "mươi":
            value, k = value + 10 * DIGIT_WORDS[words[k]], k + 2
            if k < n and words[k] in _AFTER_TEN:
                value, k = value + _AFTER_TEN[words[k]], k + 1
            elif k < n and words[k] in DIGIT_WORDS and words[k] not in ("không", "một") and (
                    words[k] != "năm" or k + 1 < n and words[k + 1] in _SCALE_WORD):
                value, k = value + DIGIT_WORDS[words[k]], k + 1
        elif k == start and k < n and words[k] in DIGIT_WORDS:
            value, k = DIGIT_WORDS[words[k]], k + 1
        return (value, k) if k > start else None

    while j < n:
        got = below_thousand(j)
        if got is None:
            break
        value, after = got
        counted = counted or any(w in ("mười", "mươi", "trăm") for w in words[j:after])
        current, j = current + value, after
        if j < n and words[j] in _SCALE_WORD:
            scale = _SCALE_WORD[words[j]]
            counted, last_scale = True, words[j]
            if scale == 1000:
                current *= 1000
            else:
                total, current = total + current * scale, 0
            j += 1
            continue
        break
    if j == i:
        return None
    value: float = total + current
    if j + 1 < n and words[j] == "phẩy" and all(w in DIGIT_WORDS for w in words[j + 1:j + 4]):
        digits = "".join(str(DIGIT_WORDS[w]) for w in words[j + 1:j + 4])
        value, j = float(f"{int(value)}.{digits}"), j + 1 + len(words[j + 1:j + 4])
    return value, j, counted, (last_scale if j - 1 >= i and words[j - 1] == last_scale else "")


def _figure_text(value: float, scale: str, year: bool) -> str:
    """A number as the genre writes it: "46.500", "1.500 triệu", "2,5", a year "2030"."""
    if scale in ("triệu", "tỷ", "tỉ") and value >= _SCALE_WORD[scale]:
        return _figure_text(value / _SCALE_WORD[scale], "", False) + " " + scale
    if value != int(value):
        whole, frac = f"{value:.6f}".rstrip("0").split(".")
        return _figure_text(int(whole), "", False) + "," + frac
    return str(int(value)) if year else f"{int(value):,}".replace(",", ".")


def number_words(text: str) -> list[Edit]:
    """In a text that writes quantities in words, they read as figures: "tám mươi phần trăm" "80%", "bốn mươi sáu
    nghìn năm trăm héc-ta" "46.500 héc-ta", "một nghìn năm trăm triệu đô la Mỹ" "1.500 triệu đô la Mỹ", "năm hai
    nghìn không trăm ba mươi" "năm 2030"; a figure's restatement in words after it goes ("25.000 ha (hai mươi lăm
    nghìn héc-ta)", "500 tỷ đồng (bằng chữ: năm trăm tỷ đồng)").  Words that hold a ten, a hundred or a scale say a
    number; a lone number word only before "phần trăm", as a date's day or month, or after "ít nhất" and the like
    ("ít nhất ba doanh nghiệp"), and only in a text that writes tens or hundreds in words somewhere."""
    if not any(_DIGIT_WORD_BEFORE.search(text, max(0, m.start() - 5), m.start())
               for m in _TENS_OR_HUNDREDS.finditer(text)):
        return []
    edits: list[Edit] = []
    for run in _NUMBER_WORDS_RUN.finditer(text):
        spans = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"[^\s,_]+", run.group())]
        words = [text[a:b].lower() for a, b in spans]
        # a comma after other than a scale word ends a number ("hai, ba"); a capital inside is a name ("Kênh Ba Mươi")
        cut = next((k + 1 for k, (a, b) in enumerate(spans[:-1]) if text.startswith(",", b)
                    and words[k] not in _SCALE_WORD), len(words))
        spans, words = spans[:cut], words[:cut]
        if any(text[a].isupper() for a, _ in spans[1:]) or text[spans[0][0]].isupper() and _IN_A_NAME.search(
                text, max(0, spans[0][0] - 30), spans[0][0]):
            continue
        i = 0
        while i < len(words):
            got = _number_at(words, i)
            if got is None:
                i += 1
                continue
            value, j, counted, scale = got
            start, end = spans[i][0], spans[j - 1][1]
            percent = _PERCENT_AFTER.match(text, end)
            lone = not counted and j == i + 1 and words[i] not in ("không",) and (
                _LONE_BEFORE.search(text, max(0, start - 12), start) and _LONE_AFTER.match(text, end))
            if not (counted or percent or lone):
                i += 1
                continue
            bracket = _WORDS_BRACKET.search(text, max(0, start - 14), start)
            if bracket and bracket.end() == start:     # words in brackets after a figure: its restatement goes whole
                figure = _FIGURE_BEFORE.search(text, max(0, bracket.start() - 60), bracket.start())
                close = text.find(")", end, end + 60)
                if figure and close >= 0 and _restates(figure, value):
                    edits.append(Edit(bracket.start(), close + 1, ""))
                if figure:
                    break       # (another number than the figure's: as written, no second figure)
            opened = _OPEN_BRACKET.search(text, max(0, start - 60), start)
            if opened and (_WORDS_BRACKET.match(text, opened.start()).group().lower().rstrip(" :").endswith("chữ")
                           or _FIGURE_BEFORE.search(text, max(0, opened.start() - 60), opened.start())):
                break           # (in brackets after a figure, or "(bằng chữ: ...)": a restatement, as written)
            year = not scale and 1900 <= value <= 2100 and bool(_YEAR_BEFORE.search(text, max(0, start - 6), start))
            if percent:
                edits.append(Edit(start, percent.end(), _figure_text(value, scale, False) + "%"))
            else:
                edits.append(Edit(start, end, _figure_text(value, scale, year)))
            i = j
    return edits


def _restates(figure: re.Match, value: float) -> bool:
    """Whether the figure before a bracket ("1.500 triệu USD", "25.000 ha", "100%") is the number in words in it."""
    written = float(figure.group(1).replace(".", "") + ("." + figure.group(2) if figure.group(2) else ""))
    unit = (figure.group(3) or "").lower()
    for word, size in _SCALE_WORD.items():
        if re.match(rf"{word}(?!\w)", unit) and size > 1000:
            written *= size
    return abs(written - value) < 1e-6 * max(1.0, value)


_BLANK_RUNS = re.compile(r"\n[ \n]*\n(?=[^\n])|\n[ \n]*\Z")
_LEAD_SPACES = LinePattern(r"[ ]+")
# (two spaces first, then the look-behind for what stands before them: a leading look-behind would be
# tried at every position of the text, ten times slower)
_INNER_SPACES = re.compile(r"  (?<=\S  )[ ]*(?=\S)")


def tidy(text: str) -> list[Edit]:
    """At most one blank line between paragraphs, no indentation, single spaces inside lines."""
    edits = []
    for m in _BLANK_RUNS.finditer(text):
        if m.end() == len(text):
            edits.append(Edit(m.start(), m.end(), ""))
        elif m.group(0) != "\n\n":
            edits.append(Edit(m.start(), m.end(), "\n\n"))
    if "\n " in text or text.startswith(" "):    # the regex scans are skipped when they cannot match
        edits += [Edit(m.start(), m.end()) for m in _LEAD_SPACES.finditer(text)]
    if "  " in text:
        edits += [Edit(m.start(), m.end(), " ") for m in _INNER_SPACES.finditer(text)]
    edits.sort(key=lambda e: (e.start, e.end))
    if text[:1] in "\n ":
        k = len(text) - len(text.lstrip("\n "))
        edits = [e for e in edits if e.start >= k]
        edits.insert(0, Edit(0, k))
    return edits


# (not "| - mục tiêu :", OCR's "I - MỤC TIÊU": a lone pipe before a label's dash)
_MD_TABLE_ROW = LinePattern(r"[ ]*\|(?![ ]*[-.–][ ][^|\n]*$).*$")
_MD_TABLE_RULE = re.compile(r"^[ |:\-]+$")


_ROW_PIECES = 60       # lines (blank ones included) a wrapped pipe row may have been cut into (a long cell, double-spaced)


def _pipes(line: str) -> int:
    return line.count("|")


def _open_row(line: str) -> bool:
    """A pipe-table row that starts on this line and does not close on it."""
    s = line.strip()
    return s.startswith("|") and not s.endswith("|") and not _MD_TABLE_RULE.match(s)


def _rule_rows(lines: list[str]) -> dict[int, list[int]]:
    """The rule rows of the pipe tables ("|---|---|", "| --- | :--- |"), each by its first line with the
    lines it stands on: a rule written with spaces between its cells is wrapped like any long line, into
    pieces of dashes and pipes (blank lines between them when the copy is double-spaced)."""
    rules, i = {}, 0
    while i < len(lines):
        s = lines[i].strip()
        if not (s.startswith("|") and "-" in s and _MD_TABLE_RULE.match(s)):
            i += 1
            continue
        pieces, j = [i], i + 1
        while j < len(lines) and j - pieces[-1] <= 2:
            t = lines[j].strip()
            if t and not ("-" in t and _MD_TABLE_RULE.match(t)):
                break
            if t:
                pieces.append(j)
            j += 1
        if sum(_pipes(lines[k]) for k in pieces) >= 3:
            rules[i] = pieces
        i = pieces[-1] + 1
    return rules


def _table_width(lines: list[str], rules: dict[int, list[int]], firsts: list[int], i: int) -> int:
    """The pipes of a whole row of the table that line ``i`` stands in: its rule row above, or just
    below a wrapped header; else the last row above that opens and closes on its line."""
    k = bisect.bisect_right(firsts, i)
    if k and i - firsts[k - 1] <= 400:
        return sum(_pipes(lines[j]) for j in rules[firsts[k - 1]])
    if k < len(firsts) and firsts[k] - i <= 2 * _ROW_PIECES:
        return sum(_pipes(lines[j]) for j in rules[firsts[k]])
    for ln in reversed(lines[max(0, i - 60):i]):
        s = ln.strip()
        if s.startswith("|") and s.endswith("|") and _pipes(s) >= 3:
            return _pipes(s)
    return 0


_ROW_NUMBER_CELL = re.compile(r"[ ]*(?:\d{1,3}|[IVX]{1,5}|[a-zđ])[.)]?[ ]*")


def wrapped_pipe_cells(text: str) -> list[Edit]:
    """A pipe table laid out in fixed columns, ruled ("|----|-----|") above and below its header, whose cells wrap
    onto lines of their own inside their columns: a line under the rule with an empty first cell, its other text in
    columns the row above fills too ("| 1 | Tỷ lệ hộ dân dùng nước | % | 72 |" ⏎ "|   | sạch đạt quy chuẩn    |   |
    |"), is that row's, each piece joined to its cell ("| 1 | Tỷ lệ hộ dân dùng nước sạch đạt quy chuẩn | % | 72 |"),
    as a box table's.  A line that fills a cell the row above leaves empty is a row of its own ("| I | Nhóm A |  |" ⏎
    "|   | Nhiệm vụ 1 | Sở A |")."""
    if "|-" not in text:
        return []
    lines = text.split("\n")
    starts = _line_starts(lines)
    edits: list[Edit] = []

    def bars(line: str) -> tuple[int, ...]:
        return tuple(k for k, c in enumerate(line) if c == "|")

    def filled(line: str, at: tuple[int, ...]) -> list[bool]:
        return [bool(line[a + 1:b].strip()) for a, b in zip(at, at[1:])]

    k = 0
    while k < len(lines):
        if not (lines[k].lstrip().startswith("|-") and _MD_TABLE_RULE.match(lines[k].strip())):
            k += 1
            continue
        at, row, block = bars(lines[k]), None, []
        k += 1
        while k < len(lines) and bars(lines[k]) == at and len(at) >= 3 and not _MD_TABLE_RULE.match(lines[k].strip()):
            cells = filled(lines[k], at)
            if row is not None and not cells[0] and any(cells) and all(r or not c for r, c in zip(row, cells)):
                block.append(k)
            else:
                if len(block) > 1:
                    edits += _box_row(lines, starts, block, "|")
                row, block = cells, [k]
            k += 1
        if len(block) > 1:
            edits += _box_row(lines, starts, block, "|")
    return edits


def stacked_pipe_headers(text: str) -> list[Edit]:
    """A Markdown table has one header line above its rule ("|---|---|"); lines above it as wide as it are a header
    whose long titles were wrapped inside their columns ("| Mốc thời | Tỷ lệ trạm y tế | ..." ⏎ "| gian | xã có bác sĩ
    làm | ..."): each column's pieces join into one header line ("| Mốc thời gian | Tỷ lệ trạm y tế xã có bác sĩ làm
    ... |")."""
    if "|-" not in text and "|:" not in text and "| -" not in text:
        return []
    lines = text.split("\n")
    starts = _line_starts(lines)
    edits = []
    for k, line in enumerate(lines):
        rule = line.strip()
        if not (rule.startswith("|") and "-" in rule and _MD_TABLE_RULE.match(rule)):
            continue
        width, top = _pipes(rule), k
        while top > 0 and lines[top - 1].strip().startswith("|") and _pipes(lines[top - 1]) == width \
                and not _MD_TABLE_RULE.match(lines[top - 1].strip()):
            top -= 1
        if k - top < 2 or any(not ln.strip().endswith("|") for ln in lines[top:k]):
            continue
        numbered = sum(bool(_ROW_NUMBER_CELL.fullmatch(ln.strip()[1:].split("|", 1)[0])) for ln in lines[top:k])
        under_a_header = top >= 2 and _MD_TABLE_RULE.match(lines[top - 1].strip()) \
            and lines[top - 2].strip()[:1] == "|"
        if numbered >= 2 or under_a_header:
            continue        # (rows numbered one by one, or under the header's rule, above the closing rule: the body)
        columns: list[list[str]] = [[] for _ in range(width - 1)]
        for ln in lines[top:k]:
            for c, cell in enumerate(ln.strip()[1:-1].split("|")):
                if c < len(columns) and cell.strip():
                    columns[c].append(cell.strip())
        merged = "| " + " | ".join(" ".join(c) for c in columns) + " |"
        edits.append(Edit(starts[top], starts[k] - 1, merged))
    return edits


def wrapped_pipe_rows(text: str) -> list[Edit]:
    """A pipe table hard-wrapped at a page width ("| 16 | Tỷ trọng kinh phí từ xã hội trên ⏎ phát triển
    (R&D) ⏎ | % | > 60 ⏎ | Bộ Khoa học ⏎ và Công nghệ |"), perhaps double-spaced too, has rows that open
    with a pipe and close lines later, or close short of the table's pipes: the pieces are joined back
    into the row, until the row has as many pipes as a whole row of the table (its rule) and ends
    with one.  A row that
    would overshoot, or does not close within a few lines, is left as it is."""
    if "|" not in text:
        return []
    lines = text.split("\n")
    rows = [_pipes(ln) for ln in lines if ln.lstrip().startswith("|")]
    if len(set(rows)) < 2 and not any(_open_row(ln) for ln in lines):
        return []           # every row whole and as wide as the others
    starts = _line_starts(lines)
    rules = _rule_rows(lines)
    firsts = sorted(rules)
    edits, i = [], 0
    for pieces in rules.values():
        edits.extend(_joined(lines, starts, pieces))
    width, row_end = 0, -_ROW_PIECES      # the table's width as its rows were read, where the last ended
    while i < len(lines):
        s = lines[i].strip()
        if not s.startswith("|") or _MD_TABLE_RULE.match(s):
            i += 1
            continue
        # a long table, double-spaced, runs on far from its rule row: its width goes on with its rows
        expected = width if width and i - row_end <= 4 else _table_width(lines, rules, firsts, i)
        if not (_open_row(s) or _pipes(s) < expected):     # a row cut right after a pipe closes short
            if s.endswith("|") and _pipes(s) == expected:
                width, row_end = expected, i
            i += 1
            continue
        pieces, count, j = [i], _pipes(s), i + 1
        while j < len(lines) and j - i <= _ROW_PIECES and count < expected:
            if lines[j].strip():
                pieces.append(j)
                count += _pipes(lines[j])
            j += 1
        last = lines[pieces[-1]].rstrip()
        if count != expected or not last.endswith("|") or len(pieces) < 2:
            i += 1
            continue
        edits.extend(_joined(lines, starts, pieces))
        width, row_end = expected, pieces[-1]
        i = pieces[-1] + 1
    return sorted(edits, key=lambda e: e.start)


def _joined(lines: list[str], starts: list[int], pieces: list[int]) -> list[Edit]:
    """The edits that join the lines ``pieces`` into one, a space where each was cut."""
    return [Edit(starts[a] + len(lines[a].rstrip()), starts[b] + len(lines[b]) - len(lines[b].lstrip()), " ")
            for a, b in zip(pieces, pieces[1:])]


def markdown_tables(text: str) -> list[Edit]:
    """Pipe tables keep a row on its line, cells joined by " | " ("| Số: 20-NQ/TW | Hà Nội, ngày ... |"
    becomes "Số: 20-NQ/TW | Hà Nội, ngày ..."): the edge pipes and rule rows ("| :---- | :---- |") go.
    Empty cells stay (as an empty cell between two pipes), so columns keep their places."""
    if "|" not in text:
        return []
    edits = []
    rows = list(_MD_TABLE_ROW.finditer(text))
    for i, m in enumerate(rows):
        line = m.group(0)
        if _MD_TABLE_RULE.match(line):
            # in a double-spaced copy the rule goes with one of the blank lines around it
            spaced = text.startswith("\n\n", m.start() - 2) and text.startswith("\n\n", m.end())
            edits.append(Edit(m.start() - spaced, min(m.end() + 1, len(text))))
            continue
        # a line break inside a cell ("<br>"): in the two-cell layout table of a heading or a signature ("| ỦY BAN
        # NHÂN DÂN<br>TỈNH PHÚ THỌ | CỘNG HÒA ...<br>Độc lập ... |", "| Nơi nhận:<br>- ... | TM. ỦY BAN NHÂN
        # DÂN<br>...<br>Đinh Thị Mai Hoa |") each cell is a block of lines; in a table of data the row stays one line
        breaks = list(_BREAK.finditer(line)) if "<" in line else []
        layout = bool(breaks) and line.strip().strip("|").count("|") == 1 and _layout_rows(text, rows, i) <= 2
        for b in breaks:
            edits.append(Edit(m.start() + b.start(), m.start() + b.end(), "\n" if layout else " "))
        for p in re.finditer(r"[ ]*\|[ ]*", line):
            at_edge = p.start() == 0 or p.end() == len(line)
            repl = "" if at_edge else "\n\n" if layout else " | "
            if line[p.start():p.end()] != repl:
                edits.append(Edit(m.start() + p.start(), m.start() + p.end(), repl))
    return edits


_BREAK = re.compile(r"[ ]*<br[ ]*/?>[ ]*", re.IGNORECASE)


def _layout_rows(text: str, rows: list, i: int) -> int:
    """How many rows (not rules) the pipe table of ``rows[i]`` holds: the rows on the lines next to it, one after
    another."""
    lo = hi = i
    while lo > 0 and rows[lo - 1].end() + 1 == rows[lo].start():
        lo -= 1
    while hi + 1 < len(rows) and rows[hi].end() + 1 == rows[hi + 1].start():
        hi += 1
    return sum(1 for r in rows[lo:hi + 1] if not _MD_TABLE_RULE.match(r.group(0)))


# Page furniture that a conversion or a scan leaves between paragraphs: a page marker
# ("===== Trang 3 =====", "- 4 -", "Trang 5/12"), a running header with a file name and a page
# number ("7.NQTU12.DOC 5", "4.KLTW7S.DOC 1 0"), a digital-signature stamp
# ("28-07-2026 18:08:51 +07:00", "Ký bởi: Văn phòng ..."), a bare page number between blank lines.
_FURNITURE_LINE = LinePattern(r"""[ \t\f]*(?:
      =+[ ]*(?:Trang|TRANG|Page)[ ]*\d+(?:[ ]*/[ ]*\d+)?[ ]*=+
    | (?:Trang|TRANG|Page)[ ]+\d{1,4}(?:[ ]*/[ ]*\d{1,4}|[ ]+(?:of|trên)[ ]+\d{1,4})?
    | -[ ]*\d{1,4}[ ]*-
    | \d{1,3}\.[A-Z0-9]{2,14}\.(?:DOC|DOCX|PDF|doc|docx|pdf)(?:[ ]+\d{1,3})+
    | \d{1,2}[-/.]\d{1,2}[-/.]\d{4}[ ]+\d{1,2}:\d{2}(?::\d{2})?(?:[ ]*[+-]\d{2}:?\d{2})?
    )[ ]*$""", re.X)
_BARE_NUMBER = LinePattern(r"[ \t\f\r]*(\d{1,3})[ \t\r]*$")


# the page number a marker prints: "Trang 3", "- 4 -", "7.NQTU12.DOC 5"
_MARKER_PAGE = re.compile(r"(?:Trang|TRANG|Page)[ ]*(\d{1,4})|^[ \t\f]*-[ ]*(\d{1,4})[ ]*-|\.(?:DOC|DOCX|PDF|doc|docx|pdf)[ ]+(\d{1,3})")


_PAGE_APART = 1500     # characters: two page numbers stand at least this far apart (table rows are closer)


def page_furniture(text: str) -> list[Edit]:
    """Drop page markers, running headers and signature stamps (with the line break after them, so
    that the paragraph a page break cut is rejoined), and page numbers: a bare number on its own line
    after a form feed, in a run of bare numbers counting up one by one pages apart, or between blank
    lines where another number or page marker pages away counts on from it or to it."""
    furniture = list(_FURNITURE_LINE.finditer(text))
    edits = [_cut_line(text, m.start(), m.end()) for m in furniture]
    bare = list(_BARE_NUMBER.finditer(text))
    pages: set[int] = set()
    for i, m in enumerate(bare):
        if "\f" in m.group(0):
            pages.add(i)
    # a table's row numbers also count up alone on their lines, but rows are shorter than pages and
    # have their text on the very next line
    def loose(m: re.Match) -> bool:
        return text[max(0, m.start() - 2):m.start()] == "\n\n" or text[m.end():m.end() + 2] == "\n\n"
    def counts_on(a: re.Match, b: re.Match) -> bool:
        return int(b.group(1)) == int(a.group(1)) + 1 and b.start() - a.end() > _PAGE_APART
    for i, (a, b) in enumerate(zip(bare, bare[1:])):
        if counts_on(a, b) and loose(a) and loose(b):
            pages.update((i, i + 1))
    # ... and three or more of them in a row, pages apart, wherever they stand (a PDF copy that puts the number
    # between the lines of a page's last sentence and the next page's first: "... đối với những" / "2" / "người
    # dôi dư ...")
    for i, (a, b, c) in enumerate(zip(bare, bare[1:], bare[2:])):
        if counts_on(a, b) and counts_on(b, c):
            pages.update((i, i + 1, i + 2))
    # numbers between blank lines that count on from each other pages apart, with other numbers between
    # them (a copy whose own page numbers, after form feeds, run beside the ones a later print added)
    def alone(m: re.Match) -> bool:
        return text[max(0, m.start() - 2):m.start()] == "\n\n" and text[m.end():m.end() + 2] == "\n\n"
    lone = [(i, int(m.group(1)), m) for i, m in enumerate(bare) if alone(m)]
    for i, n, m in lone:
        if any((v == n + 1 and o.start() - m.end() > _PAGE_APART) or (v == n - 1 and m.start() - o.end() > _PAGE_APART)
               for _, v, o in lone):
            pages.add(i)
    # a lone page number that cuts a sentence: the line before it stops mid-phrase, and what follows goes on in
    # lower case, or the list it would join numbers that item itself further on ("... ngân sách tỉnh hỗ trợ" /
    # "4" / "Tổng điều tra theo Mục IV ..." ... "4. Công an tỉnh")
    for i, n, m in lone:
        if i not in pages and _cuts_a_sentence(text, m, n):
            pages.add(i)
    # a bare number between blank lines that goes on from, or leads to, the page number of another
    # marker pages away ("===== Trang 3 =====", "7.NQTU12.DOC 4"): a copy numbers its pages one way here,
    # another there
    marked = [(m.start(), int(next(g for g in v.groups() if g))) for m in furniture
              if (v := _MARKER_PAGE.search(m.group(0)))]
    if marked:
        for i, m in enumerate(bare):
            if i in pages or not alone(m):
                continue        # a page number stands between blank lines; a table's row number has its text below
            n = int(m.group(1))
            before = [(at, v) for at, v in marked if at < m.start()]
            after = [(at, v) for at, v in marked if at > m.end()]
            # the markers on either side agree with it: n - 1 before it, n + 1 after it, each pages away
            prev_ok = not before or (before[-1][1] == n - 1 and m.start() - before[-1][0] > _PAGE_APART)
            next_ok = not after or (after[0][1] == n + 1 and after[0][0] - m.end() > _PAGE_APART)
            if prev_ok and next_ok:
                pages.add(i)
    # a running header or footer a PDF copy prints on every page ("Bộ Khoa học và Công nghệ - Kế hoạch triển
    # khai thi hành Luật ..."): the same line, alone between blank lines, three times or more; the page number
    # beside it goes with it
    for spans in _running_lines(text):
        beside = [[i for i, m in enumerate(bare) if 0 < m.start() - end <= 4 or 0 < start - m.end() <= 4]
                  for start, end in spans]
        if sum(1 for b in beside if b) < 2:
            continue        # (a line repeated in a double-spaced text is no header: a page's number stands by one)
        for (start, end), b in zip(spans, beside):
            edits.append(_cut_line(text, start, end))
            pages.update(b)
    for i in sorted(pages):
        m = bare[i]
        e = _cut_line(text, m.start(), m.end())
        if all(x.start != e.start for x in edits):
            edits.append(e)
    return sorted(edits, key=lambda e: e.start)


_MID_PHRASE_END = re.compile(r"[^\W\d_][ \t]*$|,[ \t]*$")
_ITEM_AHEAD = 4000     # characters: how far on the list's own item of that number may stand


def _cuts_a_sentence(text: str, m: re.Match, n: int) -> bool:
    """A bare number alone between blank lines that stands inside a sentence: the line before is a long
    one that stops mid-phrase (a letter or a comma last), and the text after goes on in lower case, or an
    item numbered ``n`` opens a line further on."""
    start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start() - 1)))
    before = text[start + 1:m.start()].strip()
    if len(before) < 40 or "\n" in before or not _MID_PHRASE_END.search(before):
        return False
    after = text[m.end():m.end() + 200].lstrip()
    if after[:1].islower() and not re.match(r"[a-zđ][).][ \t]", after):     # (not "a) ...", an item of its own)
        return True
    return re.search(rf"(?m)^[ \t]*{n}[.)][ \t]", text[m.end():m.end() + _ITEM_AHEAD]) is not None


_ALONE_LINE = LinePattern(r"(?<=\n\n)[ \t]*(?P<line>[^\n]{15,150}?)[ \t]*(?=\n\n)")


def _running_lines(text: str) -> list[list[tuple[int, int]]]:
    """For each line that stands alone between blank lines three times or more, the same each time, its spans:
    a line that starts with a capital, ends with no stop, and is no numbered item or signature ("1. ...",
    "- ...", "TM. ...")."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for m in _ALONE_LINE.finditer(text):
        line = m.group("line")
        if not line[0].isupper() or line[-1] in ".,;:" or re.match(r"[IVX]+[.)\-]|(?:T/?M|KT|TL|TUQ)\b", line):
            continue
        seen.setdefault(line, []).append((m.start(), m.end()))
    return [spans for spans in seen.values() if len(spans) >= 3]


def _cut_line(text: str, start: int, end: int) -> Edit:
    """Remove a whole line and one of the line breaks around it."""
    end = end + 1 if end < len(text) and text[end] == "\n" else end
    return Edit(start, end)


# Specks a scan leaves at a line start before the text ("¬ Sở Tài chính", "' 2. Giao ...").
_SPECK = LinePattern(r"[ ]*[¬´`][ ]+(?=\S)|[ ]*['_][ ]+(?=[^\W\d_]|\d{1,2}[.)\-])")


# A two-column footer converted to text: the distribution list on the left, the signature block on
# the right of the same line, far apart ("- Lưu Văn phòng.          Trần Văn An",
# "Nơi nhận:            T/M TỈNH ỦY"): the right column becomes a cell of its own (" | "), as a pipe
# table's would, so that the signer is read.  Only a recipients line on the left and, on the right,
# a block in capitals or a person's name: a blank field inside a line ("Số:      /KH-UBND") stays.
_FOOTER_COLUMNS = LinePattern(r"(?P<left>[ *]*(?:[-+•]|\\?-|[Nn][ơo]i[ _]nh[ậa]n|NƠI NHẬN)[^\n|]*?\S)[ ]{6,}"
                             r"(?P<right>[*]*(?:[A-ZĐÀ-Ỹ/.()]{2,}[A-ZĐÀ-Ỹ/.() ]*|(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+ ){1,4}[A-ZĐÀ-Ỹ][a-zđà-ỹ]+"
                             # the same block in a text that lost its capitals: "t/m tỉnh ủy", "kt. chủ tịch"
                             r"|(?:t/m|tm\.|kt\.|k/t|tl\.|tuq\.)[ _]*[a-zđà-ỹ][a-zđà-ỹ_ ]*)"
                             r"[*\\ ]*)$")


def footer_columns(text: str) -> list[Edit]:
    if " " * 6 not in text:
        return []       # no two columns (and no regex scan) without a wide gap
    edits = []
    for m in _FOOTER_COLUMNS.finditer(text):
        edits.append(Edit(m.end("left"), m.start("right"), " | "))
    return edits


# A chapter heading a PDF's text layer glued to the end of the line before it:
# "(Ban hành kèm theo Quyết định số ...) Chương I" ⏎ "QUY ĐỊNH CHUNG".
# (the mark before the spaces is matched, not looked behind for: a pattern that starts with a set of
# characters is searched for in C, one that starts with a look-behind is tried at every position)
_GLUED_CHAPTER = re.compile(r"(?m)[).:;](?P<gap>[ ]+)(?=(?:Chương|CHƯƠNG)[ ]+[IVXL]{1,5}[ ]*$)")
# what every glued heading holds, searched from " C" (the scan above tries every mark of the text)
_CHAPTER_AFTER_SPACE = re.compile(r"(?m) C(?:hương|HƯƠNG)[ ]+[IVXL]{1,5}[ ]*$")


def glued_chapters(text: str) -> list[Edit]:
    if not _CHAPTER_AFTER_SPACE.search(text):
        return []
    return [Edit(m.start("gap"), m.end("gap"), "\n") for m in _GLUED_CHAPTER.finditer(text)]


# An article's or chapter's word alone on its line, its number opening the next: "Điều" ⏎ "2. Tổ chức thực hiện"
# (a conversion that broke the heading after its first word) is one heading, "Điều 2. Tổ chức thực hiện".
_LONE_PART_WORD = re.compile(r"(?m)^[ ]*(?:Điều|ĐIỀU|Chương|CHƯƠNG|Phần|PHẦN)(?P<gap>[ ]*\n[ \n]*)"
                             r"(?=(?:\d{1,3}|[IVXL]{1,5}(?![^\W\d_]))(?:[ ]*[.:\-–]?[ ]*[^\W\d_]|[ ]*$))")


# what every such heading holds, searched for from the word (the scan above, a line start at a time, tries every
# position of the text: most texts have no part word at a line's end)
_PART_WORD_AT_LINE_END = re.compile(r"(?:Điều|ĐIỀU|Chương|CHƯƠNG|Phần|PHẦN)[ ]*\n")


def lone_part_words(text: str) -> list[Edit]:
    if not _PART_WORD_AT_LINE_END.search(text):
        return []
    return [Edit(m.start("gap"), m.end("gap"), " ") for m in _LONE_PART_WORD.finditer(text)]


def scan_specks(text: str) -> list[Edit]:
    if not any(mark in text for mark in "¬´`'_"):
        return []       # no speck mark anywhere: the line-by-line scan is skipped
    return [Edit(m.start(), m.end()) for m in _SPECK.finditer(text)]


# a drafting system's line number in the left margin, right-aligned before the line ("  9  Thực hiện Nghị quyết ...")
_MARGIN_NUMBER = re.compile(r"[ ]{0,6}(\d{1,5})(?:[ ]{1,4}|\t|$)")
_MARGIN_SHARE = 0.8     # of the lines with text, those numbered, and of these, those that count on by one
_MARGIN_LINES = 8       # a document's fewest lines with text (a word-segmented one may hold a paragraph a line)
_MARGIN_PAGE = 15       # the fewest lines a page's count runs before it starts again


def line_numbers(text: str) -> list[Edit]:
    """The line numbers a drafting system prints in the margin of every line go, each line keeping its own indent:
    where at least eight lines have text and four in five of them open with a number that counts on by one from the
    number above (a page's count may start again at 1).  A table's row numbers are too few lines of a document to
    count, and a line whose number does not follow on from its neighbours' keeps it."""
    if "\n" not in text or not text.lstrip(" \t\r\n\ufeff")[:1].isdigit():
        return []
    lines = text.split("\n")
    filled = sum(1 for ln in lines if ln.strip())
    numbered = [(k, m) for k, ln in enumerate(lines) if ln.strip() and (m := _MARGIN_NUMBER.match(ln))]
    if filled < _MARGIN_LINES or len(numbered) < _MARGIN_SHARE * filled:
        return []
    values = [int(m.group(1)) for _, m in numbered]
    follows = [v == 1 or (k and v == values[k - 1] + 1) or (k + 1 < len(values) and values[k + 1] == v + 1)
               for k, v in enumerate(values)]
    restarts = sum(1 for k, v in enumerate(values) if k and v <= values[k - 1])
    if sum(follows) < _MARGIN_SHARE * len(values) or restarts * _MARGIN_PAGE > len(values):
        return []       # (a count that starts again every few lines numbers a table's rows)
    starts = _line_starts(lines)
    return [Edit(starts[k] + m.start(), starts[k] + m.end()) for (k, m), ok in zip(numbered, follows) if ok]


# an HTML page's source copied as text ("<p class="MsoNormal">", "<br/>", "&nbsp;", "&#7889;"): its markup names (a
# word-segmented copy's "<p_class=...>" too)
_HTML_TAG = re.compile(r"(?i)<(/?)(p|br|div|span|font|b|strong|i|em|u|sub|sup|h[1-6]|li|ul|ol|table|tbody|thead"
                       r"|tr|td|th|o:p|center|a|img|hr)(?=[\s>/_])[^<>]*>|<!--.*?-->", re.DOTALL)
_HTML_BLOCK = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tbody", "thead",
                         "center", "hr", "tr", "td", "th"})
_HTML_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_HTML_ROW = re.compile(r"(?is)<tr(?=[\s>_])[^<>]*>(.*?)</tr\s*>")
_HTML_CELL = re.compile(r"(?is)<t[dh](?=[\s>_])[^<>]*>(.*?)</t[dh]\s*>")
_HTML_MIN_TAGS = 6      # fewer tags other than "<br>" are a "<b>" in a sentence, not a page


def _entity_edits(text: str) -> list[Edit]:
    """The characters a page's or a record's entities name ("&#7889;" is "ố", "&amp;" "&", "&nbsp;" a space)."""
    return [Edit(m.start(), m.end(), " " if char == "\xa0" else char) for m in _HTML_ENTITY.finditer(text)
            if (char := html.unescape(m.group())) != m.group()]


def html_markup(text: str) -> list[Edit]:
    """An HTML page's source copied as text: its tags go, a paragraph or a line break (``<p>``, ``<br>``) ending a
    line where no line ends, its entities are the characters they name ("&#7889;" is "ố", "&nbsp;" a space), and a
    table whose cells each hold one line becomes a pipe table, a row a line ("| 1 | Số di tích được tu bổ | Di tích |
    35 |"); a table laying out blocks (the recipients beside the signature) leaves each cell its own lines."""
    if "<" not in text or sum(name.lower() != "br" for _, name in _HTML_TAG.findall(text[:200_000])) < _HTML_MIN_TAGS:
        return []       # (a converter's "<br>" in a Markdown table's cell is the table's business)
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for row in _HTML_ROW.finditer(text):
        cells = list(_HTML_CELL.finditer(text, row.start(1), row.end(1)))
        if not cells or any("\n" in c.group(1) or len(re.findall(r"(?i)<br", c.group(1))) > 2 for c in cells):
            continue    # a layout table: its cells are blocks, read as paragraphs below
        bounds = [row.start()] + [k for c in cells for k in (c.start(1), c.end(1))] + [row.end()]
        for k in range(0, len(bounds), 2):
            glue = "| " if k == 0 else " |" if k == len(bounds) - 2 else " | "
            edits.append(Edit(bounds[k], bounds[k + 1], glue))
        taken.append((row.start(), row.end()))
    starts = [a for a, _ in taken]
    glue = Spans((e.start, e.end) for e in edits)
    for m in _HTML_TAG.finditer(text):
        if m.start() in glue:
            continue
        name = (m.group(2) or "").lower()
        k = bisect.bisect_right(starts, m.start()) - 1
        inside_row = k >= 0 and m.start() < taken[k][1]
        at_line_end = m.end() >= len(text) or text[m.end()] == "\n"
        if name == "br":
            repl = " " if inside_row else "" if at_line_end else "\n"
        elif name in _HTML_BLOCK and m.group(1) and not inside_row:
            repl = "" if at_line_end else "\n"
        else:
            repl = ""
        edits.append(Edit(m.start(), m.end(), repl))
    edits += [e for e in _entity_edits(text) if e.start not in glue]
    return edits


# a legal-documents database's XML export: "<Dieu so="1"><TieuDe>...</TieuDe><Khoan so="1">...</Khoan></Dieu>"
_XML_TAG = re.compile(r"<(/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>"
                      r"|<\?.*?\?>|<!--.*?-->|<!\[CDATA\[|\]\]>", re.DOTALL)
_XML_NUMBER = re.compile(r"""\b(?:so|number|num|stt|thu_tu|thutu)\s*=\s*["']([^"']{1,8})["']""", re.IGNORECASE)
_XML_MIN_TAGS = 12
# an element that carries a part's number in an attribute, by its name: how the number is printed before its text
_XML_NUMBERED = (("chuong", "chapter", "Chương {} "), ("muc", "section", "Mục {}. "),
                 ("dieu", "article", "Điều {}. "), ("khoan", "clause", "{}. "), ("diem", "point", "{}) "))
# a field of the record's properties, by its name: the label the document's own header would give its value
_XML_FIELDS = {"sokyhieu": "Số: ", "sohieu": "Số: ", "number": "Số: ", "ngaybanhanh": "Ngày ban hành: ",
               "coquanbanhanh": "", "issuer": "", "nguoiky": "Người ký: ", "noinhan": "Nơi nhận:",
               "recipients": "Nơi nhận:"}
# an element whose text is a part's title: on its number's line
_XML_TITLES = frozenset({"tieude", "ten", "title", "heading"})
# the record's properties no header prints (the document's own title and kind say them again): they go
_XML_DROPPED = frozenset({"loaivanban", "ngayhieuluc", "linhvuc", "tinhtrang", "chucdanh", "trichyeu", "type",
                          "status", "field", "effective"})


def _xml_name(tag: str) -> str:
    return fold(tag.rsplit(":", 1)[-1]).replace("_", "").replace("-", "").lower()


def xml_export(text: str) -> list[Edit]:
    """A record of a legal-documents database exported as XML reads as the document it holds: each element on a line
    of its own, a number held in an attribute printed as the document would ("<Dieu so="2">" is "Điều 2. ", "<Khoan
    so="1">" is "1. ", "<Diem so="a">" is "a) "), a part's title on its number's line, the record's properties
    labelled as a header labels them ("Số: 28/2027/NQ-HĐND"), its entities the characters they name.  A text that
    does not open with a tag, has few tags, or is a web page (``html_markup``'s) is left as it is."""
    if not text.lstrip("\ufeff \t\r\n").startswith("<"):
        return []
    tags = list(_XML_TAG.finditer(text))
    if len(tags) < _XML_MIN_TAGS or _HTML_TAG.search(text, 0, 5000):
        return []
    edits: list[Edit] = []
    gone: list[Edit] = []
    prev, labelled = 0, False
    for m in tags:
        if m.start() < prev:
            continue                                        # inside a property that went
        if not text[prev:m.start()].strip():
            edits.append(Edit(prev, m.start(), ""))       # the indentation between elements
        prev = m.end()
        name = _xml_name(m.group(2) or "")
        if m.group(2) is None or m.group(1) or m.group(4):
            edits.append(Edit(m.start(), m.end(), ""))     # a declaration, a comment, a closing or empty element
            continue
        if name in _XML_DROPPED and (close := text.find(f"</{m.group(2)}>", m.end())) >= 0:
            prev = close + len(m.group(2)) + 3
            gone.append(Edit(m.start(), prev, ""))
            continue
        number = _XML_NUMBER.search(m.group(3) or "")
        label = next((form.format(number.group(1)) for *names, form in _XML_NUMBERED
                      if any(name.startswith(n) for n in names)), None) if number else None
        if number and label is None:
            label = number.group(1) + (". " if number.group(1)[0].isdigit() or number.group(1).isupper() else ") ")
        if label is None:
            label = _XML_FIELDS.get(name, "")
        if name in _XML_TITLES and labelled:
            edits.append(Edit(m.start(), m.end(), ""))     # "Điều 2. " + the article's title
        else:
            edits.append(Edit(m.start(), m.end(), ("\n" if edits and m.start() else "") + label))
        labelled = bool(number)
    if text[prev:].strip() == "":
        edits.append(Edit(prev, len(text), "\n"))
    dropped = Spans((g.start, g.end) for g in gone)
    return edits + gone + [e for e in _entity_edits(text) if e.start not in dropped]


# a page of a wiki (MediaWiki markup): "== I. MỤC TIÊU ==", bold in triple quotes, "[[target|label]]", "# item",
# "{| ... |}"
_WIKI_HEADING = re.compile(r"^(={2,6})[ \t]*(.+?)[ \t]*\1[ \t]*$", re.MULTILINE)
_WIKI_TEMPLATE = re.compile(r"\{\{(?:[^{}]|\{(?!\{)|\}(?!\}))*\}\}\n?")
_WIKI_FILED = re.compile(r"\[\[(?:Thể loại|Category|Tập tin|File|Hình|Image)[ ]*:[^\[\]]*\]\]\n?", re.IGNORECASE)
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
_WIKI_URL = re.compile(r"\[(?:https?|ftp)://[^\s\]]+[ ]+([^\]]+)\]")
_WIKI_QUOTES = re.compile(r"'{2,5}")
_WIKI_TAG = re.compile(r"<ref\b[^>]*/>|<ref\b[^>]*>.*?</ref\s*>|<references[ ]*/?>|<br[ ]*/?>"
                       r"|</?(?:center|small|big|span|div|u|s|sup|sub|nowiki|poem)\b[^>]*>",
                       re.IGNORECASE | re.DOTALL)
_WIKI_BREAK = re.compile(r"<br[ ]*/?>", re.IGNORECASE)
_WIKI_LIST = re.compile(r"([*#:;]+)[ \t]*")
_WIKI_CELL_ATTR = re.compile(r"""[ ]*(?:[\w-]+[ ]*=[ ]*(?:"[^"]*"|'[^']*'|[\w%#-]+)[ ]*)+\|(?!\|)""")
_WIKI_DECIMAL = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\.?[ ]")


def _wiki_table_line(text: str, a: int, b: int, edits: list[Edit]) -> bool:
    """The edits that read a line of a wiki table ("{|", "|-", "! STT !! Nhiệm vụ", "| 1 || Rà soát || Sở Nội vụ",
    "| style="..." | Nơi nhận:<br />...") as a pipe row or a block's lines; False when it is no table line."""
    line = text[a:b]
    if line.startswith(("{|", "|}", "|-")):
        edits.append(Edit(a, min(b + 1, len(text)), ""))
        return True
    if line.startswith("|+"):
        edits.append(Edit(a, a + 2, ""))
        return True
    if not line.startswith(("|", "!")):
        return False
    sep = "!!" if line.startswith("!") else "||"
    cuts = [a] + [a + m.start() for m in re.finditer(re.escape(sep), line)] + [b]
    if len(cuts) == 2:
        # one cell a line: a block laid out (the recipients beside the signature), its breaks its lines
        m = _WIKI_CELL_ATTR.match(text, a + 1, b)
        edits.append(Edit(a, m.end() if m else a + 1, ""))
        edits += [Edit(a + br.start(), a + br.end(), "\n") for br in _WIKI_BREAK.finditer(line)]
        return True
    for k, (x, y) in enumerate(zip(cuts, cuts[1:])):
        width = 1 if k == 0 else 2
        m = _WIKI_CELL_ATTR.match(text, x + width, y)
        edits.append(Edit(x, m.end() if m else x + width, "| " if k == 0 else " | "))
        edits += [Edit(x + br.start(), x + br.end(), " ") for br in _WIKI_BREAK.finditer(text, x, y)]
    edits.append(Edit(b, b, " |"))
    return True


def wiki_markup(text: str) -> list[Edit]:
    """A page copied out of a wiki reads as the document it shows: a heading "== I. MỤC TIÊU ==" its own words, a
    link "[[Sở Nội vụ tỉnh Lâm Đồng|Sở Nội vụ]]" the words shown, bold and italic quotes, templates, categories and
    footnote references gone, a "<br />" a line break, a bullet "* " a "- " ("** " a "+ "), a numbered item "# " the
    number the wiki would show, under the heading's own number ("=== 2. Mục tiêu cụ thể ===" then "# ..." is "2.1.",
    "## ..." under it "2.1.1."), a table "{| ... |}" a pipe table, a row a line.  A text needs two wiki headings and
    other markup (bold, links, numbered items or a table) to be read so."""
    if len(_WIKI_HEADING.findall(text, 0, 200_000)) < 2 \
            or not ("'''" in text or "[[" in text or "{|" in text or "\n#" in text):
        return []
    edits: list[Edit] = []
    for rx in (_WIKI_TEMPLATE, _WIKI_FILED):
        edits += [Edit(m.start(), m.end(), "") for m in rx.finditer(text)]
    gone = Spans((e.start, e.end) for e in edits)
    rows: list[tuple[int, int]] = []      # the table lines, whose breaks the table step reads
    prefix, counters = "", []
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if pos not in gone:
            if _wiki_table_line(text, pos, end, edits):
                rows.append((pos, end))
            elif h := _WIKI_HEADING.match(text, pos, end):
                edits += [Edit(pos, h.start(2), ""), Edit(h.end(2), end, "")]
                d = _WIKI_DECIMAL.match(h.group(2))
                prefix, counters = (d.group(1) if d else ""), []
            elif lst := _WIKI_LIST.match(text, pos, end):
                marks = lst.group(1)
                if marks[-1] == "#":
                    counters = (counters + [0] * len(marks))[:len(marks)]
                    counters[-1] += 1
                    label = ".".join(([prefix] if prefix else []) + [str(c) for c in counters]) + ". "
                else:
                    label = ("- " if len(marks) == 1 else "+ ") if marks[-1] == "*" else ""
                edits.append(Edit(pos, lst.end(), label))
        pos = end + 1
    in_rows = Spans(rows)
    for rx in (_WIKI_LINK, _WIKI_URL):
        edits += [e for m in rx.finditer(text) if m.start() not in gone
                  for e in (Edit(m.start(), m.start(1), ""), Edit(m.end(1), m.end(), ""))]
    edits += [Edit(m.start(), m.end(), "") for m in _WIKI_QUOTES.finditer(text) if m.start() not in gone]
    for m in _WIKI_TAG.finditer(text):
        if m.start() not in gone and m.start() not in in_rows:      # (a row's breaks are the table step's)
            edits.append(Edit(m.start(), m.end(), "\n" if _WIKI_BREAK.fullmatch(m.group()) else ""))
        elif m.start() not in gone and not _WIKI_BREAK.fullmatch(m.group()):
            edits.append(Edit(m.start(), m.end(), ""))
    return edits


# a table of contents: a heading's words, a dotted leader, its page ("II. NHIỆM VỤ, GIẢI PHÁP ......... 7")
_LEADER = re.compile(r"[.…·_](?:[ ]?[.…·_]){3,}[ ]*\d{1,3}[ ]*$", re.MULTILINE)   # (a dot first: a search is fast)
_CONTENTS_TITLE = re.compile(r"[ ]*(?:MỤC LỤC|Mục lục)[ ]*:?[ ]*$")
_CONTENTS_MIN = 3       # entries: one dotted line is a form's blank to fill in


def contents_list(text: str) -> list[Edit]:
    """A bound document's table of contents goes: its entries (a heading, a dotted leader and a page number; an entry
    wrapped over two lines, the page lines between) and its title "MỤC LỤC".  The headings are the body's: read twice
    they would be parts twice.  Three entries at least, none more than two lines from the next."""
    if not _LEADER.search(text, 0, 200_000):
        return []
    lines = text.split("\n")
    starts = _line_starts(lines)
    entries = [i for i, ln in enumerate(lines) if _LEADER.search(ln)]
    edits: list[Edit] = []
    k = 0
    while k < len(entries):
        j = k
        while j + 1 < len(entries) and sum(1 for x in lines[entries[j] + 1:entries[j + 1]] if x.strip()) <= 2:
            j += 1
        if j - k + 1 >= _CONTENTS_MIN:
            first, last = entries[k], entries[j]
            above = [i for i in range(max(0, first - 3), first) if lines[i].strip()]
            if above and _CONTENTS_TITLE.fullmatch(lines[above[-1]]):
                first = above[-1]
            edits.append(Edit(starts[first], starts[last] + len(lines[last]), ""))
        k = j + 1
    return edits


# a plan laid out by indentation alone: headings in capitals, items as indented bullets, no number or letter
_OUTLINE_LABEL = re.compile(r"^[ \t]*(?:[IVX]{1,5}[.)]|\d{1,2}[.)]|[a-zđ]\)|Điều[ ]+\d|Phần[ ]+)", re.MULTILINE)
_OUTLINE_BULLET = re.compile(r"([ \t]*)([-+•◦▪*–])[ \t]+(?=\S)")
_OUTLINE_END = re.compile(r"(?:nơi nhận|kt\.|tm\.|t/m|q\.[ ]|giám đốc|chủ tịch)", re.IGNORECASE)
_OUTLINE_ANNEX = re.compile(r"phụ lục(?:[ ]+[ivx\d]{1,4})?[ ]*$", re.IGNORECASE)
_OUTLINE_MIN = 8        # bullets: a few dashes under capitals are a letter's list, not its outline


def _outline_heading(line: str, lowercase: bool) -> bool:
    """A heading of such a plan: a line in capitals at the margin (in a text that lost its capitals, a line at the
    margin that ends no sentence)."""
    s = line.strip()
    if not s or line[:1] in " \t" or len(s) > 120 or not any(c.isalpha() for c in s):
        return False
    return s.isupper() or lowercase and s[-1] not in ".;:,"


def indented_outline(text: str) -> list[Edit]:
    """A plan whose structure is its indentation alone (headings in capitals, items as bullets indented two, six, ten
    spaces or a tab, no number or letter anywhere) is numbered as a reader counts it: a heading followed by its
    bullets is "3. NHIỆM VỤ ...", the second bullet under it "3.2. ", the first one indented below that "3.2.1. ";
    an annex's bullets count from its own "PHỤ LỤC".  The level is the bullet's mark where each mark keeps one
    indent, else its indent.  A text with numbered items, or few bullets, is left as it is."""
    if next(islice(_OUTLINE_LABEL.finditer(text, 0, 200_000), 2, None), None):
        return []       # (three numbered lines: the scan stops at the third)
    lines = text.split("\n")
    bullets = {i: m for i, ln in enumerate(lines) if (m := _OUTLINE_BULLET.match(ln)) and m.group(1)}
    if len(bullets) < _OUTLINE_MIN:
        return []
    widths = {i: len(m.group(1).expandtabs(8)) for i, m in bullets.items()}
    depths = sorted(set(w for i, w in widths.items() if "\t" not in bullets[i].group(1)))
    if len(depths) < 2:
        return []
    by_width = {w: k + 1 for k, w in enumerate(depths)}
    marks: dict[str, set[int]] = {}
    for i, m in bullets.items():
        if "\t" not in m.group(1):
            marks.setdefault(m.group(2), set()).add(by_width[widths[i]])
    one_each = all(len(v) == 1 for v in marks.values()) and len({min(v) for v in marks.values()}) == len(marks)

    def level(i: int) -> int:
        mark = bullets[i].group(2)
        if one_each and mark in marks:
            return min(marks[mark])
        return by_width[min(by_width, key=lambda w: (abs(w - widths[i]), w))]

    def next_text(i: int) -> int | None:
        return next((j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].strip()), None)

    starts = _line_starts(lines)
    lowercase = is_lowercased(text)
    edits: list[Edit] = []
    head: list[int] = []        # the heading's number, empty in an annex
    counters: list[int] = []
    inside = False
    for i, ln in enumerate(lines):
        if _OUTLINE_END.match(ln.strip()) and not ln[:1].isspace():
            inside = False
        elif _OUTLINE_ANNEX.match(ln.strip()) and not ln[:1].isspace():
            inside, head, counters = True, [], []
        elif _outline_heading(ln, lowercase) and (j := next_text(i)) is not None and j in bullets:
            inside = True
            head, counters = [(head[0] if head else 0) + 1], []
            edits.append(Edit(starts[i], starts[i], f"{head[0]}. "))
        elif inside and i in bullets:
            depth = level(i)
            counters = (counters + [0] * depth)[:depth]
            counters[-1] += 1
            label = ".".join(str(n) for n in head + counters) + ". "
            edits.append(Edit(starts[i], starts[i] + bullets[i].end(), label))
    return edits if len(edits) >= _OUTLINE_MIN else []


# a document system's export: a JSON record whose string values hold the document with its line breaks escaped
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_JSON_ESCAPE = re.compile(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"   # a pair of surrogates
                          r"|u[0-9a-fA-F]{4}|[nrtbf\"\\/])")
_JSON_KEY_AFTER = re.compile(r"\s*:")


def json_export(text: str) -> list[Edit]:
    """A document system's export of a record as JSON ("{"so_ky_hieu": "12/KH-UBND", "noi_dung": "ỦY BAN NHÂN
    DÂN\\n..."}") reads as the documents it holds: the string values that break lines (the body, an attached
    scheme), in order and a blank line apart, their escapes the characters they stand for ("\\n", "\\t", "\\"",
    "\\u1ed1").  The keys and the short values (number, date, signer) go: the body says them again.  A text that
    is not one whole JSON value, or none of whose strings breaks a line, is left as it is."""
    head = text.lstrip("\ufeff \t\r\n")[:1]
    if head not in ("{", "[") or '\\n' not in text:
        return []
    try:
        json.loads(text.lstrip("\ufeff"), strict=False)
    except ValueError:
        return []
    kept = []
    for m in _JSON_STRING.finditer(text):
        if _JSON_KEY_AFTER.match(text, m.end()):
            continue
        value = json.loads(m.group(), strict=False)
        if "\n" in value.strip():
            kept.append(m)
    if not kept:
        return []
    edits, prev = [], 0
    for k, m in enumerate(kept):
        edits.append(Edit(prev, m.start() + 1, "\n\n" if k else ""))
        for esc in _JSON_ESCAPE.finditer(text, m.start() + 1, m.end() - 1):
            char = json.loads(f'"{esc.group()}"')
            # (half a surrogate pair, which no text can print, is the replacement character)
            edits.append(Edit(esc.start(), esc.end(), "\ufffd" if "\ud800" <= char <= "\udfff" else char))
        prev = m.end() - 1
    edits.append(Edit(prev, len(text), "\n"))
    return edits


# a database field's text copied out raw: its line breaks, tabs and quotes are escapes ("Điều 1.\\nPhê duyệt")
_FIELD_ESCAPE = re.compile(r"\\[nrt\"'\\/]")
_FIELD_ESCAPED = {"n": "\n", "r": "", "t": "\t", '"': '"', "'": "'", "\\": "\\", "/": "/"}


def escaped_breaks(text: str) -> list[Edit]:
    """A document pulled out of a database field as it is stored: the whole text one line, each line break the two
    characters "\\n", a tab "\\t", a quote "\\\"".  A text with many escaped line breaks, more than its own (a scan of
    its print wraps it), reads with its escapes the characters they stand for; any other text keeps its
    backslashes."""
    escaped = text.count("\\n")
    if escaped < 5 or escaped <= text.count("\n"):
        return []
    return [Edit(m.start(), m.end(), _FIELD_ESCAPED[m.group()[1]]) for m in _FIELD_ESCAPE.finditer(text)]


# the output of a word-by-word comparison of two versions: "[-deleted words-]" and "{+inserted words+}"
_DELETED = re.compile(r"\[-(?:(?!-\]).){0,4000}?-\]", re.DOTALL)
_INSERTED = re.compile(r"\{\+((?:(?!\+\}).){0,4000}?)\+\}", re.DOTALL)


def word_diff(text: str) -> list[Edit]:
    """A comparison of a draft with the final text, word by word, reads as the final text: what only the draft has
    ("[-65-]", a clause "[-c) ...;-]") goes, what only the final has ("{+70+}") stays without its marks.  A text
    needs insertions and at least three marks in all to be read so (a "[-5]" alone is no comparison)."""
    inserted = list(_INSERTED.finditer(text))
    if not inserted:
        return []
    deleted = list(_DELETED.finditer(text))
    if len(inserted) + len(deleted) < 3:
        return []
    edits = [Edit(m.start(), m.end(), "") for m in deleted]
    for m in inserted:
        edits += [Edit(m.start(), m.start(1), ""), Edit(m.end(1), m.end(), "")]
    return edits


# the full-width forms an East Asian input method types ("２０３０", "８０％", "１．", "（", "："), and its
# ideographic space, comma and full stop
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000-\u3002]")
_IDEOGRAPHIC = {"\u3000": " ", "\u3001": ",", "\u3002": "."}


def full_width(text: str) -> list[Edit]:
    """Full-width digits, letters and punctuation read as their ASCII forms."""
    return [Edit(m.start(), m.end(), _IDEOGRAPHIC.get(c) or chr(ord(c) - 0xFEE0))
            for m in _FULL_WIDTH.finditer(text) for c in [m.group()]]


STEPS: tuple[Callable[[str], list[Edit]], ...] = (
    json_export, escaped_breaks, html_markup, xml_export, wiki_markup, word_diff, nfc_edits, full_width,
    contents_list, indented_outline, english_lines, chat_messages, detached_marks, broken_letters, letter_spacing,
    quote_marks, line_numbers,
    sheet_export, record_tables, box_tables, csv_tables, tab_tables, page_furniture, aligned_tables, spaced_tables,
    cell_line_tables, blank_row_tables, spaces, bullet_marks, footer_columns, scan_specks, glued_chapters,
    lone_part_words, stacked_pipe_headers, wrapped_pipe_cells, wrapped_pipe_rows, markdown_tables, markdown,
    trailing_spaces, footnotes,
    double_spacing, hyphenation, unwrap, rejoin, number_words, tidy,
)


# Steps whose work nothing later can undo run in the first round only.  NFC is not one of them:
# markup removed between a letter and its combining marks ("Ho**̣̂i") leaves a sequence to compose
# (its test is one C call on a text that is already NFC).
_ONCE = frozenset({spaces, broken_letters, json_export, html_markup, english_lines, line_numbers, record_tables,
                   chat_messages, escaped_breaks, xml_export, wiki_markup, word_diff, full_width,
                   contents_list, indented_outline, sheet_export})


def normalize(raw: str, steps: Iterable[Callable[[str], list[Edit]]] = STEPS) -> Normalized:
    """Apply each repair step in order; the result maps back to ``raw``.

    One repair can expose another ("** * Nghị": the bold marker hides a bullet), so the steps
    run again until nothing changes (at most three rounds): normalising twice equals once.
    """
    steps = tuple(steps)
    text = raw
    offsets = list(range(len(raw) + 1))
    for round_ in range(3):
        changed = False
        for step in steps:
            if round_ and step in _ONCE:
                continue   # nothing a later step does can bring their work back
            edits = sorted(step(text), key=lambda e: (e.start, e.end))
            if edits:
                body, offsets = _apply(text, offsets, edits)
                changed = changed or body != text
                text = body
        if not changed:
            break
    return Normalized(text, tuple(offsets))


# ---------------------------------------------------------------- matching key

# "hoà" -> "hòa", "uỷ" -> "ủy"; but the "u" of "qu" is part of the consonant: "quả" stays.
# (the vowel first, then the look-behind for the "q": a leading look-behind would be tried at every
# position of the text, three times slower over a document)
_OLD_TONE = re.compile(r"([oOuU])(?<![qQ][oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![a-zà-ỹđ])")
_TONE_BASE = {"à": ("a", 0), "á": ("a", 1), "ả": ("a", 2), "ã": ("a", 3), "ạ": ("a", 4),
              "è": ("e", 0), "é": ("e", 1), "ẻ": ("e", 2), "ẽ": ("e", 3), "ẹ": ("e", 4),
              "ỳ": ("y", 0), "ý": ("y", 1), "ỷ": ("y", 2), "ỹ": ("y", 3), "ỵ": ("y", 4)}
_LEAD_TONED = {"o": "òóỏõọ", "u": "ùúủũụ", "O": "ÒÓỎÕỌ", "U": "ÙÚỦŨỤ"}
_DASHES = "‐‑‒–—―−"


def _retone(m: re.Match) -> str:
    base, tone = _TONE_BASE[m.group(2)]
    return _LEAD_TONED[m.group(1)][tone] + base


def plain_dashes(text: str) -> str:
    """Every kind of dash ("–", "—", "‑", "−" ...) as "-"; same length."""
    for dash in _DASHES:     # (str.replace per kind of dash: ten times faster than a regex over a document)
        if dash in text:
            text = text.replace(dash, "-")
    return text


def match_key(text: str) -> str:
    """Same length as ``text``: lower case, new-style tones ("hoà" -> "hòa", "uỷ" -> "ủy"), plain dashes.

    >>> len(match_key("Thủ tướng Chính phủ")) == len("Thủ tướng Chính phủ")
    True
    """
    key = plain_dashes(_OLD_TONE.sub(_retone, text.lower()))
    if len(key) != len(text):  # a character whose lower case is longer ("İ"): fall back per character
        key = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        key = plain_dashes(_OLD_TONE.sub(_retone, key))
    return key

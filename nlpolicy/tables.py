"""Tables in a normalised text, read in the layouts real files give them.

Policy documents carry assignment tables (phụ lục phân công: STT | Nhiệm vụ | Cơ quan chủ trì |
Cơ quan phối hợp | Thời gian | Sản phẩm | Ghi chú), target tables (Chỉ tiêu | Đơn vị | Năm 2025)
and, in reports, progress tables (... | Tiến độ | Kết quả hiện nay).  :func:`find_tables` finds
them in the normalised text and gives every cell its column's role, so that a "Kết quả" cell
("Quyết định của Thủ tướng Chính phủ") is read as a product and a "Thời gian" cell ("2025") as a
deadline, whatever the cell says.  It is a pure function of the text: every offset points into it
and ``cell.text == text[cell.start:cell.end]`` (surrounding spaces, pipes and ``*`` left out).

Layouts read
------------
1. **Pipe rows**, one row a line, cells between ``|``: markdown tables, with their edge pipes
   ("| 1. | Xây dựng ... | Bộ Tài chính |") or without them ("1. | Xây dựng ... | Bộ Tài chính"),
   rule rows ("|---|---|") skipped.  Empty cells keep their place, so cells are placed by
   position.  A row whose STT cell is empty continues the row above (DOMAIN.md 4b); so does a
   row that starts with text and is a cell short (its empty STT cell was lost with a leading
   pipe taken for an edge pipe).  Its cells keep ``Cell.sub`` (1, 2 ... for each such line), so
   that a line with figures of its own ("- Vụ Xuân | ha | 1.300") gives its own figures.  A header line is a first row naming a known column, with short
   cells; without one, a run of rows numbered in their first cell is still a table.
2. **One cell a line**, as Word tables arrive (``nlpolicy.ingest.docx`` and docx2txt: each
   paragraph of a cell is a line, rows are not marked, empty cells give no line or a blank line,
   and blank lines are ignored).  The header is a line "STT"/"TT" followed by short lines
   (Nội dung, Chủ trì, ...) up to the first row; a row starts at a line holding only a number that
   continues the numbering (1, 2, 3 ...; 11 -> 11.1; I -> 1; II -> 36 when a group does not restart
   it); a row of column numbers "(1)" "(2)" ... (or "1" "2" "3" ... followed by row 1) is
   skipped; lines without a number belong to the row above.  Once the row's cells are all there,
   a bullet line followed by the rest of a row with a figure ("- Vụ Đông Xuân" ⏎ "ha" ⏎ "4.220")
   is a line of the row under an empty STT cell, placed in the columns on its own (``Cell.sub``), and so is a line
   there that names a part of the row's item ("Cụm công nghiệp A (giai đoạn mở rộng)"), placed from the item's
   column on.  The lines of a row are placed in
   the columns by :func:`place_lines` (below).  The table ends at an annex or form title, the
   distribution list, a new header, or, after the last row, at the first line that fits no
   column.  The same header again after a page number continues the table when the numbering
   goes on; "... nhà nước 2" ⏎ "Sở Xây dựng" ⏎ "2.1" (a PDF re-wrap glued a row number to the
   line above) is cut back into row "2".
3. **A number fused with its text**: "I. Hạ tầng số", "II.1 Chuyển đổi số" (a group row in one
   cell), and, in a table whose first row is written so, "1. Xây dựng kế hoạch ..." (the number
   and the first cell on one line).  A group row is a row with one title only: a Roman or letter
   number with a title, a row whose next row is its child ("11" then "11.1"), or a title
   repeated across every cell (the copies are dropped: the group row keeps one title cell).
4. **Column by column** (pdfplumber sometimes gives all of column 1, then column 2 ...): after
   the header, a run of three or more numbers in sequence alone on their lines, then the other
   columns one after the other.  It is read only when every column has exactly one line per row (the line count is
   (columns - 1) x rows and each run of lines fits its column); a row's cells are then not
   contiguous: ``Row.start``/``end`` run from its number to its last cell.  When cells were
   empty or ran over several lines the columns cannot be cut apart from the text alone: the rows
   are returned with their number cell only.

A merged header, one cell a line (groups "Năm 2026", "Năm 2030" over "Kế hoạch", "Thực hiện", "Kế
hoạch", "Thực hiện"), is read when the names under the groups come again under each other group
(:func:`_merged_header`): each column keeps its group above it (``Cell.over``).

Not read: one-cell-a-line tables with no STT column (nothing marks where a row starts); header
rows split over two lines of a merged header whose names do not repeat ("Hệ tọa độ" over "X", "Y"),
and merged headers of pipe rows; a numbered list in a
cell whose items continue the row numbering (the item is read as the next row); a cell whose
text is exactly the next row number (e.g. a value "2" just before row 2), in one-cell-a-line
tables, unless its row is short of cells and a figure follows it (a row's number is followed by its
name); in a one-cell-a-line table, a line under an empty STT cell that opens with no bullet or has no
figure cannot go back to an earlier column of the row above (its lines join the later columns); cells that normalisation joined
into one line (``normalize.rejoin`` joins a line that starts in lower case, or follows one that
ends with a comma, to the line before) stay joined.

Roles
-----
The header's words decide a column's role (``resources/table_columns.tsv``, matched on the loose
key of :mod:`nlpolicy.matching`, so "Co quan chu tri" and "Cơ quan chủ trì" agree).  Some
headers allow several roles ("Tiến độ": a deadline in a plan, a status in a report; "Kết quả": a
product in a plan, a value in a target table); the cells below decide: half or more of them
status-like ("Hoàn thành", "Đang thực hiện") make it ``PROGRESS``, time-like ("Quý II/2026",
"Thường xuyên") ``TIME``, figures ("≥ 80", "100%") ``VALUE``, agencies ``LEAD``.  A pipe table
without a header line gets its roles from its cells the same way.  What a cell looks like
(agency, time, status, product, figure) is read from ``resources/table_cells.tsv``.

Placing lines in columns (one cell a line)
------------------------------------------
Word drops empty cells and splits a cell into paragraphs, so a row of four lines in a table of
six columns is ambiguous.  :func:`place_lines` chooses the placement (each line in one column,
columns in order, a column's lines contiguous) that best fits what each line looks like: an
agency in a lead or support column, a time in a time column, a long text in the task column, a
status in a progress column; a column left empty and a cell split over several lines cost a
little.  What it does when the text cannot tell:

* a single agency line under "Chủ trì | Phối hợp" is the lead (an empty lead costs more than an
  empty support);
* several agency lines: the first is the lead, the others the support (a lead cell rarely lists
  bodies one a paragraph, a support cell often does);
* when two placements fit equally, the earlier column wins;
* a line that starts in lower case or with a bullet continues the cell above it; a new
  paragraph in a prose cell costs more than leaving a column empty.

    >>> t = find_tables("STT | Nhiệm vụ | Chủ trì | Thời hạn\\n1. | Rà soát quy hoạch | Sở Xây dựng | 2025\\n")[0]
    >>> [c.role.value for c in t.rows[0].cells]
    ['number', 'task', 'lead', 'time']
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from nlpolicy.lexicon import read_tsv
from nlpolicy.matching import Cue, Keys, loose_key
from nlpolicy.regexes import FIGURE_CELL, OCR_DIGITS, TOTAL_LINE

__all__ = ["ColumnRole", "Cell", "Row", "TextTable", "find_tables", "column_role", "place_lines"]


class ColumnRole(str, Enum):
    NUMBER = "number"         # STT / TT
    TASK = "task"             # Nhiệm vụ, Nội dung, Tên nhiệm vụ, Công việc
    LEAD = "lead"             # Cơ quan chủ trì, chủ trì tham mưu, Cơ quan thực hiện
    SUPPORT = "support"       # Cơ quan phối hợp
    TIME = "time"             # Thời gian, Thời hạn, Tiến độ thực hiện (in a plan)
    PRODUCT = "product"       # Sản phẩm, Kết quả (in a plan), Hình thức văn bản
    PROGRESS = "progress"     # Tiến độ (in a report), Tình trạng
    RESULT = "result"         # Kết quả thực hiện, Kết quả hiện nay (what was done, in words)
    NOTE = "note"             # Ghi chú
    INDICATOR = "indicator"   # Chỉ tiêu
    UNIT = "unit"             # Đơn vị tính
    VALUE = "value"           # Năm 2025, Kết quả (in a target table)
    RECIPIENT = "recipient"   # Cấp trình: the body a product goes to, never an assignee
    ENDS = "ends"             # Điểm đầu, Điểm cuối: where a route begins and ends (landmarks)
    OTHER = "other"


@dataclass(frozen=True)
class Cell:
    """One cell: ``text == document_text[start:end]``; ``column`` counts from 0 (the STT column)."""
    start: int
    end: int
    text: str
    column: int
    role: ColumnRole
    sub: int = 0      # 0, or k for the k-th line of the row under an empty STT cell (a sub-row: "- Vụ Xuân")
    over: str = ""    # a header cell's merged group header above it ("Mục tiêu năm 2030" over "Diện tích (ha)")

    @property
    def label(self) -> str:
        """A header cell's text under its group header: "Mục tiêu năm 2030 Diện tích (ha)"."""
        return f"{self.over} {self.text}" if self.over else self.text


@dataclass(frozen=True)
class Row:
    """A table row.  ``number`` is the STT as printed ("1", "1.", "I", "II.1"), None when the row
    has none; ``cells`` include the number cell; ``group`` marks a group row ("I. Hạ tầng số")."""
    start: int
    end: int
    number: str | None
    cells: tuple[Cell, ...]
    group: bool


@dataclass(frozen=True)
class TextTable:
    """A table: its header cells (empty when the table has no header line), one role per column,
    its rows in order."""
    start: int
    end: int
    header: tuple[Cell, ...]
    roles: tuple[ColumnRole, ...]
    rows: tuple[Row, ...]


# ---------------------------------------------------------------- resources

@lru_cache(maxsize=None)
def _column_rules() -> tuple[tuple[Cue, ColumnRole, tuple[ColumnRole, ...]], ...]:
    rules = []
    for row in read_tsv("table_columns.tsv"):
        role, pattern = ColumnRole(row[0]), row[1]
        others = tuple(ColumnRole(r) for r in row[2].split("|") if r) if len(row) > 2 else ()
        # header cells are short and their words unambiguous: always match the loose key too
        rules.append((Cue(pattern, tolerant=True), role, others))
    return tuple(rules)


@lru_cache(maxsize=4096)
def column_role(header: str) -> tuple[ColumnRole, tuple[ColumnRole, ...]]:
    """The role a header cell names, and the other roles its column's cells may choose instead.

    Asked again and again about the same few texts ("TT", "Nơi nhận:", each short line a table's first
    cell might be: six calls in ten within a document repeat one), so each answer is kept.

    >>> column_role("Cơ quan chủ trì")
    (<ColumnRole.LEAD: 'lead'>, ())
    >>> column_role("THOI GIAN HOAN THANH")[0].value
    'time'
    >>> column_role("Tiến độ")
    (<ColumnRole.PROGRESS: 'progress'>, (<ColumnRole.TIME: 'time'>,))
    """
    keys = Keys(" ".join(header.split()))
    for cue, role, others in _column_rules():
        if cue.search(keys):
            return role, others
    if _counted_in_brackets(header):
        return ColumnRole.VALUE, ()
    return ColumnRole.OTHER, ()


def _counted_in_brackets(header: str) -> bool:
    """A header that ends with a unit of count in brackets and no other role: "Xây mới (căn)", "Sửa chữa (căn)"
    (what the column counts, row by row); a rate ("Mức hỗ trợ (triệu đồng/căn)") is no count, and a measure
    ("Diện tích (m2)") describes what a row is rather than what it is to reach.

    >>> [_counted_in_brackets(h) for h in ("Xây mới (căn)", "Mức hỗ trợ (triệu đồng/căn)", "Diện tích (m2)")]
    [True, False, False]
    """
    inside = bracket_unit_text(header)
    unit = _unit_names().get(inside.lower()) if inside and "/" not in inside else None
    return unit is not None and not _MEASURE.fullmatch(unit)


@lru_cache(maxsize=None)
def _unit_names() -> dict[str, str]:
    """The units' surfaces (units.tsv, as written, lower case) and what each stands for."""
    return {" ".join(row[0].lower().split()): row[1] for row in read_tsv("units.tsv") if len(row) >= 2}


_PHYSICAL = re.compile(r"[a-zμ]{0,2}m[23²³]?|ha|tấn|kg|lít|[kmg]wh?|kv|mw")
_MEASURE = re.compile(r"[a-zμ]{0,2}m[23²³]?|ha|tấn|kg|.*đồng|.*usd|[%‰]|[kmg]wh?|kv|lít|giờ|ngày|tháng|năm")


@lru_cache(maxsize=None)
def _cell_cues() -> dict[str, tuple[Cue, ...]]:
    cues: dict[str, list[Cue]] = {}
    for kind, pattern in read_tsv("table_cells.tsv"):
        cues.setdefault(kind, []).append(Cue(pattern))
    return {k: tuple(v) for k, v in cues.items()}


@dataclass(frozen=True)
class _Look:
    """What a cell or a line looks like."""
    length: int
    agency: bool = False
    time: bool = False
    progress: bool = False
    product: bool = False
    value: bool = False
    continues: bool = False      # starts in lower case or with a bullet: the rest of a paragraph
    dangling: bool = False       # ends on a word no cell ends on ("Vụ Pháp chế; Bộ", "Cục Thông tin,"): goes on below
    empty: bool = False          # says the cell is empty ("-", "x"): a cell whole


_PLURAL = re.compile(r"(?i)các\s+")
_BULLET = re.compile(r"[-+•*–]\s|[a-zđ]\)\s")


@lru_cache(maxsize=4096)
def _look(text: str) -> _Look:
    t = " ".join(text.split())
    n = len(t)
    if not t:
        return _Look(0)
    cues = _cell_cues()
    keys = Keys(t)
    first = _PLURAL.match(t)
    at = first.end() if first else 0

    def starts(kind: str, pos: int = 0) -> re.Match | None:
        for cue in cues.get(kind, ()):
            m = cue.match(keys, pos)
            if m:
                return m
        return None

    product = n <= 200 and bool(starts("product", at))
    # a body's name, not a sentence about it ("Thủ tướng Chính phủ sẽ xem xét, ban hành ...")
    # nor a product named like one ("Bộ Chỉ số ...")
    narrative = any(c.search(keys) for c in cues.get("narrative", ())) or (n > 40 and any(
        t[m.start()].islower() for c in cues.get("narrative_verb", ()) for m in c.finditer(keys, 12)))
    agency = n <= 300 and not product and not narrative and bool(
        starts("agency", at)
        or (first and starts("agency_plural", at))
        or _named(t, starts("agency_head", at)))
    # a deadline cell is short, or starts with its time words ("Xong trong Quý II/2026", "Hoàn
    # thành ... trước ngày 01/01/2030"); a task that mentions a year is no deadline
    time = n <= 100 and any(c.search(keys) for c in cues.get("time", ())) and (
        (n <= 30 or bool(starts("time_start"))) and not _COUNT_BESIDE_TIME.search(_TIME_DIGITS.sub(" ", t))
        or bool(_LABELLED_TIMES.fullmatch(t)))
    progress = n <= 80 and bool(starts("progress"))
    if progress and time and not t.lower().startswith("đã"):
        progress = False          # "Hoàn thành trong Quý II/2026" is a deadline
    value = n <= 60 and bool(starts("value"))
    empty = bool(_EMPTY_MARK.fullmatch(t))
    return _Look(n, agency=agency, time=time, progress=progress, product=product, value=value,
                 continues=(t[0].isalpha() and t[0].islower()) or bool(_BULLET.match(t)),
                 dangling=bool(_DANGLING.search(t)) and not empty, empty=empty)


# a cell that holds nothing but says so ("-", "–", "x"): a column of its own, not a line that wraps on
_EMPTY_MARK = re.compile(r"[-–—]{1,3}|[xX]")
# the end of a line a PDF wrapped inside a cell: a comma or a joining word, or the head of a body's name with
# its name on the next line ("Vụ Pháp chế; Bộ" ⏎ "Tư pháp"; not "Văn phòng Bộ", a name whole)
# (a head only where a new name starts: after ";", ",", "và" or at the line's start; "Hải Phòng" ends a name)
_DANGLING = re.compile(r"(?:[,;\-–]|(?<![^\W_])(?:và|của|các|cho|với|về)|(?:^|[;,][ ]*|[ ]và[ ])(?:Bộ|Sở|Cục|Vụ|Ban|Phòng|Ủy ban"
                       r"|UBND|Trung tâm|Chi cục|Tổng cục))$")


# the digits of times in a cell ("Trước ngày 30/9/2026", "Tháng 10 - 11/2026", "Quý II/2027", "2026 - 2028", "đến 17 giờ
# 00 ngày 05/5/2027"); a number
# left besides them is a count ("Năm 2026 đào tạo 320 lao động" is a result, not a deadline)
_TIME_DIGITS = re.compile(r"\d{1,2}[ ]?[/.\-][ ]?\d{1,2}[ ]?[/.\-][ ]?\d{4}"      # 30/9/2026
                          r"|\d{1,2}(?:[ ]?[-–,][ ]?\d{1,2})*[ ]?/[ ]?\d{4}"     # 11/2026, 10 - 11/2026
                          r"|\d{1,2}/\d{1,2}(?![\d/])"                          # 01/7 (đến ngày 10/7/2027)
                          r"|(?:19|20)\d\d|[IVX]+/\d{4}"                        # 2026, IV/2030
                          r"|(?i:quý|tháng|ngày|tuần|T)[ ]*\d{1,2}(?![\d/])|\d{1,2}[ ]?(?i:giờ|h)(?:[ ]?\d{2}(?:[ ]?(?i:phút))?)?\b|\d{1,2}[ ]?(?i:tháng)")
_COUNT_BESIDE_TIME = re.compile(r"\d")
# a milestone of each batch, the label before its colon: "Đợt 1: 30/9/2026; toàn bộ: Quý II/2027", "120 ha: 31/12/2026;
# còn lại: năm 2027"
_ONE_LABELLED = (r"[^:;\n]{1,30}:[ ]*(?:(?i:trước|trong|ngày|tháng|quý|năm)[ ]+)*"
                 r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|[IV]{1,3}/\d{4}|(?:19|20)\d\d)")
_LABELLED_TIMES = re.compile(rf"[ ]*{_ONE_LABELLED}(?:[ ]*;[ ]*{_ONE_LABELLED})+[ ]*[.;]?[ ]*")


def _named(text: str, m: re.Match | None) -> bool:
    """A head noun ("Bộ", "Sở", "Ban") followed by a capitalised name or an abbreviation."""
    if not m:
        return False
    rest = text[m.end():].lstrip()
    return bool(rest) and (rest[0].isupper() or rest[0] == "&")


# ---------------------------------------------------------------- numbers

# The STT of a row: an arabic number, a Roman part, a group letter, with decimal sub-numbers
# ("11.2", "II.1"), and an optional closing "." or ")".  Single I, V and X are Roman; other
# capitals (A, B, C, D) are group letters.
_NUMBER_TOKEN = re.compile(r"""
    (?P<num>
        (?: \d{1,3} | [IVXL]{1,6} | [A-HK-UWYZ] | (?:ii|iii|iv|vi|vii|viii|ix|xi|xii|i|v|x) )    # 1 | IV | B
        # (not I, V, X: Roman; lower-case Roman numerals in a text that lost its capitals)
        (?: \.\d{1,2} )*                              # .2 .1.3   ("1.200" is a figure)
    )
    (?P<trail> [.)] )?
""", re.X)

# A number fused with the text of its row: "I. Hạ tầng số", "II.1 Chuyển đổi số", "1. Xây dựng"
_FUSED = re.compile(r"""
    (?P<num> (?: \d{1,3} | [IVXL]{1,6} | [A-HK-UWYZ] ) (?: \.\d{1,2} )* )
    (?P<trail> [.):] | \s[-–] )?
    \s+ (?=[^\W\d_])                               # then a word
""", re.X)

# A row of column numbers under the header: "(1)" "(2)" ..., or 1 2 3 in a pipe row.
_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)|\d{1,2}")
# a column number and how the column is computed: "(6)=(5)/(4)", "(7) = (5) - (6)", "(5)=(4)/(3)x100%"
_COLUMN_FORMULA = re.compile(r"\(\d{1,2}\)(?:[ ]*[=/+\-x×*:][ ]*(?:\(\d{1,2}\)|\d{1,3}%?))*")

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    canonical = _to_roman(total)
    return total if canonical == s else None


def _to_roman(n: int) -> str:
    out = []
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


Path = tuple[tuple[str, int], ...]     # ("roman", 2), ("arabic", 1): "II.1"


def _path(num: str) -> Path | None:
    """ "II.1" -> (("roman", 2), ("arabic", 1)); None when it is no row number."""
    head, *rest = num.split(".")
    if head.isdigit():
        first = ("arabic", int(head))
    elif _roman(head.upper()) and (head.isupper() or head.islower()):
        first = ("roman", _roman(head.upper()))
    elif len(head) == 1 and head.isupper():
        first = ("letter", ord(head) - ord("A") + 1)
    else:
        return None
    if not all(p.isdigit() for p in rest):
        return None
    return (first,) + tuple(("arabic", int(p)) for p in rest)


def _kinds(path: Path) -> tuple[str, ...]:
    return tuple(k for k, _ in path) + (str(len(path)),)


class _Sequence:
    """The numbering of a table's rows: which numbers may come next.

    A number may continue any open level ("3" after "2"; "II" after "I.4"), open a child of the
    last row ("11.1" after "11", "II.1" after "II"), open a new level at 1 ("1" after "I"), or
    carry on a level a group row interrupted ("36" after "II" when the last arabic row was 35).
    """

    def __init__(self) -> None:
        self.stack: list[Path] = []
        self.last: dict[tuple[str, ...], Path] = {}

    def _successor(self, prev: Path, nxt: Path) -> bool:
        return (_kinds(prev) == _kinds(nxt) and prev[:-1] == nxt[:-1]
                and nxt[-1][1] == prev[-1][1] + 1)

    def place(self, path: Path) -> list[Path] | None:
        """The stack after ``path``, or None when ``path`` cannot come next."""
        if not self.stack:
            return [path]
        for i in range(len(self.stack) - 1, -1, -1):
            if self._successor(self.stack[i], path):
                return self.stack[:i] + [path]
        top = self.stack[-1]
        if path == top + (("arabic", 1),):
            return self.stack + [path]
        open_kinds = {_kinds(p) for p in self.stack}
        if len(path) == 1 and _kinds(path) not in open_kinds:
            last = self.last.get(_kinds(path))
            if path[0][1] == 1 or (last is not None and path[0][1] == last[0][1] + 1):
                return self.stack + [path]
        if len(path) >= 2 and path[-1] == ("arabic", 1):
            # the parent row lost its own number line ("2" glued to the line above by a PDF
            # re-wrap): "2.1" after "1.7" implies "2"
            parent = self.place(path[:-1])
            if parent is not None:
                return parent + [path]
        return None

    def copy(self) -> "_Sequence":
        other = _Sequence()
        other.stack, other.last = list(self.stack), dict(self.last)
        return other

    def fits(self, path: Path) -> bool:
        return self.place(path) is not None

    def push(self, path: Path) -> None:
        stack = self.place(path)
        self.stack = stack if stack is not None else [path]
        for p in self.stack:
            self.last[_kinds(p)] = p


def _group_number(path: Path) -> bool:
    """A number that heads a group of rows: Roman or a letter ("II", "B", "II.1")."""
    return path[0][0] in ("roman", "letter")


# ---------------------------------------------------------------- lines

@dataclass(frozen=True)
class _Line:
    start: int      # the stripped content
    end: int
    text: str


_STRIP = " \t|*"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _split_lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        lines.append(_Line(s, e, text[s:e]))
        pos += len(raw) + 1
    return lines


# Where a table certainly ends: an annex title, a form title, the signature or distribution
# list, a note under the table.
_TERMINATOR = Cue(r"^(phụ lục|biểu (số )?\d|biểu mẫu|nơi nhận|tm\.|t/m|kt\.|ghi chú ?:"
                  r"|lưu ý ?:|chú thích ?:|nguồn ?:|\(kèm theo|[-=_*]{3,}$)", tolerant=True)


def _terminates(line: _Line) -> bool:
    # (an annex's title "DANH MỤC ..." in capitals; "Danh mục dự án kêu gọi đầu tư" is a product's cell)
    return bool(line.text) and (bool(_TERMINATOR.search_text(line.text)) or bool(_LIST_TITLE.match(line.text)))


_LIST_TITLE = re.compile(r"[ ]*(?:DANH MỤC|DANH MUC)(?![^\W_])")


def _is_number_header(text: str) -> bool:
    return column_role(text)[0] is ColumnRole.NUMBER if len(text) <= 14 else False


# ---------------------------------------------------------------- drafts

@dataclass
class _DraftRow:
    number: tuple[int, int] | None           # span of the STT
    path: Path | None
    cells: list[tuple[int, int, int]] = field(default_factory=list)   # (column, start, end)
    lines: list[_Line] = field(default_factory=list)                  # one-cell-a-line: not placed yet
    group: bool = False
    column_wise: bool = False
    subs: list[int] = field(default_factory=list)    # where each line under an empty STT cell starts


@dataclass
class _Draft:
    text: str
    header: list[tuple[int, int]]            # spans of the header cells
    ncols: int
    rows: list[_DraftRow]
    start: int
    end: int
    numbered: bool = True                    # the first column is the STT
    seq: "_Sequence | None" = None           # the numbering after the last row (one cell a line)
    over: list[str] = field(default_factory=list)   # per header cell, the merged group header above it, or ""


# ---------------------------------------------------------------- layout 1: pipe rows

_RULE = re.compile(r"[\s|:\-]+")


def _pipe_cells(text: str, line: _Line, edges: bool) -> list[tuple[int, int]] | None:
    """Spans of the cells of a pipe row, or None when the line is no pipe row.  ``edges``: the
    block is raw markdown, whose rows start and end with a pipe; otherwise (the normalised form)
    a pipe at the start or the end of a line closes an empty first or last cell."""
    t = line.text
    if "|" not in t:
        return None
    bars = [i for i, ch in enumerate(t) if ch == "|" and (i == 0 or t[i - 1] != "\\")]
    if not bars:
        return None
    bounds = [-1] + bars + [len(t)]
    pieces = [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]
    if edges and t.startswith("|"):
        pieces = pieces[1:]
        if t.endswith("|") and pieces:
            pieces = pieces[:-1]
    if not pieces:
        return None
    return [_strip(text, line.start + a, line.start + b) for a, b in pieces]


def _pipe_blocks(text: str, lines: list[_Line]) -> list[list[tuple[_Line, list[tuple[int, int]]]]]:
    """Runs of pipe rows (blank lines and rule rows between them do not break a run)."""
    blocks, cur = [], []
    edges = False
    for ln in lines:
        if not ln.text:
            continue
        if "|" in ln.text and "-" in ln.text and _RULE.fullmatch(ln.text):
            continue
        if not cur:
            edges = ln.text.startswith("|") and ln.text.endswith("|")
        cells = _pipe_cells(text, ln, edges)
        if cells is not None and (len(cells) >= 2 or (cur and ln.text.startswith("|"))):
            cur.append((ln, cells))
            continue
        if cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def _header_score(texts: list[str]) -> int:
    """How many cells of a candidate header row name a known column."""
    return sum(1 for t in texts if t and column_role(t)[0] is not ColumnRole.OTHER)


def _first_column_named(firsts: list[str]) -> bool:
    """The block's first line names its first column, and not as an STT ("Tên điểm", "Mốc" over
    boundary points 1, 2, 3 ...): the numbers below are labels, not numbered items."""
    f = firsts[0].strip() if firsts else ""
    return (bool(re.fullmatch(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}", f)) and f[0].isupper()
            and column_role(f)[0] is not ColumnRole.NUMBER)


def _column_numbers(texts: list[str]) -> bool:
    """A row of column numbers: "(1) | (2) | (3)", "1 | 2 | 3 | 4", "(4) | (5) | (6)=(5)/(4)"."""
    filled = [t for t in texts if t]
    if len(filled) < 2 or not all(_COLUMN_NUMBER.fullmatch(t) or _COLUMN_FORMULA.fullmatch(t) for t in filled):
        return False
    # (a column that says how it is computed, "(6)=(5)/(4)", counts by its own number)
    values = [int(re.match(r"\(?(\d+)", t).group(1)) for t in filled]
    return values == list(range(values[0], values[0] + len(values))) and (
        len(values) >= 3 or all(t.startswith("(") for t in filled))


def _pipe_table(text: str, block) -> _Draft | None:
    first_texts = [text[a:b] for a, b in block[0][1]]
    header: list[tuple[int, int]] = []
    body = block
    if (_header_score(first_texts) >= 1 and not _NUMBER_TOKEN.fullmatch(first_texts[0] or "-")
            and all(len(t) <= 80 for t in first_texts)):
        header = block[0][1]
        body = block[1:]
    ncols = len(header) if header else max(len(c) for _, c in block)
    numbered = bool(header) and column_role(first_texts[0])[0] is ColumnRole.NUMBER
    if not header:
        # no header line: a table only when its first cells are row numbers
        firsts = [text[c[0][0]:c[0][1]] for _, c in block]
        numbered = sum(1 for f in firsts if _NUMBER_TOKEN.fullmatch(f)) >= max(2, len(firsts) // 2)
        if not numbered:
            return None
        if _first_column_named(firsts):
            numbered = False      # "Mốc | X | Y" over "1 | 2456383,596 | ...": point names, no STT
    rows: list[_DraftRow] = []
    for ln, cells in body:
        texts = [text[a:b] for a, b in cells]
        if _column_numbers(texts) or (header and texts == first_texts):
            continue    # (the header again: a PDF prints it over the table's rows on each page)
        row = _DraftRow(None, None)
        spans = list(cells)
        if numbered:
            a, b = spans[0]
            first = text[a:b]
            m = _NUMBER_TOKEN.fullmatch(first)
            if not m and (ocr := first.translate(OCR_DIGITS)) != first and ocr.isdigit():
                # "l | Nhà máy ..." as OCR prints row 1: a number where the next row's stands
                prev = rows[-1].path if rows else None
                if int(ocr) == (prev[-1][1] + 1 if prev and len(prev) == 1 and prev[0][0] == "arabic" else 1):
                    m = _NUMBER_TOKEN.fullmatch(ocr)
            fused = _fused(_Line(a, b, first)) if not m else None
            if m and _path(m.group("num")):
                row.number, row.path = (a, b), _path(m.group("num"))
            elif fused:
                # "I Hạ tầng số", "II.1 Chuyển đổi số": the number and a title in the STT cell
                row.path, num_end, rest = fused
                row.number = (a, num_end)
                row.cells.append((1, rest.start, rest.end))
            elif (rows and not first) or (first and len(spans) < ncols):
                # an empty STT cell: the row above goes on (DOMAIN.md 4b), or, before any row, a total row
                # of its own ("Toàn tỉnh | 759.700 | ...").  A row that starts with text and is a cell short
                # lost its empty STT cell on the way (a leading pipe taken for an edge pipe): its cells move
                # one column right.
                shift = 1 if first else 0
                cells = [(k + shift, s, e) for k, (s, e) in enumerate(spans) if (k or first) and s < e]
                if rows:
                    rows[-1].subs.append(ln.start)
                    rows[-1].cells.extend(cells)
                else:
                    row.cells.extend(cells)
                    rows.append(row)
                continue
            elif first:
                row.cells.append((0, a, b))
            spans = spans[1:]
            offset = 1
        else:
            offset = 0
        for k, (s, e) in enumerate(spans):
            if s < e:
                row.cells.append((k + offset, s, e))
        if row.number is None and not row.cells:
            continue
        rows.append(row)
    start = header[0][0] if header else block[0][0].start
    end = body[-1][0].end if body else block[0][0].end
    return _Draft(text, header, ncols, rows, start, end, numbered)


# ---------------------------------------------------------------- layout 2: one cell a line

def _standalone(line: _Line) -> Path | None:
    m = _NUMBER_TOKEN.fullmatch(line.text)
    return _path(m.group("num")) if m else None


def _fused(line: _Line) -> tuple[Path, int, _Line] | None:
    """ "II. Phát triển hạ tầng" -> (its number, where the number ends, the rest of the line)."""
    m = _FUSED.match(line.text)
    if not m:
        return None
    path = _path(m.group("num"))
    if path is None:
        return None
    trail = m.group("trail")
    end = line.start + (m.end("trail") if trail and trail.strip() else m.end("num"))
    rest = line.start + m.end()
    return path, end, _Line(rest, line.end, line.text[m.end():])


def _line_header(text: str, lines: list[_Line], i: int) -> tuple[list[_Line], int] | None:
    """The header cells from line ``i`` (an STT line) and the index of the first line after them."""
    cells = [lines[i]]
    j = i + 1
    while j < len(lines) and len(cells) < 16:
        ln = lines[j]
        if not ln.text:
            j += 1
            nxt = _skip_blank(lines, j)
            if len(cells) >= 3 and nxt < len(lines) and TOTAL_LINE.match(lines[nxt].text):
                break       # a blank line, then "Tổng cộng": the total row before row 1, no header cell
            continue
        if (_standalone(ln) or _COLUMN_NUMBER.fullmatch(ln.text) or len(ln.text) > 150
                or _terminates(ln) or "|" in ln.text):
            break
        fused = _fused(ln)
        if fused and _group_number(fused[0]) and len(cells) > 1:
            break                                  # "I. NHIỆM VỤ CHUNG": a group row
        prev = cells[-1]
        # (a header in a text that lost its capitals has every cell in lower case: each line a cell)
        if len(cells) > 1 and (ln.text[0] == "(" or (ln.text[0].isalpha() and ln.text[0].islower()
                                                      and not prev.text[:1].islower())):
            cells[-1] = _Line(prev.start, ln.end, text[prev.start:ln.end])   # one cell in two lines
        else:
            cells.append(ln)
        j += 1
    if len(cells) < 2 or _header_score([c.text for c in cells[1:]]) < 1:
        return None
    return cells, j


def _row_length(lines: list[_Line], j: int) -> int | None:
    """The most lines a row has among the first rows after line ``j`` (rows "1", "2", "3" ... alone on
    their lines; a row is measured up to the next one), or None when fewer than three rows follow in sequence."""
    starts: list[int] = []
    k = j
    while k < len(lines) and len(starts) < 4:
        path = _standalone(lines[k])
        if path is not None and len(path) == 1 and path[0] == ("arabic", len(starts) + 1):
            starts.append(k)      # (another number alone on its line is a cell: "120" ha)
        elif _terminates(lines[k]) or k - j > (40 if not starts else 200):
            break
        k += 1
    if len(starts) < 3:
        return None
    return max(sum(1 for ln in lines[a:b] if ln.text) for a, b in zip(starts, starts[1:]))


def _merged_header(header: list[_Line], row_length: int | None) -> tuple[list[_Line], list[str]]:
    """A header of merged cells, as a Word table gives it one cell a line: the leading cells, the group
    cells ("Hiện trạng năm 2026", "Kế hoạch năm 2028", "Mục tiêu năm 2030"), then the cells under them
    ("Diện tích (ha)", "Sản lượng (tấn)", "Diện tích (ha)", ...), more header lines than a row has cells.
    The cells under the groups are cut into one run per group where a name comes again ("Diện tích (ha)"
    opens the next group); every name under a group must come again under another, so that the cut is
    the cells' own pattern.  Returns the header a row's cells stand under, and each column's group ("")."""
    n = len(header)
    plain = (header, [""] * n)
    if row_length is None or not 3 <= row_length < n:
        return plain
    groups = n - row_length
    for lead in range(1, row_length - groups):
        subs = header[lead + groups:]
        runs: list[list[str]] = []
        for cell in subs:
            name = " ".join(cell.text.casefold().split())
            if not runs or name in runs[-1]:
                runs.append([])
            runs[-1].append(name)
        if len(runs) != groups or not all(sum(name in r for r in runs) >= 2 for r in runs for name in r):
            continue
        over = [""] * lead
        for g, run in enumerate(runs):
            over += [" ".join(header[lead + g].text.split())] * len(run)
        return header[:lead] + subs, over
    return plain


def _skip_blank(lines: list[_Line], j: int) -> int:
    while j < len(lines) and not lines[j].text:
        j += 1
    return j


def _line_table(text: str, lines: list[_Line], i: int, carry: _Sequence | None = None) -> tuple[_Draft, int] | None:
    """The table whose header starts at line ``i`` and the index of the first line after it;
    ``carry`` is the numbering of the same table on the page before (a repeated header)."""
    found = _line_header(text, lines, i)
    if not found:
        return None
    header, j = found
    first, last = header[0].start, header[-1].end
    header, over = _merged_header(header, _row_length(lines, j))
    ncols = len(header)
    draft = _Draft(text, [(c.start, c.end) for c in header], ncols, [], first, last, over=over)
    # a row of column numbers: "(1)" "(2)" ..., or 1 2 3 ... followed by row 1
    j = _skip_blank(lines, j)
    while j < len(lines) and _COLUMN_FORMULA.fullmatch(lines[j].text):
        j = _skip_blank(lines, j + 1)
    run = _number_run(lines, j)
    if len(run) in (ncols, ncols - 1) and len(run) >= 3 and run[0][1] == (("arabic", 1),):
        after = _skip_blank(lines, run[-1][0] + 1)
        if after < len(lines) and _standalone(lines[after]) == (("arabic", 1),):
            j = after                               # column numbers without brackets
            run = _number_run(lines, j)
    if len(run) >= 3:
        return draft, _column_wise(lines, run, draft)
    return draft, _row_wise(text, lines, j, draft, carry.copy() if carry else _Sequence())


def _number_run(lines: list[_Line], j: int) -> list[tuple[int, Path]]:
    """Consecutive lines holding only numbers in sequence (blank lines between are allowed)."""
    run: list[tuple[int, Path]] = []
    while j < len(lines):
        path = _standalone(lines[j])
        if path is None or len(path) != 1:
            break
        if run and not (path[0][0] == run[-1][1][0][0] and path[0][1] == run[-1][1][0][1] + 1):
            break
        run.append((j, path))
        j = _skip_blank(lines, j + 1)
    return run


def _row_wise(text: str, lines: list[_Line], j: int, draft: _Draft, seq: _Sequence) -> int:
    """Read rows from line ``j``; return the index of the first line after the table."""
    fused_rows: bool | None = None
    rows: list[_DraftRow] = []
    where: list[list[int]] = []              # line indices of each row's lines
    total_end = 0                            # the end of a total row after the last row
    k = j
    while k < len(lines):
        ln = lines[k]
        if not ln.text:
            k += 1
            continue
        if _terminates(ln) or (_is_number_header(ln.text) and _line_header(text, lines, k)):
            break
        start = _row_start(ln, seq, fused_rows)
        if start is not None and not rows and _page_number_before_rows(lines, k, start[0]):
            k += 1               # a page's number printed between the header and the first row
            continue
        if start is None and not rows and seq.stack:
            seq = _Sequence()                    # not the page before's table after all
            start = _row_start(ln, seq, fused_rows)
        if start is None and not rows and TOTAL_LINE.match(ln.text):
            # the total row before row 1, its STT cell empty: "Tổng cộng" ⏎ ⏎ ⏎ "2.140" ⏎ "96.480" (the sum
            # of the rows below, which give each figure)
            # (a whole number among the sums is a sum too, "624" projects: row 1 opens the rows)
            # (and a cell of words the sum spans, "03 khu tái định cư", while the row has cells left)
            k, cells = k + 1, 1
            while k < len(lines) and (not lines[k].text or FIGURE_CELL.fullmatch(lines[k].text)
                                      or (cells < draft.ncols - 1 and len(lines[k].text) <= 40)) \
                    and not _opens_rows(_row_start(lines[k], seq, fused_rows)):
                cells += bool(lines[k].text)
                k += 1
            continue
        if start is None:
            if not rows:
                break                            # the header is not followed by a row
            if TOTAL_LINE.match(ln.text) and len(rows[-1].lines) >= draft.ncols - 1:
                # a full last row, then the total row, its STT cell empty ("Tổng cộng" ⏎ ⏎ "12.500" ⏎ "50"): the
                # table ends with it, but its sums are no more cells of the row above (each row gave its figure)
                total_end, cells, k = ln.end, 1, k + 1
                while k < len(lines) and cells < draft.ncols - 1 \
                        and (not lines[k].text or FIGURE_CELL.fullmatch(lines[k].text)):
                    cells += bool(lines[k].text)
                    total_end = lines[k].end if lines[k].text else total_end
                    k += 1
                break
            if fused_rows is False and _fused(ln) and len(rows[-1].lines) >= draft.ncols - 1:
                break                            # a full last row, then a numbered heading: "3. Danh mục công trình"
            rows[-1].lines.append(ln)
            where[-1].append(k)
            k += 1
            continue
        path, num_end, rest = start
        if rest is None and rows and len(rows[-1].lines) < draft.ncols - 1 \
                and (nxt := _skip_blank(lines, k + 1)) < len(lines) and FIGURE_CELL.fullmatch(lines[nxt].text):
            # "%" ⏎ "3" ⏎ "1,19" ⏎ "Chậm ..." ⏎ "3" ⏎ "Số hợp tác xã ...": a value that is the next row's number, in
            # a row still short of its cells, with a figure after it (a row's number is followed by its name)
            rows[-1].lines.append(ln)
            where[-1].append(k)
            k += 1
            continue
        if fused_rows is None and not _group_number(path):
            fused_rows = rest is not None
        parent = _implied_parent(seq, path)
        if parent is not None and rows:
            glued = _split_glued(rows[-1], where[-1], parent)
            if glued is not None:
                rows.append(glued[0])
                where.append(glued[1])
        seq.push(path)
        rows.append(_DraftRow((ln.start, num_end), path, lines=[rest] if rest is not None else []))
        where.append([k] if rest is not None else [])
        k += 1
    if rows and rows[-1].lines:
        keep = _last_row_length(rows[-1], draft)
        if keep < len(rows[-1].lines):
            k = where[-1][keep]
            rows[-1].lines = rows[-1].lines[:keep]
    draft.rows, draft.seq = rows, seq
    # place the lines twice: with every role a header allows, then with the roles the placed
    # cells chose (a "Tiến độ" column of statuses takes no deadline-like line in the second pass)
    allowed = _draft_roles(draft)
    for row in rows:
        _place(row, allowed)
    decided = [(r,) for r in _decide_roles(draft, text)]
    for row in rows:
        row.cells, row.group = [], False
        _place(row, decided)
    ends = [e for row in rows for _, _, e in row.cells] + [r.number[1] for r in rows if r.number]
    draft.end = max([draft.end, total_end] + ends)
    return k


def _opens_rows(start) -> bool:
    """A row start numbered 1 or I: the first row of a table."""
    return start is not None and len(start[0]) == 1 and start[0][0][1] == 1


def _page_number_before_rows(lines: list[_Line], k: int, path: Path) -> bool:
    """A lone number between blank lines where the first row should be, before a row numbered 1 or I (a scan
    left its page's number there: "(6)" ⏎ ⏎ "3" ⏎ ⏎ "I" ⏎ "Hoàn thiện cơ chế ...")."""
    if len(path) != 1 or path[0][0] != "arabic" or path[0][1] < 2 or lines[k].text.strip() != str(path[0][1]):
        return False
    if k + 1 >= len(lines) or lines[k + 1].text.strip() or not lines[k - 1].text.strip() == "":
        return False
    nxt = _skip_blank(lines, k + 1)
    return nxt < len(lines) and _standalone(lines[nxt]) in ((("arabic", 1),), (("roman", 1),))


def _row_start(line: _Line, seq: _Sequence, fused_rows: bool | None) -> tuple[Path, int, _Line | None] | None:
    """A line that starts a row: its number, where the number ends, and the rest of the line
    when the number is fused with the first cell ("I. Hạ tầng số")."""
    path = _standalone(line)
    if path is not None:
        return (path, line.end, None) if seq.fits(path) else None
    fused = _fused(line)
    if fused is None:
        return None
    path, num_end, rest = fused
    if not seq.fits(path):
        return None
    if not (_group_number(path) or fused_rows or (fused_rows is None and path == (("arabic", 1),))):
        return None
    return path, num_end, rest


def _implied_parent(seq: _Sequence, path: Path) -> Path | None:
    """The number a row implies without showing it ("2" before "2.1" when "1.7" came last)."""
    stack = seq.place(path)
    if stack is None or len(stack) < 2 or len(path) < 2 or stack[-2] != path[:-1]:
        return None
    return None if path[:-1] in seq.stack else path[:-1]


def _label(path: Path) -> str:
    parts = []
    for kind, v in path:
        parts.append(_to_roman(v) if kind == "roman" else chr(ord("A") + v - 1) if kind == "letter" else str(v))
    return ".".join(parts)


def _split_glued(prev: _DraftRow, where: list[int], parent: Path) -> tuple[_DraftRow, list[int]] | None:
    """A PDF re-wrap glued a row number to the end of a line of the row above ("... vốn ngân sách
    nhà nước 2" ⏎ "Sở Xây dựng" ⏎ "2.1"): cut that row back out."""
    label = re.escape(_label(parent))
    for m in range(len(prev.lines) - 1, -1, -1):
        ln = prev.lines[m]
        hit = re.search(r"\s(" + label + r")\.?$", ln.text)
        if hit:
            num = (ln.start + hit.start(1), ln.end)
            head_end = ln.start + hit.start()
            row = _DraftRow(num, parent, lines=prev.lines[m + 1:])
            idx = where[m + 1:]
            prev.lines = prev.lines[:m] + ([_Line(ln.start, head_end, ln.text[:hit.start()])] if hit.start() else [])
            del where[m + 1:]
            if not hit.start():
                del where[m]
            return row, idx
    return None


def _last_row_length(row: _DraftRow, draft: _Draft) -> int:
    """How many of its lines the last row keeps: the rest is text after the table."""
    if not row.lines:
        return 0
    limit = min(len(row.lines), max(draft.ncols + 3, 6))
    roles = _draft_roles(draft)
    best, best_len = None, 1
    for n in range(1, limit + 1):
        score, _ = _best_placement([ln.text for ln in row.lines[:n]], roles)
        if best is None or score > best + 1e-9:
            best, best_len = score, n
    # a mark of an empty cell ("-", "x") right after is the row's, while the row has room for it: no text after a
    # table is a lone dash ("... | 12 | 14,5" ⏎ "-": the last column has nothing)
    while best_len < min(len(row.lines), draft.ncols - 1) and _EMPTY_MARK.fullmatch(row.lines[best_len].text.strip()):
        best_len += 1
    return best_len


# ---------------------------------------------------------------- layout 4: column by column

def _column_wise(lines: list[_Line], run: list[tuple[int, Path]], draft: _Draft) -> int:
    nrows = len(run)
    rest: list[_Line] = []
    k = _skip_blank(lines, run[-1][0] + 1)
    want = nrows * (draft.ncols - 1)
    while k < len(lines) and len(rest) < want:
        if lines[k].text:
            if _terminates(lines[k]):
                break
            rest.append(lines[k])
        k += 1
    roles = _draft_roles(draft)
    rows = [_DraftRow((lines[i].start, lines[i].end), path, column_wise=True) for i, path in run]
    ok = len(rest) == want
    if ok:
        for c in range(1, draft.ncols):
            chunk = rest[(c - 1) * nrows: c * nrows]
            fit = sum(_fit(_look(ln.text), roles[c]) for ln in chunk) / nrows
            if fit < 0:
                ok = False
                break
    if ok:
        for c in range(1, draft.ncols):
            for r, ln in enumerate(rest[(c - 1) * nrows: c * nrows]):
                rows[r].cells.append((c, ln.start, ln.end))
        end_line = k
    else:
        end_line = run[-1][0] + 1
    draft.rows = rows
    draft.end = max([draft.end] + [max([r.number[1]] + [e for _, _, e in r.cells]) for r in rows])
    return end_line


# ---------------------------------------------------------------- placing lines in columns

_EMPTY = {ColumnRole.TASK: 1.5, ColumnRole.INDICATOR: 1.5, ColumnRole.LEAD: 1.0, ColumnRole.SUPPORT: 0.3,
          ColumnRole.TIME: 0.6, ColumnRole.PRODUCT: 0.4, ColumnRole.PROGRESS: 0.5, ColumnRole.RESULT: 0.3,
          ColumnRole.NOTE: 0.05, ColumnRole.UNIT: 0.3, ColumnRole.VALUE: 0.8, ColumnRole.OTHER: 0.3,
          ColumnRole.RECIPIENT: 0.3, ColumnRole.ENDS: 0.3, ColumnRole.NUMBER: 0.0}


def _fit(look: _Look, roles: tuple[ColumnRole, ...]) -> float:
    """How well a line fits a column that may have any of ``roles`` (the best of them)."""
    return max(_fit_one(look, r) for r in roles)


def _fit_one(look: _Look, role: ColumnRole) -> float:
    if look.empty:
        # "-" says a column has nothing: most often a figure's ("-" ⏎ "3" ⏎ "12"), never a unit's
        return 1.0 if role is ColumnRole.VALUE else (-1.5 if role is ColumnRole.UNIT else 0.0)
    short_agency = look.agency and look.length <= 150
    short_time = look.time and look.length <= 60
    if role in (ColumnRole.TASK, ColumnRole.INDICATOR):
        score = 0.3 + (1.0 if look.length > 40 else 0.0)
        if short_agency or short_time or look.progress or look.value:
            score -= 2.0
        return score
    if role in (ColumnRole.LEAD, ColumnRole.SUPPORT):
        if look.agency:
            return 2.0 if look.length <= 150 else 0.5
        return -1.0 if look.length <= 60 else -2.5
    if role is ColumnRole.TIME:
        # (a bare count of one to three digits is a length of time: "24" under "Thời gian thực hiện (tháng)")
        return 2.0 if look.time else 0.5 if look.value and look.length <= 3 else -1.5
    if role is ColumnRole.RECIPIENT:
        # a body, as a lead is, but a lead's cell comes first ("Sở Tài chính" ⏎ "UBND tỉnh": the second goes here)
        return 1.8 if look.agency and look.length <= 150 else (-1.0 if look.time else -0.5)
    if role is ColumnRole.PRODUCT:
        if look.product:
            return 1.5
        return -1.0 if (short_agency or look.time or look.progress) else 0.2
    if role is ColumnRole.PROGRESS:
        if look.progress:
            return 2.0
        return -1.0 if (short_agency or look.time) else -0.3
    if role is ColumnRole.RESULT:
        if short_agency or short_time:
            return -0.8
        return 0.8 if look.length > 40 else (0.5 if look.progress else 0.1)
    if role is ColumnRole.NOTE:
        if short_agency or short_time:
            return -0.6
        return -0.2 if look.length <= 80 else -1.0
    if role is ColumnRole.UNIT:
        plain = not (look.value or look.agency or look.time)
        return 1.0 if look.length <= 40 and plain else -1.5
    if role is ColumnRole.VALUE:
        if look.value:
            return 2.0
        return 0.2 if look.length <= 150 and not look.agency else -1.0
    return 0.0 if look.length <= 80 else -0.5


def _continue(prev: _Look, look: _Look, roles: tuple[ColumnRole, ...]) -> float:
    """The cost of a line staying in the cell of the line before it."""
    prose = {ColumnRole.TASK, ColumnRole.INDICATOR, ColumnRole.RESULT, ColumnRole.NOTE, ColumnRole.PRODUCT}
    if look.value and prev.value and look.length <= 12:
        # a cell holds one figure: "12.600" ⏎ "8.180" are the plan's and the result's columns; so are "Trên 96
        # (năm 2030)" ⏎ "91,6", the plan's figure with its year and the result
        return -3.0
    if prev.empty or look.empty:
        return -3.0     # nor a figure and a dash: "-" ⏎ "240" are two columns, the first one empty
    if prev.dangling and not prev.value:
        return 0.3      # "Vụ Pháp chế; Bộ" ⏎ "Tư pháp; các bộ": one cell the PDF wrapped
    if prose & set(roles):
        # the rest of a paragraph, or a new paragraph (a long line would fit a prose column
        # anywhere: a new one costs more than leaving a column empty)
        return -0.2 if look.continues else -1.5
    if look.agency and prev.agency:
        # agencies listed one a paragraph: more often the co-operating bodies than several leads
        if ColumnRole.SUPPORT in roles:
            return -0.3
        if ColumnRole.LEAD in roles:
            return -0.6
    return -1.0


def _best_placement(texts: list[str], roles: list[tuple[ColumnRole, ...]]) -> tuple[float, list[int]]:
    """Place lines in columns 1 .. len(roles) - 1 (column 0 is the STT): the score and the
    column of each line.  Dynamic programming over (line, column); ties go to earlier columns."""
    ncols = len(roles)
    if ncols < 2 or not texts:
        return 0.0, [min(1, ncols - 1)] * len(texts)
    looks = [_look(t) for t in texts]
    cols = range(1, ncols)
    empty = [0.0] + [-_EMPTY[r[0]] for r in roles[1:]]
    skip = [0.0] * (ncols + 1)                   # skip[c] = cost of leaving columns 1..c-1 empty
    for c in range(1, ncols + 1):
        skip[c] = skip[c - 1] + (empty[c - 1] if c - 1 >= 1 else 0.0)

    def gap(a: int, b: int) -> float:            # columns a+1 .. b-1 left empty
        return skip[b] - skip[a + 1] if b > a + 1 else 0.0

    NEG = float("-inf")
    best = [[NEG] * ncols for _ in texts]
    back = [[0] * ncols for _ in texts]
    for c in cols:
        best[0][c] = gap(0, c) + _fit(looks[0], roles[c]) - 1e-3 * c
    for i in range(1, len(texts)):
        for c in cols:
            fit = _fit(looks[i], roles[c]) - 1e-3 * c
            stay = best[i - 1][c] + _continue(looks[i - 1], looks[i], roles[c])
            choice, arg = stay, c
            for p in range(1, c):
                if best[i - 1][p] == NEG:
                    continue
                moved = best[i - 1][p] + gap(p, c)
                if moved > choice:
                    choice, arg = moved, p
            best[i][c] = choice + fit
            back[i][c] = arg
    last = len(texts) - 1
    final = [(best[last][c] + gap(c, ncols), c) for c in cols]
    score, c = max(final, key=lambda x: (x[0], -x[1]))
    out = [0] * len(texts)
    for i in range(last, -1, -1):
        out[i] = c
        c = back[i][c]
    if len(texts) == ncols - 1 and out != list(cols) and all(t[:1].isupper() or t[:1].isdigit() for t in texts[1:]):
        # one line for each column, each opening as a cell does (no line goes on the one before in lower case): each
        # in its own, unless that reads far worse ("Bệnh viện Đa khoa tỉnh" is the work of its row, not its lead,
        # when the next line is "Sở Y tế" and the columns are all filled)
        in_order = sum(_fit(looks[i], roles[i + 1]) - 1e-3 * (i + 1) for i in range(len(texts)))
        if in_order >= score - _POSITIONAL_SLACK:
            return in_order, list(cols)
    return score, out


_POSITIONAL_SLACK = 2.0


def place_lines(texts: list[str], roles: list[ColumnRole]) -> list[int]:
    """The column of each line of a one-cell-a-line row (column 0 is the STT and gets none).

    >>> roles = [ColumnRole.NUMBER, ColumnRole.TASK, ColumnRole.LEAD, ColumnRole.SUPPORT, ColumnRole.TIME]
    >>> place_lines(["Rà soát quy hoạch vùng nguyên liệu", "Sở Công Thương", "Quý III/2025"], roles)
    [1, 2, 4]

    A line for each column, each opening as a cell does, is read in order, even when the work's name looks like a
    body; a line that goes on the one before in lower case is still the same cell:

    >>> place_lines(["Bệnh viện Đa khoa tỉnh (cơ sở 2)", "Sở Y tế", "Sở Xây dựng", "Năm 2027"], roles)
    [1, 2, 3, 4]
    >>> place_lines(["Xây dựng đề án", "phát triển du lịch", "Sở Văn hóa", "Năm 2027"], roles)
    [1, 1, 2, 4]
    """
    return _best_placement(texts, [(r,) for r in roles])[1]


def _draft_roles(draft: _Draft) -> list[tuple[ColumnRole, ...]]:
    """Per column, the header's role and the others it allows (before the cells decide)."""
    out = []
    for k in range(draft.ncols):
        if k < len(draft.header):
            a, b = draft.header[k]
            over = draft.over[k] if k < len(draft.over) else ""
            role, others = column_role(f"{over} {draft.text[a:b]}" if over else draft.text[a:b])
            out.append((role,) + others)
        else:
            out.append((ColumnRole.OTHER,))
    if draft.numbered and out:
        out[0] = (ColumnRole.NUMBER,)
    return out


def _place(row: _DraftRow, roles: list[tuple[ColumnRole, ...]]) -> None:
    """Turn a one-cell-a-line row's lines into cells."""
    if not row.lines:
        return
    texts = [" ".join(ln.text.split()) for ln in row.lines]
    if len(set(texts)) == 1 and (len(texts) > 1 or (row.path and _group_number(row.path))):
        # a title (repeated across merged cells): one cell under the first column
        row.cells.append((1, row.lines[0].start, row.lines[0].end))
        row.group = len(texts) > 1 or row.group
        return
    row.subs = [row.lines[k].start for k in _sub_rows(texts, len(roles))]
    bounds = [0] + [bisect.bisect_left([ln.start for ln in row.lines], s) for s in row.subs] + [len(row.lines)]
    item_col = None
    for a, b in zip(bounds, bounds[1:]):
        if a and item_col is not None and texts[a].startswith(texts[0] + " "):
            # "Cụm công nghiệp A (giai đoạn mở rộng)" under "Cụm công nghiệp A": the part stands in the item's
            # column, its other lines in the columns after it
            _, rest = _best_placement(texts[a + 1:b], [roles[0]] + roles[item_col + 1:])
            cols = [item_col] + [c + item_col for c in rest]
        else:
            _, cols = _best_placement(texts[a:b], roles)
        if not a:
            item_col = cols[0]
        i = 0
        while i < b - a:
            j = i
            while j + 1 < b - a and cols[j + 1] == cols[i]:
                j += 1
            row.cells.append((cols[i], row.lines[a + i].start, row.lines[a + j].end))
            i = j + 1


def _sub_rows(texts: list[str], ncols: int) -> list[int]:
    """The lines of a one-cell-a-line row that open a line of its own under an empty STT cell: a bullet
    ("- Vụ Đông Xuân") after the row's cells are all there, followed by the rest of a row that has a figure
    ("ha", "4.220", "4.220"); or, there, a line that names a part of the row's item ("Cụm công nghiệp A (giai
    đoạn mở rộng)" under "Cụm công nghiệp A"), followed by a figure, with empty cells of its own.  A bullet that
    does not open such a row goes on in its cell."""
    full = ncols - 1                       # the cells of a row but its STT
    first = texts[0] if texts else ""

    def part_of_item(t: str) -> bool:
        return len(first) >= 8 and t != first and t.startswith(first + " ")

    starts = [k for k, t in enumerate(texts)
              if (_BULLET.match(t + " ") or part_of_item(t)) and len(t) < 120 and k >= full]
    out, last = [], 0
    for n, k in enumerate(starts):
        nxt = next((x for x in starts[n + 1:] if x - k >= full - 1), len(texts))
        segment = texts[k:nxt]
        fits = full - 1 <= len(segment) <= full + 1 or (part_of_item(texts[k]) and 2 <= len(segment) <= full)
        if k - last >= full and fits and any(FIGURE_CELL.fullmatch(t) for t in segment[1:]):
            out.append(k)
            last = k
    return out


# ---------------------------------------------------------------- roles from the cells

def _decide_roles(draft: _Draft, text: str) -> tuple[ColumnRole, ...]:
    candidates = _draft_roles(draft)
    columns: list[list[str]] = [[] for _ in range(draft.ncols)]
    for row in draft.rows:
        if row.group:
            continue
        for col, s, e in row.cells:
            if col < draft.ncols:
                columns[col].append(text[s:e])
    has_indicator = any(ColumnRole.INDICATOR in c for c in candidates)
    roles = []
    for k, options in enumerate(candidates):
        if not draft.header:
            roles.append(_role_from_cells(columns[k], roles, k == 0 and draft.numbered))
            continue
        roles.append(_choose(options, columns[k], has_indicator))
    if (ColumnRole.VALUE in roles or {ColumnRole.TASK, ColumnRole.TIME} <= set(roles)) and ColumnRole.UNIT not in roles:
        # a table of figures, or a list of works each due by a time: a column of numbers whose header gives their
        # unit holds values too ("Vốn đăng ký (triệu USD, quy đổi)", "Công suất xử lý nước thải (m3/ngày đêm)", "Số
        # dự án còn hiệu lực", "Số căn hộ"); a column that compares does not ("So sánh (%)"), nor, where a column
        # gives each row's unit, a "(%)" column ("Tỷ lệ so với KH (%)")
        for k, role in enumerate(roles):
            if role is ColumnRole.OTHER and k < len(draft.header) and _shares(columns[k]).get("value", 0) >= 0.8:
                a, b = draft.header[k]
                if names_a_unit(draft.text[a:b]) and not _COMPARES.search(draft.text[a:b]):
                    roles[k] = ColumnRole.VALUE
    return tuple(roles)


# a column that compares two others ("So sánh (%)", "Tỷ lệ thực hiện so với kế hoạch (%)"): no values of its own
_COMPARES = re.compile(r"(?i)(?<!\w)so[ ](?:với|sánh)(?!\w)|^[ ]*tỷ lệ[ ](?:thực hiện|hoàn thành|đạt)(?!\w)")
# a header's last bracket ("Vốn đăng ký (triệu USD, quy đổi)", read by bracket_unit_text) and the word that opens a
# count ("Số dự án ..."), read here for a column's role and by nlpolicy.extract.targets for its unit
_HEADER_BRACKET = re.compile(r"\(([^()]{1,30})\)\s*$")
COUNT_OPENING = re.compile(r"[ ]*(?:Số|SỐ|số)[ ]+(?:lượng[ ]+)?(?=\S)")


def bracket_unit_text(header: str) -> str | None:
    """What a header's last bracket says of the unit, without a comment after a comma or an "ĐVT:" before it:
    "Vốn đăng ký (triệu USD, quy đổi)" -> "triệu USD", "Diện tích (ĐVT: ha)" -> "ha"; or after what it counts,
    when that comes first: "Quy mô hiện trạng (số tàu neo đậu, chiếc)" -> "chiếc" (None: no bracket)."""
    m = _HEADER_BRACKET.search(header)
    if not m:
        return None
    parts = [re.sub(r"^(?:ĐVT|Đơn vị tính|Đơn vị)[ ]*:[ ]*", "", " ".join(p.split()), flags=re.IGNORECASE)
             for p in m.group(1).split(",")]
    if len(parts) > 1 and parts[0].lower() not in _unit_names() and parts[-1].lower() in _unit_names():
        return parts[-1]
    return parts[0]


def names_a_unit(header: str) -> bool:
    """Whether a header gives its column's unit: in brackets at its end, before any comment after a comma (a
    unit of units.tsv, or a rate of one), or the noun it counts after "Số".  (nlpolicy.extract.targets reads
    which unit.)

    >>> [names_a_unit(h) for h in ("Vốn đăng ký (triệu USD, quy đổi)", "Công suất (m3/ngày đêm)",
    ...                            "Số dự án mới", "Khu công nghiệp", "Ghi chú (nếu có)")]
    [True, True, True, False, False]
    """
    names = _unit_names()
    inside = bracket_unit_text(header)
    if inside is not None:
        inside = inside.lower()
        if inside in names:
            return True
        if "/" in inside:   # a physical rate ("m3/ngày đêm"), not a norm of money ("triệu đồng/căn")
            return bool(_PHYSICAL.fullmatch(inside.split("/")[0].strip()))
        return bool(_MEASURE.fullmatch(inside))
    m = COUNT_OPENING.match(header)
    if not m:
        return False
    words = header[m.end():].lower().split()
    return any(" ".join(words[:k]) in names for k in (3, 2, 1))


def _shares(texts: list[str]) -> dict[str, float]:
    looks = [_look(t) for t in texts if t.strip()]
    if not looks:
        return {}
    n = len(looks)
    return {"progress": sum(lk.progress for lk in looks) / n, "time": sum(lk.time for lk in looks) / n,
            "value": sum(lk.value for lk in looks) / n, "agency": sum(lk.agency for lk in looks) / n,
            "long": sum(lk.length > 40 for lk in looks) / n}


def _choose(options: tuple[ColumnRole, ...], texts: list[str], has_indicator: bool) -> ColumnRole:
    default = options[0]
    if len(options) == 1:
        return default
    share = _shares(texts)
    if not share:
        return default
    by_cells = [(ColumnRole.PROGRESS, share["progress"] >= 0.5), (ColumnRole.TIME, share["time"] >= 0.5),
                (ColumnRole.VALUE, share["value"] >= (0.3 if has_indicator else 0.5)),
                (ColumnRole.LEAD, share["agency"] >= 0.5)]
    for role, yes in by_cells:
        if yes and role in options:
            return role
    if default is ColumnRole.UNIT and ColumnRole.LEAD in options and _bodies_named(texts):
        return ColumnRole.LEAD      # "Đơn vị | Công đoàn các KCN tỉnh": the bodies, not a unit of measure
    return default


def _bodies_named(texts: list[str]) -> bool:
    """Most cells are names of three words or more with a capital ("Công đoàn ngành Giáo dục"), as no unit of
    measure is ("Tỷ đồng", "người", "%")."""
    cells = [re.sub(r"\s+", " ", t).strip() for t in texts if t.strip()]
    named = [c for c in cells if len(c.split()) >= 3 and c[:1].isupper() and c.lower() not in _unit_names()]
    return bool(cells) and len(named) >= 0.6 * len(cells)


def _role_from_cells(texts: list[str], before: list[ColumnRole], first_numbered: bool) -> ColumnRole:
    """A column of a table without a header: what its cells look like."""
    if first_numbered:
        return ColumnRole.NUMBER
    share = _shares(texts)
    if not share:
        return ColumnRole.OTHER
    if share["agency"] >= 0.5:
        return ColumnRole.SUPPORT if ColumnRole.LEAD in before else ColumnRole.LEAD
    if share["progress"] >= 0.5:
        return ColumnRole.PROGRESS
    if share["time"] >= 0.5:
        return ColumnRole.TIME
    if share["value"] >= 0.5:
        return ColumnRole.VALUE
    if share["long"] >= 0.5:
        return ColumnRole.RESULT if ColumnRole.TASK in before else ColumnRole.TASK
    return ColumnRole.OTHER


# ---------------------------------------------------------------- assembly

def _group_rows(draft: _Draft, text: str) -> None:
    """Mark group rows: a Roman or letter number among arabic rows; one title only with children
    below it or no number; a title repeated across the cells."""
    arabic = any(r.path and r.path[0][0] == "arabic" for r in draft.rows)
    for i, row in enumerate(draft.rows):
        content = [(c, s, e) for c, s, e in row.cells if c != 0 or not draft.numbered]
        texts = {" ".join(text[s:e].split()) for _, s, e in content}
        if len(content) >= 2 and len(texts) == 1:
            row.cells = [c for c in row.cells if c not in content[1:]]   # a title repeated
            row.group = True
            continue
        if row.path and _group_number(row.path) and arabic:
            row.group = True
        if len(content) != 1 or row.group:
            continue
        nxt = draft.rows[i + 1].path if i + 1 < len(draft.rows) else None
        child = row.path is not None and nxt is not None and nxt[:len(row.path)] == row.path \
            and len(nxt) > len(row.path)
        if row.path is None or _group_number(row.path) or child:
            row.group = True


def _build(draft: _Draft, text: str) -> TextTable:
    _group_rows(draft, text)
    roles = _decide_roles(draft, text)
    header = tuple(Cell(s, e, text[s:e], k, roles[k], over=draft.over[k] if k < len(draft.over) else "")
                   for k, (s, e) in enumerate(draft.header))
    rows = []
    for row in draft.rows:
        cells = []
        if row.number is not None:
            s, e = row.number
            cells.append(Cell(s, e, text[s:e], 0, ColumnRole.NUMBER))
        for col, s, e in sorted(row.cells, key=lambda c: (c[1], c[0])):
            role = roles[col] if col < len(roles) else ColumnRole.OTHER
            cells.append(Cell(s, e, text[s:e], col, role, bisect.bisect_right(row.subs, s)))
        if not cells:
            continue
        if row.column_wise:
            start, end = cells[0].start, max(c.end for c in cells)
        else:
            start, end = min(c.start for c in cells), max(c.end for c in cells)
        number = text[row.number[0]:row.number[1]] if row.number else None
        rows.append(Row(start, end, number, tuple(cells), row.group))
    start = min([draft.start] + [r.start for r in rows])
    end = max([draft.end] + [r.end for r in rows])
    return TextTable(start, end, header, roles, tuple(rows))


def _repeated_header(previous: _Draft, text: str, lines: list[_Line], i: int) -> bool:
    """The header at line ``i`` repeats the one of the table just before it, with at most a few
    short lines (a page number, a running header) in between: the same table on a new page."""
    found = _line_header(text, lines, i)
    if not found:
        return False
    header = [loose_key(c.text) for c in found[0]]
    if header != [loose_key(text[s:e]) for s, e in previous.header]:
        return False
    between = [ln for ln in lines if previous.end <= ln.start < lines[i].start and ln.text]
    return len(between) <= 3 and all(len(ln.text) <= 40 and not _terminates(ln) for ln in between)


def _same_header(a: _Draft, b: _Draft, text: str) -> bool:
    if a.ncols != b.ncols:
        return False
    if not b.header:
        return True
    if not a.header:
        return False
    return [loose_key(text[s:e]) for s, e in a.header] == [loose_key(text[s:e]) for s, e in b.header]


def _continues(a: _Draft, b: _Draft, text: str) -> bool:
    """Draft ``b`` goes on with table ``a``: same columns, numbering carried on, only blank lines
    or a repeated header between (a table broken by a page, or by a blank line in markdown)."""
    if not _same_header(a, b, text) or not b.rows:
        return False
    first = next((r.path for r in b.rows if r.path), None)
    if first is None:
        return not b.header and not text[a.end:b.start].strip()
    seq = _Sequence()
    for r in a.rows:
        if r.path:
            seq.push(r.path)
    if not seq.stack:
        return False
    place = seq.place(first)
    restart = len(first) == 1 and first[0][1] == 1
    return place is not None and not restart


_LAST: list = [None, ()]     # the text last read and its tables: structure and deadlines both ask


def find_tables(text: str) -> list[TextTable]:
    """The tables of a normalised text, in order (read once for a text asked twice in a row:
    the same tables, a new list).

    >>> text = "TT\\nNội dung\\nChủ trì\\nPhối hợp\\n1\\nTổ chức hội nghị quán triệt\\nSở Nội vụ\\n2\\nRà soát\\nSở Tư pháp\\nCác sở, ngành\\n"
    >>> [[c.role.value for c in r.cells] for r in find_tables(text)[0].rows]
    [['number', 'task', 'lead'], ['number', 'task', 'lead', 'support']]
    """
    if not text:
        return []
    if _LAST[0] is text:
        return list(_LAST[1])
    tables = _find_tables(text)
    _LAST[:] = [text, tuple(tables)]
    return tables


def _drop_repeated_headers(text: str, lines: list[_Line]) -> list[_Line]:
    """``lines`` with every repeat of a one-cell-a-line header blanked out: a PDF prints the table's header again
    on each page, and the row the page cut goes on under it ("... đề xuất sửa đổi, bổ" ⏎ "STT" ⏎ "Nội dung công
    việc" ⏎ ... ⏎ "Vụ Pháp chế" ⏎ "Quý II/2026")."""
    seen: list[list[str]] = []
    out = list(lines)
    i = 0
    while i < len(lines):
        if not (lines[i].text and _is_number_header(lines[i].text)):
            i += 1
            continue
        for block in seen:
            at = [j for j in range(i, min(len(lines), i + 3 * len(block))) if lines[j].text][:len(block)]
            nxt = _skip_blank(lines, at[-1] + 1) if at else len(lines)
            first = ((("arabic", 1),), (("roman", 1),))
            restarts = nxt < len(lines) and _standalone(lines[nxt]) in first
            if nxt < len(lines) and TOTAL_LINE.match(lines[nxt].text):
                # a total row first, then the numbering: "Tổng cộng" ⏎ ⏎ "5.915" ⏎ "4.548" ⏎ ⏎ "I" (the total row
                # at the foot of a table cut by a page has no numbering after it)
                restarts = any(_standalone(lines[j]) in first
                               for j in range(nxt + 1, min(len(lines), nxt + 2 + len(block))))
            if len(at) == len(block) and [lines[j].text for j in at] == block and not restarts:
                # (the same header over numbering that starts again is another table's)
                for j in at:
                    out[j] = _Line(lines[j].start, lines[j].start, "")
                i = at[-1] + 1
                break
        else:
            found = _line_header(text, lines, i)
            if found is None:
                i += 1
                continue
            seen.append([ln.text for ln in lines[i:found[1]] if ln.text])
            i = found[1]
    return out


def _find_tables(text: str) -> list[TextTable]:
    lines = _drop_repeated_headers(text, _split_lines(text))
    drafts: list[_Draft] = []
    for block in _pipe_blocks(text, lines):
        draft = _pipe_table(text, block)
        if draft is not None:
            drafts.append(draft)
    pipe_spans = [(d.start, d.end) for d in drafts]
    previous: _Draft | None = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.text and _is_number_header(ln.text) and not any(a <= ln.start < b for a, b in pipe_spans):
            carry = previous.seq if previous and _repeated_header(previous, text, lines, i) else None
            found = _line_table(text, lines, i, carry)
            if found is not None:
                draft, nxt = found
                drafts.append(draft)
                previous = draft
                i = max(nxt, i + 1)
                continue
        i += 1
    drafts.sort(key=lambda d: d.start)
    merged: list[_Draft] = []
    for d in drafts:
        if merged and _continues(merged[-1], d, text):
            prev = merged[-1]
            prev.rows.extend(d.rows)
            prev.end = max(prev.end, d.end)
            continue
        merged.append(d)
    return [_build(d, text) for d in merged]

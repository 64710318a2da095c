"""Targets (what a document commits to reach) and baselines (what was reached), DOMAIN.md 4 and 4b.

Three steps, each replaceable on its own:

1. **Propose** (:func:`figures`): every quantity of the body (:func:`nlpolicy.extract.numbers.find_quantities`:
   numbers with a unit, ranks, rates) and every value cell of a target table in an annex
   ("Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030"), each with what stands around it: its clause and
   sentence, the zone of its section (:func:`nlpolicy.zones.zone_at`), the cue words before and after
   it (``resources/figure_cues.tsv``), the time that dates it and whether that time is past or future
   for the document, the document's kind and year.
2. **Decide** (``decide("figure_kind", figure)``, the rule :func:`figure_kind`): *target*, *baseline*,
   *neither* (an estimate, a norm or rate, a background count, a qualifier) or no opinion.  The rule
   weighs every piece of evidence (zone, tense and commitment cues, the time against the document's
   date, the kind of document); none decides alone.  Where the rule has no cue, the sentence-role model
   may decide (and may overrule a target the rule gave by default), as registered below.
3. **Assemble** (:func:`extract_targets`): year and period, comparator, indicator, subject.

The year of a target is the time that dates it: right after the figure ("đạt 2% GDP vào năm 2030"),
before it in the sentence ("Đến năm 2025, ... đạt 80%; ... 90%"), a time label of the line or of an
enclosing heading ("1. Đến năm 2030", "a) Năm 2018:"), or the horizon of the document's title ("Đề án
... giai đoạn 2018 - 2020"); past times do not date a target, and a figure with none stays undated.
A baseline without a time of its own is valued at the year the document reports on.

    >>> from nlpolicy.document import from_raw
    >>> from nlpolicy.types import RawDocument
    >>> from nlpolicy.extract.pipeline import body_bounds
    >>> from nlpolicy.extract.timegrammar import find_times
    >>> text = ("NGHỊ QUYẾT\\nvề phát triển nông nghiệp\\n\\nI. TÌNH HÌNH\\nNăm 2024 toàn tỉnh đã có 120 xã đạt chuẩn.\\n"
    ...         "II. MỤC TIÊU\\nĐến năm 2030 có 200 xã đạt chuẩn; tỷ lệ hộ nghèo dưới 3%.\\n")
    >>> doc = from_raw(RawDocument("t.txt", text, "utf-8"), require_policy=False)
    >>> [(t.kind, t.value, t.unit, t.year) for t in extract_targets(doc, body_bounds(doc), find_times(doc.text))]
    [('baseline', 120.0, 'xã', 2024), ('target', 200.0, 'xã', 2030), ('target', 3.0, '%', 2030)]
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from nlpolicy.decide import Decision, decide_all, model, rule
from nlpolicy.extract.deadlines import data_cut_off
from nlpolicy.extract.numbers import (DURATIONS, NUMBER, Quantity, _unit_at, english_numbers, find_quantities,
                                     parse_number, unit_key)
from nlpolicy.extract.projects import find_project_mentions
from nlpolicy.extract.timegrammar import TimeExpr
from nlpolicy.lexicon import read_tsv
from nlpolicy.matching import Cue, Keys
from nlpolicy.regexes import word_start_alternation
from nlpolicy.spans import Spans
from nlpolicy.structure import is_article
from nlpolicy.tables import COUNT_OPENING, ColumnRole, TextTable, bracket_unit_text
from nlpolicy.types import Body, Document, Target
from nlpolicy.zones import Zone, heading_zone, zone_at

__all__ = ["Figure", "figures", "figure_kind", "extract_targets", "indicator_of"]


# ---------------------------------------------------------------- the candidate

@dataclass(frozen=True)
class Figure:
    """One quantity and what stands around it: everything :func:`figure_kind` weighs.

    ``cues`` are ``(label, position)`` pairs of ``resources/figure_cues.tsv`` found around it, plus
    the marks the proposer sets itself: ``("from", "near")`` for the first value of "từ 50 ha lên 75
    ha", ``("qualifier", "near")`` for a figure that qualifies a noun ("trẻ em dưới 5 tuổi", "nhóm từ
    30 hộ trở lên").  ``when`` is the dating time against the document's date ("past", "future",
    "running" for a period under way, "same" or None) and ``dated_by`` where that time was found
    ("right", "sentence", "after", "row" for the time cell of its table row, "paragraph" for a date an earlier
    sentence of its paragraph opens on, "heading", "label", "title", "table", "every" for a yearly figure, or None).  ``column`` is what a table's
    value column holds ("plan", "actual", "estimate", "allocated", "cap", "" when its header does not say; None
    outside tables).
    """
    doc: Document = field(repr=False, compare=False)
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    comparator: str
    clause: tuple[int, int]
    sentence: int                       # where the sentence holding the figure starts
    zone: Zone
    doc_kind: str
    cues: frozenset[tuple[str, str]]
    time: TimeExpr | None = None
    dated_by: str | None = None
    when: str | None = None
    column: str | None = None
    indicator: str = ""                 # a table row's indicator cell ("" for text figures)
    table_year: int | None = None       # the year a table gives the value (column header, group row, title)
    table_period: tuple[int, int] | None = None
    doc_date: str | None = None         # the document's date (ISO), when known
    subject: str | None = None          # the row's name in a table of places by indicators ("Xã Bình Lư")

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]


# ---------------------------------------------------------------- cue words (data)

_POSITIONS = ("near", "adjacent", "clause", "sentence", "after", "next", "lead", "time", "indicator")


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], tuple[Cue, ...]]:
    """(label, position) -> cues, one per tolerance class (strict one-word cues, tolerant phrases)."""
    rows: dict[tuple[str, str], list[str]] = {}
    for row in read_tsv("figure_cues.tsv"):
        pattern, label, position = row[0], row[1], row[2]
        if position not in _POSITIONS:
            raise ValueError(f"figure_cues.tsv: unknown position {position!r} in {row!r}")
        rows.setdefault((label, position), []).extend(pattern.split("|"))
    out = {}
    for lp, alts in rows.items():
        short = [a for a in alts if len(a.split()) < 2]
        long_ = [a for a in alts if len(a.split()) >= 2]
        cues = []
        for group, tolerant in ((long_, True), (short, False)):
            if group:
                alt = word_start_alternation(sorted(group, key=len, reverse=True))
                cues.append(Cue(rf"{alt}(?!\w)", tolerant=tolerant))
        out[lp] = tuple(cues)
    return out


@lru_cache(maxsize=1)
def _position_cues() -> dict[str, tuple[tuple[Cue, dict[str, frozenset[str]]], ...]]:
    """position -> one cue per tolerance class that finds every label's words of that position in one
    pass, with the labels each matched text stands for (strict text, or folded for tolerant cues)."""
    from nlpolicy.textfold import fold
    by_pos: dict[str, dict[str, set[str]]] = {}
    for row in read_tsv("figure_cues.tsv"):
        for alt in row[0].split("|"):
            by_pos.setdefault(row[2], {}).setdefault(alt, set()).add(row[1])
    out = {}
    for pos, alts in by_pos.items():
        cues = []
        for tolerant in (True, False):
            group = sorted((a for a in alts if (len(a.split()) >= 2) == tolerant), key=len, reverse=True)
            if not group:
                continue
            labels: dict[str, set[str]] = {}
            for a in group:
                k = fold(a) if tolerant else a
                labels.setdefault(k, set()).update(alts[a])
            # (each word looked behind from its first letter: these scan every clause and sentence of a figure)
            cues.append((Cue(rf"{word_start_alternation(group)}(?!\w)", tolerant=tolerant),
                         {k: frozenset(v) for k, v in labels.items()}))
        out[pos] = tuple(cues)
    return out


def _label_key(cue: Cue, matched: str) -> str:
    """The key a matched text is looked up by: folded for a tolerant cue (whichever key it ran on)."""
    from nlpolicy.textfold import fold
    return fold(matched) if cue.tolerant else matched


def _labels_in(doc: Document, position: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(start, label) of every cue of ``position`` in doc[lo:hi], in one pass per tolerance class."""
    out: list[tuple[int, str]] = []
    if hi <= lo:
        return out
    for cue, labels in _position_cues().get(position, ()):
        for m in cue.finditer(doc, lo, hi):
            for label in labels.get(_label_key(cue, m.group()), ()):
                if label == "norm" and _BY_NORM.search(doc.key, max(0, m.start() - 30), m.start()):
                    continue    # "vốn theo tiêu chí, định mức: 9.420 tỷ đồng": allotted by the norms, no norm
                if label == "current" and _label_key(cue, m.group()) in _REST and _REST_COMMITS.match(doc.key, m.end()):
                    continue    # "các xã còn lại đạt bình quân từ 10 tiêu chí": the rest of a group, not what remains
                if label == "forward" and _NOT_YET.search(doc.key, max(0, m.start() - 12), m.start()):
                    label = "unmet"     # "chưa hoàn thành", "chưa đảm bảo": a level not reached, no commitment
                elif (label == "forward" and _ALREADY.search(doc.key, max(0, m.start() - 12), m.start())
                      and len(_WORD.findall(doc.key, m.end(), hi)) <= 4):
                    # "cả nước đã hoàn thành 1.200 căn hộ": the verb of the figure says what was done (not "nợ của
                    # các công trình đã hoàn thành: 1.350 triệu đồng", where it describes something else)
                    label = "past"
                out.append((m.start(), label))
    return out


_BY_NORM = re.compile(r"(?<!\w)(?:theo|căn cứ)[ ]+(?:[^\W\d_]+[ ,]+){0,3}$")
# "còn lại" before a commitment's verb: the rest of a group (its key, strict or folded)
_REST = ("còn lại", "con lai")
_REST_COMMITS = re.compile(r"[ ]+(?:đạt|phấn đấu|sẽ|hoàn thành)(?!\w)")
_NOT_YET = re.compile(r"(?<!\w)chưa[ ]+(?:được[ ]+)?$")
_ALREADY = re.compile(r"(?<!\w)(?:đã|vừa)[ ]+(?:được[ ]+)?$")


@lru_cache(maxsize=1)
def _base_re() -> re.Pattern:
    """Words right before a time that make it a comparison base ("so với năm 2020", "gấp 2 lần năm 2020")."""
    alts = sorted((a for row in read_tsv("figure_cues.tsv") if row[2] == "time" for a in row[0].split("|")),
                  key=len, reverse=True)
    # ("mặt bằng", "cân bằng", "công bằng": nouns that end in "bằng", no comparison)
    return re.compile(rf"(?<!\w)(?<!mặt )(?<!cân )(?<!công )(?:{'|'.join(alts)})(?:[ ]+\d+(?:,\d+)?[ ]+lần)?[ ]*(?:với[ ]+)?$")


# ---------------------------------------------------------------- units

_MONEY = re.compile(r"^(?:(?:nghìn |triệu |tỷ |nghìn tỷ )?(?:đồng|usd)|triệu|tỷ)(?:/|$)", re.I)
_PLACES = frozenset({"xã", "huyện", "tỉnh", "thôn", "thôn bản", "thôn, bản", "bản", "phường", "thị trấn", "thị xã",
                     "thành phố", "xã, phường", "tỉnh, thành phố", "đơn vị hành chính", "làng", "ấp", "xóm",
                     "tổ dân phố", "khu phố", "khu dân cư", "địa phương", "đặc khu"})
_LENGTHS = frozenset({"km", "m"})
_SHARES = frozenset({"%", "‰", "%/năm"})


def _is_money(unit: str | None) -> bool:
    return bool(unit and _MONEY.match(unit))


def _is_rate(unit: str | None) -> bool:
    """Money per person, per hectare, per month ... (not a yearly flow "tỷ đồng/năm")."""
    return _is_money(unit) and "/" in unit and unit.split("/", 1)[1] != "năm"


# ---------------------------------------------------------------- bounds in the text

# a clause ends at ";", a line break, or a full stop that is not inside a number ("20.000", "3.2")
_CLAUSE_BREAK = re.compile(r"[;!?\n|]|\.(?!\d)")      # "|" separates the cells of a table row
_WORD = re.compile(r"[^\W_]+|[<>=≤≥]+", re.UNICODE)


def _sentence_ends(doc: Document) -> re.Pattern:
    # ". Đồng ý", ". (2) Đồng ý", "; (3)", and in a text that lost its capitals any ". x"
    if doc.lowercase:
        return re.compile(r"[.!?…][\"”)]?[ ]+(?=\S)|[;:][ ]*(?=\(\d{1,2}\)|\d{1,2}\)[ ])")
    return re.compile(r"[.!?…][\"”)]?[ ]+(?=[A-ZĐÀ-Ỹ(\-+•*]|\d{1,2}[.)][ ])|[;:][ ]*(?=\(\d{1,2}\)|\d{1,2}\)[ ])")


def _line_start(doc: Document, pos: int) -> int:
    return doc.text.rfind("\n", 0, pos) + 1


def _clause(doc: Document, start: int, end: int) -> tuple[int, int]:
    ls = _line_start(doc, start)
    cs = ls
    for m in _CLAUSE_BREAK.finditer(doc.text, ls, start):
        cs = m.end()
    m = _CLAUSE_BREAK.search(doc.text, end)
    return cs, (m.start() if m else len(doc.text))


# a sentence that goes on with the one before: "Trong đó giữ nguyên 54 chợ, xây dựng mới 151 chợ"
_GOES_ON = re.compile(r"[ \t\-+•*]*(?:trong đó|cụ thể|bao gồm|gồm)\b")


def _sentence_start(doc: Document, pos: int, ends: re.Pattern) -> int:
    ls = _line_start(doc, pos)
    ss = ls
    for m in ends.finditer(doc.text, ls, pos):
        ss = m.end()
    if ss == ls and ls > 0 and _GOES_ON.match(doc.key, ls):
        pls = _line_start(doc, ls - 1)
        for m in ends.finditer(doc.text, pls, ls - 1):
            pls = m.end()
        return pls
    return ss


def _words_back(doc: Document, lo: int, hi: int, n: int) -> int:
    """Where the last ``n`` words before ``hi`` start (not before ``lo``)."""
    starts = [m.start() for m in _WORD.finditer(doc.key, lo, hi)]
    return starts[-n] if len(starts) >= n else lo


# ---------------------------------------------------------------- time

_ENDS = {"H1": "06-30", "H2": "12-31", "Q1": "03-31", "Q2": "06-30", "Q3": "09-30", "Q4": "12-31"}
# a time's value: a day, a month, a half or a quarter of a year ("2026-12-31", "2026-06", "2026-H2", "2026-Q3"),
# and the halves and quarters that start after the year does
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MONTH = re.compile(r"\d{4}-\d{2}")
_ISO_MONTH_OR_DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_ISO_PART = re.compile(r"(\d{4})-(H[12]|Q[1-4])")
_ISO_LATER_PART = re.compile(r"(\d{4})-(H2|Q[2-4])")


def _last_day(t: TimeExpr) -> str | None:
    """The last day a time covers, as an ISO string (None for recurring times)."""
    if not t.years:
        return None
    v = t.value
    if _ISO_DAY.fullmatch(v):
        return v
    if _ISO_MONTH.fullmatch(v):
        return v + "-31"
    m = _ISO_PART.fullmatch(v)
    if m:
        return f"{m.group(1)}-{_ENDS[m.group(2)]}"
    return f"{max(t.years)}-12-31"


def _first_day(t: TimeExpr) -> str | None:
    if not t.years:
        return None
    v = t.value
    if _ISO_MONTH_OR_DAY.fullmatch(v):
        return v if len(v) == 10 else v + "-01"
    m = _ISO_LATER_PART.fullmatch(v)
    if m:
        return f"{m.group(1)}-{ {'H2': '07', 'Q2': '04', 'Q3': '07', 'Q4': '10'}[m.group(2)] }-01"
    return f"{min(t.years)}-01-01"


def _when(t: TimeExpr | None, ref_year: int | None, ref_date: str | None) -> str | None:
    """"past", "future", "running" (a period under way) or "same" for a time against the document's date.

    >>> from nlpolicy.extract.timegrammar import find_times
    >>> [_when(t, 2017, "2017-07-13") for t in find_times("6 tháng đầu năm 2017, năm 2017, giai đoạn 2017 - 2020, đến năm 2020")]
    ['past', 'same', 'running', 'future']
    >>> [_when(t, 2017, "2017-07-13") for t in find_times("đến 11 giờ ngày 13/7/2017; trước ngày 13/7/2017; trước 17 giờ ngày 13/7/2017")]
    ['past', 'same', 'future']
    """
    if t is None or not t.years or ref_year is None:
        return None
    today = ref_date or f"{ref_year}-07-01"
    last, first = _last_day(t), _first_day(t)
    if last < today and max(t.years) <= ref_year:
        return "past"
    if t.kind == "date" and last <= today and re.match(r"(?:tính[ ]+)?(?:đến|tới)\b", t.words.lower()):
        return "past"       # "đến 11 giờ ngày 25/10/2026 vẫn còn 186 tàu" on the day it is written: where things stand
    if t.kind == "period" and min(t.years) <= ref_year < max(t.years):
        return "running"        # "giai đoạn 2026 - 2030" in a text of 2026
    if first > today or min(t.years) > ref_year:
        return "future"
    if t.kind == "date" and t.relation == "before" and re.search(r"\d[ ]*giờ", t.words):
        return "future"         # "sơ tán ..., hoàn thành trước 17 giờ ngày 23/7" in a dispatch of the 23rd: due later that day
    return "same"


@dataclass
class _Context:
    """What every figure of one document shares (computed once)."""
    doc: Document
    body: Body
    times: list[TimeExpr]           # the times that may date a figure, in order
    starts: list[int]
    every: list[TimeExpr]           # recurring times ("hằng năm")
    ref_year: int | None
    ref_date: str | None
    kind: str
    report_year: int | None
    horizon: TimeExpr | None        # the title's horizon
    labels: list[tuple[int, TimeExpr]]     # lines that are a time label ("1. Đến năm 2030"), by line start
    ends: re.Pattern
    cites: list[tuple[int, int]]
    periods: list[TimeExpr]         # "Thời gian thực hiện: 2026 - 2028": the time of the part it stands in
    rows: list[tuple[int, int, TimeExpr]]   # table rows with a time column: (row start, row end, its time)
    results: Spans = field(default_factory=Spans)   # cells of a "Kết quả thực hiện" / "Tiến độ" column: what was done
    norm_rows: Spans = field(default_factory=Spans)   # rows of a table of support levels ("Mức hỗ trợ")
    lead_cues: dict[tuple[int, int], list[tuple[int, str]]] = field(default_factory=dict)

    def lead_labels(self, start: int, end: int) -> list[tuple[int, str]]:
        """The lead-in cues of a heading or a list's lead-in line (:func:`_labels_in`), read once for every
        figure under it (a part's heading speaks for dozens)."""
        got = self.lead_cues.get((start, end))
        if got is None:
            got = self.lead_cues[(start, end)] = _labels_in(self.doc, "lead", start, end)
        return got


# an item that gives the time of the whole part it stands in: "3. Thời gian thực hiện: 2026 - 2028"
_PERIOD_LABEL = re.compile(r"(?:thời gian|tiến độ|thời hạn)[ ]+(?:thực hiện|hoàn thành|triển khai)(?:[ ]+dự án| đề án)?"
                           r"[ ]*:[ ]*(?:trong[ ]+|từ[ ]+)?$")
# a line that is a time and nothing else, after its number: "1. Đến năm 2030", "+ Giai đoạn 2021 - 2025:"
_LABEL_LINE = re.compile(r"[ \t\-+•*–]*(?:\(?[0-9a-zđivx]{1,4}[.)\-][ \t]*)?[*_ \t]*$", re.I)
# what may stand before a time that labels its line: bullets, a number, markup
_LINE_HEAD = re.compile(r"[ \t\-+•*–_]*(?:\(?[0-9a-zđivx]{1,4}[.)\-][ \t]*)?[*_ \t]*", re.I)


# the term that names a congress ("Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 đề ra cho năm 2026"):
# which congress, not when its figures are (a resolution's "Mục tiêu nhiệm kỳ 2025 - 2030" is no congress's name)
_CONGRESS_TERM = re.compile(r"đại[ _]hội(?:[ _]đại[ _]biểu)?[ _]đảng[ _]bộ[^.;:\n]{0,60}nhiệm[ _]kỳ[ ,]*$")


def _context(doc: Document, body: Body, times: list[TimeExpr]) -> _Context:
    h = doc.header
    cites = [(c.start, c.end) for c in doc.citations]
    cited = Spans(cites)
    ok = [t for t in times if t.years and t.start not in cited
          and t.relation not in ("from",) and not (t.kind == "date" and t.relation is None)]
    base = _base_re()
    ok = [t for t in ok if not base.search(doc.key, max(0, t.start - 24), t.start)
          and not _CONGRESS_TERM.search(doc.key, max(0, t.start - 90), t.start)]
    every = [t for t in times if t.relation == "every" and t.kind == "recurring"]
    labels = [(_line_start(doc, t.start), t) for t in ok if _is_label(doc, t)]
    periods = [t for t in ok if _PERIOD_LABEL.search(doc.key, max(0, t.start - 40), t.start)]
    rows = _row_times(doc, ok)
    kind, title = _kind_and_title(doc)
    ref, ref_date = _document_date(doc, times)
    return _Context(doc, body, ok, [t.start for t in ok], every, ref, ref_date, kind,
                    _report_year(doc, title, ref) if kind == "report" else None, _title_horizon(title, kind, ref),
                    labels, _sentence_ends(doc), cites, periods, rows,
                    Spans((c.start, c.end) for t in doc.text_tables for r in t.rows for c in r.cells
                          if c.role in (ColumnRole.RESULT, ColumnRole.PROGRESS)),
                    Spans((r.start, r.end) for t in doc.text_tables
                          if any(_NORM_HEADER.search(h.text.replace("_", " ")) for h in t.header) for r in t.rows))


# a column of support levels, allowances, charges or fines: the table is one of norms ("Mức hỗ trợ", "Định mức chi")
_NORM_HEADER = re.compile(r"(?i)(?<!\w)(?:mức|định mức)[ ]+(?:hỗ trợ|trợ cấp|chi|thu|phí|phạt|bồi thường|hưởng)(?!\w)")


_KIND_WORDS = {"báo cáo": "report", "nghị quyết": "resolution", "kế hoạch": "plan", "chương trình": "programme",
               "quyết định": "decision", "chỉ thị": "directive", "kết luận": "conclusion"}
# the kind of a document alone on its line near the top ("BÁO CÁO", "**nghị_quyết**")
_KIND_LINE = re.compile(r"^[ #*]*(" + "|".join(_KIND_WORDS) + r")[ *]*$", re.M)


def _kind_and_title(doc: Document) -> tuple[str, str | None]:
    """The document's kind and title from its header; where the header was not read (a copy that lost
    its capitals and its layout), the kind line near the top and the line after it."""
    h = doc.header
    kind, title = ((h.kind or "other"), h.title) if h else ("other", None)
    if kind != "other" and title:
        return kind, title
    m = _KIND_LINE.search(doc.key, 0, min(len(doc.key), 2500))
    if m:
        if kind == "other":
            kind = _KIND_WORDS[m.group(1)]
        if not title:
            nxt = re.match(r"\s*([^\n]+)", doc.text[m.end():m.end() + 600])
            title = nxt.group(1).strip(" *") if nxt else None
    return kind, title


def _row_times(doc: Document, times: list[TimeExpr]) -> list[tuple[int, int, TimeExpr]]:
    """The time cell of each row of a table that has a time column ("| Tổ chức 05 lớp tập huấn | ... |
    Quý III/2026 |"): a figure in the row's task is due then."""
    out = []
    for table in doc.text_tables:
        if ColumnRole.TIME not in table.roles:
            continue
        for row in table.rows:
            for c in row.cells:
                if c.role != ColumnRole.TIME:
                    continue
                t = next((t for t in times if c.start <= t.start < c.end), None)
                if t is not None:
                    out.append((row.start, row.end, t))
    return out


def _closed_aside(text: str, sentence: int, t: TimeExpr, start: int) -> bool:
    """Is the time inside a parenthesis that closes before the figure ("đạt trên 80% (năm 2025 đạt 47,3%);
    số bác sĩ đạt 12 ...")?  It dates that aside, not what follows it."""
    po = text.rfind("(", sentence, t.start)
    # (not the aside that says when the figures after it stand: "(số liệu đến ngày 31/12/2026), có 1.236 hộ")
    return po >= 0 and ")" not in text[po:t.start] and ")" in text[t.end:start] and not _CUT_OFF.match(text, po + 1)


_CUT_OFF = re.compile(r"[ ]*(?:số liệu|tính)[ ]+(?:tính[ ]+)?(?:đến|tới)[ ]", re.IGNORECASE)


def _names_a_noun(doc: Document, t: TimeExpr) -> bool:
    """A bare year right after a noun, no preposition of its own: "vốn đầu tư công năm 2026", "kế hoạch năm
    2027" (the year of a budget or a plan, part of the indicator)."""
    if _names_a_school_year(doc, t):
        return True
    if t.kind == "period" and t.words.casefold() == "giai đoạn":
        # "theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030": the period of a standard or a programme named
        before = _WORD.findall(doc.key[max(0, t.start - 14):t.start])
        return bool(before) and before[-1] not in _NOT_A_NOUN and before[-1] not in _PERIOD_PREPOSITIONS
    if t.relation is not None or t.kind != "year" or t.words:
        return False
    before = _WORD.findall(doc.key[max(0, t.start - 12):t.start])
    return (bool(before) and doc.text[t.start - 1:t.start] == " " and doc.text[t.start - 2:t.start - 1].isalpha()
            and before[-1] not in _NOT_A_NOUN)


def _names_a_school_year(doc: Document, t: TimeExpr) -> bool:
    """A school year after a word that names an event of it: "đủ điều kiện khai giảng năm học 2026 - 2027" (the year
    of the opening, not the figure's; "trong năm học 2026 - 2027" is its own time)."""
    if t.kind != "period" or t.words or doc.key[max(0, t.start - 8):t.start] != "năm học ":
        return False
    before = _WORD.findall(doc.key[max(0, t.start - 22):t.start - 8])
    return bool(before) and before[-1] not in _NOT_A_NOUN and before[-1] not in _PERIOD_PREPOSITIONS


# words before "giai đoạn" that make the period the figure's own time, not a programme's name ("trong giai đoạn
# 2026 - 2030", "Phấn đấu giai đoạn ...")
_PERIOD_PREPOSITIONS = frozenset({"trong", "cả", "toàn", "suốt", "cho", "vào", "đến", "tới", "của", "mỗi", "qua", "đấu",
                                  "với", "thời", "các", "thuộc"})
# words a bare year may follow that start a clause of their own ("trong đó năm 2026 đạt 50%", "riêng năm 2026")
_NOT_A_NOUN = frozenset({"đó", "và", "riêng", "còn", "hoặc", "hay", "là", "sau", "khi", "nhất", "từ", "tới", "sang"})


# words that date a statement now: any "hiện" ("hiện chỉ tiếp nhận được"), wider than _NOW's "hiện có", "hiện nay",
# and "đến nay" (not "từ trước đến nay", ever)
_SAYS_NOW = re.compile(r"(?<!\w)(?:hiện|(?<!trước )(?:đến|tới) nay)(?!\w)")


# a note in brackets on the line under a heading saying what day its figures are counted to: "(Số liệu tổng hợp
# đến ngày 31/12/2026)", "(số liệu tính đến 30/6/2027)": it dates the part as its heading would
_DATA_NOTE = re.compile(r"[ ]*\n[ ]*\((?:số liệu|tính đến|tính từ)[^()\n]{0,80}\)[ ]*(?=\n|$)")


# a time that opens the next member of a coordinated pair
_NEXT_MEMBER = re.compile(r"(?<![\w])(?:và|hoặc)[ _]*$")


def _dating_time(ctx: _Context, start: int, end: int, clause: tuple[int, int], sentence: int,
                 keep=lambda t: True) -> tuple[TimeExpr | None, str | None]:
    """The time that dates a figure, and where it was found (see the module doc)."""
    doc, times = ctx.doc, ctx.times
    i = bisect.bisect_left(ctx.starts, end)
    # right after it: "đạt 2% GDP vào năm 2030" (not "(năm 2011 trồng mới ...": a breakdown, nor "... đạt 75%
    # và đến hết ngày 31/01/2027 đạt 100%": the next member of a pair)
    for t in times[i:i + 2]:
        if (t.start <= end + 20 and not re.search(r"[,;.:\n(]", doc.text[end:t.start]) and keep(t)
                and not _NEXT_MEMBER.search(doc.key, end, t.start)):
            return t, "right"
    # the time cell of its table row
    for rs, re_, t in ctx.rows:
        if rs <= start < re_ and not t.start <= start < t.end and keep(t):
            return t, "row"
    # a yearly figure ("tối thiểu 2% tổng chi ngân sách hằng năm") is dated only by a time label above it
    # (not one that opens the next figure's words after a comma, where the figure's clause has a time of its own:
    # "Giai đoạn 2027 - 2030 thực hiện ... 31.000 ha cà phê, bình quân mỗi năm khoảng 7.750 ha")
    every = any(end <= t.start < clause[1] and len(_WORD.findall(doc.key[end:t.start])) <= 7
                and not (_COMMA.search(doc.text, end, t.start) and _A_DIGIT.search(doc.text, t.end, t.end + 40)
                         and any(o.end <= start for o in times[bisect.bisect_left(ctx.starts, clause[0]):i]))
                for t in ctx.every)
    if not every:
        # before it in its sentence, the nearest first
        j = bisect.bisect_left(ctx.starts, start)
        nearest = None
        for t in reversed(times[max(0, j - 8):j]):
            if t.start < sentence:
                break
            if t.end <= start and keep(t) and not _closed_aside(doc.text, sentence, t, start):
                if nearest is None:
                    if not _names_a_noun(doc, t):
                        return t, "sentence"
                    nearest = t
                elif t.start >= clause[0] and ((nearest.kind == "period" and t.kind != "period") or (
                        t.relation in ("by", "before") and _when(t, ctx.ref_year, ctx.ref_date) == "future")):
                    # "phấn đấu đến ngày 31/01/2027 tỷ lệ giải ngân vốn đầu tư công năm 2026 đạt 100%": the
                    # year of the capital is part of what is measured, the date it is to be reached by dates it
                    return t, "sentence"
        if nearest is not None:
            return nearest, "sentence"
        # a time that labels its line: "+ *Đến năm 2020*: ...; ... . Các cụm công nghiệp ... trên 70%"
        ls = _line_start(doc, start)
        k = bisect.bisect_left(ctx.starts, ls)
        for t in times[k:k + 1]:
            if (t.start < start and _LINE_HEAD.fullmatch(doc.text, ls, t.start)
                    and re.match(r"[ *_]*[:,]", doc.text[t.end:t.end + 4]) and keep(t)):
                return t, "sentence"
        # after it in its clause, not inside an aside that opens after it ("đạt 10% trở lên (ước thực hiện năm
        # 2026 đạt 9,6%)": that year is the aside's)
        for t in times[i:i + 4]:
            if t.start >= clause[1]:
                break
            gap = doc.text[end:t.start]
            if keep(t) and gap.rfind("(") <= gap.rfind(")") and not _names_a_school_year(doc, t):
                return t, "after"
        # the schedule that closes its own item, after the item's figures: "a) Khu tái định cư Nà Lừa: diện tích 9,4
        # ha; 168 lô; kinh phí 112,6 tỷ đồng; thời gian thực hiện năm 2027 - 2028."
        # (in the figure's own sentence: not "... hiện còn 04 phòng học tạm. UBND tỉnh ... hoàn thành ... năm 2027")
        line_end = doc.text.find("\n", end)
        sentence_end = m.start() if (m := ctx.ends.search(doc.text, end)) else len(doc.text)
        for t in times[i:i + 6]:
            if (line_end >= 0 and t.start >= line_end) or t.start >= sentence_end:
                break
            # (the schedule's verb may be the time's own words: "...; hoàn thành trước ngày 31/12/2028")
            if keep(t) and (_SCHEDULE_BEFORE.search(doc.key, max(end, t.start - 40), t.start)
                            or (_SCHEDULE_OWN.match(doc.key, t.start, t.end)
                                and _CLAUSE_BREAK_BEFORE.search(doc.key, max(end, t.start - 4), t.start))) \
                    and _ITEM_OPENING.match(doc.text, _line_start(doc, start)):
                return t, "after"
        # a date the figures are counted to, opening an earlier sentence of its paragraph: "Đến ngày 31/12/2026,
        # quy mô đào tạo là 14.320 sinh viên ... . Đội ngũ giảng viên cơ hữu có 685 người" (not a period); a
        # sentence that says it speaks of now ("Cơ sở cai nghiện hiện chỉ tiếp nhận được 450 học viên") keeps its own
        earlier = times[bisect.bisect_left(ctx.starts, ls):bisect.bisect_left(ctx.starts, sentence)]
        for t in reversed(earlier if not _SAYS_NOW.search(doc.key, sentence, start) else []):
            if _OPENS_SENTENCE.fullmatch(doc.text, _sentence_start(doc, t.end, ctx.ends), t.start):
                if t.relation == "by" and t.kind in ("date", "year") and keep(t):
                    return t, "paragraph"
                break       # the latest time a sentence opens on is the paragraph's ("Trong năm 2026, ...")
    # the line that introduces its list: "- Các chỉ tiêu chủ yếu năm 2026:" over "+ ... đạt tối thiểu 65%"
    intro = _list_intro(doc, start, lettered=True)
    if intro:
        if any(intro[0] <= e.start < intro[1] and _is_label(doc, e) for e in ctx.every):
            return None, "every"    # "* Hằng năm:" over its "+ ..." lines, after "* Đến năm 2030:": every year's
        k = bisect.bisect_left(ctx.starts, intro[0])
        for t in times[k:k + 3]:
            if t.start >= intro[1]:
                break
            if keep(t):
                return t, "label"
    # the headings around it, the most specific first (not a period the document looks back on, in the
    # sentence an article opens with, over the targets of the period its title plans: "Điều 1. ... đánh giá
    # kết quả thực hiện kế hoạch 5 năm 2006 - 2010: ..." over "II. CÁC CHỈ TIÊU CHỦ YẾU" of a plan 2011-2015)
    ahead = ctx.horizon is not None and ctx.ref_year is not None and max(ctx.horizon.years) > ctx.ref_year
    for s in sorted((s for s in doc.sections if s.start <= start < s.end), key=lambda s: -s.level):
        if s.heading_end > start:
            continue            # the figure is on the heading line: its sentence was searched
        if any(s.start <= e.start < s.heading_end and _is_label(doc, e) for e in ctx.every):
            return None, "every"    # "b) Hằng năm" over its figures, after "a) Đến hết năm 2027": every year's
        k = bisect.bisect_left(ctx.starts, s.start)
        note = _DATA_NOTE.match(doc.key, s.heading_end)   # "(Số liệu tổng hợp đến ngày 31/12/2026)" under it
        for t in times[k:k + 4]:
            if t.start >= (note.end() if note else s.heading_end):
                break
            if ahead and t.years and max(t.years) <= ctx.ref_year and s.heading_end - s.start > 160 \
                    and zone_at(doc, start).zone in ("objective", "task"):
                continue
            if keep(t) and (not every or _is_label(doc, t)):
                return t, "heading"
    # the time an item of its part gives the whole part ("3. Thời gian thực hiện: 2026 - 2028")
    for s in sorted((s for s in doc.sections if s.start <= start < s.end), key=lambda s: -s.level):
        if is_article(s):
            continue     # an article's clauses are provisions of their own: a schedule dates no size or capital
        for t in ctx.periods:
            if s.start <= t.start < s.end and keep(t) and not every:
                return t, "heading"
    # the nearest time label line above it in its top-level part ("1. Đến năm 2030" cut off by damage)
    top = min((s.start for s in doc.sections if s.start <= start < s.end), default=ctx.body.start)
    k = bisect.bisect_left([ls for ls, _ in ctx.labels], start)
    for ls, t in reversed(ctx.labels[:k]):
        if ls < top:
            break
        if keep(t):
            return t, "label"
        break
    if every:
        return None, "every"
    # the title's horizon dates the objectives of the document, not every figure of its tasks, save one its
    # clause puts in the document's period ("hỗ trợ 3.000 phụ nữ khởi nghiệp trong giai đoạn")
    # (the year a one-year plan is for, "Kế hoạch kiểm tra, giám sát năm 2027", dates every figure of it; so does the
    # day a plan for an event works toward)
    if ctx.horizon is not None and keep(ctx.horizon) and (
            zone_at(doc, start).zone in ("objective", "orientation", "viewpoint")
            or (ctx.horizon.kind == "period" and _BARE_PERIOD.search(doc.key, clause[0], clause[1]))
            or (ctx.horizon.kind == "year" and ctx.horizon.relation in (None, "in")) or ctx.horizon.kind == "date"):
        return ctx.horizon, "title"
    return None, None


# the words of an item's closing schedule right before its time ("; thời gian thực hiện năm 2027 - 2028"), and the
# mark that opens an item of a list ("a)", "-", "+", "2.")
_SCHEDULE_BEFORE = re.compile(r"[;,][ ]*(?:thời gian (?:thực hiện|hoàn thành|triển khai)|thực hiện|tiến độ"
                              r"|hoàn thành(?: đưa vào (?:sử dụng|hoạt động|vận hành))?"
                              r"|đưa vào (?:sử dụng|hoạt động|vận hành)|(?:phấn đấu )?đi vào hoạt động)"
                              r"[ ]*(?:trong |từ )?(?:năm[ ]*)?:?[ ]*$")
_SCHEDULE_OWN = re.compile(r"(?:hoàn thành|thực hiện|đưa vào (?:sử dụng|hoạt động|vận hành))\b")
_CLAUSE_BREAK_BEFORE = re.compile(r"[;,][ ]*$")
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-+•*]|[a-zđ]\)|\d{1,2}[.)])[ ]")
# the document's own period named without its years: "trong giai đoạn", "cả giai đoạn" (not "giai đoạn 2026 - 2030")
_BARE_PERIOD = re.compile(r"(?<!\w)(?:trong|cả|toàn|suốt)[ ]+giai[ ]+đoạn(?![ ]*(?:\d|\(|này|đầu|cuối|tới|trước|sau|[12]\b))")


def _is_label(doc: Document, t: TimeExpr) -> bool:
    """A time that is the whole of its line after the line's number: "1. Đến năm 2030", "+ Năm 2026:"."""
    ls = _line_start(doc, t.start)
    nl = doc.text.find("\n", t.end)
    rest = doc.text[t.end:nl if nl >= 0 else len(doc.text)]
    return bool(_LABEL_LINE.match(doc.text[ls:t.start])) and not rest.strip(" :.,")


def _document_date(doc: Document, times: list[TimeExpr]) -> tuple[int | None, str | None]:
    """The document's year and, when known, its date (ISO): the header's, else the date line or the
    adoption date when they are the latest date before the body."""
    h = doc.header
    if h and h.date:
        return int(h.date[:4]), h.date
    year = _document_year(doc, times)
    if year is None:
        return None, None
    dated = [t for t in times if t.kind == "date" and t.years == (year,)
             and (re.search(r"thông qua[ ]*$", doc.key[max(0, t.start - 14):t.start]) or t.start < 3000)]
    return year, (max(t.value for t in dated) if dated else None)


_LAW_LINE = re.compile(r"[ *\-+]*(?:căn cứ )?(?:luật|bộ luật|hiến pháp|pháp lệnh)\b")


def _of_a_law(doc: Document, pos: int) -> bool:
    """Does the line holding ``pos`` cite a law ("Căn cứ Luật Tổ chức chính quyền địa phương ngày ...")?"""
    return bool(_LAW_LINE.match(doc.key, doc.key.rfind("\n", 0, pos) + 1))


def _document_year(doc: Document, times: list[TimeExpr]) -> int | None:
    """The year the document speaks from: its date; without one (a header lost in conversion), the
    latest date it cites before its body (it was issued after what it cites: "Căn cứ Luật ... ngày
    19/6/2015; Tờ trình số 77/TTr-UBND ngày 05/7/2017" -> 2017), or when it cites only laws, its
    earliest dated deadline; else four years before the horizon of its title (a five-year term)."""
    h = doc.header
    if h and h.date:
        return int(h.date[:4])
    # a council's adoption date ("đã được ... thông qua ngày 13 tháng 7 năm 2017"), wherever it stands
    for t in times:
        if t.kind == "date" and re.search(r"thông qua[ ]*$", doc.key[max(0, t.start - 14):t.start]):
            return max(t.years)
    if doc.sections:
        first = doc.sections[0].start
    else:       # sections not read (a copy that lost its capitals): the first numbered line
        m = re.search(r"^[ *#]*(?:[ivxl]{1,4}|\d{1,2}|điều[ ]+\d+)[ ]*[.\-)–:][ ]", doc.key[:3000], re.M)
        first = m.start() if m else 1500
    first = min(first, 3000)
    # dates before the body: the date line ("ngày    tháng    năm 2026") and what the preamble cites
    dated = [(max(t.years), _of_a_law(doc, t.start)) for t in times if t.start < first and t.years
             and (t.kind == "date" or doc.key.startswith("ngày", t.start))]
    dated += [(int(c.date[:4]), _of_a_law(doc, c.start)) for c in doc.citations if c.date and c.start < first]
    papers = [y for y, law in dated if not law]
    if papers:
        return max(papers)
    if dated:
        # only laws are cited, and laws are years older than what applies them: the body's earliest
        # dated deadline tells the year better ("hoàn thành trong tháng 7/2017" after "Luật ... năm 2015")
        law = max(y for y, _ in dated)
        due = [min(t.years) for t in times if t.start >= first and t.years and t.kind in ("date", "month", "quarter")
               and t.relation in ("by", "before", "during") and min(t.years) >= law]
        return min(due) if due else law
    # an undated resolution "... đến năm 2020": a five-year term before its horizon
    ys = [int(y) for y in re.findall(r"đến năm ((?:19|20)\d{2})", h.title or "")] if h else []
    return min(ys) - 4 if ys else None


_A_BODYS_TERM = re.compile(r"(?i)khóa[ ]+[IVXLC]+[ ,]*(?:nhiệm[ ]+kỳ[ ]*)?$")


def _title_horizon(title: str | None, kind: str = "", ref: int | None = None) -> TimeExpr | None:
    """The horizon the document's own title sets: "Đề án ... giai đoạn 2018 - 2020" -> 2018/2020,
    "Chương trình ... đến năm 2015" -> 2015 (the first one: "... đến năm 2020, định hướng đến năm 2025");
    for a plan or a resolution, the year it is for: "Kế hoạch chuyển đổi số năm 2026" -> 2026 (not the
    date of a document it cites, "Nghị quyết số 05-NQ/TU ngày 12/3/2021").

    >>> [_title_horizon(t, "plan").value for t in ("thực hiện Đề án giai đoạn 2018 - 2020", "chuyển đổi số năm 2026")]
    ['2018/2020', '2026']
    >>> _title_horizon("thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2021 của Tỉnh ủy", "plan") is None
    True
    >>> _title_horizon("Tổ chức kỳ họp cuối năm 2027 Hội đồng nhân dân tỉnh khóa IX, nhiệm kỳ 2026 - 2031", "plan").value
    '2027'

    A plan made for a day to come works toward it (``ref``: the year the plan is dated):

    >>> _title_horizon("tổ chức Lễ kỷ niệm 120 năm Ngày thành lập tỉnh (12/7/1907 - 12/7/2027)", "plan", 2027).years
    (2027,)
    """
    from nlpolicy.extract.timegrammar import find_times
    if not title:
        return None
    times = find_times(title)
    # a council's term after its name ("kỳ họp cuối năm 2027 Hội đồng nhân dân tỉnh khóa IX, nhiệm kỳ 2026 - 2031")
    # is the body's, not the document's, when the title gives a time of its own
    own = [t for t in times if not _A_BODYS_TERM.search(title[:t.start])]
    times = own or times
    for t in times:
        if t.years and (t.relation == "by" or t.kind == "period"):
            return t
    if kind and kind != "report" and times:
        t = times[-1]
        if t.kind == "year" and t.relation in (None, "in") and not re.search(
                r"(?:ngày|số[ ]*\d|\d/[A-ZĐ])[^,;]{0,25}$", title[:t.start]):
            return t
        # the day a plan works toward: "Kế hoạch tổ chức Lễ kỷ niệm 120 năm Ngày thành lập tỉnh (12/7/1907 - 12/7/2027)",
        # a day of the plan's own year or later (a cited document's date is an earlier year's, or follows its number)
        if kind == "plan" and t.kind == "date" and t.years and ref is not None and t.years[-1] >= ref \
                and not re.search(r"(?:số[ ]*\d|\d/[A-ZĐ])[^,;]{0,25}$", title[:t.start]):
            return t
    return None


# "Số liệu năm 2027 là số ước thực hiện": the report's figures of that year are its estimates of the whole year
_ESTIMATED_YEAR = re.compile(r"(?i)số liệu (?:của |cả )?năm[ ]+((?:19|20)\d{2})[ ]+(?:là |được tính là )?(?:số |số liệu )?ước\b")


def _report_year(doc: Document, title: str | None, ref: int | None) -> int | None:
    """The year a report's undated figures stand at: the year its title covers (`_reported_year`), else the year
    of the day it says its figures stand on when that is before its own ("báo cáo ngày 26/02/2028 ..., số liệu tính
    đến ngày 31/12/2027"), or a later year, not after its own, whose figures the report says it estimates."""
    year = _reported_year(title)
    if year is None and ref is not None and (cut := data_cut_off(doc)) and int(cut[:4]) < ref:
        year = int(cut[:4])
    for m in _ESTIMATED_YEAR.finditer(doc.key):
        said = int(m.group(1))
        if (ref is None or said <= ref) and (year is None or said > year):
            year = said
    return year


def _reported_year(title: str | None) -> int | None:
    """The year a report covers, from its title: "Báo cáo công tác ... năm 2025" -> 2025; not the horizon
    of the resolution it reports on ("sơ kết 01 năm thực hiện Nghị quyết ... đến năm 2030").

    A review of so many years of a resolution for a period covers its first years: "sơ kết 3 năm thực hiện Nghị
    quyết ... giai đoạn 2024 - 2028" -> 2026.

    >>> _reported_year("kết quả công tác năm 2025"), _reported_year("sơ kết 01 năm thực hiện Nghị quyết số 09-NQ/TU về giao thông đến năm 2030")
    (2025, None)
    >>> _reported_year("sơ kết 3 năm thực hiện Nghị quyết số 09-NQ/TU về kinh tế biển giai đoạn 2024 - 2028, định hướng đến năm 2035")
    2026
    """
    if not title:
        return None
    review = re.search(r"(?i)(?:sơ kết|tổng kết|đánh giá)[ ]+0?(\d{1,2})[ ]+năm\b", title)
    period = re.search(r"(?i)giai đoạn[ ]+((?:19|20)\d{2})[ ]*[-–]", title)
    if review and period and review.start() < period.start():
        return int(period.group(1)) + int(review.group(1)) - 1
    for m in re.finditer(r"(?:năm|Năm|NĂM)[ ]+((?:19|20)\d{2})(?![\d/-])", title):
        if not re.search(r"(?:đến|tới|tầm nhìn|định hướng|ĐẾN|TỚI)[ ]*$", title[:m.start()]):
            return int(m.group(1))
    return None


# ---------------------------------------------------------------- proposing candidates

# "từ 50 ha lên 75 ha": the first figure is where it starts from
_FROM_TO = re.compile(r"(?:[ ]+[^\W\d_]+){0,8}?(?:[ ]+(?:năm|cuối năm|vào năm)[ ]+\d{4})?[ ]*(?<!trở)[ ]"
                      r"(?:lên|xuống|tăng lên|giảm xuống)(?:[ ]+(?:thành|còn|mức))?"
                      r"[ ]+(?:(?:khoảng|dưới|trên|ít nhất|tối thiểu|tối đa|không quá)[ ]+)?\d")
# ("tăng từ 98 triệu đồng năm 2025 lên 130 triệu đồng năm 2030", "giảm từ 11% năm 2015 xuống dưới 6%", "nâng tỷ
# lệ ... từ khoảng 28% tổng diện tích cà phê toàn tỉnh năm 2026 lên ít nhất 45%": the words of what it measures
# between)
# words that state a value: what stands before "từ 8% trở lên" in a statement, not a qualifier
_STATES = re.compile(r"(?:đạt|là|có|chiếm|ở|mức|bằng|còn|lên|xuống|tăng|giảm|duy trì|thu hút|tạo|tuyển|đào tạo"
                     r"|thêm|được|đến|tới|gồm|với|khoảng|trên|dưới)$")


# a multiplier: "gấp 2 lần", "tăng 1,5 lần"
_MULTIPLIER = re.compile(r"(?<!\w)(?:gấp|tăng|giảm|lên|hơn|bằng)(?!\w)")


# (the rate the clause is about, not one its counted subject reaches: "98 xã đạt tỷ lệ tiêm chủng từ 90% trở lên")
_RATE_NAMED = re.compile(r"(?<![\w])(?<!đạt )(?<!có )t[ỷỉ] lệ(?![\w])")
_REACHES = re.compile(r"(?<![^\W_])(?:đạt|là|chiếm|còn|lên|tăng|giảm|duy trì)(?![^\W_])")


# "từ" closing the words between a figure and its value: "nhóm từ 30 hộ trở lên"
_FROM_AT_END = re.compile(r"(?:^|[ ])từ[ ]*$")


def _qualifier(doc: Document, q: Quantity, lo: int) -> bool:
    """A figure that qualifies a noun: "trẻ em dưới 5 tuổi", "nhóm từ 30 hộ trở lên"."""
    before = _WORD.findall(doc.key[max(lo, q.start - 30):q.start])
    prev = before[-1] if before else ""
    if q.unit == "tuổi":
        # "trẻ em dưới 5 tuổi" qualifies; "tuổi thọ trung bình đạt 76 tuổi" states (the verb is the figure's own)
        return not (_STATES.search(prev) or _REACHES.search(doc.key, q.start, q.value_start))
    if q.unit == "ca" and re.search(r"(?:thi công|làm việc|trực|sản xuất|vận hành)[ \"“]*$", doc.key[max(lo, q.start - 20):q.start]):
        return True     # "tổ chức thi công 3 ca, 4 kíp": shifts, not cases
    if q.value == 1 and re.search(r"bình quân[ ]*(?:trên|mỗi|cho)[ ]*$", doc.key[max(lo, q.start - 25):q.value_start]):
        return True     # "giá trị sản phẩm thu hoạch bình quân trên 01 ha": per hectare, no amount
    chain = doc.key[q.start:q.value_start]
    m = _FROM_AT_END.search(chain)
    if m and re.search(r"trở (?:lên|xuống)$", doc.key[q.start:q.end]):
        if q.unit == "%" and _RATE_NAMED.search(doc.key, lo, q.start):
            return False    # "Tỷ lệ hợp tác xã hoạt động hiệu quả (xếp loại tốt, khá) từ 70% trở lên": the rate's level
        # the word before "từ": "nhóm từ 30 hộ trở lên" qualifies, "đạt từ 8% trở lên" and "đạt tổng số từ 250 tỷ
        # đồng trở lên" state
        before = _WORD.findall(doc.key[max(lo, q.start - 30):q.start + m.start()])
        if before[-2:] == ["bình", "quân"]:
            before = before[:-2]    # "giảm bình quân từ 3%/năm trở lên": the verb before the average states it
        return bool(before) and not _STATES.search(before[-1]) and before[-2:] != ["tổng", "số"]
    return False


# the word that joins two figures of a list: "41 nhiệm vụ ... và 170 nhiệm vụ", "960 thôn, 142 xã"
_JOIN = re.compile(r",|(?<!\w)(?:và|hoặc)(?!\w)")


def _cue_set(doc: Document, ctx: _Context, q: Quantity, clause: tuple[int, int], sentence: int,
             previous: int = 0) -> set:
    cs, ce = clause
    vs = q.value_start
    found: set[tuple[str, str]] = set()
    # windows counted back from where the comparator words start ("được xét miễn giảm từ 60 - 100%")
    near = _words_back(doc, cs, q.start, 5) if q.start > cs else cs
    adjacent = _words_back(doc, cs, q.start, 2) if q.start > cs else cs
    colon = doc.text.rfind(":", cs, vs)
    if colon >= 0 and len(_WORD.findall(doc.key, colon, vs)) <= 2:
        near = min(near, _words_back(doc, cs, colon, 8))     # "Đã phê duyệt quy hoạch: 23 cụm": the label's tense
    theirs = (0, 0)
    if cs < previous < q.start:
        # the words between the figure before it and the word that joins the two are that figure's: "41 nhiệm
        # vụ chậm tiến độ so với kế hoạch và 170 nhiệm vụ đang thực hiện" (the comparison is the 41's; a word
        # before both, "tại 960 thôn, 142 xã", governs both)
        joins = list(_JOIN.finditer(doc.key, previous, q.start))
        if joins:
            theirs = (previous, joins[-1].start())
    after_end = min(ce, q.end + 60)
    lead = _lead_spans(doc, q.start)
    own_lead = None
    colon_in_sentence = doc.text.rfind(":", sentence, cs)
    if colon_in_sentence > sentence and "\n" not in doc.text[colon_in_sentence:cs]:
        own_lead = (sentence, colon_in_sentence)
        lead.append(own_lead)     # "Phân bổ dự kiến theo năm: năm 2027 ...; năm 2028 ...": its lead-in
    else:
        first = doc.text.rfind(":", sentence, vs)
        if first > sentence and "\n" not in doc.text[first:vs]:
            own_lead = (sentence, first)    # (the first clause after it: results, for the "past" words alone)
    for at, label in _labels_in(doc, "near", near, vs):
        if theirs[0] <= at < theirs[1]:
            continue
        found.add((label, "near"))
        if at >= adjacent:
            found.add((label, "adjacent"))
    found.update((label, "adjacent") for at, label in _labels_in(doc, "adjacent", adjacent, vs)
                 if not theirs[0] <= at < theirs[1])
    found.update((label, "clause") for _, label in _labels_in(doc, "clause", cs, vs))
    found.update((label, "sentence") for _, label in _labels_in(doc, "sentence", sentence, vs))
    found.update((label, "after") for _, label in _labels_in(doc, "after", q.end, after_end))
    nxt = _WORD.search(doc.key, q.end, after_end)
    if nxt:
        # the words right after the figure ("bằng 108% dự toán", "đạt 27,9% chỉ tiêu"): a cue of two words too
        two = _WORD.search(doc.key, nxt.end(), after_end)
        hi = two.end() if two and not doc.key[nxt.end():two.start()].strip() else nxt.end()
        found.update((label, "next") for at, label in _labels_in(doc, "next", nxt.start(), hi) if at == nxt.start())
    for a, b in lead:
        # (a lead-in of results speaks only for its own sentence: "... đánh giá kết quả thực hiện ... 2006 - 2010:
        # ... đạt 11,8%/năm", not for the targets under the article it opens)
        found.update((label, "lead") for at, label in ctx.lead_labels(a, b)
                     if (label != "past" or (a, b) == own_lead)
                     and not (label == "estimate" and _not_its_estimate(doc, at, q.start)))
    if own_lead is not None and own_lead not in lead:
        found.update((label, "lead") for _, label in ctx.lead_labels(*own_lead) if label == "past")
    if q.start in ctx.norm_rows:
        found.add(("norm", "row"))        # "Tối đa 03 con/hộ" beside a support level: the norm's terms
    if q.start in ctx.results:
        found.add(("result", "cell"))     # "Đạt 64% khối lượng" under "Kết quả thực hiện": done, not to do
    if _FROM_TO.match(doc.key, q.end) and doc.key[q.start:q.value_start].startswith("từ") and q.value_max is None:
        found.add(("from", "near"))
    # an aside in parentheses, "(năm 2025 đạt 47,3%)", "(toàn tỉnh có 712 mã số ...)": where things stand, beside
    # the level the sentence sets
    if _in_aside(doc.text, sentence, cs, ce, q.start, q.end):
        found.add(("aside", "near"))
    if _qualifier(doc, q, cs):
        found.add(("qualifier", "near"))
    if q.unit == "lần" and not _MULTIPLIER.search(doc.key, _words_back(doc, cs, q.start, 2), q.value_start):
        found.add(("qualifier", "near"))     # "thu 01 lần", "kiểm tra 2 lần": how often, not how much
    return found


# an estimate word followed by the year it forecasts ("TÌNH HÌNH THIÊN TAI NĂM 2025 VÀ DỰ BÁO NĂM 2026")
# (the year a few words after the word: "dự báo mùa mưa bão năm 2026")
_ITS_YEAR = re.compile(r"[^\W\d_]+(?:[ ]+[^\W\d_]+){0,6}[ ]+((?:19|20)\d\d)(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")     # a year, in a heading, a sentence or a column's head


def _not_its_estimate(doc: Document, at: int, q_start: int) -> bool:
    """Whether an estimate word of a heading or a lead-in speaks for another year than the figure at ``q_start``:
    the year it forecasts, when the figure's paragraph is dated by another ("1. Năm 2025, ... đã sơ tán 9.842 hộ"
    under "... NĂM 2025 VÀ DỰ BÁO NĂM 2026"). (The parts of an estimate are estimates: "dự kiến khoảng 2.860 tỷ
    đồng, trong đó: ... 940 tỷ đồng".)"""
    year = _ITS_YEAR.match(doc.key, at)
    if year is None:
        return False
    line = doc.text.rfind("\n", 0, q_start) + 1
    years = _YEAR.findall(doc.text, line, q_start)
    return bool(years) and year.group(1) not in years


# a cited document's number in a lead-in line ("Quyết định số 1234/QĐ-UBND"), and the marks of a list's items
_CITED_NUMBER = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ]")
_ITEM = re.compile(r"[ \t]*[\-+•*–]")
_ITEM_OR_LETTER = re.compile(r"[ \t]*(?:[\-+•*–]|[a-zđ]\))")


def _lead_spans(doc: Document, pos: int) -> list[tuple[int, int]]:
    """The headings above a position and the lead-in line of its list ("... mức hỗ trợ như sau:").

    The nearest heading that names results or aims speaks for its part, not those above it: "1. Kết quả năm học 2025 -
    2026" under "II. KẾT QUẢ NĂM HỌC 2025 - 2026 VÀ CHỈ TIÊU NĂM HỌC 2026 - 2027" holds results, whatever "chỉ tiêu"
    says above."""
    above = sorted((s for s in doc.sections if s.start <= pos < s.end and s.heading_end <= pos), key=lambda s: -s.level)
    spans = []
    for s in above:
        spans.append((s.start, s.heading_end))
        if _names_results_or_aims(doc.text[s.start:s.heading_end]):
            break
    intro = _list_intro(doc, pos)
    if intro and not _CITED_NUMBER.search(doc.text[intro[0]:intro[1]]):
        spans.append(intro)     # (not a line that cites a decision)
    return spans


@lru_cache(maxsize=4096)
def _names_results_or_aims(heading: str) -> bool:
    """Does a heading name a part of results or of aims?  (Asked for every figure under it: cached.)"""
    return (heading_zone(heading, annex=False) or ("",))[0] in ("situation", "objective")


def _list_intro(doc: Document, pos: int, lettered: bool = False) -> tuple[int, int] | None:
    """The line that introduces the list ("+ ...", "- ...") a position stands in: up its lines to one that
    ends with ":" ("- Các chỉ tiêu chủ yếu năm 2026:"); ``lettered``: up lettered items too, for the time a
    lead-in dates them by ("Tính đến ngày 31/12/2026, toàn tỉnh có ..., cụ thể như sau:" over "a) ...", "b) ...";
    its other words, an estimate's, speak for its own figure: "dự kiến khoảng 9.650 tỷ đồng, gồm:")."""
    k = _line_start(doc, pos)
    for _ in range(12):
        if k == 0:
            break
        prev = doc.text.rfind("\n", 0, k - 1) + 1
        line = doc.text[prev:k].rstrip()
        if line.endswith(":"):
            return prev, k
        if not (_ITEM_OR_LETTER if lettered else _ITEM).match(line):
            break
        k = prev
    return None


# "chỉ số phát triển con người (HDI) duy trì trên 0,7": an index has no unit
_INDEX_VALUE = re.compile(r"(?P<cmp>trên|dưới|đạt|ở mức|tối thiểu|ít nhất)[ ]+(?P<num>\d+[,.]\d+)"
                          r"(?![\d%]|[,.]\d|[ ]*%|[ ]+[a-zđà-ỹ])")
_INDEX_CMP = {"trên": ">", "dưới": "<", "tối thiểu": ">=", "ít nhất": ">="}


def _index_values(doc: Document, body: Body) -> list[Quantity]:
    """Values of an index ("chỉ số ... duy trì trên 0,7"): a decimal after a comparator, in a line about a "chỉ số"."""
    out = []
    english = None
    for m in _INDEX_VALUE.finditer(doc.key, body.start, body.end):
        line_start = doc.key.rfind("\n", 0, m.start()) + 1
        english = english_numbers(doc.text) if english is None else english
        v = parse_number(m.group("num"), english)
        if v is None or "chỉ số" not in doc.key[line_start:m.start()][-120:]:
            continue
        out.append(Quantity(m.start(), m.end(), doc.text[m.start():m.end()], v, None, None,
                            _INDEX_CMP.get(m.group("cmp"), "="), m.start("num"), m.end("num")))
    return out


def figures(doc: Document, body: Body, times: list[TimeExpr], ctx: _Context | None = None) -> list[Figure]:
    """Every candidate figure of the document: quantities of the text, then value cells of target tables."""
    ctx = ctx or _context(doc, body, times)
    tables = [t for t in _target_tables(doc, ctx.kind) if t.start in body]
    rows_done = Spans((t.start, t.end) for t in tables)
    cited = Spans(ctx.cites)
    out = []
    previous = 0
    for q in sorted(find_quantities(doc.text) + _index_values(doc, body), key=lambda q: q.start):
        if q.start not in body or q.start in cited:
            continue
        if q.start in rows_done:
            continue            # read as a table below
        out.append(_text_figure(ctx, q, previous))
        previous = max(previous, q.end)
    for t in tables:
        out += _table_figures(ctx, t)
    return sorted(out, key=lambda f: f.start)


def _text_figure(ctx: _Context, q: Quantity, previous: int = 0) -> Figure:
    """A figure of the text; ``previous`` is where the figure before it ends (the words before that are its)."""
    doc = ctx.doc
    clause = _clause(doc, q.start, q.end)
    sentence = min(_sentence_start(doc, q.start, ctx.ends), clause[0])
    t, by = _dating_time(ctx, q.start, q.end, clause, sentence)
    return Figure(doc, q.start, q.end, q.value, q.value_max, q.unit, q.comparator, clause, sentence,
                  zone_at(doc, q.start), ctx.kind, frozenset(_cue_set(doc, ctx, q, clause, sentence, previous)),
                  t, by, _when(t, ctx.ref_year, ctx.ref_date), doc_date=ctx.ref_date)


# ---------------------------------------------------------------- target tables

_COMPARED_YEAR = re.compile(r"so với(?:[ ]cùng kỳ)?(?:[ ]năm)?[ ](?:19|20)\d{2}(?!\d)", re.IGNORECASE)


# what an activity costs ("Kinh phí (triệu đồng)", "Dự kiến kinh phí"): in a plan's table that assigns each activity to
# a body, the estimate of what it will cost, not a figure it is to reach (a decision's cost column grants the sum)
_PLANS_COSTS = ("plan", "programme")
_COST_HEAD = re.compile(r"^(?:dự kiến |dự toán )?kinh phí\b", re.IGNORECASE)


def _value_columns(t: TextTable, kind: str = "") -> list[int]:
    """The columns that hold values: a value column, or a column whose header names a year after
    the first indicator column ("Chỉ tiêu | Đơn vị tính | Chỉ tiêu đến năm 2028"); not the cost
    column of a plan's table of assigned activities (``_COST_HEAD``)."""
    heads = {c.column: c.label for c in t.header}
    first = next((i for i, r in enumerate(t.roles) if r in (ColumnRole.INDICATOR, ColumnRole.TASK)), None)
    assigned = kind in _PLANS_COSTS and ColumnRole.TASK in t.roles and ColumnRole.LEAD in t.roles

    def holds_values(i: int, r: ColumnRole) -> bool:
        if assigned and _COST_HEAD.match(" ".join(heads.get(i, "").split())):
            return False
        return r == ColumnRole.VALUE or (first is not None and i > first and r in (ColumnRole.INDICATOR, ColumnRole.OTHER)
                                         and bool(_YEAR.search(heads.get(i, ""))))
    out = [i for i, r in enumerate(t.roles) if holds_values(i, r)]
    if not out and first is not None:
        # (beside a plan's or a year's column, "Tỷ lệ (%)" compares two of them: "(6)=(5)/(4)")
        out = [i for i, r in enumerate(t.roles) if i > first and r == ColumnRole.OTHER and not assigned
               and _FIGURES_HEAD.fullmatch(" ".join(heads.get(i, "").split())) and _all_numbers(t, i)]
    return out


# a column of counts or of shares after the column that names the rows: "Nội dung | Số đơn vị | Tỷ lệ (%)"
_FIGURES_HEAD = re.compile(r"(?i)(?:số[ ]+[^\W\d_]+(?:[ ][^\W\d_]+)?|tỷ[ ]lệ[ ]*\((?:%|phần trăm)\))")


def _all_numbers(t: TextTable, k: int) -> bool:
    """Whether column ``k`` holds plain numbers, in two rows or more (group rows aside)."""
    cells = [c.text for r in t.rows if not r.group for c in r.cells if c.column == k and c.text.strip()]
    return len(cells) >= 2 and all(_PLAIN_NUMBER.fullmatch(x) for x in cells)


def _target_tables(doc: Document, kind: str = "") -> list[TextTable]:
    """Tables with an indicator (or task) column and a value column: "Chỉ tiêu | Đơn vị | Năm 2030"."""
    out = []
    for t in doc.text_tables:       # read once by the structure stage (nlpolicy.tables.find_tables)
        roles = set(t.roles)
        if ((ColumnRole.INDICATOR in roles or ColumnRole.TASK in roles or _named_by(t) is not None) and _value_columns(t, kind)) \
                or _counted_columns(doc, t):
            out.append(t)
    return out


_PLAIN_NUMBER = re.compile(r"[ ]*\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?[ ]*")


def _first_named(t: TextTable) -> int | None:
    """The first column of a table without an indicator or task column that is no row number: what names its rows
    (bodies, places, or the years each row plans: "Năm thực hiện | Diện tích (ha) | Số xã (xã)")."""
    if ColumnRole.INDICATOR in t.roles or ColumnRole.TASK in t.roles or not t.header:
        return None
    k = next((k for k, role in enumerate(t.roles) if role is not ColumnRole.NUMBER), None)
    return k if k is not None and t.roles[k] in (ColumnRole.OTHER, ColumnRole.LEAD, ColumnRole.TIME) else None


def _counted_columns(doc: Document, t: TextTable) -> list[int]:
    """In a table whose caption gives the unit of all its figures ("Đơn vị tính: công dân" over "Cụm xã, phường |
    Quân sự | Công an | Tổng"), the columns after the one that names the rows whose cells are all plain numbers."""
    name_col = _first_named(t)
    if name_col is None or _caption_unit(doc, t) is None:
        return []
    out = []
    for k, role in enumerate(t.roles):
        if k > name_col and role is ColumnRole.OTHER and _all_numbers(t, k):
            out.append(k)
    return out


def _named_by(t: TextTable) -> int | None:
    """The column that names a table's rows when no header says indicator or task: the first column of
    another name before the values ("Khâu sản xuất | Thực hiện năm 2015 | Mục tiêu năm 2020")."""
    # (or the bodies each row is for: "Đơn vị | Kết nạp đoàn viên (người) | ...")
    k = _first_named(t)
    return k if k is not None and ColumnRole.VALUE in t.roles[k + 1:] else None


# what a column reached: done ("Thực hiện năm 2025") or summed up to its date ("Lũy kế"), which in a plan can be
# a total still to reach ("Hoàn thành đến 30/6/2027 (lũy kế, cơ sở)")
_DONE_HEAD = re.compile(r"\b(?:thực hiện|hiện trạng|kết quả thực hiện|đã đạt|thực tế|đạt được)\b")
_CUMULATIVE = re.compile(r"\b(?:lũy kế|luỹ kế)\b")
_COLUMN_KIND = (
    ("estimate", re.compile(r"\b(?:ước|dự kiến|dự báo|sơ bộ|tạm tính)\b")),   # "Tổng mức đầu tư sơ bộ (tỷ đồng)"
    # the most a policy grants ("Mức hỗ trợ tối đa từ ngân sách tỉnh (tỷ đồng)"): a rule's term, no figure to reach
    ("cap", re.compile(r"\b(?:tối đa|không quá)\b")),
    # capital given for the year ("Kế hoạch vốn năm 2026", "Vốn được giao"): what a report measures against, a
    # target of the plan that gives it
    ("allocated", re.compile(r"\b(?:kế hoạch vốn|vốn (?:được )?(?:giao|phân bổ|bố trí)|dự toán (?:được )?giao)\b")),
    # (capital paid out: "Giải ngân đến ngày 31/8/2027", "Tỷ lệ giải ngân (%)", not "Kế hoạch giải ngân năm 2027")
    ("actual", re.compile(_DONE_HEAD.pattern + "|" + _CUMULATIVE.pattern
                          + r"|(?<!kế hoạch )(?<!mục tiêu )(?<!chỉ tiêu )(?<!phấn đấu )\bgiải ngân\b")),
    ("plan", re.compile(r"\b(?:kế hoạch|mục tiêu|chỉ tiêu|phấn đấu|đến năm|giai đoạn|định hướng)\b")),
)
# a table of the units a reorganisation merges or renames, before and after it ("Số hộ gia đình sau sắp xếp (hộ)"
# beside "Tên thôn, tổ dân phố hiện nay"): its counts describe the units, at the document's date (not a header's
# "hiện có" alone, "Số phòng học hiện có" beside what is to be built)
_REORGANISED_HEAD = re.compile(r"\b(?:trước|sau) (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất)\b")
# the words of a plan's own figures in a column header (a period alone may head what was done: "giai đoạn 2023 -
# 2027"; "Nghị quyết đề ra đến năm 2025" is what a resolution set)
_PLANNED_HEAD = re.compile(r"\b(?:kế hoạch|mục tiêu|chỉ tiêu|phấn đấu|định hướng|đến năm|đề ra|nghị quyết)\b")
# a value cell: "≥ 80", "100%", "40 - 50", "≤ 3 Đông Nam Á; ≤ 50 Thế giới", "tối thiểu 50%"
# a figure's own year in brackets after it, in a cell of several: "1.000 (năm 2026); ít nhất 5.000 (đến năm 2030)"
_CELL_YEAR = re.compile(r"\((?:năm|đến năm|đến hết năm|trong năm|cuối năm)?[ ]*((?:19|20)\d{2})\)", re.IGNORECASE)
_CELL_VALUE = re.compile(r"""
    (?P<cmp>≥|>=|≤|<=|>|<|~|trên|dưới|tối[ ]thiểu|ít[ ]nhất|không[ ]dưới|tối[ ]đa|không[ ]quá|khoảng|từ)?[ ]*
    (?P<n1>""" + NUMBER + r""")(?![\d/])[ ]*(?P<p1>%)?
    (?:[ ]*(?:-|–|đến)[ ]*(?P<n2>""" + NUMBER + r""")(?![\d/])[ ]*%?)?
""", re.VERBOSE | re.IGNORECASE)
_CMP = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", ">": ">", "<": "<", "trên": ">", "dưới": "<",
        "tối thiểu": ">=", "ít nhất": ">=", "không dưới": ">=", "tối đa": "<=", "không quá": "<=", "từ": ">="}


def _table_unit(cell: str | None) -> tuple[str | None, str]:
    """A unit cell -> (unit, what it adds to the indicator): "% GDP" -> ("%", "trong GDP"),
    "Thứ bậc" -> ("hạng", ""), "Doanh nghiệp" -> ("doanh nghiệp", "")."""
    if not cell:
        return None, ""
    text = re.sub(r"\s+", " ", cell.strip(" *"))
    # "Thành phố, Tỉnh" -> "thành phố, tỉnh"; "GDP", "MW", "Tbps" keep their capitals
    low = re.sub(r"\b([A-ZĐÀ-Ỹ])([a-zđà-ỹ]+)\b", lambda m: m.group(1).lower() + m.group(2), text)
    key = low.casefold()
    if re.fullmatch(r"(?:thứ )?(?:bậc|hạng)|thứ hạng|xếp hạng|vị trí", key):
        return "hạng", ""
    if key.startswith("chỉ số"):
        return None, ""            # the value of an index has no unit
    low = re.sub(r"^(?:số|số lượng) (?=\w)", "", low)      # "Số doanh nghiệp/1000 dân"
    m = re.fullmatch(r"(%|‰)[ ]*(.*)", text)
    if m:
        rest = m.group(2).strip()
        if rest.startswith("/"):
            return m.group(1) + rest.replace(" ", ""), ""
        return m.group(1), (f"trong {rest}" if rest else "")
    got = _unit_at(low, 0)
    if got and got[0] >= len(low.rstrip()):
        return got[1], ""
    return low, ""


def _title_line(line: str, annex: bool) -> bool:
    """A title's line: in capitals, or any line of an annex's head that is no sentence (a copy may lose the case)."""
    return len(line.strip()) >= 12 and (line == line.upper() or (annex and not line.rstrip().endswith((".", ";", ","))))


def _line_of(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]


def _table_time(doc: Document, t: TextTable, ctx: _Context) -> TimeExpr | None:
    """The time the title above a table gives it ("CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2028" under "PHỤ LỤC")."""
    from nlpolicy.extract.timegrammar import find_times
    sec = doc.section_at(t.start)
    lo = sec.start if sec and sec.start < t.start else max(0, t.start - 600)
    lo = max(lo, t.start - 600)
    # (a bare year counts only in a title: "CHỈ TIÊU GIAO QUÂN NĂM 2028 THEO CỤM XÃ", in capitals or under an annex)
    annex = bool(sec and sec.id.startswith("PL"))
    # (or in the lead-in just above the table: "Diện tích, sản lượng muối theo địa bàn năm 2026 như sau:")
    lead_end = len(doc.text[:t.start].rstrip())
    lead_start = doc.text.rfind("\n", 0, lead_end) + 1
    lead_in = doc.text[lead_end - 1:lead_end] == ":"
    found = [x for x in find_times(doc.text[lo:t.start]) if x.years and (x.relation == "by" or x.kind == "period" or (
                 x.kind == "year" and x.relation is None and (_title_line(_line_of(doc.text, lo + x.start), annex)
                                                              or lead_in and lo + x.start >= lead_start)))
             and not re.search(r"(?:kèm theo|ban hành)", doc.key[max(lo, lo + x.start - 120):lo + x.start])]
    if found:
        x = found[-1]
        return TimeExpr(lo + x.start, lo + x.end, x.text, x.value, x.relation, x.kind, x.years)
    return None


def _header_time(text: str) -> tuple[int | None, tuple[int, int] | None]:
    ys = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)]
    if not ys:
        return None, None
    return max(ys), ((min(ys), max(ys)) if len(ys) >= 2 else None)


_CAPTION_UNIT = re.compile(r"(?:Đơn vị tính|ĐVT|Đơn vị)[ ]*:[ ]*([^\n;|()]{1,30}?)[ .;)]*$", re.IGNORECASE | re.MULTILINE)
_HEAD_UNIT = re.compile(r"\((?:ĐVT:[ ]*)?((?:triệu|tỷ|nghìn)[ ]đồng|đồng|ha|km|%|người|hộ)\)", re.IGNORECASE)


def _bracket_unit(head: str) -> str | None:
    """The unit in brackets at the end of a column's header, before any comment after a comma.

    >>> [_bracket_unit(h) for h in ("Vốn đăng ký (triệu USD, quy đổi)", "Công suất (m3/ngày đêm)",
    ...                             "Ghi chú (nếu có)")]
    ['triệu USD', 'm3/ngày đêm', None]
    """
    inside = bracket_unit_text(head)
    if not inside:
        return None
    got = _unit_at(inside, 0)
    return got[1] if got and got[0] == len(inside) else None


def _count_unit(head: str) -> str | None:
    """The noun a column counts, from its header: "Số tiêu chí đã đạt đến 31/12/2012" counts "tiêu chí".

    >>> _count_unit("Số dự án còn hiệu lực"), _count_unit("Khu công nghiệp")
    ('dự án', None)
    """
    m = COUNT_OPENING.match(head)
    if not m:
        return None
    got = _unit_at(head, m.end())
    return got[1] if got else None


def _row_time(cells) -> TimeExpr | None:
    """The time cell among a table row's ``cells`` ("| Đường trục xã ... | 12.800 | 2027 - 2028 |"): its values
    are due then."""
    from nlpolicy.extract.timegrammar import find_times
    for c in cells:
        if c.role == ColumnRole.TIME:
            ts = [x for x in find_times(c.text) if x.years]
            if ts:
                # the row's whole is due at the last of its milestones: "Đợt 1: 30/9/2026; toàn bộ: Quý II/2027"
                return max(ts, key=lambda x: max(x.years))
            m = re.fullmatch(r"[ ]*((?:19|20)\d\d)(?:[ ]*[-–][ ]*((?:19|20)\d\d))?[ ]*", c.text)
            if m:           # a bare year or span in a time column: "2027", "2027 - 2028"
                ys = tuple(int(y) for y in m.groups() if y)
                return TimeExpr(c.start, c.end, c.text, "/".join(map(str, ys)), "during",
                                "period" if len(ys) == 2 else "year", ys)
    return None


def _caption_start(doc: Document, t: TextTable) -> int:
    """Where a table's caption may start: up to 160 characters before the line just above the table."""
    return max(0, doc.text.rfind("\n", 0, max(0, t.start - 1)) - 160)


def _caption_unit(doc: Document, t: TextTable) -> str | None:
    """The unit a table's caption gives all its values: "Đơn vị tính: triệu đồng" on a line just above it."""
    m = None
    for m in _CAPTION_UNIT.finditer(doc.text, _caption_start(doc, t), t.start):
        pass
    return _table_unit(m.group(1))[0] if m else None


# a caption that dates a table's data: "Số liệu tính đến ngày 31/12/2025", "(Số liệu đến hết năm 2025)"
_CAPTION_AS_OF = re.compile(r"số liệu[ ]+(?:tính[ ]+)?(?:đến|tại)[ ]+(?:hết[ ]+|thời điểm[ ]+)?(?:ngày[ ]+)?"
                            r"(?:\d{1,2}[/.-]\d{1,2}[/.-]|tháng[ ]+\d{1,2}[/ ]+(?:năm[ ]+)?|năm[ ]+)?(?P<year>20\d{2})(?!\d)")


def _caption_as_of(doc: Document, t: TextTable) -> int | None:
    """The year of the date a table's caption gives its data (a list of what stands on that date, not of
    what is to be reached): "Số liệu tính đến ngày 31/12/2025" on a line just above the table."""
    m = None
    for m in _CAPTION_AS_OF.finditer(doc.key, _caption_start(doc, t), t.start):
        pass
    return int(m.group("year")) if m else None


_CARRIED_FROM = re.compile(r"(?i)(?:chuyển tiếp|từ)(?![\w])[^\n]{0,60}$")     # (not "chuyển sang năm 2028": due then)


def _table_figures(ctx: _Context, t: TextTable) -> list[Figure]:
    doc = ctx.doc
    value_cols = _value_columns(t, ctx.kind)
    name_col = _named_by(t)
    if not value_cols and (counted := _counted_columns(doc, t)):
        value_cols, name_col = counted, _first_named(t)
    caption_unit = _caption_unit(doc, t)
    as_of = _caption_as_of(doc, t)
    heads = {c.column: c.label for c in t.header}
    if as_of is None and ctx.ref_year is not None \
            and any(_REORGANISED_HEAD.search(h.casefold()) for h in heads.values()):
        as_of = ctx.ref_year    # "Tên thôn hiện nay | Số hộ (hộ) | Tên thôn sau sắp xếp | ...": units as they stand
    title_time = _table_time(doc, t, ctx)
    group_time: TimeExpr | None = None
    english = None          # the document's way of writing numbers, read at the first value cell
    # a table of places (or units) by indicators: each value column is an indicator with its unit in
    # brackets, each row a place that gets a value ("Xã, phường | Thu ngân sách (triệu đồng) | ...")
    matrix = [c for c in value_cols if name_col is not None and _MATRIX_HEAD.search(heads.get(c, ""))]
    plain = [c for c in value_cols if c not in matrix]
    out = []
    for row in t.rows:
        if row.group:
            title = " ".join(c.text for c in row.cells if c.role != ColumnRole.NUMBER)
            from nlpolicy.extract.timegrammar import find_times
            # (not the year the group's rows come from: "CÔNG TRÌNH, DỰ ÁN CHUYỂN TIẾP TỪ KẾ HOẠCH NĂM 2026")
            ts = [x for x in find_times(title) if x.years and not _CARRIED_FROM.search(title, 0, x.start)]
            group_time = ts[0] if ts else group_time
            continue
        # a total row above numbered rows ("TỔNG CỘNG | | 66.400 | 46.800 |") is due when the last of its
        # rows is: their time cells say when ("2027 - 2028")
        total_time = _latest_row_time(t) if row.number is None and row.cells else None
        for sub, cells, indicator, unit, unit_cell in _sub_rows(row, value_cols, name_col):
            english = english_numbers(doc.text) if english is None else english
            out.extend(_row_figures(ctx, row, cells, indicator, unit, unit_cell, plain, heads,
                                    total_time or group_time or title_time or ctx.horizon, caption_unit, english,
                                    as_of=as_of))
            for col in matrix:
                head = heads[col]
                bracket = _MATRIX_HEAD.search(head)
                named = re.sub(r"\s+", " ", head[:bracket.start()]).strip()
                # "(lũy kế, cơ sở)": the unit after what the figure sums
                inside = _CUMULATIVE_FIRST.sub("", bracket.group(1))
                # its unit is the bracket's, whatever the unit ("(tấn)", "(ha)", "(triệu USD, quy đổi)"); the
                # year in "Tỷ lệ hộ nghèo giảm so với năm 2026 (%)" is the comparison's, not the value's;
                # "Tỷ lệ hộ nghèo cuối năm 2025 (%)" dates its values
                out.extend(_row_figures(ctx, row, cells, named[:1].lower() + named[1:],
                                        unit or _bracket_unit(head) or _table_unit(inside)[0], unit_cell, [col],
                                        {col: _COMPARED_YEAR.sub("", head)}, group_time or title_time or ctx.horizon,
                                        caption_unit, english, subject=indicator or None, as_of=as_of))
    return out


def _latest_row_time(t: TextTable) -> TimeExpr | None:
    times = [x for r in t.rows if r.number is not None for x in [_row_time(r.cells)] if x is not None]
    return max(times, key=lambda x: max(x.years)) if times else None


_CUMULATIVE_FIRST = re.compile(r"^(?:lũy kế|luỹ kế|cộng dồn)[ ]*,[ ]*", re.IGNORECASE)
_MATRIX_HEAD = re.compile(r"[ ]*\((?:ĐVT:[ ]*)?([^()]{1,20})\)[ ]*$")


def _sub_rows(row, value_cols: list[int], name_col: int | None = None):
    """A row's lines with their own figures: the row itself, then each line under an empty STT cell
    ("- Vụ Đông Xuân | ha | 4.220"), which keeps the row's indicator and unit where it names none.
    ``name_col``: the column that names the rows when none is an indicator's."""
    parent_ind, parent_unit = "", (None, None)
    for sub in sorted({c.sub for c in row.cells}):
        mine = [c for c in row.cells if c.sub == sub]
        # (a row's year names no indicator, nor a place: "Năm 2027 | 2.000 | 8")
        ind_cell = next((c for c in mine if (c.role in (ColumnRole.INDICATOR, ColumnRole.TASK) or c.column == name_col)
                         and c.column not in value_cols and c.role != ColumnRole.TIME), None)
        unit_cell = next((c for c in mine if c.role == ColumnRole.UNIT), None)
        unit, extra = _table_unit(unit_cell.text if unit_cell else None)
        indicator = re.sub(r"\s+", " ", ind_cell.text).strip(" *") if ind_cell else ""
        if extra:
            indicator = f"{indicator} {extra}".strip()
        if sub == 0:
            parent_ind, parent_unit = indicator, (unit, unit_cell)
        else:
            indicator = f"{parent_ind}: {indicator.lstrip('-+•–* ')}" if indicator and parent_ind else indicator or parent_ind
            if unit_cell is None:
                unit, unit_cell = parent_unit
        yield sub, {c.column: c for c in mine}, indicator, unit, unit_cell


def _said_in_words(cell: str) -> list[Quantity]:
    """The quantities with a unit of a cell written in words ("Đạt từ 90% trở lên, thuộc nhóm 10 tỉnh, thành phố dẫn
    đầu": 90 %, 10 hạng); none for a figure's cell ("12,5", "≥ 90%"), which the table's columns name."""
    if len(re.findall(r"[^\W\d_]{2,}", cell)) < 2:
        return []
    return [q for q in find_quantities(cell) if q.unit]


def _tense(year: int, ref_year: int) -> str:
    """Whether a figure's year is "past", "same" or "future" to the year the document is dated."""
    return "past" if year < ref_year else ("future" if year > ref_year else "same")


def _row_figures(ctx: _Context, row, cells: dict, indicator: str, unit: str | None, unit_cell, value_cols: list[int],
                 heads: dict, fallback_time: TimeExpr | None, caption_unit: str | None, english: bool,
                 subject: str | None = None, as_of: int | None = None) -> list[Figure]:
    """The figures of a row's value cells (``cells`` by column), named by ``indicator`` in ``unit``."""
    doc = ctx.doc
    name_col_time = any(c.role == ColumnRole.TIME and not c.sub for c in row.cells[:2] if c.role != ColumnRole.NUMBER)
    out = []
    for col in value_cols:
        cell = cells.get(col)
        if cell is None:
            continue
        head = heads.get(col, "")
        hk = head.casefold()
        column = next((k for k, rx in _COLUMN_KIND if rx.search(hk)), "")
        year, period = _header_time(head)
        when = None
        tt = None
        from_header = year is not None
        if year is None and as_of is not None and not column:
            # a table whose caption dates its data lists what stood then, whatever its rows' deadlines
            year, column = as_of, "actual"
        if year is None and column == "actual" and name_col_time \
                and (tt := _row_time(cells.values()) or (fallback_time if row.number is None else None)):
            # a table whose rows are years ("Năm thực hiện | Số xã thực hiện (xã)"): the row's year dates the
            # figure (the total row's, the last row's), which is to come unless that year has passed
            year = max(tt.years)
            if ctx.ref_year is not None and (year > ctx.ref_year or (year == ctx.ref_year and ctx.kind != "report")):
                column = "plan"
        if year is None and column != "actual":
            # (not for a column of where things stand, "Quy mô hiện trạng": the row's time is when the work is due)
            tt = _row_time(cells.values()) or fallback_time
            if tt is not None:
                year = max(tt.years)
                period = (min(tt.years), max(tt.years)) if tt.kind == "period" and len(tt.years) == 2 else None
        if year is not None and ctx.ref_year is not None:
            when = _tense(year, ctx.ref_year)
        if from_header and (not column or (column == "plan" and not _PLANNED_HEAD.search(hk))) \
                and (when == "past" or (when == "same" and ctx.kind == "report")):
            # "| 2023 | 2028 |" in a plan of 2026: the first column is what was reached; so is a report's column of
            # its own year or period that no plan words ("Đường ống lắp đặt mới giai đoạn 2023 - 2027 (km)" in a
            # report of 2027)
            column = "actual"
        if column == "actual" and when == "future" and not _DONE_HEAD.search(hk):
            column = "plan"         # "Hoàn thành đến 30/6/2027 (lũy kế, cơ sở)" in a plan of 2026: a total to reach
        def emit(v, v2, u, cmp_, start, end, before, after, own_year=None):
            while end > start and doc.text[end - 1] == " ":
                end -= 1
            kind_here = column
            fig_year, fig_when = year, when
            if own_year is not None:        # "1.000 (năm 2026); ít nhất 5.000 (đến năm 2030)": each its own year
                fig_year = own_year
                fig_when = _tense(own_year, ctx.ref_year) if ctx.ref_year is not None else None
            if re.search(r"(?<!\w)(?:ước|dự kiến|dự báo|ước tính)(?!\w)", before.casefold()):
                kind_here = "estimate"      # "ước 4,5" in a cell
            tail = after.split(";")[0].strip(" ,.")
            ind = indicator
            if tail and not re.match(r"[\d(]", tail) and len(tail) <= 40 and not re.search(r"\d", tail):
                ind = f"{indicator} ({tail})"
            out.append(Figure(doc, start, end, v, v2, u, cmp_, (cell.start, cell.end), row.start,
                              zone_at(doc, start), ctx.kind, frozenset({("table", "near")}), tt, "table",
                              fig_when, kind_here, ind, fig_year, period if own_year is None else None, ctx.ref_date,
                              subject))

        said = _said_in_words(cell.text)
        years_said = list(_CELL_YEAR.finditer(cell.text))
        for m in _CELL_VALUE.finditer(cell.text):
            if any(y.start() <= m.start("n1") < y.end() for y in years_said):
                continue        # the year in brackets after a figure is its time, not a figure
            v = parse_number(m.group("n1"), english)
            if v is None:
                continue
            own = next((y for y in years_said if y.start() >= m.end() and not cell.text[m.end():y.start()].strip()), None)
            v2 = parse_number(m.group("n2"), english) if m.group("n2") else None
            if v2 is not None and v2 <= v:
                v2 = None
            hu = _HEAD_UNIT.search(head)
            u = unit or ("%" if m.group("p1") else None) or (hu and _table_unit(hu.group(1))[0]) \
                or _bracket_unit(head) or caption_unit or _count_unit(head)
            q = next((q for q in said if q.value_start <= m.start("n1") < q.end), None) if u is None else None
            if q is not None:
                continue        # said below, with the unit its words give
            if u is None and not (unit_cell and unit_cell.text.strip(" *").casefold().startswith("chỉ số")):
                continue        # a bare number without a unit column: a count we cannot name
            cmp_ = "range" if v2 is not None else _CMP.get((m.group("cmp") or "").casefold(), "=")
            start = cell.start + m.start("n1") if not m.group("cmp") else cell.start + m.start()
            emit(v, v2, u, cmp_, start, cell.start + m.end(), cell.text[:m.start()], cell.text[m.end():],
                 int(own.group(1)) if own else None)
        for q in said:
            # a cell in words names its own units: "xếp thứ 14/34", "thuộc nhóm 10 tỉnh, thành phố dẫn đầu"
            if not any(f.start <= cell.start + q.value_start < f.end for f in out):
                emit(q.value, q.value_max, q.unit, q.comparator, cell.start + q.value_start, cell.start + q.end,
                     cell.text[:q.start], cell.text[q.end:])
    return out


# ---------------------------------------------------------------- the rule

# how much each piece of evidence weighs, and for which label
_CUE_WEIGHTS: dict[tuple[str, str], tuple[str, float]] = {
    ("forward", "near"): ("target", 2.0), ("forward", "adjacent"): ("target", 0.5),
    ("forward", "clause"): ("target", 1.5), ("forward", "sentence"): ("target", 1.0),
    ("forward", "lead"): ("target", 1.0), ("approved", "clause"): ("target", 1.0), ("past", "lead"): ("baseline", 3.0),
    ("past", "near"): ("baseline", 3.0), ("past", "adjacent"): ("baseline", 3.0),
    ("past", "clause"): ("baseline", 1.5), ("past", "sentence"): ("baseline", 1.0),
    ("past", "after"): ("baseline", 3.0),
    ("current", "near"): ("baseline", 3.0), ("current", "adjacent"): ("baseline", 1.5),
    ("current", "clause"): ("baseline", 1.5), ("current", "sentence"): ("baseline", 1.5),
    ("from", "near"): ("baseline", 6.0),
    ("estimate", "clause"): ("neither", 10.0), ("estimate", "adjacent"): ("neither", 10.0),
    ("estimate", "lead"): ("neither", 10.0),
    ("qualifier", "near"): ("neither", 10.0), ("repeat", "next"): ("neither", 10.0),
    ("reference", "near"): ("neither", 10.0), ("reference", "adjacent"): ("neither", 10.0),
    ("partition", "near"): ("neither", 10.0), ("partition", "sentence"): ("neither", 10.0),
    ("partition", "adjacent"): ("neither", 10.0),
}
_ZONE_WEIGHTS = {"objective": ("target", 2.0), "orientation": ("target", 1.0), "task": ("target", 0.7),
                 "organisation": ("target", 0.5), "proposal": ("target", 0.5), "finance": ("target", 0.5),
                 "viewpoint": ("target", 0.3), "situation": ("baseline", 2.0), "general": ("neither", 1.0),
                 "norms": ("neither", 6.0), "template": ("neither", 6.0),
                 "effect": ("neither", 2.0)}
# zones where even a report speaks of what is to be done (its "tasks" part is often the tasks' results)
_REPORT_FORWARD_ZONES = frozenset({"objective", "orientation", "proposal"})
# a time found in the figure's own sentence weighs more than a heading's, a heading's more than the title's
_TIME_WEIGHT = {"right": 2.5, "sentence": 2.0, "after": 2.0, "row": 2.0, "heading": 1.5, "label": 1.5, "table": 2.5,
                "paragraph": 1.5, "title": 0.5}
_DECIDE_AT = 1.5
_COLUMN_LABEL = {"plan": "target", "actual": "baseline", "estimate": "neither", "cap": "neither"}
# cues of tense that stand close to the figure: they, not the time of its sentence, say when it is
_OWN_TENSE = frozenset({("past", "near"), ("past", "after"), ("current", "near"), ("unmet", "near"), ("from", "near")})


# a multiple "of the level" ("2 lần mức học phí quy định"): the multiple of a norm
_OF_A_LEVEL = re.compile(r"[ ]+mức[ ]")
# a count out of its whole, "38/41" (fewer than the whole)
_PART_OF_WHOLE = re.compile(r"(?:[^\d]{0,12}?)(?P<a>\d{1,4})/(?P<b>\d{1,4})(?!\d|/)")


def _in_aside(text: str, sentence: int, cs: int, ce: int, start: int, end: int) -> bool:
    """Whether a figure stands in an aside in parentheses: in its clause, or an aside of several clauses in its
    sentence ("b) Mục tiêu cụ thể (năm 2011 ... đạt 1.512 tỷ đồng; giai đoạn 2006 - 2010 tăng bình quân 18,6%/năm):")."""
    po = text.rfind("(", cs, start)
    if po >= 0 and text.find(")", po, start) < 0 and text.find(")", end, ce + 1) >= 0:
        return True
    po = text.rfind("(", sentence, start)
    if po < 0 or text.find(")", po, start) >= 0:
        return False
    pc = text.find(")", end, end + 300)
    nl = text.find("\n", end)
    return pc >= 0 and (nl < 0 or pc < nl)


def _time_of_the_aside(f: Figure) -> bool:
    """Does the figure's time stand in its parenthesis, or right before it ("kết quả đến hết năm 2025 (toàn
    tỉnh có 712 mã số ...)")?  A time elsewhere in the sentence says nothing of the aside."""
    if f.time is None:
        return False
    text = f.doc.text
    po = text.rfind("(", f.clause[0], f.start)
    if po < 0 and _in_aside(text, f.sentence, f.clause[0], f.clause[1], f.start, f.end):
        po = text.rfind("(", f.sentence, f.start)
    pc = text.find(")", f.end)
    return po >= 0 and (po < f.time.start < pc or 0 <= po - f.time.end <= 2)


# what may stand before a time that opens a sentence: a bullet, "Trong", "Tính đến", "Đến hết"
_OPENS_SENTENCE = re.compile(r"[ \t]*(?:[-+•*–][ ]*)?(?:(?:[Tt]rong|[Tt]ính đến|[Đđ]ến hết|[Đđ]ến)[ ]+)?")


@rule("figure_kind")
def figure_kind(f: Figure) -> Decision:
    """target / baseline / neither (dropped) for one figure, or None (no opinion: the model may decide).

    >>> from nlpolicy.zones import Zone
    >>> z = Zone("II", "objective", 0.2, "II. MỤC TIÊU")
    >>> f = Figure(None, 0, 5, 80.0, None, "%", "=", (0, 5), 0, z, "resolution", frozenset())
    >>> figure_kind(f).label, figure_kind(f).cue
    ('target', True)
    >>> import dataclasses
    >>> figure_kind(dataclasses.replace(f, cues=frozenset({("estimate", "clause")}))).label
    'neither'
    """
    # a table's column header says what its cells are ("Kế hoạch năm 2025", "Thực hiện 2024", "Ước ...")
    if f.column == "allocated":
        label = "baseline" if f.doc_kind == "report" else "target"
        return Decision(label, 1.0, f"{f.column} column in a {f.doc_kind}", cue=True)
    if f.column in _COLUMN_LABEL:
        label = _COLUMN_LABEL[f.column]
        return Decision(label, 1.0, f"{f.column} column", cue=True)
    score = {"target": 0.0, "baseline": 0.0, "neither": 0.0}
    why: list[str] = []
    cue = False

    def add(label: str, w: float, reason: str) -> None:
        score[label] += w
        why.append(f"{reason}→{label}")

    report = f.doc_kind == "report"
    # the kind of document: reports speak of the past, the others of what is to be reached
    if report and f.zone.zone not in _REPORT_FORWARD_ZONES:
        add("baseline", 1.5, "report")
    elif not report:
        add("target", 0.5, f.doc_kind)
    zw = _ZONE_WEIGHTS.get(f.zone.zone)
    if zw and not (report and zw[0] == "target" and f.zone.zone not in _REPORT_FORWARD_ZONES):
        add(zw[0], zw[1], f"zone {f.zone.zone}")
        cue = cue or f.zone.zone in ("objective", "situation")
    for lp in sorted(f.cues):
        w = _CUE_WEIGHTS.get(lp)
        if w:
            add(w[0], w[1], "/".join(lp))
            cue = True
    # norms, rates and background counts weigh only with the units they fit
    money, rate, share = _is_money(f.unit), _is_rate(f.unit), f.unit in _SHARES
    days = f.unit in DURATIONS    # "tiền ăn 40.000 đồng/người/ngày, tối đa không quá 20 ngày": the norm's time
    # (or a multiple of the level it sets: "mức học phí tối đa bằng 2,5 lần mức học phí quy định tại khoản 1")
    multiple = f.unit == "lần" and bool(_OF_A_LEVEL.match(f.doc.key, f.end))
    if any(("norm", p) in f.cues for p in ("clause", "sentence", "lead")) and (money or share or days or multiple):
        add("neither", 10.0, "norm")
        cue = True
    if ("norm", "row") in f.cues:
        add("neither", 10.0, "a row of a table of norms")
        cue = True
    if (f.unit or "").startswith("hệ số"):
        # "hệ số 2,1 so với mức lương cơ sở", "hệ số điều chỉnh giá đất 1,5": a coefficient sets a level, reaches none
        add("neither", 10.0, "a coefficient")
        cue = True
    if ((("grant", "adjacent") in f.cues and (rate or share))
            or ((("grant", "clause") in f.cues or ("grant", "lead") in f.cues) and (rate or days))):
        add("neither", 10.0, "grant of a rate")
        cue = True
    if ("scope", "near") in f.cues and f.unit in _PLACES:
        add("neither", 4.0, "scope")
        cue = True
    if (("condition", "near") in f.cues or ("condition", "lead") in f.cues) and f.comparator not in ("=",):
        add("neither", 6.0, "a condition")     # (or a case a rule lists: "... bị xem xét trách nhiệm khi: a) Có từ 30% ...")
        cue = True
    if ("posts", "adjacent") in f.cues and f.comparator in ("<=", "<") and not (money or rate or share):
        add("neither", 6.0, "a cap on posts")
        cue = True
    if ("allow", "clause") in f.cues and f.comparator in ("<=", "<"):
        add("neither", 6.0, "a ceiling a rule allows")    # ("dư nợ vay không vượt quá 90%"; not "giảm còn dưới 2%")
        cue = True
    if ("result", "cell") in f.cues and f.comparator == "=":
        # (a bound there, "chưa đảm bảo mức bố trí ít nhất 3%", quotes the target it is measured against)
        add("baseline", 6.0, "a result cell")
        cue = True
    unmet = [p for label, p in f.cues if label == "unmet"]
    if unmet and f.comparator == "=":
        # "Còn 274 nhiệm vụ chưa hoàn thành, gồm: 63 nhiệm vụ quá hạn": where things stand
        add("baseline", max(_CUE_WEIGHTS.get(("current", p), ("", 1.0))[1] for p in unmet), "not yet done")
        cue = True
    elif unmet:
        # "chưa đảm bảo mức bố trí ít nhất 3%": the level a result falls short of, quoted
        add("neither", 10.0, "a level not yet met")
        cue = True
    if ("ratio", "next") in f.cues and f.unit in _SHARES:
        add("baseline", 3.0, "a share of the plan reached")
        cue = True
    if ("location", "clause") in f.cues and f.unit in _LENGTHS:
        add("neither", 10.0, "location")
        cue = True
    # a table of indicators: the value column's header says which
    if f.column is not None:
        cue = True
        add("baseline" if report else "target", 1.5, "table of indicators")
    # the time against the document's date
    when = f.when
    if when == "running":       # a report under way in its period speaks of the present, save in its proposals
        when = None if report and f.zone.zone not in _REPORT_FORWARD_ZONES else "future"
    if f.dated_by != "right" and when != "past" and (any(lp in f.cues for lp in _OWN_TENSE) or (
            f.dated_by == "row" and ("current", "adjacent") in f.cues)):
        # "Đến năm 2020 phát triển 20 chợ, trong đó hiện có 4 chợ": the cue speaks of this figure (and "còn 3,2 ha
        # chưa giải phóng mặt bằng" in a row whose time cell is when the obstacle is to be removed)
        when = None
    if report and when == "future" and f.dated_by in ("label", "title") and f.zone.zone not in _REPORT_FORWARD_ZONES:
        # "Kết quả thực hiện các chỉ tiêu Nghị quyết đề ra đến năm 2030 như sau:" over "đạt 9,8 triệu tấn": the
        # horizon of the targets a report measures against does not date what it reports
        when = None
    if ("aside", "near") in f.cues and ((when == "past" and _time_of_the_aside(f)) or ("current", "near") in f.cues):
        add("baseline", 4.0, "an aside of where things stand")
        cue = True
    if when and f.dated_by in _TIME_WEIGHT:
        w = _TIME_WEIGHT[f.dated_by]
        if when == "past":
            add("baseline", w, f"past time ({f.dated_by})")
            if f.time is not None and f.time.relation in ("by", "before") and f.dated_by in ("right", "sentence"):
                # "Đến hết năm 2025, tỷ lệ ... đạt 58,3%" in a plan of 2026: the state reached by a date gone by
                add("baseline", 2.0, "reached by a date gone by")
                if (m := _PART_OF_WHOLE.match(f.doc.text, f.start, f.end)) and int(m.group("a")) < int(m.group("b")):
                    # "Tính đến ngày 31/5/2026, ...; hoàn thành 38/41 khu tái định cư": so many of the whole, by then
                    add("baseline", 3.0, "a part of the whole reached by a date gone by")
            if f.dated_by == "sentence" and f.time is not None and _OPENS_SENTENCE.fullmatch(f.doc.text, f.sentence, f.time.start):
                # "Năm 2025, Bệnh viện thực hiện 732 giường bệnh ...": the year the sentence opens on is what it is
                # about, whatever the heading above looks forward to
                add("baseline", 2.0, "a year gone by opens the sentence")
            # a year gone by in the figure's own sentence ("Năm 2025 ... đạt 12,5%") is evidence of its own
            cue = cue or f.dated_by in ("right", "sentence")
        elif when == "future":
            add("target", min(w, 2.0) + (1.0 if f.time is not None and f.time.relation in ("by", "before")
                                          and f.dated_by in ("right", "sentence", "after", "row") else 0.0),
                f"future time ({f.dated_by})")
        elif f.dated_by != "title":
            # the document's own year: late in the year a text looks back on it, early on ahead
            late = bool(f.doc_date and f.doc_date[5:7] >= "09")
            add("baseline" if report or late else "target", 0.5, "the document's own year")
    label = max(score, key=score.get)
    best = score[label]
    total = sum(score.values()) or 1.0
    if best < _DECIDE_AT:
        return Decision(None, 0.0, "; ".join(why) or "no evidence", cue=False)
    return Decision(label, round(best / total, 3), "; ".join(why), cue=cue)


def _model_scores(figs: list) -> list[tuple[str, float]] | None:
    """The sentence-role model's (label, probability) for each figure; None without the model."""
    from nlpolicy.extract.sentence_role import ModelUnavailableError, target_kind_scores
    out: list[tuple[str, float] | None] = [None] * len(figs)
    by_doc: dict[int, list[int]] = {}
    for i, f in enumerate(figs):
        by_doc.setdefault(id(f.doc), []).append(i)
    try:
        for idx in by_doc.values():
            scores = target_kind_scores(figs[idx[0]].doc, [figs[i] for i in idx])
            for i, (pt, pb) in zip(idx, scores):
                out[i] = ("target", pt) if pt >= pb else ("baseline", pb)
    except ModelUnavailableError:
        return None
    return out


# Where the rules have no cue, the sentence-role model may decide; below this probability it may not
# (held-out on the gold documents: lower thresholds overrule the rules wrongly more often than not).
model("figure_kind", _model_scores, mode="veto", threshold=0.9, name="sentence-role")


# ---------------------------------------------------------------- assembling

_BREAKDOWN = Cue(r"trong đó")


def _breakdowns_follow(doc: Document, figs: list, decisions: list[Decision]) -> list[Decision]:
    """The parts a figure is broken down into ("đã giao 2.380 công dân, ..., trong đó 2.090 công dân nhập ngũ Quân đội
    và 290 công dân ...", "là 2.460 công dân, trong đó: ... 2.150 công dân; ... 310 công dân"), up to the sentence's
    end and in the whole's unit, are what the whole is: a target's parts are targets, a result's parts results
    (a part that says what it is itself keeps it: "trong đó, hiện có 4 trung tâm ...")."""
    out = list(decisions)
    in_text = [i for i, f in enumerate(figs) if f.column is None]
    head: int | None = None
    for k, i in enumerate(in_text):
        f = figs[i]
        if head is not None and figs[head].sentence != f.sentence:
            head = None
        if k and figs[in_text[k - 1]].sentence == f.sentence and _BREAKDOWN.search(doc, figs[in_text[k - 1]].end, f.start):
            # the whole: the last figure before "trong đó", of its sentence and in its parts' unit
            head = next((x for x in reversed(in_text[:k]) if figs[x].sentence == f.sentence and figs[x].unit == f.unit), None)
        own_cue = any(pos in ("adjacent", "near", "next") for _, pos in f.cues)     # ("trong đó, hiện có 4 ...")
        if head is not None and figs[head].unit == f.unit and out[head].label in ("target", "baseline") \
                and out[i].label != out[head].label and not own_cue:
            out[i] = Decision(out[head].label, out[i].score, f"a part of the figure before 'trong đó' ({out[head].label})")
    return out


def extract_targets(doc: Document, body: Body, times: list[TimeExpr]) -> list[Target]:
    """The targets and baselines of a document, in text order."""
    ctx = _context(doc, body, times)
    figs = figures(doc, body, times, ctx)
    decisions = _breakdowns_follow(doc, figs, decide_all("figure_kind", figs))
    projects = find_project_mentions(doc, body.start)
    baseline_year = ctx.report_year or ctx.ref_year
    text_figs = [f for f in figs if f.column is None]
    out: list[Target] = []
    said: dict[int, str] = {}       # the last indicator read in each sentence
    counted: dict[tuple[int, str | None], str] = {}     # the first indicator of each unit in each sentence
    for f, d in zip(figs, decisions):
        if d.label not in ("target", "baseline"):
            continue
        year, period = _year_of(ctx, f, d.label, baseline_year)
        sec = doc.section_at(f.start)
        if f.column is not None:
            indicator, names = f.indicator, [f.subject] if f.subject else []
        else:
            sentence = _first_word(doc.text, f.sentence)
            indicator = indicator_of(doc, f, text_figs, said.get(f.sentence), counted.get((sentence, f.unit)))
            if _TRIVIAL.fullmatch(indicator) and f.sentence in said:
                indicator = said[f.sentence]    # "X tăng 15%/năm giai đoạn 2021 - 2025; tăng 17%/năm ..."
                if f.unit in _SHARES and indicator.startswith("số "):
                    indicator = share_of(indicator)     # "có 152/432 hợp tác xã ..., đạt 35,2%"
            said[f.sentence] = indicator
            if indicator.startswith("số "):
                counted.setdefault((sentence, f.unit), indicator)   # (a count of things, not "đến ngày 31/12/2026")
            cs = f.clause[0]
            names = _subjects(doc, [p for p in projects if cs <= p.start and p.end <= f.start], f.start)
        for name in names or [None]:
            out.append(Target(kind=d.label, section=sec.id if sec else None, indicator=indicator, subject=name,
                              comparator=f.comparator, value=f.value, value_max=f.value_max, unit=f.unit,
                              year=year, period=period, text=f.text, start=f.start, end=f.end, score=d.score))
    return out


def _first_word(text: str, pos: int) -> int:
    """``pos`` past the blanks after it: a figure's sentence may start at a clause break or at the word after it."""
    return pos + len(text[pos:pos + 8]) - len(text[pos:pos + 8].lstrip())


# an indicator that names nothing but a change: the sentence's earlier one goes on
_TRIVIAL = re.compile(r"(?:tăng|giảm|nâng|đạt|còn|lên|xuống|mức tăng|tăng thêm|nâng tổng số|tỷ lệ|diện tích|sản lượng"
                      r"|kinh phí|công suất|chiều dài|thứ hạng|)")


# the date a part's account of where things stand is taken at: "Tính đến ngày 31/12/2026, trên địa bàn tỉnh có ..."
# (the time grammar may take "tính đến" into the time itself)
_AS_OF = re.compile(r"(?<![\w])tính[ ]+(?:đến|tới)(?![\w])")


# a sentence that opens with a time of its own, which no date names: "Sau sắp xếp đơn vị hành chính, toàn tỉnh có 612
# cơ sở nhà, đất dôi dư" (not dated by the "Tính đến ngày 31/12/2025" before it)
_OWN_WHEN = re.compile(r"[ \t\-+•*–]*(?:sau|trước|từ|kể từ|đến|trong|hiện nay|hiện)(?![\w])")


def _as_of_above(ctx: _Context, start: int, keep) -> TimeExpr | None:
    """The "as of" date that opens the account a baseline with no time of its own stands in: the last "Tính đến
    ngày 31/12/2026" earlier in its own part ("- Về hạ tầng dùng chung: tỷ lệ ... mới đạt 18,6%" under it)."""
    doc = ctx.doc
    part = doc.section_at(start)
    lo = part.start if part is not None else ctx.body.start
    k = bisect.bisect_left(ctx.starts, start)
    for t in reversed(ctx.times[max(0, k - 40):k]):
        if t.start < lo:
            break
        if _AS_OF.search(doc.key, max(lo, t.start - 30), t.end) and keep(t):
            return t
    return None


# the present, said in the figure's own sentence
_NOW = re.compile(r"(?<![\w])(?:hiện (?:có|nay|còn|đang|tại)|(?<!trước )đến nay)(?![\w])")   # (not "từ trước đến nay", ever)


def _year_of(ctx: _Context, f: Figure, label: str, baseline_year: int | None) -> tuple[int | None, tuple | None]:
    if f.column is not None:
        to_come = ctx.ref_year is not None and f.table_year is not None and f.table_year > ctx.ref_year
        if label == "baseline" and (f.table_year is None or to_come):
            return baseline_year, None      # (where things stand is not dated by a year still to come)
        return f.table_year, f.table_period
    if label == "target":
        keep = lambda t: _when(t, ctx.ref_year, ctx.ref_date) != "past"   # noqa: E731
        if f.dated_by == "every":
            return None, None
    else:
        keep = lambda t: _when(t, ctx.ref_year, ctx.ref_date) != "future" and t is not ctx.horizon   # noqa: E731
    if (label == "target" and f.when != "past") or (label == "baseline" and f.when != "future"):
        t, by = f.time, f.dated_by
        if by == "title" and label == "baseline":
            t = None
        if (label == "baseline" and t is not None and t.end <= f.start
                and _NOW.search(ctx.doc.key, max(f.sentence, t.end), f.start)):
            # "Năm 2026, ... xảy ra 05 cơn bão. Toàn tỉnh hiện có 518 hồ chứa, 276 km đê": the year that opens the
            # line dates its first sentence; a later one that says "now" is valued at the document's year, and so is
            # a clause that says it after the time ("Trong năm 2026, đã chuyển đổi 41.280 hộ ...; hiện còn 3.150 hộ")
            t = None
    else:
        t, by = _dating_time(ctx, f.start, f.end, f.clause, f.sentence, keep)
    if (t is None or not t.years) and label == "baseline" and not _OWN_WHEN.match(ctx.doc.key, f.sentence):
        t = _as_of_above(ctx, f.start, keep)
    if t is None or not t.years:
        return (baseline_year if label == "baseline" else None), None
    year = max(t.years)
    if label == "baseline" and baseline_year is not None and year > baseline_year \
            and not (t.kind == "date" and ctx.ref_date and t.value <= ctx.ref_date):
        # (a figure taken on a day the report has passed stands at that day's year: "Đến ngày 30/9/2027, ... đạt
        # 22.340 người" in a review dated 22/10/2027 whose title counts ten years from 2017)
        return baseline_year, None
    period = (min(t.years), max(t.years)) if t.kind == "period" and len(t.years) == 2 else None
    return year, period


def _subjects(doc: Document, mentions: list, q_start: int) -> list[str]:
    """The named projects that are the subject of a figure: the run of project mentions that
    ends a few words before it ("Khu công nghiệp Hàm Kiệm I, II đạt trên 50%"), not a project
    named earlier in the clause ("... Sơn Mỹ I, Tân Đức và mỗi huyện đều có 1 cụm công nghiệp")."""
    if not mentions:
        return []
    mentions = sorted(mentions, key=lambda p: p.end)
    last = mentions[-1]
    gap = doc.key[last.end:q_start]
    if len(gap.split()) > 4 or re.search(r"[;:]", gap):
        return []
    run_start = last.start
    run = [last]
    for p in reversed(mentions[:-1]):
        between = doc.key[p.end:run_start] if p.end <= run_start else ""
        if p.end >= run_start - 1 or re.fullmatch(r"[ ]*(?:,|và|,[ ]*và)[ ]*", between):
            run.append(p)
            run_start = min(run_start, p.start)
        else:
            break
    return list(dict.fromkeys(p.name for p in sorted(run, key=lambda p: (p.start, p.end))))


# ---------------------------------------------------------------- the indicator

# what stands at the start of a clause and is no part of what is measured
_LEAD_WORDS = re.compile(r"""^(?:
    [\s\-+•*–:,.]+
  | \(?(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)][ ]*          # list labels: "a)", "(2)", "1."
  | (?:(?:đến|tới|trong|vào)[ ]+)?(?:(?:hết|cuối|đầu)[ ]+)?năm[ ]+\d{4}[ ]*[,:]?[ ]*
  | (?:trong[ ]+)?giai[ ]+đoạn[ ]+(?:\(?[ ]*)?\d{4}[ ]*[-–][ ]*\d{4}[ ]*\)?[ ]*[,:]?[ ]*
  | năm[ ]+\d{4}[ ]*[,:]?[ ]*
  | (?:hằng[ ]+năm|hàng[ ]+năm|mỗi[ ]+năm|phấn[ ]+đấu|mục[ ]+tiêu|bảo[ ]+đảm|đảm[ ]+bảo|trong[ ]+đó|cụ[ ]+thể|đồng[ ]+ý
      |thông[ ]+qua|tập[ ]+trung|đã
      |trong[ ]+nhóm[ ]+này|trong[ ]+số[ ]+đó|hiện[ ]+có|hiện[ ]+nay|hiện|cả|những|của|tại|thuộc|là|được
      |toàn[ ]+tỉnh|toàn[ ]+xã|toàn[ ]+phường|cả[ ]+nước|toàn[ ]+quốc|ưu[ ]+tiên|gồm|bao[ ]+gồm|với)(?![\w])[ ]*[,:]?[ ]*
)""", re.VERBOSE)
# what stands at its end, between the measured thing and the number
_TAIL_WORDS = re.compile(r"""(?:
    [\s,:;\-–(]+
  | (?<![\w])(?:đạt|là|chiếm|ở[ ]+mức|mức|có|với|còn|lên|xuống|lên[ ]+thành|bằng|khoảng|bình[ ]+quân|trung[ ]+bình
      |hiện[ ]+có|hiện[ ]+nay|hiện|tăng|giảm|tăng[ ]+thêm|giảm[ ]+thêm
      |duy[ ]+trì|ước|đến|tới|của|cho|trên|dưới|từ|tối[ ]+thiểu|ít[ ]+nhất|hơn|phấn[ ]+đấu|đạt[ ]+mức
      |cần|phải|sẽ|được|hướng[ ]+tới|nhằm|để|tăng[ ]+lên|giảm[ ]+xuống|lên|xuống)
  | (?<![\w])(?:\d+[ ]+)?năm[ ]+\d{4}(?:[ ]*[-–][ ]*\d{4})?
  | (?<![\w])(?:giai[ ]+đoạn|thời[ ]+kỳ)[ ]+\(?\d{4}[ ]*[-–][ ]*\d{4}\)?
  | (?<![\w])(?:hằng|hàng|mỗi)[ ]+năm
)$""", re.VERBOSE)
# verbs that make the figure a count of what they act on: "xây dựng mới 12 chợ" -> "số chợ xây dựng mới"
_ACTS = re.compile(r"(?:^|[ ])((?:xây dựng|phát triển|trồng|thành lập|đầu tư|cải tạo|nâng cấp|mở rộng|di dời|giải tỏa"
                   r"|giải toả|hình thành|thu hút|đào tạo|tuyển|hỗ trợ|quy hoạch|giữ nguyên|sắp xếp|sáp nhập"
                   r"|giảm|tăng|tạo việc làm cho|tổ chức|ban hành|kiểm tra|thanh tra|cấp|hoàn thành|đưa vào sử dụng|bố trí"
                   r"|cho thuê|chuyển|xử lý|giải quyết|tiếp nhận|thu hồi|đấu giá|lập"
                   r")(?:[ ]+(?:mới|thêm|lại))?)$")
_DIMENSIONS = (("ha", "diện tích"), ("m2", "diện tích"), ("km2", "diện tích"), ("tấn", "sản lượng"),
               ("MW", "công suất"), ("MWp", "công suất"), ("kW", "công suất"), ("km", "chiều dài"),
               ("m", "chiều dài"), ("lần", "mức tăng"), ("hạng", "thứ hạng"))
# the counted thing's modifiers after the unit end at a verb of place or a function word
_NP_STOP = re.compile(r"[,;.:()\n]|(?<![\w])(?:tại|trên địa bàn|ở|thuộc|trong đó|so với|vào năm|đến năm|năm \d{4}"
                      r"|giai đoạn|trở lên|trở xuống|để|nhằm|theo|với|và|hoặc|gồm|cụ thể)(?![\w])")


def _repeats_a_word(key: str, at: int) -> bool:
    """Whether the word after a comma at ``at`` is one of the phrase's before it, with a number or a letter after
    it ("hạng 1, hạng 2", "loại A, loại B")."""
    m = re.match(r"[ ]*([^\W\d_]+)[ ]+(?:\d+|[a-zđ])(?![\w])", key[at:])
    return bool(m) and re.search(rf"(?<![\w]){m.group(1)}[ ]+(?:\d+|[a-zđ])(?![\w])", key[:at]) is not None


# the pairs of units the genre writes as one ("xã, phường", "thôn, tổ dân phố", "sở, ngành")
_PAIR_BEFORE = re.compile(r"(?<!\w)(?:xã|thôn|tỉnh|huyện|sở|cơ quan)$")
_PAIR_AFTER = re.compile(r"[ ]*(?:phường|thị trấn|đặc khu|thành phố|bản|tổ dân phố|khu phố|thị xã|ngành|đơn vị)"
                         r"(?!\w)")


def _np_after(doc: Document, f: Figure, limit: int = 14) -> str:
    """The words that follow the figure up to a stop: the whole of a share ("24,5% tổng sản phẩm
    nội tỉnh"), or what a count counts ("12 chợ đầu mối nông sản")."""
    seg = doc.text[f.end:min(f.clause[1], f.end + 120)]
    key = doc.key[f.end:f.end + len(seg)]
    m = _NP_STOP.search(key)
    while m and m.group() == "," and (_repeats_a_word(key, m.end()) or (_PAIR_BEFORE.search(key, 0, m.start())
                                                                       and _PAIR_AFTER.match(key, m.end()))):
        m = _NP_STOP.search(key, m.end())      # "29/152 chợ hạng 1, hạng 2 đạt tiêu chuẩn": one list of grades
        #                                        ("100% xã, phường bố trí công chức ...": one pair of places)
    seg = seg[:m.start()] if m else seg
    words = seg.split()
    return " ".join(words[:limit])


_COMMA = re.compile(",")
_A_DIGIT = re.compile(r"\d")


def _measure_head(pre: str) -> int | None:
    """Where the measured thing starts: the first measure word ("tỷ lệ", "chỉ số" ...) of the last
    comma-separated part that has one ("..., phát triển giá trị văn hoá, ..., đóng góp vào chỉ số phát
    triển con người (HDI) duy trì" -> "chỉ số ...")."""
    cues = _cues().get(("measure", "indicator"), ())
    if not cues:
        return None
    keys = Keys(pre)
    cuts = [0] + [m.end() for m in _COMMA.finditer(pre)]
    for lo in reversed(cuts):
        hits = [m.start() for c in cues for m in [c.search(keys, lo)] if m]
        if hits:
            return min(hits)
    return None


def _dimension(unit: str | None) -> str:
    base = unit_key(unit).split("/")[0]     # ("m²" as "m2")
    for u, dim in _DIMENSIONS:
        if base == u or base.endswith(" " + u):
            return dim
    if _is_money(unit):
        return "kinh phí"
    if unit in _SHARES:
        return "tỷ lệ"
    return f"số {base}" if base else ""


def share_of(counted: str) -> str:
    """What a share after a count measures: "số hộ nghèo" -> "tỷ lệ hộ nghèo"."""
    if counted.startswith("số "):
        return "tỷ lệ " + counted[3:]
    return counted if counted.startswith(("tỷ lệ", "tỷ trọng")) else "tỷ lệ " + counted


_OPENS_ASIDE = re.compile(r"[^();.:]{0,80}\([ ]*(?:bằng|chiếm|đạt)?[ ]*")


_SPACE_RUN = re.compile(r"\s+")


def indicator_of(doc: Document, f: Figure, others: list[Figure] = (), previous: str | None = None,
                 same_unit: str | None = None) -> str:
    """The noun phrase the figure measures, read from its clause (its first word in lower case
    unless it is an abbreviation or starts a name).

    >>> from nlpolicy.document import from_raw
    >>> from nlpolicy.types import RawDocument
    >>> def ind(line):
    ...     doc = from_raw(RawDocument("t.txt", "KẾ HOẠCH\\nvề việc\\n\\nI. MỤC TIÊU\\n" + line + "\\n", "utf-8"),
    ...                    require_policy=False)
    ...     from nlpolicy.extract.pipeline import body_bounds
    ...     from nlpolicy.extract.timegrammar import find_times
    ...     fs = figures(doc, body_bounds(doc), find_times(doc.text))
    ...     return [indicator_of(doc, x, fs) for x in fs]
    >>> ind("- Đến năm 2030, tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm.")
    ['tốc độ tăng trưởng kinh tế']
    >>> ind("Phấn đấu xây dựng mới 12 chợ nông thôn và cải tạo 20 chợ.")
    ['số chợ nông thôn xây dựng mới', 'số chợ cải tạo']
    >>> ind("Tỷ trọng công nghiệp chiếm 35% GRDP; 60% trường học đạt chuẩn quốc gia.")
    ['tỷ trọng công nghiệp trong GRDP', 'tỷ lệ trường học đạt chuẩn quốc gia']
    >>> ind("- Số mã số vùng trồng còn hiệu lực: năm 2026 ít nhất 520 mã; năm 2027 ít nhất 600 mã.")
    ['số mã số vùng trồng còn hiệu lực', 'số mã số vùng trồng còn hiệu lực']
    >>> ind("- Nước sạch: Tỷ lệ hộ dùng nước sạch: 92% (năm 2025 là 88%).")
    ['tỷ lệ hộ dùng nước sạch', 'tỷ lệ hộ dùng nước sạch']
    """
    cs = f.clause[0]
    # (an age qualifies the noun it follows, "Tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn đạt 44%": no figure of
    # its own that the words after it would belong to)
    prev = [o.end for o in others if cs <= o.end <= f.start and o is not f and o.unit != "tuổi"]
    lo = max(prev) if prev else cs
    if (previous and f.unit in _SHARES and prev and _OPENS_ASIDE.fullmatch(doc.text, lo, f.start)
            and not any(o.end == lo and o.unit in _SHARES for o in others)):
        return share_of(previous)      # "có 513 hộ nghèo (16,35%)": the share of what the count before it counts
    pre = doc.text[lo:f.start]
    if prev:
        # "... 1.000 ha cao su được khai thác, sản lượng khai thác đạt 500 tấn": after the first break
        m = re.search(r"[,;(]|(?<![\w])(?:và|với)(?![\w])", pre)
        pre = pre[m.end():] if m else ""
    if ": " in pre and not pre.rsplit(": ", 1)[1].strip():
        pre = pre.rsplit(": ", 1)[0]          # "Tỷ lệ huy động vào ngân sách: 10 - 10,5%"
        pre = re.split(r"[,;(]", pre)[-1]     # "... (bao gồm cả cấp mới), trong đó, thăm dò: 03 giấy phép"
    elif ": " in pre:
        pre = pre.rsplit(": ", 1)[1]
    only_when = _ONLY_WHEN.fullmatch(pre)
    if only_when and _names_its_own(doc, f):
        # a step that names only its time, and the words after the figure say what it counts ("năm 2026 xảy ra 12 vụ
        # cháy", "Nhân lực: đến hết năm 2026, 83/96 trạm y tế có bác sĩ")
        pre = ""
    elif only_when and same_unit and not _np_after(doc, f):
        # "năm 2026 có 152/432 hợp tác xã có sản phẩm trên sàn ...; đến ngày 30/4/2027 là 162 hợp tác xã": the
        # sentence goes on counting what it counted in the same unit
        return same_unit
    elif only_when:
        # "- Cấp mới mã số vùng trồng: năm 2026 ít nhất 120 mã; năm 2027 ít nhất 150 mã": each step of a yearly
        # line names its time only; the line's label before the colon is what they measure
        # (the nearest label: "- Hạ tầng băng rộng: Tỷ lệ hộ dùng cáp quang: 83,4% (tháng 3/2025 là 83,3%)")
        line = doc.text.rfind("\n", 0, f.start) + 1
        colon = doc.text.rfind(": ", line, f.start)
        if colon > line:
            before = doc.text.rfind(": ", line, colon)
            label = _BULLET_LEAD.sub("", doc.text[before + 2 if before >= 0 else line:colon])
            words = re.sub(r"[,;]", " ", label.casefold()).split()
            if not any(_ACTS.search(" ".join(words[:k])) for k in (1, 2, 3)):
                pre = label     # (a label that is work to do, "Di dời, bố trí ổn định hộ dân", counts what it does)
    pre = _SPACE_RUN.sub(" ", pre).strip()
    if (previous and f.unit in _SHARES and doc.key.startswith("chiếm", f.start)
            and re.fullmatch(r"[ ,]*(?:chiếm(?:[ ]+tỷ lệ|[ ]+tỷ trọng)?)?", pre.casefold())):
        post = _np_after(doc, f)       # "có 98 xã đạt chuẩn, chiếm 50,5% tổng số xã": a share of the whole
        if post:
            return f"{previous} trong {post}"
    return _lower_first(_indicator(doc, f, pre, bool(prev)))


# what stands before a figure that says only when ("năm 2026 đạt", "; năm 2027 ít nhất", "đến năm 2028 là")
# ("5 tháng đầu năm 2027 xảy ra 02 vụ", "đến ngày 31/5/2027 là ...": a report's step names its span or its day)
# ("cuối năm 2026 còn dưới 16%", "đến hết năm 2027 không dưới 52 thôn": a step by the year's end, a ceiling or a floor)
_ONLY_WHEN = re.compile(r"[ ,;]*(?:(?:đến|trong|tới|vào|tính[ ]đến)(?:[ ]+hết)?[ ]+)?(?:(?:\d{1,2}[ ]+)?tháng[ ]+(?:đầu|cuối)[ ]+năm[ ]+\d{4}"
                        r"|ngày[ ]+\d{1,2}/\d{1,2}/\d{4}|(?:(?:cuối|hết)[ ]+)?(?:năm|quý|tháng)[ ]+[\dIVX/]+(?:[ ]*[-–][ ]*[\dIVX/]+)?)"
                        r"[ ,:]*(?:(?:phấn[ ]đấu|đạt|ít[ ]nhất|tối[ ]thiểu|trên|khoảng|là|có|xảy[ ]ra|ghi[ ]nhận|còn|dưới"
                        r"|không[ ](?:dưới|quá|vượt[ ]quá)|tối[ ]đa|giảm[ ](?:xuống|còn))[ ]*)*",
                        re.IGNORECASE)
_BULLET_LEAD = re.compile(r"^[\s\-–+•*]*(?:[a-zđ]\)[ ]*|\d+(?:\.\d+)*\.?[ ]+)?")


def _names_its_own(doc: Document, f: Figure) -> bool:
    """Whether a noun phrase after the figure says what it counts ("100% xã, phường có cáp quang"), other than the
    whole a share is of ("52,7% tổng lượng thu gom")."""
    post = _np_after(doc, f)
    return bool(post) and not _NOT_ITS_OWN.match(post)


# after a figure, what does not name the counted thing: the whole or the plan it is a share of, or a verb
_NOT_ITS_OWN = re.compile(r"[A-Z]{2,}|(?:tổng|kế hoạch|dự toán|chỉ tiêu|mục tiêu|cùng kỳ|so với|đạt|xảy|được|vượt|chưa|bằng"
                          r"|tăng|giảm|chiếm|trên|dưới)(?!\w)")


# the words a figure's label opens with: its first word's first letter and rest, and the next word's first letter
_FIRST_WORDS = re.compile(r"([^\W\d_])([^\W\d_]*)(?:[ ]+([^\W\d_]))?")
# a label that only says a figure counts ("Tổng số", "Số lượng"): the counted thing comes after it
_BARE_COUNT = re.compile(r"(?:tổng số|số lượng|tổng|số|có|tổng cộng)")


def _lower_first(s: str) -> str:
    """"Tỷ lệ hộ nghèo" -> "tỷ lệ hộ nghèo"; "GDP bình quân", "Hà Nội có" stay."""
    m = _FIRST_WORDS.match(s)
    if not m or not m.group(1).isupper() or (m.group(2) and not m.group(2).islower()) \
            or (m.group(3) and m.group(3).isupper()):
        return s
    return s[0].lower() + s[1:]


def _indicator(doc: Document, f: Figure, pre: str, after_other: bool) -> str:
    prev = after_other
    for _ in range(6):
        m = _LEAD_WORDS.match(pre.casefold())
        if not m or not m.group():
            break
        pre = pre[m.end():]
    for _ in range(8):
        m = _TAIL_WORDS.search(pre.casefold())
        if not m or not m.group():
            break
        pre = pre[:m.start()]
    pre = pre.strip(" ,:;-–(")
    head = _measure_head(pre)
    if head is not None and head > 0:
        pre = pre[head:]        # "Phấn đấu bố trí tỷ lệ cán bộ ..." -> "tỷ lệ cán bộ ..."
    post = _np_after(doc, f)
    if f.unit == "hạng":
        # "nhóm 3 nước dẫn đầu Đông Nam Á, nhóm 50 nước đứng đầu thế giới về năng lực cạnh tranh số":
        # the ranking is what follows "về" in the clause, the field of comparison what follows the unit
        tail = doc.text[f.end:f.clause[1]]
        m = re.search(r"(?<![\w])về[ ]+([^;.,(]+)", tail)
        if m is None and pre and not re.search(r"(?:thuộc|nằm trong|vào|trong|là)$", pre.casefold()):
            return pre          # "Chỉ số PCI xếp thứ 8": the ranked thing stands before
        about = " ".join(m.group(1).split()[:12]) if m else ""
        field = re.match(r"(?:dẫn đầu|đứng đầu|hàng đầu|cao nhất)(?:(?![ ]về[ ])[^,;.(])*", post)
        where = f" ({field.group().strip()})" if field else ""
        return f"xếp hạng {about}{where}".strip() if about else f"thứ hạng{where}"
    act = _ACTS.search(pre.casefold())
    if f.unit in _SHARES and act and act.start(1) == 0 and post:
        return f"tỷ lệ {post} {pre.lower()}".strip()    # "hoàn thành 80% diện tích lập bản đồ"
    if f.unit in _SHARES and (not pre or re.search(r"(?:^|[ ])(?:chiếm|chiếm tỷ trọng|tỷ trọng)$", pre.casefold())):
        pre = re.sub(r"(?:^|[ ])chiếm$", "", pre).strip()
        if post:
            if not pre and any(c.match(Keys(post)) for c in _cues().get(("measure", "indicator"), ())):
                return post         # "đạt 100% tỷ lệ thu hồi": the whole names its measure
            return f"{pre} trong {post}".strip() if pre else f"tỷ lệ {post}"
    if f.unit in _SHARES and pre and post and re.match(r"[A-Z]{2,}|tổng|ngân sách|giá trị|dân số", post):
        return f"{pre} trong {post}"
    if act and f.unit not in _SHARES:
        head = pre[:act.start(1)].strip(" ,")
        verb = pre[act.start(1):act.end(1)].lower()
        dim = _dimension(f.unit)
        thing = post if dim.startswith("số ") else post
        phrase = f"{dim} {thing} {verb}".strip() if dim.startswith("số ") else f"{dim} {verb} {thing}".strip()
        phrase = re.sub(r"\s+", " ", phrase)
        return f"{head} {phrase}".strip() if head and len(head.split()) <= 4 and not prev else phrase
    if not pre or _BARE_COUNT.fullmatch(pre.casefold()):
        dim = _dimension(f.unit)
        return f"{dim} {post}".strip() if post else dim
    words = pre.split()
    return " ".join(words[-24:] if head is not None else words[-16:])

"""Deadlines: forward-looking time bounds on the document's own obligations (DOMAIN.md 4 and 4b).

:func:`nlpolicy.extract.timegrammar.find_times` finds and values every time expression; this
module decides which of them bound an obligation, in three steps:

1. **candidates** (:func:`deadline_candidates`): every time expression, and every time cell of a
   table (:func:`nlpolicy.tables.find_tables`: a "Thời gian" / "Thời hạn" column holding "2027"),
   with its context: the clause around it, the zone of its section
   (:func:`nlpolicy.zones.zone_at`), the document's citations, date and title;
2. **one rule**, :func:`deadline_rule` (registered for the question "deadline"), weighs what the
   context says (:data:`_WEIGHTS`; the words it reads are data, ``resources/deadline_cues.tsv``)
   and answers ``Decision("deadline" | None, score, why, cue)``;
3. **assembly** (:func:`extract_deadlines`): the contract's value and relation ("6 tháng cuối năm
   2027" is ``2027``, during; "từ ngày 01/01/2027" is the day the obligation takes effect, ``by``).

What weighs against a time: it is inside a citation ("Chỉ thị số 11-CT/TU ngày 04/01/2026") or
the title of another document ("Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"); it
lies before the document's date (a past period, a base year, a report's data cut-off "tính đến
ngày ...", a past event "đến ngày ..., đã phê duyệt"); it is the document's own date, adoption or
entry into force ("Nghị quyết này có hiệu lực từ ngày ..."); it labels a term ("nhiệm kỳ 2026 -
2031"), a school year or the validity of a standard or of an entitlement; it belongs to a commitment quoted as
background (net zero by 2050); "hằng năm" qualifies a noun ("dự toán ngân sách hằng năm").  What
weighs for it: relation words ("đến", "trước", "trong", "giai đoạn"), a schedule ("Phân kỳ thực
hiện: a) Năm 2027: ..."), a bare year that opens an item or is followed by the work done in it
("năm 2027 trồng mới 1.200 ha"), the goals of a year ("các mục tiêu ... năm 2027"), a time column
of a table, and the document's own horizon (a time its own title names, "Chương trình giám sát
năm 2027 của HĐND tỉnh").  A zone only nudges the score.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from nlpolicy.decide import Decision, decide_all, rule
from nlpolicy.extract.timegrammar import TimeExpr, find_times
from nlpolicy.lexicon import read_tsv
from nlpolicy.matching import Cue
from nlpolicy.textfold import fold
from nlpolicy.types import Body, Deadline, Document
from nlpolicy.zones import Zone, zone_at, zones_of

__all__ = ["DeadlineCandidate", "Reference", "THRESHOLD", "contract_value", "deadline_candidates",
           "deadline_rule", "extract_deadlines", "reference_date", "reference_year"]

THRESHOLD = 0.5

# How much each piece of evidence moves the score: a prior from the relation, then these.
_WEIGHTS = {
    # priors
    "relation words": 0.70,      # 'đến năm 2030', 'trước ngày 01/7/2027', 'trong quý II/2027'
    "every": 0.70,               # 'hằng năm', 'định kỳ 6 tháng'
    "rare rhythm": 0.35,         # 'hằng tuần', 'hằng ngày': seldom a bound
    "an hour each day": 0.30,    # ... unless an hour of each day bounds it: 'trước 15 giờ hằng ngày'
    "no words": 0.60,            # a period '2026 - 2030' without 'giai đoạn', a month or quarter alone
    "from": 0.55,                # 'từ ngày 01/01/2027': when the obligation takes effect
    "bare": 0.20,                # 'năm 2027' with no relation
    # against
    "no value in the contract": -0.90,
    "in a citation": -0.80,
    "title of a cited document": -0.60,
    "title of another document": -0.55,
    "lower-case document name": -0.30,
    "a title's horizon": -0.50,
    "legal basis": -0.70,
    "preamble": -0.10,
    "before the document's date": -0.70,
    "a period mostly past": -0.45,
    "a year ending with the document": -0.35,
    "the document's own date": -0.80,
    "entry into force": -0.60,
    "a term": -0.70,
    "a school year": -0.60,
    "validity of a standard or an entitlement": -0.45,
    "data cut-off": -0.50,
    "past event": -0.50,
    "assessed period": -0.40,
    "base year": -0.50,
    "background commitment": -0.60,
    "a forecast": -0.60,
    "a rate": -0.50,
    "qualifies a noun": -0.50,
    # for
    "own horizon": 0.45,
    "time column of a table": 0.50,
    "start of a window": -1.00,  # a time cell 'Từ ngày 10/01/2027 đến ngày 05/02/2027': the end is the bound
    "goal of the year": 0.35,
    "work done in the year": 0.35,
    "opens a schedule item": 0.45,
    "schedule": 0.35,
    "a plan made every year": 0.20,
}
# a zone nudges, never decides
_ZONE_WEIGHTS = {"task": 0.05, "organisation": 0.05, "proposal": 0.05, "objective": 0.05,
                 "situation": -0.10, "effect": -0.15, "general": -0.10,
                 "norms": -0.10, "template": -0.40}

_NEAR = 30          # characters of 'near_before' / 'near_after'
_CLAUSE_BACK = 220  # how far back a clause may reach
_CLAUSE_AHEAD = 160


# ---------------------------------------------------------------- cues (data)

@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], tuple[tuple[Cue, bool], ...]]:
    """(label, position) -> the cues of ``resources/deadline_cues.tsv``, each with whether it is
    anchored at the start of its window (a pattern starting with '^')."""
    out: dict[tuple[str, str], list[tuple[Cue, bool]]] = {}
    for row in read_tsv("deadline_cues.tsv"):
        pattern, label, position = row[:3]
        anchored = pattern.startswith("^")
        out.setdefault((label, position), []).append((Cue(pattern[1:] if anchored else pattern), anchored))
    return {k: tuple(v) for k, v in out.items()}


def _find(doc: Document, label: str, position: str, lo: int, hi: int) -> re.Match | None:
    """The cue of ``label`` nearest to the end of [lo, hi) (or at ``lo`` for an anchored one)."""
    found = None
    for cue, anchored in _cues().get((label, position), ()):
        if anchored:
            m = cue.match(doc, lo, hi)
        else:
            m = None
            for m in cue.finditer(doc, lo, hi):
                pass      # the last match is the nearest one before the time
        if m is not None and (found is None or m.start() > found.start()):
            found = m
    return found


# ---------------------------------------------------------------- the document's date

@dataclass(frozen=True)
class Reference:
    """When the document speaks: ``day`` is its date when ``exact``, else the latest date it must
    be after (a date line without its day, the latest document it cites, four years before its
    title's horizon); ``why`` says which."""
    day: date | None
    exact: bool
    why: str


# '<Place>, ngày 15 tháng 3 năm 2027' at a line start, day or month possibly left blank
# ('số 60-nq/tw hà nội, ngày ...' when the number and the place share a line), never a line of the preamble
_DATE_LINE = re.compile(r"(?m)^(?![ \t]*(?:căn cứ|xét|theo|thực hiện|sau khi))[^\n,;]{0,40},[^\S\n]*ngày[ ._…]*(\d{0,2})"
                        r"[ ._…]*tháng[ ._…]*(\d{0,2})[ ._…]*năm[ ]*((?:19|20)\d{2})")
_ADOPTED = re.compile(r"thông qua ngày[ ]*(\d{1,2})[ ]*(?:tháng[ ]*|/)(\d{1,2})[ ]*(?:năm[ ]*|/)((?:19|20)\d{2})")
_TITLE_HORIZON = re.compile(r"đến năm ((?:19|20)\d{2})")


def _day(y: int, m: int = 1, d: int = 1) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _parse_day(iso: str) -> date | None:
    parts = iso.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    return _day(*map(int, parts))


def reference_date(doc: Document) -> Reference:
    """The document's date, or the latest date it must be after.

    The header's date; a council resolution's adoption ("thông qua ngày ...", DOMAIN.md 4b); its
    date line; else a lower bound: its date line with the day or month left blank ("ngày   tháng
    6 năm 2026"), the latest date of a document it cites or of its preamble (a resolution is
    adopted after the report it considers), and, for an undated resolution "... đến năm 2020",
    four years before that horizon.
    """
    h = doc.header
    if h and h.date and (d := _parse_day(h.date)):
        return Reference(d, True, "the header's date")
    key = doc.key
    m = _ADOPTED.search(key, max(0, len(key) - 3000))
    if m and (d := _day(int(m.group(3)), int(m.group(2)), int(m.group(1)))):
        return Reference(d, True, "adopted on that day")
    bounds: list[tuple[date, str]] = []
    head_end = doc.sections[0].start if doc.sections else min(len(key), 1500)
    m = _DATE_LINE.search(key, 0, max(head_end, 200))
    if m:
        y, mo, dd = int(m.group(3)), int(m.group(2) or 1), int(m.group(1) or 1)
        got = _day(y, mo, dd) or _day(y)
        if got and m.group(1) and m.group(2):
            return Reference(got, True, "the date line")
        if got:
            bounds.append((got, "the date line"))
    cited = [c.date for c in doc.citations if c.date]
    # the bare dates of the preamble: what it rests on ("Căn cứ Luật ... ngày 19 tháng 6 năm 2025")
    cited += [t.value for t in find_times(doc.text[:head_end]) if t.kind == "date" and t.relation is None]
    days = [d for d in (_parse_day(x) for x in cited) if d]
    if days:
        bounds.append((max(days), "the latest cited document"))
    if not bounds:
        # the title, or where it stands when the header was lost (the first lines)
        title = _own_title(doc) or key[:min(head_end, 600)]
        ys = [int(y) for y in _TITLE_HORIZON.findall(title.lower())]
        if ys:
            bounds.append((date(min(ys) - 4, 1, 1), "four years before the title's horizon"))
    if not bounds:
        return Reference(None, False, "no date")
    day, why = max(bounds)
    return Reference(day, False, why)


# a title's first line in the head of the text, for a header that lost it: 'về việc ...', 'v/v ...'
_TITLE_LINE = re.compile(r"(?m)^[ \t*]*(?:về|v/v)\b[^\n]*(?:\n(?![ \t]*(?:hội đồng|ủy ban|uỷ ban|căn cứ|xét|thực hiện|"
                         r"ban chấp hành|bộ chính trị|chính phủ|thủ tướng)\b)[^\n]+){0,3}")


def _own_title(doc: Document) -> str:
    """The document's title as its header gives it, cut at its first sentence (a header parsed from
    a damaged text can run on into the preamble); when the header kept only a stub of it ("về"),
    the title lines at the head of the text."""
    h = doc.header
    title = (h.title or "") if h else ""
    if len(title.strip()) < 15:
        head_end = doc.sections[0].start if doc.sections else min(len(doc.key), 1500)
        m = _TITLE_LINE.search(doc.key, 0, min(head_end, 1500))
        return doc.text[m.start():m.end()] if m else title
    title = title[:300]
    m = re.search(r"\n|[.;](?:[ ]|$)", title)
    return title[:m.start()] if m and m.start() > 20 else title


def reference_year(doc: Document) -> int | None:
    """The year the document speaks from: its date, the year on its date line, or, for an
    undated resolution "... đến năm 2020", four years before that horizon (a five-year term).
    (Kept as it was for its callers; :func:`reference_date` is finer.)"""
    h = doc.header
    if h and h.date:
        return int(h.date[:4])
    head = doc.text[:min(len(doc.text), (doc.sections[0].start if doc.sections else 1500))]
    m = re.search(r"ngày[ ]*\d{0,2}[ ]*tháng[ ]*\d{0,2}[ ]*năm[ ]*((?:19|20)\d{2})", head)
    if m:
        return int(m.group(1))
    if h and h.title:
        ys = [int(y) for y in re.findall(r"đến năm ((?:19|20)\d{2})", h.title)]
        if ys:
            return min(ys) - 4
    return None


# a report's data cut-off, stated as it opens: "(số liệu tính đến ngày 30/4/2027)", "Số liệu báo cáo tính đến hết ngày
# 15/6/2027", "số liệu từ ngày 01/01/2027 đến ngày 30/4/2027"
# (over the document's key: lower case, desegmented, so a word-segmented copy's "số_liệu" reads too)
_CUT_OFF = re.compile(r"số[ ]liệu(?:[ ](?:báo[ ]cáo|tổng[ ]hợp|thống[ ]kê|cập[ ]nhật|được|tính)){0,3}[ ]"
                      r"(?:từ[ ]ngày[ ][\d/]+[ ])?đến[ ](?:hết[ ])?ngày[ ](\d{1,2})/(\d{1,2})/(\d{4})")
# ... and, before its first part, the results summed up to a day or a month without the word "số liệu": "Sở Tài chính
# tổng hợp kết quả thực hiện Chương trình tính đến ngày 30/11/2028 như sau", a title's "(từ tháng 9/2027 đến tháng
# 11/2028)" (to the month's last day)
_OPENING_CUT_OFF = re.compile(r"tính[ ]đến[ ](?:hết[ ])?ngày[ ](\d{1,2})/(\d{1,2})/(\d{4})"
                              r"|(?:tính[ ])?đến[ ](?:hết[ ])?tháng[ ](\d{1,2})/(\d{4})\)")


def data_cut_off(doc: Document) -> str | None:
    """The day a report's figures stand on (ISO), when it says so, in its opening or over its table of results
    ("8. Kết quả thực hiện các chỉ tiêu\n(Số liệu tính đến ngày 30/4/2027)"); a report written on 14/5 on figures to
    30/4 speaks of 30/4.  Of several such days, the latest: the report speaks of none before it.

    >>> from nlpolicy.document import from_raw
    >>> from nlpolicy.types import RawDocument
    >>> text = "BÁO CÁO\\nKết quả thực hiện Kế hoạch\\nSở Nội vụ báo cáo kết quả (số liệu tính đến ngày 30/4/2027) như sau:\\n"
    >>> data_cut_off(from_raw(RawDocument("bc.txt", text, "utf-8"), require_policy=False))
    '2027-04-30'
    >>> data_cut_off(from_raw(RawDocument("bc.txt", text.replace("số liệu", "Số_liệu"), "utf-8"), require_policy=False))
    '2027-04-30'
    >>> text = "BÁO CÁO\\nKết quả thực hiện Kế hoạch số 12/KH-UBND (từ tháng 3/2027 đến tháng 2/2028)\\n"
    >>> data_cut_off(from_raw(RawDocument("bc.txt", text, "utf-8"), require_policy=False))
    '2028-02-29'
    """
    days = []
    opening = doc.sections[0].start if doc.sections else min(len(doc.key), 3000)
    found = [m.groups() for m in _CUT_OFF.finditer(doc.key)]
    for m in _OPENING_CUT_OFF.finditer(doc.key, 0, opening):
        d, mo, y, month, year = m.groups()
        found.append((d, mo, y) if d else (None, month, year))
    for d, mo, y in found:
        mo, y = int(mo), int(y)
        if 1 <= mo <= 12 and 1900 <= y <= 2100:
            d = int(d) if d else calendar.monthrange(y, mo)[1]
            if 1 <= d <= 31:
                days.append(f"{y:04d}-{mo:02d}-{d:02d}")
    return max(days, default=None)


# ---------------------------------------------------------------- values

def contract_value(t: TimeExpr) -> str | None:
    """The contract's value of a time: a half year is valued as its year (DOMAIN.md 4b), a span of
    months as its last month (the work is done by then); a half without its year has none.

    >>> [contract_value(find_times(s)[0]) for s in ("6 tháng cuối năm 2027", "Quý II/2027", "Tháng 10 - 11/2026",
    ...                                             "từ tháng 10 đến tháng 12/2026")]
    ['2027', '2027-Q2', '2026-11', '2026-10/2026-12']
    """
    if t.kind == "half":
        return str(t.years[0]) if t.years else None
    if _due_by_last_month(t):
        return t.value.split("/")[-1]
    return t.value


def _due_by_last_month(t: TimeExpr) -> bool:
    """Whether ``t`` is a span of months written as one ("tháng 10 - 11/2026"), which is due by its last month;
    not "2026-Q3/2027-Q2", nor a span from one day or month to another ("từ ngày 06/4 đến ngày 17/4/2026"),
    which is lived through."""
    return t.kind == "period" and "-" in t.value and "-Q" not in t.value and not _from_to(t)


_DAYS_OR_MONTHS = re.compile(r"\d{4}-\d{2}(?:-\d{2})?/\d{4}-\d{2}(?:-\d{2})?")


def _from_to(t: TimeExpr) -> bool:
    """Whether ``t`` is a span from one day or month to another ("từ ngày 06/4 đến ngày 17/4/2026")."""
    return t.kind == "period" and bool(_DAYS_OR_MONTHS.fullmatch(t.value)) and fold(t.words).lower().startswith("tu")


_BLANK_DATE = re.compile(r"ngày[ ._…]+tháng")
_HOUR = r"\d{1,2}[ ]*giờ(?:[ ]*\d{1,2}(?:[ ]*phút)?)?"     # "8 giờ", "15 giờ 30", "8 giờ 30 phút"
# an hour before "hằng ngày": "báo cáo trước 8 giờ hằng ngày", "trước 15 giờ 30 hằng ngày"
_HOUR_EACH_DAY = re.compile(rf"(?:trước|chậm nhất|không muộn hơn)[ ]+{_HOUR}[ ]+(?:hằng|hàng|mỗi)[ ]+ngày")
# an hour of the day before its date: "17 giờ ngày 23/7", "8 giờ 30 phút ngày 24/7"
_CLOCK_BEFORE = re.compile(rf"{_HOUR}[ ]+ngày(?![\w])")


def _relation(t: TimeExpr) -> str:
    """The contract's relation: a half year is lived through (during); "từ ngày ..." is the day
    an obligation must be in place by; a bare year or period is lived through."""
    if t.kind == "half":
        return "during"
    if _due_by_last_month(t):
        return "before" if t.relation == "before" else "by"     # a span of months ends on its last
    if t.relation == "from":
        return "during" if t.kind == "period" else "by"
    if t.relation is None:
        return "during" if t.kind in ("year", "period") else "by"
    return t.relation


def _end(t: TimeExpr) -> date | None:
    """The last day a time allows (None for a rhythm).

    >>> _end(find_times("Quý II/2027")[0]), _end(find_times("giai đoạn 2026 - 2030")[0])
    (datetime.date(2027, 6, 30), datetime.date(2030, 12, 31))
    """
    if t.kind == "recurring" or not t.years:
        return None
    v = t.value.split("/")[-1]
    if t.kind == "date" or len(v) == 10:
        return _parse_day(v)        # (a day, or the last day of a span of days)
    y = int(v[:4])
    if t.kind == "quarter" or (t.kind == "period" and "-Q" in v):
        q = int(v[-1])
        return date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if t.kind == "half":
        return date(y, 6, 30) if v.endswith("H1") else date(y, 12, 31)
    if t.kind in ("month", "period") and len(v) == 7:
        mo = int(v[5:7])
        return date(y, mo, calendar.monthrange(y, mo)[1])
    return date(max(t.years), 12, 31)


# ---------------------------------------------------------------- context

# a clause ends at ; ! ? a table cell's pipe, a full stop that is no decimal point ('3.000 ha'), a line end
_CLAUSE_END = re.compile(r"[;!?|]|\.(?!\d)|\n")
# what opens an item at a line start: a bullet followed by text (a lone '-' is a word broken by wrapping:
# 'kinh tế' / '-' / 'xã hội'), a number or letter label
_ITEM_START = re.compile(r"[ \t]*(?:[-+•*–—][ \t]*(?=[^\s\-])|\(?\d{1,3}[.)\-–/]|\(?[a-zđ][)\-–.][ ]|\(?[ivxlIVXL]{1,5}[.)\-–]|$)")


@dataclass
class _DocContext:
    """What every candidate of one document shares, computed once."""
    doc: Document
    body: Body
    ref: Reference
    own_values: frozenset[str]
    preamble_end: int
    citations: tuple[tuple[int, int], ...]
    times: list[TimeExpr]
    zones: dict[str, Zone] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)     # of ``times``, for bisect

    def line_break(self, i: int) -> bool:
        """Is the newline at ``i`` the end of a line (a new item or paragraph follows), not a wrap?"""
        text = self.doc.text
        before = text[max(0, i - 80):i].rstrip(" \t")
        if not before or before[-1] in ".:;!?\n)" or text.startswith("\n", i + 1):
            return True
        nxt = text[i + 1:i + 12]
        if _ITEM_START.match(nxt):
            return True
        first = nxt.lstrip(" \t")[:1]
        return bool(first) and first.isupper() and not self.doc.lowercase


_LINE_BACK = 400    # a line start farther back than this is no help (a text without line breaks)


def _line_start(ctx: _DocContext, pos: int) -> int:
    """Start of the logical line holding ``pos`` (wrapped lines joined), or -1 when it lies more
    than _LINE_BACK characters back: the line cues then stay silent, and the work stays linear."""
    text = ctx.doc.text
    floor = pos - _LINE_BACK
    i = pos
    while True:
        j = text.rfind("\n", max(0, floor - 1), i)
        if j < 0:
            return 0 if floor <= 0 else -1
        if ctx.line_break(j):
            return j + 1
        i = j


def _clause(ctx: _DocContext, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last clause break before it to the next after it."""
    text = ctx.doc.text
    lo = max(0, start - _CLAUSE_BACK)
    cut = lo
    for m in _CLAUSE_END.finditer(text, lo, start):
        if m.group() != "\n" or ctx.line_break(m.start()):
            cut = m.end()
    hi = min(len(text), end + _CLAUSE_AHEAD)
    stop = hi
    for m in _CLAUSE_END.finditer(text, end, hi):
        if m.group() != "\n" or ctx.line_break(m.start()):
            stop = m.start()
            break
    return cut, stop


@dataclass(frozen=True)
class DeadlineCandidate:
    """A time expression and what surrounds it; the rule reads the words around it with :meth:`cue`."""
    time: TimeExpr
    clause: tuple[int, int]
    line_start: int
    section: str | None
    zone: Zone
    in_body: bool
    table_time: bool
    ctx: _DocContext = field(repr=False, compare=False)
    opens_window: bool = False       # 'từ ...' right before the 'đến ...' that closes its window

    def cue(self, label: str, position: str) -> re.Match | None:
        """The cue of ``label`` (``resources/deadline_cues.tsv``) found at ``position``, or None."""
        lo, hi = self._window(position)
        return _find(self.ctx.doc, label, position, lo, hi) if lo < hi else None

    def _window(self, position: str) -> tuple[int, int]:
        t, (lo, hi) = self.time, self.clause
        if position == "before":
            return lo, t.start
        if position == "near_before":
            return max(lo, t.start - _NEAR), t.start
        if position == "after":
            return t.end, hi
        if position == "near_after":
            return t.end, min(hi, t.end + _NEAR)
        if position == "line":
            return (self.line_start, t.start) if self.line_start >= 0 else (t.start, t.start)
        if position == "clause":
            return lo, hi
        if position == "own":
            return t.start, t.end
        raise ValueError(f"unknown cue position {position!r}")

    @property
    def text(self) -> str:
        return self.ctx.doc.text


# a time cell the grammar leaves alone: '2027', 'Năm 2027', '2026 - 2027', '2027 và những năm tiếp theo'
_CELL_YEAR = re.compile(r"[ ]*(?:năm[ ]+)?(?P<y1>(?:19|20)\d\d)(?:[ ]*[-–][ ]*(?P<y2>(?:19|20)\d\d))?(?!\d)", re.I)


def _table_times(doc: Document, times: list[TimeExpr]) -> tuple[list[TimeExpr], set[int]]:
    """The time cells of the document's tables: new expressions for the cells the grammar leaves
    alone, and the starts of every expression inside a time cell."""
    from nlpolicy.tables import ColumnRole, find_tables

    extra: list[TimeExpr] = []
    inside: set[int] = set()
    starts = [t.start for t in times]
    for table in find_tables(doc.text):
        if ColumnRole.TIME not in table.roles:
            continue
        for row in table.rows:
            for cell in row.cells:
                if cell.role is not ColumnRole.TIME:
                    continue
                own = starts[bisect.bisect_left(starts, cell.start):bisect.bisect_left(starts, cell.end)]
                if own:
                    inside.update(own)
                    continue
                m = _CELL_YEAR.match(cell.text)
                if m is None:
                    continue
                y1, y2 = int(m.group("y1")), int(m.group("y2") or 0)
                s = cell.start + m.start("y1")
                if y2 > y1:
                    e = cell.start + m.end()
                    t = TimeExpr(s, e, doc.text[s:e], f"{y1}/{y2}", "during", "period", (y1, y2))
                else:
                    e = cell.start + m.end("y1")
                    t = TimeExpr(s, e, doc.text[s:e], str(y1), "by", "year", (y1,))
                extra.append(t)
                inside.add(s)
    return extra, inside


def _own_values(doc: Document, ref: Reference) -> frozenset[str]:
    """The times the document's own title names that are not past, not a term and not in the title
    of a document it cites: its own horizon ("... đến năm 2030", "Chương trình giám sát năm 2027")."""
    title = _own_title(doc)
    found = find_times(title)
    out = set()
    for t in found:
        if any(x.kind == "date" and x.end <= t.start for x in found):
            continue        # "Triển khai Chỉ thị số 11-CT/TU ngày 04/01/2026 ... về ...": a cited title
        if re.search(r"(?:nhiệm kỳ|khóa|khoá|năm học)[ ,]*$", title[:t.start].lower()):
            continue
        value, end = contract_value(t), _end(t)
        if value is None or t.relation == "every" or t.kind == "date" or (end and ref.day and end < ref.day):
            continue
        if ref.day and t.kind == "period" and ref.day.year - t.years[0] > t.years[-1] - ref.day.year:
            continue        # mostly past
        out.add(value)
    return frozenset(out)


def _context(doc: Document, body: Body, times: list[TimeExpr]) -> _DocContext:
    ref = reference_date(doc)
    # the preamble runs to the first numbered part; a document without any has none to speak of
    first = min((s.start for s in doc.sections), default=body.start)
    return _DocContext(doc=doc, body=body, ref=ref, own_values=_own_values(doc, ref), preamble_end=first,
                       citations=tuple(sorted((c.start, c.end) for c in doc.citations)), times=times,
                       zones={z.section: z for z in zones_of(doc) if z.section is not None},
                       starts=[t.start for t in times])


def _section_and_zone(ctx: _DocContext, pos: int) -> tuple[str | None, Zone]:
    sec = ctx.doc.section_at(pos)
    if sec is None or sec.id not in ctx.zones:
        return (sec.id if sec else None), zone_at(ctx.doc, pos)
    return sec.id, ctx.zones[sec.id]


def _window_end(t: TimeExpr) -> TimeExpr:
    """The end of a span from one day or month to another ("từ ngày 10/01 đến ngày 05/02/2028" -> 2028-02-05, by)."""
    end = t.value.split("/")[-1]
    return TimeExpr(t.start, t.end, t.text, end, "by", "date" if len(end) == 10 else "month", (int(end[:4]),), "đến")


# "năm học" at the head of its clause: a line (after its bullet) or a clause after ";"
_SCHOOL_YEAR_OPENS = re.compile(r"(?:^|\n|;)[ \t\-+•*–]*(?:năm[ _]học|niên[ _]khóa)[ ]*$")


def deadline_candidates(doc: Document, body: Body, times: list[TimeExpr] | None = None) -> list[DeadlineCandidate]:
    """Every time expression of ``doc`` (and every time cell of its tables) with its context."""
    times = list(times if times is not None else find_times(doc.text))
    extra, in_cells = _table_times(doc, times)
    if extra:
        times = sorted(times + extra, key=lambda t: t.start)
    # a window in a timetable's time column is due by its end ("Tiếp nhận hồ sơ | Từ ngày 10/01 đến ngày 05/02/2028"),
    # where prose lives through it ("đợt 1 từ ngày 15/4 đến ngày 30/4/2027")
    times = [_window_end(t) if t.start in in_cells and _from_to(t) else t for t in times]
    ctx = _context(doc, body, times)
    out = []
    for i, t in enumerate(times):
        section, zone = _section_and_zone(ctx, t.start)
        nxt = times[i + 1] if i + 1 < len(times) else None
        opens = (t.relation == "from" and nxt is not None and nxt.relation == "by"
                 and not doc.text[t.end:nxt.start].strip(" ,") and _WINDOW_END.match(nxt.text) is not None)
        out.append(DeadlineCandidate(time=t, clause=_clause(ctx, t.start, t.end), line_start=_line_start(ctx, t.start),
                                     section=section, zone=zone, in_body=t.start in body,
                                     table_time=t.start in in_cells, ctx=ctx, opens_window=opens))
    return out


_WINDOW_END = re.compile(r"(?:đến|tới)\b", re.IGNORECASE)


# ---------------------------------------------------------------- the rule

def _citations_before(c: DeadlineCandidate, pos: int) -> tuple[tuple[int, int], ...]:
    """The citations that start before ``pos`` (sorted by start)."""
    cites = c.ctx.citations
    return cites[:bisect.bisect_right(cites, (pos, float("inf")))]


def _in_citation(c: DeadlineCandidate) -> bool:
    before = _citations_before(c, c.time.start)
    return any(b > c.time.start for _, b in before[-8:])     # citations do not nest deeply


def _action_between(c: DeadlineCandidate, pos: int) -> bool:
    return pos < c.time.start and _find(c.ctx.doc, "action", "before", pos, c.time.start) is not None


def _title_of_cited(c: DeadlineCandidate) -> bool:
    """"Nghị quyết số 28-NQ/TU của Tỉnh ủy (khóa X) ... về phát triển ... đến năm 2010": the time
    closes the title of a document cited earlier in its clause."""
    t, lo = c.time, c.clause[0]
    if not c.cue("title_time", "own"):
        return False
    for _, b in _citations_before(c, t.start)[-8:]:
        if lo <= b <= t.start and t.start - b <= 250:
            about = c.cue("about", "before")
            if about and about.start() >= b and not _action_between(c, b):
                return True
    return False


def _title_head(c: DeadlineCandidate) -> float | None:
    """The weight of a document type opening a name that the time ends ("Quy hoạch tỉnh ... thời
    kỳ 2021 - 2030", "Kế hoạch sử dụng đất năm 2027"), or None.  Not when a verb of doing comes
    between ("Kế hoạch ... được triển khai, hoàn thành trong năm 2027"), nor after a horizon or a
    closing parenthesis that ended the name ("Quy hoạch tỉnh ..., tầm nhìn đến năm 2050, trên địa
    bàn tỉnh đến năm 2030 hình thành 20 cụm")."""
    t, doc = c.time, c.ctx.doc
    if not c.cue("title_time", "own"):
        return None
    heads = []
    for label in ("title", "title_named"):
        m = c.cue(label, "before")
        if m is None:
            continue
        named = label == "title_named"
        if named and not doc.lowercase and not doc.text[m.start()].isupper():
            continue            # 'kế hoạch' in lower case is a plan, 'Kế hoạch ...' a name
        heads.append((m.end(), named and doc.lowercase))
    item = c.cue("title_item", "line")
    if item is not None and not heads:
        heads.append((item.end(), False))
    if not heads:
        return None
    head_end, weak = max(heads)
    if _action_between(c, head_end):
        return None
    between = doc.key[head_end:t.start]
    if re.search(r"(?:tầm nhìn|có xét (?:tới|đến))[^,;]{0,20}\d{4}", between):
        return None             # the name ended at its horizon
    if ")" in between and not c.cue("horizon", "own"):
        return None             # ... or at a closing parenthesis
    return _WEIGHTS["lower-case document name"] if weak else _WEIGHTS["title of another document"]


def _horizon_after_time(c: DeadlineCandidate) -> bool:
    """A horizon right after another time ("đến năm 2025, định hướng đến năm 2030") belongs to a title."""
    t, key = c.time, c.ctx.doc.key
    if not c.cue("horizon", "own"):
        return False
    times = c.ctx.times
    i = bisect.bisect_left(c.ctx.starts, t.start)
    return any(0 <= t.start - o.end <= 4 and re.fullmatch(r"[ ]*(?:,|và)[ ]*", key[o.end:t.start])
               for o in times[max(0, i - 2):i])


def _leads_item(c: DeadlineCandidate) -> bool:
    """The time opens its line or item and a colon or dash follows: "a) Năm 2027: ...", "- Giai
    đoạn 2026 - 2030: ...", "+ Năm 2028 - xây dựng ..."."""
    t, text = c.time, c.text
    if c.line_start < 0:
        return False
    lead = text[c.line_start:t.start]
    if not re.fullmatch(r"[ \t]*(?:[-+•*–]|\(?(?:\d{1,2}|[a-zđ])[.)\-–]|\()?[ \t]*", lead, re.I):
        return False
    return bool(re.match(r"[ \t]*[:\-–]", text[t.end:t.end + 4]))


_YEARLY_LEAD = re.compile(r"(?:theo|từng|mỗi)[ ]+năm|phân kỳ|lộ trình|phân bổ[^:\n]{0,40}năm")


def _in_yearly_list(c: DeadlineCandidate) -> bool:
    """The year opens a clause of a list by year on one line, after a lead that says so: "Phân bổ dự kiến
    theo năm: năm 2027 khoảng 86.000 triệu đồng; năm 2028 khoảng 104.500 triệu đồng; ..."."""
    t, text = c.time, c.text
    if c.line_start < 0 or not c.time.kind == "year":
        return False
    colon = text.rfind(":", c.line_start, t.start)
    if colon < 0:
        return False
    seg = text[colon + 1:t.start]
    if "\n" in seg or seg[seg.rfind(";") + 1:].strip():
        return False        # the year opens the list, or a clause of it after a ";"
    return bool(_YEARLY_LEAD.search(c.ctx.doc.key, c.line_start, colon))


def _nominal(c: DeadlineCandidate) -> bool | None:
    """'hằng năm' qualifying a noun ("Kế hoạch phát triển kinh tế - xã hội hằng năm", "dự toán ngân
    sách hằng năm"), not the rhythm of an action ("Ưu tiên bố trí hằng năm", "Hàng năm, chủ động xây
    dựng ..."); None when a plan is made every year ("xây dựng kế hoạch thanh tra hằng năm")."""
    t, doc = c.time, c.ctx.doc
    if not re.match(r"(?:hang|moi)[ ]", doc.loose[t.start:t.end]):
        return False   # "trước ngày 18 hằng tháng", "định kỳ hằng năm": an obligation's rhythm
    lo = max(c.clause[0], t.start - 80)
    # "Căn cứ các nguồn vốn trên, hàng năm UBND tỉnh ...": right after a comma it opens a phrase of its
    # own; "kế hoạch nghiên cứu, ứng dụng khoa học hằng năm": a comma inside the noun does not cut it
    if lo >= t.start or re.search(r"[,:][ ]*$", doc.key[lo:t.start]):
        return False
    last = _find(doc, "nominal", "before", lo, t.start)
    if last is None:
        return False
    if _find(doc, "rhythm", "before", last.end(), t.start):
        return False   # "kế hoạch vốn được rà soát, cập nhật hằng năm": a verb after the noun
    make = _find(doc, "make", "before", lo, t.start)
    if make is not None and make.end() >= last.end() - 1:
        return None
    return True


def _prior(t: TimeExpr) -> float:
    """What the grammar's relation alone says."""
    if t.relation == "every":
        return _WEIGHTS["rare rhythm" if t.value in ("weekly", "daily") else "every"]
    if t.relation == "from":
        return _WEIGHTS["from"]
    if t.relation is None:
        return _WEIGHTS["bare"]
    return _WEIGHTS["relation words" if t.words else "no words"]


def _score(c: DeadlineCandidate) -> tuple[float, list[str]]:
    """(score, the evidence that moved it)."""
    t, ctx = c.time, c.ctx
    why: list[str] = []
    score = _prior(t)

    def add(name: str, weight: float | None = None) -> None:
        nonlocal score
        score += _WEIGHTS[name] if weight is None else weight
        why.append(name)

    value = contract_value(t)
    own = value is not None and value in ctx.own_values
    if t.value == "daily" and _HOUR_EACH_DAY.search(ctx.doc.key, max(0, t.start - 24), t.end):
        add("an hour each day")       # "báo cáo nhanh ... trước 8 giờ hằng ngày": a report due every day by then
    if value is None:
        add("no value in the contract")
    elif own:
        add("own horizon")
    if c.table_time:
        add("time column of a table")
    if c.opens_window and c.table_time:
        add("start of a window")      # in a timetable's time column the step is due by the window's end

    # where it is
    if _in_citation(c):
        add("in a citation")
    elif _title_of_cited(c):
        add("title of a cited document")
    elif not own and (weight := _title_head(c)) is not None:
        # (a name that carries the document's own horizon is its own programme: "Thông qua Đề án ... 2027 - 2029")
        add("title of another document", weight)
    if _horizon_after_time(c):
        add("a title's horizon")
    if t.start < ctx.preamble_end:
        if c.cue("basis", "line"):
            add("legal basis")
        elif c.section is None:
            add("preamble")
    score += _ZONE_WEIGHTS.get(c.zone.zone, 0.0)

    # when it is, against when the document speaks
    end, ref = _end(t), ctx.ref
    if end and ref.day:
        # (a span of days that ends on the document's day is over: "Hội nghị ... họp từ ngày 10/4 đến ngày 12/4/2025")
        if end < ref.day or (end == ref.day and _from_to(t)):
            add("before the document's date")
        elif t.kind == "period" and len(t.years) == 2 and ref.day.year - t.years[0] > t.years[1] - ref.day.year:
            add("a period mostly past")
        if t.kind in ("year", "period") and not t.words and ref.day <= end < ref.day + timedelta(days=45):
            add("a year ending with the document")

    # what could still speak for it: when even all of it would not lift the score, stop here
    bare = not t.words and t.relation != "every"
    could = _WEIGHTS["schedule"] + (_WEIGHTS["opens a schedule item"] if bare else 0.0)
    if bare and t.kind in ("year", "period"):
        could += _WEIGHTS["goal of the year"] + _WEIGHTS["work done in the year"]
    if score + could < THRESHOLD:
        return max(0.0, score), why

    # the document's own dates
    header_date = ctx.doc.header.date if ctx.doc.header else None
    # 'thông qua ngày 08/12/2026', 'ký ban hành ngày ...'; not '(trình) ký ban hành chậm nhất ngày ...', a due date
    # (an hour of that day something is due by is a due date: "sơ tán ..., hoàn thành trước 17 giờ ngày 23/7/2026"
    # in an urgent dispatch of the 23rd)
    # (not "đến 11 giờ ngày 25/10 vẫn còn 186 tàu", where things stand that hour)
    clocked = t.relation in ("by", "before") and _CLOCK_BEFORE.search(ctx.doc.key, max(0, t.start - 16), t.end) \
        and not re.match(r"(?:tính[ ]+)?(?:đến|tới)\b", t.words.lower())
    if t.kind == "date" and not clocked and (
            t.value == header_date or (ref.exact and t.value == ref.day.isoformat())
            or (c.cue("adopted", "near_before") and t.relation not in ("by", "before"))):
        add("the document's own date")
    elif _BLANK_DATE.search(ctx.doc.key, t.start, t.end):
        add("the document's own date")      # '(từ) ngày    tháng    năm 2027': a date line left blank
    if (t.kind == "date" or (t.kind in ("month", "year") and t.relation == "from")) and c.cue("effect", "before") \
            and (c.cue("own_document", "clause") or c.zone.zone == "effect"):
        add("entry into force")             # '... có hiệu lực từ ngày 01/3/2027', or from a date left blank

    # what it labels
    if not t.words and c.cue("term", "near_before"):
        add("a term")     # 'nhiệm kỳ 2026 - 2031', not 'trình Quốc hội khóa XV trong năm 2027'
    if not t.words and c.cue("school_year", "near_before") \
            and not _SCHOOL_YEAR_OPENS.search(ctx.doc.key, max(0, t.start - 40), t.start):
        # 'học phí năm học 2027 - 2028', not 'tổng kết năm học trong tháng 6/2027'; a school year that opens its
        # clause is the time of the clause's work: '- Năm học 2028 - 2029, mở rộng thí điểm; năm học 2029 - 2030 đánh
        # giá, nhân rộng'
        add("a school year")
    if c.cue("validity", "near_before"):
        add("validity of a standard or an entitlement")     # "chuẩn nghèo áp dụng cho giai đoạn 2026 - 2030", "được hưởng đến hết ngày ..."

    if (t.kind in ("date", "month") and re.match(r"(?:tinh )?(?:den|toi)\b", fold(t.words))
            and c.cue("cutoff", "near_before")):
        add("data cut-off")
    if t.relation != "every" and (c.cue("past_event", "after") or c.cue("past_event", "near_after")
                                  or c.cue("past_event", "near_before")):
        add("past event")
    if not t.words and t.kind in ("year", "period") and c.cue("assessed", "before"):
        add("assessed period")
    if not t.words and t.kind == "year" and c.cue("base", "near_before"):
        add("base year")
    if c.cue("background", "before"):
        add("background commitment")
    if c.cue("forecast", "after"):
        add("a forecast")
    if t.relation == "every":
        if c.cue("rate", "near_before"):
            add("a rate")
        nominal = _nominal(c) if ":" not in t.value else None     # "thu nhập hằng năm trước ngày 31/12": a day due
        if nominal:
            add("qualifies a noun")
        elif nominal is None:
            add("a plan made every year")

    # what makes a bare time a bound
    if bare:
        if t.kind == "year" and c.cue("goal", "before"):
            add("goal of the year")
        if t.kind in ("year", "period") and c.cue("act_after", "near_after"):
            add("work done in the year")
        if _leads_item(c) or _in_yearly_list(c):
            add("opens a schedule item")
    if c.cue("schedule", "line"):
        add("schedule")
    return max(0.0, min(1.0, score)), why


@rule("deadline")
def deadline_rule(c: DeadlineCandidate) -> Decision:
    """Is this time a deadline of the document's own work?  The evidence is weighed (:data:`_WEIGHTS`)
    against :data:`THRESHOLD`; ``why`` names it (the relation alone when nothing else spoke)."""
    if not c.in_body and not c.table_time:
        return Decision(None, 0.9, "outside the body (header, signature, distribution list)")
    score, why = _score(c)
    label = "deadline" if score >= THRESHOLD else None
    reason = ", ".join(why) if why else f"{c.time.relation or 'no relation'} ({c.time.kind})"
    return Decision(label, score if label else 1.0 - score, reason, bool(why))


# ---------------------------------------------------------------- assembly

def extract_deadlines(doc: Document, body: Body, times: list[TimeExpr] | None = None) -> list[Deadline]:
    """The deadlines of ``doc``: one per time expression decided to bound an obligation."""
    cands = deadline_candidates(doc, body, times)
    out: list[Deadline] = []
    for c, d in zip(cands, decide_all("deadline", cands)):
        value = contract_value(c.time)
        if d.label != "deadline" or value is None:
            continue
        t = c.time
        out.append(Deadline(value=value, relation=_relation(t), section=c.section,
                            text=t.text, start=t.start, end=t.end))
    return out

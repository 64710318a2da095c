"""Figures for progress: targets of the resolution side, reported values of the report side.

The extractor's targets are used when it has them (``Extraction.targets``); this
module is the linker's fallback while it fills in, and reads reports the same way:
a quantity with a unit (:data:`nlpolicy.link.patterns.FIGURE`), the words before
it as indicator, a year from the sentence or the enclosing heading, and a subject
class (park / cluster) from the line.
"""
from __future__ import annotations

import re
from dataclasses import replace

from nlpolicy.link import patterns as px
from nlpolicy.link.models import Figure
from nlpolicy.types import Document, Extraction

_COMPARATORS = {"trên": ">", "hơn": ">", "vượt": ">", "ít nhất": ">=", "tối thiểu": ">=", "không dưới": ">=",
                "dưới": "<", "không quá": "<=", "tối đa": "<="}
_UNITS = {"cụm công nghiệp": "CCN", "ccn": "CCN", "khu công nghiệp": "KCN", "kcn": "KCN", "tỷ": "tỷ đồng"}
_FORWARD = re.compile(r"mục tiêu|chỉ tiêu|phấn đấu|đến năm|tới năm", re.IGNORECASE)
_PAST = re.compile(r"đã|hiện có|hiện đang|lũy kế|đạt|đến nay", re.IGNORECASE)
_ESTIMATE = re.compile(r"dự kiến", re.IGNORECASE)


def number(s: str) -> float:
    """'2.029,4' -> 2029.4; '29,0' -> 29.0; '1.300' -> 1300.0

    >>> number("2.029,4"), number("29,0"), number("1.300")
    (2029.4, 29.0, 1300.0)
    """
    return float(s.replace(".", "").replace(",", "."))


def unit_of(raw: str) -> str:
    return _UNITS.get(raw.lower(), raw)


def subject_class(text: str) -> str | None:
    """'park' for khu công nghiệp / KCN, 'cluster' for cụm công nghiệp / CCN, None when neither or both."""
    low = text.lower()
    park = bool(re.search(r"khu công nghiệp|\bkcn\b", low))
    cluster = bool(re.search(r"cụm công nghiệp|\bccn\b", low))
    return "park" if park and not cluster else "cluster" if cluster and not park else None


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


def _clause_before(text: str, start: int, line_start: int) -> str:
    seg = text[line_start:start]
    seg = re.split(r"[;:(]|, (?=[a-zđà-ỹ]+ )", seg)[-1]
    words = seg.split()
    return " ".join(words[-9:]).strip(" ,-+–")


_CLAUSE_START = re.compile(r"[.;:\n(]")
_CLAUSE_END = re.compile(r"[.;:\n()]|, (?=[^\W\d_]+ )")


def context_of(text: str, start: int, end: int) -> str:
    """The clause a value stands in: the words before it and after its unit ("có 25.310 doanh nghiệp đang
    hoạt động" gives "có ... doanh nghiệp đang hoạt động"), for matching a reported value to a target whose
    indicator either side may write before or after the number.

    >>> t = "Đến 30/6/2026 có 25.310 doanh nghiệp đang hoạt động, đạt 84,4% mục tiêu."
    >>> context_of(t, t.index("25.310"), t.index("25.310") + 6)
    'Đến 30/6/2026 có   doanh nghiệp đang hoạt động'
    """
    before = text[max(0, start - 160):start]
    cut = [m.end() for m in _CLAUSE_START.finditer(before)]
    before = before[cut[-1]:] if cut else before
    after = text[end:end + 100]
    stop = _CLAUSE_END.search(after)
    return (before + " " + (after[:stop.start()] if stop else after)).strip()


_DUE_MONTH = re.compile(r"(?:tháng|hết tháng)[ ]+(\d{1,2})[ ]*/[ ]*(20\d\d)")
_DUE_QUARTER = re.compile(r"quý[ ]+(I|II|III|IV|1|2|3|4)[ ]*/[ ]*(20\d\d)", re.IGNORECASE)
_QUARTER_END = {"i": "03-31", "1": "03-31", "ii": "06-30", "2": "06-30", "iii": "09-30", "3": "09-30",
                "iv": "12-31", "4": "12-31"}


def due_of(context: str) -> str | None:
    """The last day a target's clause sets by month or quarter ("Đến hết tháng 5/2026" -> 2026-05-31).

    >>> due_of("Đến hết tháng 5/2026, 100% thủ tục"), due_of("trong quý III/2026"), due_of("đến năm 2030")
    ('2026-05-31', '2026-09-30', None)
    """
    import calendar
    m = _DUE_MONTH.search(context)
    if m and 1 <= int(m.group(1)) <= 12:
        y, mo = int(m.group(2)), int(m.group(1))
        return f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    q = _DUE_QUARTER.search(context)
    return f"{q.group(2)}-{_QUARTER_END[q.group(1).lower()]}" if q else None


def figures(doc: Document, *, heading_of=None) -> list[Figure]:
    """Every quantity with a unit, as a target (forward-looking) or a baseline (reported)."""
    out: list[Figure] = []
    text = doc.text
    for m in px.FIGURE.finditer(text):
        ls, le = _line_bounds(text, m.start())
        line = text[ls:le]
        sec = doc.section_at(m.start())
        heading = sec.heading if sec else ""
        value = number(m.group("value"))
        vmax = number(m.group("value_max")) if m.group("value_max") else None
        comp_word = (m.group("comp") or "").lower()
        comparator = "range" if vmax is not None else _COMPARATORS.get(comp_word, "=")
        indicator = _clause_before(text, m.start("value") if not m.group("comp") else m.start(), ls)
        if not indicator:
            after = text[m.end():min(le, m.end() + 80)]
            indicator = " ".join(re.split(r"[;,.(]", after)[0].split()[:9])
        local = line[:m.end() - ls]
        years = [int(y) for y in re.findall(r"(?:đến|tới)\s+năm\s+(20\d\d)", local + " " + heading)]
        years += [int(y) for y in re.findall(r"giai đoạn\s+20\d\d\s*[-–]\s*(20\d\d)", heading)]
        forward = bool(_FORWARD.search(heading) or _FORWARD.search(line[:m.start() - ls]))
        if _ESTIMATE.search(line[max(0, m.start() - ls - 40):m.start() - ls]):
            continue  # an estimate is neither a target nor a baseline
        kind = "target" if forward and not re.search(r"hiện có|đã ", line[:m.start() - ls][-40:]) else "baseline"
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        context = context_of(text, start, m.end())
        out.append(Figure(kind=kind, section=sec.id if sec else None, indicator=indicator,
                          subject=subject_class(line), comparator=comparator, value=value, value_max=vmax,
                          unit=unit_of(m.group("unit")), year=years[-1] if years else None,
                          text=m.group(0).strip(), start=start, end=m.end(), context=context,
                          due=due_of(context) if kind == "target" else None))
    return out


def targets_of(ex: Extraction | Document) -> list[Figure]:
    """The extractor's targets when it has any, else this module's forward-looking figures."""
    if isinstance(ex, Extraction) and any(t.kind == "target" for t in ex.targets):
        doc = ex.document
        out = []
        for t in ex.targets:
            if t.kind != "target":
                continue
            ls, le = _line_bounds(doc.text, t.start)
            context = context_of(doc.text, t.start, t.end)
            out.append(Figure(kind="target", section=t.section, indicator=t.indicator,
                              subject=t.subject or subject_class(doc.text[ls:le]), comparator=t.comparator,
                              value=t.value, value_max=t.value_max, unit=t.unit, year=t.year, text=t.text,
                              start=t.start, end=t.end, context=context, due=due_of(context)))
        return out
    doc = ex.document if isinstance(ex, Extraction) else ex
    return [f for f in figures(doc) if f.kind == "target"]


# A report repeating a target is no achievement: "để bố trí ít nhất 3% ngân sách", "mục tiêu phủ
# sóng 99% dân số", "phấn đấu đạt 80%", "dự kiến đến hết năm 2025 đạt 68.457 trạm".
_REPEATS_TARGET = re.compile(
    r"ít nhất|tối thiểu|không dưới|không quá|tối đa|mục tiêu|chỉ tiêu|phấn đấu|dự kiến|kế hoạch|lộ trình|yêu cầu|"
    r"\bđể (?:bố trí|đạt|bảo đảm|đảm bảo)|(?:đến|tới) năm \d{4}|trường hợp|nếu", re.IGNORECASE)


_SHARE_OF_PLAN = re.compile(r"[ ]*(?:so với[ ]+)?(?:kế hoạch|kh\b|mục tiêu|chỉ tiêu|dự toán|cùng kỳ)", re.IGNORECASE)


def achieved(doc: Document, figure: Figure) -> bool:
    """A reported figure is an achievement only when its clause does not state a target: a
    comparator of a target ("ít nhất 3%") or target words before it in the same clause.

    >>> from nlpolicy.types import Document
    >>> d = Document(path="x", text="Điều chỉnh dự toán để bố trí ít nhất 3% ngân sách. Đã bố trí 3,2% ngân sách.", key="")
    >>> f = lambda s, e: Figure("baseline", None, "ngân sách", None, "=", 3.0, None, "%", 2025, d.text[s:e], s, e)
    >>> achieved(d, f(40, 42)), achieved(d, f(62, 66))
    (False, True)
    """
    if figure.comparator in (">=", "<="):
        return False
    if figure.unit == "%" and _SHARE_OF_PLAN.match(doc.text, figure.end):
        return False    # "đạt 54,7% kế hoạch năm": a share of the plan, not the indicator's value
    ls, _ = _line_bounds(doc.text, figure.start)
    clause = re.split(r"[.;:]\s|\n", doc.text[ls:figure.start])[-1]
    return not _REPEATS_TARGET.search(clause[-80:] + doc.text[figure.start:figure.end])


def reported_of(ex: Extraction | Document) -> list[Figure]:
    """Reported values (baselines) of a report: the extractor's when it has any, else this module's;
    only achievements (:func:`achieved`), never a target the report repeats, nor a figure of the parts
    that set the work ahead ("Nhiệm vụ thời gian tới", "Kiến nghị")."""
    doc = ex.document if isinstance(ex, Extraction) else ex
    return [f for f in _reported(ex) if achieved(doc, f) and not _ahead(doc, f.start)]


def _ahead(doc: Document, pos: int) -> bool:
    """Inside a part headed as the work ahead ("III. NHIỆM VỤ THỜI GIAN TỚI", "IV. KIẾN NGHỊ"): a heading,
    not a numbered sentence that happens to propose something ("3. Tỷ lệ ... đạt 48,5%. Dự toán ... đề xuất")."""
    from nlpolicy.zones import zone_at
    z = zone_at(doc, pos)
    return z.zone in ("task", "proposal") and len(z.why) <= 100 and ". " not in z.why


def _reported(ex: Extraction | Document) -> list[Figure]:
    """The extractor's baselines, and this module's where the extractor says nothing (a figure it
    read as a target, or as neither, stays out)."""
    doc = ex.document if isinstance(ex, Extraction) else ex
    out: list[Figure] = []
    read: list[tuple[int, int]] = []
    if isinstance(ex, Extraction):
        for t in ex.targets:
            read.append((t.start, t.end))
            if t.kind != "baseline":
                continue
            ls, le = _line_bounds(doc.text, t.start)
            out.append(Figure(kind="baseline", section=t.section, indicator=t.indicator,
                              subject=t.subject or subject_class(doc.text[ls:le]), comparator=t.comparator,
                              value=t.value, value_max=t.value_max, unit=t.unit, year=t.year, text=t.text,
                              start=t.start, end=t.end, context=context_of(doc.text, t.start, t.end)))
    out.extend(f for f in figures(doc) if f.kind == "baseline"
               and not any(s < f.end and f.start < e for s, e in read))
    return _with_topics(doc.text, sorted(out, key=lambda f: f.start))


# "hai tỷ lệ này lần lượt đạt 97,8% và 80,3%": the figures speak, in order, of the indicators the sentence before named
_ANAPHOR = re.compile(r"(?i)(?<!\w)(?:(?:hai|ba|các)[ ]+)?(?:tỷ lệ|chỉ tiêu|chỉ số)[ ]+(?:này|trên)(?!\w)")
# an item that names its topic before a colon: "2. Chôn lấp trực tiếp: năm 2026 còn 52,7% ..."
_ITEM_TOPIC = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))[ \t]*(?P<topic>[^:;.\n\d]{3,60}):")


def _with_topics(text: str, found: list[Figure]) -> list[Figure]:
    """A report's figures with what they speak of where their clause does not say it: the indicators of the
    sentence before for "(hai) tỷ lệ này" ("lần lượt": the first figure the first one's), and the topic an item
    names before its colon, added to the clause."""
    out = []
    for f in found:
        line_start = text.rfind("\n", 0, f.start) + 1
        item = _ITEM_TOPIC.match(text, line_start, f.start)
        if item:
            f = replace(f, context=f"{item.group('topic').strip()} {f.context}")
        sentence = max(text.rfind(". ", line_start, f.start), text.rfind("; ", line_start, f.start), line_start - 1) + 1
        if _ANAPHOR.search(text, sentence, f.start):
            # the figures of this sentence (the anaphor's), and those its line gave before it
            ends = [x for x in (text.find(". ", f.end), text.find(";", f.end), text.find("\n", f.end)) if x >= 0]
            stop = min(ends) if ends else len(text)
            mine = [g for g in found if sentence <= g.start < stop and g.unit == f.unit]
            earlier = [g for g in found if line_start <= g.start and g.end <= sentence and g.unit == f.unit
                       and not _ANAPHOR.search(text, line_start, g.start)]
            if len(earlier) >= len(mine) > 0:
                src = earlier[-len(mine):][next((k for k, g in enumerate(mine) if g.start == f.start), 0)]
                f = replace(f, indicator=src.indicator, context=f"{src.context} {f.context}")
        out.append(f)
    return out

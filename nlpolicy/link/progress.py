"""Progress: a report's figures against the resolution's targets.

A reported value matches a target when the unit is the same, the subject class is
compatible (a park's fill rate is not a cluster's), and the indicators share
enough words.  The status follows the comparator ("trên 80%" is met by 85%, not
by 80%) and time: not reached before the target year is ``on_track``, not reached
at or after it is ``not_met``; no matching figure is ``no_data``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from nlpolicy.extract.numbers import unit_key
from nlpolicy.link.figures import number
from nlpolicy.link.models import Figure, Progress, Status
from nlpolicy.link.patterns import FRACTION

_SYL = re.compile(r"[a-zà-ỹđ]+")
_WEAK = {"và", "các", "của", "trong", "đó", "đạt", "có", "với", "là", "được", "bình", "quân", "trên", "tổng",
         "số", "mới", "lên", "nâng", "đến", "năm", "tỉnh", "đã", "đang", "như", "cao", "một"}


# the words of a rank, not of the index ranked: "Chỉ số PCI thuộc nhóm 10 địa phương dẫn đầu" against "Chỉ số
# PCI năm 2025 của tỉnh xếp thứ 17/34 tỉnh, thành phố"
_RANK_WORDS = {"thuộc", "nhóm", "địa", "phương", "dẫn", "đầu", "xếp", "thứ", "hạng", "tỉnh", "thành", "phố", "cả",
               "nước", "top", "vị", "trí", "của"}


def _words(s: str, rank: bool = False) -> set[str]:
    return {w for w in _SYL.findall(s.lower()) if w not in _WEAK and not (rank and w in _RANK_WORDS)}


def _weighted_overlap(a: str, b: str, rank: bool, weight: dict[str, float]) -> float:
    """Share of the target indicator's syllables found in the reported one, each weighed by how few of the
    document's targets use it ("thất thoát" tells the leakage rate from the other rates, "tỷ lệ nước sạch" does
    not); a syllable ``weight`` does not list weighs 1."""
    wa, wb = _words(a, rank), _words(b, rank)
    total = sum(weight.get(w, 1.0) for w in wa)
    return sum(weight.get(w, 1.0) for w in wa & wb) / total if total else 0.0


def indicator_overlap(a: str, b: str, rank: bool = False) -> float:
    """Share of the target indicator's content syllables found in the reported one (``rank``: of the
    index a rank is taken in, without the words of ranking).

    >>> indicator_overlap("tỷ lệ lấp đầy", "tỷ lệ lấp đầy bình quân đạt")
    1.0
    >>> indicator_overlap("Chỉ số PCI thuộc nhóm địa phương dẫn đầu", "Chỉ số PCI năm 2025 của tỉnh xếp thứ", rank=True)
    1.0
    """
    return _weighted_overlap(a, b, rank, {})


def status_of(target: Figure, value: float, report_year: int | None, report_date: str | None = None) -> Status:
    """Met by the comparator, else on track while the target is not yet due, else not met.  A target is
    due at the end of the month or quarter its clause names, else at the end of its year; with the
    report's date the test is by day ("đến năm 2026" is not yet due in a report of July 2026), without
    it by year.

    >>> t = Figure("target", None, "tỷ lệ", None, ">", 80.0, None, "%", 2030, "trên 80%", 0, 0)
    >>> status_of(t, 85.0, 2030).value, status_of(t, 80.0, 2030).value, status_of(t, 50.0, 2026).value
    ('met', 'not_met', 'on_track')
    >>> t26 = Figure("target", None, "tỷ lệ", None, "=", 100.0, None, "%", 2026, "100%", 0, 0, due="2026-05-31")
    >>> status_of(t26, 86.0, 2026, "2026-07-08").value, status_of(t, 50.0, 2030, "2030-07-08").value
    ('not_met', 'on_track')
    """
    c, v = target.comparator, target.value
    if target.unit == "%/năm" and target.year is not None and report_year is not None and report_year < target.year:
        # a yearly average is of all the period's years: one year above or below it is on the way, no more
        return Status.ON_TRACK
    met = {">": value > v, ">=": value >= v, "=": value >= v, "range": value >= v,
           "<": value < v, "<=": value <= v}.get(c, value >= v)
    if met:
        return Status.MET
    due = target.due or (f"{target.year:04d}-12-31" if target.year is not None else None)
    if due is not None and report_date is not None:
        return Status.ON_TRACK if report_date < due else Status.NOT_MET
    if target.year is not None and report_year is not None and report_year < target.year:
        return Status.ON_TRACK
    if target.year is None:
        # no time set: a value below the target is not yet a failure
        return Status.NO_DATA if report_year is None else Status.ON_TRACK
    return Status.NOT_MET


def same_count(a: str | None, b: str | None) -> bool:
    """Whether two nouns count the same thing, one written more briefly: "học liệu" and "học liệu số", "lớp"
    and "lớp tập huấn" (the shorter one's words open the longer one's). A share or a rate, with its "%" or
    "/", is only ever its own unit.

    >>> same_count("học liệu số", "học liệu"), same_count("lớp", "lớp tập huấn"), same_count("tỷ đồng", "tỷ đồng/năm")
    (True, True, False)
    """
    if not a or not b or a == b or any(c in a + b for c in "%/"):
        return False
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short + " ")


def a_years_figure(t: Figure, f: Figure) -> bool:
    """Whether a target set for every year ("thu hút 1,2 tỷ USD/năm", "4 cụm công nghiệp/năm") may be told by what
    a report gives for its year ("đạt 1,37 tỷ USD"): the same unit without "/năm", not a sum over the years so far
    ("lũy kế", "từ năm 2021 đến nay"); a target of a rise ("diện tích tăng bình quân 930 ha/năm") only by a rise
    ("tăng thêm 764 ha"), not by the level reached.  A share is only ever its own unit.

    >>> T = Figure("target", None, "vốn FDI", None, "=", 1.2, None, "tỷ USD/năm", 2030, "1,2 tỷ USD/năm", 0, 14)
    >>> F = lambda ind: Figure("baseline", None, ind, None, "=", 1.37, None, "tỷ USD", 2027, "1,37 tỷ USD", 0, 11)
    >>> a_years_figure(T, F("vốn FDI thu hút trong kỳ")), a_years_figure(T, F("vốn FDI lũy kế"))
    (True, False)
    """
    unit = t.unit or ""
    if not unit.endswith("/năm") or "%" in unit or not f.unit:
        return False
    if unit_key(unit[:-len("/năm")]) != unit_key(f.unit) or _CUMULATIVE.search(f.indicator or ""):
        return False
    rise = _RISE.search(t.indicator or "") or _RISE_BEFORE.search(t.context or "") or _CHANGE_TEXT.match(t.text or "")
    return not rise or bool(_CHANGE_TEXT.match(f.text or "") or _CHANGE_BEFORE.search(f.context or ""))


_RISE = re.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)(?![ ]trưởng)")
_RISE_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm)(?:[ ]+(?:thêm|bình quân|khoảng|mỗi năm|hằng năm))*[ ,]*$")


# a year's rise or fall against the year before, written before the share: "tăng 13,2% so với năm 2025", "giảm
# 2,57% so với đầu năm" (not a level the share rose to: "tăng lên 45%", "giảm còn 16%")
_CHANGE_BEFORE = re.compile(r"(?<!\w)(?:tăng|giảm)(?:[ ]+(?:bình quân|khoảng|được|thêm|gần|hơn|trên))*(?:[ ]{3}|[ ]?$)")
_RATE_WORDS = re.compile(r"(?:tốc độ|mức)?[ ]*(?:tăng|giảm)(?:[ ]trưởng)?(?!\w)")
_CHANGE_TEXT = re.compile(r"(?:tăng|giảm)[ ]+(?!lên|xuống|còn|đến|tới)")


def yearly_rate(t: Figure, f: Figure) -> bool:
    """Whether a target of a yearly rate ("tăng bình quân 11%/năm") may be told by a reported share that is a
    rise or fall ("tăng 13,2% so với năm 2025"): the figure's own words or the clause just before it say so.

    >>> T = Figure("target", None, "tốc độ tăng", None, "=", 11.0, None, "%/năm", 2030, "11%/năm", 0, 7)
    >>> F = lambda text, ctx: Figure("baseline", None, "bán lẻ", None, "=", 13.2, None, "%", 2026, text, 0, 5, context=ctx)
    >>> yearly_rate(T, F("13,2%", "Tổng mức bán lẻ tăng   so với năm 2025")), yearly_rate(T, F("45%", "tăng lên   "))
    (True, False)
    """
    if t.unit != "%/năm" or f.unit != "%":
        return False
    if _CHANGE_TEXT.match(f.text or ""):
        return True
    # (the clause holds the words before the value, then spaces where the value stood, then the words after it;
    # a clause that ends where the value stands ends with the words before it)
    return bool(_CHANGE_BEFORE.search(f.context or ""))


_MEASURE = re.compile(r"[%/\d]|(?:tỷ|tỉ|triệu|nghìn|ngàn)[ ]đồng|lượt|người")


def _named_thing(unit: str | None) -> bool:
    """Whether a count's noun says what is counted ("điểm du lịch cộng đồng", "khu du lịch"), not only how."""
    return bool(unit) and len(unit.split()) >= 3 and not _MEASURE.search(unit)


def _year_fit(t: Figure, f: Figure) -> tuple[bool, int]:
    """How well a reported value's year fits a target's: its own year first ("năm 2026 đạt 97,4%" for the 2026
    target), then the latest before it ("6 tháng đầu năm 2027 ... 97,8%" for the 2030 target)."""
    if t.year is None or f.year is None:
        return False, 0
    return f.year == t.year, f.year if f.year <= t.year else -f.year


# a figure summed up to the report's day: "lũy kế đến ngày 30/6/2027 đạt 11,6 km", "tổng số hộ đã di dời từ năm 2026
# đến nay là 1.185 hộ"
_CUMULATIVE = re.compile(r"(?i)lũy kế|lũy tiến|(?:từ|kể từ)[ ][^.;]{0,40}?đến nay|tính đến (?:nay|ngày|thời điểm)")


def _horizon_fit(t: Figure, f: Figure, report_year: int | None, summed: bool | None = None) -> int:
    """A target beyond the report's year is reached by what was done so far, summed up (the cumulative figure,
    not the last year's); a target of a year already over, by that year's own figure.

    >>> F = lambda ind: Figure("baseline", None, ind, None, "=", 1.0, None, "km", 2026, "1 km", 0, 4)
    >>> T = lambda year: Figure("target", None, "kè", None, "=", 60.0, None, "km", year, "60 km", 0, 5)
    >>> _horizon_fit(T(2030), F("lũy kế"), 2027), _horizon_fit(T(2030), F("năm 2026 hoàn thành"), 2027)
    (1, 0)
    >>> _horizon_fit(T(2026), F("lũy kế"), 2027), _horizon_fit(T(2026), F("năm 2026 hoàn thành"), 2027)
    (0, 1)
    """
    if t.year is None or report_year is None or t.year == report_year:
        return 0
    summed = _summed(f) if summed is None else summed
    return int(summed) if t.year > report_year else int(not summed)


def _summed(f: Figure) -> bool:
    """Whether a reported figure is a sum up to the report's day ("lũy kế ...", "từ năm 2026 đến nay")."""
    return bool(_CUMULATIVE.search(f.indicator or "") or _CUMULATIVE.search((f.context or "")[-60:]))


def _with_topics(reported: Sequence[Figure]) -> list[Figure]:
    """A sum written without its topic takes the topic of the figure it sums up, just before it in the same
    sentence and unit: "năm 2026 hoàn thành 6,9 km kè chống sạt lở bờ sông ...; lũy kế đến ngày 30/6/2027 đạt 11,6
    km" (the 11,6 km are of embankments too); a sum that opens its sentence ("Lũy kế từ đầu năm 2026 đạt 2.935 căn
    hộ") keeps its own."""
    out = list(reported)
    for i in range(1, len(out)):
        f, before = out[i], out[i - 1]
        bare = _CUMULATIVE.sub("", f.indicator or "")
        said = _CUMULATIVE.search(f.context or "")
        if (f.indicator and _CUMULATIVE.search(f.indicator) and len(_words(bare)) <= 3 and unit_key(before.unit) == unit_key(f.unit)
                and 0 < f.start - before.end <= 200 and not (said and said.group()[0].isupper())):
            out[i] = replace(f, indicator=f"{f.indicator} {before.indicator}")
    return out




def out_of(f: Figure, whole: float | None) -> bool:
    """Whether a reported figure is written as a part of ``whole``: "240/720 căn hộ", "28/42 ha" (what was reached
    of a target of 720, of 42)."""
    if whole is None or not f.text:
        return False
    return any(number(m.group(1)) == f.value and number(m.group(2)) == whole for m in FRACTION.finditer(f.text))


def match_progress(targets: Sequence[Figure], reported: Sequence[Figure], *, document: str,
                   report_year: int | None, min_overlap: float = 0.5, report_date: str | None = None) -> list[Progress]:
    """Each target with the reported value that speaks of it: same unit, compatible subject, and the
    indicators (or, where a side writes its indicator after the number, the clauses around the values)
    sharing enough words."""
    out = []
    # a syllable every target uses tells them apart from nothing: each weighs 1 / the number of targets using it
    df: dict[str, int] = {}
    for t in targets:
        for w in _words(t.indicator, t.unit == "hạng"):
            df[w] = df.get(w, 0) + 1
    weight = {w: 1.0 / n for w, n in df.items()}
    reported = _with_topics(reported)
    summed = [_summed(f) for f in reported]     # (once per figure, not once per target and figure)
    for t in targets:
        best = None
        for f, sums in zip(reported, summed):
            same = unit_key(f.unit) == unit_key(t.unit)
            rate = not same and yearly_rate(t, f)
            if not (same or same_count(t.unit, f.unit) or rate or a_years_figure(t, f)):
                continue
            if t.subject and f.subject and t.subject != f.subject:
                continue
            rank = t.unit == "hạng"
            # (a rate's own words say how it moves, not what moves: "tốc độ tăng tổng mức bán lẻ")
            ti, fi = (_RATE_WORDS.sub(" ", t.indicator) if rate else t.indicator), f.indicator
            if same and _named_thing(t.unit):
                ti, fi = f"{ti} {t.unit}", f"{fi} {f.unit}"
            ov = max(_weighted_overlap(ti, fi, rank, weight),
                     _weighted_overlap(t.context, f.context, rank, weight) if t.context and f.context else 0.0)
            of_target = out_of(f, t.value)
            if ov < min_overlap and not of_target:
                continue
            plain = max(indicator_overlap(t.indicator, f.indicator, rank),
                        indicator_overlap(t.context, f.context, rank) if t.context and f.context else 0.0)
            key = (of_target, same, _horizon_fit(t, f, report_year, sums), round(ov, 2), round(plain, 2), _year_fit(t, f),
                   -abs(f.start))
            if best is None or key > best[0]:
                best = (key, f, ov)
        if best is None:
            out.append(Progress(target=t, document=document, reported_value=None, reported_year=None,
                                status=Status.NO_DATA, text="", start=0, end=0, score=0.0,
                                reason="no figure with this unit, subject and indicator"))
            continue
        _, f, ov = best
        out.append(Progress(target=t, document=document, reported_value=f.value, reported_year=report_year,
                            status=status_of(t, f.value, report_year, report_date), text=f.text, start=f.start, end=f.end,
                            score=round(ov, 3), reason=f"indicator '{f.indicator}'"))
    return out

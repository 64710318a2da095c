"""Progress: a report's figures against the resolution's targets.

A reported value matches a target when the unit is the same, the subject class is
compatible (a park's fill rate is not a cluster's), and the indicators share
enough words.  The status follows the comparator ("trên 80%" is met by 85%, not
by 80%) and time: not reached before the target year is ``on_track``, not reached
at or after it is ``not_met``; no matching figure is ``no_data``.
"""
from __future__ import annotations

import re
from typing import Sequence

from nlpolicy.link.models import Figure, Progress, Status

_SYL = re.compile(r"[a-zà-ỹđ]+")
_WEAK = {"và", "các", "của", "trong", "đó", "đạt", "có", "với", "là", "được", "bình", "quân", "trên", "tổng",
         "số", "mới", "lên", "nâng", "đến", "năm", "tỉnh", "đã", "đang", "như", "cao", "một"}


def _words(s: str) -> set[str]:
    return {w for w in _SYL.findall(s.lower()) if w not in _WEAK}


def indicator_overlap(a: str, b: str) -> float:
    """Share of the target indicator's content syllables found in the reported one.

    >>> indicator_overlap("tỷ lệ lấp đầy", "tỷ lệ lấp đầy bình quân đạt")
    1.0
    """
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa) if wa else 0.0


def status_of(target: Figure, value: float, report_year: int | None) -> Status:
    """Met by the comparator, else on track before the target year, else not met.

    >>> t = Figure("target", None, "tỷ lệ", None, ">", 80.0, None, "%", 2030, "trên 80%", 0, 0)
    >>> status_of(t, 85.0, 2030).value, status_of(t, 80.0, 2030).value, status_of(t, 50.0, 2026).value
    ('met', 'not_met', 'on_track')
    """
    c, v = target.comparator, target.value
    met = {">": value > v, ">=": value >= v, "=": value >= v, "range": value >= v,
           "<": value < v, "<=": value <= v}.get(c, value >= v)
    if met:
        return Status.MET
    if target.year is not None and report_year is not None and report_year < target.year:
        return Status.ON_TRACK
    if target.year is None and report_year is None:
        return Status.NO_DATA
    return Status.NOT_MET


def match_progress(targets: Sequence[Figure], reported: Sequence[Figure], *, document: str,
                   report_year: int | None, min_overlap: float = 0.5) -> list[Progress]:
    out = []
    for t in targets:
        best = None
        for f in reported:
            if (f.unit or "") != (t.unit or ""):
                continue
            if t.subject and f.subject and t.subject != f.subject:
                continue
            ov = indicator_overlap(t.indicator, f.indicator)
            if ov < min_overlap:
                continue
            key = (ov, -abs(f.start))
            if best is None or key > best[0]:
                best = (key, f, ov)
        if best is None:
            out.append(Progress(target=t, document=document, reported_value=None, reported_year=None,
                                status=Status.NO_DATA, text="", start=0, end=0, score=0.0,
                                reason="no figure with this unit, subject and indicator"))
            continue
        _, f, ov = best
        out.append(Progress(target=t, document=document, reported_value=f.value, reported_year=report_year,
                            status=status_of(t, f.value, report_year), text=f.text, start=f.start, end=f.end,
                            score=round(ov, 3), reason=f"indicator '{f.indicator}'"))
    return out

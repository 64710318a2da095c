"""Sets of half-open text spans asked, many times over, whether they hold a position.

Citations, table rows and intros are spans a stage skips: ``pos in Spans(...)`` answers by
bisection over the merged spans, where ``any(s <= pos < e for s, e in spans)`` read them all for
every candidate (a long document has hundreds of citations and thousands of candidates).

    >>> cited = Spans([(10, 20), (15, 30), (40, 40), (50, 60)])
    >>> [p in cited for p in (9, 10, 29, 30, 40, 55, 60)]
    [False, True, True, False, False, True, False]
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

__all__ = ["Spans"]


class Spans:
    def __init__(self, spans: Iterable[tuple[int, int]]):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in sorted(spans):
            if a >= b:
                continue                    # an empty span holds nothing
            if self._ends and a <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], b)
            else:
                self._starts.append(a)
                self._ends.append(b)

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def __bool__(self) -> bool:
        return bool(self._starts)

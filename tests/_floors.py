"""Quality floors per document and part, shared by the test modules that hold them."""
from __future__ import annotations

import math

from nlpolicy.evaluate import PARTS


def below_floors(report, floors: dict[str, dict[str, float]]) -> list[str]:
    """One line per (document, part) of ``report`` whose F1 is below its floor, with its first errors."""
    failures = []
    for d in report.documents:
        for part in PARTS:
            floor = floors[d.name].get(part.value)
            if floor is None:
                continue
            f1 = d.scores[part].f1
            if f1 < floor - 1e-9:
                failures.append(f"{d.name} {part.value}: F1 {f1:.3f} < floor {floor:.2f} "
                                f"({'; '.join(d.scores[part].errors[:5])})")
    return failures


def rounded_down_to_a_twentieth(floors: dict[str, dict[str, float]]) -> bool:
    return all(math.isclose(v * 20, round(v * 20)) for row in floors.values() for v in row.values())

"""Index query results for people (aligned text columns) and for programs (JSON)."""
from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Sequence


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal: marks take none, wide characters two.

    >>> width("Hàm Kiệm"), width("Ha\\u0300m"), width("中文")
    (8, 3, 4)
    """
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def clip(text: str, limit: int) -> str:
    """One line of at most ``limit`` columns, "…" where it was cut.

    >>> clip("Sở Công Thương\\nchủ trì", 12)
    'Sở Công Thư…'
    """
    text = " ".join(str(text).split())
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def table(headers: Sequence[str] | None, rows: Sequence[Sequence[object]], limits: Sequence[int]) -> str:
    """Aligned columns (``headers`` None: no header line); the last column is not padded.

    >>> print(table(["a", "bb"], [["Sở", "x"], ["Ủy ban", "y"]], [10, 10]))
    a       bb
    Sở      x
    Ủy ban  y
    """
    cells = [[clip("" if v is None else _fmt(v), lim) for v, lim in zip(row, limits)]
             for row in ([headers] if headers else []) + list(rows)]
    if not cells:
        return ""
    widths = [max(width(r[i]) for r in cells) for i in range(len(limits))]
    lines = []
    for r in cells:
        parts = [c + " " * (widths[i] - width(c)) if i < len(r) - 1 else c for i, c in enumerate(r)]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def _fmt(value: object) -> str:
    """A cell: a float in the language's number format ("9,5", "1.200"), anything else as it is."""
    if isinstance(value, float):
        from nlpolicy.messages import number
        return number(value)
    return str(value)


def short_path(path: str) -> str:
    return Path(path).name


def to_json(schema: str, key: str, rows: Sequence[object], **extra: object) -> str:
    items = [asdict(r) if is_dataclass(r) else r for r in rows]
    return json.dumps({"schema": schema, **extra, key: items}, ensure_ascii=False, indent=1)

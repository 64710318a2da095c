"""Lines of a normalised text, and Roman numerals as printed and as OCR misreads them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Line", "lines_of", "roman_value", "to_roman", "ocr_roman_value", "cells_of", "PLACEHOLDER"]


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    # the line's loose key (nlpolicy.matching.loose_key), when it was cut from the text's
    loose: str | None = field(default=None, compare=False, repr=False)


def lines_of(text: str, loose: str | None = None) -> list[Line]:
    """The lines of ``text``; with ``loose``, the text's loose key, each line carries its slice of it
    (the caller vouches that a slice's key is the key's slice: :func:`nlpolicy.matching.slices_keep_loose`)."""
    out, pos = [], 0
    for part in text.split("\n"):
        end = pos + len(part)
        out.append(Line(pos, end, part, loose[pos:end] if loose is not None else None))
        pos = end + 1
    return out


# A table that a conversion replaced by a placeholder: the header or signature table of a
# people's council resolution copied from a web page ("<jsontable name="bang_0"> </jsontable>").
PLACEHOLDER = re.compile(r"^\s*<(?:json)?table\b[^>]*>\s*(?:</(?:json)?table>)?\s*$", re.I)


def cells_of(line: str) -> list[str]:
    """The cells of a table row kept on one line ("Số: 12/NQ-HĐND | Hà Giang, ngày ..."), or the
    line itself."""
    if " | " not in line:
        return [line]
    return [c.strip() for c in line.split(" | ") if c.strip()]


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(s: str) -> int | None:
    """The value of a well-formed Roman numeral, else None.

    >>> roman_value("XIV")
    14
    >>> roman_value("IIII") is None
    True
    """
    if not s or any(c not in _ROMAN for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN[c]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    if total <= 0 or to_roman(total) != s:
        return None
    return total


def to_roman(n: int) -> str:
    """The Roman numeral of ``n`` (up to 89, as parts are numbered).

    >>> to_roman(4), to_roman(14)
    ('IV', 'XIV')
    """
    out = ""
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


# Glyphs OCR puts for the strokes of a Roman numeral: "1", "l", "|", "!" for I; "H" for II (two
# strokes joined by a smudge), so "HI" is III, "1V" is IV, "V1" is VI, "VH" is VII, "Hl" is III.
_OCR_STROKES = str.maketrans({"1": "I", "l": "I", "|": "I", "!": "I", "í": "I", "Í": "I", "ì": "I"})


def ocr_roman_value(s: str) -> int | None:
    """The value of a Roman numeral as OCR may print it, or None.

    >>> [ocr_roman_value(s) for s in ("1", "H", "HI", "1V", "V1", "VH", "Hl", "IV", "X1", "1I")]
    [1, 2, 3, 4, 6, 7, 3, 4, 11, 2]
    >>> ocr_roman_value("12") is None
    True
    """
    if not s or len(s) > 5:
        return None
    fixed = s.translate(_OCR_STROKES).replace("H", "II")
    if fixed.isdigit():
        return None
    return roman_value(fixed) if fixed else None

"""Document numbers and dates as printed, in their standard form."""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CODE_KINDS", "normalise_number", "kind_from_number", "iso_date", "iso_date_of"]

CODE_KINDS = {"NQ": "resolution", "KL": "conclusion", "CT": "directive", "KH": "plan",
              "CTr": "programme", "CTR": "programme", "BC": "report", "QĐ": "decision",
              "QD": "decision", "KHLT": "plan", "KHPH": "plan", "NQLT": "resolution"}

# Codes whose standard form mixes cases, for numbers read from upper- or lower-cased text.
_MIXED_CASE = {"TTG": "TTg", "CTR": "CTr", "TTR": "TTr", "BBT": "BBT"}


def iso_date(d: str | None, m: str | None, y: str | None) -> str | None:
    """A day, month and year as printed -> ISO, or None.

    >>> iso_date("1", "7", "2019")
    '2019-07-01'
    """
    try:
        if d and m and y:
            di, mi, yi = int(d), int(m), int(y)
            if 1 <= di <= 31 and 1 <= mi <= 12:
                return f"{yi:04d}-{mi:02d}-{di:02d}"
    except ValueError:
        pass
    return None


def iso_date_of(m: re.Match[str]) -> str | None:
    """The ISO date of a match whose groups are ``d``, ``m``, ``y``, or ``d2``, ``m2``, ``y2`` for the date written in
    words (``regexes.CITE_DATE_AFTER``, ``PLACE_DATE``: "ngày 10/7/2026" or "ngày 10 tháng 7 năm 2026")."""
    return iso_date(m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2"))


@lru_cache(maxsize=4096)
def normalise_number(raw: str) -> str | None:
    """'57\\-NQ/TW' -> '57-NQ/TW'; '34 -NQ/TU' -> '34-NQ/TU'; '5973 /UBND-KT' -> '5973/UBND-KT';
    '866/QĐ-Tg' -> '866/QĐ-TTg'; '89NQ-HĐND' (the slash lost) -> '89/NQ-HĐND'; '/KH-UBND' (a draft
    without number) -> None.

    >>> normalise_number("34 -NQ/TU")
    '34-NQ/TU'
    >>> normalise_number("117/2007/TTLT / BTC - BLĐTBXH")
    '117/2007/TTLT-BTC-BLĐTBXH'
    >>> normalise_number("89NQ-HĐND")
    '89/NQ-HĐND'
    >>> normalise_number("87/2006/qđ-ttg")
    '87/2006/QĐ-TTg'
    >>> normalise_number("07/KHLT-TĐTN-SKHCN"), normalise_number("1626/QĐTTg"), normalise_number("87-TTr/BCSĐ")
    ('07/KHLT-TĐTN-SKHCN', '1626/QĐ-TTg', '87-TTr/BCSĐ')
    >>> normalise_number("/BC - SCT") is None
    True
    """
    s = raw.replace("\\", "").strip().rstrip(".,;:)")
    s = re.sub(r"(?<=[A-ZĐ])[ ]+/[ ]+(?=[A-ZĐ])", "-", s)    # "117/2007/TTLT / BTC-..." (a spaced slash between issuers)
    s = re.sub(r"\s*([-/–])\s*", r"\1", s).replace("–", "-")
    if not re.match(r"\d", s):
        return None
    if s != s.upper() and s.lower() == s:
        s = s.upper()                   # a lower-cased text: codes are upper case
    s = re.sub(r"(?<=[/-])([A-ZĐ]+)", lambda m: _MIXED_CASE.get(m.group(1), m.group(1)), s)
    s = re.sub(r"(?<=[/-])Tg$", "TTg", s)   # a frequent typo for Thủ tướng
    s = s.replace("QD-", "QĐ-").replace("-QD", "-QĐ")
    # "1626/QĐTTg": the hyphen was lost; but a joint plan's "KHLT" (liên tịch) and "KHPH" (phối hợp) are codes,
    # and so is a party cadre's "BCSĐ" (Ban cán sự đảng: "87-TTr/BCSĐ")
    s = re.sub(r"/(QĐ|NQ|KH|BC|NĐ)(?=[A-Z])(?!(?:LT|PH|SĐ)(?:-|$))", r"/\1-", s)
    s = re.sub(r"^(\d+)(NQ|QĐ|KH|BC|CT|TB|HD|KL)(?=-)", r"\1/\2", s)   # "89NQ-HĐND": the slash was lost
    return s


def kind_from_number(number: str | None) -> str | None:
    """The kind a number's code says.

    >>> kind_from_number("12/NQ-HĐND")
    'resolution'
    """
    if not number:
        return None
    m = re.match(r"\d+(?:/\d{4})?[-/](?P<code>[A-Za-zĐđ]+)", number)
    return CODE_KINDS.get(m.group("code")) if m else None

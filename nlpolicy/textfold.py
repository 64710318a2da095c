"""Diacritic folding for search: "Hàm Kiệm" and "ham kiem" meet on "ham kiem".

SQLite's FTS5 ``remove_diacritics`` does not fold "đ" to "d" ("đầu tư" would
never match "dau tu"), so the index keeps a folded copy of each text that we
fold ourselves, and queries are folded the same way.

:func:`fold` keeps the length of the text, one code point for one code point,
so an offset into the folded copy is the same offset into the original: a hit
found in the folded text is highlighted in the original text without a map.

>>> fold("Khu công nghiệp Hàm Kiệm I")
'khu cong nghiep ham kiem i'
>>> fold("ĐẦU TƯ, Đầu tư")
'dau tu, dau tu'
>>> len(fold("Uỷ ban")) == len("Uỷ ban")
True
"""
from __future__ import annotations

import unicodedata

__all__ = ["fold", "fold_query"]


class _FoldTable(dict):
    """A ``str.translate`` table filled lazily, one code point at a time."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code))
        return folded


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    base = base.lower()
    if len(base) == 1:
        return base
    # Characters that would fold to zero or several code points (a lone combining
    # mark, "İ" -> "i̇") stay themselves, so that offsets keep matching.
    lower = ch.lower()
    return lower if len(lower) == 1 else ch


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower case, tone and vowel marks dropped, "đ" -> "d"; same length as ``text``.

    >>> fold("Nghị quyết số 05-NQ/TU")
    'nghi quyet so 05-nq/tu'
    >>> fold("Cụm công nghiệp Bảo Đáp")
    'cum cong nghiep bao dap'
    """
    return text.translate(_TABLE)


def fold_query(text: str) -> str:
    """Fold a query typed by a person: NFC first, because a terminal may send NFD.

    >>> fold_query("Ha\\u0300m Kie\\u0323\\u0302m")
    'ham kiem'
    """
    return fold(unicodedata.normalize("NFC", text))
